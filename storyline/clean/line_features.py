"""Evidence about each line of a pasted page, as numbers a line classifier can weigh.

Each line is described by its own form (length, sentence punctuation, stop words of the page's
language, capitals, link-like tokens, repetition on the page, whether a leftover rule names it)
and by its place: where it sits relative to the densest run of prose on the page, and what its
neighbours look like. Article text comes in runs of long, punctuated, stop-word-rich lines;
menus, share bars and teaser lists come in runs of short capitalised ones.
"""
from __future__ import annotations

import importlib
import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import py3langid

from storyline.clean.leftovers import leftover_kind

_WORD = re.compile(r"\w+", re.UNICODE)
_LINK_LIKE = re.compile(r"https?://|www\.|\.(?:com|org|net|co|uk|in|pk)\b|^[@#]\w|/\w", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’)\]]*$")
_SEPARATORS = re.compile(r"[|•›»·]")
# A line is prose when it has this many words, a sentence end and this share of stop words:
# the shortest article paragraphs in the pasted-pages set are one sentence of a dozen words,
# and English prose runs at 35-55% stop words, menus under 10%.
_PROSE_WORDS = 10
_PROSE_STOP_SHARE = 0.2
# Lines without spaces (Chinese, Japanese) count characters as words at this rate.
_CHARS_PER_WORD = 2.5
# Prose lines with at most this many other lines between them make one block.
_BLOCK_GAP = 1
_TIME_LIKE = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d\b|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:says|said|wrote|writes|replied)\s*:?$", re.IGNORECASE)
_GLUED = re.compile(r"[a-z][A-Z][a-z]|[a-z][.?!][A-Z][a-z]")
# How many lines either side the context window spans.
_WINDOW = 3

NAMES = ("bias", "log_words", "log_chars", "ends_sentence", "sentences_per_word", "stop_share", "cap_share",
         "digit_share", "link_share", "separators", "all_caps", "log_repeats", "leftover", "position",
         "in_run", "log_dist_before", "log_dist_after", "short", "long", "prose",
         "prev_log_words", "prev_prose", "next_log_words", "next_prose", "window_prose", "window_log_words",
         "stop_x_words", "run_x_prose", "in_top_block", "block_share", "time_like", "says_like",
         "glued_case", "lead_caps")


@lru_cache(maxsize=64)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop list for a language (English when spaCy has none)."""
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        module = importlib.import_module("spacy.lang.en.stop_words")
    return frozenset(w.lower() for w in module.STOP_WORDS)


def page_language(lines: list[str]) -> str:
    text = " ".join(sorted(lines, key=len, reverse=True)[:20])[:5000]
    if len(text) < 40:
        return "en"
    lang, _ = py3langid.classify(text)
    return str(lang)


def line_features(lines: list[str], lang: str | None = None) -> np.ndarray:
    """A (len(lines), len(NAMES)) matrix for the non-empty, stripped lines of one page."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(NAMES)))
    stops = stop_words(lang or page_language(lines))
    counts = Counter(lines)
    own = np.array([_own_features(s, stops, counts[s]) for s in lines], dtype=float)
    own, extra = own[:, :12], own[:, 12:]
    log_words, ends, stop_share = own[:, 0], own[:, 2], own[:, 4]
    words = np.expm1(log_words)
    prose = ((words >= _PROSE_WORDS) & (ends > 0) & (stop_share >= _PROSE_STOP_SHARE)).astype(float)
    start, end = densest_run(np.where(prose > 0, words, -np.maximum(words, 1.0)))
    idx = np.arange(n)
    in_run = ((idx >= start) & (idx <= end)).astype(float)
    dist_before = np.log1p(np.maximum(start - idx, 0))
    dist_after = np.log1p(np.maximum(idx - end, 0))
    position = idx / max(n - 1, 1)
    prev_lw, next_lw = np.roll(log_words, 1), np.roll(log_words, -1)
    prev_p, next_p = np.roll(prose, 1), np.roll(prose, -1)
    prev_lw[0] = next_lw[-1] = prev_p[0] = next_p[-1] = 0.0
    window_prose = _window_mean(prose)
    window_lw = _window_mean(log_words)
    short = (words <= 3).astype(float)
    long = (words >= 25).astype(float)
    in_top, share = prose_blocks(prose, words)
    time_like = np.array([1.0 if _TIME_LIKE.search(s) and len(s.split()) <= 8 else 0.0 for s in lines])
    says_like = np.array([1.0 if _SAYS.search(s) else 0.0 for s in lines])
    columns = [np.ones(n), *own.T, position, in_run, dist_before, dist_after, short, long, prose,
               prev_lw, prev_p, next_lw, next_p, window_prose, window_lw, stop_share * log_words, in_run * prose,
               in_top, share, time_like, says_like, *extra.T]
    return np.column_stack(columns)


