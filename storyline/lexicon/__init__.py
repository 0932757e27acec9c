"""Word lists and curated tables, by language: what storyline knows of a language's words.

Each language is a package (`en`, `fr`) with one module per layer that uses its words
(`storyline.lexicon.en.attributions`, `.entities`, `.events`, `.times`): frozensets or tuples of
words, with comments saying how they were chosen. Tables are tab-separated files in the same
package, read with `table_rows(language, name)`; a generated table names its script in its header.
The rules stay in storyline/extract/; a new language adds `lexicon/<code>/` with the modules its
rules read. The gazetteer (countries, capitals, demonyms, aliases, seats of government) is built
here from the countryinfo package and the curated tables of `en`.
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
