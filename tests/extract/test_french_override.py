"""--language overrides detection for every document of a call."""
from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import run_storyline

ARTICLE = ("Le maire de Port-Ardent, Jean Dubreuil, a annoncé mardi que le pont sur la Lume rouvrira en mai 2026. "
           "« Les travaux sont terminés », a déclaré Jean Dubreuil devant le conseil municipal.")


def test_french_language_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "pont.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    detected = run_storyline("extract", str(path))
    told = run_storyline("extract", str(path), "--language", "ES")
    bad = run_storyline("extract", str(path), "--language", "français!")
    assert detected.returncode == 0 and told.returncode == 0, detected.stderr + told.stderr
    found, overridden = json.loads(detected.stdout), json.loads(told.stdout)
    assert found["language"] == "fr" and "Jean Dubreuil" in {e["name"] for e in found["entities"]}
    assert overridden["language"] == "es" and overridden["entities"] == []
    assert bad.returncode == 2 and "--language" in bad.stderr
