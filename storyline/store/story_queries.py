"""Story listings: what `storyline stories`, the API and the web page show for each story."""
from __future__ import annotations

import duckdb

from storyline.queries import StorySummary

# Actors named per story in a listing: enough to tell stories apart at a glance.
TOP_ACTORS = 3


class StoryQueries:
    con: duckdb.DuckDBPyConnection

    def story_summaries(self) -> list[StorySummary]:
        """Every story, largest first, with its first and last publication day and its most named actors."""
        rows = self.con.execute(
            "SELECT s.id, s.label, count(a.id), min(left(a.published, 10)), max(left(a.published, 10)) FROM stories s "
            "JOIN articles a ON a.story = s.id GROUP BY s.id, s.label ORDER BY count(a.id) DESC, s.id").fetchall()
        # Most articles first; then, so that a one-article story is not listed alphabetically, most
        # mentions, then the earliest named (the headline and lead name the protagonists).
        actors = self.con.execute(
            "SELECT story, name FROM (SELECT a.story, e.name, row_number() OVER (PARTITION BY a.story "
            "ORDER BY count(DISTINCT a.id) DESC, sum(m.n) DESC, min(m.first) ASC, e.name) AS r "
            "FROM articles a JOIN entity_links l ON l.article_id = a.id JOIN entities e ON e.id = l.entity_id "
            "JOIN (SELECT article_id, entity_key, count(*) AS n, min(start) AS first FROM mentions "
            "GROUP BY article_id, entity_key) m ON m.article_id = l.article_id AND m.entity_key = l.local_key "
            "WHERE a.story IS NOT NULL AND e.type IN ('PERSON', 'ORG', 'GPE') GROUP BY a.story, e.name) "
            "WHERE r <= ? ORDER BY story, r", [TOP_ACTORS]).fetchall()
        top: dict[str, list[str]] = {}
        for story, name in actors:
            top.setdefault(story, []).append(name)
        return [StorySummary(sid, label, int(n), _day(first), _day(last), tuple(top.get(sid, ())))
                for sid, label, n, first, last in rows]


def _day(published: str | None) -> str | None:
    """The date part of a publication date: a story's first and last dates are days."""
    return published[:10] if published else None
