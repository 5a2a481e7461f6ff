"""Pass 2 of a build: one partition's tables written from its letters' spill files.

A ``PartitionTask`` names the letters of one partition (a year of the partitioned layout, or
the whole flat dataset) in their fixed order and the part of the cross-letter merge that
concerns them; ``write_partition`` writes the partition's three Parquet files (and
``events.csv`` for the flat layout) in bounded row groups and returns only counts. Partitions
are independent, so a process pool writes them side by side; the bytes do not depend on which
process writes which.
"""

from __future__ import annotations

import collections
import csv
import datetime
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from iraq_events.dataset.letters import LetterRows
from iraq_events.dataset.parquet import WRITER_OPTIONS
from iraq_events.dataset.schema import arrow_schema
from iraq_events.dataset.step import load_spilled
from iraq_events.dataset.tablecsv import EVENT_COLUMNS, csv_lines

__all__ = [
    "PARTITION_FILE",
    "ROW_GROUP_ROWS",
    "TABLE_NAMES",
    "PartitionTask",
    "Written",
    "table_path",
    "write_errors",
    "write_partition",
]

TABLE_NAMES = ("events", "temporal_expressions", "documents")
PARTITION_FILE = "part-0.parquet"
# rows per Parquet row group, per table. Encoding a row group costs far more memory than its
# rows (about 36 kB per row of events, measured on a partition of 340 letters: +36 MB for
# 2 000 events in one group, +18 MB in groups of 500), so these bound what writing a
# partition adds to a worker; an events row is about 1 kB, an expression's 0.4 kB.
ROW_GROUP_ROWS = {"events": 500, "temporal_expressions": 2_000, "documents": 500}
_COMPACT_EVERY = 8  # letters' batches a writer buffers before copying them into one


@attrs.frozen(kw_only=True)
class PartitionTask:
    """One partition to write: ``letters`` are (index, document id, sha256) in output order;
    ``dropped`` the ids of its events absorbed into another event; ``gained`` maps each of its
    kept events to the (id, letter index) of the events absorbed into it, in mention order."""

    partition: int | None  # None: the flat layout
    staging: Path
    spill_dir: Path
    letters: tuple[tuple[int, str, str], ...]
    dropped: frozenset[str] = frozenset()
    gained: Mapping[str, tuple[tuple[str, int], ...]] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class Written:
    """What a partition (or the whole build) wrote."""

    events: int = 0
    temporal_expressions: int = 0
    documents: int = 0
    by_type: Mapping[str, int] = attrs.field(factory=dict)
    by_curation: Mapping[str, int] = attrs.field(factory=dict)
    first_date: datetime.date | None = None
    last_date: datetime.date | None = None

    def __add__(self, other: Written) -> Written:
        firsts = [d for d in (self.first_date, other.first_date) if d is not None]
        lasts = [d for d in (self.last_date, other.last_date) if d is not None]
        return Written(
            events=self.events + other.events,
            temporal_expressions=self.temporal_expressions + other.temporal_expressions,
            documents=self.documents + other.documents,
            by_type=collections.Counter(self.by_type) + collections.Counter(other.by_type),
            by_curation=(
                collections.Counter(self.by_curation) + collections.Counter(other.by_curation)
            ),
            first_date=min(firsts, default=None),
            last_date=max(lasts, default=None),
        )


