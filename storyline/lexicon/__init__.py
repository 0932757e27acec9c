"""Word lists and curated tables, by language: what storyline knows of a language's words.

Each language has its own package (`storyline.lexicon.en`): word lists as frozensets or tuples in
modules named after the layer that uses them, and tables as tab-separated files. The rules in
storyline/extract/ stay in their own modules; a second language adds `lexicon/<code>/` beside `en/`.
The gazetteer (countries, capitals, demonyms, aliases, seats of government) is built here too.
"""
from __future__ import annotations

from importlib import resources

__all__ = ["table_rows", "table_text"]


def table_text(language: str, name: str) -> str:
    """The whole text of a table of `language` ("en", "events_lexicon.tsv")."""
    return resources.files(f"storyline.lexicon.{language}").joinpath(name).read_text(encoding="utf-8")


def table_rows(language: str, name: str) -> list[list[str]]:
    """The rows of a table, tab-split, without blank and comment (#) lines."""
    return [line.split("\t") for line in table_text(language, name).splitlines() if line.strip() and not line.startswith("#")]
