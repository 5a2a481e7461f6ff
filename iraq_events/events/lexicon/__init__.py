"""The Dutch event lexicons, kept as data beside this module and loaded once.

``countries.json`` (one record per country: its state, its government and its place),
``actors.json`` (who else), ``places.json`` (where else), ``triggers.json`` (which words report an
event), ``event_types.json`` (per type: priority, ACLED mapping, roles, subtypes),
``markers.json`` (status, negation, clause words) and ``quantities.json`` (counted things and
number words). Adding a word is one row in one of these files; nothing in the code names a
letter's facts.

``entries`` holds the frozen entry classes, ``matching`` the matchers built from them and
``loading`` the strict loader (a misspelled key or a wrong type is a ``LexiconError`` naming
the file and the entry).
"""

from __future__ import annotations

from iraq_events.events.lexicon.entries import (
    ActorEntry,
    CountryEntry,
    GovernmentEntry,
    Markers,
    Match,
    PlaceEntry,
    QuantityWords,
    StateRule,
    SubtypeRule,
    TriggerEntry,
    TriggerMatch,
    TypeProfile,
)
from iraq_events.events.lexicon.loading import LexiconError, event_lexicon, load_event_lexicon
from iraq_events.events.lexicon.matching import EventLexicon, any_of

__all__ = [
    "ActorEntry",
    "CountryEntry",
    "EventLexicon",
    "GovernmentEntry",
    "LexiconError",
    "Markers",
    "Match",
    "PlaceEntry",
    "QuantityWords",
    "StateRule",
    "SubtypeRule",
    "TriggerEntry",
    "TriggerMatch",
    "TypeProfile",
    "any_of",
    "event_lexicon",
    "load_event_lexicon",
]
