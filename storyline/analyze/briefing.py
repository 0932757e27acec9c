"""A cited briefing of one story, built only from stored spans and events.

Every line is a whole sentence some source printed (a statement whose subject is one of the
story's main actors, the sentence reporting an event) or a quotation framed by a few fixed
words ("said", "Earlier:"), and carries the number of that source. Nothing is generated: a
sentence the sources do not support cannot appear, and questions, captions, bylines, page labels
and fragments are never picked (analyze/sentences.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from storyline.analyze.changes import stems
from storyline.analyze.sentences import (
    MIN_WORDS,
    balanced_brackets,
    ends_whole,
    is_question,
    is_statement,
    reads_as_clause,
    sentence_bounds,
    sentences,
    subject_names,
)
from storyline.analyze.statements import Citation, Statement
from storyline.analyze.story import StoryView, build_story_view
from storyline.extract.attributions.sources import classify_org
from storyline.models import Attribution, Entity
from storyline.store import Store, StoredArticle

# Items per section: a briefing fits on a screen or two.
TIMELINE_ITEMS = 10
TIMELINE_PER_SOURCE = 2
# Below this many event lines the timeline falls back on each report's lead statement.
TIMELINE_MIN = 2
ACTOR_ITEMS = 6
SECTION_ITEMS = 5
# The summary: at most this many sentences (a briefing's opening paragraph), from the actors
# ranked first (by articles naming them) up to MAIN_ACTORS.
SUMMARY_MAX = 4
MAIN_ACTORS = 8
SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# An actor named among a sentence's first this many words is (or heads) its subject: English
# news sentences open with the subject, after at most a short phrase ("On Monday, ...").
SUBJECT_WORDS = 4
# When the main actors' sentences give fewer than two summary lines (a one-report story), any
# actor of the story may be the subject, and after a longer opening phrase set off by a comma
# ("In addition to the three deaths at a fuel plant on Tuesday, Bolivia's ombudsman said"): a
# prepositional opener rarely runs past a dozen words.
SUMMARY_MIN = 2
LONG_OPENER_WORDS = 12
# Two sentences sharing more than this share of their content stems tell the same thing.
REPEAT_SHARE = 0.6
# Reporting verbs that read well before a colon or a reported clause; others ("told", "shows",
# "according to") become "said".
_REPORTING_VERB = re.compile(r"(?:said|says|wrote|added|announced|stated|warned|confirmed|argued|"
                             r"insisted|claimed|noted|explained|estimated|reported|tweeted)")
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))?\s*[-–—:]\s+(?=[A-Z])")
_QUOTES = "\"“‘'"
_SAID_AFTER = re.compile(r"\s+(?:said|says|added|told|wrote|tweeted)\b[^.“”\"]{0,60}[.!]?[\"”’]*$")
_FUNCTION_WORDS = frozenset("all the those these this that it its there a an we they he she some many most no our "
                            "their his her any every each both".split())
_DANGLING = frozenset({"of", "for", "to", "the", "a", "an", "and", "at", "in", "on", "with"})


@dataclass(frozen=True)
class SentenceCitation:
    n: int
    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    citations: tuple[SentenceCitation, ...]


@dataclass(frozen=True)
class Section:
    title: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Briefing:
    story_id: str
    label: str
    sections: tuple[Section, ...]
    sources: tuple[Citation, ...]


def build_briefing(store: Store, story_id: str, view: StoryView | None = None) -> Briefing:
    """The cited briefing of one story; pass `view` when the caller has built it already."""
    view = view if view is not None and view.id == story_id else build_story_view(store, story_id)
    number = {c.article_id: c.n for c in view.sources}
    links = store.all_entity_links([s.article.id for s in view.articles])
    sections = (
        Section("Summary", _summary(view, number, links)),
        Section("Timeline", _timeline(view, number, links)),
        Section("Actors and positions", _positions(view, number, links)),
        Section("What changed", tuple(
            Sentence(f"{c.topic}. Earlier: “{c.before.text}”; later: “{c.after.text}”.", (_cite(c.before), _cite(c.after)))
            for c in view.changes[:SECTION_ITEMS])),
        Section("Conflicts", tuple(
            Sentence(f"{c.topic}: " + " versus ".join(f"“{s.text}”" for s in c.statements[:4]) + ".",
                     tuple(_cite(s) for s in c.statements[:4]))
            for c in view.conflicts[:SECTION_ITEMS])),
    )
    return Briefing(view.id, view.label, sections, view.sources)


def _cite(s: Statement) -> SentenceCitation:
    return SentenceCitation(s.citation, s.article_id, s.start, s.end)


def _summary(view: StoryView, number: dict[str, int], links: dict[str, dict[str, Entity]]) -> tuple[Sentence, ...]:
    """Two to five sentences of the sources that state what a main actor did: the lead-most
    statement of the first and the latest reports, then of the others, in order of the sources."""
    acting = _acting(view, links)
    picks = _summary_picks(view, number, links, _main_actors(view, acting=acting), SUBJECT_WORDS)
    if len(picks) < SUMMARY_MIN:
        picks = _summary_picks(view, number, links, _main_actors(view, limit=None), LONG_OPENER_WORDS)
    return tuple(Sentence(s.article.text[a:b], (SentenceCitation(n, s.article.id, a, b),)) for n, a, b, s in picks)


def _summary_picks(view: StoryView, number: dict[str, int], links: dict[str, dict[str, Entity]],
                   main: dict[str, int], opener: int) -> list[tuple[int, int, int, StoredArticle]]:
    picks: list[tuple[int, int, int, StoredArticle]] = []  # (citation, start, end, article)

    def repeated(text: str) -> bool:
        return _repeats(text, picks)

    by_article = {s.article.id: iter(_parsed_subjects(s, links.get(s.article.id, {}), main, opener, repeated))
                  for s in _independent(view, number)}
    order = sorted(by_article, key=number.__getitem__)
    if len(order) > 2:
        order = [order[0], order[-1], *order[1:-1]]
    for _ in range(SUMMARY_MAX):
        for aid in order:
            found = next(by_article[aid], None) if len(picks) < SUMMARY_MAX else None
            if found is not None:
                picks.append((number[aid], *found[:2], found[3]))
    picks.sort(key=lambda p: (p[0], p[1]))
    return picks


def _independent(view: StoryView, number: dict[str, int]) -> list[StoredArticle]:
    return sorted((s for s in view.articles if s.duplicate_of is None), key=lambda s: number[s.article.id])


def _main_actors(view: StoryView, limit: int | None = MAIN_ACTORS, acting: set[str] | None = None) -> dict[str, int]:
    """Entity id -> rank of the story's main actors (the first `limit`, or all): named people,
    organisations and places, not the outlets that report on them; with `acting`, only those
    (when any of them is among the actors at all)."""
    ranked = [a.entity for a in view.actors if a.entity.type in SUBJECT_TYPES and not _is_outlet(a.entity)]
    if acting and any(e.id in acting for e in ranked):
        ranked = [e for e in ranked if e.id in acting]
    return {e.id: k for k, e in enumerate(ranked[:limit])}


def _acting(view: StoryView, links: dict[str, dict[str, Entity]]) -> set[str]:
    """Entities that act or speak somewhere in the story: an event's actor or target, a claim's
    source. A name only ever mentioned ("Yersinia", "the Black Death") is a subject of the
    background, not a party to the story's facts."""
    out: set[str] = set()
    for s in view.articles:
        by_key = links.get(s.article.id, {})
        keys = [r.entity for ev in s.layers.events for r in (ev.actor, ev.target) if r is not None]
        keys += [at.source.entity for at in s.layers.attributions]
        out |= {by_key[k].id for k in keys if k and k in by_key}
    return out


