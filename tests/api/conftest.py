"""REST tests run FastAPI's TestClient over a private copy of the demo store."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyline.api import ServerSettings, create_app
from tests.api.demo_store import demo_store_copy


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("api-demo")


@pytest.fixture(scope="module")
def client(demo_dir, request):
    path = demo_store_copy(demo_dir, request.module.__name__.rsplit(".", 1)[-1])
    with TestClient(create_app(ServerSettings(db=path))) as c:
        yield c


@pytest.fixture(scope="module")
def story_id(client) -> str:
    return client.get("/api/stories").json()["items"][0]["id"]
