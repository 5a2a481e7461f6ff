"""pandas views of the tables, with the dtypes chosen once in ``schema.pandas_dtype``.

What a column becomes (pandas 3.x, which this project is tested with; pandas 2.x in brackets
where it differs):

- dates (``date_start``, ``date_end``, ``date_anchor``, ...): ``date32[day][pyarrow]``, an
  ``ArrowDtype`` holding ``datetime.date`` values with ``<NA>`` for open ends (same in 2.x);
- dictionary columns (``event_type``, ``status``, ``date_precision``, ...): ``category`` whose
  categories are ``str`` [``object``];
- nullable integers (``page``, offsets, fatalities): ``Int32``/``Int64``;
- strings: ``str`` (pandas' default string dtype) [``object``];
- nested columns (``actors``, ``location``, ``quantities``, ``citations``, ``mentions``):
  ``object`` holding lists of dicts / dicts as pyarrow gives them.

``pd.read_parquet`` gives the same dtypes, because each file carries matching ``pandas``
metadata.
"""

from __future__ import annotations

import importlib.resources
import importlib.resources.abc
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from iraq_events.dataset.errors import DatasetError
from iraq_events.dataset.parquet import make_table, read_table
from iraq_events.dataset.schema import TABLES, pandas_dtype
from iraq_events.events.model import Event

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BUNDLED_FOLDER",
    "BUNDLED_PACKAGE",
    "bundled_path",
    "load_dataset",
    "table_to_frame",
    "to_dataframe",
]

# The built dataset travels in the wheel as real files in the folder ``iraq_events/bundled/``
# (copied there from ``datasets/`` by the build hook in ``setup.py``, following its links); a
# checkout (or an editable install) reads ``datasets/`` itself.
BUNDLED_PACKAGE = "iraq_events"
BUNDLED_FOLDER = "bundled"
_CHECKOUT_DATASETS = Path(__file__).resolve().parents[2] / "datasets"


def _types_mapper(type_: pa.DataType) -> object:
    import pandas as pd

    dtype = pandas_dtype(type_)
    return None if dtype is None else pd.api.types.pandas_dtype(dtype)


def table_to_frame(table: pa.Table) -> pd.DataFrame:
    """``table`` as a DataFrame with the project's dtypes."""
    frame: pd.DataFrame = table.to_pandas(types_mapper=_types_mapper)
    return frame


def to_dataframe(events: Sequence[Event]) -> pd.DataFrame:
    """``events`` as a DataFrame with one row per event and the ``events`` table's columns."""
    from iraq_events.dataset.convert import events_to_rows

    return table_to_frame(make_table("events", events_to_rows(events)))


def bundled_path(name: str) -> importlib.resources.abc.Traversable:
    """The bundled Parquet file of table ``name``: in the installed package, or in the
    ``datasets/`` folder of the checkout the library runs from."""
    if name not in TABLES:
        raise DatasetError(f"unknown dataset {name!r}; choose one of {', '.join(TABLES)}")
    installed = importlib.resources.files(BUNDLED_PACKAGE).joinpath(BUNDLED_FOLDER)
    resource = installed.joinpath(f"{name}.parquet")
    if resource.is_file():
        return resource
    checkout = _CHECKOUT_DATASETS / f"{name}.parquet"
    if checkout.is_file() and (_CHECKOUT_DATASETS.parent / "pyproject.toml").is_file():
        return checkout
    raise DatasetError(
        f"the bundled dataset has no {name}.parquet (looked in {installed} and {checkout}); "
        "run `iraq-events build` in a checkout, or install the wheel"
    )


def load_dataset(name: str = "events") -> pd.DataFrame:
    """The bundled table ``name`` (events, temporal_expressions or documents) as a DataFrame."""
    with importlib.resources.as_file(bundled_path(name)) as path:
        return table_to_frame(read_table(path, name))
