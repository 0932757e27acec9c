"""Full-text search over articles and the claims sources made, with DuckDB's fts extension.

The extension is loaded from its PyPI package (duckdb-extension-fts), never installed from the
network. The index is derived data: rebuilt when the collection has changed since the last search.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb

from storyline.errors import Code, StorylineError
from storyline.queries import SearchHit

# Characters of context either side of the first matching word in a snippet: about one line.
SNIPPET_CONTEXT = 80


class SearchQueries:
    con: duckdb.DuckDBPyConnection

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles and claims matching `query`, best first (BM25); rebuilds the index when the
        collection changed, so the store must be open for writing."""
        return _search(self.con, query, limit)


def _search(con: duckdb.DuckDBPyConnection, query: str, limit: int) -> list[SearchHit]:
    if not query.strip():
        raise StorylineError(Code.BAD_OPTION, detail="the search text is empty")
    _load_fts(con)
    _refresh_index(con)
    # Equal scores (a wire copy scores as its original) come in a fixed order: kind, article, text.
    rows = con.execute(
        "SELECT 'article', a.id, a.story, a.title, a.text, fts_main_search_articles.match_bm25(s.id, ?) AS score "
        "FROM search_articles s JOIN articles a ON a.id = s.id WHERE score IS NOT NULL "
        "UNION ALL "
        "SELECT 'claim', c.article_id, a.story, a.title, c.body, fts_main_search_claims.match_bm25(c.id, ?) AS score "
        "FROM search_claims c JOIN articles a ON a.id = c.article_id WHERE score IS NOT NULL "
        "ORDER BY score DESC, 1, 2, 5 LIMIT ?", [query, query, limit]).fetchall()
    words = [w.lower() for w in query.split() if w.strip()]
    return [SearchHit(kind=kind, article_id=aid, story_id=story, title=title, snippet=_snippet(body, words),
                      score=round(float(score), 4)) for kind, aid, story, title, body, score in rows]


def _load_fts(con: duckdb.DuckDBPyConnection) -> None:
    spec = importlib.util.find_spec("duckdb_extension_fts")
    if spec is None or not spec.submodule_search_locations:
        raise StorylineError(Code.BAD_OPTION, detail="full-text search needs the duckdb-extension-fts package")
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob(f"extensions/v{duckdb.__version__}/fts.duckdb_extension"))
    found = found or sorted(root.rglob("fts.duckdb_extension"))
    if not found:
        raise StorylineError(Code.BAD_OPTION, detail=f"no fts extension in {root}")
    con.execute(f"LOAD '{str(found[0]).replace(chr(39), chr(39) * 2)}'")


def _refresh_index(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the search tables when articles were added or regrouped since they were built."""
    state = con.execute("SELECT count(*), count(story), coalesce(max(seq), 0) FROM articles").fetchone()
    stamp = "/".join(str(x) for x in state or ())
    if con.execute("SELECT count(*) FROM search_state WHERE stamp = ?", [stamp]).fetchone()[0]:  # type: ignore[index]
        return
    con.execute("BEGIN")
    con.execute("CREATE OR REPLACE TABLE search_articles AS SELECT id, coalesce(title, '') AS title, text FROM articles")
    con.execute(
        "CREATE OR REPLACE TABLE search_claims AS "
        "SELECT article_id || '#' || CAST(n + 1 AS VARCHAR) AS id, article_id, content_text AS body FROM attributions")
    con.execute("DELETE FROM search_state")
    con.execute("INSERT INTO search_state VALUES (?)", [stamp])
    con.execute("COMMIT")
    con.execute("PRAGMA create_fts_index('search_articles', 'id', 'title', 'text', overwrite=1)")
    con.execute("PRAGMA create_fts_index('search_claims', 'id', 'body', overwrite=1)")


def _snippet(body: str, words: list[str]) -> str:
    lower = body.lower()
    at = min((i for i in (lower.find(w) for w in words) if i >= 0), default=0)
    start, end = max(0, at - SNIPPET_CONTEXT), min(len(body), at + SNIPPET_CONTEXT)
    text = " ".join(body[start:end].split())
    return ("…" if start else "") + text + ("…" if end < len(body) else "")
