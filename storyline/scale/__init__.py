"""Where the per-article work runs: this machine's processes (the default) or a Ray cluster.

Ray is an optional extra: this module never imports it; `choose_ingest` does, only when asked.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from storyline.errors import Code, StorylineError
from storyline.pipeline import IngestReport, Progress, ingest
from storyline.settings import Options
from storyline.store import Store

RUNNERS = ("local", "ray")
IngestFunction = Callable[[Iterable[str], Store, Options, Progress | None], IngestReport]
# What the Ray runner imports that the base install lacks.
_RAY_MODULES = ("ray", "pyarrow")


def choose_ingest(options: Options) -> IngestFunction:
    """The ingest function of `options.runner`; a clear error when it cannot run."""
    if options.runner not in RUNNERS:
        raise StorylineError(Code.BAD_OPTION, detail=f"unknown runner '{options.runner}', expected one of {', '.join(RUNNERS)}")
    if options.runner == "local":
        if options.ray_address:
            raise StorylineError(Code.BAD_OPTION, detail="--ray-address needs --runner ray")
        return ingest
    try:
        from storyline.scale.ray_runner import ingest_with_ray
    except ModuleNotFoundError as err:
        if (err.name or "").split(".")[0] not in _RAY_MODULES:
            raise
        raise StorylineError(Code.BAD_OPTION, detail="--runner ray needs Ray: pip install 'storyline[ray]'") from err
    return ingest_with_ray
