"""WARC files: every HTML response record becomes one document."""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.decode import decode_bytes


class _Loader(ArcWarcRecordLoader):
    """warcio's loader, except that a record without WARC-Target-URI does not crash it: warcio
    calls `uri.startswith` on None; such a record gets no HTTP headers and is rejected below."""

    def load_http_headers(self, rec_type, uri, stream, length):  # type: ignore[no-untyped-def]
        return super().load_http_headers(rec_type, uri or "", stream, length)


def read_warc(path: Path, options: Options) -> Iterator[RawDocument | Rejection]:
    given = 0
    for item in _read_records(path, options):
        given += 1
        yield item
    if not given:  # every input gives a record or a rejection line, a WARC without HTML too
        yield Rejection.from_error(str(path), "read", StorylineError(Code.NO_DOCUMENT_IN_FILE, kind="HTML"))


def _read_records(path: Path, options: Options) -> Iterator[RawDocument | Rejection]:
    seen = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            records.loader = _Loader()
            for record in records:
                seen += 1
                if record.rec_type != "response":
                    continue
                yield from _read_record(path, record, seen, options)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as err:
        detail = f"{err}" if not seen else f"after record {seen}: {err}"
        yield Rejection.from_error(str(path), "read", StorylineError(Code.UNREADABLE, detail=detail))


def _read_record(path: Path, record, number: int, options: Options) -> Iterator[RawDocument | Rejection]:  # type: ignore[no-untyped-def]
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        detail = f"response record {number} has no WARC-Target-URI"
        yield Rejection.from_error(f"{path}#{number}", "read", StorylineError(Code.UNREADABLE, detail=detail))
        return
    ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
    if "html" not in ctype:
        return
    where = f"{path}#{url}"
    try:
        data = record.content_stream().read(options.max_document_bytes + 1)
        if len(data) > options.max_document_bytes:
            raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
        yield RawDocument(source=where, content=decode_bytes(data), kind="html", url=url)
    except StorylineError as err:
        yield Rejection.from_error(where, "read", err)
    except (OSError, EOFError, zlib.error, ValueError) as err:
        yield Rejection.from_error(where, "read", StorylineError(Code.UNREADABLE, detail=err))
