"""A store holding the demo corpus, ingested once per test session and copied for each user."""
from __future__ import annotations

import shutil
from pathlib import Path

from storyline.demo import demo_corpus_path
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store

_BUILT: dict[str, Path] = {}


def demo_store_copy(directory: Path, name: str) -> Path:
    """A private copy of the demo store in `directory` (tests that ingest must not disturb others)."""
    if "demo" not in _BUILT:
        path = directory / "demo-master.duckdb"
        with Store(path) as store:
            report = ingest([str(demo_corpus_path())], store, Options(workers=1))
        assert report.added, report.rejections
        _BUILT["demo"] = path
    copy = directory / f"{name}.duckdb"
    shutil.copy(_BUILT["demo"], copy)
    return copy


# Fictional documents for POST /api/ingest, written for these tests.
GOOD_DOCUMENT = {
    "id": "test-estmark-ferry",
    "title": "Estmark ferry service resumes after storm",
    "published": "2031-05-02",
    "text": ("HALVERGATE — The Estmark ferry service to the northern islands resumed on Friday after a three-day "
             "storm, the Estmark Transport Agency said. \"Crews have checked every vessel,\" agency director "
             "Pella Ostrand told Meridian 24. Officials expect full timetables to return next week."),
}
HOSTILE_TEXT = (
    "Estmark officials <script>window.__pwned = 'script'; alert('pwned')</script> said on Monday that the "
    "harbour would reopen. <img src=x onerror=\"window.__pwned = 'img'\"> A spokesperson for the Estmark "
    "Transport Agency said the decision was final. <a href=\"javascript:window.__pwned = 'link'\">Read more</a> "
    "\"><svg onload=\"window.__pwned = 'svg'\"></svg> '\"><iframe src=\"javascript:window.__pwned='frame'\"></iframe> "
    "General Ilse Marrow of Valdoria said the navy would help. <body onload=\"window.__pwned = 'body'\">"
)
HOSTILE_DOCUMENT = {
    "id": "test-hostile-<script>",
    "title": "Harbour <script>window.__pwned = 'title'</script> reopens <b onmouseover=\"window.__pwned='b'\">now</b>",
    "url": "javascript:window.__pwned = 'url'",
    "published": "2031-05-03",
    "text": HOSTILE_TEXT,
}
