"""Bad input: one line on stderr naming the document and the reason; the rest is processed and stored."""
from __future__ import annotations

import json
import socket
from pathlib import Path

import duckdb
import pytest

from tests.cli.helpers import OTHER, REPORT, run_storyline


def closed_port_url() -> str:
    """A loopback URL nothing listens on: connection refused at once, no network needed."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/story.html"


def write_bad(root: Path, kind: str) -> tuple[str, str]:
    """Write one bad document; returns (the argument naming it, words its stderr line must contain)."""
    if kind == "empty":
        (root / "empty.txt").write_text("")
        return str(root / "empty.txt"), "empty"
    if kind == "binary":
        (root / "blob.txt").write_bytes(bytes(range(256)) * 64)
        return str(root / "blob.txt"), "binary"
    if kind == "no-body":
        (root / "nobody.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
        return str(root / "nobody.html"), "no article text"
    if kind == "bad-jsonl":
        (root / "dump.jsonl").write_text(json.dumps({"id": "fine", "text": OTHER}) + "\n{not json\n")
        return str(root / "dump.jsonl"), "line 2"
    if kind == "huge":
        with (root / "huge.txt").open("w") as f:
            f.write(("word " * 1000 + "\n") * 10_500)  # about 50 MB
        return str(root / "huge.txt"), "larger than"
    if kind == "unreachable":
        return closed_port_url(), "could not be fetched"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["empty", "binary", "no-body", "bad-jsonl", "huge", "unreachable"])
def test_collect_bad_input_is_reported_and_the_rest_stored(kind: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    bad, words = write_bad(tmp_path, kind)
    db = tmp_path / "c.duckdb"
    result = run_storyline("ingest", bad, str(good), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("storyline: skipped")]
    assert len(lines) == 1 and words in lines[0]
    assert Path(bad).name in lines[0] or bad in lines[0]
    stored = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored == (2 if kind == "bad-jsonl" else 1)
    strict = run_storyline("ingest", bad, str(good), "--db", str(tmp_path / "d.duckdb"), "--strict")
    assert strict.returncode == 1


def test_collect_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    result = run_storyline("extract", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "no document could be processed" in result.stderr and "Traceback" not in result.stderr
    assert "missing.txt: no such file" in result.stderr


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_collect_legacy_encodings_are_decoded(encoding: str, tmp_path: Path) -> None:
    text = "Señora Anaïs Dubrel said on Monday that the café in Corvel would reopen — “soon”, she added.\n"
    if encoding == "latin-1":
        text = text.replace("—", "-").replace("“", '"').replace("”", '"')
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    result = run_storyline("extract", str(path))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert "Señora Anaïs Dubrel" in record["text"] and "café" in record["text"]
