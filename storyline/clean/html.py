"""HTML pages: trafilatura finds the body and the metadata."""
from __future__ import annotations

import trafilatura

from storyline.clean.metadata import split_authors
from storyline.clean.page import CleanPage


def extract_from_html(html: str, url: str | None) -> CleanPage:
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    if doc is None:
        return CleanPage(text="")
    return CleanPage(
        text=doc.text or "",
        title=doc.title or None,
        published=doc.date or None,
        authors=split_authors(doc.author),
        outlet=None,
        url=doc.url or None,
    )
