"""A named event's word used as part of an adjective: "an Olympic-size swimming pool".

A one-word EVENT the model tags right before a hyphen and a lower-case word is the first half of
a compound adjective ("Olympic-size", "Olympic-style"); the text names no event there. Places keep
such mentions ("an Amritsar-based agent" still names Amritsar): only events are dropped.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found

_COMPOUND_AFTER = re.compile(r"-[a-z]")


def drop_adjective_events(text: str, found: list[Found]) -> list[Found]:
    return [f for f in found if not (f.label == "EVENT" and " " not in f.name and _COMPOUND_AFTER.match(text, f.end))]
