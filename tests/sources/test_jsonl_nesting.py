"""A JSON Lines line nested past the limit is refused before the parser sees it; brackets in
strings do not count, and ordinary nesting passes."""
from __future__ import annotations

import json

import pytest

from storyline.errors import StorylineError
from storyline.settings import Options
from storyline.sources.jsonl import MAX_JSON_DEPTH, nests_deeper_than, parse_jsonl_record


def test_jsonl_nesting_past_the_limit_is_refused_with_a_code() -> None:
    line = json.dumps({"id": "deep", "text": "Council votes.", "meta": []})
    line = line.replace("[]", "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))
    with pytest.raises(StorylineError) as caught:
        parse_jsonl_record(line, "dump.jsonl:3", 3, Options())
    assert caught.value.ident == "E005" and "nested deeper" in caught.value.message


def test_jsonl_nesting_counts_brackets_outside_strings_only() -> None:
    inside = json.dumps({"text": "[" * 5000 + "{" * 5000, "tags": [["a"], ["b"]]})
    assert not nests_deeper_than(inside, MAX_JSON_DEPTH)
    record = parse_jsonl_record(inside, "dump.jsonl:1", 1, Options())
    assert record.content.startswith("[[[")


def test_jsonl_nesting_a_hundred_thousand_levels_is_one_rejection() -> None:
    line = "[" * 100_000 + "]" * 100_000
    assert nests_deeper_than(line, MAX_JSON_DEPTH)
    with pytest.raises(StorylineError):
        parse_jsonl_record(line, "dump.jsonl:1", 1, Options())
