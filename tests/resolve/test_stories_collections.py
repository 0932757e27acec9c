"""Story grouping on fictional collections that tempt a merge: a shared country, a shared site.

Everything here is invented: the towns, companies and people; the countries are real only so
that they count as countries (weak evidence) the way real collections name them.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store

# Two stories in one country, the same week, each naming Norway more than anything else: the
# country is their most salient actor, and still no evidence that they are one story.
FERRY = [
    ("ferry-1", "2031-05-02", "Norway ferry crews strike in Brennvik",
     "Ferry crews in Norway walked out in Brennvik on Monday, union leader Kari Holmsen said. Norway's busiest "
     "fjord crossing stood still, and the Norwegian government asked Norway's ferry operators to talk. "
     "Holmsen said crews across Norway want a new rota."),
    ("ferry-2", "2031-05-04", "Norway ferry strike goes on in Brennvik",
     "Norway's ferry strike entered its third day in Brennvik on Wednesday as union leader Kari Holmsen met "
     "managers. Travellers in Norway queued for buses; the Norwegian transport ministry said no ferry would "
     "leave Brennvik before Friday."),
]
REEF = [
    ("reef-1", "2031-05-03", "Norway research ship finds cold-water reef",
     "A research ship from Norway has mapped a cold-water coral reef in Norway's northern waters, marine "
     "biologist Lene Vasstrand said on Tuesday. The Norwegian government said Norway would protect the "
     "Skarvbank reef, which stretches for eleven kilometres."),
    ("reef-2", "2031-05-06", "Norway's Skarvbank reef is older than thought",
     "The Skarvbank coral reef found off Norway is about 9,000 years old, Lene Vasstrand told reporters in "
     "Norway on Friday. Vasstrand said Norway should close the Skarvbank reef to trawling, and the Norwegian "
     "fisheries agency agreed."),
]
# Two reports of one week sharing only their countries, each naming them more than anything else:
# a protest at a border quay and a company's stock listing.
COUNTRIES_ONLY = [
    ("quay-1", "2031-04-07", "Norway fishermen block Sweden border quay",
     "Fishermen from Norway blocked the Strandvik quay on the border with Sweden on Monday, protesting new quotas. "
     "Norway's fisheries union leader Arne Solvik said Sweden and Norway had cut the cod quota by a third. "
     "Police in Norway said the protest was peaceful; Sweden's coast guard watched the blockade."),
    ("list-1", "2031-04-08", "Norway shipping firm Kvalberg lists in Sweden",
     "Kvalberg, a shipping company from Norway, raised 2 billion crowns in its listing in Sweden on Tuesday, chief "
     "executive Eva Lund said. Investors in Sweden and Norway bought the shares, and Kvalberg said Norway remained "
     "its home. The listing was the largest in Sweden this year, the Norway firm said."),
]
# Two unrelated posts of one site, carrying the site's furniture: a menu line, a newsletter pitch
# naming the site's owner, a reader prompt.
FURNITURE = ("Home News Sport Weather Culture Opinion Podcasts\n"
             "Sign up for the Harbour Gazette morning newsletter from Tidewater Media Group and never miss a story.\n")
SITE = [
    ("site-1", "2031-06-10", "Lighthouse keeper retires after forty years",
     FURNITURE + "Edda Lorvik retired on Saturday after forty years as keeper of the Skjerhamn lighthouse. "
     "Lorvik said she would miss the winter storms at Skjerhamn.\n"
     "Tell us what you think: write to the Harbour Gazette letters desk at Tidewater Media Group."),
    ("site-2", "2031-06-11", "Council approves new bridge to Osvik island",
     FURNITURE + "The Marholm council approved a bridge to Osvik island on Tuesday, council leader Pavel Drenn said. "
     "Drenn said building at Osvik would start in spring.\n"
     "Tell us what you think: write to the Harbour Gazette letters desk at Tidewater Media Group."),
]


# Two reviews of one site, each ending with the site's credit line naming its tester.
REVIEWS = [
    ("review-1", "2031-07-02", "Harbour touring jacket review",
     "The Harbour touring jacket kept our tester dry through three days of rain on the coast road. Its vents "
     "open wide, and the collar sits low enough for a full-face helmet.\n"
     "Tested by: Oskar Vinterberg RRP: 220 crowns More info: www.harbourgear.example"),
    ("review-2", "2031-07-09", "Fjell chain lubricant review",
     "Fjell chain lubricant went on cleanly and stayed put after a wet week of commuting. A bottle lasted about "
     "two months on a daily bike.\n"
     "Tested by: Oskar Vinterberg RRP: 12 crowns More info: www.fjell.example"),
]


def _write(path: Path, docs, site: str = "meridian24.example") -> Path:
    with path.open("w", encoding="utf-8") as out:
        for ident, published, title, body in docs:
            out.write(json.dumps({"id": ident, "url": f"https://{site}/{ident}", "title": title,
                                  "published": published, "text": f"{title}\n\n{body}"}) + "\n")
    return path


def _stories(store: Store) -> dict[str, str]:
    return {s.article.id: s.story for s in store.articles()}


@pytest.fixture(scope="module")
def country_pair(tmp_path_factory, nlp) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("country")
    with Store(tmp / "c.duckdb") as store:
        ingest([str(_write(tmp / "all.jsonl", FERRY + REEF))], store, Options(workers=1))
        return _stories(store)


def test_stories_sharing_a_country_stay_apart(country_pair):
    assert country_pair["ferry-1"] != country_pair["reef-1"]


@pytest.mark.parametrize("group", [FERRY, REEF], ids=["ferry", "reef"])
def test_stories_sharing_a_country_each_stay_whole(country_pair, group):
    assert len({country_pair[ident] for ident, *_ in group}) == 1


def test_stories_sharing_only_countries_stay_apart(tmp_path, nlp):
    with Store(tmp_path / "c.duckdb") as store:
        ingest([str(_write(tmp_path / "c.jsonl", COUNTRIES_ONLY))], store, Options(workers=1))
        stories = _stories(store)
    assert stories["quay-1"] != stories["list-1"]


def test_stories_two_posts_of_one_site_stay_apart(tmp_path, nlp):
    with Store(tmp_path / "c.duckdb") as store:
        ingest([str(_write(tmp_path / "site.jsonl", SITE, site="harbourgazette.example"))], store, Options(workers=1))
        stories = _stories(store)
    assert stories["site-1"] != stories["site-2"]


def test_stories_two_reviews_credited_to_one_tester_stay_apart(tmp_path, nlp):
    with Store(tmp_path / "c.duckdb") as store:
        ingest([str(_write(tmp_path / "r.jsonl", REVIEWS, site="gearpages.example"))], store, Options(workers=1))
        stories = _stories(store)
    assert stories["review-1"] != stories["review-2"]


def test_stories_one_article_per_call_joins_the_stored_story(tmp_path, nlp):
    """Articles arriving one ingest call at a time, two stories interleaved: each later report joins
    its stored story, and no article already grouped moves."""
    seen: dict[str, str] = {}
    with Store(tmp_path / "c.duckdb") as store:
        for n, doc in enumerate([FERRY[0], REEF[0], FERRY[1], REEF[1]]):
            ingest([str(_write(tmp_path / f"{n}.jsonl", [doc]))], store, Options(workers=1))
            now = _stories(store)
            assert all(now[i] == s for i, s in seen.items())
            seen = now
        labels = {sid: label for sid, label, *_ in store.stories()}
    assert seen["ferry-2"] == seen["ferry-1"] and seen["reef-2"] == seen["reef-1"]
    assert seen["ferry-1"] != seen["reef-1"]
    # labels are headlines, not lists of names
    assert "ferry" in labels[seen["ferry-1"]] and " · " not in labels[seen["ferry-1"]]
