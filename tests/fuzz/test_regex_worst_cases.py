"""No regular expression of the package is super-linear on inputs built from its own parts.

A regex runs in C, where no per-document time limit can stop it; so each must be linear.
Each hostile input is timed at two lengths eight times apart: a linear pattern takes about
eight times as long, a quadratic one sixty-four times.
"""
from __future__ import annotations

import re
import time

from storyline.extract.times import grammar
from tests.fuzz.regex_cases import hostile_inputs, package_patterns

SHORT, LONG = 1_000, 8_000
# A pattern that grows too fast from SHORT to LONG is timed again from LONG to CONFIRM before it
# counts: at small sizes cache effects alone can make linear work look 20 times slower.
CONFIRM = 4 * LONG
MAX_CONFIRM_GROWTH = 10  # 4 for linear work, 16 for quadratic
RECHECK_RUNS = 5  # runs, best taken, when a pattern first looks too slow
# Allowed growth of the time from SHORT to LONG: 8 for linear work, plus slack for timer noise
# on a shared machine; quadratic growth (64) is far above it.
MAX_GROWTH = 24
# Below this many seconds at LONG a pattern is fast whatever its growth (timer noise dominates).
FLOOR_SECONDS = 0.02
# Patterns the test finds super-linear that cannot be on hostile input: the caller hands them a
# slice of bounded length or matches them at one position only.
BOUNDED = {
    "storyline.extract.entities.cues._PRONOUN_AFTER": "matched on the 80 characters after a name",
    "storyline.extract.entities.more._BRACKETED_ACRONYM": "matched at one position (re.match at an entity's end)",
    "storyline.extract.entities.layer._CAPITALISED_BEFORE": "searched in the 20 characters before a surname",
    "storyline.extract.entities.institutions._OWNER_BEFORE": "searched in the 30 characters before a ministry",
    "storyline.analyze.briefing._SAID_AFTER": "matched at one position (re.match after a mention)",
    "storyline.extract.entities.join._SPEAKS": "matched at one position (re.match at a name's end)",
    "storyline.extract.entities.cues._AFFILIATION_BEFORE": "searched in the 60 characters before a name",
    "storyline.clean.html_dates._LOOKS_DATED": "searched only in a text piece of at most 8 words",
    "storyline.extract.attributions.headlines._PATTERNS": "matched on one line of at most 300 characters",
}


# Scanners built as one alternation of a grammar's patterns: timed part by part (see _with_parts).
BY_PARTS = {
    "storyline.extract.times.grammar.SCANNER": [pattern for _, pattern in grammar.PATTERNS],
}


def _seconds(pattern, text: str, runs: int = 2) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for _match in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def _with_parts(patterns):  # type: ignore[no-untyped-def]
    """Each pattern, except that an alternation of whole grammars listed in BY_PARTS is replaced by
    its parts: the alternation's cost at a position is the sum of its parts', and its hostile inputs
    are the union of theirs, so timing the parts finds the same growth at a fraction of the time."""
    for where, pattern in patterns:
        if where in BY_PARTS:
            for i, part in enumerate(BY_PARTS[where]):
                yield f"{where}[{i}]", re.compile(re.sub(r"\(\?P<\w+>", "(?:", part))  # names repeat across parts
        else:
            yield where, pattern


def _grows_again(pattern, long: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the growth shows again at a larger size: the input repeated to CONFIRM characters."""
    longer = (long * (CONFIRM // len(long) + 1))[:CONFIRM]
    return _seconds(pattern, longer, RECHECK_RUNS) > MAX_CONFIRM_GROWTH * _seconds(pattern, long, RECHECK_RUNS)


def test_regex_every_pattern_linear_on_its_worst_cases() -> None:
    slow = []
    count = 0
    for where, pattern in _with_parts(package_patterns()):
        count += 1
        if where in BOUNDED:
            continue
        long_inputs = list(hostile_inputs(pattern, LONG))
        short_inputs = list(hostile_inputs(pattern, SHORT))
        for short, long in zip(short_inputs, long_inputs, strict=True):
            if _seconds(pattern, long, runs=1) < FLOOR_SECONDS:  # one run settles most patterns
                continue
            t_long = _seconds(pattern, long)
            if t_long < FLOOR_SECONDS:
                continue
            t_short = _seconds(pattern, short)
            if t_long > MAX_GROWTH * max(t_short, FLOOR_SECONDS / MAX_GROWTH):
                # timed again, best of more runs, before it counts: on a loaded machine one slow
                # run of a linear pattern can look thirty times slower than its short input
                t_short, t_long = _seconds(pattern, short, RECHECK_RUNS), _seconds(pattern, long, RECHECK_RUNS)
                if t_long > MAX_GROWTH * max(t_short, FLOOR_SECONDS / MAX_GROWTH) and _grows_again(pattern, long):
                    slow.append(f"{where}: {t_short:.4f} s -> {t_long:.4f} s on {long[:24]!r}...")
                    break
    assert count > 80, count  # the walk found the package's patterns
    assert not slow, "super-linear patterns:\n" + "\n".join(slow)
