"""The embedded store: the only package that speaks SQL."""
from storyline.store.db import Store, StoredArticle

__all__ = ["Store", "StoredArticle"]
