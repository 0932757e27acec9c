"""The embedded store: the only package that speaks SQL.

Other packages import `Store` from here and nothing else, never from the modules inside; the typed
rows its reads return are defined in storyline.queries (StoredArticle is re-exported here for
the modules that took it from here before).
"""
from storyline.queries import StoredArticle
from storyline.store.db import Store

__all__ = ["Store", "StoredArticle"]
