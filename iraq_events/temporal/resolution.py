"""Resolution: underspecified grammar values → intervals, against an explicit reference date.

The reference date R is always passed in (never read from the clock). Context — the year of
the nearest preceding written date and the nearest preceding date in the same paragraph — is
passed in as a ``Context`` that ``find_dates`` keeps per paragraph. The interval semantics are
the contract in ``docs/dates.md``.
"""

from __future__ import annotations

import datetime
import re

import attrs

from iraq_events.temporal.lexicon import lexicon
from iraq_events.temporal.types import (
    Anchoring,
    ExpressionKind,
    Granularity,
    Mod,
    TemporalExpression,
)
from iraq_events.temporal.values import (
    AnaphorValue,
    CalendarValue,
    DurationValue,
    OpenKind,
    ParliamentaryYearValue,
    Parse,
    RangeValue,
    RecessValue,
    RelativeValue,
    SetValue,
    YearSource,
    month_length,
    prinsjesdag,
)

__all__ = [
    "Context",
    "InvalidDate",
    "apply_part",
    "format_value",
    "resolve",
    "resolve_anaphor",
    "sentence_tense",
]

_DAY = datetime.timedelta(days=1)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNIT_GRAIN = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Q": Granularity.QUARTER,
    "Y": Granularity.YEAR,
    "DE": Granularity.DECADE,
    "S": Granularity.SEASON,
}


class InvalidDate(ValueError):
    """The text names a date that does not exist once its year is known ("29 februari jl.")."""


@attrs.define
class Context:
    """What the text before an expression says, within one paragraph."""

    year: int | None = None  # the year of the nearest preceding written date
    year_anchor: datetime.date | None = None  # that expression's last day
    last_date: TemporalExpression | None = None  # the nearest preceding resolved date
    prefer: str | None = None  # the caller's choice where nothing else decides: past/future/nearest
    # the text and span of the expression being resolved, for its sentence's tense
    source: str = ""
    span: tuple[int, int] = (0, 0)
    resolved_by: str | None = None  # "tense" or "prefer" once the last resolution used one

    def update(self, parse: Parse, expression: TemporalExpression) -> None:
        """Remember ``expression`` for the expressions after it in the same paragraph."""
        stated = _stated_year(parse, expression)
        if stated is not None:
            self.year = stated
            self.year_anchor = expression.latest or expression.earliest
        if (
            expression.kind in (ExpressionKind.DATE, ExpressionKind.RANGE)
            and expression.earliest is not None
            and not parse.rule.startswith("anaphor.")
        ):
            self.last_date = expression


def _stated_year(parse: Parse, expression: TemporalExpression) -> int | None:
    """The year a later bare day-month of the paragraph may take from this expression.

    A written year ("28 januari 2024"), or the year a letter-relative year marker fixed
    ("14 januari jl.", "oktober vorig jaar"): a reader carries both forward the same way.
    """
    value = parse.value
    if isinstance(value, RangeValue):
        value = value.last
    if not isinstance(value, CalendarValue):
        return None
    if value.year_source is YearSource.WRITTEN:
        return value.year
    relative = (YearSource.PAST, YearSource.FUTURE, YearSource.RELATIVE)
    last = expression.latest
    if value.year_source in relative and expression.is_resolved and last is not None:
        return last.year
    return None


# --- calendar arithmetic --------------------------------------------------------------------


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, month_length(year, month))


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, month_length(year, month)))


def _shift(day: datetime.date, unit: str, amount: float) -> datetime.date:
    """``day`` moved by ``amount`` units (fractions of months and years in whole months)."""
    if unit == "D":
        return day + datetime.timedelta(days=round(amount))
    if unit == "W":
        return day + datetime.timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120}[unit]
    return _add_months(day, round(amount * months))


def _month_span(year: int, first_month: int, count: int) -> tuple[datetime.date, datetime.date]:
    first = datetime.date(year, first_month, 1)
    return first, _month_end_of(_add_months(first, count - 1))


