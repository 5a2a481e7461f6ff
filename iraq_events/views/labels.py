"""The words every view shows for an event: its date as written at its precision, a headline,
and where it was read. One place, so that the table, the chart and TimelineJS agree.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Sequence
from typing import NamedTuple

from iraq_events.events.model import ActorRole, Event, EventStatus, EventType
from iraq_events.temporal.resolution import format_value
from iraq_events.temporal.types import Granularity, Mod

__all__ = [
    "OPEN",
    "LetterHeading",
    "date_label",
    "headline",
    "interval_label",
    "letters_title",
    "source_label",
    "status_suffix",
]

OPEN = ".."

# first and last month of each meteorological season (spring, summer, autumn, winter)
_SEASON_MONTHS = {(3, 5), (6, 8), (9, 11), (12, 2)}
_MOD_WORDS = {
    Mod.START: "early ",
    Mod.MID: "mid ",
    Mod.END: "late ",
    Mod.APPROX: "~",
}


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _starts_month(day: datetime.date) -> bool:
    return day.day == 1


def _ends_month(day: datetime.date) -> bool:
    return day.day == _last_day(day.year, day.month)


def _bound_label(day: datetime.date, *, coarse: str) -> str:
    if coarse == "year":
        return f"{day.year:04d}"
    if coarse == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _unit_label(low: datetime.date, high: datetime.date) -> str | None:
    """The name of the single calendar unit exactly covering ``low .. high``, if there is one."""
    if low == high:
        return low.isoformat()
    if not (_starts_month(low) and _ends_month(high)):
        week_start = low - datetime.timedelta(days=low.weekday())
        if low == week_start and high == low + datetime.timedelta(days=6):
            return format_value(Granularity.WEEK, low)
        return None
    months = (high.year - low.year) * 12 + high.month - low.month + 1
    grain = None
    if months == 1:
        grain = Granularity.MONTH
    elif months == 3 and (low.month, high.month) in _SEASON_MONTHS:
        grain = Granularity.SEASON
    elif months == 3 and low.month % 3 == 1:
        grain = Granularity.QUARTER
    elif months == 6 and low.month in (1, 7):
        grain = Granularity.HALF
    elif months == 12 and low.month == 1:
        grain = Granularity.YEAR
    return format_value(grain, low) if grain is not None else None


def _coarsest(day: datetime.date, *, is_start: bool) -> str:
    on_boundary = _starts_month(day) if is_start else _ends_month(day)
    if not on_boundary:
        return "day"
    year_boundary = (day.month, day.day) == ((1, 1) if is_start else (12, 31))
    return "year" if year_boundary else "month"


def interval_label(
    low: datetime.date | None, high: datetime.date | None, granularity: Granularity | None = None
) -> str:
    """``low .. high`` written at its precision: "2024-02-06", "2023-11", "2023-Q4", "2023",
    "2023-05/2024-04", "2021-07/.." (open end), "../2024-04" (open start).

    A range writes both bounds at the coarsest unit both sit on, so a day-precise range
    stays day-precise ("2023-08-07/2023-08-08").
    """
    if low is None and high is None:
        return "?"
    if low is not None and high is not None:
        unit = _unit_label(low, high)
        if unit is not None:
            return unit
        coarse = {"day": 0, "month": 1, "year": 2}
        level = min(coarse[_coarsest(low, is_start=True)], coarse[_coarsest(high, is_start=False)])
        if granularity is Granularity.DAY:
            level = 0
        name = ("day", "month", "year")[level]
        return f"{_bound_label(low, coarse=name)}/{_bound_label(high, coarse=name)}"
    if low is not None:
        start = _bound_label(low, coarse=_open_bound_coarseness(low, granularity, is_start=True))
        return f"{start}/{OPEN}"
    assert high is not None
    end = _bound_label(high, coarse=_open_bound_coarseness(high, granularity, is_start=False))
    return f"{OPEN}/{end}"


def _open_bound_coarseness(
    day: datetime.date, granularity: Granularity | None, *, is_start: bool
) -> str:
    # the known bound of an open interval is written at the expression's granularity when it
    # sits on that unit's boundary ("vanaf mei 2024" → "2024-05/..")
    natural = _coarsest(day, is_start=is_start)
    if granularity is Granularity.YEAR and natural == "year":
        return "year"
    if granularity in (Granularity.MONTH, Granularity.YEAR) and natural in ("month", "year"):
        return "month"
    return "day"


def date_label(event: Event) -> str:
    """The event's date as written at its precision, without its status.

    Modifiers show as words: "early 2024-04", "late 2024-04", "~2023-05"; an unresolved date
    shows "?" and the words it was written in.
    """
    date = event.date
    if not date.is_resolved or (date.earliest is None and date.latest is None):
        return f"? ({date.text})" if date.text else "?"
    prefix = _MOD_WORDS.get(date.mod, "") if date.mod is not None else ""
    if date.mod in (Mod.START, Mod.MID, Mod.END):
        # "eind april 2024" is days 21-30: name the unit it is part of, not the days; when
        # the part spans several units ("het einde van de rapportageperiode"), show the days
        unit = _containing_unit(date.earliest, date.latest, date.granularity)
        if unit is not None:
            return prefix + unit
        return interval_label(date.earliest, date.latest, date.granularity)
    return prefix + interval_label(date.earliest, date.latest, date.granularity)


def _containing_unit(
    low: datetime.date | None, high: datetime.date | None, granularity: Granularity
) -> str | None:
    """The one month, quarter or year (per ``granularity``) holding ``low .. high``, if any."""
    if low is None or high is None:
        return None
    if granularity is Granularity.MONTH and (low.year, low.month) == (high.year, high.month):
        return format_value(Granularity.MONTH, low)
    if granularity is Granularity.QUARTER and (low.year, (low.month - 1) // 3) == (
        high.year,
        (high.month - 1) // 3,
    ):
        return format_value(Granularity.QUARTER, low)
    if granularity in (Granularity.YEAR, Granularity.HALF) and low.year == high.year:
        return format_value(Granularity.YEAR, low)
    return None


def status_suffix(event: Event) -> str:
    """ " (planned)", " (expected)", ... for anything but an event that occurred."""
    return "" if event.status is EventStatus.OCCURRED else f" ({event.status.value})"


def _actor_names(event: Event, roles: tuple[ActorRole, ...]) -> list[str]:
    return list(dict.fromkeys(a.name for a in event.actors if a.role in roles))


# how a headline joins the target to the rest: "Handover by Spain to Netherlands"
_TARGET_WORDS = {
    EventType.HANDOVER: "to",
    EventType.VISIT: "to",
    EventType.ANNOUNCEMENT: "concerning",
    EventType.AGREEMENT: "with",
    EventType.MEETING: "with",
    EventType.FUNDING: "for",
    EventType.DEPLOYMENT: "to",
    EventType.WITHDRAWAL: "from",
    EventType.MANDATE: "for",
    EventType.REPORT: "on",
}


def headline(event: Event, *, with_type: bool = True, omit: Sequence[str] = ()) -> str:
    """A one-line summary: "Airstrike by United States on Iran-aligned militias in Baghdad".

    ``omit`` leaves out actors already shown elsewhere (the lane of a chart by actor).
    """

    def named(*roles: ActorRole) -> list[str]:
        return [name for name in _actor_names(event, roles) if name not in omit]

    doers, hosts = named(ActorRole.INITIATOR), named(ActorRole.HOST)
    others, targets = named(ActorRole.PARTICIPANT, ActorRole.SUBJECT), named(ActorRole.TARGET)
    if not doers and not hosts:
        doers, others = others, []
    words = [event.event_type.value.capitalize()] if with_type else []
    if doers:
        words.append(("by " if with_type else "") + ", ".join(doers))
    if hosts:
        words.append(("hosted by " if words else "host ") + ", ".join(hosts))
    if others:
        words.append("with " + ", ".join(others))
    if targets:
        words.append(_TARGET_WORDS.get(event.event_type, "on") + " " + ", ".join(targets))
    if event.location is not None:
        words.append("in " + event.location.name)
    if not words or words == [event.event_type.value.capitalize()]:
        # nobody and nowhere named: the sentence itself says best what happened
        quote = _shorten(" ".join(event.source.quote.split()), 60)
        words.append(f"— {quote}" if words and quote else quote or event.event_type.value)
    return " ".join(words)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def source_label(event: Event) -> str:
    """Where the event was read: "27925-AP-2024-05-15 p.3; kst-27925-943"."""
    source = event.source
    where = source.document_id + (f" p.{source.page}" if source.page is not None else "")
    return "; ".join([where, *source.citations])


class LetterHeading(NamedTuple):
    """What a title needs from a letter's metadata (any part may be missing)."""

    date: datetime.date | None
    chamber: str | None
    dossier: str | None
    dossier_title: str | None


def letters_title(letters: Sequence[LetterHeading]) -> str | None:
    """A chart or TimelineJS title naming the letters the events come from.

    One letter: "Events reported in the letter of 2024-05-15 to the Eerste Kamer der
    Staten-Generaal — 27 925 Bestrijding internationaal terrorisme"; several: "Events reported
    in 3 letters, 2023-11-20 – 2024-05-15". ``None`` when nothing is known.
    """
    if not letters:
        return None
    if len(letters) > 1:
        dates = sorted(letter.date for letter in letters if letter.date is not None)
        span = f", {dates[0].isoformat()} – {dates[-1].isoformat()}" if dates else ""
        return f"Events reported in {len(letters)} letters{span}"
    letter = letters[0]
    title = "Events reported in the letter"
    if letter.date is not None:
        title += f" of {letter.date.isoformat()}"
    if letter.chamber:
        title += f" to the {letter.chamber}"
    dossier = " ".join(part for part in (letter.dossier, letter.dossier_title) if part)
    if dossier:
        title += f" — {dossier}"
    return title
