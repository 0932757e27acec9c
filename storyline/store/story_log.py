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

from storyline.errors import Code, StorylineError
from storyline.store.db import Store


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


def record_merge(store: Store, into: str, absorbed: str, articles: Sequence[str], score: float, reason: str) -> None:
    """Log the merge, move the absorbed story's articles, drop its row (the caller relabels `into`)."""
    with _transaction(store):
        _log(store, "merge", into, absorbed, articles, score, reason)
        store.con.execute("UPDATE articles SET story = ? WHERE story = ?", [into, absorbed])
        store.con.execute("DELETE FROM stories WHERE id = ?", [absorbed])


def split_story(store: Store, story: str, articles: Sequence[str], label: str, reason: str) -> str:
    """Move `articles` of `story` to a new story named after the first of them; log it; its id."""
    members = {a for (a,) in store.con.execute("SELECT id FROM articles WHERE story = ?", [story]).fetchall()}
    if not members:
        raise StorylineError(Code.UNKNOWN_STORY, id=story)
    moving = [a for a in dict.fromkeys(articles)]
    strangers = [a for a in moving if a not in members]
    if strangers:
        raise StorylineError(Code.BAD_OPTION, detail=f"article '{strangers[0]}' is not in story '{story}'")
    if not moving or len(moving) == len(members):
        raise StorylineError(Code.BAD_OPTION, detail="a split moves some of the story's articles, not none or all")
    new = _free_id(store, "s-" + re.sub(r"[^a-z0-9]+", "-", moving[0].lower()).strip("-")[:40])
    with _transaction(store):
        _log(store, "split", story, new, moving, None, reason)
        store.con.execute("INSERT INTO stories VALUES (?, ?)", [new, label])
        store.con.execute("UPDATE articles SET story = ? WHERE list_contains(?, id)", [new, moving])
    return new


def story_log(store: Store, story: str | None = None) -> list[StoryLogEntry]:
    """The log in order, all of it or the entries naming `story` on either side."""
    sql = "SELECT seq, action, story, other, articles, score, reason, CAST(logged_at AS VARCHAR) FROM story_log"
    params: list[object] = []
    if story is not None:
        sql += " WHERE story = ? OR other = ?"
        params += [story, story]
    rows = store.con.execute(sql + " ORDER BY seq", params).fetchall()
    return [StoryLogEntry(r[0], r[1], r[2], r[3], tuple(r[4]), r[5], r[6], r[7]) for r in rows]


@contextmanager
def _transaction(store: Store) -> Iterator[None]:
    store.con.execute("BEGIN")
    try:
        yield
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    store.con.execute("COMMIT")


def _log(store: Store, action: str, story: str, other: str, articles: Sequence[str], score: float | None,
         reason: str) -> None:
    (seq,) = store.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM story_log").fetchone() or (1,)
    store.con.execute("INSERT INTO story_log (seq, action, story, other, articles, score, reason) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)", [seq, action, story, other, list(articles), score, reason])


def _free_id(store: Store, base: str) -> str:
    taken = {s for (s,) in store.con.execute("SELECT id FROM stories").fetchall()}
    taken |= {s for (s,) in store.con.execute("SELECT DISTINCT story FROM articles WHERE story IS NOT NULL").fetchall()}
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    return ident
