"""What every briefing must pass, as one function the briefing tests apply to their collections.

A summary sentence has an actor of the story for its subject, a verb and a citation; every line
of every section is a whole sentence of at least six words, never a question, a caption, a byline
or a page label (the issue's list of what a briefing must never show).
"""
from __future__ import annotations

import re

from spacy.language import Language

from storyline.analyze.briefing import Briefing
from storyline.analyze.story import StoryView
from storyline.store import Store

MIN_LINE_WORDS = 6
_ENDS_WHOLE = re.compile(r"[.!][\"”’')\]]*$")
# A line's own words after a timeline's date ("2031-05-02 (expected): ").
_DATE_PREFIX = re.compile(r"^(?:\d{4}(?:-\d{2}){0,2}|undated)(?: \([a-z]+\))?: ")
_CAPTION = re.compile(r"(?:[—–-]\s*(?:File|Photo|Handout)\b|\((?:Photo|Image|Credit)\b)", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:By|Posted by|Written by)\s+[A-Z]")
# A page label is a navigation word standing alone or before a separator ("Home", "Home » News",
# "Read more: ..."), not a sentence whose subject starts with the same word ("Home Depot reported").
_PAGE_LABEL = re.compile(r"^(?:Home|Menu|Share|Sign up|Subscribe|Read more|Related|Advertisement)"
                         r"\s*(?:$|[|»›>/:])", re.IGNORECASE)
# A name written with a small first letter and a capital inside ("iFixit", "eBay") starts a
# sentence as it is; a small first word without one starts mid-sentence.
_SMALL_CAPS_NAME = re.compile(r"^[a-z]+[A-Z]\w*")
_SUBJECTS = ("nsubj", "nsubjpass")
# Words of a name that say nothing of who it is ("the" of "the Taliban").
_FUNCTION = frozenset("the of and a an".split())


def briefing_faults(briefing: Briefing, view: StoryView, store: Store, nlp: Language) -> list[str]:
    """Every way the briefing breaks the rules, one line each; empty when it passes."""
    faults: list[str] = []
    actor_words = _actor_words(view, store)
    for section in briefing.sections:
        for s in section.sentences:
            own = _DATE_PREFIX.sub("", s.text) if section.title == "Timeline" else s.text
            faults += [f"{section.title}: {why}: {s.text}" for why in _line_faults(own)]
            if not s.citations:
                faults.append(f"{section.title}: no citation: {s.text}")
    summary = next((s for s in briefing.sections if s.title == "Summary"), None)
    if summary is None or not 2 <= len(summary.sentences) <= 5:
        faults.append(f"Summary: {0 if summary is None else len(summary.sentences)} sentences, not 2 to 5")
    for s in summary.sentences if summary else ():
        doc = nlp(s.text)
        if not any(t.pos_ in ("VERB", "AUX") for t in doc):
            faults.append(f"Summary: no verb: {s.text}")
        if not _subject_is_actor(doc, actor_words):
            faults.append(f"Summary: subject is no actor of the story: {s.text}")
    return faults


def _line_faults(text: str) -> list[str]:
    out = []
    if len(text.split()) < MIN_LINE_WORDS:
        out.append("under six words")
    if not _ENDS_WHOLE.search(text.rstrip()):
        out.append("ends mid-sentence")
    if "?" in text.rstrip("”\"’'")[-2:]:
        out.append("a question")
    if _CAPTION.search(text):
        out.append("a caption")
    if _BYLINE.match(text):
        out.append("a byline")
    if _PAGE_LABEL.match(text):
        out.append("a page label")
    if text[:1].islower() and not _SMALL_CAPS_NAME.match(text):
        out.append("starts mid-sentence")
    return out


def _actor_words(view: StoryView, store: Store) -> set[str]:
    """The words of every way the story's articles name its actors ("RSF", "Rapid", "Support")."""
    actors = {a.entity.id for a in view.actors}
    links = store.all_entity_links([s.article.id for s in view.articles])
    words = {w for a in view.actors for w in a.entity.name.lower().split()}
    for s in view.articles:
        for e in s.layers.entities:
            linked = links.get(s.article.id, {}).get(e.key)
            if linked is not None and linked.id in actors:
                words |= {_bare(w) for m in e.mentions for w in m.text.split()}
    return {w for w in words if len(w) > 1 and w not in _FUNCTION}


def _bare(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower())


def _subject_is_actor(doc, actor_words: set[str]) -> bool:
    """Whether a subject of a verb (the main clause's or a reported clause's) names an actor."""
    for tok in doc:
        if tok.dep_ in _SUBJECTS and tok.head.pos_ in ("VERB", "AUX"):
            if {_bare(t.text) for t in tok.subtree} & actor_words:
                return True
    return False
