"""English word lists of the entity rules (storyline/extract/entities/): titles and roles before
names, the closing words of organisation, law and facility names, newspaper names, and the small
words and page labels that are not part of a name. Each list says how it was chosen.
"""
from __future__ import annotations

# Nouns that head a role phrase. Chosen from the positions news names most often: government,
# military, diplomatic, party, company and expert roles; any of them may also be written capitalised.
ROLE_NOUNS = frozenset("""
chief spokesperson spokesman spokeswoman adviser advisor commander envoy minister president leader
analyst director head official secretary ambassador general chairman chair chairwoman governor mayor
senator sen. lawmaker mp negotiator representative counterpart correspondent editor founder ceo premier
king queen prince princess emir sultan sheikh fellow professor researcher expert scholar diplomat officer
colonel captain judge justice prosecutor attorney lawyer member coordinator strategist economist candidate
marshal admiral lieutenant brigadier commissioner chancellor speaker vice-president director-general
pope cardinal imam cleric monarch ruler dictator commandant inspector superintendent administrator
executive manager journalist reporter author activist initiator son-in-law adviser-general
scientist physician doctor surgeon nurse psychiatrist teacher principal host pundit boss coach player
shareholder investor partner owner co-founder cofounder meteorologist engineer astronaut astronomer
economist spokesman attorney-general suspect defendant victim deportee signatory architect designer
""".split())

# Words that make up a capitalised title before a name (with ROLE_NOUNS): "Prime Minister",
# "Field Marshal", "Lt. General", "Special Envoy", "Foreign Minister".
TITLE_MODIFIERS = frozenset("""
prime field lt. lt gen. gen maj. maj col. col brig. brig major special foreign defence defense interior
finance home state army air naval crown supreme grand vice deputy acting interim chief senior first
mr mr. mrs mrs. ms ms. dr dr. rep. gov. rev. sir dame lord lady president-elect
""".split())

# Honorifics: part of the surface form ("Mr Trump") but not a role worth keeping.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady"})

# Words that may open a role phrase though lower-case and not role nouns.
ROLE_OPENERS = frozenset({"former", "acting", "interim", "deputy", "then", "ex", "senior", "top", "chief", "vice"})

# Nouns too general to be a role ("the entity", "a man"): an apposition headed by one describes
# nothing the entity is known by.
GENERIC_NOUNS = frozenset({"entity", "thing", "one", "person", "people", "man", "woman", "someone", "something",
                           "way", "time", "part", "case", "kind", "lot"})

# Closing words of a name, by type: chosen from the organisation, law and facility names of news.
ORG_TAILS = frozenset("""ministry council forces force party news times agency army navy committee commission court
parliament assembly bank university institute organization organisation union front movement office department
authority corporation company group post press radio tv television network foundation association federation
league board service services guard brigade brigades police command government cabinet senate congress club
fc inc inc. corp corp. co co. ltd ltd. llc plc systems holdings airline airlines airways technologies robotics
aerospace laboratories labs motors industries partners united""".split())
LAW_TAILS = frozenset({"agreement", "accord", "accords", "treaty", "plan", "act", "charter", "convention", "protocol",
                       "amendment", "constitution"})
FAC_TAILS = frozenset({"hospital", "airport", "stadium", "bridge", "prison", "mosque", "church", "hotel", "palace",
                       "crossing", "dam", "statehouse", "capitol", "observatory"})

# A compass word opening a place the model typed as one: "West Bank" is no bank.
COMPASS = frozenset({"west", "east", "north", "south", "northern", "southern", "eastern", "western", "upper", "lower"})

# Words that end an organisation's name ("... Council", "... Ministry") and after which a personal
# name may follow. Narrower than ORG_TAILS on purpose: with "services", "news" or
# "group" in it, "Inter-Services Public Relations" split into "Inter-Services" and a person
# "Public Relations" (dev alias merge 0.793 -> 0.785 when the lists were one).
ORG_HEADS = frozenset("""council committee commission ministry agency court assembly authority office bureau
directorate forces front party movement union fund bank institute foundation service department
parliament secretariat tribunal""".split())

