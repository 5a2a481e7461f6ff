"""Expressions resolved against a reference date R (``6 februari jl.``, ``vorig jaar``,
``twee weken geleden``, ``de afgelopen vier jaar``) and the modifier words of the contract
(``begin``, ``sinds``, ``tot``, ``circa`` ...), each built with what it denotes.

Pure builders: parameters in, example out; the strategies draw the parameters.
"""

from __future__ import annotations

import calendar
import datetime

from iraq_events.temporal.types import Anchoring, ExpressionKind, Granularity, Mod
from iraq_events.testing._absolute import _month_word
from iraq_events.testing._calendar import (
    _add_months,
    _fitting,
    _iso_week,
    _month_interval,
    _part_interval,
    _unit_value,
    _year_interval,
)
from iraq_events.testing._common import (
    _DATE_GRANULARITIES,
    MODIFIERS,
    NUMBER_WORDS,
    Date,
    DutchDateExample,
)


def _number_word(n: int, variant: int) -> str:
    if variant % 3 == 2 and n > 1:
        return str(n)
    words = NUMBER_WORDS[n]
    return words[variant % len(words)]


def _relative(
    text: str,
    interval: tuple[Date, Date],
    granularity: Granularity,
    reference: Date,
    form: str,
    *,
    kind: ExpressionKind = ExpressionKind.DATE,
    mod: Mod | None = None,
    duration: str | None = None,
) -> DutchDateExample:
    return DutchDateExample(
        text=text,
        earliest=interval[0],
        latest=interval[1],
        granularity=granularity,
        kind=kind,
        mod=mod,
        anchoring=Anchoring.DOCUMENT_RELATIVE,
        reference=reference,
        duration=duration,
        value=duration if duration is not None else _unit_value(granularity, interval[0]),
        form=form,
    )


def _day_month_jl(month: int, day: int, reference: Date, marker: str) -> DutchDateExample:
    """``6 februari jl.``: the most recent such day before R (29 February: the last leap day)."""
    return _day_month(month, day, reference, marker, before=True)


def _day_month_aanstaande(month: int, day: int, reference: Date, marker: str) -> DutchDateExample:
    """``24 mei aanstaande``: the next such day after R."""
    return _day_month(month, day, reference, marker, before=False)


def _day_month(
    month: int, day: int, reference: Date, marker: str, *, before: bool
) -> DutchDateExample:
    year = reference.year
    while True:
        if day <= calendar.monthrange(year, month)[1]:
            found = Date(year, month, day)
            if found < reference if before else found > reference:
                break
        year += -1 if before else 1
    return _relative(
        f"{day} {_month_word(month)} {marker}",
        (found, found),
        Granularity.DAY,
        reference,
        "day-jl" if before else "day-aanstaande",
    )


def _month_jl(month: int, reference: Date, marker: str) -> DutchDateExample:
    """``juli jl.``: the most recent such month before R's month."""
    year = reference.year if month < reference.month else reference.year - 1
    return _month_relative(month, year, reference, marker, "month-jl")


def _month_aanstaande(month: int, reference: Date, marker: str) -> DutchDateExample:
    """``september a.s.``: the next such month after R's month."""
    year = reference.year if month > reference.month else reference.year + 1
    return _month_relative(month, year, reference, marker, "month-aanstaande")


def _month_relative(
    month: int, year: int, reference: Date, marker: str, form: str
) -> DutchDateExample:
    return _relative(
        f"{_month_word(month)} {marker}",
        _month_interval(year, month),
        Granularity.MONTH,
        reference,
        form,
    )


_CALENDAR_WORDS: dict[str, tuple[Granularity, int]] = {
    "vorig jaar": (Granularity.YEAR, -1),
    "dit jaar": (Granularity.YEAR, 0),
    "volgend jaar": (Granularity.YEAR, 1),
    "vorige maand": (Granularity.MONTH, -1),
    "deze maand": (Granularity.MONTH, 0),
    "volgende maand": (Granularity.MONTH, 1),
    "gisteren": (Granularity.DAY, -1),
    "vandaag": (Granularity.DAY, 0),
}


