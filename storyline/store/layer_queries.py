"""Paged lists over the layer tables: articles, events, attributions, each with the one Filter."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import duckdb

from storyline.errors import Code, StorylineError
from storyline.models import Article, Layers
from storyline.queries import ArticleRow, AttributionRow, EventRow, Filter, Page, Paging, StoredArticle
from storyline.store.codec import layers_from_data
from storyline.store.layer_reads import read_layers
from storyline.store.layer_tables import ATTRIBUTION_COLUMNS, EVENT_COLUMNS, row_attribution, row_event

_ROW = "a.id, a.title, a.outlet, a.published, a.url, a.story, a.duplicate_of"


def _article_row(r: tuple) -> ArticleRow:
    return ArticleRow(*r[:7])


def _where(conds: list[tuple[str, str | None]]) -> tuple[str, list]:
    """The WHERE clause of the conditions whose value is set, and its parameters."""
    kept = [(sql, value) for sql, value in conds if value]
    params = [value for sql, value in kept for _ in range(sql.count("?"))]
    return ("WHERE " + " AND ".join(sql for sql, _ in kept)) if kept else "", params


class LayerQueries:
    con: duckdb.DuckDBPyConnection

    def list_articles(self, f: Filter, paging: Paging) -> Page[ArticleRow]:
        where, params = _where([("a.story = ?", f.story), ("a.id = ?", f.article)])
        rows = self.con.execute(f"SELECT {_ROW}, count(*) OVER () FROM articles a {where} "
                                "ORDER BY a.published NULLS LAST, a.seq LIMIT ? OFFSET ?",
                                [*params, paging.sql_limit, paging.offset]).fetchall()
        if rows:
            return Page([_article_row(r) for r in rows], rows[0][7])
        total = self.con.execute(f"SELECT count(*) FROM articles a {where}", params).fetchone()
        return Page([], int(total[0]) if total else 0)

    def has_story(self, story: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM articles WHERE story = ?", [story]).fetchone()[0])  # type: ignore[index]

    def stored_article(self, article_id: str) -> StoredArticle:
        """The stored article with this id (E101 when there is none)."""
        row = self.con.execute("SELECT id, source, url, title, outlet, published, updated, authors, text, language, "
                               "duplicate_of, story FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise StorylineError(Code.UNKNOWN_ARTICLE, id=article_id)
        layers = read_layers(self.con, "a.id = ?", [article_id]).get(article_id, Layers())
        article = Article(id=row[0], source=row[1], url=row[2], title=row[3], outlet=row[4], published=row[5],
                          updated=row[6], authors=tuple(row[7]), text=row[8], language=row[9])
        return StoredArticle(article=article, layers=layers, duplicate_of=row[10], story=row[11])

    def list_events(self, f: Filter, paging: Paging) -> Page[EventRow]:
        """Events by their own date (else their article's), then order of arrival and of the text."""
        where, params = _where([
            ("a.story = ?", f.story), ("a.id = ?", f.article), ("t.action = ?", f.action),
            ("t.modality = ?", f.modality), ("coalesce(t.date, a.published, '') >= ?", f.since),
            ("coalesce(t.date, a.published, '') <= ?", f.until), ("(la.entity_id = ? OR lt.entity_id = ?)", f.entity),
            ("la.entity_id = ?", f.actor)])
        rows = self.con.execute(
            f"SELECT {_ROW}, {EVENT_COLUMNS}, la.entity_id, lt.entity_id, count(*) OVER () "
            "FROM events t JOIN articles a ON a.id = t.article_id "
            "LEFT JOIN entity_links la ON la.article_id = t.article_id AND la.local_key = t.actor_entity "
            "LEFT JOIN entity_links lt ON lt.article_id = t.article_id AND lt.local_key = t.target_entity "
            f"{where} ORDER BY coalesce(t.date, a.published) NULLS LAST, a.seq, t.evidence_start, t.action, t.n "
            "LIMIT ? OFFSET ?", [*params, paging.sql_limit, paging.offset]).fetchall()
        items = [EventRow(_article_row(r), row_event(r[7:18]), r[18], r[19]) for r in rows]
        return Page(items, rows[0][20] if rows else 0)

    def list_attributions(self, f: Filter, paging: Paging) -> Page[AttributionRow]:
        """Attributions by their article's publication date, then order of arrival and of the text."""
        where, params = _where([
            ("a.story = ?", f.story), ("a.id = ?", f.article), ("t.source_kind = ?", f.kind),
            ("ls.entity_id = ?", f.entity), ("coalesce(a.published, '') >= ?", f.since),
            ("coalesce(a.published, '') <= ?", f.until)])
        rows = self.con.execute(
            f"SELECT {_ROW}, {ATTRIBUTION_COLUMNS}, ls.entity_id, count(*) OVER () "
            "FROM attributions t JOIN articles a ON a.id = t.article_id "
            "LEFT JOIN entity_links ls ON ls.article_id = t.article_id AND ls.local_key = t.source_entity "
            f"{where} ORDER BY a.published NULLS LAST, a.seq, t.cue_start, t.content_start, t.n "
            "LIMIT ? OFFSET ?", [*params, paging.sql_limit, paging.offset]).fetchall()
        items = [AttributionRow(_article_row(r), row_attribution(r[7:19]), r[19]) for r in rows]
        return Page(items, rows[0][20] if rows else 0)

    @staticmethod
    def layers_from_rows(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> Layers:
        """An article's layers from their rows as `dataclasses.asdict` writes them, by layer name
        (the Parquet shards of a distributed run hold them so): the store's own decoding."""
        return layers_from_data(rows)
