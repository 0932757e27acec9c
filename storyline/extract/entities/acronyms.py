"""Acronyms and the names they spell, when the text writes both but the model tags only one.

News introduces a body by its full name and then uses its initials, often without brackets:
"Customs and Border Protection ... CBP custody", "the World Health Organization ... says WHO".
The model misses one side now and then (it reads "WHO" as the pronoun, or cuts "Customs and
Border Protection" after "Customs"). Within one article, an all-capital word that spells the
initials of exactly one name written there is that name's acronym, and the other way round.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found
from storyline.extract.entities.join import initials_of
from storyline.lexicon.en.entities import ROLE_NOUNS, SKIPPED_IN_INITIALS

# An all-capital word of two to six letters, with "&" or dots inside ("PG&E", "U.N."): organisation
# acronyms in news run to six letters ("UNESCO"); longer capitals are names set in capitals.
_ACRONYM = re.compile(r"(?<![\w&.-])([A-Z](?:[A-Z]|&|\.(?=[A-Z])){1,7})\.?(?![\w&-])")
# Title-case runs that may spell an acronym are capitalised words joined by these, read word by
# word (a regex for the run backtracks quadratically on a long run of capitals).
_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "&"})
_WORD = re.compile(r"\S+")
_BREAKS = ",;:!?)\"”"
_LETTERS_MIN, _LETTERS_MAX = 2, 6
# Legal forms that close a company's name, with or without a comma before them.
_LEGAL_FORM = re.compile(r",?\s(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|plc|Limited|GmbH)\b\.?")
_ROLE_OF = re.compile(r"^([A-Z][\w-]*)\s+of\s+(?:the\s+)?([A-Z].*)$")
# "Title Case Name (ABBR)": a definition in brackets right after the name.
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z&.]{1,7})\)")
# How far before a bracketed acronym its name may start: the longest official names run to about
# a dozen words.
_DEFINITION_REACH = 160
_SPELLED_LABELS = ("ORG", "GPE", "LOC", "FAC", "EVENT", "LAW")


def letters_of(acronym: str) -> str:
    return "".join(ch for ch in acronym if ch.isalpha())


def spelled_acronyms(text: str, found: list[Found]) -> list[Found]:
    """Uses of an acronym the model missed, and full names the model missed or cut, for the
    acronym/name pairs of this article. Returns the list with the new mentions and without the
    cut pieces that a recovered full name covers."""
    full = _full_names(found)
    taken = [(f.start, f.end) for f in found]
    added: list[Found] = []
    for m in _ACRONYM.finditer(text):
        letters = letters_of(m.group(1))
        if not _LETTERS_MIN <= len(letters) <= _LETTERS_MAX or _in_capitals(text, m.start(), m.end()):
            continue
        target = full.get(letters)
        if target is not None and not any(a < m.end(1) and m.start(1) < b for a, b in taken):
            added.append(Found(start=m.start(1), end=m.end(1), name=m.group(1), label=target.label))
            taken.append((m.start(1), m.end(1)))
    out = found + added
    recovered = _recovered_names(text, out, full)
    recovered += _defined_names(text, out + recovered)
    return [f for f in out if not any(g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start
                                      for g in recovered)] + recovered


def _full_names(found: list[Found]) -> dict[str, Found]:
    """Initials -> the one multi-word name of the article they spell (ambiguous initials dropped)."""
    by_initials: dict[str, set[str]] = {}
    first: dict[str, Found] = {}
    for f in found:
        if f.label not in _SPELLED_LABELS or " " not in f.name.strip():
            continue
        letters = initials_of(f.name)
        if _LETTERS_MIN <= len(letters) <= _LETTERS_MAX:
            by_initials.setdefault(letters, set()).add(f.name.lower())
            first.setdefault(letters, f)
    return {k: first[k] for k, names in by_initials.items() if len(names) == 1}


def _recovered_names(text: str, found: list[Found], full: dict[str, Found]) -> list[Found]:
    """'Customs and Border Protection' for a tagged CBP when the model kept only 'Customs'."""
    acronyms = {letters_of(f.name): f for f in found
                if f.name.isupper() and " " not in f.name and f.label in _SPELLED_LABELS}
    wanted = {k: f for k, f in acronyms.items() if k not in full and _LETTERS_MIN < len(k) <= _LETTERS_MAX}
    if not wanted:
        return []
    out: list[Found] = []
    for run_start, run_end in _title_runs(text, 0, len(text)):
        words = list(_WORD.finditer(text, run_start, run_end))
        for n in range(len(words)):  # the longest tail of the run whose initials spell an acronym
            start = words[n].start()
            phrase = text[start:run_end]
            letters = initials_of(phrase)
            if letters in wanted and words[n].group(0).lower() not in SKIPPED_IN_INITIALS and " " in phrase:
                if not any(f.start <= start and run_end <= f.end for f in found + out):
                    out.append(Found(start=start, end=run_end, name=phrase, label=wanted[letters].label))
                break
    return out


def with_legal_forms(text: str, found: list[Found]) -> list[Found]:
    """A company's legal form belongs to its name ("Tyvak Nano-Satellite Systems, Inc."): the model
    often stops before it. The form is kept in the mention; matching keys drop the comma."""
    out = []
    for f in found:
        m = _LEGAL_FORM.match(text, f.end) if f.label == "ORG" and text[f.start:f.end] == f.name else None
        if m is None:
            out.append(f)
            continue
        name = f.name + m.group(0).replace(",", "")
        out.append(Found(start=f.start, end=m.end(), name=name, label=f.label, roles=f.roles, cue=f.cue))
    return out


def split_role_of(text: str, found: list[Found]) -> list[Found]:
    """'Founder of Ceres Robotics Inc.' tagged as one organisation: the role is a person's, the
    organisation is what follows 'of'."""
    out = []
    for f in found:
        m = _ROLE_OF.match(f.name) if f.label == "ORG" and text[f.start:f.end] == f.name else None
        if m is not None and m.group(1).lower() in ROLE_NOUNS:
            out.append(Found(start=f.start + m.start(2), end=f.end, name=m.group(2), label="ORG", cue=f.cue))
        else:
            out.append(f)
    return out


def _defined_names(text: str, found: list[Found]) -> list[Found]:
    """'The New York State Attorney General (NYAG)': a title-case name the text defines an acronym
    for is a name, when the acronym's letters run through its initials in order."""
    out: list[Found] = []
    for m in _BRACKETED.finditer(text):
        before = text[max(0, m.start() - _DEFINITION_REACH):m.start()]
        if not before[-1:].isspace():
            continue
        runs = list(_title_runs(text, m.start() - len(before), m.start()))
        if not runs or text[runs[-1][1]:m.start()].strip():
            continue
        start, end = runs[-1]
        lead = re.match(r"(?:The|A|An)\s+", text[start:end])
        start += lead.end() if lead else 0
        name, letters = text[start:end], letters_of(m.group(1))
        if " " not in name or not _spells(letters, initials_of(name)) or \
                any(f.start <= start and end <= f.end for f in found + out):
            continue
        out.append(Found(start=start, end=end, name=name, label="ORG"))
    return out


def _title_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words and joiners in text[lo:hi], word by word: a run
    opens at a capitalised word, closes after its last capitalised word, and breaks at a comma,
    colon or closing mark."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    for w in _WORD.finditer(text, lo, hi):
        word = w.group(0)
        capital = word[:1].isupper()
        joiner = word.lower() in _JOINERS
        if start != -1 and not (capital or joiner):
            runs.append((start, end))
            start = -1
        if capital:
            start = w.start() if start == -1 else start
            end = w.start() + len(word.rstrip(_BREAKS + ".’'"))
        if start != -1 and word[-1:] in _BREAKS:
            runs.append((start, end))
            start = -1
    if start != -1:
        runs.append((start, end))
    return [(s, e) for s, e in runs if e > s]


def _spells(letters: str, initials: str) -> bool:
    """'NYAG' runs through 'NYSAG' in order, starting and ending with the same letters."""
    if len(letters) < _LETTERS_MIN or not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(initials)
    return all(ch in rest for ch in letters)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """A word inside a line set in capitals ("WHO WILL PAY?") is layout, not an acronym."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) > 12 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
