"""Every list endpoint pages the same way and its filters hold on every item."""
from __future__ import annotations

import pytest

LISTS = ["/api/stories", "/api/entities", "/api/events", "/api/attributions", "/api/articles", "/api/search?q=Valdoria"]


@pytest.mark.parametrize("url", LISTS)
def test_list_is_a_page(client, url):
    body = client.get(url).json()
    assert set(body) == {"items", "total", "offset", "limit"}
    assert body["offset"] == 0 and body["items"] and body["total"] >= len(body["items"])


@pytest.mark.parametrize("url", ["/api/entities", "/api/events", "/api/attributions", "/api/articles"])
def test_pages_split_the_whole_list(client, url):
    whole = client.get(url, params={"limit": 500}).json()
    pages, offset = [], 0
    while offset < whole["total"]:
        page = client.get(url, params={"limit": 4, "offset": offset}).json()
        assert len(page["items"]) <= 4 and page["total"] == whole["total"]
        pages.extend(page["items"])
        offset += 4
    assert pages == whole["items"]


def test_limit_is_capped(client):
    assert client.get("/api/articles", params={"limit": 100000}).json()["limit"] == 500


@pytest.mark.parametrize("modality", ["asserted", "expected", "possible"])
def test_events_filter_by_modality(client, modality):
    items = client.get("/api/events", params={"modality": modality, "limit": 500}).json()["items"]
    assert all(e["modality"] == modality for e in items)


def test_events_filter_by_entity_names_actor_or_target(client):
    entity = client.get("/api/entities", params={"name": "Valdoria"}).json()["items"][0]["id"]
    items = client.get("/api/events", params={"entity": entity, "limit": 500}).json()["items"]
    assert items
    assert all(entity in ((e["actor"] or {}).get("entity"), (e["target"] or {}).get("entity")) for e in items)


@pytest.mark.parametrize("kind", ["anonymous", "person", "organization"])
def test_attributions_filter_by_kind(client, kind):
    items = client.get("/api/attributions", params={"kind": kind, "limit": 500}).json()["items"]
    assert all(a["source"]["kind"] == kind for a in items)


def test_attributions_filter_by_story_and_dates(client, story_id):
    items = client.get("/api/attributions", params={"story": story_id, "since": "2031-03-10", "limit": 500}).json()
    assert items["items"] and all(a["article"]["story"] == story_id and a["article"]["published"] >= "2031-03-10"
                                  for a in items["items"])


def test_articles_filter_by_story(client, story_id):
    items = client.get("/api/articles", params={"story": story_id, "limit": 500}).json()["items"]
    assert len(items) > 1 and {a["story"] for a in items} == {story_id}


def test_search_finds_a_word_of_the_text(client):
    hits = client.get("/api/search", params={"q": "dockworkers"}).json()["items"]
    assert hits and all(h["snippet"] for h in hits)


@pytest.mark.parametrize("url", ["/api/events", "/api/attributions"])
def test_entity_filter_takes_an_id_or_a_name(client, url):
    """`entity=` names an entity as `storyline events --actor` and `said --by` do: by id or by name."""
    entity = client.get("/api/entities", params={"name": "Valdoria"}).json()["items"][0]
    by_id = client.get(url, params={"entity": entity["id"], "limit": 500}).json()
    by_name = client.get(url, params={"entity": entity["name"].upper(), "limit": 500}).json()
    assert by_id == by_name


def test_entity_filter_unknown_is_e103(client):
    body = client.get("/api/events", params={"entity": "Nobody Known"}).json()
    assert body["error"]["code"] == "E103"
