"""English word lists of the attribution grammar (storyline/extract/attributions/): reporting
cues, the heads of source phrases, relay anchors and the labels that are not headline speech.

The lists were drawn from the annotation guide's examples, the reporting verbs of wire style
guides (Reuters, AP) and the source phrases usual in news; none names a particular article.
"""
from __future__ import annotations

# Verbs whose clausal complement (ccomp) is a claim of their subject. Not "agree", "charge",
# "expect", "hope": commitments and plans, not statements ("Trump agrees to the demands"); none
# of the 58 gold articles has them as a cue, and dropping them raised attribution F1 on both sets.
CUE_LEMMAS = frozenset({
    "say", "tell", "note", "add", "warn", "claim", "stress", "believe", "deny", "confirm", "announce",
    "state", "insist", "argue", "report", "indicate", "acknowledge", "explain", "emphasize", "emphasise",
    "suggest", "write", "reiterate", "assert", "maintain", "allege", "declare", "reveal", "disclose",
    "admit", "predict", "estimate", "think", "concede", "clarify", "mention", "remark", "observe",
    "affirm", "contend", "signal", "tweet", "post", "caution", "underline", "underscore", "highlight",
    "promise", "pledge", "vow", "recall", "point", "hint", "complain", "testify", "assure",
    "inform", "brief", "reply", "respond", "answer", "conclude", "fear",
    "envision", "envisage", "forecast", "urge", "accuse", "stipulate", "propose", "specify", "show",
    "find", "recommend",
})
# Cues that also take a noun phrase as the claim ("Estmark announced its withdrawal").
NP_CUE_LEMMAS = frozenset({
    "announce", "confirm", "deny", "claim", "declare", "condemn", "reject", "welcome", "criticize",
    "criticise", "denounce", "report", "envision", "envisage", "acknowledge", "promise", "pledge",
})
# Cues that need a clause, never a bare object: "show" and "expect" take objects in narration too.
CLAUSE_ONLY = frozenset({"show", "fear", "point", "signal", "urge", "accuse", "find", "recommend",
                         "propose", "specify", "brief", "inform", "answer", "reply", "respond"})
# Verbs that report a finding only when a document finds or the finding is a "that" clause:
# "the study found fasting raised the risk", but "police found her in a basket".
FINDING_LEMMAS = frozenset({"find"})
# Verbs whose object is the listener, which may be an outlet that relays the claim.
LISTENER_LEMMAS = frozenset({"tell", "inform", "brief", "assure"})

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_THING = frozenset({"it"})
PRONOUNS_PLURAL = frozenset({"they", "them"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})

# Heads of unnamed sources: the guide keeps the text's own phrase ("three government sources").
ANONYMOUS_HEADS = frozenset({
    "source", "official", "diplomat", "aide", "person", "people", "analyst", "expert", "insider",
    "observer", "witness", "investigator", "interlocutor", "commentator", "critic",
    "negotiator", "spokesperson", "spokesman", "spokeswoman", "staffer", "adviser", "advisor",
    "member", "lawmaker", "legislator", "officer", "commander", "soldier", "activist", "testimony",
    "someone", "participant", "academic", "scholar", "economist", "researcher", "worker",
    # people of every kind of news, not only politics: health, crime, business, science, sport, local
    "doctor", "physician", "nurse", "surgeon", "patient", "man", "woman", "boy", "girl", "lawyer",
    "attorney", "teacher", "student", "parent", "mother", "father", "son", "daughter", "wife",
    "husband", "victim", "survivor", "scientist", "astronomer", "engineer", "executive", "employee",
    "user", "commenter", "neighbour", "neighbor", "friend", "relative", "owner", "farmer", "fan",
    "player", "coach", "manager", "driver", "pilot", "passenger", "shopper", "trader", "investor",
    "banker", "consultant", "specialist", "professional", "physicist", "biologist", "epidemiologist",
    "deportee", "migrant", "refugee", "hostage", "suspect", "defendant", "plaintiff", "complainant",
    "organiser", "organizer", "representative", "volunteer", "director", "author", "writer",
})
# Unnamed people who speak for the state: the annotation guide gives police, prosecutors and
# courts the government kind.
STATE_PEOPLE = frozenset({"officer", "police", "policeman", "policewoman", "prosecutor", "trooper", "sheriff",
                          "detective", "inspector", "judge", "court", "coroner"})
# Heads that name a government body rather than a private organisation.
GOVERNMENT_HEADS = frozenset({
    "government", "ministry", "administration", "authority", "authorities", "office", "cabinet",
    "presidency", "kremlin", "department", "embassy", "parliament", "army", "military", "police",
    "junta", "council", "state", "regime", "secretariat", "commission", "senate", "congress",
    "house",
})
# Words in an organisation's name that mark it as a news outlet or agency.
MEDIA_WORDS = frozenset({
    "news", "times", "post", "tv", "television", "radio", "newspaper", "press", "media", "journal",
    "daily", "tribune", "gazette", "herald", "telegraph", "guardian", "chronicle", "broadcasting",
    "broadcaster", "channel", "magazine", "outlet", "wire", "reuters", "afp", "ap", "bloomberg", "xinhua",
    "tass", "ria", "anadolu", "bbc", "cnn", "nbc", "cbs", "abc", "axios", "politico", "dawn",
    "al jazeera", "ynet", "kan", "network", "agence", "associated", "npr", "pbs", "cnbc", "msnbc",
})
# Heads of source phrases that are themselves media ("Israeli media", "local reports").
MEDIA_HEADS = frozenset({"media", "report", "reports", "newspaper", "outlet", "daily", "broadcaster",
                         "press", "channel", "network"})
