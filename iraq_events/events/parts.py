"""The working parts every extraction stage shares: a sentence as extraction reads it, its
dated spans and clauses, the actors and places named in it, and an event while it is read.

Stages import from here and never from each other backwards: clauses → triggers → dating →
places / roles → status → reader → merge.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from iraq_events.events.lexicon import ActorEntry, PlaceEntry
from iraq_events.events.model import (
    Actor,
    ActorRole,
    EventStatus,
    EventType,
    Location,
    LocationKind,
    Quantity,
    Source,
)
from iraq_events.temporal.types import TemporalExpression

__all__ = [
    "SPECIFICITY",
    "VIOLENT",
    "Clause",
    "DatedSpan",
    "Draft",
    "Mention",
    "Place",
    "SentenceInput",
    "add_actor",
    "first_words",
    "make_actor",
    "make_location",
    "merge_quantities",
    "source_of",
    "words_before",
]

VIOLENT = frozenset(
    {EventType.ATTACK, EventType.AIRSTRIKE, EventType.KILLING, EventType.CASUALTIES}
)
SPECIFICITY = {
    LocationKind.BASE: 0,
    LocationKind.CITY: 1,
    LocationKind.REGION: 2,
    LocationKind.COUNTRY: 3,
}
_WORDS = re.compile(r"[\w'’.+-]+")


@attrs.frozen(kw_only=True)
class DatedSpan:
    """A date expression of a sentence: ``start``/``end`` index the sentence's clean text."""

    expression: TemporalExpression
    start: int
    end: int


@attrs.frozen(kw_only=True)
class SentenceInput:
    """What extraction reads of one sentence; ``extract_events`` builds these from a Document.

    ``text`` is the clean sentence; ``start``/``end`` are its span in the original file and
    ``dates`` carry their expressions with original offsets. ``paragraph`` is any hashable key
    shared by the sentences of one paragraph (or one footnote). ``introduction`` is the line a
    list item stands under ("De bijdrage bestaat uit:", ``lists.py``), ``None`` outside a list.
    """

    index: int
    text: str
    start: int
    end: int
    dates: tuple[DatedSpan, ...] = ()
    paragraph: object = None
    page: int | None = None
    citations: tuple[str, ...] = ()
    introduction: SentenceInput | None = None


@attrs.frozen
class Clause:
    start: int
    end: int
    subordinate: bool
    # "waar ook militairen gestationeerd zijn": a relative clause that describes a place
    # states a circumstance; it reports an event only with a date of its own
    descriptive: bool = False


@attrs.frozen
class Mention:
    """An actor named in the sentence (or a pronoun resolved to one)."""

    entry: ActorEntry
    start: int
    end: int
    surface: str


@attrs.frozen
class Place:
    entry: PlaceEntry
    start: int
    end: int
    surface: str
    cue: str | None


@attrs.define
class Draft:
    """An event while it is being read; frozen into an ``Event`` at the end."""

    event_type: EventType
    trigger_ids: list[str]
    patterns: list[str]
    date: DatedSpan
    sentence: SentenceInput
    status: EventStatus
    actors: list[Actor]
    location: Location | None
    quantities: list[Quantity]
    fatalities: tuple[int | None, int | None, int | None]
    subtype: str | None
    acled: tuple[str, str] | None
    mentions: list[Source] = attrs.Factory(list)
    # where the naming trigger starts and ends in the sentence (None for a date-first event)
    trigger_start: int | None = None
    trigger_end: int | None = None

    @property
    def source(self) -> Source:
        return source_of(self.sentence, self.date)


def source_of(sentence: SentenceInput, date: DatedSpan | None) -> Source:
    return Source(
        document_id="",
        page=sentence.page,
        quote=sentence.text,
        char_start=sentence.start,
        char_end=sentence.end,
        date_char_start=None if date is None else date.expression.start,
        date_char_end=None if date is None else date.expression.end,
        citations=sentence.citations,
    )


def words_before(text: str, position: int, lower_bound: int = 0) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text[lower_bound:position])]


def first_words(text: str, count: int) -> list[str]:
    """``words_before(text, len(text))[:count]``, reading no further than those words."""
    return [m.group().casefold() for m in itertools.islice(_WORDS.finditer(text), count)]


def make_actor(entry: ActorEntry, surface: str, role: ActorRole) -> Actor:
    return Actor(
        name=entry.name, surface=surface, role=role, kind=entry.kind, country=entry.country
    )


def add_actor(actors: list[Actor], actor: Actor) -> list[Actor]:
    if any(a.name == actor.name for a in actors):
        return actors
    return [*actors, actor]


def make_location(entry: PlaceEntry, surface: str) -> Location:
    return Location(
        name=entry.name,
        surface=surface,
        kind=entry.kind,
        country=entry.country,
        latitude=entry.latitude,
        longitude=entry.longitude,
    )


def merge_quantities(first: Sequence[Quantity], second: Sequence[Quantity]) -> list[Quantity]:
    merged = list(first)
    for quantity in second:
        if quantity not in merged:
            merged.append(quantity)
    return merged
