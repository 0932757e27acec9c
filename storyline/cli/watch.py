"""watch: follow feeds, folders and JSON Lines dumps, ingesting only what is new."""
from __future__ import annotations

import re
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from storyline.cli.common import DEFAULT_DB_PATH, DbOption, err_console, report_rejection, run_safely
from storyline.errors import Code, StorylineError
from storyline.settings import Options

if TYPE_CHECKING:
    from storyline.follow import PollReport

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")
# Shortest interval between polls: a feed polled more often than once a minute gains nothing and
# costs its publisher; tests use --once instead.
MIN_EVERY_SECONDS = 60


def watch(
    sources: Annotated[list[str], typer.Argument(help="Feed URLs or files, folders, JSON Lines files.")],
    db: DbOption = DEFAULT_DB_PATH,
    every: Annotated[str, typer.Option("--every", help="Time between polls: 30s, 15m, 2h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (for scripts).")] = False,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Fetch feed entries on loopback or private addresses.")] = False,
    language: Annotated[str | None, typer.Option("--language", help="Language code of every document.")] = None,
    workers: Annotated[int, typer.Option("--workers", help="Worker processes (0: one per core).")] = 1,
) -> None:
    """Follow sources: poll them, ingest what is new, print one line per new article and changed story."""
    def work() -> None:
        seconds = parse_every(every)
        for spec in sources:
            if not spec.startswith(("http://", "https://")) and not Path(spec).exists():
                raise StorylineError(Code.BAD_OPTION, detail=f"no such file or folder to watch: {spec}")
        from storyline.clean.language import check_language_code
        from storyline.follow import poll_sources
        from storyline.sources.fetch import Fetcher
        from storyline.sources.guard import url_guard
        code = check_language_code(language) if language is not None else None
        options = Options(workers=workers, allow_private_urls=allow_private_urls, language=code)
        fetcher = Fetcher(options, url_guard(allow_private_urls))
        while True:
            try:
                _print_report(poll_sources(sources, Path(db), options, fetcher))
            except StorylineError as err:
                if once or err.code is not Code.DB_LOCKED:
                    raise
                # another command holds the store for a moment; what is new is still new next time
                err_console.print(f"storyline: {err.message}; trying again at the next poll", markup=False)
            if once:
                return
            try:  # the note is inside, so a Ctrl-C right after reading it still stops cleanly
                next_at = datetime.now() + timedelta(seconds=seconds)
                err_console.print(f"storyline: next poll at {next_at:%H:%M:%S}; Ctrl-C stops", markup=False)
                time.sleep(seconds)
            except KeyboardInterrupt:
                err_console.print("storyline: stopped watching", markup=False)
                return
    run_safely(work)


def parse_every(text: str) -> float:
    match = _DURATION.fullmatch(text.strip().lower())
    if not match:
        raise StorylineError(Code.BAD_OPTION, detail=f"--every takes a duration such as 30s, 15m or 2h, not '{text}'")
    seconds = float(match.group(1)) * _UNITS[match.group(2) or "s"]
    if seconds < MIN_EVERY_SECONDS:
        raise StorylineError(Code.BAD_OPTION, detail=f"--every must be at least {MIN_EVERY_SECONDS} s")
    return seconds


def _print_report(report: PollReport) -> None:
    for rejection in report.rejections:
        report_rejection(rejection)
    for ident, lang in report.without_nlp:
        err_console.print(f"storyline: note: {ident} not analysed: language '{lang}' has no model", markup=False)
    for a in report.articles:
        where = " · ".join(x for x in (a.published, a.outlet) if x)
        sys.stdout.write(f"new article {a.id}: {a.title or '(untitled)'}" + (f" ({where})" if where else "") + "\n")
    for s in report.stories:
        state = "new story" if s.added == s.articles else f"+{s.added}"
        count = f"{s.articles} article" + ("s" if s.articles != 1 else "")
        sys.stdout.write(f"story {s.id} {s.label}: {count} ({state})\n")
    if not report.articles:
        err_console.print("storyline: nothing new", markup=False)
    sys.stdout.flush()
