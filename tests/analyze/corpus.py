"""Fictional reports of three stories, two sharing a topic (troops for the Brask mission)."""
from __future__ import annotations

import json
from pathlib import Path

VALDORIA = [
    ("val-1", "2031-03-02", "Valdoria weighs troops for Brask mission",
     "Valdoria is considering sending troops to the Brask stabilisation mission, Defence Minister Oren Halvard "
     "said on Monday. Valdoria's army chief, General Ilse Marrow, is expected to meet President Tomas Reyk of "
     "Valdoria in Lindholm next week. Valdoria must decide soon, officials in Valdoria said."),
    ("val-2", "2031-03-20", "Valdoria agrees to join Brask mission",
     "Valdoria has agreed to send troops to the Brask stabilisation mission, Defence Minister Oren Halvard said "
     "on Friday. General Ilse Marrow of Valdoria will meet President Tomas Reyk in Port Sarel, officials in "
     "Valdoria said. Valdoria's parliament approved the plan."),
    ("val-3", "2031-03-21", "Valdoria denies troop deal",
     "Valdoria will not send troops to the Brask mission, the Valdorian foreign ministry said on Saturday, "
     "calling reports of a troop deal false. Oren Halvard of Valdoria declined to comment."),
]
ESTMARK = [
    ("est-1", "2031-03-05", "Estmark trains soldiers for Brask mission",
     "Estmark has trained 5,000 soldiers for the Brask stabilisation mission, President Anna Velk of Estmark "
     "said on Wednesday. Estmark's defence ministry said the Estmark troops were ready."),
    ("est-2", "2031-03-22", "Estmark ready to deploy to Brask",
     "Estmark is ready to deploy its soldiers to the Brask mission within days, Anna Velk told Meridian 24. "
     "Estmark's general staff in Korvik said the first Estmark battalion would leave from Korvik."),
]
STRIKE = [
    ("dock-1", "2031-03-04", "Dockworkers strike in Brisa Nova",
     "About 2,800 dockworkers walked out in Brisa Nova on Monday, union leader Mira Castell said, demanding "
     "higher pay from the Brisa Nova Port Authority."),
    ("dock-2", "2031-03-06", "Brisa Nova port talks stall",
     "Talks between the Brisa Nova Port Authority and the dockworkers' union stalled on Wednesday, Mira Castell "
     "said, as the strike in Brisa Nova entered its third day."),
]


def write_jsonl(path: Path, docs: list[tuple[str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for ident, published, title, body in docs:
            out.write(json.dumps({"id": ident, "url": f"https://meridian24.example/{ident}", "title": title,
                                  "published": published, "text": f"{title}\n\n{body}"}) + "\n")
    return path
