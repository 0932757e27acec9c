"""Which lines of a pasted page are the article: boosted trees over `line_features`, then a
logistic regression over the trees' scores of each line and its neighbours.

The trees score each line from its own form and place; the regression rescores it from the trees'

scores of its neighbours, since article lines come in runs and a short line between two paragraphs
(a subheading, a one-line quote) belongs to them. The weights are trained on the pasted-pages set
by `scripts/train_line_classifier.py` and shipped as `line_model.json`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from storyline.clean.line_features import densest_run, line_features, word_counts

WEIGHTS = Path(__file__).with_name("line_model.json")
_SMOOTH = 2  # lines either side whose first-stage scores the second stage sees

SECOND_NAMES = ("bias", "logit", "prev_logit", "next_logit", "prev2_logit", "next2_logit", "window_mean",
                "window_max_before", "window_max_after", "in_scored_run", "log_dist_scored_run")


# Kept lines further apart than this many dropped lines start a new cluster, and a cluster with
# less than this share of the largest one's words is dropped (comments, teaser lists): the values
# that did best on the pasted-pages set among gaps 3-20 and shares 0.1-1.
CLUSTER_GAP = 3
CLUSTER_SHARE = 0.3
# A comments section ends the article: everything below a header such as "34 Comments", "Leave a
# Reply" or "View Comments" is readers' text or the site's, even when it reads like prose. The
# header counts once this share of the kept words lies above it, since a "Comment" button or a
# comment count also sits at the top of many pages, by the byline. On the pasted-pages set 0.1
# did best among 0.1-0.8 (0.3 and 0.5 let two comment threads through); none of them cost recall.
COMMENTS_AFTER_SHARE = 0.1
_COMMENTS_HEADER = re.compile(
    r"^\W*(?:\d+\s+comments?\b|comments?\s*\(\d+\)|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment"
    r"|join\s+the\s+(?:discussion|conversation)|\d+\s+(?:responses?|replies|thoughts)\s+(?:to|on)\b"
    r"|comments?\s+(?:are|is)\s+closed|(?:show|view|add\s+your|add\s+a)\s+comments?|comments?\W*$)", re.IGNORECASE)
DEPTH = 3  # every tree is a full binary tree of this depth


@dataclass(frozen=True)
class Trees:
    """Boosted trees as arrays: per tree, the feature and threshold of each inner node (breadth
    first; a row goes right when its value is above the threshold) and the value of each leaf."""

    base: float
    features: np.ndarray  # (trees, 2**DEPTH - 1) ints
    thresholds: np.ndarray  # (trees, 2**DEPTH - 1)
    leaves: np.ndarray  # (trees, 2**DEPTH)

    def predict(self, x: np.ndarray) -> np.ndarray:
        # All trees walk at once, one (rows, trees) array per level: a loop over the trees cost
        # a tenth of the cleaning time of a pasted page.
        trees = np.arange(len(self.features))
        rows = np.arange(len(x))[:, None]
        node = np.zeros((len(x), len(trees)), dtype=int)
        for _ in range(DEPTH):
            node = 2 * node + 1 + (x[rows, self.features[trees, node]] > self.thresholds[trees, node])
        return self.base + self.leaves[trees, node - (2 ** DEPTH - 1)].sum(axis=1)


@dataclass(frozen=True)
class LineModel:
    trees: Trees
    second: np.ndarray
    threshold: float


@lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS)) -> LineModel:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    trees = Trees(float(data["base"]), np.array(data["tree_features"], dtype=int),
                  np.array([[np.inf if t is None else t for t in row] for row in data["tree_thresholds"]]),
                  np.array(data["tree_leaves"]))
    return LineModel(trees, np.array(data["second"]), float(data["threshold"]))


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def second_features(logits: np.ndarray, words: np.ndarray) -> np.ndarray:
    """The second stage's inputs: a line's first-stage logit, its neighbours', and its place relative
    to the run of lines the first stage scores highest (likely lines for, unlikely against, by words)."""
    n = len(logits)
    start, end = densest_run((sigmoid(logits) - 0.5) * np.maximum(words, 1.0))
    idx = np.arange(n)
    in_run = ((idx >= start) & (idx <= end)).astype(float)
    dist = np.log1p(np.maximum(start - idx, 0) + np.maximum(idx - end, 0))
    pad = np.pad(logits, _SMOOTH, constant_values=-4.0)  # beyond the page: certainly not article
    prev1, next1 = pad[_SMOOTH - 1:_SMOOTH - 1 + n], pad[_SMOOTH + 1:_SMOOTH + 1 + n]
    prev2, next2 = pad[:n], pad[2 * _SMOOTH:2 * _SMOOTH + n]
    probs = sigmoid(pad)
    window = np.convolve(probs, np.ones(2 * _SMOOTH + 1) / (2 * _SMOOTH + 1), mode="valid")
    before = np.maximum(probs[_SMOOTH - 1:_SMOOTH - 1 + n], probs[:n])
    after = np.maximum(probs[_SMOOTH + 1:_SMOOTH + 1 + n], probs[2 * _SMOOTH:2 * _SMOOTH + n])
    return np.column_stack([np.ones(n), logits, prev1, next1, prev2, next2, window, before, after, in_run, dist])


def score_lines(lines: list[str], model: LineModel | None = None, lang: str | None = None) -> np.ndarray:
    """The probability that each (non-empty, stripped) line belongs to the article."""
    if not lines:
        return np.zeros(0)
    model = model or load_model()
    return score_features(line_features(lines, lang), model)


def score_features(features: np.ndarray, model: LineModel) -> np.ndarray:
    return sigmoid(second_features(model.trees.predict(features), word_counts(features)) @ model.second)


def decide_lines(lines: list[str], probs: np.ndarray, threshold: float) -> np.ndarray:
    """Which lines are kept: the probable article lines, in the clusters that hold the article."""
    words = np.array([len(line.split()) for line in lines], dtype=float)
    return cut_at_comments(lines, keep_main_cluster(probs >= threshold, words, CLUSTER_GAP, CLUSTER_SHARE), words)


def cut_at_comments(lines: list[str], keep: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Keep nothing below the first comments header past COMMENTS_AFTER_SHARE of the kept words."""
    total = float(words[keep].sum())
    seen = 0.0
    for i, line in enumerate(lines):
        seen += words[i] if keep[i] else 0.0
        if total and seen >= COMMENTS_AFTER_SHARE * total and _COMMENTS_HEADER.match(line):
            out = keep.copy()
            out[i:] = False
            return out
    return keep


def article_mask(lines: list[str], model: LineModel | None = None, lang: str | None = None) -> list[bool]:
    model = model or load_model()
    return decide_lines(lines, score_lines(lines, model, lang), model.threshold).tolist()


def keep_main_cluster(keep: np.ndarray, words: np.ndarray, gap: int, share: float) -> np.ndarray:
    """Kept lines only in clusters (kept lines at most `gap` dropped lines apart) holding at least
    `share` of the words of the largest cluster: comments and teaser lists far from the article go."""
    idx = np.flatnonzero(keep)
    if len(idx) == 0:
        return keep
    clusters: list[list[int]] = [[int(idx[0])]]
    for i in idx[1:].tolist():
        if i - clusters[-1][-1] - 1 > gap:
            clusters.append([])
        clusters[-1].append(i)
    sizes = [float(words[c].sum()) for c in clusters]
    top = max(sizes)
    out = np.zeros_like(keep)
    for c, size in zip(clusters, sizes, strict=True):
        if size >= share * top:
            out[c] = True
    return out
