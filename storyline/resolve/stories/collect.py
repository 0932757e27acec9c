"""The story stage of a collection: read what grouping needs from the store, write the result."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from storyline.models import Entity
from storyline.resolve.stories.features import (
    ACTOR_TYPES,
    StoryInput,
    actor_weights,
    credit_spans,
    furniture_spans,
    is_country,
    nationality_countries,
    without_spans,
)
from storyline.resolve.stories.grouping import group_articles
from storyline.resolve.stories.label import label_story
from storyline.store import Store

# Stored stories that a call's new articles are compared with: those sharing an entity with one
# of them (grouping.py blocks by actor key) with a member published within this many days of
# one of them. The date damping of similarity.py (30 days' grace, then a 120-day half-life)
# holds two reports more than 372 days apart below 0.5 ** ((372 - 30) / 120) = 0.139, under
# JOIN_THRESHOLD (0.14), so a window of 372 days would leave out no story that could be joined;
# but its cost follows a year of news. 90 days, the window of docs/scaling.md, keeps reports up
# to two months past the grace period (damped to 0.71 at most); a story quiet for longer is
# not joined but started again (bench/scale.py's notes measure how often that happens).
STORY_WINDOW_DAYS = 90


def group_stories(store: Store) -> None:
    """Put each article without a story into a stored story or a new one; stored articles move
    only when new reports show two stored stories to be one, through a merge in the story log.

    Only the stored stories the new articles can join are read (see STORY_WINDOW_DAYS)."""
    new_ids = store.unassigned_ids()
    if not new_ids:
        return
    countries = stored_nationalities(store)
    stored = store.story_member_ids(_candidates(store, new_ids, countries))
    story_input = _reader(store, [i for ids in stored.values() for i in ids] + new_ids, countries)
    members = {sid: [story_input(i) for i in ids] for sid, ids in stored.items()}
    new = [story_input(ident) for ident in new_ids]
    apart = {frozenset((e.story, e.other)) for e in store.story_log() if e.action == "split"}
    grouping = group_articles(members, new, apart)
    for merge in grouping.merges:  # logged before any stored article moves
        store.record_merge(merge.into, merge.absorbed, merge.articles, merge.score, merge.reason)
        members[merge.into] = members.get(merge.into, []) + members.pop(merge.absorbed, [])
    assigned = grouping.assigned
    for item in new:
        members.setdefault(assigned[item.id], []).append(item)
    touched = set(assigned.values()) | {m.into for m in grouping.merges}
    labels = {sid: label_story(items) for sid, items in members.items() if sid in touched}
    store.set_stories(assigned, labels)


def stored_nationalities(store: Store) -> dict[str, Entity]:
    """features.nationality_countries over the collection's places and nationalities, which takes
    the first place linked (in order of arrival) whose name a nationality's opens with: only the
    places some nationality's name could match are put in that order (the rest need no reading of
    their links)."""
    entities = store.linked_entities(("GPE", "NORP"), ordered=False)
    by_opening: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type == "GPE" and len(e.name) >= 4:  # nationality_countries matches at least 4 letters
            by_opening[e.name[:4]].append(e)
    norps = [e for e in entities if e.type == "NORP"]
    places = {g.id: g for n in norps for g in by_opening.get(n.name[:4], [])}
    first = store.first_link_seqs(sorted(places))
    return nationality_countries(norps + sorted(places.values(), key=lambda g: (first.get(g.id, 0), g.id)))


def _candidates(store: Store, new_ids: list[str], countries: dict[str, Entity]) -> list[str]:
    """The stored stories sharing a blocking entity (a nationality counting as its country) with
    a new article, within the window of their dates.

    Grouping compares a new article only with stories sharing one of its actor keys (a person,
    organisation or country: grouping.actor_keys), so a story sharing only a place below a
    country, or an entity of no actor type, is not read. A new article with no such entity is
    compared with every story read (it has no block), so then every entity it links selects."""
    links = store.entity_links_of(new_ids)
    blocking = [{e.id for e in by_key.values() if _may_block(e)} for by_key in links.values()]
    if len(blocking) < len(new_ids) or not all(blocking):
        linked = {e.id for by_key in links.values() for e in by_key.values()}
    else:
        linked = set().union(*blocking)
    for norp, country in countries.items():
        if norp in linked or country.id in linked:
            linked |= {norp, country.id}
    if not linked:
        return []
    days = [_day(p) for p in store.published_of(new_ids).values()]
    dated = [d for d in days if d is not None]
    if len(dated) < len(days):
        return store.candidate_stories(sorted(linked), None, None)  # an undated report: no window
    window = timedelta(days=STORY_WINDOW_DAYS)
    first, last = min(dated) - window, max(dated) + window
    return store.candidate_stories(sorted(linked), first.isoformat(), last.isoformat())


def _may_block(entity: Entity) -> bool:
    """Whether an entity can give an article an actor key (features.actor_weights): an actor type,
    and not a place below a country (those key as places, which do not block)."""
    return entity.type in ACTOR_TYPES and (entity.type != "GPE" or is_country(entity))


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def relabel_stories(store: Store, stories: Iterable[str]) -> None:
    """Label the given stories afresh from their members (after a split changed them)."""
    stored = store.story_member_ids(sorted(set(stories)))
    countries = stored_nationalities(store)
    story_input = _reader(store, [i for ids in stored.values() for i in ids], countries)
    store.set_stories({}, {sid: label_story([story_input(i) for i in ids]) for sid, ids in stored.items()})


def _reader(store: Store, ids: list[str], countries: dict[str, Entity]) -> Callable[[str], StoryInput]:
    """What grouping reads of a stored article, by id, for the articles `ids` (read at once).
    A site's furniture is found among these articles: the pages grouping compares."""
    links = store.entity_links_of(ids)
    stored = store.story_texts_of(ids)
    credits = store.article_credits_of(ids)
    outlets = {ident: outlet for ident, (outlet, _) in credits.items()}
    furniture = furniture_spans({i: stored[i][1] for i in ids if i in stored}, outlets)

    def story_input(ident: str) -> StoryInput:
        title, text, published, entities = stored[ident]
        spans = furniture.get(ident, []) + credit_spans(text)
        return StoryInput(id=ident, title=title or "", text=without_spans(text, spans), published=published,
                          actors=actor_weights(entities, links.get(ident, {}), countries, spans, outlets.get(ident),
                                               credits[ident][1] if ident in credits else ()),
                          outlet=outlets.get(ident))
    return story_input
