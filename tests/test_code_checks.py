"""ruff and mypy, configured in pyproject.toml, pass on the whole tree (CI runs them with the tests),
and the store's SQL stays behind the Store."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    done = _run("ruff", "check", "storyline", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing():
    done = _run("mypy", "storyline")
    assert done.returncode == 0, done.stdout + done.stderr



def _store_trespasses(path: Path) -> list[str]:
    """Where a module imports a module inside storyline.store or touches a store's connection."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("storyline.store."):
                found.append(f"line {node.lineno}: from {node.module} import ...")
            elif node.module == "storyline.store":
                found += [f"line {node.lineno}: from storyline.store import {a.name}" for a in node.names
                          if (ROOT / "storyline" / "store" / f"{a.name}.py").is_file()]
        elif isinstance(node, ast.Import):
            found += [f"line {node.lineno}: import {a.name}" for a in node.names if a.name.startswith("storyline.store.")]
        elif isinstance(node, ast.Attribute) and node.attr == "con":
            found.append(f"line {node.lineno}: .con")
    return found


def test_code_checks_store_is_reached_only_through_store():
    """SQL lives in storyline/store: other packages use the Store's typed methods, never a module
    inside the package or the DuckDB connection the Store holds."""
    trespasses = {}
    for path in sorted((ROOT / "storyline").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith("storyline/store/"):
            continue
        if found := _store_trespasses(path):
            trespasses[name] = found
    assert not trespasses, trespasses
