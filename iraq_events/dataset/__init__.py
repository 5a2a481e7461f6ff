"""The dataset: explicit Arrow schemas, exact Parquet round trips, pandas views, curation and
the reproducible build of ``datasets/`` from ``seeds/``."""

from iraq_events.dataset.build import build_dataset
from iraq_events.dataset.errors import CurationError, DatasetError
from iraq_events.dataset.frame import load_dataset, to_dataframe
from iraq_events.dataset.parquet import read_events, read_table, write_parquet
from iraq_events.dataset.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "CurationError",
    "DatasetError",
    "build_dataset",
    "load_dataset",
    "read_events",
    "read_table",
    "to_dataframe",
    "write_parquet",
]
