"""Exact and near-duplicate texts (wire copies, light rewrites) with MinHash signatures."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

# 128 permutations keep the Jaccard estimate within about ±0.09 (one standard error),
# enough to tell copies (above 0.6) from distinct reports (below 0.3).
NUM_PERM = 128
# datasketch's hashing scheme, pinned: stored signatures are only comparable under the same one.
SCHEME = "affine32"
# The LSH index proposes candidates from this far below the copy threshold, so that a true copy
# is almost never missed (its band collision probability at threshold - 0.15 is still high);
# every candidate is then checked against the threshold itself.
LSH_MARGIN = 0.15
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


def fingerprint(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text's 5-word shingles."""
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return tuple(int(v) for v in m.hashvalues)


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


class OriginalIndex:
    """Originals seen so far, in publication order, indexed for near-duplicate lookup: each new
    document is checked against its LSH candidates only, not against every earlier document."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN), num_perm=NUM_PERM)
        self._order: dict[str, int] = {}
        self._sigs: dict[str, tuple[int, ...]] = {}

    def find(self, sig: tuple[int, ...]) -> str | None:
        """The earliest indexed original this signature copies, or None."""
        if not sig:
            return None
        hits = [k for k in self._lsh.query(_minhash(sig)) if similarity(sig, self._sigs[k]) >= self.threshold]
        return min(hits, key=self._order.__getitem__) if hits else None

    def add(self, ident: str, sig: tuple[int, ...]) -> None:
        if sig and ident not in self._order:
            self._order[ident] = len(self._order)
            self._sigs[ident] = sig
            self._lsh.insert(ident, _minhash(sig), check_duplication=False)


def _minhash(sig: tuple[int, ...]) -> MinHash:
    # the permutations only matter for hashing new data; sharing one set skips recomputing them
    return MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=SCHEME, permutations=_permutations())


@lru_cache(maxsize=1)
def _permutations():
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def band_hashes(sig: tuple[int, ...], threshold: float) -> list[int]:
    """The LSH band keys OriginalIndex would file this signature under, as signed 64-bit hashes:
    the store keeps them (minhash_bands) so that a call looks up its new articles' candidates
    instead of banding every stored original again. Two signatures share a key exactly when
    they share a band (up to a 2**-64 hash collision, which the similarity check then rejects)."""
    if not sig:
        return []
    out = []
    for band, (start, end) in enumerate(_bands(threshold)):
        digest = hashlib.blake2b(repr((band, sig[start:end])).encode("ascii"), digest_size=8).digest()
        out.append(int.from_bytes(digest, "big", signed=True))
    return out


@lru_cache(maxsize=4)
def _bands(threshold: float) -> tuple[tuple[int, int], ...]:
    """OriginalIndex's band ranges for this copy threshold (datasketch picks them)."""
    lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN), num_perm=NUM_PERM)
    return tuple(lsh.hashranges)
