"""What every command shares: the --db option, opening the store, error translation, progress.

Only light modules are imported at the top: `storyline --help` and the read commands must start
in well under a second, so DuckDB, the pipeline and spaCy load inside the commands that use them.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console

from storyline.errors import Code, StorylineError
from storyline.settings import DEFAULT_DB

if TYPE_CHECKING:
    from storyline.models import Rejection
    from storyline.store import Store

class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich exits with status 1 here; run_safely makes a closed pipe a quiet exit 0 instead.
        raise BrokenPipeError


def out_console() -> Console:
    """The console for a command's output on stdout."""
    return _Console()


err_console = _Console(stderr=True, highlight=False, soft_wrap=True)
T = TypeVar("T")

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file of the collection.", envvar="STORYLINE_DB")]
DEFAULT_DB_PATH = DEFAULT_DB
# Seconds a command waits for a store another process is writing (an ingest's write phase, a
# server request) before giving up with E104: longer than the collection stages of a few
# thousand articles take, short enough that a stuck lock is reported rather than waited out.
LOCK_WAIT_SECONDS = 30.0


def open_store(db: Path, write: bool = False) -> Store:
    """The existing store at `db` for a query: read-only, so queries run beside `storyline serve`
    and each other; with `write`, read-write (for derived data such as the search index)."""
    from storyline.store import Store

    if not Path(db).is_file():
        raise StorylineError(Code.BAD_OPTION, detail=f"no database at {db}; run `storyline ingest` first")
    if write:
        return Store(db, wait=LOCK_WAIT_SECONDS)
    return Store(db, read_only=True, wait=LOCK_WAIT_SECONDS)


def skip_pandas() -> None:
    """Keep DuckDB from importing pandas and numpy on its first query with a parameter.

    DuckDB's Python client imports pandas (with numpy) to check whether a parameter is one of
    its types: about 1 s of a query command's start, measured on the demo store, for a library
    that neither storyline nor its dependencies import. Marking it absent makes DuckDB skip the
    check. Only the `storyline` program does this (storyline.cli.main), never a library user.
    """
    if "pandas" not in sys.modules:
        sys.modules["pandas"] = None  # type: ignore[assignment]


def run_safely(work: Callable[[], T]) -> T:
    """The one place where library errors become a one-line message and an exit code."""
    try:
        return work()
    except StorylineError as err:
        err_console.print(f"storyline: error: {err}", markup=False)
        raise typer.Exit(2) from None
    except BrokenPipeError:
        # The reader went away (`storyline said | head -1`): what it wanted was written.
        _silence_stdout()
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        err_console.print("storyline: interrupted", markup=False)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as err:  # noqa: BLE001 - a bug is reported in one line; STORYLINE_DEBUG=1 shows the trace
        if os.environ.get("STORYLINE_DEBUG"):
            raise
        err_console.print(f"storyline: internal error: {type(err).__name__}: {err} "
                          "(set STORYLINE_DEBUG=1 for the traceback)", markup=False)
        raise typer.Exit(3) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def report_rejection(rejection: Rejection) -> None:
    err_console.print(rejection.line(), markup=False)


@contextmanager
def progress_bar(label: str, total: int | None = None) -> Iterator[Callable[[int], None] | None]:
    """A Rich progress bar on a terminal, with a count and time left when `total` is known;
    nothing when stderr is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    if total is not None:
        columns.append(TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
