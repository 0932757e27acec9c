"""Scale: what ingesting costs as the collection grows, and the Ray runner against the local one.

    .venv/bin/python -m bench.scale [--sizes 2000,10000] [--bulk 500] [--call 100] [--ray-articles 200] [--ray-rounds 1]

How the collections are made, and why. Full NLP runs at ~7 articles/s on 2 cores, so a 100k
store through spaCy would take four hours and measure spaCy, not the store. The fictional
stream of bench/synthetic.py yields articles with their layers already built (every span points
at its text) and with the collection's answers (storyline, canonical entities, wire copies).
For each size N, in a child process (so its peak memory is its own):

1. **prefix**: the first N - bulk articles are written straight into the store, a batch at a
   time, with their answers (stories, wire copies); then entities are resolved and the
   collection's indexes filled (collection.index_collection), as the ingests would leave them;
2. **bulk**: the next `bulk` articles go in through the runners' write path in one call
   (store writes, then the real collection stages: duplicates, entities, stories); bulk time
   per article is that call's time over `bulk`. A whole-N bulk call would say the same on
   code that scales, but the collection stages of today are quadratic in one call's articles;
3. **call**: `call` (100) further articles in one ingest call, twice on copies of the store:
   pre-annotated (store + collection stages only), and as text through the real pipeline
   (clean + spaCy + layers + collection; the model is loaded before timing). The same two
   calls into an empty store give the baseline of the ratio;
4. **story page**: `storyline serve` on the store; p95 of the largest story's page (warm, as
   bench/load.py measures it) and of the first view of `cold` other stories;
5. **peak memory**: the child's peak RSS over everything (prefix write and index fill included),
   its peak over the ingest calls alone (reset after the prefix), and the server's.

The Ray comparison ingests the same `ray-articles` texts (real NLP) with the local runner and
with the Ray runner, 2 workers each, in `ray-rounds` rounds (the order alternates, local first,
so that a machine shared with other work weighs on both alike), and checks that every run
stores identical records. Each run is its own child process, so that both start cold:

- timed, local: the ingest call: reading the corpus, loading spaCy and warming the worker in the
  driver, forking its 2 processes, clean + NLP, store writes, collection stages;
- timed, Ray: the ingest call: reading the corpus and writing the input shards, starting 2
  actors (each a new process that imports Ray Data and storyline and loads spaCy), clean + NLP,
  shard writes, reading the shards back, store writes, collection stages;
- not timed, either: the child's Python imports (storyline, spaCy; for Ray also Ray Data) and,
  for Ray, the driver's connection to the running Ray (`ray.init(address=...)`). Ray's own
  start-up (`ray.init` of a 2-CPU Ray in this process) is timed apart and added in a second
  ratio, since a command on a laptop pays it and a desk's long-lived cluster does not.
"""
from __future__ import annotations

import argparse
import io
import itertools
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from bench.load import measure, start_server
from bench.synthetic import Generated, stream
from storyline.collection import index_collection
from storyline.export import write_jsonl
from storyline.extract import load_nlp
from storyline.models import RawDocument
from storyline.pipeline import ingest, ingest_documents
from storyline.resolve.stories import story_id
from storyline.settings import Options
from storyline.store import Store

WRITE_BATCH = 2000  # articles per store statement when writing the prefix
REQUESTS = 100  # timed story-page requests per store, after bench/load.py's warm-up


def write_prefix(store: Store, items: Iterable[Generated]) -> None:
    """Articles with their stories and wire copies, written directly (no collection stages) a
    batch at a time, then the collection's indexes filled (collection.index_collection): the
    store that ingests of these articles would leave, without keeping them all in memory."""
    first: dict[str, str] = {}
    stream_of = iter(items)
    while batch := list(itertools.islice(stream_of, WRITE_BATCH)):
        store.add_articles([g.annotated for g in batch])
        stories = {g.annotated.article.id: story_id(first.setdefault(g.story, g.annotated.article.id)) for g in batch}
        store.set_stories(stories, {sid: f"story {sid}" for sid in set(stories.values())})
        store.set_duplicates({g.annotated.article.id: g.copy_of for g in batch if g.copy_of})
    index_collection(store, Options())  # entities resolved from the local entities, duplicates indexed


def store_call(db: Path, items: list[Generated]) -> float:
    """Seconds for one ingest call of pre-annotated articles: store writes and collection stages."""
    from storyline.pipeline import store_results  # the runners' shared write path
    with Store(db) as store:
        started = time.perf_counter()
        store_results((g.annotated for g in items), store, Options(workers=1))
        return time.perf_counter() - started


