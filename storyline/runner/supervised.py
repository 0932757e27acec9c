"""SupervisedPool: worker processes the runner kills and replaces when a batch overstays or dies.

A per-document time limit inside a worker (SIGALRM) stops Python code, but not a call that stays in
C (a regular expression, a parser) and not a crash (a segfault, the kernel's out-of-memory kill).
This pool gives every batch a deadline; a worker that misses it, or dies, is killed and replaced,
and its batch is run again one document at a time, so that only the document at fault is lost:
it becomes a rejection (a time-out, or a failed worker) and the rest of the batch goes on.
"""
from __future__ import annotations

import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Protocol

# Seconds a process may take to start and load its models before it takes work: about 2 s alone,
# many times that on a machine busy with other work.
STARTUP_SECONDS = 120.0
# Seconds a batch may take beyond its documents' time limits, once its process is ready: passing
# the batch and its result through the pipe, and the worker's own bookkeeping.
GRACE_SECONDS = 5.0
# What a worker process sends once it has loaded its models.
_READY = "ready"
# Batches a process holds at once. More than one spares a process the wait for the parent (busy
# storing results) to hand it work, but ties the next batch to it while the other process may go
# idle; on the 181 benchmark pages with 2 processes, 1 was no slower than 2 (22.2 s against 24.0 s,
# within the run-to-run noise of about 1 s), so the simpler balance wins.
IN_FLIGHT = 1
# How worker processes start. On Linux, fork, after the worker was warmed up in this process: each
# child starts with the modules imported and the spaCy pipeline loaded, where a spawned one imports
# everything and loads spaCy again (about 2 s of CPU each, all before its first batch: with 2
# processes on the 181 benchmark pages, a tenth of the run). spaCy's own nlp.pipe(n_process=...)
# forks the same way. The children never touch what the parent's other threads hold (the store).
# Elsewhere fork is unsafe (macOS) or missing (Windows), and processes are spawned.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


class Supervisable(Protocol):
    """A picklable batch worker that says how long a batch may take and what a lost document gives."""

    def __call__(self, batch: Sequence[Any]) -> Any: ...

    def warm_up(self) -> None:
        """Load what every batch needs, before the first batch's clock starts."""

    def batch_seconds(self, batch: Sequence[Any]) -> float:
        """Seconds the batch's documents may take, or 0 for no limit."""

    def give_up(self, batch: Sequence[Any], hung: bool, exitcode: int | None) -> Any:
        """The result of a one-document batch whose worker overstayed (`hung`) or died."""

    def join(self, parts: Sequence[Any]) -> Any:
        """One result from the results of a batch's documents run one by one, in order."""


@dataclass
class _Task:
    key: tuple[int, ...]  # (batch,) or (batch, document) once a batch is split
    batch: Sequence[Any]
    seconds: float  # the batch's time limit, 0 for none
    sent: float


class _Slot:
    """One worker process and its tasks: the first is running, the others wait in its pipe."""

    def __init__(self, ctx: Any, worker: Supervisable, startup_seconds: float) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(worker, child), daemon=True)
        self.process.start()
        child.close()
        self.started = time.monotonic()
        self.startup_seconds = startup_seconds
        self.ready: float | None = None
        self.tasks: deque[_Task] = deque()
        self.freed = 0.0  # when its last result came back: the running task started no earlier

    @property
    def task(self) -> _Task | None:
        """The task it is running, if any."""
        return self.tasks[0] if self.tasks else None

    def send(self, task: _Task) -> None:
        self.tasks.append(task)
        self.conn.send(task.batch)

    def deadline(self) -> float:
        """When the process must have answered: its start-up, then its running task's time limit,
        counted from when it said it was ready, the task was sent, or the task before came back,
        whichever is latest."""
        if self.ready is None:
            return self.started + self.startup_seconds
        if self.task is None or self.task.seconds <= 0:
            return float("inf")
        return max(self.ready, self.task.sent, self.freed) + self.task.seconds + GRACE_SECONDS

    def stop(self, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=30)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _serve(worker: Supervisable, conn: Connection) -> None:
    worker.warm_up()
    conn.send(_READY)
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if batch is None:
            return
        conn.send(worker(batch))


