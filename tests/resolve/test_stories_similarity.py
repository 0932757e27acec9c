"""How alike two articles are as reports of one story, on fictional articles built by hand.

The actors are given as grouping reads them (feature keys with their salience), so each test
states the evidence it is about: a shared person, a shared city, a roundup's headline.
"""
from __future__ import annotations

import pytest

from storyline.pipeline import ingest
from storyline.resolve.stories.features import COUNTRY, ENTITY, PLACE, StoryInput, is_roundup
from storyline.resolve.stories.label import label_story, reads_as_report
from storyline.resolve.stories.similarity import Similarity
from storyline.settings import Options
from storyline.store import Store
from tests.resolve.test_stories_collections import _stories, _write

# Unrelated reports around the pair, so that document frequencies are those of a collection.
_BACKGROUND = [StoryInput(id=f"bg-{k}", title=f"Other report {k}", text=f"Filler words about topic{k} here.",
                          published="2031-05-01", actors={f"{ENTITY}other-{k}": 2.0, f"{PLACE}town-{k}": 1.0})
               for k in range(8)]


def _report(ident: str, actors: dict[str, float], text: str, title: str = "A report") -> StoryInput:
    return StoryInput(id=ident, title=title, text=text, published="2031-05-02", actors=actors)


def _likeness(a: StoryInput, b: StoryInput) -> float:
    sim = Similarity([a, b, *_BACKGROUND])
    return sim(0, 1)


def test_similarity_places_alone_count_as_one_actor():
    """Two cities shared and nothing else (a crime report and a match report in one region) are
    weaker evidence than a city and a person shared, weighed alike."""
    text = "Council officials reported figures yesterday."
    crime = _report("crime", {f"{PLACE}harlow": 3.0, f"{PLACE}vessmark": 2.0, f"{ENTITY}chief-arne-dal": 2.0}, text)
    match = _report("match", {f"{PLACE}harlow": 3.0, f"{PLACE}vessmark": 2.0, f"{ENTITY}harlow-rovers": 2.0}, text)
    first = _report("first", {f"{PLACE}harlow": 3.0, f"{ENTITY}mayor-ida-holm": 2.0, f"{PLACE}osvik": 2.0}, text)
    later = _report("later", {f"{PLACE}harlow": 3.0, f"{ENTITY}mayor-ida-holm": 2.0, f"{PLACE}brisa": 2.0}, text)
    assert _likeness(crime, match) < _likeness(first, later)


def test_similarity_country_is_weaker_evidence_than_a_person():
    text = "Ministers met on Tuesday to discuss the plan."
    a = _report("a", {f"{COUNTRY}norway": 4.0, f"{ENTITY}lena-brekk": 2.0}, text)
    same_person = _report("b", {f"{COUNTRY}sweden": 4.0, f"{ENTITY}lena-brekk": 2.0}, text)
    same_country = _report("c", {f"{COUNTRY}norway": 4.0, f"{ENTITY}ola-strand": 2.0}, text)
    assert _likeness(a, same_person) > _likeness(a, same_country)


@pytest.mark.parametrize("title", [
    "10 things in tech you need to know today",
    "7 key questions heading into the Harlow council vote",
    "The 12 best early winter deals on Brekk headphones",
    "Morning Ledger 11.18.31",
    "Gift Guide: what to buy the sailor who has everything",
    "Brekk discounts speakers, Vess chargers, more",
    "High School Roundup: Harlow defeats Vessmark",
    "Morning briefing: Harlow votes, Brekk earnings and a storm",
])
def test_features_roundup_titles(title):
    assert is_roundup(title)


@pytest.mark.parametrize("title", [
    "3 killed as ferry capsizes off Brennvik",
    "Harlow council approves bridge to Osvik island",
    "'We got her': police rescue girl in Vessmark",
    "Brekk to raise $2bn in Harlow listing",
    "Markets digest Harlow bank's rate decision",
    "Brekk settles Roundup weedkiller claims",
    "Harlow ferry strike: what you need to know",
])
def test_features_report_titles_are_no_roundups(title):
    assert not is_roundup(title)


def test_similarity_roundup_joins_no_story():
    actors = {f"{ENTITY}brekk-corp": 4.0, f"{ENTITY}lena-brekk": 3.0}
    text = "Brekk Corp founder Lena Brekk faces an inquiry into the company's accounts, prosecutors said."
    report = _report("r", actors, text, "Prosecutors open inquiry into Brekk Corp accounts")
    digest = _report("d", actors, text, "10 things in business you need to know today")
    assert _likeness(report, _report("r2", actors, text, "Brekk Corp inquiry widens")) > 0.3
    assert _likeness(report, digest) == 0.0


def _titled(ident: str, title: str) -> StoryInput:
    return StoryInput(id=ident, title=title, text=f"{title}. The Harlow council met on Monday.", published=None,
                      actors={})


