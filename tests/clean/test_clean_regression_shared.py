"""Regression floors on the real pages of ../shared (skipped where it is absent).

Floors sit a little under the figures measured when they were set, so that a change that makes
extraction worse fails here before it reaches bench/extraction.py.
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from storyline.clean.html import extract_from_html
from storyline.clean.text import clean_plain_text

# First 40 pages of the article-extraction benchmark: F1 0.97 when set.
BODY_PAGES = 40
BODY_F1_FLOOR = 0.94


def _shingles(text: str) -> Counter:
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3)))


def test_extract_from_html_keeps_benchmark_body_f1(shared_dir: Path) -> None:
    root = shared_dir / "data" / "article-extraction-benchmark"
    if not root.is_dir():
        pytest.skip("article-extraction-benchmark is not present")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    precisions, recalls = [], []
    for ident in sorted(truth)[:BODY_PAGES]:
        html = gzip.decompress((root / "html" / f"{ident}.html.gz").read_bytes()).decode("utf-8", "replace")
        pred, gold = _shingles(extract_from_html(html, None).text), _shingles(truth[ident]["articleBody"])
        tp = sum((pred & gold).values())
        precisions.append(tp / max(1, sum(pred.values())))
        recalls.append(tp / max(1, sum(gold.values())))
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    assert 2 * p * r / (p + r) >= BODY_F1_FLOOR


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower().replace("’", "'")).split())


def test_clean_plain_text_removes_dev_boilerplate_and_keeps_quoted_content(shared_dir: Path) -> None:
    files = sorted((shared_dir / "corpus" / "dev").glob("*.json"))
    if not files:
        pytest.skip("the dev corpus is not present")
    removed = total = kept = claims = 0
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = _norm(clean_plain_text(doc["text"]).text)
        for leftover in doc["gold"].get("boilerplate") or []:
            if len(_norm(leftover)) >= 4:
                total += 1
                removed += _norm(leftover) not in text
        for attribution in doc["gold"].get("attributions") or []:
            claims += 1
            kept += _norm(attribution["content"]) in text
    assert removed / total >= 0.9
    assert kept / claims >= 0.99
