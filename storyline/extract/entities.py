"""Entity mentions within one article, grouped into local referents with their roles."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from storyline.models import ENTITY_TYPES, Article, LocalEntity, Span

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# Title words that spaCy often leaves inside a PERSON span ("President Donald Trump").
TITLE_WORDS = {
    "president", "prime", "minister", "field", "marshal", "general", "gen.", "lt.", "lieutenant",
    "chief", "secretary", "spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador",
    "king", "queen", "prince", "sheikh", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "senator", "sen.", "rep.", "governor", "gov.", "mayor", "colonel", "col.", "major", "admiral",
    "commander", "director", "foreign", "defence", "defense", "army", "deputy", "vice", "pm",
}


def extract_entities(article: Article, doc: Doc) -> tuple[LocalEntity, ...]:
    text = article.text
    found: list[tuple[Span, str, list[str]]] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        lead = _LEADING.match(surface)
        if lead:
            start += lead.end()
        poss = _POSSESSIVE.search(text[start:end])
        if poss:
            end -= len(poss.group(0))
        roles: list[str] = []
        if ent.label_ == "PERSON":
            start, role = _split_title(text, start, end)
            if role:
                roles.append(role)
        if end - start < 2:
            continue
        found.append((Span(start, end, text[start:end]), ent.label_, roles))
    return _group_mentions(found)


def _split_title(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Move leading title words out of a PERSON span: they are the role, not the name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = 0
    while cut < len(words) - 1 and words[cut].group(0).lower() in TITLE_WORDS:
        cut += 1
    if cut == 0:
        return start, None
    role = text[start + words[0].start(): start + words[cut - 1].end()]
    return start + words[cut].start(), role


def _group_mentions(found: list[tuple[Span, str, list[str]]]) -> tuple[LocalEntity, ...]:
    """One LocalEntity per referent: exact names, and a surname after the full personal name."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for span, label, _ in found:
        votes[_norm(span.text)][label] += 1
    full_names = {k for k, c in votes.items() if c.most_common(1)[0][0] == "PERSON" and " " in k}
    def key_of(name: str) -> str:
        if " " not in name:
            for full in sorted(full_names):
                if full.split()[-1] == name:
                    return full
        return name
    groups: dict[str, list[tuple[Span, str, list[str]]]] = defaultdict(list)
    for item in found:
        groups[key_of(_norm(item[0].text))].append(item)
    out = []
    for key, items in groups.items():
        label_votes: Counter = Counter()
        for k in {_norm(s.text) for s, _, _ in items}:
            label_votes.update(votes[k])
        label = label_votes.most_common(1)[0][0]
        name = max((s.text for s, _, _ in items), key=len)
        roles = tuple(dict.fromkeys(r for _, _, rs in items for r in rs))
        out.append(LocalEntity(key=key, name=name, type=label, mentions=tuple(s for s, _, _ in items), roles=roles))
    return tuple(out)


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower()
