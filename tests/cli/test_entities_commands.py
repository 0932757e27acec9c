"""`storyline entities` and `storyline entity NAME` on a real DuckDB file."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.cli.helpers import ingest_documents

DOCS = [
    {"id": "v-1", "url": None, "published": "2031-03-10",
     "text": "Valdoria weighs troops for basin mission\n\nValdoria Army chief Field Marshal Ilse Marrow said on Monday "
             "that Valdoria would decide within weeks. Marrow met officials of Estmark."},
    {"id": "v-2", "url": None, "published": "2031-04-02",
     "text": "Marrow meets Estmark envoy\n\nDefence Minister Ilse Marrow said on Tuesday that the border would stay "
             "open. Marrow added that Valdoria wanted calm."},
    {"id": "v-3", "url": None, "published": "2031-04-05",
     "text": "Estmark asks for guarantees\n\nThe White House said on Friday that Estmark had asked for guarantees. "
             "Washington wants the port of Estmark reopened, the United States said."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return str(ingest_documents(tmp_path_factory.mktemp("entities"), DOCS))


def test_entities_lists_people_by_type(db):
    result = CliRunner().invoke(app, ["entities", "--db", db, "--type", "PERSON"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "e-ilse-marrow" in result.output
    assert "Valdoria" not in result.output.replace("Valdoria Army", "")


def test_entity_shows_aliases_roles_over_time_and_articles(db):
    result = CliRunner().invoke(app, ["entity", "Marrow", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Ilse Marrow (PERSON, e-ilse-marrow)" in out
    assert "Field Marshal Ilse Marrow (1)" in out and "Marrow (" in out
    assert "Field Marshal" in out and "2031-03-10" in out
    assert "Defence Minister" in out and "2031-04-02" in out
    assert "v-1" in out and "v-2" in out


def test_unknown_entity_is_an_error(db):
    result = CliRunner().invoke(app, ["entity", "Nobody Atall", "--db", db])
    assert result.exit_code == 2
    assert "E103" in result.output


def test_bad_type_is_an_error(db):
    result = CliRunner().invoke(app, ["entities", "--db", db, "--type", "PLANET"])
    assert result.exit_code == 2


def test_seat_of_government_is_kept_and_linked_to_its_country(db):
    result = CliRunner().invoke(app, ["entity", "White House", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "White House (ORG, e-white-house)" in result.output
    assert "stands for: the government of United States (e-united-states)" in result.output


def test_capital_acting_for_its_country_is_one_of_its_names(db):
    result = CliRunner().invoke(app, ["entity", "Washington", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "United States (GPE, e-united-states)" in result.output
    assert "Washington (1, its capital acting for it)" in result.output
