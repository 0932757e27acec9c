"""Strings fit for the store: what a source hands over may hold lone surrogates (JSON's
"\\ud800", a file name that is not UTF-8) or NULs, which the store cannot encode or keep."""
from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from storyline.models import RawDocument

_REPLACEMENT = "\ufffd"


def repair_text(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD and each NUL removed."""
    if text.isascii():
        return text.replace("\x00", "") if "\x00" in text else text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Python strings hold surrogate pairs already joined, so any surrogate left is alone
        text = "".join(_REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text.replace("\x00", "") if "\x00" in text else text


def repair_document(raw: RawDocument) -> RawDocument:
    """`raw` with every string field repaired; the same object when nothing needed it."""
    changes: dict[str, Any] = {}
    for f in fields(raw):
        value = getattr(raw, f.name)
        if isinstance(value, str):
            fixed = repair_text(value)
            if fixed is not value and fixed != value:
                changes[f.name] = fixed
    return replace(raw, **changes) if changes else raw
