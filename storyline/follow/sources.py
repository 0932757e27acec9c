"""One poll of one source: the documents that are new since the last poll, and what to remember.

A feed (URL or file) yields its entries not seen before; a folder, its files not seen before; a
JSON Lines file, the complete lines appended since the last poll; any other file, itself when its
size or time changed. Nothing is remembered until the documents are stored (see follow.watch).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources import read_inputs
from storyline.sources.feeds import FeedEntry, entry_documents, looks_like_feed, parse_feed
from storyline.sources.fetch import Fetcher
from storyline.sources.jsonl import read_jsonl_lines
from storyline.sources.url import page_document

Item = RawDocument | Rejection
_FEEDS = {".rss", ".atom", ".xml"}


@dataclass
class Poll:
    documents: list[Item] = field(default_factory=list)
    marks: dict[str, str] = field(default_factory=dict)  # state items to save once stored


def source_key(spec: str) -> str:
    return spec if spec.startswith(("http://", "https://")) else str(Path(spec).resolve())


def poll_source(spec: str, state: dict[str, str], fetcher: Fetcher, options: Options) -> Poll:
    if spec.startswith(("http://", "https://")):
        return _poll_url(spec, state, fetcher)
    path = Path(spec)
    if path.is_dir():
        return _poll_folder(path, state, options)
    if not path.exists():
        return Poll([Rejection.from_error(spec, "read", StorylineError(Code.NOT_FOUND))])
    name = path.name.lower()
    if name.endswith(".jsonl"):
        return _poll_jsonl(path, state, options)
    if path.suffix.lower() in _FEEDS:
        return _poll_feed_file(path, state, fetcher, options)
    return _poll_file(path, state, options)


def _poll_url(url: str, state: dict[str, str], fetcher: Fetcher) -> Poll:
    try:
        fetched = fetcher.get(url, state.get("etag"), state.get("modified"), trusted=True)
    except StorylineError as err:
        return Poll([Rejection.from_error(url, "read", err)])
    if fetched.not_modified:
        return Poll()
    marks = {k: v for k, v in (("etag", fetched.etag), ("modified", fetched.last_modified)) if v}
    if looks_like_feed(fetched.data, fetched.content_type):
        return _new_entries(parse_feed(fetched.data), url, state, fetcher, marks)
    try:  # a page, not a feed: taken whenever it changes (the store keeps one copy of each text)
        return Poll([page_document(fetched)], marks)
    except StorylineError as err:
        return Poll([Rejection.from_error(url, "read", err)], marks)


def _poll_feed_file(path: Path, state: dict[str, str], fetcher: Fetcher, options: Options) -> Poll:
    stamp = _stamp(path)
    if state.get("stamp") == stamp:
        return Poll()
    if path.stat().st_size > options.max_document_bytes:
        too_large = StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
        return Poll([Rejection.from_error(str(path), "read", too_large)])
    return _new_entries(parse_feed(path.read_bytes()), str(path), state, fetcher, {"stamp": stamp})


def _new_entries(entries: tuple[FeedEntry, ...], origin: str, state: dict[str, str], fetcher: Fetcher,
                 marks: dict[str, str]) -> Poll:
    new = [e for e in entries if f"entry:{e.key}" not in state]
    marks = {**marks, **{f"entry:{e.key}": e.link or "" for e in new}}
    return Poll(list(entry_documents(new, origin, fetcher)), marks)


def _poll_folder(folder: Path, state: dict[str, str], options: Options) -> Poll:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    poll = Poll()
    for path in files:
        item = f"file:{path.relative_to(folder)}"
        if item not in state:
            poll.documents.extend(read_inputs([str(path)], options))
            poll.marks[item] = _stamp(path)
    return poll


def _poll_jsonl(path: Path, state: dict[str, str], options: Options) -> Poll:
    offset, line = int(state.get("offset", 0)), int(state.get("line", 0))
    size = path.stat().st_size
    if size < offset:  # the file was replaced by a shorter one: read it from the start
        offset, line = 0, 0
    with path.open("rb") as handle:
        handle.seek(offset)
        data = handle.read(size - offset)
    complete = data[:data.rfind(b"\n") + 1]  # a line still being written waits for the next poll
    if not complete:
        return Poll()
    lines = complete.decode("utf-8", errors="replace").splitlines()
    # numbered as in the whole file, so a skipped line names the line a user would open
    docs = list(read_jsonl_lines([""] * line + lines, str(path), options))
    return Poll(docs, {"offset": str(offset + len(complete)), "line": str(line + len(lines))})


def _poll_file(path: Path, state: dict[str, str], options: Options) -> Poll:
    stamp = _stamp(path)
    if state.get("stamp") == stamp:
        return Poll()
    return Poll(list(read_inputs([str(path)], options)), {"stamp": stamp})


def _stamp(path: Path) -> str:
    info = os.stat(path)
    return f"{info.st_size}:{info.st_mtime_ns}"