def _iso_week(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def calendar_interval(value: CalendarValue, year: int) -> tuple[datetime.date, datetime.date]:
    """The days a calendar value covers once its year is known."""
    grain = value.grain
    try:
        if value.holiday is not None:
            day = holiday(value.holiday, year)
            return day, day
        if value.position is not None:
            return _position(value, year)
        if grain is Granularity.WEEK and value.month is not None and value.day is not None:
            return _iso_week(datetime.date(year, value.month, value.day))
        if grain is Granularity.DAY:
            assert value.month is not None and value.day is not None
            if value.day > month_length(year, value.month):
                month_name = lexicon().month_names[value.month - 1]
                raise InvalidDate(f"{month_name} {year} has no day {value.day}")
            day = datetime.date(year, value.month, value.day)
            return day, day
        if grain is Granularity.MONTH:
            assert value.month is not None
            return datetime.date(year, value.month, 1), _month_end(year, value.month)
        if grain is Granularity.QUARTER:
            return _month_span(year, 3 * int(value.detail or 1) - 2, 3)
        if grain is Granularity.HALF:
            return _month_span(year, 6 * int(value.detail or 1) - 5, 6)
        if grain is Granularity.SEASON:
            return _month_span(year, _SEASON_START[str(value.detail)], 3)
        if grain is Granularity.DECADE:
            return datetime.date(year, 1, 1), datetime.date(year + 9, 12, 31)
        if grain is Granularity.WEEK:  # ISO week ``detail`` of ``year``
            week = int(value.detail or 1)
            if week > datetime.date(year, 12, 28).isocalendar()[1]:
                raise InvalidDate(f"{year} has no ISO week {week}")
            monday = datetime.date.fromisocalendar(year, week, 1)
            return monday, monday + datetime.timedelta(days=6)
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError as error:
        raise InvalidDate(str(error)) from None


def easter(year: int) -> datetime.date:
    """Easter Sunday of ``year`` (Gregorian calendar; the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lx) // 433
    month = (h + lx - 7 * m + 90) // 25
    return datetime.date(year, month, (h + lx - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    """The ``nth`` ISO ``weekday`` of the month (``nth`` -1: the last)."""
    if nth < 0:
        last = _month_end(year, month)
        return last - datetime.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    day = first + datetime.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    if day.month != month:
        raise InvalidDate(f"{lexicon().month_names[month - 1]} {year} has no such weekday")
    return day


def holiday(name: str, year: int) -> datetime.date:
    """The day of holiday ``name`` (a name in ``holidays.tsv``) in ``year``."""
    rules = {n: rule for n, rule in lexicon().holidays.values()}
    rule = rules[name]
    if rule.startswith("easter"):
        return easter(year) + datetime.timedelta(days=int(rule[6:]))
    parts = rule.split("-")
    if len(parts) == 3 and parts[2] == "notsunday":  # Koningsdag: a Sunday moves back a day
        day = datetime.date(year, int(parts[0]), int(parts[1]))
        return day - _DAY if day.isoweekday() == 7 else day
    if len(parts) == 3:
        return _nth_weekday(year, int(parts[0]), int(parts[1]), int(parts[2]))
    return datetime.date(year, int(parts[0]), int(parts[1]))


def _position(value: CalendarValue, year: int) -> tuple[datetime.date, datetime.date]:
    """ "de laatste maandag van maart", "de derde dag in oktober", "de eerste week van oktober"
    (the first Monday..Sunday week that starts in the month; the last is the last that ends in
    it)."""
    assert value.month is not None and value.position is not None
    month, nth = value.month, value.position
    if value.weekday is not None:
        day = _nth_weekday(year, month, value.weekday, nth)
        return day, day
    if value.grain is Granularity.WEEK:
        if nth > 0:
            monday = _nth_weekday(year, month, 1, nth)
        else:
            monday = _nth_weekday(year, month, 7, -1) - datetime.timedelta(days=6)
        return monday, monday + datetime.timedelta(days=6)
    last = _month_end(year, month)
    day = last if nth < 0 else datetime.date(year, month, 1) + datetime.timedelta(days=nth - 1)
    if day.month != month:
        raise InvalidDate(f"{lexicon().month_names[month - 1]} {year} has no day {nth}")
    return day, day


def format_value(grain: Granularity, day: datetime.date, value: CalendarValue | None = None) -> str:
    """The TIMEX3 value of the unit of ``grain`` that starts on ``day``."""
    if grain is Granularity.DAY:
        return day.isoformat()
    if grain is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if grain is Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain is Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain is Granularity.HALF:
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if grain is Granularity.SEASON:
        code = value.detail if value is not None else _season_of(day.month)
        return f"{day.year:04d}-{code}"
    if grain is Granularity.DECADE:
        return f"{day.year // 10:03d}"
    return f"{day.year:04d}"


def _season_of(month: int) -> str:
    return {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[month - (month % 3)] if month >= 3 else "WI"


def _unresolved_value(value: CalendarValue) -> str:
    if value.holiday is not None or value.position is not None:
        return ""
    if value.grain is Granularity.WEEK and value.month is not None:
        return ""
    if value.grain is Granularity.DAY:
        return f"XXXX-{value.month:02d}-{value.day:02d}"
    if value.grain is Granularity.MONTH:
        return f"XXXX-{value.month:02d}"
    if value.grain is Granularity.QUARTER:
        return f"XXXX-Q{value.detail}"
    if value.grain is Granularity.WEEK:
        return f"XXXX-W{int(value.detail or 0):02d}"
    if value.grain is Granularity.HALF:
        return f"XXXX-H{value.detail}"
    if value.grain is Granularity.SEASON:
        return f"XXXX-{value.detail}"
    return "XXXX"


# --- parts of a period ---------------------------------------------------------------------


def apply_part(
    earliest: datetime.date, latest: datetime.date, mod: Mod
) -> tuple[datetime.date, datetime.date]:
    """The START / MID / END part of an interval (docs/dates.md): a single month splits into days
    1-10, 11-20 and 21-last; whole months split into thirds by month (a year: Jan-Apr, May-Aug,
    Sep-Dec; a quarter: one month each); anything else into thirds by day."""
    if mod not in (Mod.START, Mod.MID, Mod.END):
        return earliest, latest
    whole_months = earliest.day == 1 and latest == _month_end(latest.year, latest.month)
    months = (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1
    if whole_months and months == 1:
        bounds = {Mod.START: (1, 10), Mod.MID: (11, 20), Mod.END: (21, latest.day)}[mod]
        return earliest.replace(day=bounds[0]), earliest.replace(day=bounds[1])
    if whole_months:
        third = max(1, months // 3)
        if mod is Mod.START:
            return earliest, _month_end_of(_add_months(earliest, third - 1))
        if mod is Mod.END:
            return _add_months(earliest, months - third), latest
        if months - 2 * third < 1:
            return earliest, latest
        return _add_months(earliest, third), _month_end_of(
            _add_months(earliest, months - third - 1)
        )
    days = (latest - earliest).days + 1
    third = max(1, days // 3)
    if mod is Mod.START:
        return earliest, earliest + datetime.timedelta(days=third - 1)
    if mod is Mod.END:
        return latest - datetime.timedelta(days=third - 1), latest
    if days - 2 * third < 1:
        return earliest, latest
    return earliest + datetime.timedelta(days=third), latest - datetime.timedelta(days=third)


def _month_end_of(day: datetime.date) -> datetime.date:
    return _month_end(day.year, day.month)


# --- resolution ----------------------------------------------------------------------------


@attrs.frozen
class _Base:
    """An expression's own interval before open modifiers."""

    kind: ExpressionKind
    granularity: Granularity
    earliest: datetime.date | None
    latest: datetime.date | None
    anchoring: Anchoring
    value: str
    anchor: datetime.date | None = None
    duration: str | None = None
    mod: Mod | None = None


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
            return None, Anchoring.UNRESOLVED, None
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
    """Which occurrence a year-less date with nothing before it means: its sentence's tense
    decides ("zal", "gepland" -> future; "werd", "bezocht" -> past), else the caller's
    ``prefer``; ``None`` when neither does."""
    start, end = context.span
    tense = sentence_tense(context.source, start, end)
    if tense is not None:
        return tense, "tense"
    return context.prefer, "prefer"


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
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[^\S\n]*\n")
_TENSE_WINDOW = 300  # characters looked at on each side: bounded, so find_dates stays linear
_WORDS = re.compile(r"[^\W\d_]+")


def sentence_tense(text: str, start: int, end: int) -> str | None:
    """``future`` or ``past`` when the sentence around ``text[start:end]`` holds tense markers
    (``tense.tsv``) of one direction only, else ``None``."""
    if not text:
        return None
    left = max(0, start - _TENSE_WINDOW)
    before = text[left:start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    first = left + ends[-1] if ends else left
    after = _SENTENCE_END.search(text, end, min(len(text), end + _TENSE_WINDOW))
    last = after.start() if after else min(len(text), end + _TENSE_WINDOW)
    table = lexicon().tense_words
    sentence = text[first:start] + " " + text[end:last]
    found = {table[w] for w in _WORDS.findall(sentence.lower()) if w in table}
    return found.pop() if len(found) == 1 else None


def _calendar(value: CalendarValue, reference: datetime.date | None, context: Context) -> _Base:
    kind = ExpressionKind.DATE
    year, anchoring, anchor = _year_for(value, reference, context)
    if year is None:
        return _unresolved(kind, value.grain, _unresolved_value(value))
    earliest, latest = calendar_interval(value, year)
    return _Base(
        kind,
        value.grain,
        earliest,
        latest,
        anchoring,
        format_value(value.grain, earliest, value),
        anchor,
    )


def _range(value: RangeValue, reference: datetime.date | None, context: Context) -> _Base:
    last_year, anchoring, anchor = _year_for(value.last, reference, context)
    grain = value.last.grain
    if value.first.grain is Granularity.DAY:
        grain = Granularity.DAY
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
        if calendar_interval(value.first, first_year)[0] > last_earliest:
            first_year -= 1
    first_earliest, _ = calendar_interval(value.first, first_year)
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


def _weekday_near(reference: datetime.date, weekday: int, direction: str) -> datetime.date:
    """The ``weekday`` before R (past), after R (future), or the nearer of the two (R itself
    when it is that weekday)."""
    before = reference - datetime.timedelta(days=(reference.isoweekday() - weekday) % 7 or 7)
    after = reference + datetime.timedelta(days=(weekday - reference.isoweekday()) % 7 or 7)
    if direction == "past":
        return before
    if direction == "future":
        return after
    if reference.isoweekday() == weekday:
        return reference
    return before if reference - before < after - reference else after


def _month_day_near(reference: datetime.date, day: int, direction: str) -> datetime.date:
    """Day ``day`` of the month on or before R (past), on or after R (future), or the nearer."""
    candidates = []
    for months in range(-13, 14):
        first = _add_months(reference.replace(day=1), months)
        if day <= month_length(first.year, first.month):
            candidates.append(first.replace(day=day))
    before = max(d for d in candidates if d <= reference)
    after = min(d for d in candidates if d >= reference)
    if direction == "past":
        return before
    if direction == "future":
        return after
    return before if reference - before < after - reference else after


def _relative(value: RelativeValue, reference: datetime.date | None, context: Context) -> _Base:
    unit_grain = _UNIT_GRAIN.get(value.unit, Granularity.DAY)
    if value.op in ("weekday", "week_weekday", "month_day"):
        if reference is None:
            return _unresolved(ExpressionKind.DATE, Granularity.DAY)
        if value.op == "week_weekday":
            assert value.weekday is not None
            monday = reference - datetime.timedelta(days=reference.weekday())
            day = monday + datetime.timedelta(weeks=value.amount, days=value.weekday - 1)
            return _day_base(day, reference)
        direction: str | None = "past" if value.amount < 0 else "future"
        if value.op == "month_day" or value.amount == 0:
            direction, how = _direction(context)
            if direction is None:
                return _unresolved(ExpressionKind.DATE, Granularity.DAY)
            context.resolved_by = how
        assert direction is not None
        if value.op == "month_day":
            return _day_base(_month_day_near(reference, round(value.amount), direction), reference)
        assert value.weekday is not None
        return _day_base(_weekday_near(reference, value.weekday, direction), reference)
    if value.op == "units":
        if reference is None:
            return _unresolved(ExpressionKind.RANGE, unit_grain)
        own_first, own_last = _unit_holding(reference, value.unit)
        if value.amount < 0:
            first = _unit_holding(_shift(own_first, value.unit, value.amount), value.unit)[0]
            last = own_first - _DAY
        else:
            first = own_last + _DAY
            last = _unit_holding(_shift(own_first, value.unit, value.amount), value.unit)[1]
        text_value = (
            f"{format_value(unit_grain, first)}/"
            f"{format_value(unit_grain, _unit_holding(last, value.unit)[0])}"
        )
        return _Base(
            ExpressionKind.RANGE,
            unit_grain,
            first,
            last,
            Anchoring.DOCUMENT_RELATIVE,
            text_value,
            reference,
        )
    if value.op in ("earlier", "later"):
        if reference is None:
            return _unresolved(ExpressionKind.DATE, unit_grain)
        first, last = _unit_holding(reference, value.unit)
        if value.op == "earlier":
            first, last = first, reference - _DAY
        else:
            first, last = reference + _DAY, last
        if last < first:
            raise InvalidDate(f"R is at the {'start' if value.op == 'earlier' else 'end'} of it")
        return _Base(
            ExpressionKind.DATE,
            unit_grain,
            first,
            last,
            Anchoring.DOCUMENT_RELATIVE,
            format_value(unit_grain, _unit_holding(reference, value.unit)[0]),
            reference,
        )
    if value.op == "now":
        if reference is None:
            return _unresolved(ExpressionKind.DATE, Granularity.DAY, "PRESENT_REF")
        return _Base(
            ExpressionKind.DATE,
            Granularity.DAY,
            reference,
            reference,
            Anchoring.DOCUMENT_RELATIVE,
            "PRESENT_REF",
            reference,
        )
    if value.op == "window":
        duration = _duration_value(value.unit, abs(value.amount))
        if reference is None:
            return _Base(
                ExpressionKind.DURATION,
                unit_grain,
                None,
                None,
                Anchoring.UNRESOLVED,
                duration,
                duration=duration,
            )
        if value.amount < 0:
            earliest, latest = _shift(reference, value.unit, value.amount), reference
        else:
            earliest, latest = reference, _shift(reference, value.unit, value.amount) - _DAY
        return _Base(
            ExpressionKind.DURATION,
            unit_grain,
            earliest,
            latest,
            Anchoring.DOCUMENT_RELATIVE,
            duration,
            reference,
            duration,
        )
    if reference is None:
        grain = Granularity.DAY if value.op in ("day", "prinsjesdag") else unit_grain
        return _unresolved(ExpressionKind.DATE, grain)
    if value.op in ("day", "prinsjesdag"):
        if value.op == "day":
            day = reference + datetime.timedelta(days=round(value.amount))
        else:
            day = prinsjesdag(reference.year)
        return _day_base(day, reference)
    if value.op == "calendar":
        if value.unit == "S":
            return _relative_season(value, reference)
        earliest, latest = _unit_holding(_shift(reference, value.unit, value.amount), value.unit)
        return _Base(
            ExpressionKind.DATE,
            unit_grain,
            earliest,
            latest,
            Anchoring.DOCUMENT_RELATIVE,
            format_value(unit_grain, earliest),
            reference,
        )
    # offset: "een jaar geleden" = the month one year before R, approximately; "twee weken
    # geleden" = the ISO week holding R - 2 weeks, approximately; "drie dagen geleden" = that day
    target = _shift(reference, value.unit, value.amount)
    if value.unit == "D":
        return _Base(
            ExpressionKind.DATE,
            Granularity.DAY,
            target,
            target,
            Anchoring.DOCUMENT_RELATIVE,
            target.isoformat(),
            reference,
        )
    grain = Granularity.WEEK if value.unit == "W" else Granularity.MONTH
    earliest, latest = _unit_holding(target, "W" if value.unit == "W" else "M")
    return _Base(
        ExpressionKind.DATE,
        grain,
        earliest,
        latest,
        Anchoring.DOCUMENT_RELATIVE,
        format_value(grain, earliest),
        reference,
        mod=Mod.APPROX,
    )


def _unit_holding(day: datetime.date, unit: str) -> tuple[datetime.date, datetime.date]:
    if unit == "D":
        return day, day
    if unit == "W":
        return _iso_week(day)
    if unit == "M":
        return day.replace(day=1), _month_end(day.year, day.month)
    if unit == "Q":
        return _month_span(day.year, 3 * ((day.month - 1) // 3) + 1, 3)
    if unit == "DE":
        first = day.year - day.year % 10
        return datetime.date(first, 1, 1), datetime.date(first + 9, 12, 31)
    return datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31)


def _relative_season(value: RelativeValue, reference: datetime.date) -> _Base:
    """ "deze zomer" = that season of R's year; "afgelopen zomer" = the latest one that ended
    before R; "komende zomer" = the next one that starts after R."""
    code = value.season or "SU"
    season = CalendarValue(grain=Granularity.SEASON, year=None, detail=code)
    this_year = reference.year - 1 if code == "WI" and reference.month <= 2 else reference.year
    year = this_year
    if value.amount < 0:
        while calendar_interval(season, year)[1] >= reference:
            year -= 1
    elif value.amount > 0:
        while calendar_interval(season, year)[0] <= reference:
            year += 1
    earliest, latest = calendar_interval(season, year)
    return _Base(
        ExpressionKind.DATE,
        Granularity.SEASON,
        earliest,
        latest,
        Anchoring.DOCUMENT_RELATIVE,
        format_value(Granularity.SEASON, earliest, season),
        reference,
    )


def _duration_value(unit: str, amount: float | None) -> str:
    if amount is None:
        return f"PX{'Y' if unit == 'DE' else unit}"
    if unit == "Q":
        amount, unit = amount * 3, "M"
    elif unit == "DE":
        amount, unit = amount * 10, "Y"
    number = f"{amount:g}"
    return f"P{number}{unit}"


def _recess(value: RecessValue, reference: datetime.date | None) -> _Base:
    year = value.year if value.year is not None else (reference.year if reference else None)
    anchoring = Anchoring.ABSOLUTE if value.year is not None else Anchoring.DOCUMENT_RELATIVE
    anchor = None if value.year is not None else reference
    if year is None:
        return _unresolved(ExpressionKind.RANGE, Granularity.DAY)
    lex = lexicon()
    tabled = lex.recess_dates.get((value.name, year))
    if tabled is not None:
        earliest, latest = tabled
        text_value = f"{earliest.isoformat()}/{latest.isoformat()}"
        return _Base(
            ExpressionKind.RANGE, Granularity.DAY, earliest, latest, anchoring, text_value, anchor
        )
    fallback = lex.recess_fallbacks.get(value.name)
    if fallback is None:
        return _unresolved(ExpressionKind.RANGE, Granularity.DAY)
    (m1, d1), (m2, d2) = fallback
    earliest = datetime.date(year, m1, d1)
    latest = datetime.date(year if (m2, d2) >= (m1, d1) else year + 1, m2, d2)
    text_value = (
        f"{format_value(Granularity.MONTH, earliest)}/{format_value(Granularity.MONTH, latest)}"
    )
    return _Base(
        ExpressionKind.RANGE, Granularity.MONTH, earliest, latest, anchoring, text_value, anchor
    )


def _base(parse: Parse, reference: datetime.date | None, context: Context) -> _Base:
    value = parse.value
    if isinstance(value, CalendarValue):
        return _calendar(value, reference, context)
    if isinstance(value, RangeValue):
        return _range(value, reference, context)
    if isinstance(value, ParliamentaryYearValue):
        earliest = prinsjesdag(value.first_year)
        latest = prinsjesdag(value.first_year + 1) - _DAY
        if parse.rule == "prinsjesdag":
            return _Base(
                ExpressionKind.DATE,
                Granularity.DAY,
                earliest,
                earliest,
                Anchoring.ABSOLUTE,
                earliest.isoformat(),
            )
        text_value = f"{earliest.isoformat()}/{latest.isoformat()}"
        return _Base(
            ExpressionKind.RANGE, Granularity.YEAR, earliest, latest, Anchoring.ABSOLUTE, text_value
        )
    if isinstance(value, RelativeValue):
        return _relative(value, reference, context)
    if isinstance(value, DurationValue):
        text_value = _duration_value(value.unit, value.amount)
        grain = _UNIT_GRAIN[value.unit]
        mod = Mod.APPROX if parse.rule == "duration.approx" else None
        return _Base(
            ExpressionKind.DURATION,
            grain,
            None,
            None,
            Anchoring.ABSOLUTE,
            text_value,
            duration=text_value,
            mod=mod,
        )
    if isinstance(value, SetValue):
        mod = Mod.APPROX if parse.rule == "set.approx" else None
        return _Base(
            ExpressionKind.SET, value.grain, None, None, Anchoring.ABSOLUTE, value.value, mod=mod
        )
    if isinstance(value, RecessValue):
        return _recess(value, reference)
    assert isinstance(value, AnaphorValue)
    if value.kind == "since":
        before = context.last_date
        if before is None or before.earliest is None:
            return _unresolved(ExpressionKind.DATE, Granularity.DAY)
        until = reference if reference is not None and reference >= before.earliest else None
        return _Base(
            before.kind,
            before.granularity,
            before.earliest,
            until,
            Anchoring.CONTEXTUAL,
            before.value,
            before.earliest,
            mod=Mod.ON_OR_AFTER,
        )
    return _unresolved(ExpressionKind.RANGE, Granularity.PERIOD)


def resolve(
    parse: Parse, source: str, reference: datetime.date | None, context: Context
) -> TemporalExpression:
    """The expression ``parse`` denotes in ``source``, against ``reference`` and ``context``.

    Raises ``InvalidDate`` when the date does not exist once its year is known.
    """
    context.source, context.span, context.resolved_by = source, (parse.start, parse.end), None
    base = _base(parse, reference, context)
    earliest, latest, mod = base.earliest, base.latest, base.mod
    anchoring, anchor = base.anchoring, base.anchor
    if parse.part is not None:
        if earliest is not None and latest is not None and base.granularity is not Granularity.DAY:
            earliest, latest = apply_part(earliest, latest, parse.part)
        mod = parse.part
    if parse.approx:
        mod = Mod.APPROX
    if parse.open_kind is not None:
        mod, earliest, latest = _open(parse.open_kind, earliest, latest, reference)
        if parse.open_kind is OpenKind.SINCE and latest is not None:
            # the end of "sinds juli 2021" is R: the expression is anchored to the document
            anchor = reference
            if anchoring is Anchoring.ABSOLUTE:
                anchoring = Anchoring.DOCUMENT_RELATIVE
    return TemporalExpression(
        text=source[parse.start : parse.end],
        start=parse.start,
        end=parse.end,
        kind=base.kind,
        granularity=base.granularity,
        earliest=earliest,
        latest=latest,
        mod=mod,
        anchoring=anchoring,
        value=base.value,
        duration=base.duration,
        rule=parse.rule if context.resolved_by is None else f"{parse.rule}.{context.resolved_by}",
        anchor=anchor,
    )


def _open(
    kind: OpenKind,
    earliest: datetime.date | None,
    latest: datetime.date | None,
    reference: datetime.date | None,
) -> tuple[Mod, datetime.date | None, datetime.date | None]:
    if kind is OpenKind.SINCE:
        end = (
            reference
            if reference is not None and earliest is not None and reference >= earliest
            else None
        )
        return Mod.ON_OR_AFTER, earliest, end
    if kind is OpenKind.FROM:
        return Mod.ON_OR_AFTER, earliest, None
    if kind is OpenKind.THROUGH:
        return Mod.ON_OR_BEFORE, None, latest
    if kind is OpenKind.AFTER:
        return Mod.AFTER, (latest + _DAY if latest is not None else None), None
    return Mod.BEFORE, None, (earliest - _DAY if earliest is not None else None)


def resolve_anaphor(
    expression: TemporalExpression, period: TemporalExpression
) -> TemporalExpression:
    """``expression`` (an ``anaphor.*`` phrase such as "deze rapportageperiode") anchored to
    ``period`` (the period the letter states): CONTEXTUAL, with its START / MID / END part
    applied ("het einde van de rapportageperiode" = the last part of the period).

    "sindsdien" anchored to a date runs from that date's start, open-ended.
    Raises ``ValueError`` when ``expression`` is not an anaphor or ``period`` has no bounds.
    """
    if not expression.rule.startswith("anaphor."):
        raise ValueError(f"{expression.text!r} (rule {expression.rule!r}) is not an anaphor")
    if period.earliest is None or (
        period.latest is None and not expression.rule == "anaphor.since"
    ):
        raise ValueError(
            f"the period {period.text!r} has no bounds to anchor {expression.text!r} to"
        )
    earliest, latest = period.earliest, period.latest
    mod = expression.mod
    if expression.rule == "anaphor.since":
        latest, mod = expression.latest, Mod.ON_OR_AFTER
    elif latest is not None and mod in (Mod.START, Mod.MID, Mod.END):
        earliest, latest = apply_part(earliest, latest, mod)
    return attrs.evolve(
        expression,
        kind=period.kind,
        granularity=period.granularity,
        earliest=earliest,
        latest=latest,
        mod=mod,
        anchoring=Anchoring.CONTEXTUAL,
        value=period.value,
        anchor=period.earliest,
    )
