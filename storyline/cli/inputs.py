"""How many documents a list of inputs holds, when that is known without reading them."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Kinds of file that may hold many documents: their count is known only once they are read
# (a gzipped dump would have to be decompressed twice). URLs, which may be feeds, and standard
# input are not counted either. Every other file is one document, or one rejection.
_MANY_PER_FILE = {".jsonl", ".warc", ".rss", ".atom", ".xml"}


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
    suffixes = [x.lower() for x in path.suffixes[-2:]]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    kind = (suffixes[-2] if len(suffixes) == 2 else "") if compressed else (suffixes[-1] if suffixes else "")
    if kind == ".jsonl" and not compressed:
        try:
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        except OSError:
            return 1
    if kind in _MANY_PER_FILE:
        return None
    return 1  # a page, a text, or a file that will be rejected: one item each
