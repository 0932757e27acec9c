"""LocalExecutor: run an ArticleWorker over batches, in this process or a supervised process pool."""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.runner.supervised import Supervisable, SupervisedPool

# Below this many batches a worker pool costs more to start than it saves (starting a
# process and loading spaCy take about 2 s; three batches of 8 documents take about as long).
POOL_MIN_BATCHES = 3


@dataclass(frozen=True)
class LocalExecutor:
    """Map a picklable worker over batches, results in input order. One process when `workers`
    is 1 or there are too few batches for a pool to pay (the worker's own time limit applies);
    else a pool of processes (forked on Linux, spawned elsewhere), each killed and replaced if its batch overstays or it dies."""

    workers: int

    def map(self, worker: Supervisable, batches: Iterable[Sequence[Any]]) -> Iterator[Any]:
        stream = iter(batches)
        head: list[Sequence[Any]] = list(itertools.islice(stream, POOL_MIN_BATCHES))
        if self.workers <= 1 or len(head) < POOL_MIN_BATCHES:
            for batch in itertools.chain(head, stream):
                yield worker(batch)
            return
        yield from SupervisedPool(self.workers).map(worker, itertools.chain(head, stream))
