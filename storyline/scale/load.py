"""Results of the per-article work into the store, in input order, then the collection stages once."""
from __future__ import annotations

from collections.abc import Iterable

from storyline.collection import update_collection
from storyline.extract.annotate import NLP_LANGUAGES
from storyline.models import AnnotatedArticle, Rejection
from storyline.pipeline import STORE_BATCH, IngestReport
from storyline.settings import Options
from storyline.store import Store


def store_results(results: Iterable[AnnotatedArticle | Rejection], store: Store, options: Options) -> IngestReport:
    """Write results as the local runner does (same order, same skips), then update the collection.

    The collection stages also run when nothing was added but some stored article has no story:
    that is a run whose driver died after writing articles and before grouping them.
    """
    report = IngestReport()
    seen: set[str] = set()
    pending: list[AnnotatedArticle] = []
    for result in results:
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
    if report.added or store.unassigned_articles():
        update_collection(store, options)
    return report