class _TableWriter:
    """A Parquet file written in row groups of at most ``ROW_GROUP_ROWS`` rows."""

    def __init__(self, path: Path, schema: pa.Schema, rows: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._limit = rows
        self._handle: IO[bytes] = open(path, "wb")
        self._schema = schema
        self._writer = pq.ParquetWriter(self._handle, schema, **WRITER_OPTIONS)
        self._buffer: list[pa.RecordBatch] = []
        self._rows = 0
        self.total = 0

    def add(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows:
            self._buffer.append(batch)
            self._rows += batch.num_rows
            self.total += batch.num_rows
        if self._rows >= self._limit:
            self._flush()
        elif len(self._buffer) >= _COMPACT_EVERY:
            # a batch read back from a spill file shares the memory of the whole file (all
            # three tables of its letter): copy the buffered rows into one compact batch
            compact = pa.Table.from_batches(self._buffer).combine_chunks()
            self._buffer = compact.to_batches()

    def _flush(self) -> None:
        if self._buffer:
            table = pa.Table.from_batches(self._buffer).combine_chunks()
            table = table.replace_schema_metadata(self._schema.metadata)
            self._writer.write_table(table, row_group_size=max(1, table.num_rows))
        self._buffer, self._rows = [], 0

    def close(self) -> None:
        self._flush()
        self._writer.close()
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()


def table_path(staging: Path, name: str, partition: int | None) -> Path:
    if partition is None:
        return staging / f"{name}.parquet"
    return staging / name / f"year={partition}" / PARTITION_FILE


def _gained_mentions(task: PartitionTask) -> dict[str, list[Any]]:
    """The mentions of the events absorbed into this partition's events, by absorbed id; each
    letter holding some is read once."""
    wanted: dict[int, set[str]] = collections.defaultdict(set)
    for others in task.gained.values():
        for event_id, letter in others:
            wanted[letter].add(event_id)
    mentions: dict[str, list[Any]] = {}
    for letter in sorted(wanted):
        events = load_spilled(task.spill_dir, letter).events.select(["event_id", "mentions"])
        for row in events.to_pylist():
            if row["event_id"] in wanted[letter]:
                mentions[row["event_id"]] = row["mentions"]
    return mentions


def _merged_events(
    rows: LetterRows, task: PartitionTask, extra: Mapping[str, list[Any]]
) -> pa.RecordBatch:
    """The letter's events with the absorbed ones dropped and their mentions added to the kept."""
    ids = rows.events.column("event_id").to_pylist()
    if not any(i in task.dropped or i in task.gained for i in ids):
        return rows.events
    out = []
    for row in rows.events.to_pylist():
        event_id = row["event_id"]
        if event_id in task.dropped:
            continue
        if event_id in task.gained:
            mentions = list(row["mentions"])
            for other, _ in task.gained[event_id]:
                mentions.extend(m for m in extra[other] if m not in mentions)
            row["mentions"] = mentions
        out.append(row)
    return pa.RecordBatch.from_pylist(out, schema=rows.events.schema)


def write_partition(task: PartitionTask) -> Written:
    """Write the tables of one partition into the staging folder; return what was written."""
    extra = _gained_mentions(task) if task.gained else {}
    hashes = [(document_id, sha256) for _, document_id, sha256 in task.letters]
    writers = {
        name: _TableWriter(
            table_path(task.staging, name, task.partition),
            arrow_schema(name, hashes),
            ROW_GROUP_ROWS[name],
        )
        for name in TABLE_NAMES
    }
    by_type: collections.Counter[str] = collections.Counter()
    by_curation: collections.Counter[str] = collections.Counter()
    dates: list[datetime.date] = []
    csv_handle = None
    if task.partition is None:
        csv_handle = open(task.staging / "events.csv", "w", encoding="utf-8", newline="")
        csv_handle.write(",".join(EVENT_COLUMNS) + "\n")
    try:
        for index, _, _ in task.letters:
            rows = load_spilled(task.spill_dir, index)
            events = _merged_events(rows, task, extra)
            writers["events"].add(events)
            writers["temporal_expressions"].add(rows.temporal_expressions)
            writers["documents"].add(rows.documents)
            by_type.update(str(v) for v in events.column("event_type").to_pylist())
            by_curation.update(str(v) for v in events.column("curation").to_pylist())
            for column in ("date_start", "date_end"):
                low, high = pc.min_max(events.column(column)).values()
                dates.extend(d.as_py() for d in (low, high) if d.is_valid)
            if csv_handle is not None:
                csv_handle.write(csv_lines(events.to_pylist()))
        totals = {}
        for name, writer in writers.items():
            writer.close()
            totals[name] = writer.total
    finally:
        if csv_handle is not None:
            csv_handle.flush()
            os.fsync(csv_handle.fileno())
            csv_handle.close()
    del writers
    pa.default_memory_pool().release_unused()  # return the partition's buffers
    return Written(
        events=totals["events"],
        temporal_expressions=totals["temporal_expressions"],
        documents=totals["documents"],
        by_type=dict(by_type),
        by_curation=dict(by_curation),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )


def write_errors(path: Path, errors: Sequence[tuple[str, str]]) -> None:
    """``build_errors.csv``: one (source, problem) line per skipped letter."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["source", "problem"])
        for source, problem in errors:
            writer.writerow([source, problem])
        handle.flush()
        os.fsync(handle.fileno())
