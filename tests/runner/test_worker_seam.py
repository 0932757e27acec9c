"""ArticleWorker: picklable, guards each document, keeps error codes, owns the time limit."""
from __future__ import annotations

import pickle

from storyline.models import AnnotatedArticle, RawDocument, Rejection
from storyline.runner import ArticleWorker, LocalExecutor
from storyline.settings import Options

TEXT = ("General Ilse Marrow said on Tuesday that Valdoria will decide within weeks whether to send "
        "troops to the basin mission, officials in the capital said.")


def test_worker_survives_pickling_and_annotates() -> None:
    worker = pickle.loads(pickle.dumps(ArticleWorker(Options(workers=1))))
    result = worker([RawDocument(source="a.txt", content=TEXT, kind="text")])
    assert [type(item) for item in result.items] == [AnnotatedArticle]
    assert {s.stage: s.documents for s in result.stages} == {"clean": 1, "extract": 1}


def test_worker_rejections_keep_their_code() -> None:
    batch = [RawDocument(source="short.txt", content="Too short.", kind="text"),
             Rejection("gone.html", "read", "no such file or directory", "E008")]
    result = ArticleWorker(Options())(batch)
    items = result.items
    assert result.drops == {"E004": 1, "E008": 1}
    assert [(r.source, r.code) for r in items if isinstance(r, Rejection)] == [("short.txt", "E004"), ("gone.html", "E008")]


def test_worker_time_limit_rejects_with_timeout_code() -> None:
    worker = ArticleWorker(Options(document_timeout=1e-6))
    [item] = worker([RawDocument(source="slow.txt", content=TEXT * 50, kind="text")]).items
    assert isinstance(item, Rejection) and item.code == "E011"


def test_worker_repairs_strings_the_store_cannot_hold() -> None:
    [item] = ArticleWorker(Options())([RawDocument(source="s\ud800.txt", content=TEXT + "\x00", kind="text",
                                                   title="T\udc00")]).items
    assert isinstance(item, AnnotatedArticle)
    assert item.article.title == "T\ufffd" and "\x00" not in item.article.text and item.article.source == "s\ufffd.txt"


def test_executor_in_process_keeps_order() -> None:
    results = list(LocalExecutor(workers=1).map(len, [[1], [1, 2], [1, 2, 3]]))
    assert results == [1, 2, 3]
