"""The built-in demo corpus: fictional reports written for storyline (see corpus/README.md)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def demo_corpus_path() -> Path:
    return Path(str(resources.files("storyline.demo").joinpath("corpus/demo.jsonl")))
