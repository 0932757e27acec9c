"""Words that trigger PLOVER events, and words that only colour another event's modality.

Entries come from PLOVER's category definitions and the verbs news wires use for them; every
entry is a general English word or phrase, none is taken from a particular article.
"""
from __future__ import annotations

# Verb lemma -> PLOVER action.
VERB_ACTIONS: dict[str, str] = {
    # AGREE: settle, accept, commit
    "agree": "AGREE", "accept": "AGREE", "sign": "AGREE", "approve": "AGREE", "ratify": "AGREE",
    "commit": "AGREE", "pledge": "AGREE", "promise": "AGREE", "adopt": "AGREE", "finalize": "AGREE",
    "finalise": "AGREE", "broker": "AGREE",
    # CONSULT: meet, talk, negotiate
    "meet": "CONSULT", "visit": "CONSULT", "discuss": "CONSULT", "talk": "CONSULT", "host": "CONSULT",
    "consult": "CONSULT", "negotiate": "CONSULT", "brief": "CONSULT", "confer": "CONSULT", "attend": "CONSULT",
    "present": "CONSULT", "unveil": "CONSULT", "mediate": "CONSULT",
    # SUPPORT: praise, endorse, back
    "support": "SUPPORT", "welcome": "SUPPORT", "praise": "SUPPORT", "back": "SUPPORT", "endorse": "SUPPORT",
    "hail": "SUPPORT", "commend": "SUPPORT", "applaud": "SUPPORT", "laud": "SUPPORT", "recognize": "SUPPORT",
    "recognise": "SUPPORT", "defend": "SUPPORT",
    # CONCEDE: yield, release, ease
    "concede": "CONCEDE", "release": "CONCEDE", "yield": "CONCEDE", "ease": "CONCEDE", "lift": "CONCEDE",
    "surrender": "CONCEDE", "compromise": "CONCEDE", "apologize": "CONCEDE", "apologise": "CONCEDE",
    # COOPERATE
    "cooperate": "COOPERATE", "join": "COOPERATE", "partner": "COOPERATE", "contribute": "COOPERATE",
    "participate": "COOPERATE", "collaborate": "COOPERATE", "allow": "COOPERATE", "coordinate": "COOPERATE",
    # AID
    "aid": "AID", "help": "AID", "deliver": "AID", "fund": "AID", "provide": "AID", "donate": "AID",
    "supply": "AID", "assist": "AID", "finance": "AID",
    # RETREAT
    "withdraw": "RETREAT", "retreat": "RETREAT", "evacuate": "RETREAT", "postpone": "RETREAT",
    # REQUEST
    "ask": "REQUEST", "request": "REQUEST", "urge": "REQUEST", "seek": "REQUEST", "press": "REQUEST",
    "demand": "REQUEST", "appeal": "REQUEST", "invite": "REQUEST", "insist": "REQUEST", "rely": "REQUEST",
    "approach": "REQUEST", "pressure": "REQUEST", "petition": "REQUEST",
    # ACCUSE
    "accuse": "ACCUSE", "blame": "ACCUSE", "condemn": "ACCUSE", "criticize": "ACCUSE", "criticise": "ACCUSE",
    "denounce": "ACCUSE", "allege": "ACCUSE", "charge": "ACCUSE", "slam": "ACCUSE",
    # REJECT
    "reject": "REJECT", "refuse": "REJECT", "decline": "REJECT", "oppose": "REJECT", "veto": "REJECT",
    "rebuff": "REJECT", "dismiss": "REJECT",
    # THREATEN
    "threaten": "THREATEN", "vow": "THREATEN",
    # PROTEST
    "protest": "PROTEST", "demonstrate": "PROTEST", "rally": "PROTEST", "boycott": "PROTEST",
    # SANCTION
    "sanction": "SANCTION", "suspend": "SANCTION", "ban": "SANCTION", "embargo": "SANCTION", "expel": "SANCTION",
    # MOBILIZE
    "deploy": "MOBILIZE", "send": "MOBILIZE", "mobilize": "MOBILIZE", "mobilise": "MOBILIZE", "train": "MOBILIZE",
    "dispatch": "MOBILIZE", "station": "MOBILIZE",
    # COERCE
    "arrest": "COERCE", "detain": "COERCE", "raid": "COERCE", "deport": "COERCE", "besiege": "COERCE",
    # ASSAULT
    "attack": "ASSAULT", "kill": "ASSAULT", "strike": "ASSAULT", "capture": "ASSAULT", "bomb": "ASSAULT",
    "shell": "ASSAULT", "seize": "ASSAULT", "invade": "ASSAULT", "storm": "ASSAULT", "overrun": "ASSAULT",
    "massacre": "ASSAULT", "shoot": "ASSAULT", "fight": "ASSAULT", "destroy": "ASSAULT", "target": "ASSAULT",
}

