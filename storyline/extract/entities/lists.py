"""Lines that list names, not headlines: "- Ceres Robotics, Palo Alto, California"; and the
signature line of an embedded post ("— Ilse Marrow (@imarrow) November 18, 2031").

A title-case line is read as a headline, where the model is unreliable and only the names the
body establishes are kept. A list of names (an address, an affiliation, a roster line) is also
all capitals but the model reads it well: every piece between commas is a name of a few words,
and a headline almost never has three such pieces with no verb or colon between them.
"""
from __future__ import annotations

import re

from storyline.lexicon.en.entities import NAME_JOINERS

# A list marker opening the line ("- ", "• ", "* ").
_MARKER = re.compile(r"^[ \t]*[-•*·▪][ \t]+")
# A name list has at least this many comma-separated pieces ("Company, City, State").
MIN_PIECES = 3
# A piece of more words than this is a phrase, not a name ("Tyvak Nano-Satellite Systems Inc." is 4).
MAX_PIECE_WORDS = 5


# The signature line of an embedded social post: "— Ilse Marrow (@imarrow) November 18, 2031".
_POST_SIGNATURE = re.compile(r"^[ \t]*[—–-][ \t]*[^\n]{2,80}\(@\w+\)")


def is_post_signature(line: str) -> bool:
    """The line that signs an embedded post: its name is the post's author, written in full."""
    return bool(_POST_SIGNATURE.match(line))


def is_name_list(line: str) -> bool:
    """A line made only of short capitalised names separated by commas."""
    body = _MARKER.sub("", line).strip().rstrip(".;")
    if ":" in body:
        return False
    pieces = [p.strip() for p in body.split(",")]
    if len(pieces) < MIN_PIECES or not all(pieces):
        return False
    return all(_is_name(p) for p in pieces)


def _is_name(piece: str) -> bool:
    words = piece.split()
    if len(words) > MAX_PIECE_WORDS:
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_JOINERS
                                          for w in words)