def _is_outlet(entity: Entity) -> bool:
    return entity.type == "ORG" and classify_org(entity.name) == "media"


def _statements(s: StoredArticle, by_key: dict[str, Entity], main: dict[str, int],
                opener: int = SUBJECT_WORDS) -> list[tuple[int, int, str, StoredArticle]]:
    """The article's sentences whose subject names a main actor, in the order of the text."""
    text = s.article.text
    mentions = _mentions(s, by_key, main)
    acts = [ev.evidence.start for ev in s.layers.events]
    out = []
    for a, b in sentences(text, _body_start(s)):
        a = _after_dateline(text, a, b)
        if _opens_with(text, a, b, mentions, opener) and is_statement(text[a:b]):
            out.append((a, b, text[a:b], s))
    # a sentence reporting an event (someone did something) first, then one anchored in the
    # story's time ("on Sunday", "last week"; not history such as "between 2009 and 2018"), then
    # background ("Yersinia pestis is often found in small mammals"), each in the order of the
    # text: the lead first
    dated = [t.span.start for t in s.layers.times if not t.background]
    out.sort(key=lambda c: (not any(c[0] <= x < c[1] for x in acts), not any(c[0] <= x < c[1] for x in dated), c[0]))
    return out


def _parsed_subjects(s: StoredArticle, by_key: dict[str, Entity], main: dict[str, int], opener: int,
                     repeated: Callable[[str], bool]) -> Iterator[tuple[int, int, str, StoredArticle]]:
    """The article's candidate statements (_statements) whose parse gives a verb a subject that
    names a main actor: "Since the festival, despite the Court's ban, the air has worsened" opens
    with actors but its subject is the air. Parsed lazily, and only the statements that do not
    restate one picked already (`repeated`): a parse costs milliseconds, and a story of a hundred
    reports restates its lead in most of them."""
    mentions = _mentions(s, by_key, main)
    for found in _statements(s, by_key, main, opener):
        if not repeated(found[2]) and subject_names(found[2], found[0], mentions):
            yield found


