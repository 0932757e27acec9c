"""WARC files: every HTML response record becomes one document."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.decode import decode_bytes


def read_warc(path: Path, options: Options) -> Iterator[RawDocument | Rejection]:
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if "html" not in ctype:
                    continue
                where = f"{path}#{url}"
                try:
                    data = record.content_stream().read(options.max_document_bytes + 1)
                    if len(data) > options.max_document_bytes:
                        raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
                    yield RawDocument(source=where, content=decode_bytes(data), kind="html", url=url)
                except StorylineError as err:
                    yield Rejection(where, "read", err.message)
    except (ArchiveLoadFailed, OSError) as err:
        yield Rejection(str(path), "read", StorylineError(Code.UNREADABLE, detail=err).message)
