"""Mentions the model misses or cuts wrongly, found by rules that hold for any news text.

- a lower-case phrase an acronym is defined for: "an international monitoring mission (IMM)";
- a personal name cut before its family name, when that family name names a person elsewhere
  ("General Ilse Marrow Monday said ... Marrow said": the model took "Marrow Monday" as a date);
- the opening dateline of an article even when the place is not in the gazetteer ("BRANDHAVEN:");
- an acronym in brackets after a name ("the Meridian Guard [MG]") the model does not tag, wherever
  it is written;
- a numbered resolution with the body that adopted it ("Meridian Council Resolution 2803") as a
  LAW, the body staying an organisation of its own;
- "Estmark's Valdorian" tagged as one organisation: an owner and a nationality word.
"""
from __future__ import annotations

import re

from storyline.clean.bylines import WIRE_NAMES
from storyline.extract.entities.group import Found
from storyline.lexicon.en.entities import LAYOUT_LABELS
from storyline.lexicon.gazetteer import demonym_of

# "a lower case phrase (ABC)": up to eight words before an acronym in brackets.
# Starts only where a word starts: tried inside a long word it would rescan the word from each letter.
_LOWER_DEFINITION = re.compile(r"(?<![a-z-])((?:[a-z][a-z-]*\s+){1,8})\(([A-Z]{2,6})\)")
_MINOR = frozenset({"of", "for", "and", "the", "on", "in", "to"})
_NUMBERED_RESOLUTION = re.compile(r"(?<![\w-])Resolution (?:No\. ?)?\d{1,5}(?![\w-])")
_BRACKETED_ACRONYM = re.compile(r"\s*[(\[]([A-Z]{2,6})[)\]]")
# The first line-opening words in capitals before a colon, an agency in brackets or a dash.
_OPENING_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+)?)(?=\s*(?::|\(|[—–-]\s))", re.MULTILINE)
# A dateline opens the body: it stands within the first lines (headline, standfirst, byline).
DATELINE_LINES = 3
_OWNER_NORP = re.compile(r"^(.+?)['’ʼ]s\s+(\S+)$")
_REPORTER_OF = re.compile(r"^(\S+) of (?:the )?(\S.*)$")


def lowercase_definitions(text: str, found: list[Found]) -> list[Found]:
    """The lower-case phrase whose initials spell the bracketed acronym after it, as an organisation."""
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in _LOWER_DEFINITION.finditer(text):
        abbr = m.group(2)
        words = list(re.finditer(r"[a-z][a-z-]*", m.group(1)))
        for n in range(len(words)):  # the shortest tail of the phrase whose initials are the acronym
            tail = [w for w in words[len(words) - 1 - n:]]
            initials = "".join(w.group(0)[0] for w in tail if w.group(0) not in _MINOR).upper()
            if initials == abbr and tail[0].group(0) not in _MINOR:
                s, e = m.start(1) + tail[0].start(), m.start(1) + tail[-1].end()
                if not any(a < e and s < b for a, b in taken):
                    out.append(Found(start=s, end=e, name=text[s:e].title().replace(" Of ", " of ")
                                     .replace(" And ", " and ").replace(" For ", " for "), label="ORG"))
                break
            if len(initials) >= len(abbr):
                break
    return out


def defined_acronyms(text: str, found: list[Found]) -> list[Found]:
    """Every use of an acronym bracketed after a name, when the model tagged none of them."""
    taken = [(f.start, f.end) for f in found]
    tagged = {f.name for f in found}
    out: list[Found] = []
    for f in found:
        m = _BRACKETED_ACRONYM.match(text, f.end)
        if not m or m.group(1) in tagged or m.group(1).lower() in WIRE_NAMES \
                or f.label not in ("ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"):
            continue
        tagged.add(m.group(1))
        for use in re.finditer(r"(?<![\w-])" + m.group(1) + r"(?![\w-])", text):
            if not any(a < use.end() and use.start() < b for a, b in taken):
                out.append(Found(start=use.start(), end=use.end(), name=m.group(1), label=f.label))
    return out


def numbered_resolutions(text: str, found: list[Found]) -> list[Found]:
    """"Resolution 2803" as a LAW, with the organisation written just before it as part of its name."""
    ends = {f.end: f for f in found if f.label == "ORG"}
    out = []
    for m in _NUMBERED_RESOLUTION.finditer(text):
        body = ends.get(m.start() - 1) if text[m.start() - 1:m.start()] == " " else None
        start = body.start if body else m.start()
        if not any(f.start < m.end() and m.start() < f.end and f.label != "ORG" for f in found):
            out.append(Found(start=start, end=m.end(), name=text[start:m.end()], label="LAW"))
    return out


def extend_with_family_names(text: str, found: list[Found]) -> list[Found]:
    """A personal name directly followed by a word that names a person alone elsewhere in the article
    is longer than the model thought: "Ahmed Karim" + "Haddad" when "Haddad said" follows."""
    alone = {f.name for f in found if f.label == "PERSON" and " " not in f.name}
    out = []
    for f in found:
        m = re.match(r" ([A-Z][\w’'-]+)", text[f.end:f.end + 40])
        if f.label == "PERSON" and " " in f.name and m and m.group(1) in alone and m.group(1) not in f.name.split():
            end = f.end + m.end()
            out.append(Found(start=f.start, end=end, name=f.name + " " + m.group(1), label="PERSON", roles=f.roles))
        else:
            out.append(f)
    return out


def refind_names(text: str, found: list[Found]) -> list[Found]:
    """Further occurrences of a name of two or more words the model tagged elsewhere but missed here
    (a long proper name rarely means anything else)."""
    taken = [(f.start, f.end) for f in found]
    names = sorted({f.name: f.label for f in found if " " in f.name and f.name[:1].isupper()}.items(),
                   key=lambda kv: -len(kv[0]))
    out = []
    for name, label in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                out.append(Found(start=m.start(), end=m.end(), name=name, label=label))
    return out


def opening_dateline(text: str, found: list[Found]) -> list[Found]:
    """The article's first dateline, a place even when the gazetteer does not know it."""
    m = _OPENING_DATELINE.search(text, 0, _opening_end(text))
    if not m or any(w.lower() in LAYOUT_LABELS for w in m.group(1).split()):
        return []
    if any(f.start < m.end(1) and m.start(1) < f.end for f in found):
        return []
    return [Found(start=m.start(1), end=m.end(1), name=m.group(1), label="GPE", dateline=True)]


def _opening_end(text: str) -> int:
    """End of the article's first lines, where a dateline can stand (after a headline and a byline)."""
    end = 0
    for _ in range(DATELINE_LINES):
        nl = text.find("\n", end + 1)
        if nl < 0:
            return len(text)
        while nl + 1 < len(text) and text[nl + 1] == "\n":
            nl += 1
        end = nl
    return end + 200  # the line that follows, long enough to hold "CITY, Month 2 (Agency):"


def split_owner_nationality(text: str, found: list[Found]) -> list[Found]:
    """"Kyiv's European" (allies) is a place and a nationality word, not one organisation; "Meridian
    Radio's Marrow" and "Marrow of the Times" are an outlet and its reporter, when Marrow is a
    person the text names in full."""
    family = {f.name.split()[-1] for f in found if f.label == "PERSON" and " " in f.name}
    out = []
    for f in found:
        m = _OWNER_NORP.match(f.name)
        if f.label in ("ORG", "PERSON") and m and text[f.start:f.end] == f.name and \
                (demonym_of(m.group(2)) or m.group(2) in family and m.group(2) not in m.group(1)):
            owner_end = f.start + len(m.group(1))
            second_start = f.end - len(m.group(2))
            second = "NORP" if demonym_of(m.group(2)) else "PERSON"
            out.append(Found(start=f.start, end=owner_end, name=m.group(1), label="ORG", roles=f.roles))
            out.append(Found(start=second_start, end=f.end, name=m.group(2), label=second))
        elif f.label in ("ORG", "PERSON") and (r := _REPORTER_OF.match(f.name)) and r.group(1) in family and \
                text[f.start:f.end] == f.name:
            # "Wee of the Times": a person named in full elsewhere, and the body she belongs to
            out.append(Found(start=f.start, end=f.start + len(r.group(1)), name=r.group(1), label="PERSON"))
            out.append(Found(start=f.end - len(r.group(2)), end=f.end, name=r.group(2), label="ORG"))
        else:
            out.append(f)
    return out
