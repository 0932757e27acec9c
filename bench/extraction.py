"""Body extraction and publication dates: storyline against the open extractors, in one run.

    .venv/bin/python bench/extraction.py [--data DIR] [--runs 3] [--only storyline,trafilatura]

Needs the optional extra `bench` (newspaper4k, readability-lxml): pip install -e '.[bench]'.

Body: the article-extraction benchmark (../shared/data/article-extraction-benchmark), F1 over
multisets of 4-word \\w+ shingles as its README defines it: precision and recall per page, each
averaged over the pages where it is defined, then their harmonic mean. Speed is pages per second
on one core, the best of `--runs` timed passes after a warm-up pass, HTML already decompressed.

Dates: the htmldate Media Cloud 2020 set (../shared/data/htmldate-mediacloud-2020), exact-day
match rate over all pages, HTML only and no URL, as htmldate's own evaluation does.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from storyline.clean.html import extract_from_html

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
_WORD = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter:
    tokens = _WORD.findall(text or "")
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def body_f1(predictions: list[str], truths: list[str]) -> tuple[float, float, float]:
    """(precision, recall, F1) of the benchmark: per-page P and R averaged, then the harmonic mean."""
    precisions, recalls = [], []
    for pred, truth in zip(predictions, truths, strict=True):
        p, t = shingles(pred), shingles(truth)
        tp = sum((p & t).values())
        fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    prec = sum(precisions) / len(precisions) if precisions else 0.0
    rec = sum(recalls) / len(recalls) if recalls else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def run_storyline(html: str) -> str:
    return extract_from_html(html, None).text


def run_trafilatura(html: str) -> str:
    import trafilatura
    # comments are not the article body; this is the setting the project's baseline was measured with
    return trafilatura.extract(html, include_comments=False) or ""


def run_newspaper(html: str) -> str:
    import newspaper
    # English as the benchmark's pages are (auto-detection pulls in nltk for some pages), and no
    # image downloads: the body is all that is measured, and the network must not be timed.
    config = newspaper.Config()
    config.fetch_images = False
    article = newspaper.Article("https://example.invalid/article", language="en", config=config)
    article.download(input_html=html)
    article.parse()
    return article.text or ""


def run_readability(html: str) -> str:
    import lxml.html
    from readability import Document
    summary = Document(html).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    return " ".join(t.strip() for t in tree.itertext() if t.strip())


BODY_EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura": run_trafilatura, "storyline": run_storyline,
    "newspaper4k": run_newspaper, "readability": run_readability,
}


def date_storyline(html: str) -> str | None:
    return extract_from_html(html, None).published


def date_htmldate(html: str) -> str | None:
    from htmldate import find_date
    return find_date(html, extensive_search=True, original_date=True)


DATE_EXTRACTORS: dict[str, Callable[[str], str | None]] = {"storyline": date_storyline, "htmldate": date_htmldate}


def load_body_set(root: Path) -> tuple[list[str], list[str]]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages, bodies = [], []
    for ident in sorted(truth):
        pages.append(gzip.decompress((root / "html" / f"{ident}.html.gz").read_bytes()).decode("utf-8", "replace"))
        bodies.append(truth[ident]["articleBody"])
    return pages, bodies


def load_date_set(root: Path) -> tuple[list[str], list[str]]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages, days = [], []
    for item in sorted(truth.values(), key=lambda v: v["file"]):
        pages.append(gzip.decompress((root / "html" / f"{item['file']}.gz").read_bytes()).decode("utf-8", "replace"))
        days.append(item["date"])
    return pages, days


def time_rounds(runners: dict[str, Callable[[str], object]], pages: list[str], runs: int) -> dict[str, float]:
    """Pages/s of each extractor's best pass; the extractors take turns in every round, so that
    a load spike from other work on the machine does not fall on one of them alone."""
    best = dict.fromkeys(runners, float("inf"))
    for _ in range(runs):
        for name, run in runners.items():
            start = time.perf_counter()
            for page in pages:
                run(page)
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: len(pages) / seconds for name, seconds in best.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="", help="comma-separated extractor names")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    body_root, date_root = args.data / "article-extraction-benchmark", args.data / "htmldate-mediacloud-2020"
    if not body_root.is_dir() or not date_root.is_dir():
        print(f"benchmark data not found under {args.data}", file=sys.stderr)
        return 2
    pages, bodies = load_body_set(body_root)
    print(f"body: {len(pages)} pages   metric: 4-word shingle F1 (P, R averaged over pages)")
    print(f"{'extractor':<14}{'F1':>7}{'P':>7}{'R':>7}{'pages/s':>10}{'vs traf.':>10}")
    chosen = {n: r for n, r in BODY_EXTRACTORS.items() if not only or n in only}
    outputs = {name: [run(p) for p in pages] for name, run in chosen.items()}  # also the warm-up pass
    speeds = time_rounds(chosen, pages, args.runs)
    for name in chosen:
        speed = speeds[name]
        p, r, f1 = body_f1(outputs[name], bodies)
        ratio = speed / speeds["trafilatura"] if "trafilatura" in speeds else float("nan")
        print(f"{name:<14}{f1:>7.3f}{p:>7.3f}{r:>7.3f}{speed:>10.1f}{ratio:>10.2f}")
    date_pages, days = load_date_set(date_root)
    print(f"\ndates: {len(date_pages)} pages   metric: exact-day match rate (HTML only, no URL)")
    for name, run in DATE_EXTRACTORS.items():
        if only and name not in only:
            continue
        found = [(run(p) or "")[:10] for p in date_pages]
        hits = sum(f == d for f, d in zip(found, days, strict=True))
        missing = sum(not f for f in found)
        print(f"{name:<14}{hits / len(days):>7.3f}   ({hits} exact, {missing} none, {len(days) - hits - missing} wrong)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
