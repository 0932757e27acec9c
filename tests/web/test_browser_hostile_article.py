"""An article full of script tags, event handlers and javascript: links runs nothing in the browser."""
from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from tests.api.demo_store import HOSTILE_DOCUMENT


@pytest.fixture(scope="module")
def hostile_pages(live_server):
    body = httpx.post(live_server + "/api/ingest", json={"documents": [HOSTILE_DOCUMENT]}, timeout=120).json()
    assert body["added"] == [HOSTILE_DOCUMENT["id"]] or body["unchanged"] == [HOSTILE_DOCUMENT["id"]]
    story = httpx.get(f"{live_server}/api/articles/{quote(HOSTILE_DOCUMENT['id'], safe='')}").json()["story"]
    return [f"/articles/{quote(HOSTILE_DOCUMENT['id'], safe='')}", f"/stories/{quote(story, safe='')}", "/",
            "/search?q=harbour", "/entities?name=Estmark",
            f"/articles/{quote(HOSTILE_DOCUMENT['id'], safe='')}?start=0&end=40"]


def _assert_nothing_ran(browser) -> None:
    try:
        text = browser.switch_to.alert.text
        pytest.fail(f"an alert opened: {text}")
    except NoAlertPresentException:
        pass
    assert browser.execute_script("return window.__pwned === undefined")
    for selector in ("script:not([src])", "[onerror]", "[onload]", "[onmouseover]", "iframe", "a[href^='javascript']"):
        assert not browser.find_elements(By.CSS_SELECTOR, selector), selector


def test_hostile_article_runs_nothing(browser, live_server, hostile_pages):
    for page in hostile_pages:
        browser.get(live_server + page)
        _assert_nothing_ran(browser)
        # Hover and click everything the article could have planted.
        for element in browser.find_elements(By.CSS_SELECTOR, "main a, main b, main mark")[:60]:
            if element.is_displayed() and (element.get_attribute("href") or "").startswith("javascript"):
                element.click()
        _assert_nothing_ran(browser)
    browser.get(live_server + hostile_pages[0])
    assert "<script>window.__pwned" in browser.find_element(By.TAG_NAME, "main").text
