"""Writing a temporal expression back as Dutch text that the grammar reads as the same thing.

``format_date`` is the inverse of ``parse_date``: ``parse_date(format_date(e))`` denotes what
``e`` denotes (same bounds, granularity, mod, kind and value). It works from the expression's
TIMEX3 ``value`` and ``mod``, so an open interval (``sinds juli 2021``) is written from the
date it opens from.
"""

from __future__ import annotations

import datetime
import re

from iraq_events.temporal.lexicon import lexicon
from iraq_events.temporal.resolution import apply_part
from iraq_events.temporal.types import ExpressionKind, Granularity, Mod, TemporalExpression

__all__ = ["format_date"]

_ORDINALS = ("eerste", "tweede", "derde", "vierde")
_SEASONS = {"SP": "voorjaar", "SU": "zomer", "FA": "najaar", "WI": "winter"}
_PARTS = {Mod.START: "begin", Mod.MID: "medio", Mod.END: "eind"}
_OPEN = {
    Mod.ON_OR_BEFORE: "tot en met",
    Mod.BEFORE: "tot",  # not "voor": "voor 2024" reads as "for 2024"
    Mod.AFTER: "na",
    Mod.APPROX: "rond",
}
_UNITS = {"D": ("dag", "dagen"), "W": ("week", "weken"), "M": ("maand", "maanden"),
          "Y": ("jaar", "jaar")}  # fmt: skip
