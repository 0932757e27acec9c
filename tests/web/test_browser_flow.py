"""Headless Chromium against `storyline serve` on loopback: story list -> story -> citation; search."""
from __future__ import annotations

import os

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def save_screenshot(browser, path) -> None:
    """Only on request (STORYLINE_SCREENSHOTS=1): the README's pictures, taller than the test window."""
    size = browser.get_window_size()
    browser.set_window_size(1400, 1900)
    browser.save_screenshot(str(path))
    browser.set_window_size(size["width"], size["height"])


# Seconds to wait for a page or the citation panel: pages render in well under a second.
WAIT = 15


def test_story_list_to_story_to_citation(browser, live_server, docs_dir):
    browser.get(live_server + "/")
    links = browser.find_elements(By.CSS_SELECTOR, "a.story-link")
    assert links
    label = links[0].text
    links[0].click()
    WebDriverWait(browser, WAIT).until(EC.presence_of_element_located((By.ID, "briefing")))
    assert browser.find_element(By.ID, "story-title").text == label
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart circle.dot")
    if os.environ.get("STORYLINE_SCREENSHOTS"):
        save_screenshot(browser, docs_dir / "story-page.png")

    cite = browser.find_element(By.CSS_SELECTOR, "#briefing a.cite")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cite)
    cite.click()
    panel = WebDriverWait(browser, WAIT).until(EC.visibility_of_element_located((By.ID, "passage-panel")))
    mark = panel.find_element(By.CSS_SELECTOR, "mark#passage")
    assert mark.is_displayed() and mark.text.strip()
    assert browser.current_url.startswith(live_server + "/stories/")  # the panel opened in place

    # The cited passage is exactly the stretch of article text the citation names.
    fragment = cite.get_attribute("data-fragment")
    article_id = fragment.split("/articles/")[1].split("/passage")[0]
    query = dict(p.split("=") for p in fragment.split("?")[1].split("&"))
    text = browser.execute_script(
        "return fetch(arguments[0]).then(r => r.json()).then(r => r.text)", f"{live_server}/api/articles/{article_id}")
    assert mark.text.strip() == text[int(query["start"]):int(query["end"])].strip()
    browser.find_element(By.ID, "passage-close").click()
    assert not browser.find_element(By.ID, "passage-panel").is_displayed()


def test_modality_filter_hides_events(browser, live_server):
    browser.get(live_server + "/")
    browser.find_element(By.CSS_SELECTOR, "a.story-link").click()
    WebDriverWait(browser, WAIT).until(EC.presence_of_element_located((By.ID, "modality-filter")))
    browser.find_element(By.CSS_SELECTOR, "#modality-filter input[data-modality='asserted']").click()
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.event[data-modality='asserted']")
    assert rows and not any(r.is_displayed() for r in rows)


def test_search_then_open_a_result(browser, live_server):
    browser.get(live_server + "/")
    box = browser.find_element(By.ID, "search-box")
    box.send_keys("dockworkers")
    box.submit()
    WebDriverWait(browser, WAIT).until(EC.presence_of_element_located((By.ID, "search-results")))
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results li.hit a")
    assert results
    results[0].click()
    WebDriverWait(browser, WAIT).until(EC.presence_of_element_located((By.CSS_SELECTOR, "h1")))
    assert "dockworkers" in browser.find_element(By.TAG_NAME, "main").text.lower()


def test_entity_page_from_an_actor(browser, live_server, docs_dir):
    browser.get(live_server + "/")
    browser.find_element(By.CSS_SELECTOR, "a.story-link").click()
    actor = WebDriverWait(browser, WAIT).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#actors a.actor")))
    name = actor.text
    actor.click()
    WebDriverWait(browser, WAIT).until(EC.presence_of_element_located((By.ID, "roles-over-time")))
    assert browser.find_element(By.ID, "entity-name").text.startswith(name)
    if os.environ.get("STORYLINE_SCREENSHOTS"):
        save_screenshot(browser, docs_dir / "entity-page.png")
