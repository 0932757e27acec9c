"""A small fictional collection for the runner tests: two stories, a wire copy, a bad document."""
from __future__ import annotations

import json
from pathlib import Path

DOCUMENTS = [
    {"id": "sc-1", "published": "2031-03-17", "text": (
        "Valdoria weighs troops for basin mission\n\n"
        "General Ilse Marrow said on Tuesday that Valdoria will decide within weeks whether to send troops "
        "to the Estmark basin mission.\n“We are ready,” she told Meridian 24.\n")},
    {"id": "sc-2", "published": "2031-03-18", "text": (
        "Dockworkers strike in Brisa Nova\n\n"
        "About 2,800 dockworkers walked out on Monday, union leader Mira Castell said, demanding higher pay. "
        "The port authority of Brisa Nova called the strike illegal.\n")},
    {"id": "sc-3", "published": "2031-03-18", "text": (
        "Valdoria to send 400 troops to Estmark\n\n"
        "Valdoria will send 400 troops to the Estmark basin mission, General Ilse Marrow told reporters on "
        "Wednesday. Estmark's foreign minister Tomas Orrin welcomed the decision.\n")},
    {"id": "sc-4", "published": "2031-03-19", "text": "too short"},
    {"id": "sc-5", "published": "2031-03-19", "text": (
        "Brisa Nova port talks stall\n\n"
        "Talks between the Brisa Nova port authority and the dockworkers' union broke down on Thursday, "
        "Mira Castell said. The union accused the authority of refusing to negotiate.\n")},
    {"id": "sc-6", "published": "2031-03-19", "text": (
        "Valdoria to send 400 troops to Estmark\n\n"
        "Valdoria will send 400 troops to the Estmark basin mission, General Ilse Marrow told reporters on "
        "Wednesday. Estmark's foreign minister Tomas Orrin welcomed the decision.\n")},
    {"id": "sc-7", "published": "2031-03-20", "text": (
        "Estmark parliament backs mission\n\n"
        "The parliament of Estmark voted on Friday to back the basin mission, Speaker Lena Vosk said, "
        "after Valdoria promised troops.\n")},
    {"id": "sc-8", "published": "2031-03-21", "text": (
        "Brisa Nova strike ends\n\n"
        "The dockworkers of Brisa Nova returned to work on Saturday after the port authority agreed to a "
        "six percent raise, the union said in a statement.\n")},
]


def write_corpus(folder: Path, documents: list[dict] | None = None) -> Path:
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in documents or DOCUMENTS), encoding="utf-8")
    return path
