"""The README's Python example runs as written (datasette's tests/test_docs.py habit)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import storyline

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_python_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### From Python"):]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found, "the README's 'From Python' section has no python block"
    return found.group(1)


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(readme_python_example(), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Valdoria weighs troops" in out and "Ilse Marrow" in out
    assert (tmp_path / "news.duckdb").is_file()


def test_readme_public_names_are_exported() -> None:
    for name in storyline.__all__:
        assert getattr(storyline, name) is not None, name
    with pytest.raises(AttributeError):
        storyline.not_a_name  # noqa: B018 - the attribute access is the test


def test_readme_all_names_one_lazy_export_each() -> None:
    assert set(storyline.__all__) - {"__version__"} == set(storyline._EXPORTS)


def test_readme_annotate_refuses_an_empty_text_with_its_code() -> None:
    with pytest.raises(storyline.StorylineError) as caught:
        storyline.annotate("   ")
    assert caught.value.ident == "E106" and "(E0" in caught.value.message  # the rejection's own code
