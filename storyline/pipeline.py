"""The whole pipeline: read, clean and annotate each document, store it, then update the collection.

Per-article work (clean + NLP) is an `ArticleWorker` run by an executor; the collection stages
(duplicates, entity resolution, stories) run afterwards in this process against the store.
Every failure of one document becomes a Rejection; every document read gives an article
(added or already stored) or a Rejection.
"""
from __future__ import annotations

import hashlib
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from storyline.clean.article import content_id
from storyline.collection import finish_collection
from storyline.errors import Code, StorylineError
from storyline.extract.annotate import NLP_LANGUAGES
from storyline.models import AnnotatedArticle, RawDocument, Rejection
from storyline.runner import ArticleWorker, LocalExecutor, StageTime, annotate
from storyline.settings import Options
from storyline.sources import read_inputs
from storyline.sources.repair import repair_document
from storyline.store import Store

__all__ = ["IngestReport", "annotate", "ingest", "ingest_documents", "store_results"]

# Documents handed to a worker at once: enough for spaCy's batching, small enough to keep
# both cores busy to the end of a run of a few dozen articles.
BATCH_SIZE = 8
# Articles written to the store in one statement; a crash loses at most this many.
STORE_BATCH = 32

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # already in the store
    rejections: list[Rejection] = field(default_factory=list)
    without_nlp: list[tuple[str, str]] = field(default_factory=list)  # (id, language)
    stages: dict[str, StageTime] = field(default_factory=dict)  # read, clean, extract, store, collection
    collected: int = 0  # articles the collection stages finished, left over from an earlier run included

    @property
    def drops(self) -> Counter[str]:
        """Rejections per catalogue code."""
        return Counter(r.code or "E000" for r in self.rejections)

    def count(self, stage: str, documents: int, seconds: float) -> None:
        old = self.stages.get(stage, StageTime(stage, 0, 0.0))
        self.stages[stage] = StageTime(stage, old.documents + documents, old.seconds + seconds)


def ingest(inputs: Iterable[str], store: Store, options: Options, progress: Progress | None = None) -> IngestReport:
    """Add every readable document of `inputs` (paths, directories, URLs, '-') to `store`."""
    return ingest_documents(read_inputs(inputs, options), store, options, progress)


def ingest_documents(documents: Iterable[RawDocument | Rejection], store: Store, options: Options,
                     progress: Progress | None = None) -> IngestReport:
    """Add documents already read (files, or the REST API's request body) to `store`.

    Bad documents become Rejections; documents already stored are left as they are; the
    collection stages run once at the end, over what was added and what an interrupted
    earlier run left unfinished.
    """
    report = IngestReport()
    digests: dict[str, str] = {}
    batches = _new_batches(documents, store, report, digests, progress)

    def annotated() -> Iterator[AnnotatedArticle | Rejection]:
        for result in LocalExecutor(options.worker_count()).map(ArticleWorker(options), batches):
            for stage in result.stages:
                report.count(stage.stage, stage.documents, stage.seconds)
            yield from result.items

    return store_results(annotated(), store, options, report, digests, progress)


def store_results(results: Iterable[AnnotatedArticle | Rejection], store: Store, options: Options,
                  report: IngestReport | None = None, digests: dict[str, str] | None = None,
                  progress: Progress | None = None) -> IngestReport:
    """Write the per-article results, in order, wherever they were computed (this machine or Ray),
    then run the collection stages over what was added and what an interrupted run left."""
    report = report if report is not None else IngestReport()
    writer = _Writer(store, report, digests if digests is not None else {})
    for item in results:
        if progress:
            progress(1)
        if isinstance(item, Rejection):
            report.rejections.append(item)
        else:
            writer.take(item)
    writer.flush()
    store.add_rejections(report.rejections)
    start = time.perf_counter()
    report.collected = finish_collection(store, options)
    if report.collected:
        report.count("collection", report.collected, time.perf_counter() - start)
    return report


