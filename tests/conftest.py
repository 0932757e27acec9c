"""Shared fixtures: the real spaCy model, real DuckDB files, the shared data when present."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.clean.article import content_id
from storyline.extract import annotate_article, load_nlp
from storyline.models import Article, Layers
from storyline.settings import Options

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp(Options().spacy_model)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def dev_input(shared_dir: Path) -> Path:
    path = shared_dir / "corpus" / "dev-input.jsonl"
    if not path.is_file():
        pytest.skip("../shared/corpus/dev-input.jsonl is not present")
    return path


def make_article(text: str, published: str | None = "2031-03-18", title: str | None = None) -> Article:
    """An Article around a test sentence, as the clean stage would give it."""
    return Article(id=content_id(text), source="test", url=None, title=title, outlet=None, published=published,
                   authors=(), text=text, language="en")


@pytest.fixture(scope="session")
def annotate(nlp):
    """annotate(text, published=...) -> (Article, Layers) through every per-article stage."""
    def run(text: str, published: str | None = "2031-03-18") -> tuple[Article, Layers]:
        article = make_article(text, published)
        return article, annotate_article(article, nlp(article.text))
    return run
