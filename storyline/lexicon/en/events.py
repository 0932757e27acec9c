"""English word lists of the event rules (storyline/extract/events/): the grammar around trigger
words, the words that colour an event's modality, and the arguments that choose a trigger's sense.

Trigger words are generated from WordNet (scripts/make_event_lexicon.py, events_lexicon.tsv here);
the word lists here are the grammar around them (light verbs, reporting verbs, pass-through verbs),
general English words, none taken from a particular article.
"""
from __future__ import annotations

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

# Heads of subjects that act in the news without being named entities; a subject headed by any
# other common noun ("the plan", "the decision") is not an actor.
AGENT_NOUNS = frozenset({"army", "military", "force", "forces", "troops", "soldier", "government", "official",
                         "ministry", "police", "rebel", "militant", "fighter", "group", "leader", "president",
                         "minister", "country", "nation", "parliament", "administration", "regime", "authority",
                         "delegation", "negotiator", "side", "coalition", "alliance", "party", "court", "envoy",
                         "spokesperson", "spokesman", "chief", "commander", "member", "state", "team", "committee",
                         "council", "board", "militia", "paramilitary", "opposition", "lawmaker", "cabinet"})

# Nouns that name one act when an entity owns them ("the regime's allegation", "his meeting
# with"); others ("Pakistan's participation", "its support") name standing states, not events.
OWNED_EVENT_NOUNS = frozenset({"allegation", "accusation", "criticism", "condemnation", "invitation", "request",
                               "demand", "appeal", "insistence", "meeting", "visit", "talk", "attack", "assault",
                               "offensive", "invasion", "rejection", "refusal", "veto", "withdrawal", "threat",
                               "ultimatum", "crackdown", "arrest", "endorsement", "pledge", "sanction",
                               "inquiry", "investigation", "probe", "lawsuit", "layoff", "raid", "strike", "protest",
                               "ban", "boycott", "rescue", "deportation", "detention", "bombing", "shooting",
                               "kidnapping", "ceasefire", "truce", "scrutiny", "indictment", "prosecution"})

# Verbs that say an event took place, with the event noun as subject: "clashes erupted",
# "talks resumed", "protests spread".
OCCURRENCE_VERBS = frozenset({"erupt", "break", "occur", "happen", "continue", "resume", "spread", "escalate",
                              "intensify", "begin", "start", "end", "stall", "collapse", "take", "follow", "rage",
                              "flare", "turn", "proceed"})

# Modality (extract/events/modality.py): words that make an event possible, expected or planned.
POSSIBLE_WORDS = frozenset({"may", "might", "could", "can", "possible", "possibly", "potential", "potentially",
                            "perhaps", "consider", "weigh", "mull", "explore", "fear", "interest", "if", "unless",
                            "whether", "finalise", "finalize", "conditional"})
EXPECTED_WORDS = frozenset({"will", "shall", "'ll", "’ll", "would", "wo", "expect", "schedule", "plan", "intend",
                            "likely", "due", "poised", "set", "aim", "inclined", "slate", "upcoming", "planned"})
# Participles that mark a nominal event as planned: "the proposed talks", "a scheduled visit".
PLANNED = frozenset({"planned", "proposed", "scheduled", "upcoming", "expected", "intended", "impending",
                     "forthcoming", "promised", "pledged"})

# Sense choice (extract/events/senses.py): the arguments that pick a trigger's reading.
# Words that mark a labour or protest strike: who strikes, or what kind of strike it is.
LABOUR = frozenset({"worker", "teacher", "union", "employee", "staff", "nurse", "doctor", "driver", "miner",
                    "hunger", "general", "labour", "labor", "wage", "pay", "student", "pilot", "dockworker",
                    "walkout", "picket", "rail", "postal", "public-sector", "national"})
ARMED = frozenset({"army", "military", "force", "troop", "jet", "drone", "missile", "aircraft", "plane", "rebel",
                   "militant", "navy", "warship", "artillery", "soldier", "fighter", "bomber"})
PLACE_NOUNS = frozenset({"city", "town", "village", "territory", "area", "region", "base", "airport", "capital",
                         "province", "district", "border", "hill", "port", "bridge", "position", "outpost",
                         "camp", "stronghold", "enclave", "strip", "island", "land"})
PEOPLE = frozenset({"he", "she", "him", "her", "they", "them", "hostage", "prisoner", "detainee", "captive",
                    "inmate", "national", "citizen", "soldier", "journalist", "activist", "man", "woman", "child",
                    "people", "person", "worker", "employee", "officer", "sergeant", "chief", "coach", "manager",
                    "director", "executive", "official", "member", "player", "staff", "teacher", "student"})
# Verbs of giving in when their object is another party's demand: "agreed to Beijing's demands".
GIVING_IN = frozenset({"agree", "accept", "accede", "bow", "yield", "submit", "consent", "meet", "heed"})
DEMANDS = frozenset({"demand", "condition", "term", "ultimatum", "pressure", "call"})
# Verbs of choosing; a cooperation when what is chosen is a firm or an organisation.
SELECTING = frozenset({"select", "choose", "pick", "tap", "hire", "enlist", "shortlist", "retain", "pay"})
FIRMS = frozenset({"company", "firm", "contractor", "subcontractor", "supplier", "vendor", "bidder", "finalist",
                   "startup", "consortium", "partner", "provider", "manufacturer", "builder", "developer",
                   "agency", "organisation", "organization", "bank", "operator", "carrier", "maker"})
SENDING = frozenset({"send", "dispatch", "move", "rush", "fly", "ship"})
FORCES = ARMED | {"police", "officer", "unit", "battalion", "brigade", "division", "personnel", "reinforcement",
                  "ship", "vessel", "tank", "guard", "marine", "peacekeeper", "squad", "contingent"}
# Papers whose signing states a view rather than binds the signer to another party.
SIGNED_PAPERS = frozenset({"letter", "petition", "statement", "autograph", "book", "card", "copy", "op-ed",
                           "column"})
WEAPONS = frozenset({"shot", "round", "gun", "weapon", "missile", "rocket", "teargas", "gas", "bullet", "shell",
                     "cannon", "salvo", "volley", "artillery", "warning"})
