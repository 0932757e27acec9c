"""Documents are detected, stored and marked with their language; those with no model get no NLP layers."""
from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.language import detect_language
from storyline.models import RawDocument
from storyline.pipeline import annotate

FRENCH = ("Le gouvernement de Valdoria a annoncé mardi qu'il était prêt à envoyer deux bataillons à la frontière "
          "de l'Estmark, à condition que le parlement approuve le déploiement avant la fin du mois.")
SPANISH = ("El gobierno de Valdoria anunció el martes que está dispuesto a enviar dos batallones a la frontera con "
           "Estmark, siempre que el parlamento apruebe el despliegue antes de que termine el mes.")
ENGLISH = ("The government of Valdoria said on Tuesday that it was ready to send two battalions to the Estmark "
           "border, provided that parliament approves the deployment before the end of the month.")


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (SPANISH, "es"), (ENGLISH, "en")])
def test_detect_language_identifies_short_paragraphs(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [SPANISH])  # French has its own stages (tests/extract/test_french_*)
def test_annotate_gives_non_english_articles_no_layers(nlp, text: str) -> None:
    article = clean_document(RawDocument(source="t", content=text, kind="text"))
    annotated = annotate(article, nlp)
    assert article.language != "en" and article.text == text
    assert annotated.layers.entities == () and annotated.layers.attributions == ()