def _own_features(line: str, stops: frozenset[str], repeats: int) -> list[float]:
    tokens = _WORD.findall(line)
    words = len(line.split())
    if words <= 2 and len(line) > 12 and not line.isascii():
        words = max(words, int(len(line) / _CHARS_PER_WORD))  # a script written without spaces
    n_tok = max(len(tokens), 1)
    alpha = [t for t in tokens if t[:1].isalpha()]
    caps = sum(t[0].isupper() for t in alpha) / max(len(alpha), 1)
    sentences = len(re.findall(r"[.!?。！？](?:\s|$)", line))
    return [
        math.log1p(words),
        math.log1p(len(line)),
        1.0 if _SENTENCE_END.search(line) else 0.0,
        sentences / max(words, 1),
        sum(t.lower() in stops for t in tokens) / n_tok,
        caps,
        sum(map(str.isdigit, line)) / max(len(line), 1),
        len(_LINK_LIKE.findall(line)) / n_tok,
        1.0 if _SEPARATORS.search(line) else 0.0,
        1.0 if line.isupper() and len(alpha) > 0 else 0.0,
        math.log(repeats),
        1.0 if leftover_kind(line) else 0.0,
        # a teaser copies as its headline glued to its summary: "...Student-AthleteA 24-year-old woman"
        min(len(_GLUED.findall(line)), 3.0),
        sum(t[0].isupper() for t in alpha[:8]) / max(len(alpha[:8]), 1),
    ]


def word_counts(features: np.ndarray) -> np.ndarray:
    """The words of each line, back from a feature matrix."""
    return np.expm1(features[:, NAMES.index("log_words")])


def prose_blocks(prose: np.ndarray, words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per line: whether it lies in the block with the most prose words, and its block's share of those.

    A block is a run of prose lines with at most `_BLOCK_GAP` other lines between neighbours: an
    article's paragraphs follow one another, while comments and teasers come each with its own
    name, time or link lines between them.
    """
    n = len(prose)
    block = np.full(n, -1)
    totals: list[float] = []
    last = -10
    for i in np.flatnonzero(prose).tolist():
        if i - last - 1 > _BLOCK_GAP or not totals:
            totals.append(0.0)
        else:
            block[last + 1:i] = len(totals) - 1
        block[i] = len(totals) - 1
        totals[-1] += float(words[i])
        last = i
    if not totals:
        return np.zeros(n), np.zeros(n)
    top = int(np.argmax(totals))
    share = np.where(block >= 0, np.array(totals)[np.maximum(block, 0)] / max(totals[top], 1.0), 0.0)
    return (block == top).astype(float), share


def densest_run(weights: np.ndarray) -> tuple[int, int]:
    """The span of lines with the greatest summed weight (prose counts for, other lines against)."""
    best, best_span = -math.inf, (0, -1)
    total, start = 0.0, 0
    for i, w in enumerate(weights.tolist()):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _window_mean(values: np.ndarray) -> np.ndarray:
    padded = np.pad(values, _WINDOW)
    kernel = np.ones(2 * _WINDOW + 1) / (2 * _WINDOW + 1)
    return np.convolve(padded, kernel, mode="valid")
