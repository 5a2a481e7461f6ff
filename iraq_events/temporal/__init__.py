"""The Dutch temporal engine: find, anchor and normalize date expressions."""

from iraq_events.temporal.api import find_dates, parse_date
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
    "parse_date",
]
