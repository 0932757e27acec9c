"""Briefing lines state facts: a summary sentence's subject is an actor of the story (not a
sentence that merely opens with one), a position is never a question asked, a role is never a
photo credit's opening, and the checks themselves do not flag a name that starts like a page
label. Every sentence here is invented."""
from __future__ import annotations

import json

import pytest

from storyline.analyze import build_story_view
from storyline.analyze.briefing import build_briefing
from storyline.analyze.briefing_text import render_markdown
from storyline.analyze.sentences import balanced_brackets, is_question, is_statement, subject_names
from storyline.extract import load_nlp
from storyline.pipeline import ingest
from storyline.settings import Options
from storyline.store import Store
from tests.analyze.briefing_checks import _line_faults, briefing_faults

# The traps: an opener naming an actor before a subject that is not one ("Since Varn’s ban,
# hundreds of fans ..."), a quoted question, a credit in brackets.
SMOG = [
    ("smog-1", "2031-11-03", "Smoke over Halden after the Lantern Fair",
     "The Halden Court banned fireworks in the city in September after a season of fires. "
     "Mayor Ilse Varn said the city would fine every seller caught with fireworks. "
     "Since Varn’s ban, hundreds of fans have protested in the harbour every night.\n"
     "Ilse Varn said: “And who will pay for the clean-up, the sellers or the city?”\n"
     "Smoke hangs over the harbour on Sunday (credit: Tove Ek\n"
     "Ilse Varn ordered the harbour schools closed on Monday as the smoke thickened."),
    ("smog-2", "2031-11-05", "Halden reopens schools as smoke clears",
     "Mayor Ilse Varn reopened the harbour schools on Wednesday after rain cleared the smoke. "
     "The Halden Court said it would hear the first fireworks cases in December. "
     "Ilse Varn said the city had fined eleven sellers since the fair."),
]


@pytest.fixture(scope="module")
def smog(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("smog")
    source = tmp / "in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for ident, published, title, body in SMOG:
            out.write(json.dumps({"id": ident, "url": f"https://haldenpost.example/{ident}", "title": title,
                                  "published": published, "text": f"{title}\n\n{body}"}) + "\n")
    with Store(tmp / "c.duckdb") as store:
        ingest([str(source)], store, Options(workers=1))
        sid = next(s.story for s in store.articles())
        view = build_story_view(store, sid)
        briefing = build_briefing(store, sid, view)
        return briefing, briefing_faults(briefing, view, store, load_nlp(Options().spacy_model))


def test_briefing_subjects_pass_the_checks(smog):
    briefing, faults = smog
    assert not faults, "\n".join(faults) + "\n\n" + render_markdown(briefing)


def test_briefing_subjects_skip_a_sentence_that_only_opens_with_an_actor(smog):
    briefing, _ = smog
    summary = next(s for s in briefing.sections if s.title == "Summary")
    assert summary.sentences and not any(s.text.startswith("Since") for s in summary.sentences)


def test_briefing_subjects_state_no_question_and_no_credit(smog):
    briefing, _ = smog
    lines = [s.text for section in briefing.sections for s in section.sentences]
    assert not any("who will pay" in t or "(credit" in t for t in lines), "\n".join(lines)


@pytest.mark.parametrize("text, whole", [
    ("The ferry left Brennvik (on time) at dawn.", True),
    ("Smoke hangs over the harbour (credit: Tove Ek", False),
    ("The rota changed) on Monday.", False),
])
def test_sentences_balanced_brackets(text, whole):
    assert balanced_brackets(text) is whole


def test_sentences_a_question_inside_quotes_is_a_question():
    assert is_question("And I asked, on whose orders?”")
    assert is_question("Who pays for the clean-up?")
    assert not is_question("She asked who would pay.")


def test_sentences_reject_a_line_cut_inside_a_bracket():
    assert not is_statement("Smoke hangs over the harbour on Sunday (credit: Tove Ek.")


@pytest.mark.parametrize("line, fault, flagged", [
    ("Home Anchor Bank reported a rise in deposits for the third quarter.", "a page label", False),
    ("Home » News » Halden » Smoke over the city today.", "a page label", True),
    ("Read more: the ferry strike in Brennvik ends on Friday.", "a page label", True),
    ("eLoft said the new keyboard is the same as the old one.", "starts mid-sentence", False),
    ("the new keyboard is the same as the old one, eLoft said.", "starts mid-sentence", True),
])
def test_briefing_checks_tell_labels_and_names_apart(line, fault, flagged):
    assert (fault in _line_faults(line)) is flagged


@pytest.mark.parametrize("sentence, name, named", [
    ("Mayor Ilse Varn closed the harbour schools on Monday.", "Ilse Varn", True),
    ("Ilse Varn’s office said the schools would reopen on Wednesday.", "Ilse Varn", True),
    ("Since Varn’s ban, hundreds of fans have protested in the harbour every night.", "Varn", False),
])
def test_sentences_subject_names_an_actor_only_as_subject(nlp, sentence, name, named):
    text = "Earlier lines. " + sentence
    offset = text.index(sentence)
    start = text.index(name, offset)
    assert subject_names(sentence, offset, [(start, start + len(name))]) is named
