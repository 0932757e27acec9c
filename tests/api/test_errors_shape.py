"""One error shape for every failure: {"error": {"code", "status", "message"}}, status as sent."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from storyline.api import ServerSettings, create_app

FAILURES = [
    ("get", "/api/stories/s-no-such-story", 404, "E102"),
    ("get", "/api/entities/e-no-such-entity", 404, "E103"),
    ("get", "/api/articles/no-such-article", 404, "E201"),
    ("get", "/api/no-such-route", 404, "E205"),
    ("post", "/api/stories", 405, "E206"),
    ("get", "/api/articles?limit=0", 422, "E204"),
    ("get", "/api/events?offset=-1", 422, "E204"),
    ("get", "/api/search", 422, "E204"),
    ("post", "/api/ingest", 422, "E204"),
    ("post", "/api/ingest?_=urls", 403, "E207"),
]


def assert_error_shape(response, status: int, code: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "status", "message"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert re.fullmatch(r"E\d{3}", body["error"]["code"]) and body["error"]["message"]


@pytest.mark.parametrize(("method", "url", "status", "code"), FAILURES)
def test_failures_share_one_shape(client, method, url, status, code):
    kwargs = {"json": {"urls": ["https://example.org/a"]}} if url.endswith("urls") else {}
    assert_error_shape(getattr(client, method)(url, **kwargs), status, code)


def test_missing_token_and_oversized_body_share_the_shape(tmp_path):
    app = create_app(ServerSettings(db=tmp_path / "t.duckdb", token="s3cret-Valdoria", max_body_bytes=100))
    with TestClient(app) as c:
        assert_error_shape(c.get("/api/stories"), 401, "E202")
        auth = {"Authorization": "Bearer s3cret-Valdoria"}
        assert_error_shape(c.post("/api/ingest", headers=auth, json={"documents": [{"text": "x" * 500}]}), 413, "E203")


def test_pages_show_the_same_error_as_html(client):
    response = client.get("/stories/s-no-such-story")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert 'data-code="E102"' in response.text
