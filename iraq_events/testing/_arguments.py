"""Argument checks of the public strategies (``strategies``), run inside the draw so that a
bad argument surfaces at draw time, as Hypothesis's own strategies do.

Hypothesis is imported only when a check fails (``invalid``): the library's modules other than
``strategies`` never import it, and a check only runs while Hypothesis is drawing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Sequence
from datetime import date as Date
from typing import TypeVar

from iraq_events.temporal.types import Granularity

__all__ = [
    "SUPPORTED_MAX",
    "SUPPORTED_MIN",
    "as_granularity",
    "as_str",
    "check_choices",
    "check_date",
    "check_flag",
    "check_range",
    "check_reference",
    "invalid",
]

_T = TypeVar("_T")


def invalid(message: str) -> Exception:
    """Hypothesis's ``InvalidArgument`` with ``message``."""
    from hypothesis.errors import InvalidArgument

    return InvalidArgument(message)


SUPPORTED_MIN = Date(1000, 1, 1)
SUPPORTED_MAX = Date(9998, 12, 31)
# relative expressions shift R by up to a dozen years; keep the result four-digit
_REFERENCE_LIMITS = (Date(1100, 1, 1), Date(9899, 12, 31))


def check_date(name: str, value: object) -> Date:
    if not isinstance(value, Date) or isinstance(value, datetime.datetime):
        raise invalid(f"{name}={value!r} must be a datetime.date")
    if not SUPPORTED_MIN <= value <= SUPPORTED_MAX:
        raise invalid(
            f"{name}={value!r} is outside the four-digit years {SUPPORTED_MIN}..{SUPPORTED_MAX}"
        )
    return value


def check_range(min_value: object, max_value: object) -> tuple[Date, Date]:
    low = check_date("min_value", min_value)
    high = check_date("max_value", max_value)
    if low > high:
        raise invalid(f"min_value={low} is after max_value={high}")
    return low, high


def check_choices(
    name: str, value: object, allowed: Sequence[_T], convert: Callable[[object], _T]
) -> list[_T]:
    if value is None:
        return list(allowed)
    if isinstance(value, str) or not isinstance(value, Collection):
        raise invalid(f"{name}={value!r} must be a collection such as a list or tuple")
    chosen: list[_T] = []
    for item in value:
        try:
            converted = convert(item)
        except (ValueError, TypeError):
            converted = None
        if converted is None or converted not in allowed:
            raise invalid(f"{name} contains {item!r}; choose from {', '.join(map(str, allowed))}")
        if converted not in chosen:
            chosen.append(converted)
    if not chosen:
        raise invalid(f"{name} must not be empty")
    return chosen


def as_granularity(item: object) -> Granularity:
    return item if isinstance(item, Granularity) else Granularity(str(item))


def as_str(item: object) -> str:
    if not isinstance(item, str):
        raise TypeError(item)
    return item


def check_reference(reference: object) -> Date | None:
    if reference is None:
        return None
    if not isinstance(reference, Date) or isinstance(reference, datetime.datetime):
        raise invalid(f"reference={reference!r} must be a datetime.date")
    if not _REFERENCE_LIMITS[0] <= reference <= _REFERENCE_LIMITS[1]:
        raise invalid(
            f"reference={reference} is outside {_REFERENCE_LIMITS[0]}..{_REFERENCE_LIMITS[1]}"
        )
    return reference


def check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise invalid(f"{name}={value!r} must be True or False")
    return value
