"""Generate storyline/lexicon/en/events_lexicon.tsv, the PLOVER trigger table, from WordNet 3.0.

    python3 scripts/make_event_lexicon.py [--wordnet /usr/share/wordnet] [--show lemma.v ...]

Reads the WordNet database files of the Debian package `wordnet-base` (no network, standard
library only) and writes one row per trigger word: lemma, part of speech (v or n), PLOVER
action, and the rank of the WordNet sense that gave it (1 = the word's most frequent sense).

How a word earns a category:
1. Each category has seed synsets, named "lemma.pos.N" (the N-th sense of the lemma, as WordNet
   orders senses by frequency), each with a depth: the category's synsets are the seeds and
   their hyponyms (verb troponyms) down to that depth. Event nouns come from the seeds' noun
   seeds and from the nouns WordNet links to the category's verb synsets as derivationally
   related forms ("withdraw" -> "withdrawal"), kept only when they name acts or events (lexical
   files noun.act, noun.event, noun.communication, noun.phenomenon), never agents ("attacker").
2. A word is a trigger for the category when one of its first MAX_RANK senses is in the
   category's synsets (past the first sense, only with MIN_RANKED_SHARE of the word's tagged
   uses where SemCor tags it MIN_TAGGED times or more), or when the category's senses hold at least MIN_SHARE of the word's
   sense-tagged uses (cntlist.rev, from the SemCor corpus). A rare sense deep in a common
   word's list ("take" = seize) does not make the word a trigger.
3. A seed's own lemma always carries its seed sense ("strike" v.7 = PROTEST besides v.4 =
   ASSAULT); the extractor then picks between a word's categories from its arguments.

It also writes storyline/lexicon/en/events_agents.tsv: nouns whose first WordNet sense is a person
or a group (noun.person, noun.group), the heads of subjects that act without being named
("the thieves", "prosecutors").

The reviewed exceptions (storyline/lexicon/en/events_exceptions.tsv) are applied at load time,
not here, so that the generated table stays reproducible from WordNet alone.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "storyline" / "lexicon" / "en" / "events_lexicon.tsv"
AGENTS_OUT = ROOT / "storyline" / "lexicon" / "en" / "events_agents.tsv"
# Lexical files of nouns that can act: 18 noun.person, 14 noun.group.
AGENT_FILES = frozenset({"18", "14"})

# A word's senses past this rank count only with enough tagged use: WordNet orders senses by
# SemCor frequency, and past the third a verb's senses are mostly figurative or technical
# ("strike a match"). Nouns are less polysemous in news use, so their first two senses count.
MAX_RANK = {"v": 3, "n": 2}
# Share of a word's sense-tagged uses the category's senses need to count beyond MAX_RANK.
MIN_SHARE = 0.25
# Within MAX_RANK, a sense after the first still needs this share of the word's tagged uses once
# the word has at least MIN_TAGGED of them: "pick" (select; rank 3 = find fault) or "require"
# (need; rank 2 = demand) almost never mean the category's sense in running text. Below
# MIN_TAGGED uses SemCor says too little to judge, and the rank alone decides.
MIN_RANKED_SHARE = 0.1
MIN_TAGGED = 10
# Noun lexical files that name acts and events: 04 noun.act, 10 noun.communication, 11 noun.event,
# 19 noun.phenomenon. Agents (18 noun.person), artefacts and states are never event nouns.
EVENT_NOUN_FILES = frozenset({"04", "10", "11", "19"})

# Seeds per category: "lemma.pos.N" with a hyponym depth. Senses were read off WordNet 3.0's
# glosses (run with --show) against the PLOVER definitions in the annotation guide.
SEEDS: dict[str, tuple[tuple[str, int], ...]] = {
    "AGREE": (("agree.v.2", 1), ("sign.v.2", 1), ("ratify.v.1", 1), ("consent.v.1", 1), ("accept.v.3", 1),
              ("settle.v.13", 0), ("pledge.v.1", 1), ("approve.v.1", 1),
              ("promise.v.1", 1), ("agreement.n.1", 1), ("treaty.n.1", 0),
              ("deal.n.1", 0), ("settlement.n.3", 0), ("order.v.2", 0), ("purchase.v.1", 0)),
    "CONSULT": (("consult.v.1", 1), ("meet.v.2", 1), ("confer.v.1", 1), ("negotiate.v.1", 1), ("visit.v.1", 1),
                ("visit.v.2", 0), ("discuss.v.1", 1), ("attend.v.1", 0), ("host.v.1", 0), ("talk.v.1", 0),
                ("mediate.v.1", 0), ("meeting.n.1", 1), ("talk.n.1", 0), ("talks.n.1", 0), ("negotiation.n.1", 1),
                ("summit.n.3", 0), ("visit.n.1", 1), ("conference.n.1", 1), ("consultation.n.1", 0),
                ("hearing.n.1", 0)),
    "SUPPORT": (("support.v.1", 1), ("back.v.1", 1), ("endorse.v.1", 0), ("praise.v.1", 1), ("welcome.v.1", 0),
                ("welcome.v.2", 0), ("elect.v.1", 1), ("applaud.v.1", 1), ("applaud.v.2", 0), ("hail.v.1", 0),
                ("congratulate.v.1", 1), ("cheer.v.1", 0), ("commend.v.1", 0), ("endorsement.n.3", 0), ("endorsement.n.5", 0),
                ("praise.n.1", 0), ("support.n.2", 0)),
    "CONCEDE": (("concede.v.1", 0), ("concede.v.2", 0), ("free.v.1", 1),
                ("apologize.v.1", 0), ("resign.v.1", 1), ("surrender.v.1", 1), ("relent.v.1", 1),
                ("plead.v.3", 0), ("admit.v.1", 0), ("lift.v.20", 0), ("lift.v.6", 0), ("return.v.2", 0),
                ("concession.n.2", 0), ("concession.n.3", 0), ("release.n.2", 0), ("apology.n.1", 0), ("resignation.n.1", 0),
                ("surrender.n.1", 0)),
    "COOPERATE": (("cooperate.v.1", 1), ("collaborate.v.1", 1), ("join.v.1", 0),
                  ("ally.v.1", 0), ("partner.v.1", 0), ("participate.v.1", 0), ("contract.v.1", 0),
                  ("award.v.1", 0), ("cooperation.n.1", 0), ("collaboration.n.1", 0), ("partnership.n.1", 0),
                  ("alliance.n.1", 0)),
    "AID": (("help.v.1", 1), ("aid.v.1", 0), ("assist.v.1", 0), ("rescue.v.1", 1), ("save.v.1", 0),
            ("donate.v.1", 1), ("provide.v.2", 0), ("supply.v.1", 0), ("fund.v.6", 0), ("treat.v.3", 1),
            ("aid.n.1", 0), ("aid.n.2", 0), ("assistance.n.1", 0), ("rescue.n.1", 0),
            ("donation.n.1", 0), ("relief.n.5", 0), ("lifeline.n.2", 0), ("treatment.n.1", 0)),
    "RETREAT": (("withdraw.v.1", 1), ("withdraw.v.2", 0), ("withdraw.v.11", 0), ("retreat.v.1", 0),
                ("pull_out.v.1", 0), ("pull_out.v.4", 0),
                ("evacuate.v.1", 0), ("cancel.v.1", 1), ("call_off.v.1", 0), ("abandon.v.1", 0),
                ("postpone.v.1", 1), ("drop_out.v.1", 0), ("back_out.v.2", 0),
                ("withdrawal.n.1", 0), ("withdrawal.n.3", 0), ("retreat.n.1", 0), ("pullout.n.1", 0),
                ("evacuation.n.2", 0), ("cancellation.n.1", 0), ("truce.n.1", 0),
                ("postponement.n.2", 0)),
    "REQUEST": (("request.v.1", 1), ("request.v.2", 0), ("ask.v.2", 1), ("urge.v.1", 1), ("demand.v.1", 1),
                ("appeal.v.2", 0), ("plead.v.1", 0), ("petition.v.1", 0), ("invite.v.4", 0), ("invite.v.7", 0),
                ("call_for.v.1", 0), ("call_on.v.1", 0), ("apply.v.3", 0), ("beg.v.1", 0), ("press.v.14", 0),
                ("request.n.1", 1), ("request.n.2", 0), ("demand.n.1", 0), ("appeal.n.1", 0), ("plea.n.1", 0),
                ("petition.n.1", 0), ("invitation.n.1", 0), ("application.n.2", 0)),
    "ACCUSE": (("accuse.v.1", 1), ("accuse.v.2", 0), ("charge.v.2", 1), ("charge.v.6", 0), ("blame.v.1", 0),
               ("blame.v.2", 0), ("criticize.v.1", 1), ("criticize.v.2", 0), ("condemn.v.1", 0),
               ("denounce.v.1", 0), ("allege.v.1", 0), ("sue.v.1", 0), ("investigate.v.2", 1), ("probe.v.1", 0),
               ("indict.v.1", 0), ("prosecute.v.1", 0), ("accusation.n.1", 0), ("accusation.n.2", 0),
               ("allegation.n.1", 0), ("charge.n.2", 0), ("charge.n.13", 0), ("criticism.n.1", 0), ("condemnation.n.1", 0),
               ("lawsuit.n.1", 0), ("investigation.n.1", 0), ("investigation.n.2", 0), ("probe.n.1", 0),
               ("inquiry.n.3", 0), ("indictment.n.1", 0), ("prosecution.n.1", 0), ("scrutiny.n.1", 0)),
    "REJECT": (("reject.v.1", 1), ("reject.v.2", 0), ("refuse.v.1", 1), ("refuse.v.2", 0), ("decline.v.2", 0),
               ("decline.v.3", 0), ("oppose.v.1", 0), ("veto.v.1", 1), ("rebuff.v.1", 0), ("balk.v.1", 0),
               ("rejection.n.1", 0), ("refusal.n.1", 0), ("veto.n.1", 0), ("veto.n.2", 0), ("opposition.n.1", 0),
               ("rejection.n.4", 0)),
    "THREATEN": (("threaten.v.1", 1), ("threaten.v.2", 0), ("menace.v.2", 0), ("threat.n.3", 0),
                 ("ultimatum.n.1", 0)),
    "PROTEST": (("protest.v.1", 1), ("protest.v.2", 0), ("demonstrate.v.4", 0),
                ("strike.v.7", 0), ("boycott.v.1", 0), ("picket.v.1", 0),
                ("protest.n.1", 1), ("protest.n.2", 0), ("demonstration.n.3", 0), ("rally.n.1", 0),
                ("strike.n.1", 0), ("boycott.n.1", 0), ("hunger_strike.n.1", 0), ("sit-in.n.1", 0),
                ("walkout.n.1", 0), ("picket.n.3", 0)),
    "SANCTION": (("penalize.v.1", 1), ("ban.v.1", 0), ("ban.v.2", 0), ("fine.v.1", 0),
                 ("expel.v.1", 0), ("expel.v.2", 0), ("suspend.v.4", 0), ("fire.v.4", 0), ("lay_off.v.2", 0),
                 ("dismiss.v.4", 0), ("sanction.n.2", 0),
                 ("ban.n.1", 0), ("embargo.n.1", 0), ("fine.n.1", 0), ("penalty.n.1", 0), ("layoff.n.1", 0),
                 ("dismissal.n.4", 0), ("expulsion.n.1", 0), ("suspension.n.7", 0), ("tariff.n.1", 0)),
    "MOBILIZE": (("deploy.v.1", 1), ("mobilize.v.1", 1), ("mobilize.v.3", 0), ("dispatch.v.1", 0),
                 ("station.v.1", 0), ("deployment.n.1", 0), ("mobilization.n.1", 0),
                 ("mobilization.n.2", 0)),
    "COERCE": (("arrest.v.1", 1), ("detain.v.1", 1), ("imprison.v.1", 1), ("jail.v.1", 0), ("convict.v.1", 0),
               ("sentence.v.1", 0), ("deport.v.2", 0), ("raid.v.1", 0),
               ("seize.v.2", 0), ("seize.v.3", 0), ("seize.v.4", 0), ("seize.v.5", 0), ("confiscate.v.1", 0),
               ("steal.v.1", 1), ("rob.v.1", 1),
               ("censor.v.1", 0), ("censor.v.2", 0), ("quarantine.v.1", 0), ("besiege.v.1", 0),
               ("hijack.v.1", 0), ("extradite.v.1", 0),
               ("arrest.n.1", 0), ("detention.n.1", 0), ("imprisonment.n.1", 0),
               ("imprisonment.n.2", 0), ("conviction.n.2", 0), ("deportation.n.1", 0), ("raid.n.1", 0),
               ("seizure.n.3", 0), ("theft.n.1", 1), ("robbery.n.1", 0),
               ("censorship.n.1", 0), ("quarantine.n.1", 0), ("custody.n.1", 0), ("curfew.n.1", 0),
               ("crackdown.n.1", 0), ("siege.n.1", 0), ("blockade.n.1", 0), ("extradition.n.1", 0),
               ("takeover.n.1", 0), ("shutdown.n.1", 0)),
    "ASSAULT": (("attack.v.1", 1), ("attack.v.3", 0), ("attack.v.4", 1), ("assail.v.1", 0), ("kill.v.1", 1),
                ("murder.v.1", 1), ("bomb.v.1", 0), ("bombard.v.1", 0), ("shell.v.1", 0), ("shoot.v.2", 0),
                ("shoot_down.v.2", 0), ("fire.v.1", 0), ("shoot.v.1", 0), ("strike.v.4", 0), ("injure.v.1", 0), ("wound.v.1", 0),
                ("kidnap.v.1", 0), ("invade.v.1", 0), ("storm.v.2", 0), ("storm.v.5", 0), ("massacre.v.1", 0),
                ("torture.v.2", 0), ("stab.v.1", 0), ("attack.n.1", 1), ("assault.n.1", 0),
                ("assault.n.2", 0), ("bombing.n.1", 0), ("shooting.n.1", 0), ("killing.n.2", 0),
                ("murder.n.1", 0), ("strike.n.2", 0), ("air_raid.n.1", 0),
                ("kidnapping.n.1", 0), ("massacre.n.1", 0), ("invasion.n.1", 0), ("offensive.n.1", 0),
                ("clash.n.4", 0), ("ambush.n.1", 0), ("shelling.n.1", 0)),
}


class WordNet:
    """The parts of the WordNet database this generator needs: senses, synsets, pointers, counts."""

    def __init__(self, folder: Path) -> None:
        self.senses: dict[tuple[str, str], list[str]] = {}  # (lemma, pos) -> synset offsets by rank
        self.synsets: dict[tuple[str, str], tuple[str, list[str], list[tuple[str, str, str]]]] = {}
        self.counts: dict[tuple[str, str, int], int] = {}
        for pos, name in (("v", "verb"), ("n", "noun")):
            self._read_index(folder / f"index.{name}", pos)
            self._read_data(folder / f"data.{name}", pos)
        for line in (folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
            key, rank, count = line.split()
            lemma, _, rest = key.partition("%")
            pos = {"1": "n", "2": "v"}.get(rest[:1])
            if pos:
                self.counts[(lemma, pos, int(rank))] = int(count)

    def _read_index(self, path: Path, pos: str) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            pointers = int(parts[3])
            self.senses[(parts[0], pos)] = parts[4 + pointers + 2:]

    def _read_data(self, path: Path, pos: str) -> None:
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            head = line.partition(" | ")[0].split()
            n_words = int(head[3], 16)
            words = [head[4 + 2 * i].lower() for i in range(n_words)]
            at = 4 + 2 * n_words
            n_ptrs = int(head[at])
            ptrs = [(head[at + 1 + 4 * i], head[at + 2 + 4 * i], head[at + 3 + 4 * i]) for i in range(n_ptrs)]
            self.synsets[(head[0], pos)] = (head[1], words, ptrs)

    def synset(self, name: str) -> tuple[str, str]:
        lemma, pos, rank = name.rsplit(".", 2)
        offsets = self.senses.get((lemma, pos))
        if not offsets or int(rank) > len(offsets):
            raise SystemExit(f"seed {name} is not in WordNet")
        return offsets[int(rank) - 1], pos

    def below(self, synset: tuple[str, str], depth: int) -> set[tuple[str, str]]:
        """The synset and its hyponyms (troponyms) down to `depth` levels."""
        found, frontier = {synset}, [synset]
        for _ in range(depth):
            frontier = [(off, p) for s in frontier for sym, off, p in self.synsets[s][2]
                        if sym == "~" and (off, p) not in found]
            found.update(frontier)
        return found


def category_synsets(wn: WordNet) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for action, seeds in SEEDS.items():
        for name, depth in seeds:
            out[action] |= wn.below(wn.synset(name), depth)
        verbs = [s for s in out[action] if s[1] == "v"]
        for s in verbs:  # derivationally related event nouns of the category's verbs
            for sym, off, pos in wn.synsets[s][2]:
                if sym == "+" and pos == "n" and wn.synsets[(off, "n")][0] in EVENT_NOUN_FILES:
                    out[action].add((off, "n"))
    return out


def trigger_rows(wn: WordNet) -> list[tuple[str, str, str, int]]:
    """(lemma, pos, action, best sense rank) for every word that earns a category."""
    cats = category_synsets(wn)
    owner: dict[tuple[str, str], set[str]] = defaultdict(set)
    for action, synsets in cats.items():
        for s in synsets:
            owner[s].add(action)
    seeded = {(name.rsplit(".", 2)[0], name.rsplit(".", 2)[1], int(name.rsplit(".", 2)[2]), action)
              for action, seeds in SEEDS.items() for name, _ in seeds}
    rows = []
    lemmas = {(w, s[1]) for s in owner for w in wn.synsets[s][1]}
    for lemma, pos in sorted(lemmas):
        offsets = wn.senses.get((lemma, pos), [])
        total = sum(wn.counts.get((lemma, pos, r), 0) for r in range(1, len(offsets) + 1))
        share: dict[str, int] = defaultdict(int)
        best: dict[str, int] = {}
        for rank, off in enumerate(offsets, start=1):
            for action in owner.get((off, pos), ()):
                share[action] += wn.counts.get((lemma, pos, rank), 0)
                best.setdefault(action, rank)
        for action, rank in best.items():
            ranked = rank <= MAX_RANK[pos] and (rank == 1 or total < MIN_TAGGED
                                                or share[action] / total >= MIN_RANKED_SHARE)
            if (ranked or (total and share[action] / total >= MIN_SHARE)
                    or (lemma, pos, rank, action) in seeded):
                rows.append((lemma.replace("_", " "), pos, action, rank))
    return sorted(rows)  # ties in rank are read alphabetically by the loader; the file is stable


def agent_nouns(wn: WordNet) -> list[str]:
    """Nouns whose most frequent sense is a person or a group: the heads of subjects that act
    ("the thieves", "prosecutors", "the utility's board") without being named entities."""
    out = []
    for (lemma, pos), offsets in wn.senses.items():
        if pos == "n" and "_" not in lemma and lemma.isalpha() and wn.synsets[(offsets[0], "n")][0] in AGENT_FILES:
            out.append(lemma)
    return sorted(out)


def show(wn: WordNet, names: list[str]) -> None:
    for name in names:
        lemma, pos = name.rsplit(".", 1)
        for rank, off in enumerate(wn.senses.get((lemma, pos), []), start=1):
            lexfile, words, _ = wn.synsets[(off, pos)]
            print(f"{lemma}.{pos}.{rank}\tlex{lexfile}\t{','.join(words[:6])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--show", nargs="*", help="print the senses of lemma.pos and exit")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.verb").is_file():
        print(f"WordNet database not found in {args.wordnet} (Debian package wordnet-base)", file=sys.stderr)
        return 2
    wn = WordNet(args.wordnet)
    if args.show:
        show(wn, args.show)
        return 0
    rows = trigger_rows(wn)
    header = ("# lemma\tpos\taction\trank   (generated by scripts/make_event_lexicon.py from WordNet 3.0; "
              "do not edit, see events_exceptions.tsv)\n")
    OUT.write_text(header + "".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in rows), encoding="utf-8")
    agents = agent_nouns(wn)
    AGENTS_OUT.write_text("# noun   (generated by scripts/make_event_lexicon.py: first WordNet sense is noun.person "
                          "or noun.group)\n" + "".join(f"{a}\n" for a in agents), encoding="utf-8")
    print(f"{len(agents)} agent nouns -> {AGENTS_OUT.relative_to(ROOT)}")
    print(f"{len(rows)} rows, {len({(r[0], r[1]) for r in rows})} words -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
