"""The story log: the explicit merges and splits through which stored articles change story.

Grouping never moves a stored article silently. A merge (two stored stories found to be one) or
a split (an analyst takes articles out of a story) is written here first, then applied, in one
transaction: the log always explains the current assignment.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb

from storyline.errors import Code, StorylineError


@dataclass(frozen=True)
class StoryLogEntry:
    seq: int
    action: str  # "merge" or "split"
    story: str  # merge: the story that absorbed the other; split: the story split
    other: str  # merge: the story absorbed; split: the new story
    articles: tuple[str, ...]
    score: float | None
    reason: str
    logged_at: str


class StoryLog:
    """The story log's reads and writes, part of the Store."""

    con: duckdb.DuckDBPyConnection

    def record_merge(self, into: str, absorbed: str, articles: Sequence[str], score: float, reason: str) -> None:
        """Log the merge, move the absorbed story's articles, drop its row (the caller relabels `into`)."""
        with self._transaction():
            self._log("merge", into, absorbed, articles, score, reason)
            self.con.execute("UPDATE articles SET story = ? WHERE story = ?", [into, absorbed])
            self.con.execute("DELETE FROM stories WHERE id = ?", [absorbed])

    def split_story(self, story: str, articles: Sequence[str], label: str, reason: str) -> str:
        """Move `articles` of `story` to a new story named after the first of them; log it; its id."""
        members = {a for (a,) in self.con.execute("SELECT id FROM articles WHERE story = ?", [story]).fetchall()}
        if not members:
            raise StorylineError(Code.UNKNOWN_STORY, id=story)
        moving = [a for a in dict.fromkeys(articles)]
        strangers = [a for a in moving if a not in members]
        if strangers:
            raise StorylineError(Code.BAD_OPTION, detail=f"article '{strangers[0]}' is not in story '{story}'")
        if not moving or len(moving) == len(members):
            raise StorylineError(Code.BAD_OPTION, detail="a split moves some of the story's articles, not none or all")
        new = self._free_id("s-" + re.sub(r"[^a-z0-9]+", "-", moving[0].lower()).strip("-")[:40])
        with self._transaction():
            self._log("split", story, new, moving, None, reason)
            self.con.execute("INSERT INTO stories VALUES (?, ?)", [new, label])
            self.con.execute("UPDATE articles SET story = ? WHERE list_contains(?, id)", [new, moving])
        return new

    def story_log(self, story: str | None = None) -> list[StoryLogEntry]:
        """The log in order, all of it or the entries naming `story` on either side."""
        sql = "SELECT seq, action, story, other, articles, score, reason, CAST(logged_at AS VARCHAR) FROM story_log"
        params: list[object] = []
        if story is not None:
            sql += " WHERE story = ? OR other = ?"
            params += [story, story]
        rows = self.con.execute(sql + " ORDER BY seq", params).fetchall()
        return [StoryLogEntry(r[0], r[1], r[2], r[3], tuple(r[4]), r[5], r[6], r[7]) for r in rows]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _log(self, action: str, story: str, other: str, articles: Sequence[str], score: float | None,
             reason: str) -> None:
        (seq,) = self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM story_log").fetchone() or (1,)
        self.con.execute("INSERT INTO story_log (seq, action, story, other, articles, score, reason) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)", [seq, action, story, other, list(articles), score, reason])

    def _free_id(self, base: str) -> str:
        taken = {s for (s,) in self.con.execute("SELECT id FROM stories").fetchall()}
        taken |= {s for (s,) in self.con.execute("SELECT DISTINCT story FROM articles WHERE story IS NOT NULL").fetchall()}
        ident, n = base, 1
        while ident in taken:
            n += 1
            ident = f"{base}-{n}"
        return ident
