"""`storyline events` filters the stored events; `storyline timeline` orders a story by event dates."""
from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import run_storyline

# Published later than it happened: the timeline must follow the events' dates, not publication.
DOCS = [
    {"id": "late-report", "published": "2031-03-20",
     "text": "Valdoria rejects Estmark truce offer\n\nValdoria rejected the Estmark truce offer on Thursday. "
             "General Ilse Marrow said Valdoria had attacked Porta on March 2."},
    {"id": "early-report", "published": "2031-03-18",
     "text": "Valdoria weighs truce offer\n\nValdoria may accept the Estmark truce offer, General Ilse Marrow said "
             "on Tuesday."},
]


def _ingest(tmp_path: Path) -> Path:
    source = tmp_path / "docs.jsonl"
    source.write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = run_storyline("ingest", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def test_events_commands_filter_and_order(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    listed = run_storyline("events", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    assert "REJECT" in listed.stdout and "ASSAULT" in listed.stdout
    possible = run_storyline("events", "--db", str(db), "--modality", "possible")
    assert "possible" in possible.stdout and "REJECT" not in possible.stdout
    by_actor = run_storyline("events", "--db", str(db), "--actor", "valdoria")
    assert "Valdoria" in by_actor.stdout
    bad = run_storyline("events", "--db", str(db), "--modality", "rumoured")
    assert bad.returncode == 2 and "E105" in bad.stderr

    story = _story_of(tmp_path, db)
    timeline = run_storyline("timeline", story, "--db", str(db))
    assert timeline.returncode == 0, timeline.stderr
    # The assault of 2 March comes first although it was reported last.
    assert timeline.stdout.index("2031-03-02") < timeline.stdout.index("2031-03-18") < timeline.stdout.index("2031-03-20")


def test_events_commands_unknown_story(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    result = run_storyline("timeline", "no-such-story", "--db", str(db))
    assert result.returncode == 2 and "E102" in result.stderr


def _story_of(tmp_path: Path, db: Path) -> str:
    out = tmp_path / "out.jsonl"
    result = run_storyline("export", "--db", str(db), "--output", str(out))
    assert result.returncode == 0, result.stderr
    return next(json.loads(line)["story"] for line in out.read_text().splitlines() if "late-report" in line)
