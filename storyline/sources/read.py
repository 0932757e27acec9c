"""Dispatch each input (file, directory, URL, '-') to the reader for its kind."""
from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.decode import decode_bytes, looks_like_html
from storyline.sources.feeds import read_feed
from storyline.sources.jsonl import read_jsonl_lines
from storyline.sources.url import read_url
from storyline.sources.warc import read_warc

Item = RawDocument | Rejection
_HTML = {".html", ".htm", ".xhtml"}
_TEXT = {".txt", ".text", ".md"}
_FEEDS = {".rss", ".atom", ".xml"}


def read_inputs(inputs: Iterable[str], options: Options) -> Iterator[Item]:
    """Yield every document of every input, in order; bad ones as Rejections."""
    for spec in inputs:
        if spec == "-":
            yield from read_jsonl_lines(sys.stdin, "<stdin>", options)
        elif spec.startswith(("http://", "https://")):
            yield from read_url(spec, options)
        else:
            yield from _read_path(Path(spec), options)


def _read_path(path: Path, options: Options) -> Iterator[Item]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            yield from _read_path(child, options)
        return
    if not path.exists():
        yield Rejection(str(path), "read", StorylineError(Code.NOT_FOUND).message)
        return
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    kind = suffixes[-2] if compressed and len(suffixes) == 2 else (suffixes[-1] if suffixes else "")
    if kind == ".warc":
        yield from read_warc(path, options)
        return
    if kind == ".jsonl":
        try:
            with _open_text(path, compressed) as handle:
                yield from read_jsonl_lines(handle, str(path), options)
        except OSError as err:
            yield Rejection(str(path), "read", StorylineError(Code.UNREADABLE, detail=err).message)
        return
    try:
        data = _read_bytes(path, compressed, options)
        if kind in _FEEDS:  # bytes, parsed as data: never a location to open
            yield from read_feed(data, str(path), options)
            return
        text = decode_bytes(data)
    except StorylineError as err:
        yield Rejection(str(path), "read", err.message)
        return
    except OSError as err:
        yield Rejection(str(path), "read", StorylineError(Code.UNREADABLE, detail=err.strerror or err).message)
        return
    if kind in _HTML or (kind not in _TEXT and looks_like_html(text)):
        yield RawDocument(source=str(path), content=text, kind="html")
    elif kind in _TEXT or kind == "":
        yield RawDocument(source=str(path), content=text, kind="text")
    else:
        yield Rejection(str(path), "read", StorylineError(Code.UNSUPPORTED, suffix=kind).message)


def _read_bytes(path: Path, compressed: bool, options: Options) -> bytes:
    limit = options.max_document_bytes
    if not compressed and path.stat().st_size > limit:
        raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
    try:
        with (gzip.open(path, "rb") if compressed else path.open("rb")) as handle:
            data = handle.read(limit + 1)
    except (gzip.BadGzipFile, EOFError) as err:
        raise StorylineError(Code.UNREADABLE, detail=f"broken gzip data ({err})") from err
    if len(data) > limit:
        raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
    return data


def _open_text(path: Path, compressed: bool):
    if compressed:
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open("r", encoding="utf-8", errors="replace")