DOCUMENT_HEADS = frozenset({
    "statement", "charter", "document", "memo", "letter", "communique", "communiqué", "plan", "draft",
    "resolution", "agreement", "proposal", "declaration", "text", "framework", "order", "decree",
    "report", "study", "assessment", "filing", "complaint", "indictment", "ruling", "note", "bill",
    "law", "treaty", "accord", "deal", "manifesto", "release", "post", "message", "transcript",
})
PUBLIC_HEADS = frozenset({"poll", "survey", "public", "voter", "respondent", "majority", "citizen", "resident",
                          "customer", "protester", "protestor", "demonstrator", "population", "many"})
# Titles of a person: a definite "the minister" refers back to someone already named.
ROLE_HEADS = frozenset({
    "minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
    "general", "chief", "secretary", "envoy", "ambassador", "diplomat", "leader", "commander",
    "official", "head", "director", "governor", "mayor", "king", "queen", "prince", "senator",
    "lawmaker", "prosecutor", "judge", "adviser", "advisor", "negotiator", "founder", "ceo",
    "chairman", "chairwoman", "chair", "marshal", "colonel", "admiral", "analyst", "expert",
    "professor", "fellow", "representative", "deputy", "aide", "sheikh", "emir", "pope", "cleric",
})
# Common nouns by which news refers back to an organisation it has named: "the utility said",
# "the company said" (the usual second reference of wire style to a firm, agency or club).
ORG_DESCRIPTIONS = frozenset({
    "company", "firm", "utility", "agency", "group", "airline", "carrier", "club", "team", "bank", "lender",
    "insurer", "retailer", "carmaker", "automaker", "manufacturer", "maker", "startup", "university",
    "hospital", "charity", "organisation", "organization", "union", "giant", "conglomerate", "operator",
    "provider", "developer", "publisher", "institute", "foundation", "association", "nonprofit", "chain",
})
# Common nouns by which news refers back to a person it has named: "the 56-year-old said".
PERSON_DESCRIPTIONS = frozenset({"old", "boss", "veteran", "star"})
# Figures someone compiled: "according to data from Halvex", "the researchers' calculations".
FIGURE_HEADS = frozenset({"data", "datum", "figure", "figures", "statistic", "statistics", "calculation", "estimate", "count",
                          "tally", "analysis", "record", "records", "number", "numbers", "projection", "model"})

# Passives that hide an unnamed source ("is said to", "was reported"); "is expected to" does not.
PASSIVE_CUES = frozenset({"say", "report", "believe", "claim", "allege", "rumour", "rumor", "understand", "think"})

# Verbs of speaking whose subject speaks whatever noun it is ("Health bosses said").
SPEECH_LEMMAS = frozenset({"say", "tell"})

# Verbs whose object is told to do something: the instruction is reported speech.
INSTRUCTION_LEMMAS = frozenset({"tell", "warn", "urge", "advise", "order", "instruct"})

# Verbs that give their subject's judgement of an object with "as" or a bare complement.
VERDICT_LEMMAS = frozenset({"describe", "call", "hail", "tout", "label", "brand", "term", "characterize",
                            "characterise", "dub", "praise", "condemn", "denounce", "decry", "slam"})

# Verbs whose object is the reason or ground the subject gives: "citing security concerns".
GROUND_LEMMAS = frozenset({"cite"})

# Words a relaying outlet hangs on: "in an interview with", "told", "reported in", "cited by".
RELAY_ANCHORS = frozenset({
    "interview", "speak", "talk", "tell", "report", "publish", "broadcast", "cite", "quote", "write",
    "air", "appear", "say", "comment", "remark", "newspaper", "show", "programme", "program", "podcast", "accord",
    "email", "e-mail", "statement", "letter", "message", "send", "leak",
})

# Common nouns that stand for an outlet when a proper name modifies them ("the Dawn newspaper").
OUTLET_NOUNS = frozenset({"newspaper", "daily", "channel", "show", "programme", "program", "broadcaster",
                          "website", "outlet", "podcast", "network", "agency", "tv", "television"})

# Labels that look like "Name: text" but introduce navigation or formats.
HEADLINE_LABELS = frozenset({
    "read", "watch", "also", "more", "update", "updated", "photo", "video", "breaking", "live", "exclusive",
    "opinion", "analysis", "editorial", "listen", "see", "related", "source", "by", "date", "getty", "image",
    "images", "credit", "credits", "photograph", "photos", "picture", "pictures", "caption", "illustration",
    "graphic", "file", "main", "email", "twitter", "facebook", "instagram", "follow",
})

# The word that says an unnamed speaker's body is a company without naming it ("a company
# spokesperson"), and the unnamed people who speak for their body rather than only belong to it
# ("NASA's scientists" are unnamed people): extract/attributions/owners.py.
COMPANY_WORDS = frozenset({"company", "firm", "corporation", "utility", "airline", "carrier", "bank", "group"})
SPEAKING_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "executive"})
