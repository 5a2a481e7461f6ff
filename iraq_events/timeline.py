"""A queryable timeline of events that is honest about uncertain dates.

An event's date is an interval of whole days, ``date_start .. date_end`` (inclusive). ``None``
on one side is an *open* end ("vanaf mei 2024"): it extends to minus or plus infinity. An
*unresolved* date (nothing to anchor it to) has no interval at all.

Two readings of "the event falls in a window" are offered, and every query names the one it
uses:

* **certain** (``Timeline.within``): the event's whole interval lies inside the window. An
  event "in May 2023" is certainly inside May–June 2023 but not certainly on or before
  15 May 2023. An open end is never certainly inside a finite window.
* **possible** (``Timeline.overlapping``): the interval shares at least one day with the
  window. "May 2023" possibly lies on or before 15 May 2023; "vanaf mei 2024" possibly lies in
  any window that ends on or after 1 May 2024.

An unresolved date is in neither. Relations between two events (``before``, ``after``,
``between``, ``relation``) answer only what the intervals make certain and say "unknown"
(``None``) otherwise.
"""

from __future__ import annotations

import datetime
import enum
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal, overload

from iraq_events.events.model import Event, EventStatus, EventType
from iraq_events.temporal.resolution import format_value
from iraq_events.temporal.types import ExpressionKind, Granularity, Mod

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "GROUPINGS",
    "MODES",
    "Grouping",
    "Mode",
    "Relation",
    "Timeline",
    "after",
    "before",
    "between",
    "event_interval",
    "period_key",
    "relation",
    "sort_key",
]

Mode = Literal["certain", "possible"]
MODES: tuple[Mode, ...] = ("certain", "possible")
Grouping = Literal["month", "quarter", "year"]
GROUPINGS: tuple[Grouping, ...] = ("month", "quarter", "year")
Relation = Literal["before", "after", "during", "contains", "overlaps", "unknown"]

# A point on the day line with explicit infinities: (0,) is minus infinity, (2,) plus infinity,
# (1, day) a real day. Tuples compare correctly, so open ends need no sentinel dates.
_Bound = tuple[int] | tuple[int, datetime.date]
_MINUS_INFINITY: _Bound = (0,)
_PLUS_INFINITY: _Bound = (2,)

# coarser precision sorts later among events that start on the same day
_PRECISION_RANK = {
    Granularity.DAY: 0,
    Granularity.WEEK: 1,
    Granularity.MONTH: 2,
    Granularity.SEASON: 3,
    Granularity.QUARTER: 4,
    Granularity.HALF: 5,
    Granularity.YEAR: 6,
    Granularity.DECADE: 7,
    Granularity.PERIOD: 8,
}

DateLike = datetime.date | str | None


def _day(value: datetime.date) -> _Bound:
    return (1, value)


def event_interval(event: Event) -> tuple[_Bound, _Bound] | None:
    """The event's interval as comparable bounds, or ``None`` when its date is unresolved.

    An open start is minus infinity and an open end plus infinity.
    """
    date = event.date
    if not date.is_resolved:
        return None
    if date.kind not in (ExpressionKind.DATE, ExpressionKind.RANGE):
        # a duration or a set dates nothing unless the engine anchored it to bounds
        if date.earliest is None and date.latest is None:
            return None
    low = _MINUS_INFINITY if date.earliest is None else _day(date.earliest)
    high = _PLUS_INFINITY if date.latest is None else _day(date.latest)
    return low, high


def _is_extent(event: Event) -> bool:
    """True when the event lasts its whole interval (a range), not a moment somewhere in it.

    "mei 2023 tot en met april 2024" and "sinds juli 2021" are extents; "mei 2023" is one
    unknown moment in May. A single day is both.
    """
    date = event.date
    return date.kind is ExpressionKind.RANGE or (
        date.earliest is not None and date.earliest == date.latest
    )


_OPEN_MODS = frozenset({Mod.BEFORE, Mod.AFTER, Mod.ON_OR_BEFORE, Mod.ON_OR_AFTER})


