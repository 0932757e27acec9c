"""Story listings on a real DuckDB file: the top actors of a story."""
from __future__ import annotations

from storyline.models import RawDocument
from storyline.pipeline import ingest_documents
from storyline.settings import Options
from storyline.store import Store

# Fiction: a one-article story whose protagonist sorts last by name.
REPORT = (
    "Zora Velinsky resigns as Brask harbour chief\n\n"
    "BRASK: Zora Velinsky resigned on Monday as chief of the Brask harbour authority, a week after a "
    "crane collapse closed two berths. Velinsky said the inquiry needed a free hand. Velinsky had led "
    "the authority since 2019. Andrew Abbot, her deputy, will run the harbour until a successor is "
    "named, the Brask Chamber of Commerce said in a statement."
)


def test_story_queries_one_article_story_lists_its_most_named_actor_first(tmp_path, nlp):
    with Store(str(tmp_path / "s.duckdb")) as store:
        ingest_documents([RawDocument(source="fiction", content=REPORT, kind="text", id="zv-1",
                                      published="2031-03-04")], store, Options())
        (summary,) = store.story_summaries()
    assert summary.top_actors[0] == "Zora Velinsky", summary.top_actors
