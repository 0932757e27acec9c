"""How alike two articles are as reports of one story: shared specific actors, shared words, time.

Both parts are tf-idf cosines whose document frequencies come from the collection itself,
smoothed by a background of BACKGROUND_DOCS articles that name no actor of it (but a tenth name
any one country) and use its words as general English does (frequencies.py): in a small
collection about one region (the dev set: 22 articles, 16 naming Pakistan) the raw frequency
would call the region's own names common and leave nothing to group by, while in a collection
of hundreds the collection's own counts dominate, as they should.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date

from storyline.resolve.stories.features import COUNTRY, ENTITY, PLACE, StoryInput, is_roundup, registered_domain, word_bag
from storyline.resolve.stories.frequencies import background_share

# Articles of background assumed around the collection (see the module's docstring). Figures
# on dev / dev-wide / both together: 30 -> 0.75 / 1.0 / 0.97, 100 -> 0.96 / 0.98 / 0.97
# (before the singleton attachment of grouping.py); 100 keeps the dev set's stories whole.
BACKGROUND_DOCS = 100
# Share of the background naming any one country: a country is named by a tenth of the news
# it is not about, so it counts as common even when the collection names it rarely.
COUNTRY_BACKGROUND_SHARE = 0.1
# Weight of the actor similarity against the word similarity; 0.7 kept topic-sharing stories
# apart on dev and dev-wide (0.3 and 0.5 merged more of them).
ACTOR_WEIGHT = 0.7
# Sharing one specific actor and nothing else ("NASA" in a lunar-lander story and a Europa
# story) is weaker evidence than sharing two: the actor part is damped to this fraction. Places
# shared without a person or organisation count as one actor (see _shared_specific).
SINGLE_ACTOR_FACTOR = 0.7
# Sharing only countries ("Hong Kong" and "China" in a protest report and a stock listing) is
# weaker still: a country is named by most stories of its region. Every value from 0.0 to 0.5
# gives the same grouping on dev, dev-wide and both together (0.6 and 0.7 let the listing into
# the protest story); at 0.5 that pair scores 0.143 against the 0.14 threshold, at 0.3 it scores
# 0.10: the middle of the range, away from the edge.
COUNTRY_ONLY_FACTOR = 0.3
# Two pages of one site share its voice, its recurring subjects and whatever furniture the
# cleaner left, so their shared words overstate a shared story (their shared actors do not). In
# dev and dev-wide no two articles of one story share a site while six pairs of different
# stories do; 0.5 halves the word likeness.
SAME_SITE_FACTOR = 0.5
# An article without actors (no language model for its language) and with fewer distinct content
# words than this (in the Latin script the word pattern reads) has too little text to be grouped:
# a Russian page offers only "Facebook Telegram Twitter", its share buttons.
MIN_WORDS = 10
# Reports of one story cluster within weeks; beyond this many days apart their similarity decays
# with a half-life of HALF_LIFE_DAYS (a slow decay: long stories have lulls of a few months).
DATE_GRACE_DAYS = 30
HALF_LIFE_DAYS = 120
# Reports whose one shared name is a person or organisation (besides places, countries, words)
# are held to one news cycle: a named person is in the news for many events, and weeks later
# the same person is there for another one ("Macron confronted over pension reform" in January,
# "Macron condemns border closures" in March). Beyond two weeks apart their likeness halves every
# thirty days. Reports sharing no name at all keep the slow decay: they are already held to
# their places, countries and words, which is how a long story about a place goes on ("Valdoria
# sends troops to Brask", months later "Valdoria will not send troops", tests/analyze). On dev,
# dev-wide and both together any grace of 7 to 30 days with a half-life of 15, or 7 to 14 with
# 30, groups as before; this is the middle.
ONE_LINK_GRACE_DAYS = 14
ONE_LINK_HALF_LIFE_DAYS = 30


class Similarity:
    """Pairwise similarities of a collection's articles, computed on demand from unit vectors."""

    def __init__(self, items: Sequence[StoryInput]) -> None:
        self.actors = _weigh(
            [Counter({k: v for k, v in i.actors.items() if k.startswith((ENTITY, COUNTRY, PLACE))}) for i in items],
            lambda k: BACKGROUND_DOCS * COUNTRY_BACKGROUND_SHARE if k.startswith(COUNTRY) else 0.0)
        self.words = _weigh([word_bag(i) for i in items], lambda k: BACKGROUND_DOCS * background_share(k))
        self.days = [_day(i.published) for i in items]
        self.sites = [registered_domain(i.outlet) for i in items]
        # pages that join no story: too little readable text, or a roundup of several stories
        self.alone = [(not a and len(w) < MIN_WORDS) or is_roundup(i.title)
                      for a, w, i in zip(self.actors, self.words, items, strict=True)]

    def __call__(self, i: int, j: int) -> float:
        if self.alone[i] or self.alone[j]:
            return 0.0  # too little readable text (a page in another script), or a roundup
        a, b = self.actors[i], self.actors[j]
        actor = _dot(a, b) * _specific_factor(_shared_specific(a, b))
        words = _dot(self.words[i], self.words[j])
        if self.sites[i] and self.sites[i] == self.sites[j]:
            words *= SAME_SITE_FACTOR
        s = ACTOR_WEIGHT * actor + (1 - ACTOR_WEIGHT) * words
        if sum(1 for k in a if k.startswith(ENTITY) and k in b) == 1:
            return s * _date_factor(self.days[i], self.days[j], ONE_LINK_GRACE_DAYS, ONE_LINK_HALF_LIFE_DAYS)
        return s * _date_factor(self.days[i], self.days[j])


def _specific_factor(shared: int) -> float:
    """How far the actor likeness counts, by the number of specific actors the two share."""
    return 1.0 if shared >= 2 else SINGLE_ACTOR_FACTOR if shared == 1 else COUNTRY_ONLY_FACTOR


def _shared_specific(a: dict[str, float], b: dict[str, float]) -> int:
    """How many specific actors two articles share, as evidence of one story. A place tells where,
    not who: many unrelated events happen in one city, so places shared without a shared person or
    organisation ("Denver" and "Colorado" in a crime report and a football story) count as one."""
    shared = [k for k in (a if len(a) < len(b) else b) if k.startswith((ENTITY, PLACE)) and k in a and k in b]
    return len(shared) if any(k.startswith(ENTITY) for k in shared) else min(len(shared), 1)


def _weigh(bags: list[Counter], prior) -> list[dict[str, float]]:
    """Unit tf-idf vectors; `prior(key)` adds background articles naming the key."""
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags) + BACKGROUND_DOCS
    return [_unit({k: (1 + math.log(c)) * math.log(n / (df[k] + prior(k))) for k, c in bag.items() if c >= 1})
            for bag in bags]


def _unit(bag: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in bag.values()))
    return {k: v / norm for k, v in bag.items()} if norm else {}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _date_factor(a: int | None, b: int | None, grace: int = DATE_GRACE_DAYS, half_life: int = HALF_LIFE_DAYS) -> float:
    if a is None or b is None:
        return 1.0
    gap = abs(a - b) - grace
    return 1.0 if gap <= 0 else 0.5 ** (gap / half_life)


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat((published or "")[:10]).toordinal()
    except ValueError:
        return None
