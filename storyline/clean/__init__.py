"""Clean: a RawDocument becomes an Article with body text and metadata."""
from storyline.clean.article import clean_document

__all__ = ["clean_document"]