def _calendar_relative(words: str, reference: Date) -> DutchDateExample:
    """``vorig jaar``, ``deze maand``, ``gisteren``: the calendar unit before/of/after R."""
    granularity, shift = _CALENDAR_WORDS[words]
    interval: tuple[Date, Date]
    if granularity is Granularity.YEAR:
        interval = _year_interval(reference.year + shift)
    elif granularity is Granularity.MONTH:
        month = _add_months(reference.replace(day=1), shift)
        interval = _month_interval(month.year, month.month)
    else:
        day = reference + datetime.timedelta(days=shift)
        interval = (day, day)
    return _relative(words, interval, granularity, reference, "calendar")


# unit word -> (plural, ISO designator, granularity of the unit itself)
_COUNT_UNITS: dict[str, tuple[str, str, Granularity]] = {
    "jaar": ("jaar", "Y", Granularity.YEAR),
    "maand": ("maanden", "M", Granularity.MONTH),
    "week": ("weken", "W", Granularity.WEEK),
    "dag": ("dagen", "D", Granularity.DAY),
}


def _shift(reference: Date, unit: str, count: int) -> Date:
    if unit == "jaar":
        return _add_months(reference, 12 * count)
    if unit == "maand":
        return _add_months(reference, count)
    days = count * (7 if unit == "week" else 1)
    return reference + datetime.timedelta(days=days)


def _count_phrase(unit: str, count: int, variant: int) -> str:
    plural = _COUNT_UNITS[unit][0]
    return f"{_number_word(count, variant)} {unit if count == 1 else plural}"


def _ago_or_ahead(
    unit: str, count: int, reference: Date, ahead: bool, variant: int
) -> DutchDateExample:
    """``een jaar geleden`` is the month one year before R, APPROX (the contract's rule, for any
    count); ``N maanden geleden`` the month holding R − N months and ``N weken geleden`` the
    ISO week (Monday..Sunday) holding R − N weeks, both APPROX; ``N dagen geleden`` the exact
    day. ``over N ...`` likewise forward."""
    point = _shift(reference, unit, count if ahead else -count)
    interval: tuple[Date, Date]
    mod: Mod | None = Mod.APPROX
    if unit in ("jaar", "maand"):
        granularity = Granularity.MONTH
        interval = _month_interval(point.year, point.month)
    elif unit == "week":
        granularity = Granularity.WEEK
        interval = _iso_week(point)
    else:
        granularity, interval, mod = Granularity.DAY, (point, point), None
    phrase = _count_phrase(unit, count, variant)
    text = f"over {phrase}" if ahead else f"{phrase} geleden"
    return _relative(text, interval, granularity, reference, "ahead" if ahead else "ago", mod=mod)


def _window(unit: str, count: int, reference: Date, variant: int, past: bool) -> DutchDateExample:
    """An anchored duration: ``de afgelopen vier jaar`` (R − N units .. R) or ``het komende
    jaar``/``de komende drie maanden`` (R .. R + N units − 1 day)."""
    if past:
        interval = (_shift(reference, unit, -count), reference)
    else:
        interval = (reference, _shift(reference, unit, count) - datetime.timedelta(days=1))
    word = "afgelopen" if past else "komende"
    if count == 1:
        text = f"het {word} {unit}" if unit == "jaar" else f"de {word} {unit}"
    else:
        text = f"de {word} {_count_phrase(unit, count, variant)}"
    _, designator, granularity = _COUNT_UNITS[unit]
    return _relative(
        text,
        interval,
        granularity,
        reference,
        "past-span" if past else "coming-span",
        kind=ExpressionKind.DURATION,
        duration=f"P{count}{designator}",
    )


