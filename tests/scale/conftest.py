"""One local Ray for the whole session (Ray takes seconds to start), and the local runner's records."""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.export import write_jsonl
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store


@pytest.fixture(scope="session")
def ray_address() -> Iterator[str]:
    """The address of a local Ray with 2 CPUs, started once and shut down after the session."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def exported(db: Path) -> str:
    """`storyline export` of the store at `db`, as one string."""
    out = io.StringIO()
    with Store(db) as store:
        write_jsonl(store, out)
    return out.getvalue()


def local_records(corpus: Path, folder: Path) -> str:
    """The records the local runner gives for `corpus`."""
    db = folder / "local.duckdb"
    with Store(db) as store:
        ingest([str(corpus)], store, Options(workers=1))
    return exported(db)
