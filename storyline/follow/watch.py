"""One poll of every watched source: ingest what is new, then say which articles and stories changed.

The store is opened for the poll only and closed between polls, so other commands can read it
while `watch` waits. What was taken from a source is remembered only after it is stored: a poll
stopped half-way is redone by the next one, and the store keeps one copy of each article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from storyline.follow.sources import Poll, poll_source, source_key
from storyline.models import Rejection
from storyline.pipeline import ingest_documents
from storyline.settings import Options
from storyline.sources.fetch import Fetcher
from storyline.store import Store


@dataclass(frozen=True)
class NewArticle:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    story: str | None


@dataclass(frozen=True)
class StoryChange:
    id: str
    label: str
    articles: int  # articles in the story now
    added: int  # of which new in this poll


@dataclass
class PollReport:
    articles: list[NewArticle] = field(default_factory=list)
    stories: list[StoryChange] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    without_nlp: list[tuple[str, str]] = field(default_factory=list)  # (id, language)


def poll_sources(specs: list[str], db: Path, options: Options, fetcher: Fetcher) -> PollReport:
    """Poll every source once and ingest what is new into the store at `db`."""
    with Store(db) as store:
        polls: dict[str, Poll] = {}
        for spec in specs:
            key = source_key(spec)
            polls[key] = poll_source(spec, store.watch_marks(key), fetcher, options)
        documents = [doc for poll in polls.values() for doc in poll.documents]
        ingested = ingest_documents(documents, store, options) if documents else None
        for key, poll in polls.items():
            store.save_watch_marks(key, poll.marks)
        if ingested is None:
            return PollReport()
        return PollReport(articles=_new_articles(store, ingested.added), stories=_changed_stories(store, ingested.added),
                          rejections=ingested.rejections, without_nlp=ingested.without_nlp)


def _new_articles(store: Store, ids: list[str]) -> list[NewArticle]:
    if not ids:
        return []
    return [NewArticle(id=s.article.id, title=s.article.title, outlet=s.article.outlet,
                       published=s.article.published, story=s.story) for s in store.articles(ids)]


def _changed_stories(store: Store, ids: list[str]) -> list[StoryChange]:
    if not ids:
        return []
    gained: dict[str, int] = {}
    for stored in store.articles(ids):
        if stored.story:
            gained[stored.story] = gained.get(stored.story, 0) + 1
    return [StoryChange(id=sid, label=label, articles=count, added=gained[sid])
            for sid, label, count, _first, _last in store.stories() if sid in gained]
