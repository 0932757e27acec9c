"""Throughput: storyline end to end (HTML in, records out) against spaCy's nlp.pipe alone.

    .venv/bin/python bench/throughput.py [--pages DIR] [--workers 2] [--runs 2] [--limit N]

Both are measured in one run on the same machine, with the same number of processes, on the
article-extraction benchmark's pages (../shared/data/article-extraction-benchmark/html). The
spaCy baseline parses exactly the texts storyline's clean stage produced, so the ratio is the
cost of everything storyline adds around the parser: reading, cleaning, extraction layers,
the collection stages and the store.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from storyline.export import iter_records
from storyline.extract import load_nlp
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store

DEFAULT_PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "article-extraction-benchmark" / "html"


def run_storyline(pages: list[Path], options: Options) -> tuple[float, list[str]]:
    start = time.perf_counter()
    with Store(":memory:") as store:
        ingest([str(p) for p in pages], store, options)
        records = list(iter_records(store))
    return time.perf_counter() - start, [r.text for r in records]


def run_spacy(texts: list[str], options: Options) -> float:
    nlp = load_nlp(options.spacy_model)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=options.worker_count(), batch_size=8):
        pass
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N pages")
    args = ap.parse_args()
    if not args.pages.is_dir():
        print(f"no pages at {args.pages}", file=sys.stderr)
        return 2
    pages = sorted(args.pages.glob("*.html*"))
    if args.limit:
        pages = pages[: args.limit]
    options = Options(workers=args.workers)
    # warm-up: load models, fill OS caches
    _, texts = run_storyline(pages[:10], Options(workers=1))
    ours, base = [], []
    for _ in range(args.runs):
        seconds, texts = run_storyline(pages, options)
        ours.append(seconds)
        base.append(run_spacy(texts, options))
    n, t_ours, t_base = len(texts), statistics.median(ours), statistics.median(base)
    print(f"pages: {len(pages)} ({n} records), processes: {options.worker_count()}, runs: {args.runs} (median)")
    print(f"storyline end to end: {n / t_ours:6.2f} articles/s  ({t_ours:.1f} s)")
    print(f"spaCy nlp.pipe alone: {n / t_base:6.2f} articles/s  ({t_base:.1f} s)")
    print(f"ratio storyline / spaCy time: {t_ours / t_base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
