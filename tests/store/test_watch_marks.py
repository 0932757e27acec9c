"""The watch command's marks: kept per source in the store, across reopening."""
from __future__ import annotations

from storyline.store import Store


def test_watch_marks_survive_reopening_and_update_per_item(tmp_path):
    path = tmp_path / "watch.duckdb"
    with Store(path) as store:
        assert store.watch_marks("https://feeds.example.test/harbour.xml") == {}
        store.save_watch_marks("https://feeds.example.test/harbour.xml", {"etag": "W/\"1\"", "entry:a": "1"})
        store.save_watch_marks("/data/dumps", {"offset": "120"})
    with Store(path) as store:
        store.save_watch_marks("https://feeds.example.test/harbour.xml", {"etag": "W/\"2\""})
        store.save_watch_marks("/data/dumps", {})
        assert store.watch_marks("https://feeds.example.test/harbour.xml") == {"etag": "W/\"2\"", "entry:a": "1"}
        assert store.watch_marks("/data/dumps") == {"offset": "120"}