def raw_digest(raw: RawDocument) -> str:
    """What the store remembers of the input an article came from: a hash of everything that
    makes the article (its source included, so that a copy elsewhere is a document of its own)."""
    parts = (raw.source, raw.kind, raw.id, raw.url, raw.title, raw.published, raw.content)
    digest = hashlib.sha1()
    for part in parts:
        digest.update((part or "").encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _new_batches(documents: Iterable[RawDocument | Rejection], store: Store, report: IngestReport,
                 digests: dict[str, str], progress: Progress | None) -> Iterator[list[RawDocument | Rejection]]:
    """Batches for the worker, without the documents the store already holds, known before any
    cleaning or NLP by their own id (JSON Lines) or by the digest of the input (files, URLs).
    `digests` receives source -> digest of the documents passed on. (This runs in the
    executor's feeding thread, so it reads the store through a cursor of its own.)"""
    cursor = store.cursor()
    stream = iter(documents)
    while True:
        start = time.perf_counter()
        # strings the store cannot hold (lone surrogates, NULs) are repaired before any lookup
        batch = [repair_document(d) if isinstance(d, RawDocument) else d for d in itertools.islice(stream, BATCH_SIZE)]
        if not batch:
            return
        raws = {id(d): raw_digest(d) for d in batch if isinstance(d, RawDocument)}
        known_ids = cursor.known_ids(d.id for d in batch if isinstance(d, RawDocument) and d.id)
        known = cursor.known_digests(raws.values())
        fresh: list[RawDocument | Rejection] = []
        for d in batch:
            if isinstance(d, Rejection):
                fresh.append(d)
            elif d.id in known_ids or raws[id(d)] in known:
                report.unchanged.append(d.id if d.id in known_ids else known[raws[id(d)]])
                if progress:
                    progress(1)
            else:
                digests[d.source] = raws[id(d)]
                fresh.append(d)
        report.count("read", len(batch), time.perf_counter() - start)
        if fresh:
            yield fresh


class _Writer:
    """Give each annotated article its id in the collection and store it in batches."""

    def __init__(self, store: Store, report: IngestReport, digests: dict[str, str]) -> None:
        self.store, self.report, self.digests = store, report, digests
        self.seen: dict[str, str] = {}  # id -> source, of this run's articles
        self.pending: list[AnnotatedArticle] = []

    def take(self, item: AnnotatedArticle) -> None:
        item = self._with_collection_id(item)  # type: ignore[assignment]
        if item is None:
            return
        self.seen[item.article.id] = item.article.source
        self.pending.append(item)
        if len(self.pending) >= STORE_BATCH:
            self.flush()

    def _with_collection_id(self, item: AnnotatedArticle) -> AnnotatedArticle | None:
        """The item as it is to be stored, or None when the collection has it already.

        A document's own id (JSON Lines `id`) is kept; given twice in one input, the second is
        rejected. An id made from the text (`doc-…`) is shared by two documents of identical
        text: the second is kept under the id plus a hash of its source, so that it becomes a
        record of its own, marked a duplicate by the collection stages, and a rerun finds it.
        """
        article = item.article
        ident = article.id
        if article.id != content_id(article.text):
            if ident in self.seen:
                self.report.rejections.append(Rejection.from_error(
                    article.source, "store", StorylineError(Code.DUPLICATE_ID, id=ident)))
                return None
            if self.store.known_ids([ident]):
                self.report.unchanged.append(ident)
                return None
            return item
        first_source = self.seen[ident] if ident in self.seen else self.store.source_of(ident)
        if first_source not in (None, article.source):
            ident = f"{ident}-{hashlib.sha1(article.source.encode('utf-8', 'replace')).hexdigest()[:8]}"
        if ident in self.seen or self.store.known_ids([ident]):
            self.report.unchanged.append(ident)
            return None
        return item if ident == article.id else replace(item, article=replace(article, id=ident))

    def flush(self) -> None:
        if not self.pending:
            return
        start = time.perf_counter()
        digests = [self.digests.get(item.article.source) for item in self.pending]
        stored, failed = self.store.add_articles_isolated(self.pending, digests)
        self.report.count("store", len(self.pending), time.perf_counter() - start)
        for item in stored:
            ident = item.article.id
            self.report.added.append(ident)
            if item.article.language not in NLP_LANGUAGES:
                self.report.without_nlp.append((ident, item.article.language or "unknown"))
        for item, err in failed:
            self.report.rejections.append(Rejection.from_error(
                item.article.source, "store", StorylineError(Code.NOT_STORED, detail=err)))
        self.pending = []

