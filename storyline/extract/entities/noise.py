"""Mentions that are no referent of the article: the names in a reporter's contact line.

A contact line ("Email Ilse Marrow at imarrow@example.com or follow her @imarrow") is page
furniture, like a byline: the annotation guide leaves bylines and page labels out, and the names
in it are the page's, not the story's.

Tried and left out: dropping a single word capitalised only where a sentence starts when the
text also writes it in lower case ("Plague can be fatal"). It raised dev-wide entity F1 by 0.003
but those words are what ties the articles of one story together: story F1 fell 0.981 -> 0.963.
"""
from __future__ import annotations

import re

from storyline.extract.entities.group import Found

# A contact line: an e-mail address or a social handle with "follow", "email" or "contact"
# (not "twitter": an embedded post's line names pic.twitter.com and the people of the story).
_HANDLE = re.compile(r"@[\w-]{2,}")  # a handle, or the domain of an e-mail address
_CONTACT_WORDS = re.compile(r"\b(?:follow|email|e-mail|contact)\b", re.IGNORECASE)


def drop_page_noise(text: str, found: list[Found]) -> list[Found]:
    return [f for f in found if not _in_contact_line(text, f)]


def _in_contact_line(text: str, f: Found) -> bool:
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    line = text[start:end if end != -1 else len(text)]
    return bool(_HANDLE.search(line)) and bool(_CONTACT_WORDS.search(line))
