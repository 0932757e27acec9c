"""A worker for the supervision tests: the real ArticleWorker, except that a document whose text
opens with HANG blocks the alarm signal and sleeps (as a call that stays in C would), and one
that opens with CRASH ends its process at once (as a segfault or an out-of-memory kill would)."""
from __future__ import annotations

import os
import signal
import time
from collections.abc import Sequence

from storyline.models import RawDocument, Rejection
from storyline.runner import ArticleWorker, BatchResult


class StubbornWorker(ArticleWorker):
    def __call__(self, batch: Sequence[RawDocument | Rejection]) -> BatchResult:
        for raw in batch:
            if isinstance(raw, RawDocument) and raw.content.startswith("HANG"):
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                time.sleep(3600)
            if isinstance(raw, RawDocument) and raw.content.startswith("CRASH"):
                os._exit(70)
        return super().__call__(batch)
