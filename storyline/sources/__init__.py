"""Sources: turn the user's inputs (paths, directories, URLs, stdin) into RawDocuments.

Each reader yields `RawDocument` or `Rejection`; nothing here raises for one bad document.
"""
from storyline.sources.read import read_inputs

__all__ = ["read_inputs"]
