"""The reproducible build of the published dataset from the letters in a seeds folder.

letters (``*.txt``) → documents → events → curation → four files. Everything is computed
before anything is written, rows are sorted by a total order, and the writers are
deterministic, so building twice gives byte-identical files.
"""

from __future__ import annotations

import collections
import csv
import datetime
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from iraq_events.dataset.convert import document_dates_to_rows, document_to_row, event_to_row
from iraq_events.dataset.curation import CurationPlan, apply_curation, read_curation
from iraq_events.dataset.errors import DatasetError
from iraq_events.dataset.parquet import make_table, publish, table_writer
from iraq_events.dataset.schema import EVENTS
from iraq_events.documents.model import Document
from iraq_events.events.model import Event

__all__ = [
    "OUTPUT_FILES",
    "BuildSummary",
    "build_dataset",
    "event_sort_key",
    "events_csv",
    "stale_files",
]

OUTPUT_FILES = (
    "events.parquet",
    "temporal_expressions.parquet",
    "documents.parquet",
    "events.csv",
)


@attrs.frozen(kw_only=True)
class BuildSummary:
    out_dir: Path
    letters: tuple[str, ...]
    documents: int
    events: int
    temporal_expressions: int
    by_type: tuple[tuple[str, int], ...]
    by_curation: tuple[tuple[str, int], ...]
    rejected: int
    first_date: datetime.date | None
    last_date: datetime.date | None
    curation_files: tuple[str, ...]
    files: tuple[Path, ...]
    # (letter file name, offsets of the characters that replaced undecodable bytes) per damaged
    # letter, for the command line to warn about
    replaced: tuple[tuple[str, tuple[int, ...]], ...] = ()


