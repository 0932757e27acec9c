"""Gradient-boosted trees for logistic loss, in numpy: small, deterministic, and shaped for
`storyline.clean.line_model.Trees` (full trees of a fixed depth, split on quantile bins)."""
from __future__ import annotations

import numpy as np

from storyline.clean.line_model import DEPTH, Trees

BINS = 32  # candidate thresholds per feature: its 1/32 quantiles
LAMBDA = 1.0  # L2 penalty on leaf values, as in XGBoost's default
MIN_HESSIAN = 5.0  # a split leaves at least this much hessian (about 20 uncertain lines) each side


def fit_trees(x: np.ndarray, y: np.ndarray, rounds: int, rate: float, min_hessian: float = MIN_HESSIAN) -> Trees:
    edges = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1])) for j in range(x.shape[1])]
    binned = np.column_stack([np.searchsorted(e, x[:, j], side="left") for j, e in enumerate(edges)])
    prior = float(np.clip(y.mean(), 1e-6, 1 - 1e-6))
    base = float(np.log(prior / (1 - prior)))
    score = np.full(len(y), base)
    feats, thrs, leaves = [], [], []
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-score))
        feat, thr, leaf, node = _fit_tree(binned, edges, p - y, p * (1 - p), rate, min_hessian)
        feats.append(feat)
        thrs.append(thr)
        leaves.append(leaf)
        score += leaf[node]
    return Trees(base, np.array(feats), np.array(thrs), np.array(leaves))


def _fit_tree(binned: np.ndarray, edges: list[np.ndarray], g: np.ndarray, h: np.ndarray,
              rate: float, min_hessian: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    inner = 2 ** DEPTH - 1
    feat = np.zeros(inner, dtype=int)
    thr = np.full(inner, np.inf)
    node = np.zeros(len(g), dtype=int)
    for level in range(DEPTH):
        right = np.zeros(len(g), dtype=bool)
        for k in range(2 ** level - 1, 2 ** (level + 1) - 1):
            rows = node == k
            feat[k], thr[k], cut = _best_split(binned[rows], edges, g[rows], h[rows], min_hessian)
            if cut is not None:
                right[rows] = binned[rows, feat[k]] > cut
        node = 2 * node + 1 + right
    leaf_of = node - inner
    grad = np.bincount(leaf_of, weights=g, minlength=2 ** DEPTH)
    hess = np.bincount(leaf_of, weights=h, minlength=2 ** DEPTH)
    return feat, thr, -rate * grad / (hess + LAMBDA), leaf_of


def _best_split(binned: np.ndarray, edges: list[np.ndarray], g: np.ndarray,
                h: np.ndarray, min_hessian: float) -> tuple[int, float, int | None]:
    total_g, total_h = g.sum(), h.sum()
    best: tuple[float, int, float, int | None] = (0.0, 0, np.inf, None)
    if total_h < 2 * min_hessian:
        return 0, np.inf, None
    parent = total_g ** 2 / (total_h + LAMBDA)
    for j, e in enumerate(edges):
        if len(e) == 0:
            continue
        left_g = np.bincount(binned[:, j], weights=g, minlength=len(e) + 1).cumsum()[:-1]
        left_h = np.bincount(binned[:, j], weights=h, minlength=len(e) + 1).cumsum()[:-1]
        gain = left_g ** 2 / (left_h + LAMBDA) + (total_g - left_g) ** 2 / (total_h - left_h + LAMBDA) - parent
        gain[(left_h < min_hessian) | (total_h - left_h < min_hessian)] = -1.0
        b = int(np.argmax(gain))
        if gain[b] > best[0]:
            best = (float(gain[b]), j, float(e[b]), b)
    return best[1], best[2], best[3]
