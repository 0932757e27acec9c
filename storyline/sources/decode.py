"""Bytes to text: refuse binary data, detect legacy charsets instead of failing on them."""
from __future__ import annotations

import charset_normalizer

from storyline.errors import Code, StorylineError

# Share of control characters (other than whitespace) above which bytes are not text;
# real pages in the benchmarks have none, binary formats have 10% or more.
_CONTROL_SHARE = 0.05
_SNIFF = 8192
# How much more "chaos" (charset_normalizer's mess score, 0..1) Windows-1252 may show than the
# detector's first choice and still be preferred; ties between Latin charsets differ by < 0.01.
_CHAOS_SLACK = 0.02


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
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise StorylineError(Code.BINARY)
    # Short texts leave the detector torn between the single-byte Latin charsets; Windows-1252
    # (a superset of Latin-1's printable range) is by far the commonest for English-language
    # news, so it wins whenever it decodes about as cleanly as the detector's first choice.
    western = next((m for m in matches if m.encoding in ("cp1252", "latin_1")), None)
    if western is not None and western.chaos <= best.chaos + _CHAOS_SLACK:
        return data.decode("cp1252", errors="replace")
    return str(best)


def _control_share(head: bytes) -> float:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(head), 1)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or "<article" in head
