"""Writing lists of flat records as a table, Markdown, JSON or CSV: one place for every command."""

from __future__ import annotations

import argparse
import datetime
import enum
from collections.abc import Mapping, Sequence
from typing import IO, Any

__all__ = ["FORMATS", "format_value", "reference_date", "write_records"]

FORMATS = ("table", "markdown", "json", "csv")

Record = Mapping[str, Any]


def format_value(value: Any) -> str:
    """The text of one cell: dates in ISO form, enums by value, nothing for ``None``."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(format_value(item) for item in value)
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_records(
    records: Sequence[Record], columns: Sequence[str], fmt: str, stream: IO[str]
) -> None:
    """Write ``records`` (keyed by ``columns``) to ``stream`` in the format ``fmt``."""
    # csv and json are imported here: every subcommand's parser imports this module, and
    # "iraq-events --help" should not pay for writers it does not use
    if fmt == "json":
        import json

        rows = [{column: record.get(column) for column in columns} for record in records]
        json.dump(rows, stream, ensure_ascii=False, indent=2, default=_json_default)
        stream.write("\n")
    elif fmt == "csv":
        import csv

        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([format_value(record.get(column)) for column in columns])
    elif fmt == "markdown":
        cells = [[format_value(r.get(c)).replace("|", "\\|") for c in columns] for r in records]
        stream.write("| " + " | ".join(columns) + " |\n")
        stream.write("|" + "|".join("---" for _ in columns) + "|\n")
        for row in cells:
            stream.write("| " + " | ".join(cell.replace("\n", " ") for cell in row) + " |\n")
    elif fmt == "table":
        cells = [[format_value(r.get(c)).replace("\n", " ") for c in columns] for r in records]
        widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
        stream.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        stream.write("\n")
        for row in cells:
            line = "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True))
            stream.write(line.rstrip() + "\n")
    else:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")


def reference_date(value: str) -> datetime.date:
    """An argparse type: an ISO date, or a clear usage error naming the value."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None
