"""Store: a DuckDB file (or memory) holding articles, their layers and the collection's results."""
from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb

from storyline.errors import Code, StorylineError
from storyline.models import AnnotatedArticle, Article, Entity, Layers, LocalEntity, Rejection
from storyline.queries import StoredArticle
from storyline.store.band_index import BandIndex
from storyline.store.columns import insert_columns, string_literals
from storyline.store.entity_index import EntityIndex
from storyline.store.entity_probes import EntityProbes
from storyline.store.entity_queries import EntityQueries
from storyline.store.layer_queries import LayerQueries
from storyline.store.layer_reads import read_layers, read_local_entities
from storyline.store.layer_tables import insert_layers
from storyline.store.migrations import MIGRATIONS
from storyline.store.search import SearchQueries
from storyline.store.story_candidates import StoryCandidates
from storyline.store.story_log import StoryLog
from storyline.store.story_queries import StoryQueries
from storyline.store.watch_marks import WatchMarks

# What an insert of strings the store cannot hold raises (a lone surrogate fails to encode: the
# binding layer raises a bare RuntimeError).
_INSERT_ERRORS = (duckdb.Error, UnicodeError, ValueError, RuntimeError)
# Pause between attempts to open a file another process has locked: short against the
# milliseconds a reader holds it, long enough not to spin.
LOCK_RETRY_SECONDS = 0.05
_ARTICLE_COLUMNS = "id, source, url, title, outlet, published, updated, authors, text, language"


# Ids looked up as a list of parameters, which DuckDB answers from the primary key's index; a
# longer list goes as one JSON parameter and a join (a scan of the ids, but one).
_INDEXED_LOOKUP = 64
# A list of strings sent as one JSON parameter (see Store._insert_columns for why not a list).
_STRINGS = "unnest(from_json(?, '[\"VARCHAR\"]'))"


