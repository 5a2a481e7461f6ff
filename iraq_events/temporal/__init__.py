"""The Dutch temporal engine: find, anchor and normalize date expressions."""

from typing import Any

from iraq_events.temporal.api import find_dates, parse_date
from iraq_events.temporal.formatting import format_date
from iraq_events.temporal.resolution import resolve_anaphor
from iraq_events.temporal.types import (
    Anchoring,
    DateParseError,
    ExpressionKind,
    Granularity,
    Mod,
    TemporalExpression,
)

__all__ = [
    "Anchoring",
    "DateParseError",
    "ExpressionKind",
    "Granularity",
    "Mod",
    "TemporalExpression",
    "find_dates",
    "find_letter_date",
    "format_date",
    "parse_date",
    "resolve_anaphor",
]


def __getattr__(name: str) -> Any:
    """``find_letter_date`` is document layout (``iraq_events.documents.letter``), still found
    here under its old name."""
    if name == "find_letter_date":
        from iraq_events.documents.letter import find_letter_date

        return find_letter_date
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
