"""English word lists of the date grammar and tense rules (storyline/extract/times/)."""
from __future__ import annotations

# Calendar words and the number words of durations ("two weeks ago"), as the date grammar reads them.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "several": None}

# Verbs that put their complement ahead of the moment of speaking when they are in the present:
# "is scheduled to meet", "plans to visit", "is expected on Friday".
FUTURE_VERBS = frozenset({"schedule", "expect", "plan", "set", "due", "slate", "intend", "aim", "prepare", "hope"})

# Verbs that move an event to a later date (the prepositions that give that date are in tense.py).
DEFERRAL_VERBS = frozenset({"postpone", "delay", "defer", "adjourn", "push", "move", "reschedule", "put", "extend",
                            "suspend"})
