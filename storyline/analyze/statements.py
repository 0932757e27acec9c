"""A story's claims as comparable statements: who does what to whom, where, how surely, when.

Every statement keeps the span of the article it comes from, so what the briefing says about
changes and conflicts can always be traced back to a sentence a source printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storyline.analyze.sentences import readable_title
from storyline.models import Entity, Span
from storyline.queries import StoredArticle
from storyline.resolve.stories import nationality_countries

# Modalities of a claim that something has not (yet) happened: what a later report settles.
PENDING = frozenset({"expected", "possible"})
NEGATIVE = frozenset({"negated", "denied"})
# A place is a place name right after a preposition of place: "in Davos", "at the White House".
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|to)\s+(?:the\s+)?)$", re.IGNORECASE)
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Words by which a report calls another claim untrue: a denial or a fact-check's verdict.
DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|refut\w+|rebut\w*|dismiss\w*|false(?:ly)?|fake|baseless|"
                    r"untrue|misleading|fabricated|fact[- ]check\w*|no truth|debunk\w*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    """One numbered source of a story."""

    n: int
    article_id: str
    outlet: str | None
    published: str | None
    url: str | None
    title: str | None


@dataclass(frozen=True)
class Statement:
    """A claim as one source printed it: `start`/`end` are offsets into that article's text."""

    text: str
    article_id: str
    outlet: str | None
    published: str | None
    start: int
    end: int
    citation: int


@dataclass(frozen=True)
class Assertion:
    """A statement with what is needed to compare it with others."""

    statement: Statement
    action: str | None  # PLOVER action of an event; None for a denial in reported speech
    actor: str | None  # canonical entity id
    target: str | None
    participants: frozenset[str]  # canonical ids of the actors named in the claim
    places: frozenset[str]  # names of the places it is said to happen in
    modality: str
    rank: int  # arrival order of its article: stands in for time when a date is unknown
    day: int | None  # ordinal of the claim's or the article's date

    @property
    def agent(self) -> str | None:
        """Who acts: the actor, or for a passive without one ("troops will not be deployed") the target."""
        return self.actor or self.target

    @property
    def negative(self) -> bool:
        return self.modality in NEGATIVE

    @property
    def pending(self) -> bool:
        return self.modality in PENDING


def number_sources(articles: list[StoredArticle]) -> tuple[Citation, ...]:
    """Sources numbered in order of publication, undated ones last in order of arrival."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].article.published is None,
                                                         (articles[i].article.published or "")[:10], i))
    return tuple(Citation(n, a.id, a.outlet, a.published, a.url, readable_title(a.title, a.text))
                 for n, a in ((n, articles[i].article) for n, i in enumerate(order, start=1)))


def collect_assertions(articles: list[StoredArticle], links: dict[str, dict[str, Entity]],
                   sources: tuple[Citation, ...]) -> list[Assertion]:
    number = {c.article_id: c.n for c in sources}
    # "the Pakistani army" and "Pakistan" are one actor when claims are compared
    countries = nationality_countries(list({e.id: e for by_key in links.values() for e in by_key.values()}.values()))
    links = {aid: {k: countries.get(e.id, e) for k, e in by_key.items()} for aid, by_key in links.items()}
    found: list[Assertion] = []
    for rank, s in enumerate(articles):
        if s.duplicate_of is not None:
            continue  # a copy repeats its original: counting it twice would fake agreement
        by_key = links.get(s.article.id, {})
        mentions = _entity_mentions(s, by_key)

        def statement(span: Span, s: StoredArticle = s) -> Statement:
            return Statement(span.text, s.article.id, s.article.outlet, s.article.published, span.start, span.end,
                             number.get(s.article.id, 0))

        for ev in s.layers.events:
            actor = _canonical(ev.actor.entity if ev.actor else None, by_key)
            target = _canonical(ev.target.entity if ev.target else None, by_key)
            inside = {e.id for e, sp in mentions if _within(sp, ev.evidence) and e.type not in PLACE_TYPES - {"GPE"}}
            written = {i: w for i, w in _places(s.article.text, ev.evidence, mentions).items() if i not in (actor, target)}
            found.append(Assertion(statement(ev.evidence), ev.action, actor, target,
                                frozenset(inside | {i for i in (actor, target) if i is not None} - set(written)),
                                frozenset(written.values()), ev.modality, rank,
                                _day(ev.date) or _day(s.article.published)))
        for at in s.layers.attributions:
            if DENIAL.search(at.cue.text) or DENIAL.search(at.content.text):
                inside = {e.id for e, sp in mentions if _within(sp, at.content)}
                found.append(Assertion(statement(at.content), None, None, None, frozenset(inside), frozenset(),
                                    "denied", rank, _day(s.article.published)))
    return found


def _entity_mentions(s: StoredArticle, by_key: dict[str, Entity]) -> list[tuple[Entity, Span]]:
    return [(by_key[e.key], m) for e in s.layers.entities if e.key in by_key for m in e.mentions]


def _canonical(key: str | None, by_key: dict[str, Entity]) -> str | None:
    entity = by_key.get(key) if key else None
    return entity.id if entity else None


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _places(text: str, evidence: Span, mentions: list[tuple[Entity, Span]]) -> dict[str, str]:
    """Places named in the evidence's sentence after "in", "at" or "to": entity id -> the name as
    written ("Washington", even where it is resolved to the United States)."""
    start = max(text.rfind(". ", 0, evidence.start) + 1, text.rfind("\n", 0, evidence.start) + 1, 0)
    ends = [i for i in (text.find(". ", evidence.end), text.find("\n", evidence.end)) if i >= 0]
    end = min(ends) if ends else len(text)
    return {e.id: sp.text for e, sp in mentions if e.type in PLACE_TYPES and start <= sp.start and sp.end <= end
            and _PLACE_BEFORE.search(text[max(0, sp.start - 12):sp.start])}


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
