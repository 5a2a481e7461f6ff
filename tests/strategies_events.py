"""Hypothesis strategies for the event model, shared by the dataset and timeline tests.

They generate any value the model's validators accept (not only plausible ones): arbitrary
Unicode text, open and unresolved intervals, empty and long tuples, every enum member.
"""

from __future__ import annotations

import datetime
import string

from hypothesis import strategies as st

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
from iraq_events.temporal.types import (
    Anchoring,
    ExpressionKind,
    Granularity,
    Mod,
    TemporalExpression,
)

__all__ = ["actors", "events", "locations", "sources", "temporal_expressions"]

_OFFSET = st.integers(min_value=0, max_value=2**40)
_DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
_COUNTRIES = st.none() | st.text(alphabet=string.ascii_uppercase, min_size=3, max_size=3)
_COORDINATE = st.none() | st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def temporal_expressions(draw: st.DrawFn) -> TemporalExpression:
    start = draw(_OFFSET)
    end = start + draw(st.integers(min_value=0, max_value=200))
    earliest, latest = draw(st.none() | _DAYS), draw(st.none() | _DAYS)
    if earliest is not None and latest is not None and earliest > latest:
        earliest, latest = latest, earliest
    return TemporalExpression(
        text=draw(st.text(max_size=40)),
        start=start,
        end=end,
        kind=draw(st.sampled_from(ExpressionKind)),
        granularity=draw(st.sampled_from(Granularity)),
        earliest=earliest,
        latest=latest,
        mod=draw(st.none() | st.sampled_from(Mod)),
        anchoring=draw(st.sampled_from(Anchoring)),
        value=draw(st.text(max_size=20)),
        duration=draw(st.none() | st.text(max_size=10)),
        rule=draw(st.text(max_size=20)),
        anchor=draw(st.none() | _DAYS),
    )


@st.composite
def sources(draw: st.DrawFn, *, document_ids: st.SearchStrategy[str] | None = None) -> Source:
    char_start = draw(_OFFSET)
    date_start = draw(st.none() | _OFFSET)
    return Source(
        document_id=draw(document_ids if document_ids is not None else st.text(max_size=30)),
        page=draw(st.none() | st.integers(min_value=0, max_value=2**31 - 1)),
        quote=draw(st.text(max_size=200)),
        char_start=char_start,
        char_end=char_start + draw(st.integers(min_value=0, max_value=10_000)),
        date_char_start=date_start,
        date_char_end=None if date_start is None else date_start + draw(st.integers(0, 100)),
        citations=tuple(draw(st.lists(st.text(max_size=30), max_size=3))),
    )


def actors() -> st.SearchStrategy[Actor]:
    return st.builds(
        Actor,
        name=st.text(max_size=30),
        surface=st.text(max_size=30),
        role=st.sampled_from(ActorRole),
        kind=st.sampled_from(ActorKind),
        country=_COUNTRIES,
    )


def locations() -> st.SearchStrategy[Location]:
    return st.builds(
        Location,
        name=st.text(max_size=30),
        surface=st.text(max_size=30),
        kind=st.sampled_from(LocationKind),
        country=_COUNTRIES,
        latitude=_COORDINATE,
        longitude=_COORDINATE,
    )


_QUANTITIES = st.builds(
    Quantity,
    name=st.text(max_size=20),
    value=st.floats(allow_nan=False, width=64),
    unit=st.text(max_size=20),
)
_FATALITIES = st.none() | st.integers(min_value=0, max_value=2**62)


def events(*, document_ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Event]:
    """Valid ``Event`` values; ``document_ids`` draws their (and their mentions') document id."""
    return st.builds(
        Event,
        event_id=st.text(max_size=40),
        event_type=st.sampled_from(EventType),
        date=temporal_expressions(),
        status=st.sampled_from(EventStatus),
        source=sources(document_ids=document_ids),
        actors=st.lists(actors(), max_size=4).map(tuple),
        location=st.none() | locations(),
        quantities=st.lists(_QUANTITIES, max_size=3).map(tuple),
        fatalities_low=_FATALITIES,
        fatalities_best=_FATALITIES,
        fatalities_high=_FATALITIES,
        subtype=st.none() | st.text(max_size=20),
        acled_event_type=st.none() | st.text(max_size=30),
        acled_sub_event_type=st.none() | st.text(max_size=30),
        mentions=st.lists(sources(document_ids=document_ids), max_size=3).map(tuple),
        method=st.text(max_size=30),
        curation=st.sampled_from(Curation),
    )
