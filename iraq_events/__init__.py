"""iraq-events: dated, typed, sourced event timelines from Dutch parliamentary letters.

Data flows one way: text → document → temporal expressions → events → dataset → timeline.
Heavy layers (pandas, pyarrow, matplotlib) are imported only when first used, so that
``from iraq_events import find_dates`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iraq_events._lazy import lazy_exports

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "IraqEventsError": "iraq_events.errors",
    # temporal
    "Anchoring": "iraq_events.temporal.types",
    "DateParseError": "iraq_events.temporal.types",
    "ExpressionKind": "iraq_events.temporal.types",
    "Granularity": "iraq_events.temporal.types",
    "Mod": "iraq_events.temporal.types",
    "TemporalExpression": "iraq_events.temporal.types",
    "find_dates": "iraq_events.temporal",
    "format_date": "iraq_events.temporal",
    "parse_date": "iraq_events.temporal",
    # documents
    "Citation": "iraq_events.documents",
    "Document": "iraq_events.documents",
    "DocumentError": "iraq_events.documents",
    "read_document": "iraq_events.documents",
    # events
    "Actor": "iraq_events.events.model",
    "ActorKind": "iraq_events.events.model",
    "ActorRole": "iraq_events.events.model",
    "Curation": "iraq_events.events.model",
    "Event": "iraq_events.events.model",
    "EventStatus": "iraq_events.events.model",
    "EventType": "iraq_events.events.model",
    "Location": "iraq_events.events.model",
    "LocationKind": "iraq_events.events.model",
    "Quantity": "iraq_events.events.model",
    "Source": "iraq_events.events.model",
    "extract_events": "iraq_events.events",
    # dataset
    "DatasetError": "iraq_events.dataset",
    "load_dataset": "iraq_events.dataset",
    "read_events": "iraq_events.dataset",
    "to_dataframe": "iraq_events.dataset",
    "write_parquet": "iraq_events.dataset",
    # timeline
    "Timeline": "iraq_events.timeline",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


__getattr__, __dir__ = lazy_exports(__name__, globals(), _EXPORTS)


if TYPE_CHECKING:
    from iraq_events.dataset import (
        DatasetError,
        load_dataset,
        read_events,
        to_dataframe,
        write_parquet,
    )
    from iraq_events.documents import Citation, Document, DocumentError, read_document
    from iraq_events.errors import IraqEventsError
    from iraq_events.events import extract_events
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
    from iraq_events.temporal import find_dates, format_date, parse_date
    from iraq_events.temporal.types import (
        Anchoring,
        DateParseError,
        ExpressionKind,
        Granularity,
        Mod,
        TemporalExpression,
    )
    from iraq_events.timeline import Timeline