# Verb + particle or preposition that change the meaning of the bare verb.
PHRASAL_ACTIONS: dict[tuple[str, str], str] = {
    ("pull", "out"): "RETREAT", ("back", "down"): "CONCEDE", ("call", "for"): "REQUEST", ("call", "on"): "REQUEST",
    ("hand", "over"): "CONCEDE", ("speak", "to"): "CONSULT", ("speak", "with"): "CONSULT",
    ("take", "part"): "COOPERATE", ("sign", "up"): "AGREE", ("walk", "out"): "PROTEST",
    ("hammer", "out"): "CONSULT", ("carry", "out"): "ASSAULT", ("crack", "down"): "COERCE",
}

# Event nouns, read when a light verb carries them ("launched an assault", "held talks",
# "is in talks with") or when an entity owns them ("the regime's allegation").
NOUN_ACTIONS: dict[str, str] = {
    "assault": "ASSAULT", "attack": "ASSAULT", "offensive": "ASSAULT", "strike": "ASSAULT", "airstrike": "ASSAULT",
    "bombardment": "ASSAULT", "control": "ASSAULT", "massacre": "ASSAULT", "invasion": "ASSAULT",
    "talk": "CONSULT", "meeting": "CONSULT", "summit": "CONSULT", "negotiation": "CONSULT", "visit": "CONSULT",
    "consultation": "CONSULT", "conference": "CONSULT", "call": "CONSULT",
    "invitation": "REQUEST", "request": "REQUEST", "demand": "REQUEST", "appeal": "REQUEST", "insistence": "REQUEST",
    "approach": "REQUEST",
    "allegation": "ACCUSE", "accusation": "ACCUSE", "criticism": "ACCUSE", "condemnation": "ACCUSE",
    "agreement": "AGREE", "commitment": "AGREE", "deal": "AGREE", "acceptance": "AGREE", "pledge": "AGREE",
    "support": "SUPPORT", "endorsement": "SUPPORT",
    "rejection": "REJECT", "refusal": "REJECT", "veto": "REJECT",
    "threat": "THREATEN", "ultimatum": "THREATEN", "warning": "THREATEN",
    "protest": "PROTEST", "demonstration": "PROTEST", "boycott": "PROTEST",
    "sanction": "SANCTION", "embargo": "SANCTION",
    "deployment": "MOBILIZE", "withdrawal": "RETREAT", "retreat": "RETREAT",
    "aid": "AID", "assistance": "AID", "participation": "COOPERATE", "cooperation": "COOPERATE",
    "arrest": "COERCE", "crackdown": "COERCE", "detention": "COERCE",
}

# Verbs that carry an event noun as object or complement without adding meaning of their own.
LIGHT_VERBS = frozenset({"launch", "hold", "lead", "conduct", "stage", "make", "issue", "extend", "take", "carry",
                         "be", "have", "reach", "announce", "mount", "begin", "continue", "resume", "impose",
                         "confirm", "give", "deliver", "express", "voice", "level", "file"})

# Object nouns that turn a generic verb into aid rather than troop movement ("send aid").
AID_OBJECTS = frozenset({"aid", "assistance", "food", "supplies", "medicine", "funds", "money", "relief", "help"})

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
                                  "back", "endorse"})

# Agreement verbs whose negation news coding reads as a rejection ("does not accept the decision").
NEGATED_AS_REJECT = frozenset({"accept", "approve", "support", "endorse", "back", "recognize", "recognise",
                               "welcome"})

# Verbs that only name an event with an object or in the passive: "presented a plan", "hosted
# talks", but not "officials present" or "troops train".
NEEDS_OBJECT = frozenset({"present", "host", "back", "target", "approach", "station", "train", "press", "charge",
                          "brief", "fund", "supply", "provide", "shell"})
