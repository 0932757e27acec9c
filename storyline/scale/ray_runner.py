"""The Ray runner: clean + NLP in Ray Data actors, results as Parquet shards, then the store.

    storyline ingest INPUT... --runner ray [--ray-address HOST:PORT]

The driver (this process) reads the inputs, cuts them into shards (`shards.py`) and writes each
unfinished shard's documents to `input.parquet`. The shard ids form a Ray dataset; each actor
loads spaCy once, and for every shard it is handed runs the per-article work and writes the
results, layer by layer, with a completion marker. While the actors work, the driver reads each
finished shard back, in input order, and writes it through the store as the local runner does
(the local runner's parent also stores while its processes work); the collection stages run once
at the end. A rerun after a killed driver skips the marked shards; a worker killed in a run is
restarted by Ray and its shard redone (no marker was written for it).

Actors run on a CPU share below 1.0 when the machine is small: an actor pool that claims every
CPU leaves Ray Data no slot for its own tasks and the dataset hangs (ray-project/ray#44687).
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing, contextmanager
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
# Shards queued at one actor at once; see process_shards.
SHARDS_IN_FLIGHT = 2


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
        # a short run is cut finer, for the workers asked for (or this machine's CPUs): known
        # before Ray is reached, and the same on a rerun with the same options
        for sid, items in cut_shards(read_sources(inputs, options), options.shard_size, options.worker_count()):
            order.append(sid)
            if is_complete(root / sid):
                _advance(progress, document_count(root / sid))
            elif sid not in pending:
                write_inputs(root / sid, items)
                pending.append(sid)
        with closing(process_shards(pending, root, options, progress)) as finished:
            report = store_results(_results_in_order(order, finished, root), store, options)
        for sid in set(order):
            shutil.rmtree(root / sid, ignore_errors=True)
    return report


def _results_in_order(order: list[str], finished: Iterator[str], root: Path) -> Iterator[Result]:
    """Every shard's results in input order, each shard as soon as it and those before it are done
    (shards finish in any order; one finished early waits on disk, not in memory)."""
    done: set[str] = set()
    for sid in order:
        while not is_complete(root / sid) and sid not in done:
            shard = next(finished, None)
            if shard is None:
                raise RuntimeError(f"Ray finished without shard {sid}")
            done.add(shard)
        yield from read_results(root / sid)
    for _ in finished:  # the dataset's end, so that Ray shuts down here rather than at collection
        pass


def process_shards(shards: list[str], root: Path, options: Options,
                   progress: Progress | None = None) -> Generator[str, None, None]:
    """Run the per-article work on every shard in `shards` (folders under `root`) on Ray actors;
    yields each shard's id as soon as it is done, in the order they finish."""
    if not shards:
        return
    started = _connect(options)
    try:
        total_cpus = float(ray.cluster_resources().get("CPU", 1))
        actors = min(len(shards), options.workers if options.workers > 0 else max(1, int(total_cpus)))
        dataset = ray.data.from_items([{"shard": sid} for sid in shards], override_num_blocks=len(shards))
        done = dataset.map_batches(
            ShardActor, batch_size=1, num_cpus=_cpu_share(total_cpus, actors),
            fn_constructor_kwargs={"options": options, "root": str(root)},
            # Two shards in flight per actor (Ray Data's default): the next shard waits in the
            # actor's queue, so that the actor starts it the moment the last one ends. With one in
            # flight, every shard waited on the driver's round trip: on 1,000 short articles in
            # 32-document shards, 0.1-0.2 s idle between shards, 2 s over the run. The cost is at
            # the end: an actor may still hold a queued shard while the other is idle.
            compute=ray.data.ActorPoolStrategy(size=actors, max_tasks_in_flight_per_actor=SHARDS_IN_FLIGHT))
        for row in done.iter_rows():
            _advance(progress, int(row["documents"]))
            yield str(row["shard"])
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
