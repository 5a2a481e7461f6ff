"""Composition after the scan: two adjacent expressions that are the two ends of one interval.

The scanner reads "vanaf medio februari" and "tot eind juni 2010" as two expressions, each
with its own modifiers; the words between them (nothing, after an open "tot"/"tot en met"
that the second one took as its modifier, or a dash) make them one range, with the year
carried from the side that writes it (issue 15, item 1). The range is the intersection of the
two read alone: from the start of the first (its part applied) to where the second, read
alone, ends ("tot" exclusive, as everywhere in the contract). Looks at one parse ahead, so
scanning stays linear.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator

from iraq_events.temporal.context import InvalidDate
from iraq_events.temporal.intervals import calendar_interval
from iraq_events.temporal.rulebook import (
    _CONNECTOR_AHEAD,
    _CONNECTOR_NAMES,
    _EXCLUSIVE,
    _NEEDS_BETWEEN,
)
from iraq_events.temporal.types import Granularity
from iraq_events.temporal.values import CalendarValue, OpenKind, Parse, RangeValue, YearSource

__all__ = ["compose"]

# a dash between the two sides; the connector words come with the second side's modifier
_DASH = re.compile(r"[^\S\n]*[-–—][^\S\n]*")
_GAP = re.compile(r"[^\S\n]*\n?[^\S\n]*")  # at most one line break: PDF text wraps lines
_SIDE_KINDS = (None, OpenKind.FROM)  # "van medio februari", "vanaf medio februari"
# the rule-name part of an inclusive connector ("tot en met", "t/m": tm)
_INCLUSIVE_NAME = min(set(_CONNECTOR_NAMES.values()) - _EXCLUSIVE - _NEEDS_BETWEEN)
_GAP_REACH = 24  # characters a connector between the two sides may take, spaces included
_END_KINDS = {OpenKind.UNTIL: False, OpenKind.THROUGH: True}  # inclusive?


def compose(parses: Iterable[Parse], text: str) -> Iterator[Parse]:
    """``parses`` in order, with each pair that is one range joined into one parse."""
    pending: Parse | None = None
    for parse in parses:
        if pending is not None:
            joined = _join(pending, parse, text)
            if joined is not None:
                yield joined
                pending = None
                continue
            yield pending
        pending = parse
    if pending is not None:
        yield pending


def _join(first: Parse, last: Parse, text: str) -> Parse | None:
    a, b = first.value, last.value
    if not isinstance(a, CalendarValue) or not isinstance(b, CalendarValue):
        return None
    if first.approx or last.approx or first.problem or last.problem:
        return None
    if first.open_kind not in _SIDE_KINDS or a.holiday is not None or b.holiday is not None:
        return None
    connector = _connector(first, last, text)
    if connector is None:
        return None
    name, inclusive = connector
    carried = _carried(a, b, last.part is not None)
    if carried is None:
        return None
    value = RangeValue(
        first=a, last=carried, inclusive=inclusive, first_part=first.part, last_part=last.part
    )
    return Parse(
        rule=f"range.compose_{name}",
        start=first.start,
        end=last.end,
        value=value,
        open_kind=None,
        parts=(first, last),
    )


def _connector(first: Parse, last: Parse, text: str) -> tuple[str, bool] | None:
    """The rule-name part of the words joining the two sides and whether the range is
    inclusive; ``None`` when the words between them make no range."""
    if last.open_kind is None:
        if _DASH.fullmatch(text, first.end, last.start) is None:
            return None
        return "dash", True
    inclusive = _END_KINDS.get(last.open_kind)
    if inclusive is None:
        return None
    if _GAP.fullmatch(text, first.end, last.start) is None:
        return _connector_between(first, last, text, inclusive)
    # the second side's modifier must be a range connector ("tot", "tot en met", "t/m"),
    # not "uiterlijk", which closes an interval but joins nothing
    word = _CONNECTOR_AHEAD.match(text[last.start : last.start + 12].lower())
    if word is None:
        return None
    name = _CONNECTOR_NAMES[" ".join(word.group().split())]
    if name in _NEEDS_BETWEEN:
        return None
    if (name in _EXCLUSIVE) == inclusive:  # "tot het einde van juni" runs through June
        name = _INCLUSIVE_NAME if inclusive else min(_EXCLUSIVE)
    return name, inclusive


def _connector_between(
    first: Parse, last: Parse, text: str, inclusive: bool
) -> tuple[str, bool] | None:
    """ "van begin mei tot uiterlijk eind augustus": a connector alone between the two sides,
    the second keeping its own closing modifier ("uiterlijk"), joins them as that modifier
    closes the range."""
    if last.start - first.end > _GAP_REACH:
        return None
    between = " ".join(text[first.end : last.start].lower().split())
    word = _CONNECTOR_AHEAD.match(between)
    if word is None or word.end() != len(between) or "\n\n" in text[first.end : last.start]:
        return None
    name = _CONNECTOR_NAMES[" ".join(word.group().split())]
    if name in _NEEDS_BETWEEN:
        return None
    return (_INCLUSIVE_NAME if inclusive else min(_EXCLUSIVE)), inclusive


def _weekday_agrees(a: CalendarValue, year: int | None) -> bool:
    """ "van zondag 27 februari tot vrijdag 11 maart 2011": a first side's weekday fixes its
    year by itself, so it takes the second side's written year only where its day falls on
    that weekday in that year."""
    if a.weekday is None:
        return True
    if year is None or a.month is None or a.day is None:
        return False
    try:
        return datetime.date(year, a.month, a.day).isoweekday() == a.weekday
    except ValueError:
        return False


def _carried(a: CalendarValue, b: CalendarValue, b_part: bool) -> CalendarValue | None:
    """The second side, with the first side's written year when only the first writes one
    ("van medio februari 2010 tot eind juni"; the next year when the second side would start
    before the first); ``None`` when the two cannot share a year (a relative year on one
    side and none on the other)."""
    if a.year is None:
        # the first side takes its year from the second (resolution carries it back), which
        # must then name a part of a year: "maart tot 2010" is no range, "het eerste kwartaal
        # tot eind 2014" is
        if a.year_source is not YearSource.CONTEXT or not _weekday_agrees(a, b.year):
            return None
        whole_years = b.grain in (Granularity.YEAR, Granularity.DECADE) and not b_part
        return None if whole_years or b.grain is Granularity.DECADE else b
    if b.year is not None:
        return b
    if b.year_source is not YearSource.CONTEXT or b.weekday is not None:
        return None
    year = a.year
    try:
        if calendar_interval(b, year)[0] < calendar_interval(a, year)[0]:
            year += 1
    except InvalidDate:
        return None
    return b._replace(year=year, year_source=YearSource.WRITTEN)
