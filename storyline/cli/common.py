"""What every command shares: the --db option, error translation, the stderr console, progress."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from storyline.errors import StorylineError
from storyline.models import Rejection
from storyline.settings import DEFAULT_DB

err_console = Console(stderr=True, highlight=False, soft_wrap=True)
T = TypeVar("T")

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file of the collection.", envvar="STORYLINE_DB")]
DEFAULT_DB_PATH = DEFAULT_DB


def run_safely(work: Callable[[], T]) -> T:
    """The one place where library errors become a one-line message and an exit code."""
    try:
        return work()
    except StorylineError as err:
        err_console.print(f"storyline: error: {err}", markup=False)
        raise typer.Exit(2) from None
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


def report_rejection(rejection: Rejection) -> None:
    err_console.print(rejection.line(), markup=False)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int], None] | None]:
    """A Rich progress bar on a terminal; nothing when stderr is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n: bar.advance(task, n)
