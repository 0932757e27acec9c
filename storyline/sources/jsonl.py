"""JSON Lines dumps: one document a line with id, url, text or html, title, published."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources.streams import capped_lines

# Deepest nesting of arrays and objects a line may have. A news record nests a few levels (an
# article, its authors, their fields); Python's parser recurses once per level and fails near 1,000,
# so a hostile line is refused by a linear scan before it reaches the parser.
MAX_JSON_DEPTH = 64
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def read_jsonl_chunks(chunks: Iterable[bytes], origin: str, options: Options) -> Iterator[RawDocument | Rejection]:
    """Documents of a JSON Lines byte stream; no line is held past the document size limit,
    so a compressed or piped dump cannot make one line fill memory."""
    lines = (None if line is None else line.decode("utf-8", errors="replace")
             for line in capped_lines(chunks, options.max_document_bytes))
    return read_jsonl_lines(lines, origin, options)


def read_jsonl_lines(lines: Iterable[str | None], origin: str, options: Options) -> Iterator[RawDocument | Rejection]:
    """Documents of JSON Lines; a None line stands for one cut at the size limit."""
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if line is None:
            yield Rejection.from_error(where, "read", StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb)))
            continue
        if not line.strip():
            continue
        try:
            yield parse_jsonl_record(line, where, number, options)
        except StorylineError as err:
            yield Rejection.from_error(where, "read", err)


def parse_jsonl_record(line: str, where: str, number: int, options: Options) -> RawDocument:
    if len(line) > options.max_document_bytes:
        raise StorylineError(Code.TOO_LARGE, limit=round(options.max_document_mb))
    if nests_deeper_than(line, MAX_JSON_DEPTH):
        raise StorylineError(Code.BAD_JSONL, line=number, detail=f"nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        obj = json.loads(line)
    except RecursionError as err:  # arrays or objects nested past Python's recursion limit
        raise StorylineError(Code.BAD_JSONL, line=number, detail="nested too deeply") from err
    except ValueError as err:  # JSONDecodeError, or an integer past Python's digit limit
        raise StorylineError(Code.BAD_JSONL, line=number, detail=getattr(err, "msg", str(err))) from err
    if not isinstance(obj, dict):
        raise StorylineError(Code.BAD_JSONL, line=number, detail="not an object")
    return raw_document_from_object(obj, where, number)


def nests_deeper_than(line: str, limit: int) -> bool:
    """Whether the JSON text opens more than `limit` arrays or objects inside one another, brackets
    in strings aside. Linear; most lines hold too few brackets to need the scan."""
    if line.count("[") + line.count("{") <= limit:
        return False
    depth = 0
    for bracket in _BRACKET.findall(_JSON_STRING.sub("", line)):
        depth += 1 if bracket in "[{" else -1
        if depth > limit:
            return True
    return False


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
