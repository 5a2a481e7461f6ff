"""The errors of the dataset layer: one root, so callers catch every dataset problem at once."""

from __future__ import annotations

from iraq_events.errors import IraqEventsError

__all__ = ["CurationError", "DatasetError"]


class DatasetError(IraqEventsError):
    """A Parquet file or dataset that cannot be written or read as an iraq-events table."""


class CurationError(DatasetError):
    """A curation file that is malformed or no longer matches the extracted events."""
