"""The year of a calendar value: written, carried from the paragraph, fixed by a weekday, or
chosen by the sentence's tense or the caller's ``prefer``; and the intervals of calendar
values and ranges once it is known."""

from __future__ import annotations

import datetime
from typing import NamedTuple

from iraq_events.temporal.context import Context, InvalidDate, dated, paper_dated, sentence_tense
from iraq_events.temporal.intervals import (
    _DAY,
    _unresolved_value,
    apply_part,
    calendar_interval,
    format_value,
)
from iraq_events.temporal.lexicon import lexicon
from iraq_events.temporal.types import Anchoring, ExpressionKind, Granularity, Mod
from iraq_events.temporal.values import CalendarValue, RangeValue, YearSource

# --- resolution ----------------------------------------------------------------------------


class _Base(NamedTuple):
    """An expression's own interval before open modifiers (a named tuple: one is built for
    every expression, and a frozen attrs class sets each field by a call)."""

    kind: ExpressionKind
    granularity: Granularity
    earliest: datetime.date | None
    latest: datetime.date | None
    anchoring: Anchoring
    value: str
    anchor: datetime.date | None = None
    duration: str | None = None
    mod: Mod | None = None


_new_tuple = tuple.__new__


def _unresolved(kind: ExpressionKind, grain: Granularity, value: str = "") -> _Base:
    return _Base(kind, grain, None, None, Anchoring.UNRESOLVED, value)


def _year_for(
    value: CalendarValue, reference: datetime.date | None, context: Context
) -> tuple[int | None, Anchoring, datetime.date | None]:
    """The year of a calendar value, how it was found, and the date it was anchored to."""
    if value.year is not None:
        return value.year, Anchoring.ABSOLUTE, None
    if value.weekday is not None and value.position is None:
        return _weekday_year(value, reference, context)
    if value.year_source is YearSource.CONTEXT:
        if context.year is not None:
            return context.year, Anchoring.CONTEXTUAL, context.year_anchor
        if reference is None:
            return None, Anchoring.UNRESOLVED, None
        direction, how = _direction(context)
        if direction is None:
            # "Op verzoek van de commissie van 11 december" in a letter of 11 December: a
            # year-less date whose occurrence holds R is the same one looking back or ahead
            # (a written day only: "iedere derde woensdag in mei" is no day of its own)
            if value.day is None or value.position is not None or value.holiday is not None:
                return None, Anchoring.UNRESOLVED, None
            year = _occurrence_year(value, reference, True)
            if year != _occurrence_year(value, reference, False):
                return None, Anchoring.UNRESOLVED, None
            context.resolved_by = "holds-reference"
            return year, Anchoring.DOCUMENT_RELATIVE, reference
        context.resolved_by = how
        return _directed_year(value, reference, direction), Anchoring.DOCUMENT_RELATIVE, reference
    if reference is None:
        return None, Anchoring.UNRESOLVED, None
    if value.year_source is YearSource.RELATIVE:
        return reference.year + value.year_offset, Anchoring.DOCUMENT_RELATIVE, reference
    past = value.year_source is YearSource.PAST
    return _occurrence_year(value, reference, past), Anchoring.DOCUMENT_RELATIVE, reference


def _weekday_year(
    value: CalendarValue, reference: datetime.date | None, context: Context
) -> tuple[int | None, Anchoring, datetime.date | None]:
    """ "maandag 18 februari": the year from the paragraph when the weekday agrees with it,
    else the year nearest R in which the day falls on that weekday; a weekday that agrees with
    no year near either is an ``InvalidDate``."""
    assert value.month is not None and value.day is not None and value.weekday is not None
    names = lexicon().weekday_names
    if context.year is not None:
        day = calendar_interval(value, context.year)[0]
        if day.isoweekday() == value.weekday:
            return context.year, Anchoring.CONTEXTUAL, context.year_anchor
        raise InvalidDate(
            f"{day.day} {lexicon().month_names[day.month - 1]} {day.year} is a "
            f"{names[day.isoweekday() - 1]}, not a {names[value.weekday - 1]}"
        )
    if reference is None:
        return None, Anchoring.UNRESOLVED, None
    candidates = []
    for year in range(reference.year - 7, reference.year + 8):
        try:
            day = calendar_interval(value, year)[0]
        except InvalidDate:
            continue
        if day.isoweekday() == value.weekday:
            candidates.append((abs((day - reference).days), -year, year))
    if not candidates:
        raise InvalidDate(f"no year near {reference.year} has that weekday on that date")
    return min(candidates)[2], Anchoring.DOCUMENT_RELATIVE, reference


def _direction(context: Context) -> tuple[str | None, str]:
    """Which occurrence a year-less date with nothing before it means: a paper's date
    ("d.d.", "gedateerd": context_words.tsv role dated) and a period opened by "sinds"
    (rule_words.tsv role since_past) are past; else its sentence's tense
    decides ("zal", "gepland" -> future; "werd", "bezocht" -> past; a present tense only for a
    period opened toward the future, role onward: "wordt vanaf oktober ingezet"), else the
    caller's ``prefer``; ``None`` when neither does."""
    start, end = context.span
    if dated(context.source, start) or paper_dated(context.source, start, end):
        return "past", "tense"  # "de brief d.d. 6 februari": a paper's date lies behind R
    opening = context.source[start:end].split()[:1]
    if opening and opening[0].lower() in lexicon().rule_words.get("since_past", ()):
        return "past", "tense"  # "sinds eind maart": the period began before R
    tense = sentence_tense(context.source, start, end)
    if tense == "present":
        if opening and opening[0].lower() in lexicon().rule_words.get("onward", ()):
            return "future", "tense"  # "wordt vanaf oktober ingezet": the period lies ahead
        if _range_onward(context.source, start, end):
            return "future", "tense"  # "neemt van mei tot augustus deel": so does this one
        tense = None
    if tense is not None:
        return tense, "tense"
    return context.prefer, "prefer"


