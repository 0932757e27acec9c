"""The WordNet-generated trigger table codes every PLOVER category, and picks word senses from arguments."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storyline.extract.events.table import TABLE

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(("sentence", "action"), [
    ("Valdoria signed the water accord with Estmark.", "AGREE"),
    ("Delegates from Valdoria were attending the inaugural meeting of the river council.", "CONSULT"),
    ("Estmark praised the Valdorian mediators.", "SUPPORT"),
    ("Tomas Brandt was elected president of the river council.", "SUPPORT"),
    ("Estmark freed the three Valdorian prisoners.", "CONCEDE"),
    ("Valdoria will join the coalition led by Estmark.", "COOPERATE"),
    ("Estmark donated medical supplies to Valdoria.", "AID"),
    ("The rebels declared a ceasefire on Friday.", "RETREAT"),
    ("Valdoria urged Estmark to reopen the border.", "REQUEST"),
    ("Estmark accused Valdoria of hiding the dam report.", "ACCUSE"),
    ("The Acme board flagged the supplier as a security risk.", "ACCUSE"),
    ("Valdoria refused to sign the accord.", "REJECT"),
    ("Estmark threatened to close the border.", "THREATEN"),
    ("Thousands of teachers went on strike in Porta.", "PROTEST"),
    ("Estmark imposed sanctions on Valdoria.", "SANCTION"),
    ("Valdoria deployed troops to the border.", "MOBILIZE"),
    ("The thieves stole two paintings from the Porta museum.", "COERCE"),
    ("Investors tried to seize control of the company.", "COERCE"),
    ("Police arrested three men in Porta.", "COERCE"),
    ("Estmark bombed the Valdorian border post.", "ASSAULT"),
])
def test_events_lexicon_codes_each_category(annotate, sentence: str, action: str) -> None:
    _, layers = annotate(sentence)
    assert [e.action for e in layers.events] == [action], layers.events


@pytest.mark.parametrize(("sentence", "action"), [
    ("Valdorian jets struck rebel positions near Porta.", "ASSAULT"),
    ("The nurses will strike next week.", "PROTEST"),
    ("The rebels seized control of Porta on Sunday.", "ASSAULT"),
    ("The Acme chief executive was fired on Monday.", "SANCTION"),
    ("Soldiers fired on the crowd in Porta.", "ASSAULT"),
    ("Estmark released the hostages on Tuesday.", "CONCEDE"),
    ("Valdoria committed to the ceasefire.", "AGREE"),
    ("Estmark agreed to the union's demands.", "CONCEDE"),
    ("Estmark agreed to the water accord.", "AGREE"),
    ("The space agency selected three companies to build landers.", "COOPERATE"),
    ("Valdoria sent 3,000 troops to the border.", "MOBILIZE"),
    ("Valdoria signed a trade agreement with Estmark.", "AGREE"),
    ("The Porta health office paid a local ad agency for the campaign.", "COOPERATE"),
])
def test_events_lexicon_sense_from_arguments(annotate, sentence: str, action: str) -> None:
    _, layers = annotate(sentence)
    assert [e.action for e in layers.events] == [action], layers.events


@pytest.mark.parametrize("sentence", [
    "Estmark released its annual report on Tuesday.",
    "Valdoria will be back in action against Estmark on Sunday.",
    "He committed impeachable offenses during his conversation with the president of Estmark.",
    "Astronomers discovered water vapour on a distant moon.",
    "The committee picked a date for the vote.",            # choosing something other than a firm
    "Tomas Brandt was admitted to hospital on Saturday.",   # admitted in, not a concession
    "The senator asked about the Porta dam.",               # a question, not a request
    "Two farmers contracted the disease in Porta.",         # a place phrase, not "contract in"
    "People across Valdoria are talking about it.",         # talk without a partner
    "He sent me to Porta by train.",                        # sending no forces
    "Tomas Brandt paid the fine on Friday.",                # paying no partner for work
    "Seven physicians signed a letter to the agency.",      # a statement, not an agreement
    "Data collected by the Estmark Space Agency supported the theory.",  # no acting subject
])
def test_events_lexicon_codes_nothing_when_no_category_fits(annotate, sentence: str) -> None:
    _, layers = annotate(sentence)
    assert layers.events == (), layers.events


def test_events_lexicon_nominal_event_keeps_planned_modality(annotate) -> None:
    _, layers = annotate("Estmark announced the planned withdrawal of its troops from Porta.")
    assert [(e.action, e.modality) for e in layers.events] == [("RETREAT", "expected")]


@pytest.mark.parametrize(("sentence", "action"), [
    ("Violent clashes erupted between the rebels and Valdorian police.", "ASSAULT"),
    ("Negotiations between Estmark and Valdoria intensified over the weekend.", "CONSULT"),
    ("Estmark wants Valdoria to extradite the banker.", "REQUEST"),
    ("The doctor told the patient to remove the feather pillows.", "REQUEST"),
    ("Estmark has dropped its investigation into the Valdorian bank.", "RETREAT"),
    ("A Porta man pleaded guilty to the theft.", "CONCEDE"),
    ("Porta police have laid siege to the university.", "COERCE"),
    ("The Porta clinic will not be vaccinating migrant families this winter.", "AID"),
    ("The Valdorian tourism campaign has been facing a backlash from Estmark.", "ACCUSE"),
    ("The Valdorian campaign drew a mix of criticism and ridicule from Estmark.", "ACCUSE"),
    ("The Valdoria Teachers Union rallied outside the ministry to call for better pay.", "REQUEST"),
    ("The Porta Liberation Front claimed responsibility for shooting down the helicopter.", "ASSAULT"),
])
def test_events_lexicon_events_from_grammar(annotate, sentence: str, action: str) -> None:
    _, layers = annotate(sentence)
    assert action in [e.action for e in layers.events], layers.events


def test_events_lexicon_table_is_broad_and_reviewed() -> None:
    assert {a for actions in TABLE.verbs.values() for a in actions} >= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert len(TABLE.verbs) + len(TABLE.nouns) > 1000
    assert TABLE.nouns["withdrawal"][0] == "RETREAT" and TABLE.nouns["arrest"][0] == "COERCE"
    assert set(TABLE.nouns["strike"]) == {"PROTEST", "ASSAULT"}
    assert "say" not in TABLE.verbs  # reporting verbs are attribution cues (reviewed exception)


def test_events_lexicon_generator_reproduces_committed_table(tmp_path: Path) -> None:
    if not (Path("/usr/share/wordnet") / "data.verb").is_file():
        pytest.skip("WordNet database (Debian wordnet-base) is not installed")
    table = ROOT / "storyline" / "lexicon" / "en" / "events_lexicon.tsv"
    before = table.read_text(encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_event_lexicon.py")], check=True,
                   capture_output=True, timeout=300)
    assert table.read_text(encoding="utf-8") == before


def test_events_lexicon_generator_leaves_out_senses_text_rarely_uses() -> None:
    rows = {tuple(line.split("\t")[:3]) for line in (ROOT / "storyline" / "lexicon" / "en" / "events_lexicon.tsv")
            .read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    assert ("decline", "v", "REJECT") in rows and ("strike", "v", "PROTEST") in rows  # seeded senses stay
    assert ("pick", "v", "ACCUSE") not in rows  # "find fault with": 2 of 22 tagged uses
    assert ("require", "v", "REQUEST") not in rows  # "demand": 16 of 182
    assert ("worsen", "v", "REJECT") not in rows  # the seed is decline's refusing sense, not its worsening one