# Generic words closing an organisation's name that news often drops: "Meridian" for "Meridian News".
GENERIC_TAILS = frozenset({"news", "group", "inc", "corp", "corporation", "company", "co", "ltd", "plc", "network",
                           "media", "party", "movement"})

# Newspapers are named again by their last word alone ("the Times", "the Post"): the usual nouns
# of English newspaper titles.
PAPER_NAMES = frozenset({"times", "post", "journal", "herald", "tribune", "guardian", "telegraph", "chronicle",
                         "gazette", "globe", "star", "sun", "mirror", "express", "independent", "observer",
                         "examiner", "inquirer", "courier", "standard", "mail", "record", "leader"})

# Words left out of initials: function words, and the legal-form suffixes that acronyms drop
# ("Pacific Gas & Electric Co." is PG&E).
SKIPPED_IN_INITIALS = frozenset({"of", "for", "and", "the", "on", "in", "to", "de", "al", "e", "&", "co", "co.", "inc", "inc.",
                      "corp", "corp.", "ltd", "ltd.", "llc", "plc"})

# Words that open a club's name before the place it is named after: "FC Porto" is "Porto".
CLUB_PREFIXES = frozenset({"fc", "ac", "afc", "sc", "cf", "as", "ss", "real", "sporting"})

# Capitalised labels that open a line like a dateline but are layout: "WATCH:", "UPDATE:".
LAYOUT_LABELS = frozenset("""watch update updated exclusive breaking live analysis opinion video photos photo read
more also note editor correction advertisement related listen explainer comment""".split())

# Small words a title-case headline leaves in lower case.
MINOR_WORDS = frozenset("a an the of in on at to for and or but by with from as is are amid over after vs via "
                        "into than up out off per its his her their".split())

# Planets and moons (LOC for the annotation guide): the Sun, the Moon, the IAU's planets and dwarf
# planets, and the moons of more than 1,000 km across (extract/entities/sky.py).
SKY = frozenset("""Sun Moon Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres Eris Haumea Makemake
Io Europa Ganymede Callisto Titan Rhea Iapetus Dione Tethys Enceladus Titania Oberon Umbriel Ariel Triton Charon""".split())

# Social networks and messaging services most cited by news: organisations (extract/entities/platforms.py).
PLATFORMS = ("Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Weibo", "WeChat", "Telegram",
             "Reddit", "LinkedIn", "Snapchat", "Pinterest")

# Class nouns that introduce an organisation's name ("the journal Nature Astronomy", "a group
# Doctors for ..."), read from how news introduces bodies (extract/entities/named_groups.py).
CLASS_NOUNS = ("group", "organization", "organisation", "coalition", "charity", "nonprofit", "non-profit",
               "association", "alliance", "journal", "company", "firm", "startup", "start-up", "newspaper",
               "magazine", "website", "broadcaster")

# Weekdays and months: they end a name ("the journal Nature Astronomy on Monday").
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                           "may june july august september october november december".split())

# Legal forms (and generational suffixes) that follow a name after a comma and belong to it:
# "Vantor Systems, Inc.", "Patrick Marrow, Jr." (extract/entities/commas.py).
LEGAL_FORMS_AFTER_COMMA = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "co", "co.", "plc", "lp",
                                     "llp", "sa", "s.a.", "ag", "nv", "n.v.", "gmbh", "limited", "incorporated",
                                     "jr", "jr.", "sr", "sr."})

# Words that may stand lower-case inside a name in a list line ("Bank of England", "Johnson & Johnson").
NAME_JOINERS = frozenset({"of", "and", "&", "de", "del", "la", "le", "van", "von", "al", "the", "for"})
