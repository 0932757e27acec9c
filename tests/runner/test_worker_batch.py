"""ArticleWorker: a batch's English articles parsed together give the layers each gives alone."""
from __future__ import annotations

from storyline.models import AnnotatedArticle, RawDocument, Rejection
from storyline.runner import ArticleWorker
from storyline.settings import Options

# Fiction, written for this test.
TEXTS = (
    "Council approves harbour budget\n\nThe council of Port Aster voted on Tuesday to approve the budget "
    "for the harbour works, mayor Ilse Marrow said. \"Work starts in May,\" she told reporters.",
    "Rail strike ends in Valdoria\n\nDrivers of the Valdorian Rail Company returned to work on Monday after "
    "union leader Tomas Brenn accepted a new offer, the company said in a statement.",
    "Too short.",
    "Museum reopens after flood\n\nThe Aster Maritime Museum will reopen on 3 June, its director Hana Ostrel "
    "said on Friday, two years after the river flooded its lower halls.",
)


def test_worker_batch_parse_matches_one_by_one() -> None:
    worker = ArticleWorker(Options())
    batch = [RawDocument(source=f"{n}.txt", content=text, kind="text") for n, text in enumerate(TEXTS)]
    together = worker(batch).items
    alone = [item for raw in batch for item in worker([raw]).items]
    assert [type(item) for item in together] == [AnnotatedArticle, AnnotatedArticle, Rejection, AnnotatedArticle]
    assert together == tuple(alone)
    assert all(item.layers.entities for item in together if isinstance(item, AnnotatedArticle))


def test_worker_batch_over_its_time_limit_still_rejects_per_document() -> None:
    worker = ArticleWorker(Options(document_timeout=1e-6))
    items = worker([RawDocument(source=f"{n}.txt", content=text * 20, kind="text") for n, text in enumerate(TEXTS[:2])]).items
    assert [item.code for item in items if isinstance(item, Rejection)] == ["E011", "E011"]
