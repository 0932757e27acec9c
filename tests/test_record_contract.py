"""Every record field of shared/eval/CONTRACT.md, and every span slicing back to its own text."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.models import ENTITY_TYPES, MODALITIES, PLOVER_ACTIONS, SOURCE_KINDS
from storyline.pipeline import annotate
from storyline.record import build_record
from storyline.store import StoredArticle
from tests.conftest import make_article

FIELDS = {"id", "source", "url", "title", "outlet", "published", "authors", "duplicate_of", "text", "language",
          "story", "entities", "attributions", "times", "events"}
# Fields storyline adds beyond CONTRACT.md; a reader of the contract may ignore them.
OPTIONAL_FIELDS = {"durations"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$")


def run_storyline(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The real command in a child process, as a user runs it (wide output for Rich tables)."""
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "storyline", *args], input=stdin, capture_output=True,
                          text=True, timeout=600, env=env)


def spans_of(record: dict) -> list[dict]:
    out = [m for e in record["entities"] for m in e["mentions"]]
    out += [a[k] for a in record["attributions"] for k in ("cue", "content")]
    out += record["times"]
    out += [e["evidence"] for e in record["events"]]
    out += record.get("durations", [])
    return out


def check_record(record: dict) -> None:
    assert FIELDS <= set(record) <= FIELDS | OPTIONAL_FIELDS
    assert isinstance(record["id"], str) and record["id"]
    assert isinstance(record["source"], str)
    assert record["published"] is None or PUBLISHED.match(record["published"])
    assert isinstance(record["authors"], list) and all(isinstance(a, str) for a in record["authors"])
    assert isinstance(record["text"], str) and record["text"]
    for e in record["entities"]:
        assert e["id"].startswith("e-") and e["name"] and e["type"] in ENTITY_TYPES
        assert isinstance(e["roles"], list) and e["mentions"]
    for a in record["attributions"]:
        assert a["source"]["kind"] in SOURCE_KINDS and a["source"]["name"]
        assert all(set(v) == {"name", "entity"} for v in a["via"])
        assert isinstance(a["direct"], bool)
    for t in record["times"]:
        assert t["value"] is None or DATE.match(t["value"])
    for ev in record["events"]:
        assert ev["action"] in PLOVER_ACTIONS and ev["modality"] in MODALITIES
        assert ev["date"] is None or DATE.match(ev["date"])
    for span in spans_of(record):
        assert record["text"][span["start"]:span["end"]] == span["text"]


WORDS = st.sampled_from([
    "General Ilse Marrow", "the Federation of Estmark", "Valdoria", "Meridian 24", "defence sources",
    "said", "told reporters", "on Tuesday", "next week", "in June", "March 14, 2031", "will meet", "denied",
    "that", "troops", "could", "not", "“We are ready,”", "\"", "according to", "officials", ",", ".", "’s",
    "Chancellor Oren Tavish", "agreed", "to join", "the mission", "\n", "  ", "é", "—",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, min_size=1, max_size=40).map(" ".join))
def test_record_spans_slice_back_to_their_text(nlp, text: str) -> None:
    if not text.strip():
        return
    annotated = annotate(make_article(text.strip()), nlp)
    record = build_record(StoredArticle(annotated.article, annotated.layers, None, "s-1"), {}).to_dict()
    check_record(record)


def test_record_contract_on_the_dev_set(dev_input: Path, tmp_path: Path) -> None:
    result = run_storyline("extract", str(dev_input), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [json.loads(line)["id"] for line in dev_input.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [r["id"] for r in records] == ids
    entity_names: dict[str, str] = {}
    for record in records:
        check_record(record)
        for e in record["entities"]:  # one canonical name per id across the whole call
            assert entity_names.setdefault(e["id"], e["name"]) == e["name"]


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_record_other_extract_formats(fmt: str, tmp_path: Path) -> None:
    doc = tmp_path / "one.txt"
    doc.write_text("Valdoria weighs troops\n\nGeneral Ilse Marrow said on Tuesday that Valdoria will decide soon.\n")
    result = run_storyline("extract", str(doc), "--format", fmt)
    assert result.returncode == 0, result.stderr
    if fmt == "json":
        (record,) = json.loads(result.stdout)
        check_record(record)
    else:
        assert "Valdoria weighs troops" in result.stdout


def test_record_same_in_every_process() -> None:
    """Records may not depend on the hash seed (the order a set hands its members over)."""
    from storyline.demo import demo_corpus_path

    outputs = set()
    for seed in ("1", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-m", "storyline", "extract", str(demo_corpus_path())],
                                capture_output=True, text=True, timeout=600, env=env)
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