def event_sort_key(event: Event) -> tuple[Any, ...]:
    """A total order: by letter, position in it, date, then id (ties are resolved by the id)."""
    start = event.date.earliest
    return (
        event.source.document_id,
        event.source.char_start,
        event.source.char_end,
        event.source.date_char_start is None,
        event.source.date_char_start or 0,
        start is None,
        start or datetime.date.min,
        event.event_id,
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _nested_cell(column: str, value: Any) -> str:
    """A spreadsheet-friendly rendering of a nested column (the Parquet files keep them whole)."""
    if column == "actors":
        return "; ".join(f"{actor['name']} ({actor['role']})" for actor in value)
    if column == "location":
        return "" if value is None else str(value["name"])
    if column == "quantities":
        return "; ".join(f"{q['name']}={_cell(q['value'])} {q['unit']}".strip() for q in value)
    if column == "citations":
        return "; ".join(value)
    if column == "mentions":
        return "; ".join(f"{m['char_start']}-{m['char_end']}" for m in value)
    return _cell(value)


def events_csv(events: Sequence[Event]) -> str:
    """The ``events`` table as CSV: one line per event, nested columns flattened to text."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    names = [column.name for column in EVENTS]
    writer.writerow(names)
    for event in events:
        row = event_to_row(event)
        writer.writerow([_nested_cell(name, row[name]) for name in names])
    return stream.getvalue()


def _letters(seeds_dir: Path) -> list[Path]:
    if seeds_dir.exists() and not seeds_dir.is_dir():
        raise DatasetError(
            f"cannot build from {seeds_dir}: it is a file; give the folder that holds the "
            "letters (*.txt)"
        )
    if not seeds_dir.is_dir():
        raise DatasetError(f"cannot build: no seeds folder at {seeds_dir}")
    letters = sorted(path for path in seeds_dir.glob("*.txt") if path.is_file())
    if not letters:
        raise DatasetError(f"cannot build: no letters (*.txt) in {seeds_dir}")
    return letters


def build_dataset(
    seeds_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    curation: str | os.PathLike[str] | None = None,
    read_document: Callable[[Path], Document] | None = None,
    extract_events: Callable[[Document], Sequence[Event]] | None = None,
) -> BuildSummary:
    """Build the dataset of every letter in ``seeds_dir`` into ``out_dir``.

    ``curation`` is a curation file or folder; by default ``<out_dir>/curation`` if it exists.
    ``read_document`` and ``extract_events`` default to the library's own; the default reader
    takes the date of a letter whose text states none from its ``<letter>.meta.json`` sidecar.
    """
    if read_document is None or extract_events is None:
        from iraq_events.documents import read_document as library_reader
        from iraq_events.documents.sidecar import sidecar_date
        from iraq_events.events import extract_events as library_extractor

        def read_with_sidecar(path: Path) -> Document:
            # a text without a letterhead date is read against its sidecar's date
            return library_reader(path, reference=sidecar_date(path))

        read_document = read_document or read_with_sidecar
        extract_events = extract_events or library_extractor
    seeds, out = Path(seeds_dir), Path(out_dir)
    if out.exists() and not out.is_dir():
        raise DatasetError(f"cannot build into {out}: it is a file, not a folder")
    letters = _letters(seeds)
    # the file name, not the path given: the same letters give the same files from any folder
    documents = sorted(
        (attrs.evolve(read_document(path), source_name=path.name) for path in letters),
        key=lambda document: document.document_id,
    )
    ids = [document.document_id for document in documents]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DatasetError(f"cannot build: several letters have the id {', '.join(duplicates)}")

    extracted = [event for document in documents for event in extract_events(document)]
    if curation is not None:
        plan = read_curation(curation)
    elif (out / "curation").is_dir():
        plan = read_curation(out / "curation")
    else:
        plan = CurationPlan()
    curated = apply_curation(extracted, plan, documents)
    events = sorted(curated.events, key=event_sort_key)

    hashes = [(document.document_id, document.sha256) for document in documents]
    tables = {
        "events.parquet": make_table("events", [event_to_row(e) for e in events], hashes),
        "temporal_expressions.parquet": make_table(
            "temporal_expressions",
            [row for document in documents for row in document_dates_to_rows(document)],
            hashes,
        ),
        "documents.parquet": make_table(
            "documents", [document_to_row(document) for document in documents], hashes
        ),
    }
    csv_text = events_csv(events)
    # a complete new version beside the old one, made current by one atomic step: a failure
    # or a kill at any instant leaves the previous dataset or the new one, never a mix
    written = publish(
        out,
        [
            *((name, table_writer(table)) for name, table in tables.items()),
            ("events.csv", lambda stream: stream.write(csv_text.encode("utf-8"))),
        ],
    )

    starts = [event.date_start for event in events if event.date_start is not None]
    ends = [event.date_end for event in events if event.date_end is not None]
    by_type = collections.Counter(str(event.event_type) for event in events)
    by_curation = collections.Counter(str(event.curation) for event in events)
    return BuildSummary(
        out_dir=out,
        letters=tuple(path.name for path in letters),
        documents=len(documents),
        events=len(events),
        temporal_expressions=tables["temporal_expressions.parquet"].num_rows,
        by_type=tuple(sorted(by_type.items(), key=lambda item: (-item[1], item[0]))),
        by_curation=tuple(sorted(by_curation.items())),
        rejected=len(curated.rejected),
        first_date=min([*starts, *ends], default=None),
        last_date=max([*starts, *ends], default=None),
        curation_files=plan.files,
        files=tuple(written),
        replaced=tuple(
            (document.source_name or document.document_id, document.replaced)
            for document in documents
            if document.replaced
        ),
    )


def stale_files(
    seeds_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    curation: str | os.PathLike[str] | None = None,
) -> list[str]:
    """The output files in ``out_dir`` that differ from a fresh build (missing ones included).

    Builds into a temporary folder, so ``out_dir`` is left untouched.
    """
    out = Path(out_dir)
    if curation is None and (out / "curation").is_dir():
        curation = out / "curation"
    with tempfile.TemporaryDirectory(prefix="iraq-events-check-") as scratch:
        fresh = Path(scratch) / "datasets"
        build_dataset(seeds_dir, fresh, curation=curation)
        return [
            name
            for name in OUTPUT_FILES
            if not (out / name).is_file()
            or (out / name).read_bytes() != (fresh / name).read_bytes()
        ]