def text_call(db: Path, items: list[Generated]) -> float:
    """Seconds for one ingest call of the same articles as text, through the real pipeline."""
    raws = [RawDocument(source="synthetic", content=g.annotated.article.text, kind="text", id=g.annotated.article.id,
                        title=g.annotated.article.title, published=g.annotated.article.published) for g in items]
    with Store(db) as store:
        started = time.perf_counter()
        ingest_documents(raws, store, Options(workers=1))
        return time.perf_counter() - started


def story_pages(db: Path, cold: int = 10) -> dict[str, float]:
    with Store(db) as store:
        stories = [sid for sid, *_ in store.stories()]
    largest, others = stories[0], stories[1::max(1, len(stories) // cold)][:cold]
    proc, base = start_server(db)
    try:
        first_views = []
        for sid in others:
            started = time.perf_counter()
            httpx.get(f"{base}/stories/{sid}", timeout=300).raise_for_status()
            first_views.append(time.perf_counter() - started)
        warm = measure(base, f"/stories/{largest}", REQUESTS, 4)
        with open(f"/proc/{proc.pid}/status", encoding="utf-8") as status:
            server_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"page_p95_ms": _p95(warm) * 1000, "first_view_p95_ms": _p95(first_views) * 1000,
            "server_peak_mb": server_kb / 1024}


def _p95(seconds: list[float]) -> float:
    ordered = sorted(seconds)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def one_size(size: int, bulk: int, call: int, folder: Path) -> dict[str, float]:
    """Every measure at one collection size (run in a child process)."""
    load_nlp(Options().spacy_model)  # model load excluded from every timing
    generated = stream()
    db = folder / f"n{size}.duckdb"
    out: dict[str, float] = {"size": size}
    started = time.perf_counter()
    with Store(db) as store:
        write_prefix(store, itertools.islice(generated, size - bulk))
    bulk_items, call_items = list(itertools.islice(generated, bulk)), list(itertools.islice(generated, call))
    _reset_peak()  # from here the peak is the ingest calls' (the prefix write and index fill are apart)
    out["prefix_write_s"] = time.perf_counter() - started
    out["bulk_ms_per_article"] = store_call(db, bulk_items) / max(1, len(bulk_items)) * 1000
    for name, timed in (("call_store_s", store_call), ("call_text_s", text_call)):
        copy = folder / f"n{size}-{name}.duckdb"
        shutil.copy(db, copy)
        out[name] = timed(copy, call_items)
        copy.unlink()
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["ingest_peak_mb"] = _peak_kb() / 1024
    if size:
        out.update(story_pages(db))
    return out


def _reset_peak() -> None:
    """Reset this process's peak RSS (Linux: 5 written to clear_refs), so that the next reading is
    the peak of what follows."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        pass


def _peak_kb() -> int:
    with open("/proc/self/status", encoding="utf-8") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))


def compare_runners(articles: int, folder: Path, rounds: int = 1) -> dict[str, Any]:
    """The local and the Ray runner on the same texts: mean seconds each over `rounds` paired runs,
    the ratio of each pair, and whether every run stored the same records (see the module docstring
    for what is timed)."""
    import ray
    corpus = folder / "ray-corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for g in itertools.islice(stream(seed=11), articles):
            a = g.annotated.article
            out.write(json.dumps({"id": a.id, "title": a.title, "published": a.published, "text": a.text}) + "\n")
    started = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    ray_start = time.perf_counter() - started
    address = ray.get_runtime_context().gcs_address
    times: dict[str, list[float]] = {"local": [], "ray": []}
    connects, records = [], set()
    try:
        for turn in range(rounds):
            for name in ("local", "ray") if turn % 2 == 0 else ("ray", "local"):
                db = folder / f"runner-{name}.duckdb"
                row = _runner_child(name, corpus, db, address)
                times[name].append(row["seconds"])
                if name == "ray":
                    connects.append(row["connect_s"])
                text = io.StringIO()
                with Store(db) as store:
                    write_jsonl(store, text)
                records.add(text.getvalue())
                db.unlink()
    finally:
        ray.shutdown()
    return {"articles": articles, "local_s": statistics.fmean(times["local"]), "ray_s": statistics.fmean(times["ray"]),
            "ratios": [r / loc for loc, r in zip(times["local"], times["ray"], strict=True)], "ray_start_s": ray_start,
            "connect_s": statistics.fmean(connects), "identical": len(records) == 1}


def time_runner(name: str, corpus: Path, db: Path, address: str) -> dict[str, float]:
    """One runner's ingest of `corpus` into a new store at `db`, timed (run in a child process)."""
    run, options, connect = ingest, Options(workers=2), 0.0
    if name == "ray":
        import ray
        import ray.data  # noqa: F401 - an import, untimed as the local runner's are

        from storyline.scale.ray_runner import ingest_with_ray
        started = time.perf_counter()
        ray.init(address=address, logging_level="ERROR", log_to_driver=False)
        connect = time.perf_counter() - started
        run, options = ingest_with_ray, Options(workers=2, runner="ray", ray_address=address)
    with Store(db) as store:
        started = time.perf_counter()
        run([str(corpus)], store, options)
        return {"seconds": time.perf_counter() - started, "connect_s": connect}


def _runner_child(name: str, corpus: Path, db: Path, address: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "bench.scale", "--one-runner", name, "--corpus", str(corpus),
                           "--db", str(db), "--ray-address", address], capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parents[1])
    if done.returncode:
        raise SystemExit(f"the {name} runner failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000", help="comma-separated store sizes, e.g. 10000,30000,100000 ('': none)")
    ap.add_argument("--bulk", type=int, default=500, help="articles in the timed bulk call at each size")
    ap.add_argument("--call", type=int, default=100, help="articles in the single ingest call")
    ap.add_argument("--ray-articles", type=int, default=200, help="articles for Ray vs local (0: skip)")
    ap.add_argument("--ray-rounds", type=int, default=1, help="paired local and Ray runs, in alternating order")
    ap.add_argument("--one-size", type=int, help=argparse.SUPPRESS)  # the child processes' entries
    ap.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--one-runner", choices=("local", "ray"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--ray-address", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one_runner is not None:
        print(json.dumps(time_runner(args.one_runner, args.corpus, args.db, args.ray_address)))
        return 0
    if args.one_size is not None:
        print(json.dumps(one_size(args.one_size, args.bulk, args.call, args.folder)))
        return 0
    with tempfile.TemporaryDirectory(prefix="storyline-scale-") as tmp:
        if args.sizes:
            _print_sizes([_child(size, args, Path(tmp)) for size in [0, *map(int, args.sizes.split(","))]])
        if args.ray_articles:
            r = compare_runners(args.ray_articles, Path(tmp), args.ray_rounds)
            started_ratio = (r["ray_s"] + r["ray_start_s"]) / r["local_s"]
            print(f"\nRay vs local on {r['articles']} articles (2 workers, real NLP, mean of {args.ray_rounds} "
                  f"round(s)): local {r['local_s']:.1f} s, ray {r['ray_s']:.1f} s on a started Ray (ratio "
                  f"{r['ray_s'] / r['local_s']:.2f}; per round {', '.join(f'{x:.2f}' for x in r['ratios'])}), "
                  f"{r['ray_s'] + r['ray_start_s']:.1f} s with its start-up of {r['ray_start_s']:.1f} s (ratio "
                  f"{started_ratio:.2f}; the driver's connection, {r['connect_s']:.1f} s, apart); "
                  f"records identical: {r['identical']}")
    return 0


