"""The JSON shapes of the REST API: what /openapi.json documents and the routes return."""
from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Model(BaseModel):
    # Built straight from the library's frozen dataclasses.
    model_config = ConfigDict(from_attributes=True)


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="items matching, over all pages")
    offset: int
    limit: int


class ArticleSummary(Model):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    story: str | None
    duplicate_of: str | None


class StorySummary(Model):
    id: str
    label: str
    articles: int
    first: str | None
    last: str | None
    top_actors: list[str]


class EntitySummary(Model):
    id: str
    name: str
    type: str
    articles: int


class Actor(Model):
    id: str
    name: str
    type: str
    articles: int
    mentions: int
    roles: list[str]


class Claim(Model):
    source: str
    kind: str
    via: list[str]
    content: str
    direct: bool
    article_id: str
    outlet: str | None
    published: str | None


class TimelineEntry(Model):
    date: str | None
    actor: str | None
    action: str
    target: str | None
    modality: str
    evidence: str
    article_id: str
    outlet: str | None


class Citation(Model):
    n: int
    article_id: str
    outlet: str | None
    published: str | None
    url: str | None
    title: str | None


class Statement(Model):
    text: str
    article_id: str
    outlet: str | None
    published: str | None
    start: int
    end: int
    citation: int | None


class Change(Model):
    topic: str
    before: Statement
    after: Statement


class Conflict(Model):
    topic: str
    statements: list[Statement]


class StoryDetail(Model):
    id: str
    label: str
    independent: int = Field(description="articles that are not copies of another")
    notes: list[str] = Field(description="why some articles have no analysis (their language has no model)")
    articles: list[ArticleSummary]
    timeline: list[TimelineEntry]
    actors: list[Actor]
    claims: list[Claim]
    changes: list[Change]
    conflicts: list[Conflict]
    sources: list[Citation]


class SentenceCitation(Model):
    n: int
    article_id: str
    start: int
    end: int


class Sentence(Model):
    text: str
    citations: list[SentenceCitation]


class Section(Model):
    title: str
    sentences: list[Sentence]


class Briefing(Model):
    story_id: str
    label: str
    sections: list[Section]
    sources: list[Citation]


class SpanOut(Model):
    start: int
    end: int
    text: str


class RefOut(Model):
    name: str
    entity: str | None = Field(description="collection-wide entity id, when resolved")


class EventOut(Model):
    article: ArticleSummary
    actor: RefOut | None
    action: str
    target: RefOut | None
    modality: str
    date: str | None
    evidence: SpanOut


class SourceOut(Model):
    name: str
    kind: str
    entity: str | None


class AttributionOut(Model):
    article: ArticleSummary
    source: SourceOut
    via: list[str]
    cue: SpanOut
    content: SpanOut
    direct: bool


class Appearance(Model):
    article: ArticleSummary
    name: str = Field(description="the name the article uses")
    roles: list[str]
    mentions: int


class RoleAt(Model):
    date: str | None
    role: str
    article_id: str


class EntityDetail(Model):
    id: str
    name: str
    type: str
    stands_for: str | None = Field(description="id of the country whose government this entity names, if any")
    appearances: list[Appearance]
    roles_over_time: list[RoleAt]


class SearchHit(Model):
    kind: str
    article_id: str | None
    story_id: str | None
    title: str | None
    snippet: str
    score: float


class IngestRequest(Model):
    documents: list[dict[str, Any]] = Field(
        default_factory=list,
        description="JSON objects as in a .jsonl dump: id, url, text or html, optional title and published")
    urls: list[str] = Field(default_factory=list, description="http(s) URLs to fetch; only when the server allows it")


class RejectionOut(Model):
    source: str
    stage: str
    reason: str
    code: str | None = Field(None, description="the error catalogue code (E003 ...), as in docs/errors")
    line: str = Field(description="the one line the CLI prints for this rejection")


class IngestResult(Model):
    added: list[str]
    unchanged: list[str]
    rejections: list[RejectionOut]
    without_nlp: list[str]
    articles: int = Field(description="articles in the store after this ingest")
