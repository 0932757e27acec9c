"""A story view says plainly when some of its texts were not analysed, and why."""
from __future__ import annotations

from pathlib import Path

import storyline
from storyline.api.convert import story_detail

SPANISH = ("El consejo de Valdoria aprobó el martes un nuevo plan para el puerto de Salt Harbour.\n\n"
           "La ministra Ilse Marrow dijo que las obras empezarán en junio y que el puerto seguirá abierto "
           "durante los trabajos, según un comunicado del gobierno publicado en la capital.\n")


def test_story_view_notes_an_unanalysed_language(tmp_path: Path) -> None:
    page = tmp_path / "puerto.txt"
    page.write_text(SPANISH, encoding="utf-8")
    with storyline.open_store(tmp_path / "s.duckdb") as store:
        storyline.ingest([str(page)], store, storyline.Options(workers=1, language="es"))
        [summary] = storyline.stories(store)
        view = storyline.story(store, summary.id)
    assert view.notes == ("1 of 1 article not analysed: language 'es' has no model (analysed: en, fr)",)
    assert story_detail(view).notes == view.notes  # the REST story carries the same words