def _child(size: int, args: argparse.Namespace, folder: Path) -> dict[str, float]:
    bulk = min(args.bulk, size)
    done = subprocess.run([sys.executable, "-m", "bench.scale", "--one-size", str(size), "--bulk", str(bulk), "--call",
                           str(args.call), "--folder", str(folder)], capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parents[1])
    if done.returncode:
        raise SystemExit(f"size {size} failed:\n{done.stderr}")
    row = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"size {size}: {row}", file=sys.stderr)
    return row


def _print_sizes(rows: list[dict[str, float]]) -> None:
    base = rows[0]
    print(f"{'articles':>9} {'bulk ms/art':>11} {'100-call store s':>16} {'ratio':>6} {'100-call text s':>15} "
          f"{'ratio':>6} {'page p95 ms':>11} {'1st view p95':>12} {'peak MB':>8} {'ingest MB':>9} {'server MB':>9}")
    for r in rows:
        bulk = f"{r['bulk_ms_per_article']:.1f}" if r["size"] else "-"
        print(f"{int(r['size']):>9,} {bulk:>11} {r['call_store_s']:>16.2f} "
              f"{r['call_store_s'] / base['call_store_s']:>6.1f} {r['call_text_s']:>15.1f} "
              f"{r['call_text_s'] / base['call_text_s']:>6.2f} {r.get('page_p95_ms', float('nan')):>11.1f} "
              f"{r.get('first_view_p95_ms', float('nan')):>12.1f} {r['peak_mb']:>8.0f} {r.get('ingest_peak_mb', 0):>9.0f} "
              f"{r.get('server_peak_mb', 0):>9.0f}")


if __name__ == "__main__":
    sys.exit(main())