class Store(LayerQueries, EntityQueries, StoryQueries, SearchQueries, WatchMarks, StoryLog, StoryCandidates,
            EntityIndex, EntityProbes, BandIndex):
    """The collection's DuckDB file, opened read-write (the default) or read-only.

    Its typed reads are grouped by subject in the classes it is made of (layer_queries,
    entity_queries, story_queries, search); writes and the collection stages' reads are here.

    DuckDB lets one process write a file, or several processes read it, never both at once.
    Readers open with read_only=True, which also refuses a path where no database exists;
    `wait` is how long to retry while another process holds a conflicting lock.
    """

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False, wait: float = 0.0) -> None:
        self.path = str(path)
        self.read_only = read_only and self.path != ":memory:"
        if self.read_only and not Path(self.path).is_file():
            raise StorylineError(Code.BAD_OPTION, detail=f"no database at {self.path}; run `storyline ingest` first")
        if self.path != ":memory:" and not self.read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = _connect(self.path, self.read_only, wait)
        if not self.read_only:
            self._migrate()
        elif self._pending_migrations():
            # An older file: upgrade it once, briefly read-write, then read it as asked.
            self.con.close()
            Store(self.path, wait=wait).close()
            self.con = _connect(self.path, True, wait)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ schema
    def _pending_migrations(self) -> bool:
        tables = {t for (t,) in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "schema_migrations" not in tables:
            return True
        done = {v for (v,) in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        return any(version not in done for version, _, _ in MIGRATIONS)

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = {v for (v,) in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = False
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self.con.execute("BEGIN")
            if callable(sql):
                sql(self.con)
            else:
                self.con.execute(sql)
            self.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            self.con.execute("COMMIT")
            applied = True
        if applied and self.path != ":memory:":
            # Into the file, out of the write-ahead log: DuckDB cannot replay a logged table with
            # DEFAULT expressions after a kill -9 ("GetDefaultDatabase with no default database
            # set", duckdb issues 19712 and 18259), and the store would no longer open.
            self.con.execute("CHECKPOINT")

    # ------------------------------------------------------------------ articles
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return _known_ids(self.con, ids)

    def cursor(self) -> IdLookup:
        """A lookup of stored ids for another thread (a DuckDB connection serves one thread)."""
        return IdLookup(self.con.cursor())

    def source_of(self, ident: str) -> str | None:
        row = self.con.execute("SELECT source FROM articles WHERE id = ?", [ident]).fetchone()
        return row[0] if row else None

    def add_articles_isolated(self, items: list[AnnotatedArticle], digests: list[str | None]) -> tuple[
            list[AnnotatedArticle], list[tuple[AnnotatedArticle, str]]]:
        """Store `items` in one statement, or one by one when that fails, so that one article
        the store refuses costs only itself: (stored, [(refused, why)])."""
        try:
            self.add_articles(items, digests)
            return items, []
        except _INSERT_ERRORS:
            pass
        stored, refused = [], []
        for item, digest in zip(items, digests, strict=True):
            try:
                self.add_articles([item], [digest])
                stored.append(item)
            except _INSERT_ERRORS as err:
                refused.append((item, f"{type(err).__name__}: {err}"))
        return stored, refused

    def uncollected_count(self) -> int:
        """Articles stored but not yet through the collection stages (see migration 4)."""
        return int(self.con.execute("SELECT count(*) FROM articles WHERE NOT collected").fetchone()[0])  # type: ignore[index]

    def mark_collected(self) -> None:
        self.con.execute("UPDATE articles SET collected = true WHERE NOT collected")

    def known_digests(self, digests: Iterable[str]) -> dict[str, str]:
        """digest -> id of the stored articles made from inputs with those digests."""
        return _known_digests(self.con, digests)

    def add_articles(self, items: list[AnnotatedArticle], digests: list[str | None] | None = None) -> None:
        """Insert articles, each marked as not yet collected; `digests`: of the input each came from."""
        if not items:
            return
        # One transaction: an article and its layer rows are stored together or not at all, so a
        # refused insert leaves nothing behind for add_articles_isolated's one-by-one retry.
        self.con.execute("BEGIN")
        try:
            self._insert_articles(items, digests)
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _insert_articles(self, items: list[AnnotatedArticle], digests: list[str | None] | None) -> None:
        start = self.con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]  # type: ignore[index]
        a = [item.article for item in items]
        self._insert_columns("articles", {
            "id": [x.id for x in a], "seq": list(range(start + 1, start + 1 + len(a))),
            "source": [x.source for x in a], "url": [x.url for x in a], "title": [x.title for x in a],
            "outlet": [x.outlet for x in a], "published": [x.published for x in a],
            "updated": [x.updated for x in a], "authors": [list(x.authors) for x in a],
            "text": [x.text for x in a], "language": [x.language for x in a],
            "fingerprint": [list(item.fingerprint) for item in items],
            "collected": [False] * len(items),
            "raw_digest": digests if digests is not None else [None] * len(items),
        })
        insert_layers(self.con, [(item.article.id, item.layers) for item in items])

    def _insert_columns(self, table: str, columns: dict[str, list]) -> None:
        insert_columns(self.con, table, columns)

    def add_rejections(self, rejections: list[Rejection]) -> None:
        if rejections:
            # a rerun after a crash reports the same rejections again; the store keeps one of each
            self.con.executemany("INSERT INTO rejections (source, stage, reason) SELECT ?, ?, ? WHERE NOT EXISTS "
                                 "(SELECT 1 FROM rejections WHERE source = ? AND stage = ? AND reason = ?)",
                                 [[r.source, r.stage, r.reason] * 2 for r in rejections])

    def article_count(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]

    def fingerprints(self) -> list[tuple[str, str | None, tuple[int, ...], str | None]]:
        """(id, published, signature, duplicate_of) of every article, in publication order."""
        rows = self.con.execute(
            "SELECT id, published, fingerprint, duplicate_of FROM articles ORDER BY published NULLS LAST, seq").fetchall()
        return [(r[0], r[1], tuple(r[2]), r[3]) for r in rows]

    def set_duplicates(self, pairs: dict[str, str]) -> None:
        if pairs:
            self.con.execute(f"UPDATE articles SET duplicate_of = d.original FROM (SELECT {_STRINGS} AS copy, "
                             f"{_STRINGS} AS original) d WHERE articles.id = d.copy",
                             [json.dumps(list(pairs)), json.dumps(list(pairs.values()))])

    def local_entities(self) -> Iterator[tuple[str, LocalEntity]]:
        """(article id, local entity) of every article, in order of arrival and of the layer."""
        found = read_local_entities(self.con)
        for (article_id,) in self.con.execute("SELECT id FROM articles ORDER BY seq").fetchall():
            for entity in found.get(article_id, ()):
                yield article_id, entity

    def replace_entities(self, links: dict[tuple[str, str], Entity]) -> None:
        """Write the collection's entity resolution, replacing the previous one."""
        entities = {e.id: e for e in links.values()}
        self.con.execute("BEGIN")
        self.con.execute("DELETE FROM entity_links")
        self.con.execute("DELETE FROM entities")
        if entities:
            values = list(entities.values())
            self._insert_columns("entities", {"id": [e.id for e in values], "name": [e.name for e in values],
                                              "type": [e.type for e in values],
                                              "stands_for": [e.stands_for for e in values]})
            self._insert_columns("entity_links", {"article_id": [aid for aid, _ in links],
                                                  "local_key": [key for _, key in links],
                                                  "entity_id": [e.id for e in links.values()]})
        self.con.execute("COMMIT")

    def entity_links(self, article_id: str) -> dict[str, Entity]:
        rows = self.con.execute(
            "SELECT l.local_key, e.id, e.name, e.type FROM entity_links l JOIN entities e ON e.id = l.entity_id "
            "WHERE l.article_id = ?", [article_id]).fetchall()
        return {r[0]: Entity(id=r[1], name=r[2], type=r[3]) for r in rows}

    def all_entity_links(self, article_ids: list[str] | None = None) -> dict[str, dict[str, Entity]]:
        """article id -> local key -> canonical Entity, for every article or only `article_ids`."""
        sql = ("SELECT l.article_id, l.local_key, e.id, e.name, e.type FROM entity_links l "
               "JOIN entities e ON e.id = l.entity_id")
        params: list[object] = []
        if article_ids is not None:
            sql += " WHERE list_contains(?, l.article_id)"
            params.append(article_ids)
        rows = self.con.execute(sql, params).fetchall()
        out: dict[str, dict[str, Entity]] = {}
        for aid, key, eid, name, etype in rows:
            out.setdefault(aid, {})[key] = Entity(id=eid, name=name, type=etype)
        return out

    # ------------------------------------------------------------------ stories
    def set_stories(self, assigned: dict[str, str], labels: dict[str, str]) -> None:
        # ids and labels travel as JSON, parsed natively (see _insert_columns), in one statement each
        if assigned:
            self.con.execute(f"UPDATE articles SET story = d.story FROM (SELECT {_STRINGS} AS id, {_STRINGS} AS story) d "
                             "WHERE articles.id = d.id", [json.dumps(list(assigned)), json.dumps(list(assigned.values()))])
        if labels:
            self.con.execute(f"INSERT OR REPLACE INTO stories SELECT {_STRINGS}, {_STRINGS}",
                             [json.dumps(list(labels)), json.dumps(list(labels.values()))])

    # ------------------------------------------------------------------ reading back
    def articles(self, ids: list[str] | None = None, story: str | None = None) -> Iterator[StoredArticle]:
        """Stored articles in order of arrival: all, those with `ids`, or those of one story."""
        where, params = "true", list[object]()
        if ids is not None:
            where, params = "list_contains(?, a.id)", [ids]
        elif story is not None:
            where, params = "a.story = ?", [story]
        layers = read_layers(self.con, where, params)
        empty = Layers()
        for row in self.con.execute(f"SELECT {_ARTICLE_COLUMNS}, duplicate_of, story FROM articles a "
                                    f"WHERE {where} ORDER BY seq", params).fetchall():
            article = Article(id=row[0], source=row[1], url=row[2], title=row[3], outlet=row[4], published=row[5],
                              updated=row[6], authors=tuple(row[7]), text=row[8], language=row[9])
            yield StoredArticle(article=article, layers=layers.get(row[0], empty), duplicate_of=row[10], story=row[11])

    def copy_jsonl(self, source: Path, target: Path, fmt: str) -> None:
        """Convert a JSON Lines file of records to Parquet (nested) or CSV (nested fields as JSON)."""
        if fmt == "parquet":
            self.con.execute(f"COPY (SELECT * FROM read_json(?, format='newline_delimited', "
                             f"sample_size=-1)) TO '{_quote(target)}' (FORMAT parquet)", [str(source)])
        else:
            self.con.execute(f"COPY (SELECT * REPLACE (to_json(authors) AS authors, to_json(entities) AS entities, "
                             f"to_json(attributions) AS attributions, to_json(times) AS times, to_json(events) AS events) "
                             f"FROM read_json(?, format='newline_delimited', sample_size=-1)) "
                             f"TO '{_quote(target)}' (FORMAT csv, HEADER)", [str(source)])

    def rejections(self) -> list[Rejection]:
        rows = self.con.execute("SELECT source, stage, reason FROM rejections ORDER BY rejected_at").fetchall()
        return [Rejection(*r) for r in rows]

    def stories(self) -> list[tuple[str, str, int, str | None, str | None]]:
        """(id, label, article count, first date, last date) of every story."""
        return [tuple(r) for r in self.con.execute(  # type: ignore[misc]
            "SELECT s.id, s.label, count(a.id), min(a.published), max(a.published) FROM stories s "
            "JOIN articles a ON a.story = s.id GROUP BY s.id, s.label ORDER BY count(a.id) DESC, s.id").fetchall()]


class IdLookup:
    """Which ids the store holds, through a connection of its own."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return _known_ids(self.con, ids)

    def known_digests(self, digests: Iterable[str]) -> dict[str, str]:
        """digest -> id of the stored articles made from inputs with those digests."""
        return _known_digests(self.con, digests)


def _known_digests(con: duckdb.DuckDBPyConnection, digests: Iterable[str]) -> dict[str, str]:
    digests = list(digests)
    if not digests:
        return {}
    rows = con.execute(f"SELECT raw_digest, id FROM articles WHERE raw_digest IN (SELECT {_STRINGS})",
                       [json.dumps(digests)]).fetchall()
    return {r[0]: r[1] for r in rows}


def _known_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    literals = string_literals(ids) if len(ids) <= _INDEXED_LOOKUP else None
    if literals is not None:  # a few ids (the writer asks one at a time): the primary key's index
        return {r[0] for r in con.execute(f"SELECT id FROM articles WHERE id IN ({literals})").fetchall()}
    # many: a semi-join on the ids sent as JSON (list_contains would test every stored id against each)
    return {r[0] for r in con.execute(f"SELECT id FROM articles WHERE id IN (SELECT {_STRINGS})",
                                      [json.dumps(ids)]).fetchall()}
def _connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying for `wait` seconds while another process holds a conflicting lock."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as err:
            locked = "lock" in str(err).lower()
            if locked and time.monotonic() < deadline:
                time.sleep(LOCK_RETRY_SECONDS)
                continue
            if locked:
                raise StorylineError(Code.DB_LOCKED, path=path) from err
            raise StorylineError(Code.BAD_OPTION, detail=f"cannot open database {path}: {err}") from err


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")

