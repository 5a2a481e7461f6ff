"""Events: the model, the Dutch lexicons of actors, places and triggers, and extraction."""

from iraq_events.events.extraction import extract_events
from iraq_events.events.model import (
    Actor,
    ActorKind,
    ActorRole,
    Curation,
    Event,
    EventStatus,
    EventType,
    Location,
    LocationKind,
    Quantity,
    Source,
)

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
    "extract_events",
]
