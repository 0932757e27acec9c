"""How often general English text uses a word: the share of background articles that name it.

Story grouping assumes BACKGROUND_DOCS articles around the collection (similarity.py). They name
words as general English does: a word used f times per word of text turns up in an article of
REPORT_WORDS words with chance 1 - exp(-f * REPORT_WORDS). So "business" (Zipf 5.6) is named by
about a fifth of them and weighs little when two reports share it, while "bubonic" (2.6, not in
the table) is named by none. The frequencies come from storyline/lexicon/en/word_frequencies.tsv,
generated from wordfreq by scripts/make_word_frequencies.py.
"""
from __future__ import annotations

import math
from functools import lru_cache

from storyline.lexicon import table_rows

# Words in a typical news report. On dev, dev-wide, both together and the 375 benchmark pages,
# 600 to 2,000 group alike (300 leaves two hockey recaps of different games together); 600 is
# the order of a wire report's length.
REPORT_WORDS = 600


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    return {word: float(zipf) for word, zipf in table_rows("en", "word_frequencies.tsv")}


@lru_cache(maxsize=1 << 16)  # called once per word of every article grouped: a collection repeats its words
def background_share(word: str) -> float:
    """The share of general news articles that use `word` (lower-cased), 0.0 when it is rare."""
    zipf = _zipf().get(word)
    return 0.0 if zipf is None else 1.0 - math.exp(-(10.0 ** (zipf - 9.0)) * REPORT_WORDS)
