"""The date of an event: the time expression of its own clause, else of the report around it."""
from __future__ import annotations

from spacy.tokens import Token

from storyline.models import Span, TimeExpression


def date_of(trigger: Token, evidence: Span, times: tuple[TimeExpression, ...]) -> str | None:
    """The value of the time inside the evidence, else of one attached to the trigger's sentence verbs."""
    for t in times:
        if evidence.start <= t.span.start < evidence.end and t.value is not None:
            return t.value
    sentence = trigger.sent
    heads = {trigger.i, *(a.i for a in trigger.ancestors)}
    for t in times:
        if not (sentence.start_char <= t.span.start < sentence.end_char) or t.value is None:
            continue
        span = trigger.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is not None and span.root.head.i in heads:
            return t.value
    return None
