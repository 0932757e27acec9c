"""Queries over the stored attributions: who said what, filtered by source, story and kind."""
from __future__ import annotations

from dataclasses import dataclass

from storyline.errors import Code, StorylineError
from storyline.models import SOURCE_KINDS
from storyline.store.db import Store


@dataclass(frozen=True)
class StoredClaim:
    """One attribution as stored, with its article's context and its source resolved to an entity."""

    article_id: str
    story: str | None
    outlet: str | None
    published: str | None
    source: str  # the collection entity's name when linked, else the text's own phrase
    kind: str
    entity_id: str | None
    via: tuple[str, ...]
    cue: str
    content: str
    direct: bool


# One row per attribution: the layers JSON unnested in SQL, the source joined to its entity.
_CLAIMS_SQL = """
WITH claims AS (
    SELECT a.id, a.seq, a.story, a.outlet, a.published, t.claim
    FROM articles a, unnest(CAST(json_extract(a.layers, '$.attributions') AS JSON[])) AS t(claim)
)
SELECT c.id, c.story, c.outlet, c.published,
       coalesce(e.name, json_extract_string(c.claim, '$.source.name')) AS source,
       json_extract_string(c.claim, '$.source.kind') AS kind,
       e.id AS entity_id,
       CAST(json_extract_string(c.claim, '$.via[*].name') AS VARCHAR[]) AS via,
       json_extract_string(c.claim, '$.cue.text') AS cue,
       json_extract_string(c.claim, '$.content.text') AS content,
       CAST(json_extract(c.claim, '$.direct') AS BOOLEAN) AS direct
FROM claims c
LEFT JOIN entity_links l ON l.article_id = c.id AND l.local_key = json_extract_string(c.claim, '$.source.entity')
LEFT JOIN entities e ON e.id = l.entity_id
WHERE ($story IS NULL OR c.story = $story)
  AND ($kind IS NULL OR json_extract_string(c.claim, '$.source.kind') = $kind)
  AND ($by IS NULL OR e.id = $by OR lower(e.name) = lower($by)
       OR lower(json_extract_string(c.claim, '$.source.name')) LIKE '%' || lower($by) || '%')
ORDER BY c.published NULLS LAST, c.seq, CAST(json_extract(c.claim, '$.content.start') AS BIGINT)
"""


def list_claims(store: Store, by: str | None = None, story: str | None = None,
                kind: str | None = None) -> list[StoredClaim]:
    """Attributed claims in publication order, optionally by one source (entity id or name, any case),
    of one story and of one source kind."""
    if kind is not None and kind not in SOURCE_KINDS:
        raise StorylineError(Code.BAD_OPTION, detail=f"--kind must be one of {', '.join(SOURCE_KINDS)}")
    if story is not None and not store.con.execute("SELECT count(*) FROM articles WHERE story = ?",
                                                   [story]).fetchone()[0]:  # type: ignore[index]
        raise StorylineError(Code.UNKNOWN_STORY, id=story)
    rows = store.con.execute(_CLAIMS_SQL, {"story": story, "kind": kind, "by": by}).fetchall()
    if by is not None and not rows and not _entity_exists(store, by):
        raise StorylineError(Code.UNKNOWN_ENTITY, name=by)
    return [StoredClaim(article_id=r[0], story=r[1], outlet=r[2], published=r[3], source=r[4], kind=r[5],
                        entity_id=r[6], via=tuple(r[7] or ()), cue=r[8] or "", content=r[9] or "",
                        direct=bool(r[10])) for r in rows]


def _entity_exists(store: Store, name: str) -> bool:
    row = store.con.execute("SELECT count(*) FROM entities WHERE id = ? OR lower(name) = lower(?)",
                            [name, name]).fetchone()
    return bool(row and row[0])
