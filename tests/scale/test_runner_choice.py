"""Ray stays optional: importing storyline never imports it, and asking for it without it is one line."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storyline.errors import StorylineError
from storyline.pipeline import ingest
from storyline.scale import choose_ingest
from storyline.settings import Options
from tests.cli.helpers import run_storyline
from tests.scale.corpus import write_corpus


def test_runner_choice_imports_no_ray() -> None:
    code = "import sys, storyline, storyline.cli, storyline.scale; print('ray' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr


def test_runner_choice_local_is_the_default() -> None:
    assert choose_ingest(Options()) is ingest


@pytest.mark.parametrize("options", [Options(runner="spark"), Options(ray_address="auto")])
def test_runner_choice_rejects_bad_options(options: Options) -> None:
    with pytest.raises(StorylineError):
        choose_ingest(options)


def test_runner_choice_without_ray_is_one_line(tmp_path: Path) -> None:
    """The real command, in a Python where `import ray` fails as it does when Ray is not installed."""
    corpus = write_corpus(tmp_path)
    code = ("import sys; sys.modules['ray'] = None; from storyline.cli import main; "
            f"sys.argv = ['storyline', 'ingest', {str(corpus)!r}, '--db', {str(tmp_path / 'x.duckdb')!r}, "
            "'--runner', 'ray']; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == ["storyline: error: --runner ray needs Ray: pip install 'storyline[ray]' [E105]"]


def test_runner_choice_cli_rejects_an_address_without_ray(tmp_path: Path) -> None:
    done = run_storyline("ingest", str(write_corpus(tmp_path)), "--db", str(tmp_path / "x.duckdb"),
                         "--ray-address", "auto")
    assert done.returncode != 0 and "--ray-address needs --runner ray" in done.stderr
