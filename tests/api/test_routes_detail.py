"""A story, an entity and an article in full."""
from __future__ import annotations


def test_story_has_every_part(client, story_id):
    story = client.get(f"/api/stories/{story_id}").json()
    for part in ("timeline", "actors", "claims", "changes", "conflicts", "sources", "articles"):
        assert isinstance(story[part], list), part
    assert story["timeline"] and story["actors"] and story["claims"] and story["sources"]
    assert all(t["modality"] in ("asserted", "expected", "possible", "negated", "denied") for t in story["timeline"])


def test_briefing_citations_point_into_the_cited_article(client, story_id):
    briefing = client.get(f"/api/stories/{story_id}/briefing").json()
    cited = [c for s in briefing["sections"] for se in s["sentences"] for c in se["citations"]]
    assert cited
    numbers = {c["n"] for c in briefing["sources"]}
    for c in cited[:5]:
        assert c["n"] in numbers
        text = client.get(f"/api/articles/{c['article_id']}").json()["text"]
        assert 0 <= c["start"] < c["end"] <= len(text)


def test_entity_lists_its_articles(client):
    entity = client.get("/api/entities").json()["items"][0]
    detail = client.get(f"/api/entities/{entity['id']}").json()
    assert detail["name"] == entity["name"]
    assert detail["stands_for"] is None  # only a seat of government ("White House") stands for one
    assert len({a["article"]["id"] for a in detail["appearances"]}) == entity["articles"]


def test_article_is_the_exported_record(client):
    first = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    record = client.get(f"/api/articles/{first['id']}").json()
    assert record["id"] == first["id"]
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert record["text"][m["start"]:m["end"]] == m["text"]