def _mentions(s: StoredArticle, by_key: dict[str, Entity], main: dict[str, int]) -> list[tuple[int, int]]:
    """Spans naming the main actors, each from the start of the title written before the name
    ("Council leader Pavel Drenn"): the title is part of the subject, not an opener before it."""
    text = s.article.text
    return sorted((_with_role(text, m.start, e.roles), m.end) for e in s.layers.entities
                  if by_key.get(e.key) is not None and by_key[e.key].id in main for m in e.mentions)


def _with_role(text: str, start: int, roles: tuple[str, ...]) -> int:
    for role in roles:
        a = start - len(role) - 1
        if a >= 0 and text[a:start].lower() == role.lower() + " ":
            return a
    return start


def _after_dateline(text: str, a: int, b: int) -> int:
    """Where a sentence's own words start after a wire dateline ("SIOUX FALLS, S.D. – ")."""
    m = _DATELINE.match(text, a, b)
    return m.end() if m else a


def _opens_with(text: str, a: int, b: int, mentions: list[tuple[int, int]], opener: int = SUBJECT_WORDS) -> bool:
    """Whether an actor is named among the sentence's first words, where English puts its subject:
    after at most a short opener ("On Monday,"), never after an aside ("Yersinia pestis, per the WHO")
    or inside a quotation that opens the sentence."""
    if text[a:a + 1] in _QUOTES:
        return False
    for m, _ in mentions:
        before = text[a:m]
        if a <= m < b and len(before.split()) <= opener and len(before.rpartition(",")[2].split()) <= 1 \
                and "“" not in before and '"' not in before:  # not inside a quotation
            return True
    return False


def _quoted_from(text: str, b: int, mentions: list[tuple[int, int]]) -> bool:
    """Whether the sentence is a quotation its speaker, an actor, closes: "…," Noem said."""
    return any(_SAID_AFTER.match(text, e, b) for _, e in mentions)


def _repeats(text: str, picks: list[tuple[int, int, int, StoredArticle]]) -> bool:
    """Whether a sentence mostly restates one already picked (two outlets' leads of one event)."""
    mine = stems(text)
    for _, a, b, s in picks:
        theirs = stems(s.article.text[a:b])
        if mine and len(mine & theirs) > REPEAT_SHARE * min(len(mine), len(theirs)):
            return True
    return False


def _body_start(s: StoredArticle) -> int:
    """Where the body begins: after the headline when the text opens with it."""
    text, title = s.article.text, (s.article.title or "").strip()
    if title and text.lstrip().startswith(title):
        return text.index(title) + len(title)
    first_line = text.find("\n")
    return first_line + 1 if 0 < first_line < 200 and not is_statement(text[:first_line]) else 0


