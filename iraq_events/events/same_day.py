"""Dates that point back: "U bent hierover diezelfde dag geïnformeerd" is dated by the last
single day that the sentences before it in its paragraph named (the phrases are
``same_day_phrases`` in ``lexicon/dated_mentions.json``; rule ``events.same-day``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.parts import DatedSpan
from iraq_events.events.tokens import tokenize
from iraq_events.temporal.types import Anchoring, Granularity, TemporalExpression

__all__ = ["last_day", "same_day"]


def same_day(
    text: str,
    dates: Sequence[DatedSpan],
    previous: TemporalExpression | None,
    to_original: Callable[[int], int],
) -> DatedSpan | None:
    """The span of a same-day phrase of ``text`` dated by ``previous`` (offsets: ``text``'s
    for the span, ``to_original`` of them for the expression), if the sentence has one."""
    lexicon = dated_mention_lexicon()
    if previous is None or not any(word in text.casefold() for word in lexicon.same_day_words):
        return None
    tokens = tokenize(text)
    for index in range(len(tokens)):
        for pattern in lexicon.same_day:
            end = pattern.end_at(tokens, index)
            if end is None:
                continue
            start, stop = tokens[index].start, tokens[end - 1].end
            if any(d.start < stop and start < d.end for d in dates):
                return None
            expression = attrs.evolve(
                previous,
                text=text[start:stop],
                start=to_original(start),
                end=to_original(stop),
                anchoring=Anchoring.CONTEXTUAL,
                anchor=previous.earliest,
                rule="events.same-day",
            )
            return DatedSpan(expression=expression, start=start, end=stop)
    return None


def last_day(dates: Sequence[DatedSpan]) -> TemporalExpression | None:
    """The last date of ``dates`` that is one whole day."""
    days = [
        d.expression
        for d in sorted(dates, key=lambda d: d.start)
        if d.expression.granularity is Granularity.DAY
        and d.expression.earliest is not None
        and d.expression.earliest == d.expression.latest
        and d.expression.mod is None
    ]
    return days[-1] if days else None
