"""Layers from their JSON (dataclasses.asdict) form, field by field, so no untyped dict gets further.

The store held layers this way before migration 6; that migration and the Parquet shards of a
distributed run (storyline.scale.shards, through Store.layers_from_rows) read it."""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from storyline.models import Attribution, Event, Layers, LocalEntity, Ref, Source, Span, TimeExpression


def load_layers(raw: str) -> Layers:
    return layers_from_data(json.loads(raw))


def layers_from_data(data: Mapping[str, Any]) -> Layers:
    """Layers from {layer name: [annotation as dataclasses.asdict gives it]}; a missing layer is empty."""
    return Layers(
        entities=tuple(_entity(e) for e in data.get("entities", ())),
        attributions=tuple(_attribution(a) for a in data.get("attributions", ())),
        times=tuple(TimeExpression(span=_span(t["span"]), value=t["value"],
                                    background=t.get("background", False), duration=t.get("duration", False))
                     for t in data.get("times", ())),
        events=tuple(_event(e) for e in data.get("events", ())),
    )


def _span(d: dict[str, Any]) -> Span:
    return Span(start=d["start"], end=d["end"], text=d["text"])


def _ref(d: dict[str, Any] | None) -> Ref | None:
    return Ref(name=d["name"], entity=d.get("entity")) if d else None


def _entity(d: dict[str, Any]) -> LocalEntity:
    return LocalEntity(key=d["key"], name=d["name"], type=d["type"],
                       mentions=tuple(_span(m) for m in d["mentions"]), roles=tuple(d.get("roles", ())))


def _attribution(d: dict[str, Any]) -> Attribution:
    s = d["source"]
    return Attribution(
        source=Source(name=s["name"], kind=s["kind"], entity=s.get("entity")),
        via=tuple(Ref(name=v["name"], entity=v.get("entity")) for v in d.get("via", ())),
        cue=_span(d["cue"]), content=_span(d["content"]), direct=bool(d["direct"]),
    )


def _event(d: dict[str, Any]) -> Event:
    return Event(actor=_ref(d.get("actor")), action=d["action"], target=_ref(d.get("target")),
                 modality=d["modality"], date=d.get("date"), evidence=_span(d["evidence"]),
                 attribution=d.get("attribution"))
