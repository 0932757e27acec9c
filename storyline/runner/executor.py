"""LocalExecutor: run an ArticleWorker over batches, in this process or a local process pool."""
from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

B = TypeVar("B")
R = TypeVar("R")

# Below this many batches a worker pool costs more to start than it saves (spawning a
# process and loading spaCy take about 2 s; three batches of 8 documents take about as long).
POOL_MIN_BATCHES = 3


@dataclass(frozen=True)
class LocalExecutor:
    """Map a picklable worker over batches, results in input order. One process when `workers`
    is 1 or there are too few batches for a pool to pay; else a pool of spawned processes."""

    workers: int

    def map(self, worker: Callable[[B], R], batches: Iterable[B]) -> Iterator[R]:
        stream = iter(batches)
        head: Sequence[B] = list(itertools.islice(stream, POOL_MIN_BATCHES))
        if self.workers <= 1 or len(head) < POOL_MIN_BATCHES:
            for batch in itertools.chain(head, stream):
                yield worker(batch)
            return
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(self.workers) as pool:
            yield from pool.imap(worker, itertools.chain(head, stream))
