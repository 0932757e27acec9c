"""Bytes to text: refuse binary data, detect legacy charsets instead of failing on them."""
from __future__ import annotations

import charset_normalizer

from storyline.errors import Code, StorylineError

# Share of control characters (other than whitespace) above which bytes are not text;
# real pages in the benchmarks have none, binary formats have 10% or more.
_CONTROL_SHARE = 0.05
_SNIFF = 8192


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes, trying UTF-8 first and then the detected charset."""
    if not data.strip():
        raise StorylineError(Code.EMPTY)
    head = data[:_SNIFF]
    if b"\x00" in head or _control_share(head) > _CONTROL_SHARE:
        raise StorylineError(Code.BINARY)
    try:
        return data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise StorylineError(Code.BINARY)
    return str(best)


def _control_share(head: bytes) -> float:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(head), 1)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or "<article" in head
