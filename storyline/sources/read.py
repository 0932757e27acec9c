"""Dispatch each input (file, directory, URL, '-') to the reader for its kind.

Every input is read under a guard: whatever one input raises becomes a Rejection for it, the
documents it already gave are kept, and the next input is read.
"""
from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.decode import decode_bytes, looks_like_html
from storyline.sources.feeds import read_feed
from storyline.sources.jsonl import read_jsonl_chunks, read_jsonl_lines
from storyline.sources.streams import gunzip_chunks, raw_chunks, read_capped
from storyline.sources.url import read_url
from storyline.sources.warc import read_warc

Item = RawDocument | Rejection
_HTML = {".html", ".htm", ".xhtml"}
_TEXT = {".txt", ".text", ".md"}
_FEEDS = {".rss", ".atom", ".xml"}
# What a damaged file raises while it is read or decompressed (BadGzipFile is an OSError).
BROKEN_DATA = (OSError, EOFError, zlib.error)


def read_inputs(inputs: Iterable[str], options: Options) -> Iterator[Item]:
    """Yield every document of every input, in order; bad ones as Rejections."""
    for spec in inputs:
        if spec == "-":
            yield from _guarded(_read_stdin(options), "<stdin>")
        elif spec.startswith(("http://", "https://")):
            yield from _guarded(read_url(spec, options), spec)
        else:
            yield from _guarded(_read_path(Path(spec), options), spec)


def _read_stdin(options: Options) -> Iterator[Item]:
    binary = getattr(sys.stdin, "buffer", None)  # a test runner's stdin may be text only
    if binary is not None:
        return read_jsonl_chunks(raw_chunks(binary), "<stdin>", options)
    return read_jsonl_lines(sys.stdin, "<stdin>", options)


def _guarded(items: Iterator[Item], origin: str) -> Iterator[Item]:
    given = 0
    try:
        for item in items:
            given += 1
            yield item
    except Exception as err:  # noqa: BLE001 - one unreadable input must not stop the others
        where = f"{origin} (after {given} documents)" if given else origin
        yield Rejection.from_error(where, "read", StorylineError(Code.UNREADABLE, detail=f"{type(err).__name__}: {err}"))


def _read_path(path: Path, options: Options) -> Iterator[Item]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            yield from _guarded(_read_path(child, options), str(child))
        return
    if not path.exists():
        yield Rejection.from_error(str(path), "read", StorylineError(Code.NOT_FOUND))
        return
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    kind = suffixes[-2] if compressed and len(suffixes) == 2 else (suffixes[-1] if suffixes else "")
    if kind == ".warc":
        yield from read_warc(path, options)
        return
    if kind == ".jsonl":
        yield from _read_jsonl(path, compressed, options)
        return
    try:
        data = _read_bytes(path, compressed, options)
        if kind in _FEEDS:  # bytes, parsed as data: never a location to open
            yield from read_feed(data, str(path), options)
            return
        text = decode_bytes(data)
    except StorylineError as err:
        yield Rejection.from_error(str(path), "read", err)
        return
    except BROKEN_DATA as err:
        yield Rejection.from_error(str(path), "read", StorylineError(Code.UNREADABLE, detail=_describe(err)))
        return
    if kind in _HTML or (kind not in _TEXT and looks_like_html(text)):
        yield RawDocument(source=str(path), content=text, kind="html")
    elif kind in _TEXT or kind == "":
        yield RawDocument(source=str(path), content=text, kind="text")
    else:
        yield Rejection.from_error(str(path), "read", StorylineError(Code.UNSUPPORTED, suffix=kind))


def _read_jsonl(path: Path, compressed: bool, options: Options) -> Iterator[Item]:
    """A dump's documents up to any damage; the damage itself is one more Rejection."""
    given = 0
    try:
        with path.open("rb") as handle:
            chunks = gunzip_chunks(handle) if compressed else raw_chunks(handle)
            for item in read_jsonl_chunks(chunks, str(path), options):
                given += 1
                yield item
    except BROKEN_DATA as err:
        detail = _describe(err) + (f" after {given} lines" if given else "")
        yield Rejection.from_error(str(path), "read", StorylineError(Code.UNREADABLE, detail=detail))
        return
    if not given:  # every input gives a record or a rejection line, an empty dump too
        yield Rejection.from_error(str(path), "read", StorylineError(Code.NO_DOCUMENT_IN_FILE, kind="JSON Lines"))


def _read_bytes(path: Path, compressed: bool, options: Options) -> bytes:
    """The file's bytes, decompressed; never more than the size limit is held, whatever the
    compressed size promises."""
    limit = options.max_document_bytes
    if not compressed and path.stat().st_size > limit:
        raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
    with path.open("rb") as handle:
        data = read_capped(gunzip_chunks(handle) if compressed else raw_chunks(handle), limit)
    if data is None:
        raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
    return data


def _describe(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    if isinstance(err, EOFError | zlib.error | gzip.BadGzipFile):
        return f"broken compressed data ({err or type(err).__name__})"
    return str(err) or type(err).__name__
