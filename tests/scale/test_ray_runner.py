"""The Ray runner gives the local runner's records, and a run cut short resumes from its shards."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray")  # the ray extra; before the imports below, which need it
pytest.importorskip("pyarrow")

from storyline.scale import choose_ingest  # noqa: E402
from storyline.scale.shards import MARKER, is_complete  # noqa: E402
from storyline.settings import Options  # noqa: E402
from storyline.store import Store  # noqa: E402
from tests.scale.conftest import exported, local_records  # noqa: E402
from tests.scale.corpus import write_corpus  # noqa: E402

# Ray's own DataContext warns about its deprecated fields when it copies itself.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# Small shards so that the fictional corpus spans several, as a real run spans thousands.
SHARD = 2


def ray_options(address: str, shard_size: int = SHARD, workers: int = 2) -> Options:
    return Options(workers=workers, runner="ray", ray_address=address, shard_size=shard_size)


def ingest_on_ray(corpus: Path, db: Path, options: Options) -> None:
    with Store(db) as store:
        choose_ingest(options)([str(corpus)], store, options, None)


def test_ray_runner_gives_the_local_records(ray_address: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    db = tmp_path / "ray.duckdb"
    ingest_on_ray(corpus, db, ray_options(ray_address))
    assert exported(db) == local_records(corpus, tmp_path)
    assert not (tmp_path / "ray.duckdb.shards").exists()  # a finished run leaves no shards behind


def test_ray_runner_gives_the_local_records_on_the_dev_set(ray_address: str, dev_input: Path, tmp_path: Path) -> None:
    db = tmp_path / "ray.duckdb"
    ingest_on_ray(dev_input, db, ray_options(ray_address, shard_size=8))
    assert exported(db) == local_records(dev_input, tmp_path)


def test_ray_runner_resumes_after_the_driver_is_killed(ray_address: str, tmp_path: Path) -> None:
    """Kill the driver once a shard is done: the rerun reads finished shards back and redoes the rest."""
    corpus = write_corpus(tmp_path)
    db = tmp_path / "ray.duckdb"
    root = Path(f"{db}.shards")
    kill_driver_after_one_shard(corpus, db, root, ray_address)
    done = [folder for folder in root.iterdir() if is_complete(folder)]
    undone = [folder for folder in root.iterdir() if not is_complete(folder)]
    assert done and undone
    for folder in done:
        # proof that the rerun does not redo them: it could not, without their input
        (folder / "input.parquet").unlink()
    (undone[0] / "articles.parquet").write_bytes(b"half written")  # as a worker killed mid-shard leaves it
    ingest_on_ray(corpus, db, ray_options(ray_address, shard_size=1, workers=1))
    assert exported(db) == local_records(corpus, tmp_path)


def kill_driver_after_one_shard(corpus: Path, db: Path, root: Path, ray_address: str) -> None:
    """Run the Ray runner in a child process and SIGKILL it as soon as one shard is marked done."""
    script = ("from storyline.scale.ray_runner import ingest_with_ray; from storyline.settings import Options; "
              "from storyline.store import Store\n"
              f"options = Options(workers=1, runner='ray', ray_address={ray_address!r}, shard_size=1)\n"
              f"with Store({str(db)!r}) as store: ingest_with_ray([{str(corpus)!r}], store, options)\n")
    driver = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and driver.poll() is None and not list(root.glob(f"*/{MARKER}")):
            time.sleep(0.05)
        assert driver.poll() is None, "the driver ended before it could be killed"
    finally:
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
