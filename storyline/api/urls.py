"""URL ingestion through the API: only public http(s) addresses, so the server is no door inward.

The check itself lives in storyline.sources.guard, shared with the readers of feeds and URLs.
"""
from __future__ import annotations

from storyline.sources.guard import check_public_url

__all__ = ["check_public_url"]
