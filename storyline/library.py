"""storyline from Python: the calls `import storyline` offers (see storyline/__init__.py).

Each is a thin wrapper over the same library functions the CLI, the REST API and the web page
call, with the defaults a user expects (Options(), an in-memory store for one text).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.analyze import EntityView, StorySummary, StoryView, list_stories, view_entity, view_story
from storyline.errors import Code, StorylineError
from storyline.export import iter_records
from storyline.models import RawDocument
from storyline.pipeline import IngestReport, ingest_documents
from storyline.pipeline import ingest as ingest_inputs
from storyline.record import Record
from storyline.settings import Options
from storyline.store import Store


def open_store(path: str | Path = ":memory:") -> Store:
    """The DuckDB store at `path` (created and migrated when new); use it as a context manager."""
    return Store(path)


def ingest(inputs: Iterable[str], store: Store, options: Options | None = None) -> IngestReport:
    """Add files, folders, URLs or '-' to `store`; bad documents come back as report.rejections."""
    return ingest_inputs(list(inputs), store, options or Options())


def annotate(text: str, *, published: str | None = None, title: str | None = None, url: str | None = None,
             html: bool = False, options: Options | None = None) -> Record:
    """The record of one pasted text (or HTML page with html=True), every layer included.

    `published` (ISO date) anchors relative times ("on Tuesday"); without it they stay unresolved
    unless the text states its date. Raises StorylineError when the text cannot be processed.
    """
    document = RawDocument(source="<text>", content=text, kind="html" if html else "text", url=url, title=title,
                           published=published)
    with Store(":memory:") as store:
        report = ingest_documents([document], store, options or Options())
        if report.rejections:
            rejection = report.rejections[0]
            raise StorylineError(Code.TEXT_REJECTED, reason=rejection.reason, rejected=rejection.code or "no code")
        return next(iter_records(store))


def records(store: Store) -> Iterator[Record]:
    """Every stored article's record (CONTRACT.md), as `storyline export` writes them."""
    return iter_records(store)


def stories(store: Store) -> list[StorySummary]:
    """Every story, largest first."""
    return list_stories(store).items


def story(store: Store, story_id: str) -> StoryView:
    """One story: articles, actors with roles, who said what, timeline, changes and conflicts."""
    return view_story(store, story_id)


def entity(store: Store, name: str) -> EntityView:
    """One entity by id, canonical name or any alias: aliases, roles over time, appearances."""
    return view_entity(store, name)
