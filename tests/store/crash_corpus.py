"""A small fictional corpus, the ingest command and the state compared after a kill -9: shared by
the crash test and bench/kill.py."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from storyline.export import iter_records
from storyline.store import Store

TOWNS = ("Brisa Nova", "Port Aster", "Valdoria", "Meridian")
# Entity resolution breaks some ties between written forms in set order, which follows the
# hash seed (resolve.entities._display_name); one seed for every run keeps the runs about crashes.
ENV = {**os.environ, "PYTHONHASHSEED": "0"}


def write_corpus(path: Path, count: int = 14) -> Path:
    """`count` fictional council reports on four invented towns, as JSON Lines."""
    lines = []
    for i in range(count):
        town = TOWNS[i % len(TOWNS)]
        text = (f"Council of {town} approves budget {i}. The council of {town} voted on Tuesday to approve "
                f"the budget for the harbour works, mayor Ilse Marrow said. Work on pier {i} starts in May.")
        lines.append(json.dumps({"id": f"c-{i}", "title": f"{town} budget {i}", "text": text,
                                 "published": f"2026-03-{i % 28 + 1:02d}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest_command(db: Path, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "storyline", "ingest", "--db", str(db), str(corpus), "--workers", "1"]


def store_state(db: Path) -> list[str]:
    """Every exported record; fails if the store holds an article twice."""
    with Store(db) as store:
        ids = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
        assert len(ids) == len(set(ids)), "an article is stored twice"
        return [json.dumps(r.to_dict(), sort_keys=True) for r in iter_records(store)]
