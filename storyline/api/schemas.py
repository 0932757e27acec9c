"""The REST API's request bodies: the one place, with the error envelope (storyline.api.errors),
where the API declares pydantic models. Responses are the library's dataclasses
(storyline.api.shapes says which)."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class IngestRequest(BaseModel):
    documents: list[dict[str, Any]] = Field(
        default_factory=list,
        description="JSON objects as in a .jsonl dump: id, url, text or html, optional title and published")
    urls: list[str] = Field(default_factory=list, description="http(s) URLs to fetch; only when the server allows it")