def _relative_modifiers(inner: DutchDateExample, reference: Date) -> list[str]:
    """The modifiers that make sense before a relative date: ``sinds vorig jaar``,
    ``eind vorige maand``, ``uiterlijk 24 mei a.s.``, ``circa 6 februari jl.``."""
    assert inner.earliest is not None
    allowed = []
    for modifier in MODIFIERS:
        if modifier in _PART_WORDS:
            ok = modifier != "half" and inner.granularity in (Granularity.MONTH, Granularity.YEAR)
        elif modifier == "sinds":
            ok = inner.earliest <= reference
        elif modifier == "voor":
            # "voor vandaag", "voor volgende maand", "voor 2024" mostly mean "for"
            ok = inner.form != "calendar" and inner.granularity is not Granularity.YEAR
        elif modifier in ("rond", "circa", "ongeveer"):
            ok = inner.form != "calendar"  # "circa 6 februari jl.", not "circa gisteren"
        else:
            ok = True
        if ok:
            allowed.append(modifier)
    return allowed


# Modifiers

_PART_WORDS = {"begin": Mod.START, "medio": Mod.MID, "half": Mod.MID, "eind": Mod.END}


def _modified(modifier: str, inner: DutchDateExample, reference: Date | None) -> DutchDateExample:
    """Apply a contract modifier word to a date example (absolute or relative to R)."""
    earliest, latest = inner.earliest, inner.latest
    assert earliest is not None and latest is not None
    one_day = datetime.timedelta(days=1)
    bounds: tuple[Date | None, Date | None]
    uses_reference = False
    if modifier in _PART_WORDS:
        mod = _PART_WORDS[modifier]
        bounds = _part_interval(inner.granularity, earliest, latest, mod)
    elif modifier == "sinds":
        assert reference is not None and earliest <= reference
        mod, bounds, uses_reference = Mod.ON_OR_AFTER, (earliest, reference), True
    elif modifier == "vanaf":
        mod, bounds = Mod.ON_OR_AFTER, (earliest, None)
    elif modifier in ("tot en met", "uiterlijk"):
        mod, bounds = Mod.ON_OR_BEFORE, (None, latest)
    elif modifier in ("tot", "voor"):
        mod, bounds = Mod.BEFORE, (None, earliest - one_day)
    elif modifier == "na":
        mod, bounds = Mod.AFTER, (latest + one_day, None)
    elif modifier in ("rond", "circa", "ongeveer"):
        mod, bounds = Mod.APPROX, (earliest, latest)
    else:
        raise ValueError(f"unknown modifier {modifier!r}")
    # the upper bound of "sinds" is R itself, so it is anchored to the document
    relative = uses_reference or inner.anchoring is Anchoring.DOCUMENT_RELATIVE
    return DutchDateExample(
        text=f"{modifier} {inner.text}",
        value=inner.value,
        earliest=bounds[0],
        latest=bounds[1],
        granularity=inner.granularity,
        mod=mod,
        anchoring=Anchoring.DOCUMENT_RELATIVE if relative else Anchoring.ABSOLUTE,
        reference=reference if relative else None,
        form=f"modifier-{modifier.replace(' ', '-')}",
    )


# "voor 2024" is as often "for 2024" ("doelstellingen voor 2024") and "circa 2000" a count
# ("circa 2000 militairen"): the contract's examples of these modifiers never take a bare year
_NOT_WITH_BARE_YEARS = ("voor", "rond", "circa", "ongeveer")


def _modifier_granularities(
    modifier: str, low: Date, high: Date, reference: Date | None
) -> list[Granularity]:
    """The granularities a modifier can apply to within low..high (sinds: up to R)."""
    if modifier in _PART_WORDS:
        # the contract defines begin/eind of a month, year or quarter; medio of a month or year
        parts: tuple[Granularity, ...] = {
            "begin": (Granularity.MONTH, Granularity.YEAR, Granularity.QUARTER),
            "eind": (Granularity.MONTH, Granularity.YEAR, Granularity.QUARTER),
            "medio": (Granularity.MONTH, Granularity.YEAR),
            "half": (Granularity.MONTH,),
        }[modifier]
    elif modifier in _NOT_WITH_BARE_YEARS:
        parts = tuple(g for g in _DATE_GRANULARITIES if g is not Granularity.YEAR)
    else:
        parts = _DATE_GRANULARITIES
    if modifier == "sinds" and reference is not None:
        high = min(high, reference)
    return _fitting(parts, low, high) if low <= high else []
