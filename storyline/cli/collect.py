"""extract, ingest, export: documents in, records out."""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from storyline.cli.common import (
    DEFAULT_DB_PATH,
    LOCK_WAIT_SECONDS,
    DbOption,
    err_console,
    open_store,
    out_console,
    progress_bar,
    report_rejection,
    run_safely,
)
from storyline.cli.inputs import count_documents
from storyline.errors import Code, StorylineError, one_line
from storyline.settings import Options

if TYPE_CHECKING:
    from storyline.pipeline import IngestReport
    from storyline.store import Store


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class Runner(str, Enum):
    local = "local"
    ray = "ray"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"
    csv = "csv"


Inputs = Annotated[list[str], typer.Argument(help="Files, directories, http(s) URLs, or - for JSON Lines on stdin.")]
Strict = Annotated[bool, typer.Option("--strict", help="Exit non-zero if any document is rejected.")]
Workers = Annotated[int, typer.Option("--workers", help="Worker processes for per-article stages (0: one per core).")]
RunnerOption = Annotated[Runner, typer.Option("--runner", help="Run per-article stages here, or on Ray (the ray extra).")]
RayAddress = Annotated[str | None, typer.Option("--ray-address", help="Join this Ray cluster (HOST:PORT or auto).")]
Language = Annotated[str | None, typer.Option("--language", help="Language code of every document (e.g. en, fr); "
                                                                 "overrides detection.")]
AllowPrivate = Annotated[bool, typer.Option("--allow-private-urls",
                                            help="Fetch feed entries on loopback or private addresses.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Show documents and seconds per stage, and drops per reason.")]


def extract(
    inputs: Inputs,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.jsonl,
    strict: Strict = False,
    workers: Workers = 0,
    language: Language = None,
    allow_private_urls: AllowPrivate = False,
    verbose: Verbose = False,
) -> None:
    """Print the record of every document; all inputs form one collection."""
    def work() -> None:
        from storyline.export import iter_records
        from storyline.store import Store

        options = _options(workers, language, allow_private_urls)
        with Store(":memory:") as store:
            report = _ingest_with_feedback(inputs, store, options, verbose)
            records = [r.to_dict() for r in iter_records(store)]
        if fmt is ExtractFormat.jsonl:
            for r in records:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt is ExtractFormat.json:
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        else:
            _print_table(records)
        _exit_status(report, strict)
    run_safely(work)


def ingest(inputs: Inputs, db: DbOption = DEFAULT_DB_PATH, strict: Strict = False, workers: Workers = 0,
           runner: RunnerOption = Runner.local, ray_address: RayAddress = None,
           language: Language = None, allow_private_urls: AllowPrivate = False, verbose: Verbose = False) -> None:
    """Add documents to the database; documents already stored are left as they are."""
    def work() -> None:
        from storyline.scale import choose_ingest
        from storyline.store import Store

        options = replace(_options(workers, language, allow_private_urls), runner=runner.value, ray_address=ray_address)
        choose_ingest(options)  # checks the runner, and its seconds of imports pass before the write lock is taken
        with Store(db, wait=LOCK_WAIT_SECONDS) as store:
            report = _ingest_with_feedback(inputs, store, options, verbose)
            total = store.article_count()
        err_console.print(f"storyline: {len(report.added)} added, {len(report.unchanged)} already stored, "
                          f"{len(report.rejections)} rejected; {total} articles in {db}", markup=False)
        _exit_status(report, strict)
    run_safely(work)


def repair(db: DbOption = DEFAULT_DB_PATH) -> None:
    """Finish the collection stages an interrupted ingest left undone (an ingest does it too)."""
    def work() -> None:
        from storyline.collection import finish_collection
        from storyline.store import Store

        if not Path(db).exists():
            raise StorylineError(Code.BAD_OPTION, detail=f"no database at {db}; run 'storyline ingest' first")
        with Store(db, wait=LOCK_WAIT_SECONDS) as store:
            finished = finish_collection(store, Options())
            total = store.article_count()
        err_console.print(f"storyline: {finished} articles finished; {total} articles in {db}", markup=False)
    run_safely(work)


def export(
    db: DbOption = DEFAULT_DB_PATH,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (stdout for jsonl if omitted).")] = None,
) -> None:
    """Write the records of every stored article, as extract would."""
    def work() -> None:
        from storyline.export import export_records

        with open_store(db) as store:
            n = export_records(store, fmt.value, output, sys.stdout)
        if output is not None:
            err_console.print(f"storyline: wrote {n} records to {output}", markup=False)
    run_safely(work)


def _options(workers: int, language: str | None, allow_private_urls: bool) -> Options:
    from storyline.clean.language import check_language_code  # here: detection's model is not needed to start
    code = check_language_code(language) if language is not None else None
    return Options(workers=workers, language=code, allow_private_urls=allow_private_urls)


def _ingest_with_feedback(inputs: list[str], store: Store, options: Options, verbose: bool = False) -> IngestReport:
    from storyline.scale import choose_ingest

    run = choose_ingest(options)
    with progress_bar("Processing documents", count_documents(inputs)) as advance:
        report = run(inputs, store, options, advance)
    for rejection in report.rejections:
        report_rejection(rejection)
    for ident, language in report.without_nlp:
        err_console.print(one_line(f"storyline: note: {ident} is in language '{language}'; stored without NLP "
                                   "layers (no model for that language yet)"), markup=False)
    if verbose:
        _print_stages(report)
    return report


def _print_stages(report: IngestReport) -> None:
    for stage in (s for s in report.stages.values() if s.documents):
        rate = f", {stage.documents / stage.seconds:.1f}/s" if stage.seconds > 0 else ""
        err_console.print(f"storyline: stage {stage.stage}: {stage.documents} documents in {stage.seconds:.2f} s{rate}",
                          markup=False)
    for code, count in sorted(report.drops.items()):
        err_console.print(f"storyline: dropped {count} with {code}", markup=False)


def _exit_status(report: IngestReport, strict: bool) -> None:
    if not report.added and not report.unchanged:
        raise StorylineError(Code.NO_DOCUMENTS)
    if strict and report.rejections:
        raise typer.Exit(1)


def _print_table(records: list[dict]) -> None:
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "title", "outlet", "published", "story", "entities", "claims", "times", "events"):
        table.add_column(col, overflow="fold")
    for r in records:
        table.add_row(r["id"], (r["title"] or "")[:60], r["outlet"] or "", r["published"] or "", r["story"] or "",
                      str(len(r["entities"])), str(len(r["attributions"])), str(len(r["times"])), str(len(r["events"])))
    out_console().print(table)