def _placement(event: Event, low: _Bound, high: _Bound) -> _Bound:
    """The day the timeline places an event on.

    An event that happened at one unknown moment of a bounded span ("mei 2023", "2023",
    "eind april 2024") is placed on the span's last day, so that every event known to the day
    inside that span comes before it. Extents (ranges, single days) and open-ended intervals
    ("sinds juli 2021", "na 18 oktober 2023") are placed on their first day.
    """
    date = event.date
    bounded = low != _MINUS_INFINITY and high != _PLUS_INFINITY
    moment_in_span = bounded and date.kind is ExpressionKind.DATE and date.mod not in _OPEN_MODS
    return high if moment_in_span and not _is_extent(event) else low


def sort_key(event: Event) -> tuple[object, ...]:
    """The timeline order: a total order on events with distinct ids.

    By the day the event is placed on (see :func:`_placement`: a moment somewhere in a month
    sorts after the days of that month, so a day-precise event sorts before the month it falls
    in), unresolved dates last; then finer precision first; then by earliest and latest day;
    then by position in the source (``source.document_id``, ``source.char_start``); then by
    ``event_id``. An event certainly before another always sorts before it.
    """
    interval = event_interval(event)
    resolved = 0 if interval is not None else 1
    low, high = interval if interval is not None else (_PLUS_INFINITY, _PLUS_INFINITY)
    return (
        resolved,
        _placement(event, low, high) if interval is not None else _PLUS_INFINITY,
        _PRECISION_RANK.get(event.date_precision, len(_PRECISION_RANK)),
        low,
        high,
        event.source.document_id,
        event.source.char_start,
        event.event_id,
    )


def before(a: Event, b: Event) -> bool | None:
    """Is ``a`` certainly before ``b`` (every possible day of ``a`` precedes every day of ``b``)?

    ``True`` when ``a`` ends before ``b`` can start; ``False`` when ``a`` cannot start before
    ``b`` ends (same day counts as not before); ``None`` (unknown) otherwise, including when
    either date is unresolved. "May 2023" vs "15 May 2023" is unknown.
    """
    interval_a, interval_b = event_interval(a), event_interval(b)
    if interval_a is None or interval_b is None:
        return None
    if interval_a[1] < interval_b[0]:
        return True
    if interval_a[0] >= interval_b[1]:
        return False
    return None


def after(a: Event, b: Event) -> bool | None:
    """Is ``a`` certainly after ``b``? The mirror of :func:`before`: ``before(b, a)``."""
    return before(b, a)


def between(x: Event, a: Event, b: Event) -> bool | None:
    """Is ``x`` certainly after ``a`` and before ``b``? Three-valued: ``None`` is unknown.

    ``False`` as soon as one side is certainly false; ``True`` only when both are certain.
    """
    left, right = after(x, a), before(x, b)
    if left is False or right is False:
        return False
    if left is True and right is True:
        return True
    return None


def relation(a: Event, b: Event) -> Relation:
    """How ``a`` stands to ``b``, where the intervals make it certain; else ``"unknown"``.

    * ``"before"`` / ``"after"``: as :func:`before` / :func:`after` say ``True``;
    * ``"during"``: ``a``'s whole interval lies inside the extent of ``b`` (``b`` is a range,
      or a single day), e.g. a strike on 21 November 2023 during "mei 2023 tot en met april
      2024"; ``"contains"`` is the converse;
    * ``"overlaps"``: both are extents that certainly share days (two ranges that intersect,
      or two events on the same day) without one containing the other;
    * ``"unknown"``: anything else — "May 2023" vs "15 May 2023", an unresolved date.
    """
    if before(a, b):
        return "before"
    if after(a, b):
        return "after"
    interval_a, interval_b = event_interval(a), event_interval(b)
    if interval_a is None or interval_b is None:
        return "unknown"
    (low_a, high_a), (low_b, high_b) = interval_a, interval_b
    a_inside_b = low_b <= low_a and high_a <= high_b
    b_inside_a = low_a <= low_b and high_b <= high_a
    if a_inside_b and b_inside_a:
        # the same interval: certain to coincide only if both last it (or it is one day)
        return "overlaps" if _is_extent(a) and _is_extent(b) else "unknown"
    if a_inside_b and _is_extent(b):
        return "during"
    if b_inside_a and _is_extent(a):
        return "contains"
    if _is_extent(a) and _is_extent(b):
        return "overlaps"
    return "unknown"


