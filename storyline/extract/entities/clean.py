"""Clean the character range of a named-entity mention, and find headline-style lines.

spaCy's spans carry leading articles, possessives, trailing punctuation, line breaks from
flattened HTML and words glued on by a lost space ("theUnited Nations"); and its small model
tags title-case headlines ("Asim Munir Faces Defining Moment") as one long organisation.
"""
from __future__ import annotations

import re

from storyline.extract.entities.lists import is_name_list, is_post_signature
from storyline.lexicon.en.entities import MINOR_WORDS

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# The owner's clitic left at a span's start: "group’s Haqqani network" tagged as "’s Haqqani".
_LEADING_CLITIC = re.compile(r"^['’ʼ]s\s+")
_GLUED_PREFIX = re.compile(r"^[a-z]{2,}(?=[A-Z])")  # "theUnited Nations": a space lost in extraction
_POSSESSIVE = re.compile(r"(?:['’ʼ]s|s['’ʼ]|['’ʼ])$")
_TRAILING = re.compile(r"[\s,;:!?()\[\]{}\"“”'‘’/|–—-]+$")
_LEADING_PUNCT = re.compile(r"^[\s,;:!?()\[\]{}\"“”'‘’/|–—-]+")
# A clause word the model glued onto a name's end: "the Associated Press that Marrow ...".
# (?<!\s): a match is tried once per run of spaces, not from each of its spaces (quadratic)
_TRAILING_CLAUSE_WORD = re.compile(r"(?<!\s)\s+(?:that|who|which|whom|whose|and|or|but|when|where|while|if)$")
_PIECES = re.compile(r"[^\n/|]+")  # a mention never spans a line break or a photo-credit slash
# A line is a headline when it has at least this many major words and all but this share of them
# are capitalised: checked against news headlines (5+ words, at most one lower-case slip).
HEADLINE_MIN_WORDS = 3
HEADLINE_CAPITALISED_SHARE = 0.8


def clean_range(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cleaned character ranges inside text[start:end] (several when it spans a line break)."""
    out: list[tuple[int, int]] = []
    for piece in _PIECES.finditer(text[start:end]):
        s, e = start + piece.start(), start + piece.end()
        s, e = _strip(text, s, e)
        if e - s >= 2 and any(ch.isupper() for ch in text[s:e]):
            out.append((s, e))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    open_paren = text.find("(", s, e)
    if open_paren > s and text.find(")", open_paren, e) < 0:
        e = open_paren  # "World Health Organization (WHO": the acronym is its own mention
    for _ in range(3):  # leading punctuation, then an article, then a glued word
        m = _LEADING_CLITIC.match(text[s:e]) or _LEADING_PUNCT.match(text[s:e]) or _LEADING.match(text[s:e]) \
            or _GLUED_PREFIX.match(text[s:e])
        if not m:
            break
        s += m.end()
    m = _TRAILING.search(text[s:e])
    if m:
        e -= len(m.group(0))
    m = _POSSESSIVE.search(text[s:e])
    if m and e - s - len(m.group(0)) >= 2:
        e -= len(m.group(0)) if not m.group(0).startswith("s") else len(m.group(0)) - 1
    m = _TRAILING.search(text[s:e])
    if m:
        e -= len(m.group(0))
    m = _TRAILING_CLAUSE_WORD.search(text[s:e])
    if m:
        e -= len(m.group(0))
    return s, e


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines written in title case or capitals (headlines, section heads)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        words = re.findall(r"[A-Za-z][\w’'-]*", line.group(0))
        major = [w for w in words if w.lower() not in MINOR_WORDS]
        if len(major) < HEADLINE_MIN_WORDS or line.group(0).rstrip().endswith((".", "?\"", ".”")) \
                or is_name_list(line.group(0)) or is_post_signature(line.group(0)):
            continue
        capitalised = sum(1 for w in major if w[0].isupper())
        if capitalised >= HEADLINE_CAPITALISED_SHARE * len(major):
            out.append((line.start(), line.end()))
    return out


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)
