"""Bytes and lines from files, decompressed in bounded steps.

gzip's own reader raises on damage before it hands over what it decompressed ahead of it, and
`read()` trusts the size a compressed file promises; this reader yields every byte up to the
damage, then raises, and never holds more than one chunk it was not asked for.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

# Compressed bytes read at a time, and decompressed bytes produced at most per step.
_READ = 1 << 16
_OUT = 1 << 20
_GZIP = 31  # zlib's wbits for a gzip header and trailer


def raw_chunks(handle: BinaryIO) -> Iterator[bytes]:
    read = getattr(handle, "read1", handle.read)  # read1: a pipe's data as it arrives
    while chunk := read(_READ):
        yield chunk


def gunzip_chunks(handle: BinaryIO) -> Iterator[bytes]:
    """Decompressed bytes of every gzip member in `handle`; zlib.error or EOFError at damage."""
    inflater = zlib.decompressobj(wbits=_GZIP)
    pending, started = b"", False
    while True:
        if not pending:
            pending = handle.read(_READ)
            if not pending:
                if started:
                    raise EOFError("compressed data ended before its end marker")
                return
        started = True
        out = inflater.decompress(pending, _OUT)
        pending = inflater.unconsumed_tail
        if out:
            yield out
        if inflater.eof:  # the member is complete; another may follow
            pending, started = inflater.unused_data + pending, False
            inflater = zlib.decompressobj(wbits=_GZIP)


def read_capped(chunks: Iterable[bytes], limit: int) -> bytes | None:
    """All bytes of `chunks`, or None as soon as they pass `limit`."""
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > limit:
            return None
    return bytes(data)


def capped_lines(chunks: Iterable[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of `chunks`; a line longer than `limit` bytes is skipped and given as None."""
    line = bytearray()
    too_long = False
    for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            if not too_long:
                line += chunk[start:end + 1]
            yield None if too_long or len(line) > limit else bytes(line)
            line.clear()
            too_long, start = False, end + 1
        if not too_long:
            line += chunk[start:]
            if len(line) > limit:
                too_long = True
                line.clear()
    if too_long:
        yield None
    elif line:
        yield bytes(line)
