"""Loopback by default; elsewhere a token, carried by every request, header, cookie or link."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.api import ServerSettings, create_app
from storyline.api.settings import is_loopback
from storyline.cli import app as cli_app
from storyline.errors import StorylineError

TOKEN = "estmark-harbour-7731"


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("127.0.0.5", True), ("0.0.0.0", False), ("192.168.1.4", False),
                                                ("::", False), ("news.example", False)])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.7", "::"])
def test_other_hosts_refuse_to_start_without_a_token(tmp_path, host):
    with pytest.raises(StorylineError) as err:
        create_app(ServerSettings(db=tmp_path / "t.duckdb", host=host))
    assert err.value.ident == "E209"


def test_serve_command_refuses_without_a_token(tmp_path, monkeypatch):
    monkeypatch.delenv("STORYLINE_TOKEN", raising=False)
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "t.duckdb"), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "E209" in result.output


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    db = tmp_path_factory.mktemp("token") / "t.duckdb"
    with TestClient(create_app(ServerSettings(db=db, host="0.0.0.0", token=TOKEN))) as c:
        yield c


@pytest.mark.parametrize("url", ["/", "/api/stories", "/static/storyline.css", "/openapi.json", "/search?q=x"])
def test_every_request_needs_the_token(guarded, url):
    guarded.cookies.clear()
    assert guarded.get(url).status_code == 401
    assert guarded.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert guarded.get(url, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_a_link_with_the_token_sets_a_cookie_for_the_browser(guarded):
    guarded.cookies.clear()
    first = guarded.get(f"/?token={TOKEN}")
    assert first.status_code == 200 and "HttpOnly" in first.headers["set-cookie"]
    assert guarded.get("/static/storyline.js").status_code == 200


def test_bodies_over_the_limit_are_refused_even_without_a_length(tmp_path):
    with TestClient(create_app(ServerSettings(db=tmp_path / "t.duckdb", max_body_bytes=1000))) as c:
        def chunks():
            for _ in range(10):
                yield b"x" * 500
        response = c.post("/api/ingest", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "E203"


def test_pages_forbid_inline_script(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