_GROUPING_GRAIN = {
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER,
    "year": Granularity.YEAR,
}


def period_key(day: datetime.date, grouping: Grouping) -> str:
    """The label of the month, quarter or year containing ``day``: "2023-11", "2023-Q4", "2023"."""
    grain = _GROUPING_GRAIN.get(grouping)
    if grain is not None:
        return format_value(grain, day)
    raise ValueError(f"unknown grouping {grouping!r}; choose one of {', '.join(GROUPINGS)}")


def _as_date(value: DateLike, name: str) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        if isinstance(value, datetime.datetime):
            return value.date()
        return value
    if not isinstance(value, str):
        raise TypeError(
            f"{name} must be a datetime.date or a YYYY-MM-DD string, not {type(value).__name__}"
        )
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a date in the form YYYY-MM-DD") from None


def _window(start: DateLike, end: DateLike) -> tuple[_Bound, _Bound]:
    start_day, end_day = _as_date(start, "start"), _as_date(end, "end")
    if start_day is not None and end_day is not None and start_day > end_day:
        raise ValueError(f"the window starts ({start_day}) after it ends ({end_day})")
    low = _MINUS_INFINITY if start_day is None else _day(start_day)
    high = _PLUS_INFINITY if end_day is None else _day(end_day)
    return low, high


