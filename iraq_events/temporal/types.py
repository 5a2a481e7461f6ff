"""The value types of the temporal engine: what a Dutch date expression denotes.

The semantics (spans, anchoring, the interval of each expression type) are the contract in
``docs/dates.md``. Every expression carries its provenance: the exact span it was read from,
the name of the grammar rule that read it and the anchor date it was resolved against.
"""

from __future__ import annotations

import datetime
import enum

import attrs

from iraq_events.errors import IraqEventsError

__all__ = [
    "Anchoring",
    "DateParseError",
    "ExpressionKind",
    "Granularity",
    "Mod",
    "TemporalExpression",
]


class ExpressionKind(enum.StrEnum):
    """What sort of time an expression denotes (TIMEX3 types)."""

    DATE = "date"
    RANGE = "range"
    DURATION = "duration"
    SET = "set"


class Granularity(enum.StrEnum):
    """The precision an expression is written at; ``PERIOD`` is a span of several units."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    PERIOD = "period"


class Mod(enum.StrEnum):
    """TIMEX3 modifiers; an expression without a modifier has ``mod=None``."""

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_AFTER = "ON_OR_AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"


class Anchoring(enum.StrEnum):
    """Where the interval of an expression comes from."""

    ABSOLUTE = "absolute"
    DOCUMENT_RELATIVE = "document-relative"
    CONTEXTUAL = "contextual"
    UNRESOLVED = "unresolved"


class DateParseError(IraqEventsError, ValueError):
    """Raised by ``parse_date`` when the input is not a date, or not a valid one."""

    def __init__(self, expression: str, problem: str) -> None:
        self.expression = expression
        self.problem = problem
        super().__init__(f"cannot parse {expression!r} as a date: {problem}")


# slots=False: a frozen slotted class sets each of its fourteen fields through
# object.__setattr__, one call each; without slots attrs writes them into the instance's
# dictionary, which costs half as much, and one is built for every expression of a text
@attrs.frozen(kw_only=True, slots=False)
class TemporalExpression:
    """One temporal expression found in text, with the interval it denotes.

    ``earliest`` and ``latest`` are inclusive bounds; ``None`` means an open end
    (``sinds juli 2021`` has no open end, ``vanaf mei 2024`` has) or, for an unresolved
    expression, that nothing can be known. ``start``/``end`` are character offsets into the
    text the expression was found in, so ``text == source[start:end]``.
    """

    text: str
    start: int
    end: int
    kind: ExpressionKind
    granularity: Granularity
    earliest: datetime.date | None = None
    latest: datetime.date | None = None
    mod: Mod | None = None
    anchoring: Anchoring = Anchoring.ABSOLUTE
    value: str = ""
    duration: str | None = None
    rule: str = ""
    anchor: datetime.date | None = None
    # what is wrong with the date as written ("februari 2024 has no day 31", a weekday that
    # contradicts its date); an impossible date is reported unresolved with its problem
    problem: str | None = None

    def __attrs_post_init__(self) -> None:
        # one check for the span and the interval (three attrs validators cost three calls
        # for each of the many expressions a text holds)
        _check(self.text, self.start, self.end, self.earliest, self.latest)

    @property
    def is_resolved(self) -> bool:
        """True unless the expression could not be anchored at all."""
        return self.anchoring is not Anchoring.UNRESOLVED

    @property
    def is_open(self) -> bool:
        """True when a resolved date or range has an open end."""
        return (
            self.kind in (ExpressionKind.DATE, ExpressionKind.RANGE)
            and self.is_resolved
            and (self.earliest is None or self.latest is None)
        )


def _check(
    text: str, start: int, end: int, earliest: datetime.date | None, latest: datetime.date | None
) -> None:
    """What ``TemporalExpression`` checks of every instance, however it is built."""
    if start < 0 or end < start:
        raise ValueError(f"span {start}..{end} is not a span of the text for {text!r}")
    if earliest is not None and latest is not None and earliest > latest:
        raise ValueError(f"earliest {earliest} is after latest {latest} for {text!r}")


_new = object.__new__
_set = object.__setattr__


def new_expression(
    text: str,
    start: int,
    end: int,
    kind: ExpressionKind,
    granularity: Granularity,
    earliest: datetime.date | None,
    latest: datetime.date | None,
    mod: Mod | None,
    anchoring: Anchoring,
    value: str,
    duration: str | None,
    rule: str,
    anchor: datetime.date | None,
    problem: str | None = None,
) -> TemporalExpression:
    """``TemporalExpression(text=text, start=start, ...)`` with every field given by position:
    the same instance, fields and checks, built at half the cost (the generated ``__init__``
    matches fourteen keywords and stores each field by itself; one is built for every
    expression of a text). The fields here must be the class's, in its order
    (``tests/test_temporal_api.py`` compares the two constructions)."""
    _check(text, start, end, earliest, latest)
    expression = _new(TemporalExpression)
    _set(
        expression,
        "__dict__",
        {
            "text": text,
            "start": start,
            "end": end,
            "kind": kind,
            "granularity": granularity,
            "earliest": earliest,
            "latest": latest,
            "mod": mod,
            "anchoring": anchoring,
            "value": value,
            "duration": duration,
            "rule": rule,
            "anchor": anchor,
            "problem": problem,
        },
    )
    return expression
