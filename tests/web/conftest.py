"""A real server on 127.0.0.1 over the demo collection, and headless Chromium driven by Selenium.

Browser tests skip cleanly when chromium or chromedriver is not installed.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.api import ServerSettings, create_app
from tests.api.demo_store import HOSTILE_DOCUMENT, demo_store_copy
from tests.api.live_server import serve_store

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1400,1000")


@pytest.fixture(scope="session")
def web_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("web-demo")


@pytest.fixture(scope="module")
def pages(web_dir, request):
    """TestClient over a demo store that also holds the hostile article."""
    path = demo_store_copy(web_dir, "pages-" + request.module.__name__.rsplit(".", 1)[-1])
    with TestClient(create_app(ServerSettings(db=path))) as c:
        assert c.post("/api/ingest", json={"documents": [HOSTILE_DOCUMENT]}).json()["added"]
        yield c


@pytest.fixture(scope="session")
def live_server(web_dir):
    """`storyline serve` in its own process on a free loopback port; yields the base URL."""
    with serve_store(demo_store_copy(web_dir, "live")) as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    profile = tempfile.mkdtemp(prefix="storyline-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def docs_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "docs"
