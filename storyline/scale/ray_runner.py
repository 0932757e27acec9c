"""The Ray runner: clean + NLP in Ray Data actors, results as Parquet shards, then the store.

    storyline ingest INPUT... --runner ray [--ray-address HOST:PORT]

The driver (this process) reads the inputs, cuts them into shards (`shards.py`) and writes each
unfinished shard's documents to `input.parquet`. The shard ids form a Ray dataset; each actor
loads spaCy once, and for every shard it is handed runs the per-article work and writes the
results, layer by layer, with a completion marker. The driver then reads the shards back in
input order and writes them through the store as the local runner does, and the collection
stages run once. A rerun after a killed driver skips the marked shards; a worker killed in a
run is restarted by Ray and its shard redone (no marker was written for it).

Actors run on a CPU share below 1.0 when the machine is small: an actor pool that claims every
CPU leaves Ray Data no slot for its own tasks and the dataset hangs (ray-project/ray#44687).
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ray

from storyline.extract import load_nlp
from storyline.pipeline import IngestReport, Progress, store_results
from storyline.runner import ArticleWorker
from storyline.scale.shards import (
    Item,
    Result,
    cut_shards,
    document_count,
    is_complete,
    read_inputs,
    read_results,
    write_inputs,
    write_results,
)
from storyline.settings import Options
from storyline.sources import read_inputs as read_sources
from storyline.store import Store

# CPU share of one actor when the pool would otherwise take every CPU; see the module docstring.
MIN_CPU_SHARE = 0.25


def make_worker(options: Options) -> Callable[[list[Item]], list[Result]]:
    """The per-article work (clean, then NLP) as one callable: the local runner's ArticleWorker,
    with spaCy loaded here, once per actor."""
    load_nlp(options.spacy_model)
    worker = ArticleWorker(options)
    return lambda batch: list(worker(batch).items)


class ShardActor:
    """A Ray Data actor: processes whole shards and returns how many documents each held."""

    def __init__(self, options: Options, root: str) -> None:
        self.work = make_worker(options)
        self.root = Path(root)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        shards = [str(s) for s in batch["shard"]]
        for sid in shards:
            folder = self.root / sid
            if not is_complete(folder):  # a task Ray retried may find its shard done already
                write_results(folder, self.work(read_inputs(folder)))
        return {"shard": shards, "documents": [document_count(self.root / sid) for sid in shards]}


def ingest_with_ray(inputs: Iterable[str], store: Store, options: Options, progress: Progress | None = None) -> IngestReport:
    """Add every readable document of `inputs` to `store`, with the per-article work on Ray."""
    with _shard_root(store) as root:
        order: list[str] = []
        pending: list[str] = []
        for sid, items in cut_shards(read_sources(inputs, options), options.shard_size):
            order.append(sid)
            if is_complete(root / sid):
                _advance(progress, document_count(root / sid))
            elif sid not in pending:
                write_inputs(root / sid, items)
                pending.append(sid)
        if pending:
            process_shards(pending, root, options, progress)
        report = store_results((r for sid in order for r in read_results(root / sid)), store, options)
        for sid in set(order):
            shutil.rmtree(root / sid, ignore_errors=True)
    return report


def process_shards(shards: list[str], root: Path, options: Options, progress: Progress | None = None) -> None:
    """Run the per-article work on every shard in `shards` (folders under `root`) on Ray actors."""
    started = _connect(options)
    try:
        total_cpus = float(ray.cluster_resources().get("CPU", 1))
        actors = min(len(shards), options.workers if options.workers > 0 else max(1, int(total_cpus)))
        dataset = ray.data.from_items([{"shard": sid} for sid in shards], override_num_blocks=len(shards))
        done = dataset.map_batches(
            ShardActor, batch_size=1, num_cpus=_cpu_share(total_cpus, actors),
            fn_constructor_kwargs={"options": options, "root": str(root)},
            # one shard in flight per actor: shards are long, and a queue behind a busy actor
            # would leave the other idle at the end of the run
            compute=ray.data.ActorPoolStrategy(size=actors, max_tasks_in_flight_per_actor=1))
        for row in done.iter_rows():
            _advance(progress, int(row["documents"]))
    finally:
        if started:
            ray.shutdown()


def _cpu_share(total_cpus: float, actors: int) -> float:
    """Each actor's CPU reservation: a whole CPU when one is left over for Ray Data, less otherwise."""
    spare = total_cpus - 1
    return 1.0 if spare >= actors else max(MIN_CPU_SHARE, spare / actors)


def _connect(options: Options) -> bool:
    """Join the cluster at `options.ray_address`, or start Ray here; True when this call started it."""
    started = not ray.is_initialized()
    if started:
        quiet: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
        if options.ray_address:
            ray.init(address=options.ray_address, **quiet)
        else:
            ray.init(num_cpus=options.worker_count(), include_dashboard=False, **quiet)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the CLI shows its own
    context.print_on_execution_start = False
    context.enable_auto_log_stats = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    return started


@contextmanager
def _shard_root(store: Store) -> Iterator[Path]:
    """Shards sit beside the database, so a rerun finds them; a store in memory gets a temporary folder."""
    if store.path == ":memory:":
        with tempfile.TemporaryDirectory(prefix="storyline-shards-") as tmp:
            yield Path(tmp)
        return
    root = Path(store.path + ".shards")
    yield root
    if root.is_dir() and not any(root.iterdir()):
        root.rmdir()


def _advance(progress: Progress | None, n: int) -> None:
    if progress:
        progress(n)
