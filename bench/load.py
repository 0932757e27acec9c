"""Load check: p95 latency of the story page with 10,000 articles in the store.

    .venv/bin/python bench/load.py [--articles 10000] [--requests 200] [--concurrency 4] [--db PATH]

How the 10,000 articles are made: the demo corpus is ingested once through the real pipeline
(NLP included), then each stored article is replicated with a new id, a shifted publication date
and a numbered title, keeping its text and its NLP layers (so every span stays valid) and its
entity links. Each replica group of the corpus forms its own stories, so the store holds
thousands of small stories as a real collection would, rather than three giant ones. Running
spaCy 10,000 times would take tens of minutes and measure the pipeline, not the server.

Before the server starts, one new article is ingested into the big store and into a store of the
demo corpus alone, and the ratio of the two times shows what the collection stages cost at scale.

The server runs as `storyline serve` in its own process on a free loopback port; this process
sends a bounded run of requests (after a warm-up) from a few threads and prints the latency
percentiles of the story page (first view of stories not yet built, then repeated views, which
the server answers from its cache of story views), with the story JSON and story list.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import httpx

from storyline.collection import index_collection
from storyline.demo import demo_corpus_path
from storyline.models import AnnotatedArticle
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store

WARMUP = 20  # requests before timing: first renders compile templates and warm DuckDB's caches
COLD = 10  # distinct stories opened once each, to time a story page the server has not built yet


def build_store(path: Path, articles: int) -> str:
    """Fill `path` with `articles` articles; returns the id of the largest demo story."""
    with Store(path) as store:
        ingest([str(demo_corpus_path())], store, Options(workers=1))
        originals = list(store.articles())
        signatures = {ident: sig for ident, _, sig, _ in store.fingerprints()}
        links = store.all_entity_links()
        labels = {sid: label for sid, label, *_ in store.stories()}
        target_story = store.stories()[0][0]
        all_links = {(aid, key): e for aid, by_key in links.items() for key, e in by_key.items()}
        assigned: dict[str, str] = {}
        new_labels: dict[str, str] = {}
        needed, group, batch = articles - len(originals), 0, []
        while needed > 0:
            group += 1
            for s in originals[:needed]:
                ident = f"{s.article.id}-r{group}"
                title = f"{s.article.title or s.article.id} #{group}"
                batch.append(AnnotatedArticle(
                    article=replace(s.article, id=ident, published=_shift(s.article.published, group), title=title),
                    layers=s.layers, fingerprint=signatures[s.article.id]))
                for key, entity in links.get(s.article.id, {}).items():
                    all_links[(ident, key)] = entity
                if s.story:
                    sid = f"{s.story}-g{group}"
                    assigned[ident] = sid
                    new_labels[sid] = f"{labels[s.story]} #{group}"
            needed -= min(len(originals), needed)
            if len(batch) >= 2000:
                store.add_articles(batch)
                batch = []
        store.add_articles(batch)
        store.replace_entities(all_links)
        store.set_stories(assigned, new_labels)
        index_collection(store, Options())  # the collection's indexes, as the ingests that made it would leave them
        print(f"store: {store.article_count()} articles, {len(store.stories())} stories", file=sys.stderr)
    return target_story


def _shift(published: str | None, days: int) -> str | None:
    if not published:
        return None
    return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "STORYLINE_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/api/stories?limit=1", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def measure(base: str, path: str, requests: int, concurrency: int) -> list[float]:
    with httpx.Client(base_url=base, timeout=120) as client:
        for _ in range(WARMUP):
            client.get(path).raise_for_status()

        def one(_: int) -> float:
            start = time.perf_counter()
            client.get(path).raise_for_status()
            return time.perf_counter() - start

        with ThreadPoolExecutor(concurrency) as pool:
            return list(pool.map(one, range(requests)))


def _timed(base: str, path: str) -> float:
    start = time.perf_counter()
    httpx.get(base + path, timeout=300).raise_for_status()
    return time.perf_counter() - start


# A fictional report, new to the store, for timing one ingest call (its collection stages included).
NEW_REPORT = {"id": "load-new-1", "url": None, "published": "2031-05-01",
              "text": "Valdoria weighs troops\n\nGeneral Ilse Marrow said on Tuesday that Valdoria will decide "
                      "within weeks whether to send troops to the Estmark border mission."}


def time_one_ingest(db: Path) -> float:
    """Seconds to ingest one new article into the store at `db` (spaCy, then every collection stage)."""
    doc = db.with_suffix(".new.jsonl")
    doc.write_text(json.dumps(NEW_REPORT) + "\n", encoding="utf-8")
    with Store(db) as store:
        started = time.perf_counter()
        ingest([str(doc)], store, Options(workers=1))
        return time.perf_counter() - started


def report(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * len(ms)) - 1)]
    print(f"{name:<28} n={len(ms):<4} p50={statistics.median(ms):7.1f} ms  p95={p95:7.1f} ms  max={ms[-1]:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--db", type=Path, help="keep the generated store here (default: a temporary file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.duckdb"
        if db.exists():
            db.unlink()
        started = time.perf_counter()
        story = build_store(db, args.articles)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        small = Path(tmp) / "small.duckdb"
        build_store(small, 0)  # the demo corpus alone
        baseline, loaded = time_one_ingest(small), time_one_ingest(db)
        print(f"ingest one article:   {loaded:.1f} s into {args.articles:,} articles, {baseline:.1f} s into the demo "
              f"store; ratio {loaded / baseline:.1f}")
        proc, base = start_server(db)
        try:
            others = [s["id"] for s in httpx.get(f"{base}/api/stories", params={"limit": COLD + 5}).json()["items"]]
            report("story page, first view", [_timed(base, f"/stories/{sid}") for sid in others[-COLD:]])
            report("story page /stories/{id}", measure(base, f"/stories/{story}", args.requests, args.concurrency))
            report("story JSON /api/stories/{id}", measure(base, f"/api/stories/{story}", args.requests // 2,
                                                           args.concurrency))
            report("story list /", measure(base, "/", args.requests // 2, args.concurrency))
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
