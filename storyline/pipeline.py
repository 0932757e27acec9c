"""The whole pipeline: read, clean and annotate each document, store it, then update the collection.

Per-article work (clean + NLP) runs in worker processes; collection stages (duplicates, entity
resolution, stories) run afterwards in this process against the store.
"""
from __future__ import annotations

import itertools
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from storyline.clean import clean_document
from storyline.clean.language import with_language
from storyline.collection import update_collection
from storyline.errors import Code, StorylineError
from storyline.extract import load_nlp
from storyline.extract.annotate import NLP_LANGUAGES, annotate_in_language
from storyline.models import AnnotatedArticle, Article, RawDocument, Rejection
from storyline.resolve.duplicates import fingerprint
from storyline.settings import Options
from storyline.sources import read_inputs
from storyline.store import Store

# Documents handed to a worker at once: enough for spaCy's batching, small enough to keep
# both cores busy to the end of a run of a few dozen articles.
BATCH_SIZE = 8
# Below this many documents a worker pool costs more to start than it saves.
POOL_MIN_DOCUMENTS = 24
# Articles written to the store in one statement; a crash loses at most this many.
STORE_BATCH = 32
# spaCy's own limit on characters per text with the small English pipeline.
MAX_NLP_CHARS = 1_000_000

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # already in the store
    rejections: list[Rejection] = field(default_factory=list)
    without_nlp: list[tuple[str, str]] = field(default_factory=list)  # (id, language)


def ingest(inputs: Iterable[str], store: Store, options: Options, progress: Progress | None = None) -> IngestReport:
    """Add every readable document of `inputs` (paths, directories, URLs, '-') to `store`."""
    return ingest_documents(read_inputs(inputs, options), store, options, progress)


def ingest_documents(documents: Iterable[RawDocument | Rejection], store: Store, options: Options,
                     progress: Progress | None = None) -> IngestReport:
    """Add documents already read (files, or the REST API's request body) to `store`.

    Bad documents become Rejections; documents already stored are left as they are; the
    collection stages run once at the end, over what was added.
    """
    report = IngestReport()
    seen: set[str] = set()
    pending: list[AnnotatedArticle] = []
    for result in process_documents(documents, options):
        if progress:
            progress(1)
        if isinstance(result, Rejection):
            report.rejections.append(result)
            continue
        ident = result.article.id
        if ident in seen or store.known_ids([ident]):
            report.unchanged.append(ident)
            continue
        seen.add(ident)
        pending.append(result)
        report.added.append(ident)
        if result.article.language not in NLP_LANGUAGES:
            report.without_nlp.append((ident, result.article.language or "unknown"))
        if len(pending) >= STORE_BATCH:
            store.add_articles(pending)
            pending = []
    store.add_articles(pending)
    store.add_rejections(report.rejections)
    if report.added:
        update_collection(store, options)
    return report


def process_documents(raws: Iterable[RawDocument | Rejection], options: Options) -> Iterator[AnnotatedArticle | Rejection]:
    """Clean and annotate documents in input order, in a worker pool when there are enough."""
    stream = iter(raws)
    head = list(itertools.islice(stream, POOL_MIN_DOCUMENTS))
    workers = options.worker_count()
    if len(head) < POOL_MIN_DOCUMENTS or workers == 1:
        _init_worker(options)
        for batch in _batches(itertools.chain(head, stream)):
            yield from _process_batch(batch)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        for results in pool.imap(_process_batch, _batches(itertools.chain(head, stream))):
            yield from results


def _batches(items: Iterable[RawDocument | Rejection]) -> Iterator[list[RawDocument | Rejection]]:
    it = iter(items)
    while batch := list(itertools.islice(it, BATCH_SIZE)):
        yield batch


_OPTIONS = Options()


def _init_worker(options: Options) -> None:
    global _OPTIONS
    _OPTIONS = options
    load_nlp(options.spacy_model)


def _process_batch(batch: list[RawDocument | Rejection]) -> list[AnnotatedArticle | Rejection]:
    cleaned: list[Article | Rejection] = []
    for raw in batch:
        cleaned.append(raw if isinstance(raw, Rejection) else _guarded(raw.source, "clean", partial(clean_document, raw)))
    nlp = load_nlp(_OPTIONS.spacy_model)
    out: list[AnnotatedArticle | Rejection] = []
    for item in cleaned:
        if isinstance(item, Rejection):
            out.append(item)
            continue
        out.append(_guarded(item.source, "extract", partial(annotate, item, nlp)))
    return out


def annotate(article: Article, nlp) -> AnnotatedArticle:
    """All per-article layers and the text's fingerprint."""
    if len(article.text) > MAX_NLP_CHARS:
        raise StorylineError(Code.TOO_LARGE, limit=round(MAX_NLP_CHARS / 1e6))
    article = with_language(article, _OPTIONS.language)
    layers = annotate_in_language(article, nlp)
    return AnnotatedArticle(article=article, layers=layers, fingerprint=fingerprint(article.text))


def _guarded(source: str, stage: str, work: Callable[[], object]):
    """Run one document's work; any failure becomes a Rejection, and a time limit applies."""
    timed = threading.current_thread() is threading.main_thread() and _OPTIONS.document_timeout > 0
    if timed:
        signal.signal(signal.SIGALRM, _on_timeout)
        signal.setitimer(signal.ITIMER_REAL, _OPTIONS.document_timeout)
    try:
        return work()
    except StorylineError as err:
        return Rejection(source, stage, err.message)
    except TimeoutError:
        return Rejection(source, stage, StorylineError(Code.TIMEOUT, seconds=_OPTIONS.document_timeout).message)
    except Exception as err:  # noqa: BLE001 - one broken document must not stop the batch
        return Rejection(source, stage, f"internal error in {stage}: {type(err).__name__}: {err}")
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _on_timeout(signum: int, frame: object) -> None:
    raise TimeoutError
