"""The grammar's rules for periods and relative expressions, tried after the calendar dates:
quarters, halves, seasons, recesses, weeks, decades, anaphors, shifts from R, durations,
sets, and the bare year, month and weekday."""

from __future__ import annotations

# the calendar-date rules come first in the register: imported for that, before these
from iraq_events.temporal import rules_dates  # noqa: F401
from iraq_events.temporal.patterns import (
    _ARTICLE,
    _CALENDAR_UNIT,
    _COMMON,
    _LEX,
    _NEUTER,
    _OF,
    _P,
    _RULE_WORDS,
    _WS,
    _alt,
    _weekday,
    _words,
    _year,
)
from iraq_events.temporal.rulebook import (
    Groups,
    Span,
    _Built,
    _month,
    _month_value,
    _number,
    _optional_year,
    _rule,
    _standing_alone,
    _unit,
    _unit_value,
    _year_value,
)
from iraq_events.temporal.types import Granularity
from iraq_events.temporal.values import (
    AnaphorValue,
    CalendarValue,
    DurationValue,
    ParliamentaryYearValue,
    RecessValue,
    RelativeValue,
    SetValue,
    YearSource,
)


@_rule(
    "quarter",
    rf"(?:{_NEUTER}{_WS})?(?P<@ord>{_P.ordinal}){_WS}{_words('quarter')}"
    rf"(?:(?:{_WS}{_OF})?(?:{_WS}{_NEUTER}{_WS}{_words('year')})?{_WS}{_year('@y')})?"
    rf"|q(?P<@q>[1-4])\s*(?:[-/']\s*)?{_year('@y2')}"
    rf"|{_year('@y3')}[-\s]?q(?P<@q2>[1-4])(?!\w)",
)
def _quarter(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year: int | None
    if g("ord") is not None:
        number, year = _LEX.ordinals[(g("ord") or "").lower()], _optional_year(g("y"))
    elif g("q") is not None:
        number, year = int(g("q") or 0), int(g("y2") or 0)
    else:
        number, year = int(g("q2") or 0), int(g("y3") or 0)
    return _Built("quarter", _unit_value(Granularity.QUARTER, year, number), needs_context=not year)


@_rule(
    "half",
    rf"(?:{_COMMON}{_WS})?(?P<@ord>{_words('ordinal_of_halves')}){_WS}{_words('halves')}"
    rf"(?:{_WS}{_OF})?(?:{_WS}{_NEUTER}{_WS}{_words('year')})?{_WS}{_year('@y')}"
    rf"|h(?P<@h>[12])\s*{_year('@y2')}",
)
def _half(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    # always with a year: "de tweede helft" alone is as often half a match as half a year
    if g("ord") is not None:
        number, year = _LEX.ordinals[(g("ord") or "").lower()], int(g("y") or 0)
    else:
        number, year = int(g("h") or 0), int(g("y2") or 0)
    return _Built("half", _unit_value(Granularity.HALF, year, number))


@_rule(
    "season",
    rf"(?:{_ARTICLE}{_WS})?(?P<@s>{_P.season})(?:(?:{_WS}{_OF})?{_WS}{_year('@y')})?",
)
def _season(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    code = _LEX.seasons[(g("s") or "").lower()]
    year = _optional_year(g("y"))
    return _Built("season", _unit_value(Granularity.SEASON, year, code), needs_context=not year)


@_rule("season.relative", rf"(?P<@shift>{_P.shift}){_WS}(?P<@s>{_P.season})")
def _season_relative(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    code = _LEX.seasons[(g("s") or "").lower()]
    shift = _LEX.shifts[(g("shift") or "").lower()]
    value = RelativeValue(op="calendar", unit="S", amount=shift, season=code)
    return _Built("season.relative", value)


@_rule(
    "recess",
    rf"(?:{_NEUTER}{_WS})?(?P<@r>{_P.recess})(?:{_WS}(?:{_OF}{_WS})?{_year('@y')})?",
)
def _recess(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = int(y) if (y := g("y")) else None
    return _Built("recess", RecessValue(name=(g("r") or "").lower(), year=year))


@_rule(
    "week",
    rf"{_words('isoweek')}{_WS}(?P<@w>[1-9]|[1-4]\d|5[0-3])(?!\d)"
    rf"(?:(?:{_WS}{_OF})?{_WS}{_year('@y')})?",
)
def _week(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """An ISO week: "week 23 van 2024", or "in week 23" with the year from context."""
    year = _optional_year(g("y"))
    value = _unit_value(Granularity.WEEK, year, int(g("w") or 0))
    return _Built("week", value, needs_context=not year)


@_rule("prinsjesdag", rf"prinsjesdag(?:{_WS}{_year('@y')})?")
def _prinsjesdag(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = int(y) if (y := g("y")) else None
    if year is None:
        return _Built("prinsjesdag", RelativeValue(op="prinsjesdag"))
    return _Built("prinsjesdag", ParliamentaryYearValue(first_year=year), keep_part=False)


@_rule(
    "decade",
    rf"(?:{_COMMON}\s+)?{_words('decades')}\s+(?:(?P<@c>19|20)?(?P<@d>[1-9]0)(?!\d)"
    rf"|['’](?P<@d2>[1-9]0)(?!\d)|(?P<@w>{_words('decade')}))",
)
def _decade(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    if g("w") is not None:
        first = int(_RULE_WORDS["decade"][(g("w") or "").lower()])
    elif g("d") is not None:
        first = int((g("c") or "19") + (g("d") or ""))
    else:
        first = 1900 + int(g("d2") or 0)
    return _Built("decade", CalendarValue(grain=Granularity.DECADE, year=first))


@_rule(
    "anaphor.reporting_period",
    rf"(?P<@a>{_P.anaphor})",
)
def _anaphor(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    phrase = " ".join((g("a") or "").lower().split())
    return _Built(f"anaphor.reporting_period.{_LEX.anaphora[phrase]}", AnaphorValue(kind="period"))


@_rule("anaphor.since", _words("since"))
def _since(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    return _Built("anaphor.since", AnaphorValue(kind="since"), keep_part=False)


@_rule("relative.now", rf"(?P<@w>{_P.now})")
def _now(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    return _Built("relative.now", RelativeValue(op="now"), keep_part=False)


@_rule("relative.day", rf"(?P<@w>{_P.relative_day})")
def _relative_day(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    offset = _LEX.relative_days[(g("w") or "").lower()]
    return _Built("relative.day", RelativeValue(op="day", amount=offset))


@_rule("relative.ago", rf"(?P<@n>{_P.number}){_WS}(?P<@u>{_P.unit}){_WS}geleden(?!\w)")
def _ago(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    amount = _number(g("n") or "")
    if amount is None:
        return None
    return _Built(
        "relative.ago", RelativeValue(op="offset", unit=_unit(g("u") or ""), amount=-amount)
    )


@_rule("relative.later", rf"{_words('ahead')}{_WS}(?P<@n>{_P.number}){_WS}(?P<@u>{_P.unit})")
def _later(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    amount = _number(g("n") or "")
    if amount is None:
        return None
    return _Built(
        "relative.later", RelativeValue(op="offset", unit=_unit(g("u") or ""), amount=amount)
    )


@_rule(
    "relative.window",
    rf"(?:(?P<@article>{_ARTICLE}){_WS})?(?P<@shift>{_P.shift}){_WS}(?P<@n>{_P.number}){_WS}"
    rf"(?P<@u>{_P.unit})",
)
def _window(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "de afgelopen vier jaar": a window from R; without the article ("afgelopen twee
    weken", "komende 3 dagen") the whole calendar units before or after R's own."""
    shift = _LEX.shifts[(g("shift") or "").lower()]
    amount = _number(g("n") or "")
    if shift == 0 or amount is None:
        return None
    unit = _unit(g("u") or "")
    approx = " ".join((g("n") or "").lower().split()) in _LEX.approx_numbers
    if g("article") is None and amount == int(amount) and unit in ("D", "W", "M", "Q", "Y"):
        value = RelativeValue(op="units", unit=unit, amount=shift * amount)
        return _Built("relative.units", value, keep_open=False, keep_part=False, approx=approx)
    value = RelativeValue(op="window", unit=unit, amount=shift * amount)
    return _Built("relative.window", value, keep_open=False, keep_part=False, approx=approx)


@_rule(
    "duration.vague",
    rf"(?:{_COMMON}{_WS})?(?P<@shift>{_words('vague_shift')}){_WS}"
    rf"(?P<@u>{_P.plural_unit})",
)
def _duration_vague(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    value = DurationValue(unit=_unit(g("u") or ""), amount=None)
    return _Built("duration.vague", value, keep_open=False, keep_part=False)


@_rule(
    "relative.rolling",
    rf"{_ARTICLE}{_WS}(?P<@shift>{_words('rolling_shift')}){_WS}{_CALENDAR_UNIT}",
)
def _rolling(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    shift = _LEX.shifts[(g("shift") or "").lower()]
    value = RelativeValue(op="window", unit=_unit(g("u") or ""), amount=shift)
    return _Built("relative.rolling", value, keep_open=False)


@_rule(
    "relative.calendar",
    rf"(?P<@shift>{_P.shift}){_WS}{_CALENDAR_UNIT}",
)
def _calendar(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    shift = _LEX.shifts[(g("shift") or "").lower()]
    return _Built(
        "relative.calendar", RelativeValue(op="calendar", unit=_unit(g("u") or ""), amount=shift)
    )


@_rule(
    "duration",
    rf"(?:(?P<@dm>{_alt(_LEX.duration_modifiers)}){_WS})?"
    rf"(?:(?:{_words('one')}{_WS})?{_words('period')}{_WS}{_OF}{_WS})?"
    rf"(?P<@n>{_P.number}){_WS}(?P<@u>{_P.unit})",
)
def _duration(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    amount = _number(g("n") or "")
    unit = _unit(g("u") or "")
    value = DurationValue(unit=unit, amount=amount)
    rule = "duration.approx" if g("dm") else "duration"
    return _Built(rule, value, keep_open=False, keep_part=False)


@_rule(
    "set",
    rf"(?P<@almost>\({_words('almost')}\)\s*|{_words('almost')}{_WS})?(?:(?P<@w>{_P.set_word})"
    rf"|{_words('every')}{_WS}(?:(?P<@wd>{_P.weekday})|(?P<@u>{_words('set_unit')})))",
)
def _set(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    if g("w") is not None:
        value, grain = _LEX.sets[(g("w") or "").lower()]
        result = SetValue(value=value, grain=Granularity(grain))
    elif g("wd") is not None:
        day = _LEX.weekdays[(g("wd") or "").lower().rstrip(".")]
        result = SetValue(value=f"XXXX-WXX-{day}", grain=Granularity.DAY)
    else:
        unit = _unit(g("u") or "")
        grains = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
        period = "P3M" if unit == "Q" else f"P1{unit}"
        result = SetValue(value=period, grain=Granularity(grains[unit]))
    rule = "set.approx" if g("almost") else "set"
    return _Built(rule, result, keep_open=False, keep_part=False)


@_rule("year", _year("@y") + r"(?![.,]\d|\w|%)")
def _year_rule(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    year = int(g("y") or 0)
    if not 1900 <= year <= 2099:
        return None
    return _Built("year", _year_value(year), before_is_for=True)


@_rule("month", rf"(?P<@m>{_P.full_month})")
def _bare_month(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    month = _month(g("m"))
    assert month is not None
    return _Built("month", _month_value(None, month, YearSource.CONTEXT), needs_context=True)


@_rule("weekday", rf"(?P<@wd>{_P.bare_weekday})")
def _bare_weekday(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "maandag", "ma.": that weekday nearest R by tense or ``prefer``, else unresolved.
    "zo." (form ``abbr``) is Sunday alone only when it is all the text: in a text it is the
    word "zo" ending a sentence."""
    word = (g("wd") or "").lower().rstrip(".")
    if word not in _LEX.full_weekdays and word not in _LEX.bare_weekday_abbreviations:
        if not _standing_alone(text, start, span("wd")[1]):
            return None
    return _Built("weekday", RelativeValue(op="weekday", weekday=_weekday(g("wd"))))


@_rule("relative.this", rf"{_ARTICLE}{_WS}{_CALENDAR_UNIT}")
def _this_unit(g: Groups, span: Span, text: str, start: int) -> _Built | None:
    """ "tot het einde van de maand": after a modifier, "de maand" is R's month."""
    value = RelativeValue(op="calendar", unit=_unit(g("u") or ""), amount=0)
    return _Built("relative.this", value, needs_modifier=True)
