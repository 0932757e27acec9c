"""Bylines: who wrote a story. Wire feeds, desks and "our correspondent" are not authors."""
from __future__ import annotations

import re

# Wire services and news agencies name the feed, not a person, in the author slot.
WIRE_NAMES = {"reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
              "app", "pti", "ani", "ians", "uni", "anadolu", "anadolu agency", "aa", "xinhua", "dpa", "bernama",
              "wam", "spa", "apa", "efe", "kyodo", "yonhap", "tass", "ria novosti", "irna", "qna", "bloomberg"}
# Words that make a byline part a desk or a role rather than a person's name.
_NOT_A_PERSON = {"staff", "desk", "agencies", "agency", "correspondent", "correspondents", "bureau", "reporter",
                 "reporters", "team", "news", "editor", "editors", "editorial", "online", "service", "wire",
                 "writer", "writers", "contributor", "monitoring", "report", "web", "digital", "our", "special"}
_BYLINE = re.compile(r"^(?:by|written by|reported by|story by|words by)\s*:?\s+(?P<names>[A-Z][^.!?]{1,100})$",
                     re.IGNORECASE)
# Spaces before a separator are taken only from where their run starts, not again from each
# space of it (that was quadratic on a long run); inside a run only an empty \s* is tried.
_SPLIT = re.compile(r"(?:(?<!\s)\s*|(?<=\s))(?:;|,|\band\b|&|\||\bwith\b)\s*")
# (?<!\s): tried once per run of spaces, not from each of its spaces (quadratic on a long run)
_AFTER_NAMES = re.compile(r"(?<!\s)\s+[|—–-]\s+|(?<!\s)\s+\d|(?<!\s)\s*\|")
_MAX_BYLINE_WORDS = 14  # "By A B, C D and E F, Valdoria Times" is about the longest real byline
_MAX_NAME_WORDS = 4
# "Jane Roe\n4 Min Read": the author's name sits on the line above the reading time.
READING_TIME = re.compile(r"^\d+\s+min(ute)?s?\s+read$", re.IGNORECASE)


def byline_names(line: str) -> tuple[str, ...] | None:
    """The authors a byline line names (possibly none, as in "By Staff, Agencies"), or None if it is no byline."""
    m = _BYLINE.match(line)
    if not m or len(line.split()) > _MAX_BYLINE_WORDS:
        return None
    # "By Jana Velk — November 18, 2031", "By Jana Velk | Updated 10:07": the names end at the dash or bar
    return split_authors(_AFTER_NAMES.split(m.group("names"), maxsplit=1)[0])


def split_authors(raw: str | None) -> tuple[str, ...]:
    """Person names from an author field or byline, without wire feeds and desks."""
    if not raw:
        return ()
    parts = (p.strip(" .:-–—") for p in _SPLIT.split(raw))
    return tuple(p for p in parts if is_person_name(p))


def is_person_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or text.lower() in WIRE_NAMES:
        return False
    if any(w.lower().strip(".") in _NOT_A_PERSON for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in ("de", "van", "von", "al", "bin", "el", "da", "di") for w in words)


def looks_like_name_line(line: str) -> bool:
    words = line.split()
    return 1 < len(words) <= _MAX_NAME_WORDS and is_person_name(line)
