"""The typed record of storyline: every stage passes these frozen dataclasses, never dicts.

Annotations hold character offsets into `Article.text` (spans, not copies). The JSON record of
shared/eval/CONTRACT.md is assembled from these in `storyline.record`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from storyline.errors import StorylineError, one_line

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "FAC"]
SourceKind = Literal["person", "organization", "government", "media", "anonymous", "document", "public"]
Modality = Literal["asserted", "expected", "possible", "negated", "denied"]
ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "FAC")
SOURCE_KINDS: tuple[str, ...] = ("person", "organization", "government", "media", "anonymous", "document", "public")
MODALITIES: tuple[str, ...] = ("asserted", "expected", "possible", "negated", "denied")
PLOVER_ACTIONS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Span:
    """A stretch of `Article.text`: text == article.text[start:end]."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class RawDocument:
    """One input document as read from a source, before cleaning."""

    source: str  # path, URL or "path:line" it came from
    content: str  # decoded text or HTML
    kind: Literal["html", "text"]
    id: str | None = None  # the input's own id (JSONL field id)
    url: str | None = None
    title: str | None = None  # a title supplied with the input, trusted over extraction
    published: str | None = None  # likewise for the publication date


@dataclass(frozen=True)
class Article:
    """A cleaned document with its metadata; `text` is what every later stage reads."""

    id: str
    source: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None  # ISO 8601 date, optionally with time and offset
    authors: tuple[str, ...]
    text: str
    language: str | None
    updated: str | None = None  # last-updated date when the page states one apart from published


@dataclass(frozen=True)
class LocalEntity:
    """One referent inside one article; `key` is unique within the article."""

    key: str
    name: str  # the fullest surface form seen in the article
    type: str
    mentions: tuple[Span, ...]
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ref:
    """A name in an annotation, with the local entity key it refers to when known."""

    name: str
    entity: str | None = None  # a LocalEntity.key in the article, resolved to an Entity.id on output


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # one of SOURCE_KINDS
    entity: str | None = None  # LocalEntity.key


@dataclass(frozen=True)
class Attribution:
    source: Source
    via: tuple[Ref, ...]  # relaying outlets, innermost first
    cue: Span
    content: Span
    direct: bool


@dataclass(frozen=True)
class TimeExpression:
    span: Span
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when it cannot be resolved
    background: bool = False  # history far before publication: kept, but left out of story timelines
    duration: bool = False  # a stretch of time ("for two years"): no value, kept out of the record's times


@dataclass(frozen=True)
class Event:
    actor: Ref | None
    action: str  # one of PLOVER_ACTIONS
    target: Ref | None
    modality: str  # one of MODALITIES
    date: str | None
    evidence: Span
    attribution: int | None = None  # index in Layers.attributions of the claim that reports it


@dataclass(frozen=True)
class Layers:
    """Everything the per-article stages add to one Article."""

    entities: tuple[LocalEntity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class AnnotatedArticle:
    article: Article
    layers: Layers
    fingerprint: tuple[int, ...] = field(default=(), repr=False)  # MinHash signature of the text


@dataclass(frozen=True)
class Entity:
    """A real-world referent across the whole collection."""

    id: str
    name: str
    type: str
    # The id of the country whose government this names when it acts ("the White House said"):
    # the entity is kept as written and linked to what it stands for.
    stands_for: str | None = None


@dataclass(frozen=True)
class Story:
    id: str
    label: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class Rejection:
    """A document that could not be processed: stored, counted, reported in one line."""

    source: str
    stage: str  # read, clean, extract, store
    reason: str
    code: str = ""  # the catalogue code (E003 ...), for counting drops per reason

    def __post_init__(self) -> None:
        # Sources and reasons quote input (paths, ids, a parser's view of the bytes): escaped
        # here, once, so a rejection is one printable line wherever it is shown or stored.
        object.__setattr__(self, "source", one_line(self.source))
        object.__setattr__(self, "reason", one_line(self.reason))

    @classmethod
    def from_error(cls, source: str, stage: str, err: StorylineError) -> Rejection:
        return cls(source, stage, err.message, err.ident)

    def line(self) -> str:
        return f"storyline: skipped {self.source}: {self.reason}"
