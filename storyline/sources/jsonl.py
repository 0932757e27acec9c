"""JSON Lines dumps: one document a line with id, url, text or html, title, published."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options


def read_jsonl_lines(lines: Iterable[str], origin: str, options: Options) -> Iterator[RawDocument | Rejection]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield parse_jsonl_record(line, where, number, options)
        except StorylineError as err:
            yield Rejection(where, "read", err.message)


def parse_jsonl_record(line: str, where: str, number: int, options: Options) -> RawDocument:
    if len(line) > options.max_document_bytes:
        raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise StorylineError(Code.BAD_JSONL, line=number, detail=err.msg) from err
    if not isinstance(obj, dict):
        raise StorylineError(Code.BAD_JSONL, line=number, detail="not an object")
    return raw_document_from_object(obj, where, number)


def raw_document_from_object(obj: dict, where: str, number: int = 1) -> RawDocument:
    """Build a RawDocument from a JSON object (also used by the REST ingest endpoint)."""
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        content, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        content, kind = text, "text"
    elif isinstance(html, str) or isinstance(text, str):
        raise StorylineError(Code.EMPTY)
    else:
        raise StorylineError(Code.JSONL_FIELDS, line=number)
    ident = obj.get("id")
    return RawDocument(
        source=str(obj.get("source") or where),
        content=content,
        kind=kind,  # type: ignore[arg-type]
        id=str(ident) if ident not in (None, "") else None,
        url=_str_or_none(obj.get("url")),
        title=_str_or_none(obj.get("title")),
        published=_str_or_none(obj.get("published")),
    )


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