def test_label_prefers_a_headline_that_reports():
    members = [_titled("col", "The Harlow Clock"), _titled("q", "Is the Harlow bridge worth it?"),
               _titled("news", "Harlow council approves bridge to Osvik island")]
    assert label_story(members) == "Harlow council approves bridge to Osvik island"


def test_label_prefers_a_whole_headline_to_one_cut_to_fit():
    long = ("Harlow council approves Osvik bridge after residents of both shores debate the plan through "
            "the night at the town hall")
    members = [_titled("long", long), _titled("short", "Osvik bridge approved in Harlow vote"),
               _titled("third", f"Residents debate the bridge plan. {long}.")]
    assert label_story(members) == "Osvik bridge approved in Harlow vote"


def test_label_keeps_a_short_title_when_no_other():
    assert label_story([_titled("col", "The Harlow Clock")]) == "The Harlow Clock"


@pytest.mark.parametrize("headline, expected", [
    ("Harlow council approves bridge to Osvik island", True),
    ("The Harlow Clock", False),
    ("Is the Harlow bridge worth the money after all?", False),
])
def test_label_reads_as_report(headline, expected):
    assert reads_as_report(headline) is expected


# Two reports of one inquiry and a business digest that names the inquiry among other items.
_INQUIRY = [
    ("inq-1", "2031-05-02", "Prosecutors open inquiry into Brekk Corp accounts",
     "Prosecutors in Harlow opened an inquiry into the accounts of Brekk Corp on Monday, chief prosecutor "
     "Ingrid Salo said. Brekk Corp founder Lena Brekk denied wrongdoing, and Brekk Corp said it would cooperate "
     "with Ingrid Salo's office."),
    ("inq-2", "2031-05-03", "Brekk Corp inquiry widens to its Vessmark unit",
     "The inquiry into Brekk Corp widened on Tuesday to its Vessmark unit, chief prosecutor Ingrid Salo said. "
     "Lena Brekk, the founder of Brekk Corp, said the company had nothing to hide."),
]
_DIGEST = [
    ("dig-1", "2031-05-03", "10 things in business you need to know today",
     "Brekk Corp faces an inquiry. Prosecutor Ingrid Salo opened an inquiry into Brekk Corp, founded by Lena "
     "Brekk.\nOsvik Air orders jets. Osvik Air chief Tor Aune ordered twelve jets from Skyward Works.\n"
     "Marholm Bank raises rates. Marholm Bank governor Siri Lund raised its rate by a quarter point."),
]


def test_stories_digest_stands_alone(tmp_path, nlp):
    with Store(tmp_path / "c.duckdb") as store:
        ingest([str(_write(tmp_path / "d.jsonl", _INQUIRY))], store, Options(workers=1))
        ingest([str(_write(tmp_path / "e.jsonl", _DIGEST, site="ledger.example"))], store, Options(workers=1))
        stories = _stories(store)
    assert stories["inq-1"] == stories["inq-2"]
    assert stories["dig-1"] != stories["inq-1"]


def test_similarity_one_shared_person_weeks_apart_is_another_story():
    """The same person in the news two months later, for another event, is weaker evidence than
    the same person two days later; two shared actors keep the slow decay of a long story."""
    def dated(ident: str, published: str, other: str) -> StoryInput:
        return StoryInput(id=ident, title="A report", text="The minister spoke to reporters about the plan.",
                          published=published, actors={f"{ENTITY}lena-brekk": 3.0, f"{ENTITY}{other}": 2.0})
    first = dated("first", "2031-01-10", "pension-board")
    assert _likeness(first, dated("soon", "2031-01-12", "border-agency")) > \
        2 * _likeness(first, dated("later", "2031-03-12", "border-agency"))
    assert _likeness(first, dated("same", "2031-03-12", "pension-board")) > \
        0.8 * _likeness(first, dated("near", "2031-01-12", "pension-board"))


def test_frequencies_common_words_are_named_by_background_articles():
    from storyline.resolve.stories.frequencies import background_share
    assert background_share("business") > 10 * background_share("plague") > 0.0
    assert background_share("brennvik") == 0.0


def test_similarity_shared_common_words_are_weaker_than_shared_rare_words():
    """Two reports sharing only everyday words are less alike than two sharing rare ones, though a
    small collection names each word equally often."""
    def worded(ident: str, text: str) -> StoryInput:
        return StoryInput(id=ident, title="A report", text=text, published="2031-05-02", actors={})
    common = "business online success people company market"
    rare = "bubonic plague quarantine marmot outbreak pneumonic"
    own = ["harbour skerry tidewater brennvik", "fjord osvik marholm halden"]  # enough words to be read
    a, b = worded("a", f"{common} {own[0]}"), worded("b", f"{common} {own[1]}")
    c, d = worded("c", f"{rare} {own[0]}"), worded("d", f"{rare} {own[1]}")
    assert _likeness(a, b) < _likeness(c, d)
