"""POST /api/ingest runs the CLI's pipeline and reports rejections the way the CLI does."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyline.api import ServerSettings, create_app
from storyline.errors import Code, StorylineError
from tests.api.demo_store import GOOD_DOCUMENT


def test_documents_are_added_then_left_alone(client):
    first = client.post("/api/ingest", json={"documents": [GOOD_DOCUMENT]}).json()
    assert first["added"] == [GOOD_DOCUMENT["id"]] and first["rejections"] == []
    again = client.post("/api/ingest", json={"documents": [GOOD_DOCUMENT]}).json()
    assert again["added"] == [] and again["unchanged"] == [GOOD_DOCUMENT["id"]]
    assert again["articles"] == first["articles"]
    record = client.get(f"/api/articles/{GOOD_DOCUMENT['id']}").json()
    assert record["title"] == GOOD_DOCUMENT["title"] and record["story"]


@pytest.mark.parametrize(("document", "error"), [
    ({"id": "test-empty", "text": "   "}, StorylineError(Code.EMPTY)),
    ({"id": "test-no-body", "title": "Estmark votes"}, StorylineError(Code.JSONL_FIELDS, line=2)),
])
def test_bad_documents_are_rejected_like_the_cli(client, document, error):
    body = client.post("/api/ingest", json={"documents": [GOOD_DOCUMENT, document]}).json()
    assert [(r["reason"], r["code"]) for r in body["rejections"]] == [(error.message, error.ident)]
    rejection = body["rejections"][0]
    assert rejection["line"] == f"storyline: skipped {rejection['source']}: {error.message}"


def test_urls_are_refused_while_url_ingestion_is_off(client):
    response = client.post("/api/ingest", json={"urls": ["https://news.example/valdoria"]})
    assert response.status_code == 403 and response.json()["error"]["code"] == "E207"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/api/stories", "http://localhost/", "http://10.1.2.3/x",
                                 "http://192.168.0.10/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
                                 "file:///etc/passwd", "ftp://files.example/a"])
def test_url_ingestion_refuses_inward_addresses(tmp_path, url):
    app = create_app(ServerSettings(db=tmp_path / "urls.duckdb", allow_url_ingest=True))
    with TestClient(app) as c:
        body = c.post("/api/ingest", json={"urls": [url]}).json()
    assert body["added"] == [] and len(body["rejections"]) == 1
    assert body["rejections"][0]["reason"].startswith("refusing to fetch") and body["rejections"][0]["code"]


def test_story_views_are_rebuilt_after_an_ingest(client):
    for story in client.get("/api/stories", params={"limit": 500}).json()["items"]:
        client.get(f"/api/stories/{story['id']}")  # the server now holds every view
    ferry = {**GOOD_DOCUMENT, "id": "test-estmark-ferry-2", "text": GOOD_DOCUMENT["text"] + " Ferries were full."}
    client.post("/api/ingest", json={"documents": [ferry]})
    story = client.get(f"/api/articles/{ferry['id']}").json()["story"]
    assert ferry["id"] in [a["id"] for a in client.get(f"/api/stories/{story}").json()["articles"]]
