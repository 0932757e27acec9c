"""The runner seam: per-article work as a picklable callable, and executors that run it.

`ArticleWorker(options)` cleans and annotates a batch of documents and returns a `BatchResult`;
`LocalExecutor` runs it in this process or a supervised pool of local processes (`SupervisedPool`
kills and replaces a process whose batch overstays its time or that dies). A distributed executor needs
only to call the same worker on batches elsewhere.
"""
from storyline.runner.executor import LocalExecutor
from storyline.runner.supervised import SupervisedPool
from storyline.runner.worker import ArticleWorker, BatchResult, StageTime, annotate

__all__ = ["ArticleWorker", "BatchResult", "LocalExecutor", "StageTime", "SupervisedPool", "annotate"]
