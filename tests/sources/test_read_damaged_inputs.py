"""Damaged, compressed and oversized inputs become Rejections; what came before damage is kept."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from storyline.models import RawDocument, Rejection
from storyline.settings import Options
from storyline.sources import read_inputs
from tests.fuzz.hostile import CANARY_TEXTS, warc

SMALL = Options(max_document_mb=0.01)  # 10 KB


def _read(*paths: Path, options: Options = SMALL) -> list[RawDocument | Rejection]:
    return list(read_inputs([str(p) for p in paths], options))


def test_read_gzip_bomb_stops_at_the_size_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<html><body>" + b"a " * 1_000_000))
    [item] = _read(bomb)
    assert isinstance(item, Rejection) and item.code == "E003"


def test_read_damaged_gzip_is_one_rejection(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(("<html><body><p>" + CANARY_TEXTS[0] * 30 + "</p></body></html>").encode()))
    data[len(data) // 2:len(data) // 2 + 8] = b"\xff" * 8
    path = tmp_path / "damaged.html.gz"
    path.write_bytes(bytes(data))
    [item] = _read(path, options=Options())
    assert isinstance(item, Rejection) and item.code == "E010"


def test_read_truncated_jsonl_gz_keeps_the_lines_before(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"d{i}", "text": f"{CANARY_TEXTS[1]} {i} {'%064x' % (i * 7919) * 3}"}) for i in range(20)]
    packed = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    items = _read(path, options=Options())
    assert all(isinstance(i, RawDocument) for i in items[:-1]) and len(items) > 2
    assert isinstance(items[-1], Rejection) and items[-1].code == "E010"


def test_read_overlong_jsonl_line_is_rejected_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "x " * 20_000}) + "\n"
                    + json.dumps({"id": "ok", "text": CANARY_TEXTS[2]}) + "\n", encoding="utf-8")
    first, second = _read(path)
    assert isinstance(first, Rejection) and first.code == "E003"
    assert isinstance(second, RawDocument) and second.id == "ok"


def test_read_jsonl_nesting_and_digits_are_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"[" * 50_000 + b"]" * 50_000 + b"\n" + b'{"id": ' + b"9" * 5000 + b"}\n")
    items = _read(path, options=Options())
    assert [(type(i), i.code) for i in items] == [(Rejection, "E005"), (Rejection, "E005")]  # type: ignore[union-attr]


def test_read_warc_record_without_target_uri_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "a.warc"
    page = f"<html><body><p>{CANARY_TEXTS[0]}</p></body></html>".encode()
    path.write_bytes(warc([(None, page), ("http://ok.invalid/a", page)]))
    first, second = _read(path, options=Options())
    assert isinstance(first, Rejection) and "WARC-Target-URI" in first.reason
    assert isinstance(second, RawDocument) and second.url == "http://ok.invalid/a"


def test_read_rejection_escapes_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "evil.warc"
    path.write_bytes(b"\x1b[31mWARC/9\r\nX: \x1b]0;t\x07\r\n\r\n")
    [item] = _read(path, options=Options())
    assert isinstance(item, Rejection)
    assert item.line().isprintable() and "\\x1b" in item.line()
