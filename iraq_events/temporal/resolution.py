"""Resolution: underspecified grammar values → intervals, against an explicit reference date.

The reference date R is always passed in (never read from the clock). Context — the year of
the nearest preceding written date and the nearest preceding date in the same paragraph — is
passed in as a ``Context`` that ``find_dates`` keeps per paragraph. The interval semantics are
the contract in ``docs/dates.md``.
"""

from __future__ import annotations

import datetime

import attrs

from iraq_events.temporal.anchoring import _Base, _calendar, _range, _unresolved
from iraq_events.temporal.context import Context, InvalidDate, sentence_tense
from iraq_events.temporal.intervals import (
    _DAY,
    _UNIT_GRAIN,
    apply_part,
    calendar_interval,
    easter,
    format_value,
    holiday,
)
from iraq_events.temporal.lexicon import lexicon
from iraq_events.temporal.relative import _duration_value, _relative
from iraq_events.temporal.types import (
    Anchoring,
    ExpressionKind,
    Granularity,
    Mod,
    TemporalExpression,
    new_expression,
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
    prinsjesdag,
)

# the public names of the resolution step, wherever their code lives (context.py, intervals.py)
__all__ = [
    "Context",
    "InvalidDate",
    "apply_part",
    "calendar_interval",
    "easter",
    "format_value",
    "holiday",
    "resolve",
    "resolve_anaphor",
    "sentence_tense",
]


def _recess(value: RecessValue, reference: datetime.date | None) -> _Base:
    year = value.year if value.year is not None else (reference.year if reference else None)
    anchoring = Anchoring.ABSOLUTE if value.year is not None else Anchoring.DOCUMENT_RELATIVE
    anchor = None if value.year is not None else reference
    if year is None:
        return _unresolved(ExpressionKind.RANGE, Granularity.DAY)
    lex = lexicon()
    fallback = lex.recess_fallbacks.get(value.name)
    if value.year is None and reference is not None and fallback and fallback[1] < fallback[0]:
        # a recess that runs into the next year ("het kerstreces" in a letter of January):
        # the one that holds R, else the nearer of the last before R and the next after it
        year = _nearest_turning(fallback, reference)
    tabled = lex.recess_dates.get((value.name, year))
    if tabled is not None:
        earliest, latest = tabled
        text_value = f"{earliest.isoformat()}/{latest.isoformat()}"
        return _Base(
            ExpressionKind.RANGE, Granularity.DAY, earliest, latest, anchoring, text_value, anchor
        )
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


def _nearest_turning(
    fallback: tuple[tuple[int, int], tuple[int, int]], reference: datetime.date
) -> int:
    """The starting year of the occurrence of a year-turning recess nearest R."""
    (m1, d1), (m2, d2) = fallback
    gaps = []
    for year in (reference.year - 1, reference.year):
        first, last = datetime.date(year, m1, d1), datetime.date(year + 1, m2, d2)
        gap = (
            0
            if first <= reference <= last
            else min(abs((first - reference).days), abs((reference - last).days))
        )
        gaps.append((gap, year))
    return min(gaps)[1]


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
    rule, start, end, value, open_kind, approx, part = parse[:7]
    context.source, context.span, context.resolved_by = source, (start, end), None
    if type(value) is CalendarValue:  # most expressions: no dispatch on the value's type
        base = _calendar(value, reference, context)
    else:
        base = _base(parse, reference, context)
    kind, granularity, earliest, latest, anchoring, text_value, anchor, duration, mod = base
    if part is not None:
        if earliest is not None and latest is not None and granularity is not Granularity.DAY:
            earliest, latest = apply_part(earliest, latest, part)
        mod = part
    if approx:
        mod = Mod.APPROX
    if open_kind is not None:
        mod, earliest, latest = _open(open_kind, earliest, latest, reference)
        if open_kind is OpenKind.SINCE and latest is not None:
            # the end of "sinds juli 2021" is R: the expression is anchored to the document
            anchor = reference
            if anchoring is Anchoring.ABSOLUTE:
                anchoring = Anchoring.DOCUMENT_RELATIVE
    if context.resolved_by is not None:
        rule = f"{rule}.{context.resolved_by}"
    return new_expression(
        source[start:end], start, end, kind, granularity, earliest, latest, mod, anchoring,
        text_value, duration, rule, anchor,
    )  # fmt: skip


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
