"""The read side's types: the one Filter and Paging every list takes, and the typed rows reads return.

storyline.store fills them and storyline.analyze hands them out (and re-exports them): the CLI,
the REST API and the web page take them from storyline.analyze.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from storyline.models import Article, Attribution, Entity, Event, Layers, LocalEntity

T = TypeVar("T")
# The largest LIMIT DuckDB takes: what "no limit" means in a paged query.
NO_LIMIT = 2**62


@dataclass(frozen=True)
class StoredArticle:
    """An article as the store holds it, with the collection stages' results."""

    article: Article
    layers: Layers
    duplicate_of: str | None
    story: str | None


@dataclass(frozen=True)
class Filter:
    """What a list keeps. Every field is optional; each one a list does not support is ignored.

    `entity` and `actor` take an entity id or any name the collection knows it by;
    storyline.analyze resolves them to ids (E103 when nothing matches) before the store sees them.
    `since` and `until` compare ISO strings: `until` is inclusive of the day when it ends in "~".
    """

    story: str | None = None
    article: str | None = None
    entity: str | None = None  # events: as actor or target; claims: as source
    actor: str | None = None  # events: as actor only
    action: str | None = None
    modality: str | None = None
    kind: str | None = None  # claims: the source's kind
    type: str | None = None  # entities: the entity type
    name: str | None = None  # entities: part of the name, any case
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class Paging:
    offset: int = 0
    limit: int | None = None  # None: every item

    @property
    def sql_limit(self) -> int:
        return self.limit if self.limit is not None else NO_LIMIT

    def cut(self, items: list[T]) -> list[T]:
        return items[self.offset:None if self.limit is None else self.offset + self.limit]


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int  # items matching, over all pages


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    story: str | None
    duplicate_of: str | None


@dataclass(frozen=True)
class EntityRow:
    entity: Entity
    articles: int
    mentions: int


@dataclass(frozen=True)
class EventRow:
    article: ArticleRow
    event: Event
    actor_id: str | None  # the actor's collection-wide entity id
    target_id: str | None


@dataclass(frozen=True)
class AttributionRow:
    article: ArticleRow
    attribution: Attribution
    source_id: str | None  # the source's collection-wide entity id


@dataclass(frozen=True)
class EntityAppearance:
    """One local entity of an article that is the entity."""

    article: ArticleRow
    local: LocalEntity


@dataclass(frozen=True)
class Alias:
    text: str  # a surface form as written, title included ("Field Marshal Asim Munir")
    count: int  # mentions with exactly this form across the collection
    acting_capital: bool = False  # the country's capital written for its government ("Washington said")


@dataclass(frozen=True)
class DatedRole:
    role: str
    first: str | None  # earliest publication date of an article giving it
    last: str | None
    articles: int


@dataclass(frozen=True)
class StorySummary:
    id: str
    label: str
    articles: int
    first: str | None
    last: str | None
    top_actors: tuple[str, ...]


@dataclass(frozen=True)
class SearchHit:
    kind: Literal["article", "claim"]
    article_id: str
    story_id: str | None
    title: str | None
    snippet: str
    score: float


# The entity index's sums (store.entity_index), read by resolve.entity_index.
@dataclass(frozen=True)
class NameTally:
    """Local entities under one canonical key written one way with one type."""

    key: str
    name: str
    type: str
    mentions: int
    bare: bool  # every one of them a person named by one bare word, without a role
    first_seen: int  # order of the first: article arrival, then layer order


@dataclass(frozen=True)
class AcronymTally:
    form: str  # the acronym's match key
    key: str  # the full name's canonical key
    votes: int
