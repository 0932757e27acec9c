"""A fictional news stream for the scale benchmark: annotated articles generated from templates.

Every name is made up from syllables; every sentence comes from a template. Each article comes
with the layers the per-article stages would give it, built while the text is written (so every
span points at its text), and with what the collection stages should conclude: the story it
belongs to (its storyline), the canonical entity of each local entity, and, for a wire copy,
the article it copies. Storylines run over days, overlap, and share countries and officials, so
story grouping and entity resolution have real work to do.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from storyline.models import (
    AnnotatedArticle,
    Article,
    Attribution,
    Entity,
    Event,
    Layers,
    LocalEntity,
    Ref,
    Source,
    Span,
    TimeExpression,
)
from storyline.resolve.duplicates import fingerprint

_LEFT = "Val Est Cor Mer Tal Oren Bri Kes Lun Drav Sel Quen Varn Ist Pel Rus Zan Hol Mar Ost Tev Ard Bel Cas".split()
_RIGHT = "doria mark vania idia lis land savia tria holm terra andor keva tia mora rena quay ovia essa".split()
_GIVEN = ("Ilse Mira Tomas Lena Arno Sanne Piet Oda Rasmus Yelka Bruno Talia Emer Kasimir Noor Idris Vesna Halvard "
          "Aurel Signe Matteo Liv Oskar Petra Janek Ines Corin Dalia Feliks Greta").split()
_SUR_LEFT = "Mar Cas Or Vos Hal Brenn Dor Kell Lind Mor Quill Rask Sorr Tann Varr Wend Ash Bex Crane Dunn".split()
_SUR_RIGHT = "row tell rin k ström ven ley mont ard wick holt sen by ford".split()
_OUTLETS = ["Meridian 24", "The Harbour Ledger", "Northgate Wire", "Daily Lantern", "Atlas Press", "Coastline Radio"]
_ROLES = ["foreign minister", "trade minister", "union leader", "spokeswoman", "general", "mayor", "central bank governor"]
_TOPICS = [  # (headline noun, what happened, PLOVER action)
    ("troops", "send troops to the border mission", "MOBILIZE"),
    ("strike", "end the dockworkers' strike", "PROTEST"),
    ("trade talks", "resume trade talks", "CONSULT"),
    ("sanctions", "impose sanctions on grain exports", "SANCTION"),
    ("flood aid", "deliver flood aid to the river towns", "AID"),
    ("election", "hold an early election", "AGREE"),
    ("pipeline", "halt work on the gas pipeline", "RETREAT"),
    ("treaty", "sign the water treaty", "AGREE"),
]
_FILLER = [
    "Officials described the {a} as {b} and said further {c} would follow.",
    "The {a} drew {b} criticism from {c} groups in the capital.",
    "Analysts expect the {a} to weigh on {b} markets through the {c} season.",
    "Residents reported {b} queues outside the {a} offices on {c} streets.",
    "A {b} report on the {a} is due before the {c} recess.",
]
_WORDS = ("budget harbour grain ferry council tariff reservoir railway quota census rally convoy permit "
          "bridge mining fishery subsidy audit summit ceasefire turbine").split()
_ADJS = "sharp modest fierce quiet growing renewed cautious broad unusual lengthy early".split()
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# A storyline's length in articles: geometric with this mean (most stories are short, a few run long).
MEAN_STORY_ARTICLES = 12
# Share of articles that are wire copies of an earlier article of their storyline.
COPY_SHARE = 0.05
ARTICLES_PER_DAY = 60


@dataclass(frozen=True)
class Generated:
    annotated: AnnotatedArticle
    story: str  # the storyline's id: what story grouping should conclude
    links: dict[str, Entity]  # local key -> canonical entity
    copy_of: str | None


@dataclass
class _Storyline:
    ident: str
    countries: tuple[str, str]
    people: tuple[tuple[str, str], tuple[str, str]]  # (name, role)
    city: str
    topic: tuple[str, str, str]
    remaining: int
    published: list[Generated] = field(default_factory=list)


class _Writer:
    """Builds one text while recording the span of every name written into it."""

    def __init__(self) -> None:
        self.text = ""
        self.mentions: dict[tuple[str, str], list[Span]] = {}

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text), piece)

    def name(self, name: str, etype: str) -> Span:
        span = self.add(name)
        self.mentions.setdefault((name, etype), []).append(span)
        return span


def stream(seed: int = 7, start: date = date(2031, 1, 1)) -> Iterator[Generated]:
    """An endless stream of articles in publication order, the same for the same seed."""
    rng = random.Random(seed)
    active: list[_Storyline] = []
    day, count = 0, 0
    while True:
        for _ in range(ARTICLES_PER_DAY):
            if not active or rng.random() < 1 / MEAN_STORY_ARTICLES:
                active.append(_new_storyline(rng, count))
            line = rng.choice(active[-40:])  # recent storylines get the coverage
            count += 1
            yield _article(rng, line, f"syn-{count:07d}", start + timedelta(days=day))
            line.remaining -= 1
            if line.remaining <= 0:
                active.remove(line)
        day += 1


def _new_storyline(rng: random.Random, n: int) -> _Storyline:
    a, b = rng.sample([le + ri for le in _LEFT for ri in _RIGHT], 2)
    people = tuple((f"{rng.choice(_GIVEN)} {rng.choice(_SUR_LEFT)}{rng.choice(_SUR_RIGHT)}", rng.choice(_ROLES))
                   for _ in range(2))
    city = rng.choice(_LEFT) + rng.choice(["port", "ford", "bury", "gate", "haven"])
    return _Storyline(ident=f"line-{n}", countries=(a, b), people=people, city=city,  # type: ignore[arg-type]
                      topic=rng.choice(_TOPICS), remaining=max(1, int(rng.expovariate(1 / MEAN_STORY_ARTICLES))))


def _article(rng: random.Random, line: _Storyline, ident: str, day: date) -> Generated:
    if line.published and rng.random() < COPY_SHARE:
        original = rng.choice(line.published)
        article = original.annotated.article
        copy = AnnotatedArticle(article=Article(**{**article.__dict__, "id": ident, "outlet": rng.choice(_OUTLETS),
                                                   "published": day.isoformat()}),
                                layers=original.annotated.layers, fingerprint=original.annotated.fingerprint)
        return Generated(copy, line.ident, original.links, original.annotated.article.id)
    (a, b), ((p1, role1), (p2, role2)) = line.countries, line.people
    noun, happening, action = line.topic
    w = _Writer()
    title = f"{a} and {b} at odds over {noun} near {line.city}"
    w.name(a, "GPE")
    w.add(f" {role1} ")
    w.name(p1, "PERSON")
    cue = w.add(" said")
    weekday = w.add(f" on {_WEEKDAYS[day.weekday()]}")
    w.add(" that ")
    content_start = len(w.text)
    w.name(a, "GPE")
    w.add(f" would {happening} in ")
    w.name(line.city, "GPE")
    w.add(" after weeks of pressure from ")
    w.name(b, "GPE")
    content = Span(content_start, len(w.text), w.text[content_start:])
    w.add(". ")
    w.name(p2, "PERSON")
    w.add(f", {role2} of ")
    w.name(b, "GPE")
    w.add(f", called the plan {rng.choice(_ADJS)}. ")
    for template in rng.sample(_FILLER, 3):
        w.add(template.format(a=rng.choice(_WORDS), b=rng.choice(_ADJS), c=rng.choice(_WORDS)) + " ")
    text = w.text.strip()
    keys = {name_type: f"e{k}" for k, name_type in enumerate(w.mentions, 1)}
    entities = tuple(LocalEntity(key=keys[nt], name=nt[0], type=nt[1], mentions=tuple(spans))
                     for nt, spans in w.mentions.items())
    key1, key_a, key_b = keys[(p1, "PERSON")], keys[(a, "GPE")], keys[(b, "GPE")]
    layers = Layers(
        entities=entities,
        attributions=(Attribution(source=Source(p1, "person", key1), via=(), cue=Span(cue.start + 1, cue.end, "said"),
                                  content=content, direct=False),),
        times=(TimeExpression(span=Span(weekday.start + 4, weekday.end, weekday.text[4:]), value=day.isoformat()),),
        events=(Event(actor=Ref(a, key_a), action=action, target=Ref(b, key_b), modality="expected",
                      date=day.isoformat(), evidence=Span(0, content.end, text[:content.end]), attribution=0),),
    )
    article = Article(id=ident, source="synthetic", url=None, title=title, outlet=rng.choice(_OUTLETS),
                      published=day.isoformat(), authors=(), text=text, language="en")
    links = {keys[(name, etype)]: Entity(id="e-" + name.lower().replace(" ", "-"), name=name, type=etype)
             for name, etype in w.mentions}
    generated = Generated(AnnotatedArticle(article, layers, fingerprint(text)), line.ident, links, None)
    line.published.append(generated)
    return generated