def _range_onward(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a range (a connector of rule_words.tsv inside it) right
    after a word of role range_onward ("van mei tot augustus")."""
    words = lexicon().rule_words
    before = text[max(0, start - 8) : start].lower().split()[-1:]
    if not before or before[0] not in words.get("range_onward", ()):
        return False
    return any(w in words.get("connector", ()) for w in text[start:end].lower().split()[1:])


def _directed_year(value: CalendarValue, reference: datetime.date, direction: str) -> int:
    if direction != "nearest":
        return _occurrence_year(value, reference, direction == "past")
    before = _occurrence_year(value, reference, True)
    after = _occurrence_year(value, reference, False)
    gap_before = (reference - calendar_interval(value, before)[1]).days
    gap_after = (calendar_interval(value, after)[0] - reference).days
    return before if gap_before < gap_after else after


def _occurrence_year(value: CalendarValue, reference: datetime.date, past: bool) -> int:
    """The year of the latest occurrence on or before R (``past``: jl.), or of the next on or
    after R (aanstaande); a 29 February looks up to eight years away for a leap year."""
    year = reference.year
    for _ in range(9):
        try:
            earliest, latest = calendar_interval(value, year)
        except InvalidDate:
            year += -1 if past else 1
            continue
        if past and earliest > reference:
            year -= 1
        elif not past and latest < reference:
            year += 1
        else:
            return year
    raise InvalidDate("no such day near the reference date")


# a sentence ends at ".", "!" or "?" before white space, or at a blank line


def _calendar(value: CalendarValue, reference: datetime.date | None, context: Context) -> _Base:
    kind = ExpressionKind.DATE
    year, anchoring, anchor = _year_for(value, reference, context)
    if year is None:
        return _unresolved(kind, value.grain, _unresolved_value(value))
    earliest, latest = calendar_interval(value, year)
    # every field by position through tuple.__new__ (duration and mod None): most expressions
    # are calendar values, and the named tuple's own __new__ is a Python function of its own
    return _new_tuple(
        _Base,
        (kind, value.grain, earliest, latest, anchoring, format_value(value.grain, earliest, value),
         anchor, None, None),
    )  # fmt: skip


_FINENESS = {grain: rank for rank, grain in enumerate(Granularity)}


def _range(value: RangeValue, reference: datetime.date | None, context: Context) -> _Base:
    last_year, anchoring, anchor = _year_for(value.last, reference, context)
    grain = value.last.grain
    if _FINENESS[value.first.grain] < _FINENESS[grain]:  # "3 maart tot eind juni 2010"
        grain = value.first.grain
    if last_year is None:
        first_value = _unresolved_value(value.first)
        return _unresolved(
            ExpressionKind.RANGE, grain, f"{first_value}/{_unresolved_value(value.last)}"
        )
    last_earliest, last_latest = calendar_interval(value.last, last_year)
    if value.first.year is not None:
        first_year = value.first.year
    else:
        first_year = last_year
        # past the last side's end (not its start: "maart tot eind 2014" starts in 2014)
        if calendar_interval(value.first, first_year)[0] > last_latest:
            first_year -= 1
    first_earliest, first_latest = calendar_interval(value.first, first_year)
    if value.first_part is not None and value.first.grain is not Granularity.DAY:
        first_earliest = apply_part(first_earliest, first_latest, value.first_part)[0]
    if value.last_part is not None and value.last.grain is not Granularity.DAY:
        last_earliest, last_latest = apply_part(last_earliest, last_latest, value.last_part)
    latest = last_latest if value.inclusive else last_earliest - _DAY
    if latest < first_earliest:
        raise InvalidDate("the range ends before it starts")
    first_text = format_value(grain, first_earliest, value.first)
    text_value = f"{first_text}/{_end_value(grain, latest, last_earliest, value)}"
    if anchoring is Anchoring.ABSOLUTE and value.first.year is None and value.last.year is None:
        anchoring = Anchoring.UNRESOLVED
    return _Base(ExpressionKind.RANGE, grain, first_earliest, latest, anchoring, text_value, anchor)


def _end_value(
    grain: Granularity, latest: datetime.date, last_start: datetime.date, value: RangeValue
) -> str:
    """The TIMEX3 value of the last unit of a range (for "tot": the unit before the last)."""
    if value.inclusive:
        return format_value(grain, last_start, value.last)
    if grain is Granularity.MONTH:
        return format_value(grain, latest.replace(day=1))
    if grain in (Granularity.YEAR, Granularity.DECADE):
        return format_value(grain, latest.replace(month=1, day=1))
    return latest.isoformat()


def _day_base(day: datetime.date, reference: datetime.date) -> _Base:
    return _Base(
        ExpressionKind.DATE,
        Granularity.DAY,
        day,
        day,
        Anchoring.DOCUMENT_RELATIVE,
        day.isoformat(),
        reference,
    )
