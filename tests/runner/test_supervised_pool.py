"""SupervisedPool: a document that hangs where no alarm reaches, or kills its process, costs only
itself; the process is replaced and the rest of its batch, and every other batch, comes out."""
from __future__ import annotations

from storyline.models import AnnotatedArticle, RawDocument, Rejection
from storyline.runner import SupervisedPool
from storyline.settings import Options
from tests.runner.stubborn import StubbornWorker

TEXT = ("Mayor Ilse Marrow said on Tuesday that the council of Port Aster will vote next week on "
        "the harbour budget, officials in the town hall said.")


def _doc(name: str, content: str = TEXT) -> RawDocument:
    return RawDocument(source=name, content=content, kind="text")


def test_supervised_pool_replaces_hung_and_dead_workers() -> None:
    # a time limit of 5 s a stage: the good documents take a fraction of that, the hung one forever
    worker = StubbornWorker(Options(document_timeout=5.0))
    batches = [[_doc("hang.txt", "HANG " + TEXT), _doc("b.txt")],
               [_doc("c.txt")],
               [_doc("crash.txt", "CRASH " + TEXT)],
               [_doc("d.txt"), Rejection("gone.html", "read", "no such file or directory", "E008")]]
    results = list(SupervisedPool(workers=2).map(worker, batches))
    outcomes = [[(item.article.source if isinstance(item, AnnotatedArticle) else (item.source, item.code))
                 for item in result.items] for result in results]
    assert outcomes == [[("hang.txt", "E011"), "b.txt"],
                        ["c.txt"],
                        [("crash.txt", "E014")],
                        ["d.txt", ("gone.html", "E008")]]
    assert "exit status 70" in results[2].items[0].reason
    assert {s.stage: s.documents for s in results[0].stages} == {"clean": 1, "extract": 1}
