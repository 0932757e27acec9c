"""The briefing checks of issue 17 on real stores: every story of two or more articles is briefed and
checked by tests/analyze/briefing_checks.py; each fault is printed with its story.

    .venv/bin/python bench/stories_briefings.py /tmp/sc/combined.duckdb /tmp/sc/pages.duckdb

The stores are those bench/stories_combined.py keeps with --cache (dev and dev-wide together, and
the 375 benchmark pages with --pages); they are opened read-only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checks live in the test tree

from storyline.analyze import build_story_view  # noqa: E402
from storyline.analyze.briefing import build_briefing  # noqa: E402
from storyline.extract import load_nlp  # noqa: E402
from storyline.settings import Options  # noqa: E402
from storyline.store import Store  # noqa: E402
from tests.analyze.briefing_checks import briefing_faults  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stores", nargs="+", type=Path, help="DuckDB stores with grouped stories")
    args = ap.parse_args()
    nlp = load_nlp(Options().spacy_model)
    for path in args.stores:
        with Store(path, read_only=True) as store:
            briefed = faulty = 0
            for sid, _label, n, *_ in store.stories():
                if n < 2:
                    continue
                view = build_story_view(store, sid)
                faults = briefing_faults(build_briefing(store, sid, view), view, store, nlp)
                briefed += 1
                faulty += bool(faults)
                for fault in faults:
                    print(f"  {sid}: {fault[:160]}")
            print(f"{path.name}: {briefed} stories of two or more articles, {faulty} with faults")
    return 0


if __name__ == "__main__":
    sys.exit(main())
