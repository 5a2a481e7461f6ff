"""The event model: what a letter reports, who did it, where, when, and in which words.

Small frozen classes; serialization lives in one converter at the dataset edge
(``iraq_events.dataset``), never in methods here.
"""

from __future__ import annotations

import datetime
import enum

import attrs

from iraq_events.temporal.types import Granularity, Mod, TemporalExpression

__all__ = [
    "Actor",
    "ActorKind",
    "ActorRole",
    "Curation",
    "Event",
    "EventStatus",
    "EventType",
    "Location",
    "LocationKind",
    "Quantity",
    "Source",
]


class EventType(enum.StrEnum):
    """The closed event taxonomy (see ``docs/events.md``)."""

    ELECTION = "election"
    ATTACK = "attack"
    AIRSTRIKE = "airstrike"
    KILLING = "killing"
    CASUALTIES = "casualties"
    HANDOVER = "handover"
    VISIT = "visit"
    MEETING = "meeting"
    LEGISLATION = "legislation"
    ANNOUNCEMENT = "announcement"
    AGREEMENT = "agreement"
    DEPLOYMENT = "deployment"
    WITHDRAWAL = "withdrawal"
    MANDATE = "mandate"
    PROTEST = "protest"
    FUNDING = "funding"
    REPORT = "report"
    OTHER = "other"


class EventStatus(enum.StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    EXPECTED = "expected"
    ONGOING = "ongoing"
    CANCELLED = "cancelled"


class ActorRole(enum.StrEnum):
    INITIATOR = "initiator"
    TARGET = "target"
    PARTICIPANT = "participant"
    HOST = "host"
    SUBJECT = "subject"


class ActorKind(enum.StrEnum):
    STATE = "state"
    GOVERNMENT = "government"
    ARMED_GROUP = "armed group"
    POLITICAL_PARTY = "political party"
    PERSON = "person"
    INTERNATIONAL_ORGANIZATION = "international organization"
    MISSION = "mission"


class LocationKind(enum.StrEnum):
    CITY = "city"
    BASE = "base"
    REGION = "region"
    COUNTRY = "country"


class Curation(enum.StrEnum):
    """How an event reached the published dataset."""

    EXTRACTED = "extracted"
    CORRECTED = "corrected"
    ADDED = "added"


def _iso3(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not (len(value) == 3 and value.isascii() and value.isupper()):
        raise ValueError(f"{attribute.name} must be an ISO 3166-1 alpha-3 code, got {value!r}")


@attrs.frozen(kw_only=True)
class Actor:
    """A participant: canonical English ``name``, the words used in the letter (``surface``)."""

    name: str
    surface: str
    role: ActorRole
    kind: ActorKind
    country: str | None = attrs.field(default=None, validator=_iso3)


@attrs.frozen(kw_only=True)
class Location:
    name: str
    surface: str
    kind: LocationKind
    country: str | None = attrs.field(default=None, validator=_iso3)
    latitude: float | None = None
    longitude: float | None = None


@attrs.frozen(kw_only=True)
class Quantity:
    """A number read from the sentence, e.g. ``Quantity(name="seats", value=128, unit="seats")``."""

    name: str
    value: float
    unit: str


@attrs.frozen(kw_only=True)
class Source:
    """Where an event was read: the sentence and date spans are offsets into the original file."""

    document_id: str
    page: int | None
    quote: str
    char_start: int = attrs.field(validator=attrs.validators.ge(0))
    char_end: int = attrs.field()
    date_char_start: int | None = None
    date_char_end: int | None = None
    citations: tuple[str, ...] = ()

    @char_end.validator
    def _end_after_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.char_start:
            raise ValueError(f"char_end {value} is before char_start {self.char_start}")


@attrs.frozen(kw_only=True)
class Event:
    """One dated real-world event reported by a letter."""

    event_id: str
    event_type: EventType
    date: TemporalExpression
    status: EventStatus
    source: Source
    actors: tuple[Actor, ...] = ()
    location: Location | None = None
    quantities: tuple[Quantity, ...] = ()
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    subtype: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    mentions: tuple[Source, ...] = ()
    method: str = ""
    curation: Curation = Curation.EXTRACTED

    @property
    def date_start(self) -> datetime.date | None:
        return self.date.earliest

    @property
    def date_end(self) -> datetime.date | None:
        return self.date.latest

    @property
    def date_precision(self) -> Granularity:
        return self.date.granularity

    @property
    def date_mod(self) -> Mod | None:
        return self.date.mod
