"""Whole sentences around stored spans, and whether a sentence states a fact a briefing can use.

A briefing line must read as a sentence: it starts at a sentence's start and ends at its end,
and it is a statement, not a question, a photo caption, a byline, a page label or a fragment
cut inside a quotation. The tests here are general facts of English news prose, not lists of
particular phrases of particular sites.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# A briefing sentence has at least this many words (shorter ones are labels: "Meth. We're on it.")
# and at most this many (longer ones are run-on captions or several sentences glued by a missing
# full stop; news sentences average 20 to 25 words).
MIN_WORDS = 6
MAX_WORDS = 60
# Abbreviations after which a full stop does not end a sentence ("Gov. Kristi Noem", "U.S. troops").
# Above this share of capitalised words a line is a headline or a label, not a sentence (news
# prose runs at 10-30 %, a name-heavy sentence rarely past half).
TITLE_CASE_SHARE = 0.6
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gov sen rep gen lt col maj capt sgt st jr sr inc corp co ltd no vs etc jan feb mar apr "
    "jun jul aug sep sept oct nov dec mt ft rev hon pres dept univ est approx fig".split())
_END = re.compile(r"[.!?](?:[\"”’')\]]+)?(?=\s|$)")
# Lines a page prints around the news: credits, bylines, calls to act, datelines standing alone.
_FURNITURE = re.compile(
    r"^(?:photo\b|image\b|file photo|credit\b|getty|reuters/|ap photo|source:|read more|related:|"
    r"sign up|subscribe\b|click\b|follow us|share this|advertisement|copyright|©|(?:last )?updated:|published:)",
    re.IGNORECASE)
_CAPTION = re.compile(r"(?:[—–-]\s*(?:[A-Z][\w.&-]*/)?(?:File|Photo|Handout|Reuters|AFP|AP|EPA|Getty Images|ISPR)\b[^.]*|"
                      r"\((?:Photo|Image|Credit)[^)]*\))\s*\.?$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|"
                      r"did|does|do|\w+ed|\w+es|\w+s)\b")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the whole sentence (within its line) holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    s = line_start
    for m in _END.finditer(text, line_start, line_end):
        if m.end() > start:
            break
        if _ends_sentence(text, m.start()):
            s = m.end()
    e = line_end
    for m in _END.finditer(text, max(end - 1, s), line_end):
        if _ends_sentence(text, m.start()):
            e = m.end()
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every sentence of text[start:end], as offsets."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        s, e = sentence_bounds(text, pos, pos + 1)
        if e <= pos:
            e = pos + 1
        out.append((s, e))
        pos = e
    return out


def _ends_sentence(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return True
    word = re.search(r"([A-Za-z]+)$", text[max(0, dot - 12):dot])
    if word is None:
        return not text[dot - 1:dot].isdigit() or not text[dot + 1:dot + 2].isdigit()
    w = word.group(1)
    # "U.S." and "J. Smith": a single letter before the stop is an initial
    return not (len(w) == 1 or w.lower() in _ABBREVIATIONS)


def is_statement(sentence: str) -> bool:
    """A complete declarative sentence a reader can take as a line of its own."""
    s = sentence.strip()
    words = s.split()
    if not (MIN_WORDS <= len(words) <= MAX_WORDS):
        return False
    if not s[0].isupper() and s[0] not in "\"“‘'":
        return False  # starts mid-sentence
    if not re.search(r"[.!][\"”’')\]]*$", s) or s.endswith("?"):
        return False  # a question, or a fragment without its full stop
    if s.count("“") != s.count("”") or s.count('"') % 2:
        return False  # cut inside a quotation
    if not balanced_brackets(s):
        return False  # cut inside an aside or a photo credit ("NASA (credit")
    if _FURNITURE.match(s) or _CAPTION.search(s):
        return False
    if sum(1 for w in words if w[:1].isupper()) > TITLE_CASE_SHARE * len(words):
        return False  # a headline or a label in title case
    return bool(_VERBISH.search(s.lower()))


def balanced_brackets(text: str) -> bool:
    """Whether every bracket the text opens it also closes, in order: a line cut inside "(" or
    "[" is a fragment of a caption or an aside, not a whole statement."""
    depth = 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def is_question(text: str) -> bool:
    """Whether the text ends as a question, also inside a closing quotation ("…on whose authority?”")."""
    return text.rstrip().rstrip("\"”’')]").endswith("?")


# Dependency labels of a verb's subject in spaCy's English scheme (ClearNLP).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def subject_names(sentence: str, offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a verb's subject (with all its words) in the sentence, which starts at `offset` of
    its text, covers the start of one of the spans (offsets in the same text), by the parse of the
    English model the articles went through: "Since Varn's ban, hundreds of fans protested" opens
    with a name, but its subject is the fans."""
    for tok in _parser()(sentence):
        if tok.dep_ in SUBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX"):
            left = tok.left_edge.idx + offset
            right = tok.right_edge.idx + len(tok.right_edge.text) + offset
            if any(left <= m < right for m, _ in spans):
                return True
    return False


def warm_parser() -> None:
    """Load the parser now (a server does it as it starts, in the background), so that the first
    briefing a reader opens does not wait for the model."""
    _parser()


def _parser() -> Language:
    # imported here: reading a store (the CLI, the API) must start without the pipeline, and only
    # a briefing's summary needs the parse
    from storyline.extract.annotate import load_nlp
    from storyline.settings import Options
    return load_nlp(Options().spacy_model)


def reads_as_clause(text: str) -> bool:
    """Whether a reported claim is a clause with a verb, not a headline in title case."""
    words = text.split()
    return bool(words) and sum(1 for w in words if w[:1].isupper()) <= TITLE_CASE_SHARE * len(words) \
        and bool(_VERBISH.search(text.lower()))


def ends_whole(text: str) -> bool:
    """Whether a quoted passage ends where a sentence or clause can end, not on "but" or a comma."""
    t = text.rstrip(" \"”’'")
    if not t:
        return False
    last = t.split()[-1].lower().strip(",;:")
    return t[-1] not in ",;:-–—" and last not in {"but", "and", "or", "the", "a", "an", "of", "to", "that", "which"}


# A source's title is cut at a word boundary past this many characters.
TITLE_CHARS = 120


def readable_title(title: str | None, text: str) -> str | None:
    """The headline to list a source under: its title when it reads as one (three words or more,
    not a URL, not a lone symbol such as "×"), else the first statement of its text."""
    t = " ".join((title or "").split())
    if len(re.findall(r"[A-Za-z]{2,}", t)) >= 3 and not re.match(r"https?://", t):
        return t
    for a, b in sentences(text):
        if is_statement(text[a:b]):
            first = text[a:b]
            return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return t or None
