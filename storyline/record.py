"""The JSON record of shared/eval/CONTRACT.md, built from a stored article and its entity links."""
from __future__ import annotations

from typing import Any

from storyline.models import Entity, Ref, Span
from storyline.store import StoredArticle


def build_record(stored: StoredArticle, links: dict[str, Entity]) -> dict[str, Any]:
    a, layers = stored.article, stored.layers
    entities: dict[str, dict[str, Any]] = {}
    for local in layers.entities:
        canonical = links.get(local.key) or Entity(id="e-" + local.key, name=local.name, type=local.type)
        out = entities.setdefault(canonical.id, {"id": canonical.id, "name": canonical.name, "type": canonical.type,
                                                 "mentions": [], "roles": []})
        out["mentions"].extend(_span(m) for m in local.mentions)
        out["roles"].extend(r for r in local.roles if r not in out["roles"])
    for out in entities.values():
        out["mentions"].sort(key=lambda m: m["start"])

    def ref(r: Ref | None) -> dict[str, Any] | None:
        if r is None:
            return None
        linked = links.get(r.entity) if r.entity else None
        return {"name": linked.name if linked else r.name, "entity": linked.id if linked else None}

    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published,
        "authors": list(a.authors),
        "duplicate_of": stored.duplicate_of,
        "text": a.text,
        "language": a.language,
        "story": stored.story,
        "entities": list(entities.values()),
        "attributions": [
            {
                "source": {"name": at.source.name, "entity": _entity_id(links, at.source.entity), "kind": at.source.kind},
                "via": [ref(v) for v in at.via],
                "cue": _span(at.cue),
                "content": _span(at.content),
                "direct": at.direct,
            }
            for at in layers.attributions
        ],
        "times": [{**_span(t.span), "value": t.value, **({"background": True} if t.background else {})}
                  for t in layers.times],
        "events": [
            {"actor": ref(e.actor), "action": e.action, "target": ref(e.target), "modality": e.modality,
             "date": e.date, "evidence": _span(e.evidence)}
            for e in layers.events
        ],
    }


def _span(s: Span) -> dict[str, Any]:
    return {"text": s.text, "start": s.start, "end": s.end}


def _entity_id(links: dict[str, Entity], key: str | None) -> str | None:
    return links[key].id if key and key in links else None
