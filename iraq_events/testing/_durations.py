"""Durations (``vier jaar``, ``ruim een jaar``, ``de afgelopen jaren``) and sets
(``wekelijks``, ``elke maandag``): expressions with a value but no bounds.

Pure builders: parameters in, example out; the strategies draw the parameters.
"""

from __future__ import annotations

from iraq_events.temporal.types import ExpressionKind, Granularity, Mod
from iraq_events.testing._common import DutchDateExample
from iraq_events.testing._relative import _COUNT_UNITS, _count_phrase

_VAGUE_UNITS = {"jaren": ("Y", Granularity.YEAR), "maanden": ("M", Granularity.MONTH)}
_APPROX_WORDS = ("ruim", "bijna", "circa", "ongeveer", "meer dan")


def _unbounded(
    kind: ExpressionKind,
    text: str,
    value: str,
    granularity: Granularity,
    form: str,
    mod: Mod | None,
) -> DutchDateExample:
    """A duration or a set: a TIMEX3 value and no bounds (the contract anchors neither); a
    duration's value is its ISO 8601 duration too."""
    return DutchDateExample(
        text=text,
        earliest=None,
        latest=None,
        granularity=granularity,
        kind=kind,
        mod=mod,
        duration=value if kind is ExpressionKind.DURATION else None,
        value=value,
        form=form,
    )


def _duration(
    text: str, value: str, granularity: Granularity, form: str, mod: Mod | None = None
) -> DutchDateExample:
    return _unbounded(ExpressionKind.DURATION, text, value, granularity, form, mod)


def _counted_duration(
    unit: str, count: int, variant: int, approx_word: str | None
) -> DutchDateExample:
    """``vier jaar``, ``een periode van 4 jaar``, ``ruim een jaar`` (APPROX): no bounds."""
    _, designator, granularity = _COUNT_UNITS[unit]
    phrase = _count_phrase(unit, count, variant)
    value = f"P{count}{designator}"
    if approx_word is not None:
        return _duration(
            f"{approx_word} {phrase}", value, granularity, "duration-approx", Mod.APPROX
        )
    if variant // 3 % 2:
        return _duration(f"een periode van {phrase}", value, granularity, "duration-period")
    return _duration(phrase, value, granularity, "duration")


def _vague_duration(plural: str, past: bool) -> DutchDateExample:
    """``de afgelopen jaren``, ``de komende maanden``: a vague number, ``PXY``/``PXM``."""
    designator, granularity = _VAGUE_UNITS[plural]
    text = f"de {'afgelopen' if past else 'komende'} {plural}"
    return _duration(text, f"PX{designator}", granularity, "duration-vague")


# adverb / adjective -> (TIMEX3 value, granularity)
_SET_WORDS: dict[str, tuple[str, Granularity]] = {
    "dagelijks": ("P1D", Granularity.DAY),
    "wekelijks": ("P1W", Granularity.WEEK),
    "maandelijks": ("P1M", Granularity.MONTH),
    "jaarlijks": ("P1Y", Granularity.YEAR),
}


def _set(text: str, value: str, granularity: Granularity, form: str) -> DutchDateExample:
    return _unbounded(ExpressionKind.SET, text, value, granularity, form, None)
