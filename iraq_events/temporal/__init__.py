"""The Dutch temporal engine: find, anchor and normalize date expressions."""

from iraq_events.temporal.api import find_dates, find_letter_date, parse_date
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