def _timeline(view: StoryView, number: dict[str, int], links: dict[str, dict[str, Entity]]) -> tuple[Sentence, ...]:
    """Dated events of the story's main actors, in date order, each as the sentence reporting it."""
    main = _main_actors(view, acting=_acting(view, links))
    out: list[tuple[str, int, int, Sentence]] = []
    seen: set[tuple[str, int]] = set()
    per_article: dict[str, int] = {}
    for s in _independent(view, number):
        by_key, text = links.get(s.article.id, {}), s.article.text
        named = _mentions(s, by_key, main)
        for ev in s.layers.events:
            actor = by_key.get(ev.actor.entity or "") if ev.actor else None
            if actor is None or actor.id not in main or per_article.get(s.article.id, 0) >= TIMELINE_PER_SOURCE:
                continue
            a, b = sentence_bounds(text, ev.evidence.start, ev.evidence.end)
            if (s.article.id, a) in seen or a < _body_start(s) or not is_statement(text[a:b]):
                continue
            if not (_opens_with(text, a, b, named) or _quoted_from(text, b, named)):
                continue
            seen.add((s.article.id, a))
            per_article[s.article.id] = per_article.get(s.article.id, 0) + 1
            when = ev.date or (s.article.published or "")[:10] or "undated"
            mood = "" if ev.modality == "asserted" else f" ({ev.modality})"
            out.append((when, number[s.article.id], a, Sentence(f"{when}{mood}: {text[a:b]}",
                                                               (SentenceCitation(number[s.article.id], s.article.id, a, b),))))
    if len(out) < TIMELINE_MIN:
        # too few events of the main actors: each report's lead statement, on its publication day
        for s in _independent(view, number):
            found = _statements(s, links.get(s.article.id, {}), main)
            if found and (s.article.id, found[0][0]) not in seen and s.article.published:
                a, b = found[0][:2]
                n = number[s.article.id]
                out.append((s.article.published[:10], n, a, Sentence(f"{s.article.published[:10]}: {s.article.text[a:b]}",
                                                                     (SentenceCitation(n, s.article.id, a, b),))))
    out.sort(key=lambda t: t[:3])
    return tuple(t[3] for t in out[:TIMELINE_ITEMS])


def _positions(view: StoryView, number: dict[str, int], links: dict[str, dict[str, Entity]]) -> tuple[Sentence, ...]:
    """For each main actor, with its role, the first whole statement it is reported to have made."""
    said: dict[str, tuple[StoredArticle, Attribution]] = {}
    quoted: set[tuple[str, int]] = set()
    for s in _independent(view, number):
        for at in s.layers.attributions:
            entity = links.get(s.article.id, {}).get(at.source.entity or "")
            if entity is None or entity.id in said or (s.article.id, at.content.start) in quoted:
                continue
            if at.content.start < _body_start(s):
                continue  # a headline's claim is a label, not a statement
            if _whole_claim(at.content.text, at.direct):
                said[entity.id] = (s, at)
                quoted.add((s.article.id, at.content.start))  # one claim, one speaker: not its relay too
    out = []
    for actor in view.actors:
        if actor.entity.id not in said or _is_outlet(actor.entity):
            continue
        s, at = said[actor.entity.id]
        roles = [r for r in actor.roles if _reads_as_role(r)]
        who = f"{actor.entity.name}, {roles[0]}," if roles else actor.entity.name
        verb = at.cue.text.lower() if _REPORTING_VERB.fullmatch(at.cue.text.lower()) else "said"
        content = at.content.text.strip().rstrip(".,;:")
        if not at.direct and content.split()[0].lower() in _FUNCTION_WORDS:
            content = content[0].lower() + content[1:]  # "said all sites were", not "said All sites were"
        line = f"{who} {verb}: “{content}.”" if at.direct else f"{who} {verb} {content}."
        out.append(Sentence(line, (SentenceCitation(number[s.article.id], s.article.id, at.content.start, at.content.end),)))
        if len(out) == ACTOR_ITEMS:
            break
    return tuple(out)


def _whole_claim(content: str, direct: bool) -> bool:
    """A claim that reads whole: long enough, not cut, and (reported) opening with its own subject,
    not a participle left from a clause the extractor cut ("killed and eaten a rabbit")."""
    words = content.split()
    if len(words) < MIN_WORDS or not ends_whole(content) or content.count("“") != content.count("”"):
        return False
    if is_question(content) or not balanced_brackets(content):
        return False  # a question asked is no position taken; a cut bracket is a caption's tail
    if not reads_as_clause(content):
        return False
    if direct:
        return content.lstrip("“\"‘'")[:1].isupper()  # a whole quoted sentence, not its tail
    first = words[0]  # a participle opening the claim ("denied", "taken") is the tail of a sentence
    return not (len(first) > 2 and first.isascii() and first.isalpha() and first.islower() and first.endswith(("ed", "en")))


def _reads_as_role(role: str) -> bool:
    """A role a reader can take as a description ("deputy director of the centre"), not a
    title's abbreviation ("Gov.") or a phrase cut before its object ("Argus Leader of"), nor a
    photo credit's opening ("(credit"): a description starts with a word and closes its brackets."""
    words = role.split()
    return len(role) > 3 and role[0].isalnum() and balanced_brackets(role) and not role.endswith(".") \
        and words[-1].lower() not in _DANGLING
