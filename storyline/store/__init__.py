"""The embedded store: the only package that speaks SQL.

Other packages import `Store` (and the StoredArticle its reads return) from here, never from the
modules inside; the other typed rows its reads return are re-exported by storyline.analyze.
"""
from storyline.store.db import Store
from storyline.store.rows import StoredArticle

__all__ = ["Store", "StoredArticle"]