def _accepted_answers(mode: Mode) -> frozenset[bool | None]:
    """The three-valued answers a relation query keeps: certain ones, or all but a certain no."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    return frozenset({True}) if mode == "certain" else frozenset({True, None})


def _enum_values(
    values: str | enum.Enum | Iterable[str | enum.Enum], members: type[enum.Enum], what: str
) -> frozenset[str]:
    """The values asked for, checked against the enum so that a typo is an error, not []."""
    items = [values] if isinstance(values, (str, enum.Enum)) else list(values)
    asked = frozenset(
        str(item.value if isinstance(item, enum.Enum) else item).casefold() for item in items
    )
    unknown = asked - {str(member.value) for member in members}
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(sorted(unknown))}")
    return asked


def _names(values: str | Iterable[str]) -> frozenset[str]:
    items = [values] if isinstance(values, str) else list(values)
    return frozenset(str(item).casefold() for item in items)


class Timeline(Sequence[Event]):
    """Events in timeline order (see :func:`sort_key`), with queries that return new timelines.

    A timeline never changes: every filter, window and relation query returns a new one, and
    the events themselves are frozen. It is a ``Sequence[Event]`` (``len``, iteration,
    indexing, slicing gives a ``Timeline``).

    >>> timeline = Timeline(events)                                     # doctest: +SKIP
    >>> strikes = timeline.filter(event_type="airstrike", actor="United States")  # doctest: +SKIP
    >>> strikes.within("2024-01-01", "2024-03-31")                      # doctest: +SKIP
    """

    __slots__ = ("_events",)

    def __init__(self, events: Iterable[Event] = ()) -> None:
        # sorted() is stable, and the key is total for distinct event ids
        self._events: tuple[Event, ...] = tuple(sorted(events, key=sort_key))

    @classmethod
    def from_parquet(cls, path: str | os.PathLike[str]) -> Timeline:
        """Load the events of a Parquet file written by ``iraq_events.write_parquet``."""
        from iraq_events.dataset import read_events

        return cls(read_events(path))

    # --- the sequence -------------------------------------------------------------------------

    @property
    def events(self) -> tuple[Event, ...]:
        return self._events

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> Timeline: ...

    def __getitem__(self, index: int | slice) -> Event | Timeline:
        if isinstance(index, slice):
            return self._derive(self._events[index])
        return self._events[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        return self._events == other._events

    def __hash__(self) -> int:
        return hash(self._events)

    def __repr__(self) -> str:
        return f"Timeline({len(self._events)} events)"

    def _derive(self, events: Iterable[Event]) -> Timeline:
        # the events are already in order; skip re-sorting
        timeline = Timeline.__new__(Timeline)
        timeline._events = tuple(events)
        return timeline

    # --- filters ------------------------------------------------------------------------------

    def where(self, predicate: Callable[[Event], bool]) -> Timeline:
        """The events for which ``predicate`` is true, in the same order."""
        return self._derive(event for event in self._events if predicate(event))

    def filter(
        self,
        *,
        event_type: str | EventType | Iterable[str | EventType] | None = None,
        status: str | EventStatus | Iterable[str | EventStatus] | None = None,
        actor: str | Iterable[str] | None = None,
        country: str | Iterable[str] | None = None,
        location: str | Iterable[str] | None = None,
        document: str | Iterable[str] | None = None,
    ) -> Timeline:
        """Keep events matching every given criterion; each accepts one value or several (any).

        * ``event_type``, ``status``: enum members or their values (``"airstrike"``);
        * ``actor``: an actor's canonical name, its words in the letter (``surface``) or any
          alias the actor lexicon lists for it, case-insensitive (``"United States"``,
          ``"de VS"``, ``"Verenigde Staten"``);
        * ``country``: ISO 3166-1 alpha-3 of any actor or of the location (``"IRQ"``);
        * ``location``: the location's canonical name, surface form or lexicon alias,
          case-insensitive (``"Baghdad"``, ``"Bagdad"``);
        * ``document``: a ``document_id`` of the event's source or of any of its mentions.
        """
        predicates: list[Callable[[Event], bool]] = []
        if event_type is not None:
            types = _enum_values(event_type, EventType, "event type")
            predicates.append(lambda event: event.event_type.value in types)
        if status is not None:
            statuses = _enum_values(status, EventStatus, "status")
            predicates.append(lambda event: event.status.value in statuses)
        if actor is not None:
            actors = _with_lexicon_names(_names(actor), "actors")
            predicates.append(
                lambda event: any(
                    a.name.casefold() in actors or a.surface.casefold() in actors
                    for a in event.actors
                )
            )
        if country is not None:
            countries = _names(country)
            malformed = sorted(c for c in countries if not (len(c) == 3 and c.isalpha()))
            if malformed:
                raise ValueError(
                    f"country {', '.join(malformed)!s} is not an ISO 3166-1 alpha-3 code "
                    "(such as IRQ, USA, NLD)"
                )
            predicates.append(lambda event: not countries.isdisjoint(_countries(event)))
        if location is not None:
            places = _with_lexicon_names(_names(location), "places")
            predicates.append(
                lambda event: (
                    event.location is not None
                    and (
                        event.location.name.casefold() in places
                        or event.location.surface.casefold() in places
                    )
                )
            )
        if document is not None:
            documents = frozenset(document) if not isinstance(document, str) else {document}
            predicates.append(
                lambda event: (
                    event.source.document_id in documents
                    or any(mention.document_id in documents for mention in event.mentions)
                )
            )
        return self.where(lambda event: all(predicate(event) for predicate in predicates))

    # --- date windows -------------------------------------------------------------------------

    def within(self, start: DateLike = None, end: DateLike = None) -> Timeline:
        """Events **certainly** inside ``start .. end`` (inclusive): their whole interval is.

        ``start``/``end`` are dates or ``YYYY-MM-DD`` strings; ``None`` leaves that side
        unbounded (then an open end on that side is inside). An open end is never certainly
        inside a finite bound; an unresolved date never is.
        """
        low, high = _window(start, end)

        def inside(event: Event) -> bool:
            interval = event_interval(event)
            return interval is not None and low <= interval[0] and interval[1] <= high

        return self.where(inside)

    def overlapping(self, start: DateLike = None, end: DateLike = None) -> Timeline:
        """Events **possibly** inside ``start .. end``: their interval shares a day with it.

        An open end reaches to infinity, so "vanaf mei 2024" overlaps every window ending on
        or after 1 May 2024. An unresolved date overlaps nothing.
        """
        low, high = _window(start, end)

        def overlaps(event: Event) -> bool:
            interval = event_interval(event)
            return interval is not None and interval[0] <= high and low <= interval[1]

        return self.where(overlaps)

    def window(self, start: DateLike = None, end: DateLike = None, *, mode: Mode) -> Timeline:
        """:meth:`within` for ``mode="certain"``, :meth:`overlapping` for ``mode="possible"``."""
        if mode == "certain":
            return self.within(start, end)
        if mode == "possible":
            return self.overlapping(start, end)
        raise ValueError(f"unknown window mode {mode!r}; choose one of {', '.join(MODES)}")

    # --- relations to one event ---------------------------------------------------------------

    def before(self, other: Event, *, mode: Mode = "certain") -> Timeline:
        """Events certainly (``before(e, other) is True``) or possibly (not ``False``) before."""
        return self._related(other, before, mode)

    def after(self, other: Event, *, mode: Mode = "certain") -> Timeline:
        """Events certainly or possibly after ``other``; see :func:`after`."""
        return self._related(other, after, mode)

    def between(self, first: Event, last: Event, *, mode: Mode = "certain") -> Timeline:
        """Events certainly (or possibly) after ``first`` and before ``last``."""
        wanted = _accepted_answers(mode)
        return self.where(lambda event: between(event, first, last) in wanted)

    def _related(
        self, other: Event, test: Callable[[Event, Event], bool | None], mode: Mode
    ) -> Timeline:
        wanted = _accepted_answers(mode)
        return self.where(lambda event: event is not other and test(event, other) in wanted)

    # --- grouping and export ------------------------------------------------------------------

    def group_by(self, grouping: Grouping) -> dict[str, Timeline]:
        """Split into consecutive groups by the month/quarter/year of each event's first day.

        Keys are "2023-11", "2023-Q4" or "2023", in chronological order. An event is grouped by
        the earliest day it can have happened, so "2023" goes to "2023-01" when grouping by
        month; events with an open start or an unresolved date go under ``"undated"``, last.
        """
        if grouping not in GROUPINGS:
            raise ValueError(f"unknown grouping {grouping!r}; choose one of {', '.join(GROUPINGS)}")
        groups: dict[str, list[Event]] = {}
        undated: list[Event] = []
        for event in self._events:
            start = event.date_start if event.date.is_resolved else None
            if start is None:
                undated.append(event)
            else:
                groups.setdefault(period_key(start, grouping), []).append(event)
        result = {key: self._derive(events) for key, events in sorted(groups.items())}
        if undated:
            result["undated"] = self._derive(undated)
        return result

    def to_frame(self) -> pd.DataFrame:
        """The events as a pandas DataFrame with the dataset's columns, in timeline order."""
        from iraq_events.dataset import to_dataframe

        return to_dataframe(list(self._events))

    @property
    def document_ids(self) -> tuple[str, ...]:
        """The distinct documents the events come from, in order of first appearance."""
        return tuple(dict.fromkeys(event.source.document_id for event in self._events))

    @property
    def span(self) -> tuple[datetime.date, datetime.date] | None:
        """The first and last known day of any event, or ``None`` if nothing is dated."""
        days = [
            day
            for event in self._events
            if event.date.is_resolved
            for day in (event.date_start, event.date_end)
            if day is not None
        ]
        return (min(days), max(days)) if days else None


def _with_lexicon_names(
    names: frozenset[str], table: Literal["actors", "places"]
) -> frozenset[str]:
    """``names`` plus the canonical name of every lexicon entry one of them is an alias of."""
    from iraq_events.events.lexicon import event_lexicon

    entries = getattr(event_lexicon(), table)
    canonical = {
        entry.name.casefold()
        for entry in entries
        if not names.isdisjoint(alias.casefold() for alias in (entry.name, *entry.aliases))
    }
    return names | canonical


def _countries(event: Event) -> set[str]:
    codes = {actor.country.casefold() for actor in event.actors if actor.country}
    if event.location is not None and event.location.country:
        codes.add(event.location.country.casefold())
    return codes
