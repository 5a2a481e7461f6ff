"""Dates that point back: "U bent hierover diezelfde dag geïnformeerd" is dated by the last
single day that the sentences before it in its paragraph named (the phrases are
``same_day_phrases`` in ``lexicon/dated_mentions.json``; rule ``events.same-day``), and
"twee dagen later" is that many days after the last single day named just before it
(``later_words``; rule ``events.days-later``). Two days in a row joined by "en" ("dinsdag
3 en woensdag 4 mei") are one stretch (``day_joiners``; rule ``events.joined-days``)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence

import attrs

from iraq_events.events.cues import dated_mention_lexicon
from iraq_events.events.parts import DatedSpan
from iraq_events.events.tokens import tokenize
from iraq_events.temporal.types import (
    Anchoring,
    ExpressionKind,
    Granularity,
    TemporalExpression,
)

__all__ = ["days_later", "joined_days", "last_day", "same_day"]

# a duration of whole days or weeks (ISO 8601): only these count to one day
_DAYS = re.compile(r"P(\d+)([DW])")
_UNIT_DAYS = {"D": 1, "W": 7}
# what lies between two joined days: the first day's number if the weekday stood alone
_BETWEEN = re.compile(r"\s*(\d{1,2})?\s+(\S+)\s+")
_NUMBER_BEFORE = re.compile(r"(\d{1,2})\s+(\S+)\s+$")
_ONE_DAY = datetime.timedelta(days=1)


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


def days_later(
    text: str,
    dates: Sequence[DatedSpan],
    previous: TemporalExpression | None,
    to_original: Callable[[int], int],
) -> list[DatedSpan]:
    """``dates`` with each "<duration> later" read as the day it counts to from the last single
    day before it in ``text``, else from ``previous`` (the sentence before's last day): "Het
    fregat vertrok op 2 juni en twee dagen later ..." is 4 June. A duration with no day to
    count from, or of a vague amount ("enkele dagen"), stays as it is."""
    words = dated_mention_lexicon().table.later_words
    if not any(d.expression.kind is ExpressionKind.DURATION for d in dates):
        return list(dates)
    result = []
    for date in dates:
        counted = _counted(text, date, dates, previous, words, to_original)
        result.append(date if counted is None else counted)
    return result


def _counted(
    text: str,
    date: DatedSpan,
    dates: Sequence[DatedSpan],
    previous: TemporalExpression | None,
    words: Sequence[str],
    to_original: Callable[[int], int],
) -> DatedSpan | None:
    expression = date.expression
    amount = _DAYS.fullmatch(expression.duration or "")
    if expression.kind is not ExpressionKind.DURATION or amount is None:
        return None
    following = tokenize(text[date.end : date.end + 20])
    if not following or following[0].lower not in words or following[0].start > 1:
        return None
    anchor = last_day([d for d in dates if d.end <= date.start]) or previous
    if anchor is None or anchor.earliest is None:
        return None
    day = anchor.earliest + datetime.timedelta(
        days=int(amount.group(1)) * _UNIT_DAYS[amount.group(2)]
    )
    stop = date.end + following[0].end
    derived = attrs.evolve(
        expression,
        text=text[date.start : stop],
        start=to_original(date.start),
        end=to_original(stop),
        kind=ExpressionKind.DATE,
        granularity=Granularity.DAY,
        earliest=day,
        latest=day,
        value=day.isoformat(),
        duration=None,
        anchoring=Anchoring.CONTEXTUAL,
        anchor=anchor.earliest,
        rule="events.days-later",
    )
    return DatedSpan(expression=derived, start=date.start, end=stop)


def joined_days(
    text: str, dates: Sequence[DatedSpan], to_original: Callable[[int], int]
) -> list[DatedSpan]:
    """``dates`` with two days in a row joined by a ``day_joiners`` word read as one stretch:
    "dinsdag 3 en woensdag 4 mei 2022" (two dates) and "op 3 en 4 mei 2022"
    (the first day a bare number) are 3..4 May, one visit, not two."""
    joiners = dated_mention_lexicon().table.day_joiners
    ordered = sorted(dates, key=lambda d: d.start)
    result: list[DatedSpan] = []
    for date in ordered:
        if not _one_day(date):
            result.append(date)
            continue
        first = result[-1] if result and _one_day(result[-1]) else None
        between = _BETWEEN.fullmatch(text, first.end, date.start) if first else None
        if first is not None and between is not None and between.group(2).casefold() in joiners:
            number = between.group(1)
            day = first.expression.earliest
            if (number is None or day is None or int(number) == day.day) and _next(first, date):
                result[-1] = _stretch(text, first.start, first.expression, date, to_original)
                continue
        bare = _NUMBER_BEFORE.search(text[max(0, date.start - 12) : date.start])
        latest = date.expression.latest
        if (
            bare is not None
            and bare.group(2).casefold() in joiners
            and latest is not None
            and int(bare.group(1)) == (latest - _ONE_DAY).day
            and not any(d.end > date.start - len(bare.group(0)) for d in result[-1:])
        ):
            start = date.start - len(bare.group(0))
            earlier = attrs.evolve(date.expression, earliest=latest - _ONE_DAY)
            result.append(_stretch(text, start, earlier, date, to_original))
            continue
        result.append(date)
    return result


def _one_day(date: DatedSpan) -> bool:
    expression = date.expression
    return (
        expression.kind is ExpressionKind.DATE
        and expression.granularity is Granularity.DAY
        and expression.earliest is not None
        and expression.earliest == expression.latest
        and expression.mod is None
    )


def _next(first: DatedSpan, second: DatedSpan) -> bool:
    before, after = first.expression.latest, second.expression.earliest
    return before is not None and after is not None and after - before == _ONE_DAY


def _stretch(
    text: str,
    start: int,
    first: TemporalExpression,
    second: DatedSpan,
    to_original: Callable[[int], int],
) -> DatedSpan:
    earliest, latest = first.earliest, second.expression.latest
    assert earliest is not None and latest is not None
    expression = attrs.evolve(
        second.expression,
        text=text[start : second.end],
        start=to_original(start),
        end=to_original(second.end),
        kind=ExpressionKind.RANGE,
        earliest=earliest,
        latest=latest,
        value=f"{earliest.isoformat()}/{latest.isoformat()}",
        rule="events.joined-days",
    )
    return DatedSpan(expression=expression, start=start, end=second.end)
