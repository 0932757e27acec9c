"""French quotes and reported speech: « guillemets » with a speech verb, "X a déclaré que …", "selon X, …".

Found by patterns over the text (French news marks direct speech with guillemets and puts the
speaker in an incise after it: « … », a déclaré le ministre), the speaker resolved to an entity of
the article when its name is one.
"""
from __future__ import annotations

import re

from storyline.extract.spans import span_of
from storyline.lexicon.fr.attributions import SPEECH_VERBS
from storyline.models import Attribution, LocalEntity, Source

_VERB = "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True))
_QUOTE = r"«\s*(?P<content>[^«»]{2,2000}?)\s*»"
# A speaker: a name or a noun phrase of a few words, stopping at punctuation.
_WHO = r"(?P<who>[^\s,.;:!?«»()][^,.;:!?«»()\n]{0,80}?)"
_SENTENCE_END = r"(?=[.;!?\n]|$)"
_PATTERNS = (
    # « … », a déclaré Jean Dubreuil. / « … », déclare le ministre. / « … », a-t-il déclaré.
    re.compile(rf"{_QUOTE}\s*,?\s*(?P<cue>(?:a\s+|ont\s+)?(?:{_VERB}))\s+{_WHO}{_SENTENCE_END}"),
    re.compile(rf"{_QUOTE}\s*,?\s*(?P<cue>(?:a|ont)-t-(?P<pron>il|elle|ils|elles)\s+(?:{_VERB}))"),
    # « … », selon Jean Dubreuil.
    re.compile(rf"{_QUOTE}\s*,?\s*(?P<cue>selon|d['’]après)\s+{_WHO}{_SENTENCE_END}", re.IGNORECASE),
    # Jean Dubreuil a déclaré : « … » / … a déclaré que … (indirect)
    # (the speaker may carry an apposition: "Marie Lenoir, porte-parole du gouvernement, a affirmé
    # que"; a few words of place or time may stand between the verb and "que")
    re.compile(rf"(?:^|(?<=[.!?»]\s)|(?<=\n)){_WHO}(?:,[^,.;:!?«»\n]{{1,80}},)?\s+(?P<cue>(?:a|ont)\s+(?:{_VERB}))"
               rf"\s*(?::\s*{_QUOTE}|(?:\s+[^.!?\n«»:]{{1,60}}?)?\s+que\s+(?P<indirect>[^.!?\n]{{3,1000}}))"),
    # Selon Jean Dubreuil, … / D'après l'agence, …
    re.compile(rf"(?:^|(?<=[.!?»]\s)|(?<=\n))(?P<cue>Selon|D['’]après)\s+{_WHO},\s*(?P<indirect>[^.!?\n]{{3,1000}})"),
)
_ANONYMOUS = re.compile(r"\b(?:source|sources|responsable|proche|expert|observateur)s?\b", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:agence|journal|quotidien|hebdomadaire|chaîne|radio|presse)\b", re.IGNORECASE)
_GOVERNMENT = re.compile(r"\b(?:gouvernement|ministère|ministre|présidence|préfecture|mairie|élysée)\b", re.IGNORECASE)
_PRONOUNS = {"il", "elle", "ils", "elles"}


def extract_french_quotes(text: str, entities: tuple[LocalEntity, ...]) -> tuple[Attribution, ...]:
    out: dict[tuple[int, int], Attribution] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            group = "content" if "content" in pattern.groupindex and m.group("content") else "indirect"
            content = span_of(text, m.start(group), m.end(group))
            if (content.start, content.end) in out or not content.text:
                continue
            source = _source(text, m, entities)
            if source is None:
                continue
            cue = span_of(text, m.start("cue"), m.end("cue"))
            out[(content.start, content.end)] = Attribution(source=source, via=(), cue=cue, content=content,
                                                            direct=group == "content")
    return tuple(sorted(out.values(), key=lambda a: a.content.start))


def _source(text: str, m: re.Match[str], entities: tuple[LocalEntity, ...]) -> Source | None:
    if "pron" in m.re.groupindex and m.group("pron"):
        person = _last_person_before(m.start(), entities)
        return Source(name=person.name, kind="person", entity=person.key) if person else None
    who = span_of(text, m.start("who"), m.end("who"))
    if not who.text or who.text.lower() in _PRONOUNS:
        person = _last_person_before(m.start(), entities) if who.text else None
        return Source(name=person.name, kind="person", entity=person.key) if person else None
    entity = next((e for e in entities for s in e.mentions if s.start < who.end and who.start < s.end), None)
    if entity is not None:
        kind = "person" if entity.type == "PERSON" else _kind(entity.name, "organization")
        return Source(name=entity.name, kind=kind, entity=entity.key)
    return Source(name=who.text, kind=_kind(who.text, "person"))


def _kind(name: str, default: str) -> str:
    if _GOVERNMENT.search(name):
        return "government"
    if _MEDIA.search(name):
        return "media"
    if _ANONYMOUS.search(name):
        return "anonymous"
    return default


def _last_person_before(char: int, entities: tuple[LocalEntity, ...]) -> LocalEntity | None:
    best: tuple[int, LocalEntity] | None = None
    for e in entities:
        if e.type != "PERSON":
            continue
        starts = [s.start for s in e.mentions if s.start < char]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), e)
    return best[1] if best else None
