"""The Ray runner gives the local runner's records, and a run cut short resumes from its shards."""
from __future__ import annotations

import os
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


def test_ray_runner_finishes_after_a_worker_is_killed(ray_address: str, tmp_path: Path) -> None:
    """SIGKILL the actor once a shard is done: Ray restarts it, redoes its shard, and the records are the same."""
    corpus = write_corpus(tmp_path)
    db = tmp_path / "ray.duckdb"
    driver = start_driver(corpus, db, ray_address)
    try:
        wait_for_a_shard(driver, Path(f"{db}.shards"))
        actors = [pid for raylet in child_pids(os.getpid()) for pid in child_pids(raylet) if "ShardActor" in command_of(pid)]
        assert actors, "no actor process found"
        os.kill(actors[0], signal.SIGKILL)
        assert driver.wait(timeout=300) == 0
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait(timeout=30)
    assert exported(db) == local_records(corpus, tmp_path)


def child_pids(parent: int) -> list[int]:
    """The processes whose parent is `parent` (Linux /proc): the Ray this test session started is a
    child of this process, and its actors children of its raylet."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == parent:
            found.append(int(entry.name))
    return found


def command_of(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def start_driver(corpus: Path, db: Path, ray_address: str) -> subprocess.Popen:
    """The Ray runner over `corpus` in a child process, one document per shard and one actor."""
    script = ("from storyline.scale.ray_runner import ingest_with_ray; from storyline.settings import Options; "
              "from storyline.store import Store\n"
              f"options = Options(workers=1, runner='ray', ray_address={ray_address!r}, shard_size=1)\n"
              f"with Store({str(db)!r}) as store: ingest_with_ray([{str(corpus)!r}], store, options)\n")
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_a_shard(driver: subprocess.Popen, root: Path) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and driver.poll() is None and not list(root.glob(f"*/{MARKER}")):
        time.sleep(0.05)
    assert driver.poll() is None, "the driver ended before a shard was done"


def kill_driver_after_one_shard(corpus: Path, db: Path, root: Path, ray_address: str) -> None:
    """Run the Ray runner in a child process and SIGKILL it as soon as one shard is marked done."""
    driver = start_driver(corpus, db, ray_address)
    try:
        wait_for_a_shard(driver, root)
    finally:
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
