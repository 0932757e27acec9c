"""Words that trigger PLOVER events, and words that only colour another event's modality.

Trigger words are generated from WordNet (scripts/make_event_lexicon.py); the word lists here
are the grammar around them (light verbs, reporting verbs, pass-through verbs), general English
words, none taken from a particular article.
"""
from __future__ import annotations

from storyline.extract.events.table import TABLE

# Trigger words come from the WordNet-generated table and its reviewed exceptions (table.py);
# these views give each word its best reading, and ALTERNATIVES the other readings the
# extractor may pick from the clause's arguments ("strike": PROTEST or ASSAULT).
VERB_ACTIONS: dict[str, str] = {lemma: actions[0] for lemma, actions in TABLE.verbs.items()}
NOUN_ACTIONS: dict[str, str] = {lemma: actions[0] for lemma, actions in TABLE.nouns.items()}
PHRASAL_ACTIONS: dict[tuple[str, str], str] = TABLE.phrasal
ALTERNATIVES: dict[tuple[str, str], tuple[str, ...]] = {
    **{(lemma, "v"): actions for lemma, actions in TABLE.verbs.items() if len(actions) > 1},
    **{(lemma, "n"): actions for lemma, actions in TABLE.nouns.items() if len(actions) > 1},
}

# Verbs that carry an event noun as object or complement without adding meaning of their own.
LIGHT_VERBS = frozenset({"launch", "hold", "lead", "conduct", "stage", "make", "issue", "extend", "take", "carry",
                         "be", "have", "reach", "announce", "mount", "begin", "continue", "resume", "impose",
                         "confirm", "give", "deliver", "express", "voice", "level", "file", "declare", "call",
                         "order", "face", "attend", "join", "receive", "undergo", "go", "open", "reopen", "start",
                         "complete", "place", "put", "draw", "attract", "spark", "prompt",
                         "provoke", "suffer", "lay"})

# Light verbs whose subject undergoes the act the noun names: "faced charges", "drew criticism".
UNDERGOING_VERBS = frozenset({"face", "draw", "attract", "receive", "undergo", "spark", "prompt", "provoke", "suffer"})

# Verbs that end what their object noun names: "dropped its investigation", "scuttled the talks"
# are RETREAT from that act, whatever the act was.
ENDING_VERBS = frozenset({"drop", "abandon", "scrap", "scuttle", "halt", "end", "shelve", "call", "cancel", "suspend",
                          "withdraw", "abort"})

# Verbs that direct another party to act when they take an object and an infinitive: "wants the UK to
# extradite him", "told the man to remove", "warned people to stay away" are REQUEST.
DIRECTIVE_VERBS = frozenset({"want", "tell", "warn", "instruct", "order", "direct", "advise", "ask", "urge",
                             "encourage", "command", "request", "require", "press", "push", "call"})

# Object nouns that turn a generic verb into aid rather than troop movement ("send aid").
AID_OBJECTS = frozenset({"aid", "assistance", "food", "supplies", "medicine", "funds", "money", "relief", "help"})

# Nouns that count or group acts and hand the light verb the act after "of": "drew a mix of
# criticism", "launched a wave of strikes", "faced a barrage of questions".
QUANTITY_NOUNS = frozenset({"mix", "wave", "series", "barrage", "storm", "flurry", "spate", "round", "string",
                            "number", "lot", "host", "raft", "volley", "torrent", "chorus", "campaign", "kind",
                            "sort", "type", "form", "bout"})

# Verbs whose complement is the event; they add modality, not an event of their own.
PASS_THROUGH = frozenset({"expect", "schedule", "plan", "intend", "set", "prepare", "begin", "start", "continue",
                          "want", "hope", "aim", "try", "attempt", "consider", "weigh", "mull", "decide", "deny",
                          "signal", "be", "fear", "appear", "seem", "need", "have", "offer", "move", "look",
                          "seek", "push", "threaten", "vow", "refuse", "decline", "agree", "announce", "express"})

# Verbs that report speech: they are attribution cues, and their complement holds the event.
REPORTING = frozenset({"say", "tell", "add", "note", "state", "report", "claim", "announce", "confirm", "stress",
                       "explain", "write", "believe", "think", "indicate", "suggest", "emphasise", "emphasize",
                       "acknowledge", "insist", "warn", "argue", "reveal", "declare", "mention", "assert"})

# Verbs that keep their own action even when they govern another trigger ("agreed to join" is
# AGREE, "urged X to withdraw" is REQUEST); all other pass-through verbs defer to the complement.
KEEP_OVER_COMPLEMENT = frozenset({"agree", "refuse", "decline", "threaten", "vow", "ask", "urge", "press",
                                  "demand", "request", "call", "invite", "reject", "accept", "approve", "sign",
                                  "pledge", "promise", "commit", "rely", "pressure", "help", "allow", "accuse",
                                  "blame", "criticize", "criticise", "condemn", "oppose", "welcome", "support",
                                  "back", "endorse", "balk", "resist", "tell", "warn", "want", "instruct", "advise",
                                  "encourage", "order", "direct"})

# Agreement verbs whose negation news coding reads as a rejection ("does not accept the decision").
NEGATED_AS_REJECT = frozenset({"accept", "approve", "support", "endorse", "back", "recognize", "recognise",
                               "welcome"})

# Verbs that only name an event with an object or in the passive: "presented a plan", "hosted
# talks", but not "officials present" or "troops train".
NEEDS_OBJECT = frozenset({"present", "host", "back", "target", "approach", "station", "train", "press", "charge",
                          "brief", "fund", "supply", "provide", "shell"})
