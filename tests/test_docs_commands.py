"""Every command the CLI registers is documented in the README, and the README's commands exist."""
from __future__ import annotations

import re
from pathlib import Path

from storyline.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def registered_commands() -> set[str]:
    return {c.name for c in app.registered_commands if c.name}


def test_docs_every_command_is_in_the_readme() -> None:
    missing = [name for name in registered_commands() if f"storyline {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_docs_readme_names_only_real_commands() -> None:
    named = set(re.findall(r"^ {4}storyline ([a-z]+)", README, flags=re.MULTILINE))
    assert named <= registered_commands(), named - registered_commands()
