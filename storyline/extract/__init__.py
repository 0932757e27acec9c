"""Per-article stages: pure functions of one Article and its spaCy parse.

They run in any worker process; nothing here reads or writes the store.
"""
from storyline.extract.annotate import annotate_article, load_nlp

__all__ = ["annotate_article", "load_nlp"]