_SETS = {"P1D": "dagelijks", "P1W": "wekelijks", "P1M": "maandelijks", "P3M": "driemaandelijks",
         "P6M": "halfjaarlijks", "P1Y": "jaarlijks", "P2W": "tweewekelijks",
         "P2Y": "tweejaarlijks"}  # fmt: skip
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_YEAR = re.compile(r"\d{4}")
_QUARTER_OR_HALF = re.compile(r"(\d{4})-([QH])([1-4])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_DECADE = re.compile(r"\d{3}")
_WEEK = re.compile(r"(\d{4})-W(\d\d)")
_DURATION = re.compile(r"P(\d+(?:\.\d+)?)([DWMY])")
_WEEKDAY_SET = re.compile(r"XXXX-WXX-([1-7])")


def _unit_text(value: str) -> str | None:
    """Dutch text for one TIMEX3 calendar value, or None when it is not one."""
    month_names = lexicon().month_names
    if found := _DAY.fullmatch(value):
        year, month, day = (int(part) for part in found.groups())
        return f"{day} {month_names[month - 1]} {year}"
    if found := _MONTH.fullmatch(value):
        return f"{month_names[int(found[2]) - 1]} {found[1]}"
    if _YEAR.fullmatch(value):
        return value
    if found := _QUARTER_OR_HALF.fullmatch(value):
        noun = "kwartaal" if found[2] == "Q" else "helft van"
        return f"{_ORDINALS[int(found[3]) - 1]} {noun} {found[1]}"
    if found := _SEASON.fullmatch(value):
        return f"{_SEASONS[found[2]]} {found[1]}"
    if _DECADE.fullmatch(value):
        return f"de jaren {value}0"
    if found := _WEEK.fullmatch(value):
        return f"week {int(found[2])} van {found[1]}"
    return None


def _calendar_text(expression: TemporalExpression) -> str | None:
    value = expression.value
    if expression.rule == "parliamentary_year" and expression.earliest is not None:
        return f"vergaderjaar {expression.earliest.year}-{expression.earliest.year + 1}"
    if "/" in value:
        first, last = value.split("/", 1)
        first_text, last_text = _unit_text(first), _unit_text(last)
        if first_text is None or last_text is None:
            return None
        # a composed range may start or end inside its units ("medio februari tot eind juni")
        first_text = _with_part(first_text, 0, expression.earliest)
        last_text = _with_part(last_text, 1, expression.latest)
        return f"{first_text} tot en met {last_text}"
    return _unit_text(value)


def _with_part(text: str, side: int, bound: datetime.date | None) -> str:
    """``text`` (one unit), with the part of it whose ``side`` (0: start, 1: end) is
    ``bound`` when the unit's own edge is not."""
    from iraq_events.temporal.api import parse_date

    unit = parse_date(text)
    if unit.earliest is None or unit.latest is None or bound is None:
        return text
    if (unit.earliest, unit.latest)[side] == bound:
        return text
    for part, word in _PARTS.items():
        if apply_part(unit.earliest, unit.latest, part)[side] == bound:
            return f"{word} {text}"
    return text


def _part_inside(expression: TemporalExpression, text: str) -> Mod | None:
    """The part of its unit an open interval starts or ends at, when not the unit's own edge."""
    from iraq_events.temporal.api import parse_date

    unit = parse_date(text)
    assert unit.earliest is not None and unit.latest is not None
    one = datetime.timedelta(days=1)
    edge = {
        Mod.BEFORE: (0, expression.latest + one if expression.latest else None),
        Mod.ON_OR_BEFORE: (1, expression.latest),
        Mod.AFTER: (1, expression.earliest - one if expression.earliest else None),
        Mod.ON_OR_AFTER: (0, expression.earliest),
    }.get(expression.mod or Mod.APPROX)
    if edge is None or edge[1] is None or (unit.earliest, unit.latest)[edge[0]] == edge[1]:
        return None
    for part in _PARTS:
        if apply_part(unit.earliest, unit.latest, part)[edge[0]] == edge[1]:
            return part
    return None


def format_date(expression: TemporalExpression) -> str:
    """Dutch text that ``parse_date`` reads as ``expression``: the same bounds, granularity,
    mod, kind and value.

    A resolved relative or contextual expression is written as the date it resolved to
    (``6 februari jl.`` → ``6 februari 2024``), which reads back as absolute; ``sinds X``
    reads back to R only when parsed with the same reference. Raises ``ValueError`` for what
    has no such text: unresolved expressions, windows from R (``de afgelopen vier jaar``), a
    unit cut at R (``later dit jaar``) and vague durations. Weeks are written as ISO weeks
    (``vorige week`` → ``week 19 van 2024``).
    """
    kind = expression.kind
    value = expression.value
    if kind is ExpressionKind.SET:
        if value in _SETS:
            text = _SETS[value]
        elif found := _WEEKDAY_SET.fullmatch(value):
            every = next(iter(lexicon().rule_words["every"]))  # the table's first: "elke"
            text = f"{every} {lexicon().weekday_names[int(found[1]) - 1]}"
        else:
            raise ValueError(f"cannot write the set {value!r} in Dutch")
        return f"bijna {text}" if expression.mod is Mod.APPROX else text
    if kind is ExpressionKind.DURATION:
        found = _DURATION.fullmatch(value)
        if found is None or expression.earliest is not None:
            raise ValueError(f"cannot write the duration {expression.text!r} without R")
        amount, unit = found[1], found[2]
        singular, plural = _UNITS[unit]
        if expression.granularity is Granularity.QUARTER:  # P6M read from "twee kwartalen"
            amount, singular, plural = f"{float(amount) / 3:g}", "kwartaal", "kwartalen"
        elif expression.granularity is Granularity.DECADE:
            amount, singular, plural = f"{float(amount) / 10:g}", "decennium", "decennia"
        text = f"{amount.replace('.', ',')} {singular if amount == '1' else plural}"
        return f"circa {text}" if expression.mod is Mod.APPROX else text
    if expression.rule == "relative.earlier_later":  # a part of a unit cut at R, like a window
        raise ValueError(f"cannot write {expression.text!r} without R")
    if kind is ExpressionKind.RANGE and expression.granularity is Granularity.WEEK:
        raise ValueError(f"cannot write the range of weeks {expression.text!r}")
    calendar_text = _calendar_text(expression)
    if calendar_text is None:
        raise ValueError(f"cannot write {expression.text!r} (value {value!r}) without R")
    text = calendar_text
    mod = expression.mod
    if mod is None:
        return text
    if mod in _PARTS:
        return f"{_PARTS[mod]} {text}"
    part = _part_inside(expression, text)
    if part is not None:  # "voor eind 2025": the interval opens from a part of the unit
        text = f"{_PARTS[part]} {text}"
    if mod is Mod.ON_OR_AFTER:
        return f"{'sinds' if expression.latest is not None else 'vanaf'} {text}"
    return f"{_OPEN[mod]} {text}"
