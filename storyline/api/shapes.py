"""The REST API's answers that no library dataclass already is: pages, and views that put a
record's layer next to the article it is in.

Everything else a route returns is the library's own frozen dataclass, as the read API hands it
out (storyline.record.Record, storyline.queries.ArticleRow, storyline.analyze.Briefing, ...);
FastAPI documents and serialises them as they are. These are stdlib dataclasses too, built from
those types, so /openapi.json types every layer the same way wherever it appears. The CLI's
`--format json` writes the same shapes (storyline.api.convert builds them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from storyline.analyze.story import Change, Citation, Claim, Conflict, TimelineEntry
from storyline.models import Entity
from storyline.queries import ArticleRow
from storyline.record import EventRecord, SourceRecord, SpanRecord

T = TypeVar("T")


def _about(text: str) -> dict[str, str]:
    # pydantic reads a dataclass field's metadata["description"] into /openapi.json
    return {"description": text}


@dataclass(frozen=True)
class Listing(Generic[T]):
    """One page of a list: `items` from `offset`, at most `limit` of them."""

    items: tuple[T, ...]
    total: int = field(metadata=_about("items matching, over all pages"))
    offset: int
    limit: int


@dataclass(frozen=True)
class EntitySummary:
    """An entity of the collection with the number of articles naming it."""

    id: str
    name: str
    type: str
    articles: int


@dataclass(frozen=True)
class ActorSummary(EntitySummary):
    """An entity as one story's actor: its mentions and the roles the story's articles give it."""

    mentions: int
    roles: tuple[str, ...]


@dataclass(frozen=True)
class StoryDetail:
    id: str
    label: str
    independent: int = field(metadata=_about("articles that are not copies of another"))
    notes: tuple[str, ...] = field(metadata=_about("why some articles have no analysis (their language has no model)"))
    articles: tuple[ArticleRow, ...]
    timeline: tuple[TimelineEntry, ...]
    actors: tuple[ActorSummary, ...]
    claims: tuple[Claim, ...]
    changes: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class ArticleEvent(EventRecord):
    """An event of the record, with the article reporting it; `actor.entity` and
    `target.entity` are collection-wide entity ids, when resolved."""

    article: ArticleRow


@dataclass(frozen=True)
class ArticleAttribution:
    """A claim of the record, with the article printing it; `via` names the relaying outlets."""

    article: ArticleRow
    source: SourceRecord
    via: tuple[str, ...]
    cue: SpanRecord
    content: SpanRecord
    direct: bool


@dataclass(frozen=True)
class ArticleAppearance:
    article: ArticleRow
    name: str = field(metadata=_about("the name the article uses"))
    roles: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class RoleAt:
    date: str | None
    role: str
    article_id: str


@dataclass(frozen=True, kw_only=True)
class EntityDetail(Entity):
    """An entity with the articles naming it and its roles over time. `stands_for` is the id of
    the country whose government this entity names ("the White House said"), if any."""

    appearances: tuple[ArticleAppearance, ...]
    roles_over_time: tuple[RoleAt, ...]


@dataclass(frozen=True)
class RejectedDocument:
    source: str
    stage: str
    reason: str
    code: str | None = field(metadata=_about("the error catalogue code (E003 ...), as in docs/errors"))
    line: str = field(metadata=_about("the one line the CLI prints for this rejection"))


@dataclass(frozen=True)
class IngestResult:
    added: tuple[str, ...]
    unchanged: tuple[str, ...]
    rejections: tuple[RejectedDocument, ...]
    without_nlp: tuple[str, ...]
    articles: int = field(metadata=_about("articles in the store after this ingest"))
