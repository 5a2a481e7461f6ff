"""A word of now in what a dated message said: "Het kabinet heeft de Kamer op 13 november
geïnformeerd ernaar te streven de antwoorden eind deze week te sturen" is the end of the week
of 13 November, not of the letter's. A date counted from the letter's own date (the rules of
``reported.rules`` in ``lexicon/dated_mentions.json``) that stands in the complement of a verb
of saying or informing (``reported.verbs``, the complement opened by ``reported.openers``) is
counted again from the last single day named before it in its sentence, the message's day
(rule suffix ``.reported``)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from iraq_events.events.cue_tables import Reported
from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.parts import DatedSpan
from iraq_events.events.same_day import last_day
from iraq_events.events.tokens import Token, first_at, tokenize
from iraq_events.temporal import find_dates
from iraq_events.temporal.types import Anchoring

__all__ = ["reported_now"]


def reported_now(text: str, dates: Sequence[DatedSpan]) -> list[DatedSpan]:
    """``dates`` with each word of now in a dated message's complement counted from the
    message's day."""
    table = dated_mention_lexicon().table.reported
    if table is None or len(dates) < 2 or not any(_deictic(d, table.rules) for d in dates):
        return list(dates)
    tokens = tokenize(text)  # once a sentence, and only for a sentence with a word of now
    result = []
    day: DatedSpan | None = None  # the last single day before the date
    for date in sorted(dates, key=lambda d: d.start):
        moved = _moved(text, date, day, tokens, table) if day is not None else None
        result.append(date if moved is None else moved)
        if last_day([date]) is not None:
            day = date
    return result


def _moved(
    text: str, date: DatedSpan, day: DatedSpan, tokens: Sequence[Token], table: Reported
) -> DatedSpan | None:
    anchor = day.expression.earliest
    if not _deictic(date, table.rules) or anchor is None or day.end > date.start:
        return None
    # the verb of saying and the complement's opener after it, within reach before the date
    last = first_at(tokens, date.start)
    words = [t.lower for t in tokens[max(0, last - table.reach) : last]]
    verb = next((i for i, w in enumerate(words) if w in table.verbs), None)
    if verb is None or not any(w in table.openers for w in words[verb + 1 :]):
        return None
    again = [e for e in find_dates(date.expression.text, anchor) if e.start == 0]
    if not again or again[0].earliest is None:
        return None
    moved = attrs.evolve(
        date.expression,
        earliest=again[0].earliest,
        latest=again[0].latest,
        value=again[0].value,
        anchoring=Anchoring.CONTEXTUAL,
        anchor=anchor,
        rule=date.expression.rule + ".reported",
    )
    return attrs.evolve(date, expression=moved)


def _deictic(date: DatedSpan, rules: Sequence[str]) -> bool:
    expression = date.expression
    return expression.anchoring is Anchoring.DOCUMENT_RELATIVE and expression.rule in rules
