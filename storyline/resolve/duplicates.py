"""Exact and near-duplicate texts (wire copies, light rewrites) with MinHash signatures."""
from __future__ import annotations

import re

from datasketch import MinHash

# 128 permutations keep the Jaccard estimate within about ±0.09 (one standard error),
# enough to tell copies (above 0.6) from distinct reports (below 0.3).
NUM_PERM = 128
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text's 5-word shingles."""
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM)
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return tuple(int(v) for v in m.hashvalues)


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def find_original(sig: tuple[int, ...], earlier: list[tuple[str, tuple[int, ...]]], threshold: float) -> str | None:
    """The id of the first earlier document this one copies, or None.

    `earlier` holds (id, signature) pairs in the order the documents were published.
    """
    for other_id, other_sig in earlier:
        if similarity(sig, other_sig) >= threshold:
            return other_id
    return None