@dataclass(frozen=True)
class SupervisedPool:
    """Map a Supervisable worker over batches in `workers` spawned processes, results in input order."""

    workers: int
    startup_seconds: float = STARTUP_SECONDS

    def map(self, worker: Supervisable, batches: Iterable[Sequence[Any]]) -> Iterator[Any]:
        ctx = multiprocessing.get_context(START_METHOD)
        if START_METHOD == "fork":
            worker.warm_up()  # once, here: every process forked (replacements too) inherits it
        run = _Run(self, worker, ctx, enumerate(batches))
        try:
            yield from run.results()
        finally:
            run.close()


class _Run:
    """The state of one map: slots, tasks waiting, results waiting for their turn."""

    def __init__(self, pool: SupervisedPool, worker: Supervisable, ctx: Any,
                 stream: Iterator[tuple[int, Sequence[Any]]]) -> None:
        self.pool, self.worker, self.ctx, self.stream = pool, worker, ctx, stream
        self.slots = [self._start() for _ in range(max(1, pool.workers))]
        self.waiting: deque[tuple[tuple[int, ...], Sequence[Any]]] = deque()
        self.exhausted = False
        self.done: dict[int, Any] = {}
        self.parts: dict[int, list[Any]] = {}  # a split batch's results, None until each is back

    def results(self) -> Iterator[Any]:
        turn = 0
        while True:
            self._fill()
            while turn in self.done:
                yield self.done.pop(turn)
                turn += 1
            busy = [slot for slot in self.slots if slot.task is not None or slot.ready is None]
            if not any(slot.task is not None for slot in busy) and self.exhausted and not self.waiting:
                return
            soonest = min(slot.deadline() for slot in busy)
            answered = wait([slot.conn for slot in busy], min(max(0.0, soonest - time.monotonic()), 3600.0))
            for slot in busy:
                if slot.conn in answered:
                    self._receive(slot)
                elif slot.deadline() <= time.monotonic():
                    self._replace(slot, hung=True)

    def close(self) -> None:
        for slot in self.slots:
            slot.stop(kill=slot.task is not None)

    def _start(self) -> _Slot:
        return _Slot(self.ctx, self.worker, self.pool.startup_seconds)

    def _fill(self) -> None:
        for slot in self.slots:
            while len(slot.tasks) < IN_FLIGHT and self._send_next(slot):
                pass

    def _send_next(self, slot: _Slot) -> bool:
        """Hand the slot the next waiting task; False when there is none."""
        if not self.waiting and not self.exhausted:
            try:
                index, batch = next(self.stream)
                self.waiting.append(((index,), batch))
            except StopIteration:
                self.exhausted = True
        if not self.waiting:
            return False
        key, batch = self.waiting.popleft()
        slot.send(_Task(key, batch, self.worker.batch_seconds(batch), time.monotonic()))
        return True

    def _receive(self, slot: _Slot) -> None:
        try:
            result = slot.conn.recv()
        except (EOFError, OSError):  # the process died: a crash, not a result
            self._replace(slot, hung=False)
            return
        if result == _READY:
            slot.ready = time.monotonic()
            return
        task = slot.tasks.popleft()
        slot.freed = time.monotonic()
        self._finish(task.key, result)

    def _replace(self, slot: _Slot, hung: bool) -> None:
        """Kill the slot's process, start another in its place, and settle its batches: the one it
        was running is at fault; the ones waiting behind it never started and go back in line."""
        slot.stop(kill=True)
        exitcode = slot.process.exitcode
        if slot.ready is None:  # it never started: a broken installation, not a document at fault
            raise RuntimeError(f"a worker process could not start (exit status {exitcode})")
        self.slots[self.slots.index(slot)] = self._start()
        if not slot.tasks:
            return
        running, *unstarted = slot.tasks
        self.waiting.extendleft(reversed([(task.key, task.batch) for task in unstarted]))
        if len(running.batch) > 1:  # run its documents one by one, first, to find the one at fault
            index = running.key[0]
            self.parts[index] = [None] * len(running.batch)
            self.waiting.extendleft(reversed([((index, j), [doc]) for j, doc in enumerate(running.batch)]))
        else:
            self._finish(running.key, self.worker.give_up(running.batch, hung, None if hung else exitcode))

    def _finish(self, key: tuple[int, ...], result: Any) -> None:
        if len(key) == 1:
            self.done[key[0]] = result
            return
        index, part = key
        parts = self.parts[index]
        parts[part] = result
        if all(p is not None for p in parts):
            del self.parts[index]
            self.done[index] = self.worker.join(parts)
