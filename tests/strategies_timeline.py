"""Hand-made events for the timeline tests: one per precision, open and unresolved dates.

The generated events of ``tests/strategies_events.py`` cover the property tests; these cover
the cases a reader can check by eye. Dates follow ``docs/dates.md`` (the seed letter's
reference date is 2024-05-15).
"""

from __future__ import annotations

import datetime

from iraq_events.events.model import (
    Actor,
    ActorKind,
    ActorRole,
    Event,
    EventStatus,
    EventType,
    Location,
    LocationKind,
    Source,
)
from iraq_events.temporal.types import (
    Anchoring,
    ExpressionKind,
    Granularity,
    Mod,
    TemporalExpression,
)

__all__ = ["BAGHDAD", "MILITIAS", "US", "D", "make_event", "sample_events"]

D = datetime.date
US = Actor(
    name="United States",
    surface="de VS",
    role=ActorRole.INITIATOR,
    kind=ActorKind.STATE,
    country="USA",
)
MILITIAS = Actor(
    name="Iran-aligned militias",
    surface="aan Iran gelieerde milities",
    role=ActorRole.TARGET,
    kind=ActorKind.ARMED_GROUP,
)
BAGHDAD = Location(name="Baghdad", surface="Bagdad", kind=LocationKind.CITY, country="IRQ")


def make_event(
    event_id: str,
    earliest: datetime.date | None,
    latest: datetime.date | None,
    *,
    granularity: Granularity = Granularity.DAY,
    kind: ExpressionKind = ExpressionKind.DATE,
    event_type: EventType = EventType.OTHER,
    status: EventStatus = EventStatus.OCCURRED,
    mod: Mod | None = None,
    anchoring: Anchoring = Anchoring.ABSOLUTE,
    text: str = "",
    char_start: int = 0,
    document_id: str = "doc-a",
    actors: tuple[Actor, ...] = (),
    location: Location | None = None,
    citations: tuple[str, ...] = (),
    quote: str = "",
) -> Event:
    date = TemporalExpression(
        text=text or event_id,
        start=char_start,
        end=char_start + len(text or event_id),
        kind=kind,
        granularity=granularity,
        earliest=earliest,
        latest=latest,
        mod=mod,
        anchoring=anchoring,
    )
    source = Source(
        document_id=document_id,
        page=3,
        quote=quote or f"Zin over {event_id}.",
        char_start=char_start,
        char_end=char_start + 40,
        citations=citations,
    )
    return Event(
        event_id=event_id,
        event_type=event_type,
        date=date,
        status=status,
        source=source,
        actors=actors,
        location=location,
    )


def sample_events() -> dict[str, Event]:
    """Every precision, two open intervals, a planned event and an unresolved date."""
    month = Granularity.MONTH
    rng = ExpressionKind.RANGE
    events = [
        make_event(
            "strike-2023-11-21",
            D(2023, 11, 21),
            D(2023, 11, 21),
            event_type=EventType.AIRSTRIKE,
            actors=(US, MILITIAS),
            char_start=900,
            text="21 november 2023",
            citations=("kst-27925-943",),
        ),
        make_event(
            "strike-2024-01-04",
            D(2024, 1, 4),
            D(2024, 1, 4),
            event_type=EventType.AIRSTRIKE,
            actors=(US, MILITIAS),
            location=BAGHDAD,
            char_start=1000,
        ),
        make_event(
            "storming-2023-07",
            D(2023, 7, 1),
            D(2023, 7, 31),
            granularity=month,
            event_type=EventType.PROTEST,
            char_start=500,
            text="juli 2023",
            location=Location(
                name="Embassy of Sweden",
                surface="Zweedse ambassade",
                kind=LocationKind.BASE,
                country="IRQ",
            ),
        ),
        make_event(
            "threat-2023-11",
            D(2023, 11, 1),
            D(2023, 11, 30),
            granularity=month,
            event_type=EventType.ANNOUNCEMENT,
            char_start=880,
            text="november jl.",
            anchoring=Anchoring.DOCUMENT_RELATIVE,
        ),
        make_event(
            "quarter-2023-q4",
            D(2023, 10, 1),
            D(2023, 12, 31),
            granularity=Granularity.QUARTER,
            char_start=100,
        ),
        make_event(
            "year-2023",
            D(2023, 1, 1),
            D(2023, 12, 31),
            granularity=Granularity.YEAR,
            event_type=EventType.FUNDING,
            char_start=2000,
        ),
        make_event(
            "period-2023-05-2024-04",
            D(2023, 5, 1),
            D(2024, 4, 30),
            granularity=month,
            kind=rng,
            char_start=50,
            event_type=EventType.REPORT,
        ),
        make_event(
            "dialogue-2023-08-07-08",
            D(2023, 8, 7),
            D(2023, 8, 8),
            kind=rng,
            event_type=EventType.MEETING,
            char_start=1500,
        ),
        make_event(
            "since-2021-07",
            D(2021, 7, 1),
            D(2024, 5, 15),
            granularity=month,
            kind=rng,
            mod=Mod.ON_OR_AFTER,
            char_start=700,
            text="sinds juli 2021",
        ),
        make_event(
            "from-2024-05",
            D(2024, 5, 1),
            None,
            granularity=month,
            kind=rng,
            mod=Mod.ON_OR_AFTER,
            event_type=EventType.DEPLOYMENT,
            char_start=3000,
            text="vanaf mei 2024",
        ),
        make_event(
            "until-2024-04",
            None,
            D(2024, 4, 30),
            granularity=month,
            kind=rng,
            mod=Mod.ON_OR_BEFORE,
            event_type=EventType.DEPLOYMENT,
            char_start=2900,
            text="tot en met eind april 2024",
        ),
        make_event(
            "late-2024-04",
            D(2024, 4, 21),
            D(2024, 4, 30),
            granularity=month,
            mod=Mod.END,
            char_start=2950,
            text="eind april 2024",
        ),
        make_event(
            "handover-2024-05-24",
            D(2024, 5, 24),
            D(2024, 5, 24),
            event_type=EventType.HANDOVER,
            status=EventStatus.PLANNED,
            char_start=2800,
            text="24 mei aanstaande",
            anchoring=Anchoring.DOCUMENT_RELATIVE,
        ),
        make_event(
            "unresolved",
            None,
            None,
            anchoring=Anchoring.UNRESOLVED,
            char_start=1200,
            event_type=EventType.ANNOUNCEMENT,
            text="op 31 januari",
        ),
    ]
    return {event.event_id: event for event in events}
