"""One article the store refuses costs only itself; rejections stored once each."""
from __future__ import annotations

from pathlib import Path

from storyline.models import AnnotatedArticle, Article, Layers, Rejection
from storyline.store import Store


def _item(ident: str) -> AnnotatedArticle:
    article = Article(id=ident, source=f"{ident}.txt", url=None, title=None, outlet=None, published=None,
                      authors=(), text=f"Text of {ident}.", language="en")
    return AnnotatedArticle(article=article, layers=Layers(), fingerprint=(1, 2, 3))


def test_db_refused_article_costs_only_itself(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        items = [_item("a"), _item("b\ud800"), _item("c")]  # a lone surrogate cannot be encoded
        stored, refused = store.add_articles_isolated(items, [None, None, None])
        assert [i.article.id for i in stored] == ["a", "c"]
        assert [i.article.id for i, _ in refused] == ["b\ud800"]
        assert store.article_count() == 2 and store.uncollected_count() == 2


def test_db_rejections_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        rejection = Rejection("x.html", "read", "the document is empty", "E001")
        store.add_rejections([rejection])
        store.add_rejections([rejection])
        assert store.rejections() == [Rejection("x.html", "read", "the document is empty")]
