"""How many documents a list of inputs holds, when that is known without reading them."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Kinds whose document count is one per file. Feeds, WARC archives, gzipped dumps, URLs of
# pages that may be feeds and standard input have no count until they are read.
_ONE_PER_FILE = {".html", ".htm", ".xhtml", ".txt", ".text", ".md", ""}


def count_documents(inputs: Iterable[str]) -> int | None:
    """The number of documents the inputs hold (JSON Lines: one a non-empty line), or None
    when any input's count cannot be known up front."""
    total = 0
    for spec in inputs:
        if spec == "-" or spec.startswith(("http://", "https://")):
            return None
        path = Path(spec)
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")) if path.is_dir() \
            else [path]
        for file in files:
            n = _count_file(file)
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path) -> int | None:
    if not path.is_file():
        return 1  # a missing file is one rejection
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        try:
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        except OSError:
            return 1
    if suffix in _ONE_PER_FILE or (suffix not in {".gz", ".warc", ".rss", ".atom", ".xml"}):
        return 1
    return None
