"""A story's label: the headline of its most representative report, cut to a headline's length.

An analyst scans a list of stories by headline ("Pakistan PM signs Gaza charter in Davos"),
not by the names in it ("Pakistan · Gaza · United States"). The representative report is the
one whose headline shares most words with the story's other reports: the event they all tell.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.resolve.stories.features import STOP, WORD, StoryInput

# Headlines are cut at a word boundary past this many characters: a list row stays one line.
LABEL_CHARS = 90
# A headline that reports an event names an actor and what it did, which takes some words: a
# title shorter than this is a column's or a page's name ("The Impeachment Clock", "Loft"), and
# a question ("Is Football Violence a Crime?") asks rather than reports. Six is the briefing's
# floor for a line that reads as a sentence (issue 17). Such titles label a story only when none
# of its reports has a better one.
HEADLINE_MIN_WORDS = 6
# Site names and section labels a page title carries after its headline: "… | Reuters",
# "… - BBC News", "… – The Hill".
_SITE_SUFFIX = re.compile(r"(?<!\s)\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")  # (?<!\s): tried once per run of spaces
_SENTENCE = re.compile(r"(?<=[.!?])\s")
# A wire dateline opening a lead: "JAKARTA (Reuters) -", "RAWALPINDI:".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))?\s*[-–—:]\s*")


def label_story(members: Sequence[StoryInput]) -> str:
    """The headline of the member whose title words recur most in the other members, among the
    titles that read as a report when there are any (see HEADLINE_MIN_WORDS), and among those
    that fit a row (LABEL_CHARS) when there are any."""
    titled = [m for m in members if clean_title(m.title)]
    if not titled:
        return _first_sentence(members[0].text) if members else ""
    corpus = [Counter(w.lower() for w in WORD.findall(m.title + " " + m.text[:600])) for m in members]

    def score(k: int, m: StoryInput) -> tuple[bool, bool, float, int]:
        words = {w.lower() for w in WORD.findall(m.title) if w.lower() not in STOP}
        others = [c for c, other in zip(corpus, members, strict=True) if other is not m]
        shared = sum(1 for w in words for c in others if w in c)
        headline = clean_title(m.title)
        # a whole headline reads better than one cut to fit a row
        return (reads_as_report(headline), len(headline) <= LABEL_CHARS,
                shared / (len(words) ** 0.5) if words else 0.0, -k)

    best = max(enumerate(titled), key=lambda km: score(*km))[1]
    return _cut(clean_title(best.title))


def reads_as_report(headline: str) -> bool:
    """Whether a headline states an event: long enough to name who did what, and no question."""
    return len(headline.split()) >= HEADLINE_MIN_WORDS and not headline.rstrip().endswith("?")


def clean_title(title: str) -> str:
    """A page title without the site name after it, on one line."""
    title = " ".join(title.split())
    stripped = _SITE_SUFFIX.sub("", title)
    # keep the suffix when it is the headline's own second half ("Al-Burhan: Army withdraws")
    return stripped if len(stripped) >= 25 else title


def _first_sentence(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if len(ln.split()) >= 6), text.strip())
    return _cut(_DATELINE.sub("", _SENTENCE.split(line, maxsplit=1)[0]))


def _cut(text: str) -> str:
    if len(text) <= LABEL_CHARS:
        return text
    return text[:LABEL_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
