"""What changed between reports, and where reports contradict each other.

General rules over the stored layers, never over particular words of a story:
- an update: the same matter (same action, a shared actor) reported again later with a settled
  modality where it was pending ("must decide" -> "agreed"), a reversed polarity, or another
  place ("meet in Washington" -> "meet in Davos"); or a request answered later by its addressee;
- a conflict: the same matter reported with opposite polarity at about the same time, or a
  denial / fact-check whose claim names the same actors as another report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from storyline.analyze.statements import Assertion, Statement

# Reports this many days apart or less count as "about the same time" for a conflict; a week
# covers a news cycle's follow-ups, while later contrary reports read as updates instead.
SAME_TIME_DAYS = 7
# Actions that answer a request: the addressee agreeing, refusing or giving way.
ANSWERS = frozenset({"AGREE", "REJECT", "CONCEDE", "COOPERATE", "RETREAT"})
# Shared word stems two claims need to be about the same thing (names included): a denial must
# echo the claim it denies; an update must restate its matter (actor and object at least).
DENIAL_SHARED_WORDS = 2
UPDATE_SHARED_WORDS = 2
# Stem length: "sending" and "send", "troops" and "troop" agree on their first four letters.
STEM = 4
_WORD = re.compile(r"[A-Za-z]{4,}")
_STOP = frozenset("that this with from have been were will would could their there they about after which while "
                  "also into than more some such over under other only when what where them these those being".split())
# At most this many items of each kind: the briefing is for reading, not an exhaustive dump.
MAX_ITEMS = 12


@dataclass(frozen=True)
class Change:
    topic: str
    before: Statement
    after: Statement


@dataclass(frozen=True)
class Conflict:
    topic: str
    statements: tuple[Statement, ...]


def find_changes(items: list[Assertion], names: dict[str, str]) -> tuple[Change, ...]:
    found: dict[tuple, tuple[int, Change]] = {}
    for a, b in combinations(items, 2):
        if a.statement.article_id == b.statement.article_id:
            continue
        first, later = _in_order(a, b)
        if first is None or later is None:
            continue
        kind = _update_kind(first, later)
        if kind is None:
            continue
        key = (kind, first.action, later.action, frozenset(first.participants & later.participants) or later.participants)
        strength = len(first.participants & later.participants)
        change = Change(_topic(kind, first, later, names), first.statement, later.statement)
        if key not in found or strength > found[key][0]:
            found[key] = (strength, change)
    ranked = sorted(found.values(), key=lambda x: (-x[0], x[1].after.citation))
    return tuple(c for _, c in ranked[:MAX_ITEMS])


def find_conflicts(items: list[Assertion], names: dict[str, str]) -> tuple[Conflict, ...]:
    groups: dict[tuple, dict[tuple[str, int], Statement]] = {}
    for a, b in combinations(items, 2):
        if a.statement.article_id == b.statement.article_id or a.negative == b.negative:
            continue
        key = _contradiction(a, b)
        if key is None or not _same_time(a, b):
            continue
        group = groups.setdefault(key, {})
        for x in (a, b):
            group[(x.statement.article_id, x.statement.start)] = x.statement
    conflicts = [Conflict(_conflict_topic(action, shared, names), tuple(sorted(g.values(), key=lambda s: (s.citation, s.start))))
                 for (action, shared), g in groups.items()]
    conflicts.sort(key=lambda c: -len({s.article_id for s in c.statements}))
    return tuple(conflicts[:MAX_ITEMS])


def _contradiction(a: Assertion, b: Assertion) -> tuple[str | None, frozenset[str]] | None:
    """What two claims of opposite polarity disagree about, if they are about the same thing."""
    if a.action is not None and b.action is not None:
        if a.action == b.action and a.agent and a.agent == b.agent:
            return a.action, frozenset({a.agent})
        return None
    # a denial in reported speech: the claim must name every actor the denial names, and echo its words
    denial, claim = (a, b) if a.action is None else (b, a)
    shared = denial.participants & claim.participants
    echoed = len(stems(a.statement.text) & stems(b.statement.text))
    if shared and denial.participants <= claim.participants and echoed >= DENIAL_SHARED_WORDS:
        return a.action or b.action, frozenset(shared)
    return None


def stems(text: str) -> set[str]:
    """Crude stems of the content words: enough to see two sentences talk about the same thing."""
    return {w.lower()[:STEM] for w in _WORD.findall(text) if w.lower() not in _STOP}


def _in_order(a: Assertion, b: Assertion) -> tuple[Assertion | None, Assertion | None]:
    """Earlier and later of two claims: by date when both are dated, else by order of arrival."""
    if a.day is not None and b.day is not None and a.day != b.day:
        return (a, b) if a.day < b.day else (b, a)
    if a.day is not None and a.day == b.day:
        return None, None  # same day: a contradiction, not an update
    return (a, b) if a.rank < b.rank else (b, a)


def _update_kind(first: Assertion, later: Assertion) -> str | None:
    if first.action is None or later.action is None:
        return None
    if first.action == "REQUEST" and later.action in ANSWERS and first.target and first.target == later.actor:
        return "answered"
    if first.action != later.action or not _same_matter(first, later):
        return None
    if len(stems(first.statement.text) & stems(later.statement.text)) < UPDATE_SHARED_WORDS:
        return None
    if first.pending and not later.pending and not later.negative:
        return "settled"
    if first.negative != later.negative and not first.pending and not later.pending:
        return "reversed"
    if first.places and later.places and not (first.places & later.places) and first.pending == later.pending:
        return "moved"
    return None


def _same_matter(a: Assertion, b: Assertion) -> bool:
    """Same actor, or same target, or two shared participants."""
    if a.actor and a.actor == b.actor:
        return True
    if a.target and a.target == b.target:
        return True
    return len(a.participants & b.participants) >= 2


def _same_time(a: Assertion, b: Assertion) -> bool:
    if a.day is None or b.day is None:
        return True  # undated reports cannot be told apart in time: keep the contradiction visible
    return abs(a.day - b.day) <= SAME_TIME_DAYS


def _topic(kind: str, first: Assertion, later: Assertion, names: dict[str, str]) -> str:
    who = _names(first.participants & later.participants or later.participants, names)
    if kind == "answered":
        return f"{who}: request answered ({later.action.lower() if later.action else ''})"
    if kind == "moved":
        return f"{who}: place of {later.action.lower() if later.action else 'event'} moved from " \
               f"{', '.join(sorted(first.places))} to {', '.join(sorted(later.places))}"
    if kind == "settled":
        return f"{who}: {first.modality} {first.action.lower() if first.action else ''} became {later.modality}"
    return f"{who}: {first.modality} became {later.modality}"


def _conflict_topic(action: str | None, shared: frozenset[str], names: dict[str, str]) -> str:
    return f"{_names(shared, names)}: reports disagree on {action.lower() if action else 'a claim'}"


def _names(ids: frozenset[str], names: dict[str, str]) -> str:
    return " and ".join(sorted(names.get(i, i) for i in ids)[:3]) or "the story"
