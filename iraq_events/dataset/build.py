"""The reproducible, streaming build of the dataset from a corpus of letters.

Two passes, so that memory does not grow with the number of letters:

1. every letter is read, dated, extracted and curated on its own (``letters.letter_rows``), in
   a process pool of ``jobs`` workers; its rows go to a spill file in the staging folder of the
   new version (and to the cache), and only a compact merge key per event comes back;
2. the letters' rows are written in a fixed order (by partition, then document id), with the
   events the cross-letter merge joined (``crossmerge``) folded into one, in bounded row
   groups.

Nothing depends on scheduling: the same letters give the same bytes for any ``jobs``. A letter
that cannot be read is skipped and listed in ``build_errors.csv`` (``strict`` stops at the
first instead). Two layouts: ``flat`` (the bundled dataset: four files) and ``partitioned``
(one folder per table, one subfolder per year of the letter, for a large corpus).
"""

from __future__ import annotations

import collections
import concurrent.futures
import csv
import datetime
import io
import os
import pickle
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from iraq_events.dataset.convert import event_to_row, row_to_event
from iraq_events.dataset.crossmerge import MergeKey, MergePlan, merge_keys, plan_merges
from iraq_events.dataset.curation import (
    CurationPlan,
    EntryRef,
    apply_curation,
    check_plan,
    letter_plan,
    read_curation,
    unapplied,
)
from iraq_events.dataset.errors import CurationError, DatasetError
from iraq_events.dataset.letters import (
    ExtractEvents,
    Letter,
    LetterRows,
    ReadDocument,
    cache_key,
    default_reader,
    event_sort_key,
    find_letters,
    letter_rows,
)
from iraq_events.dataset.parquet import WRITER_OPTIONS, publish_tree
from iraq_events.dataset.schema import EVENTS, arrow_schema
from iraq_events.documents.model import Document
from iraq_events.errors import IraqEventsError
from iraq_events.events.model import Event

__all__ = [
    "ERRORS_FILE",
    "LAYOUTS",
    "OUTPUT_FILES",
    "PARTITIONED_OUTPUTS",
    "BuildError",
    "BuildSummary",
    "build_dataset",
    "event_sort_key",
    "events_csv",
    "stale_files",
]

ERRORS_FILE = "build_errors.csv"
OUTPUT_FILES = (
    "events.parquet",
    "temporal_expressions.parquet",
    "documents.parquet",
    "events.csv",
    ERRORS_FILE,
)
TABLE_NAMES = ("events", "temporal_expressions", "documents")
PARTITIONED_OUTPUTS = (*TABLE_NAMES, ERRORS_FILE)
LAYOUTS = ("flat", "partitioned")
PARTITION_FILE = "part-0.parquet"
# rows per Parquet row group: what a writer holds in memory at most per table
ROW_GROUP_ROWS = 5_000
_COMPACT_EVERY = 32  # letters' batches a writer buffers before copying them into one


@attrs.frozen(kw_only=True)
class BuildError:
    """A letter the build skipped: its path and what is wrong with it."""

    source: str
    problem: str


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
    # (letter path, offsets of the characters that replaced undecodable bytes) per damaged
    # letter, for the command line to warn about
    replaced: tuple[tuple[str, tuple[int, ...]], ...] = ()
    errors: tuple[BuildError, ...] = ()
    merged: int = 0  # events folded into an event of another letter
    cached: int = 0  # letters whose rows came from the cache
    layout: str = "flat"
    jobs: int = 1
    seconds: float = 0.0
    peak_memory: int = 0  # bytes: this process
    peak_memory_workers: int = 0  # bytes: the largest worker process


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


_EVENT_COLUMNS = [column.name for column in EVENTS]


def _csv_lines(rows: Sequence[Mapping[str, Any]]) -> str:
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    for row in rows:
        writer.writerow([_nested_cell(name, row[name]) for name in _EVENT_COLUMNS])
    return stream.getvalue()


def events_csv(events: Sequence[Event]) -> str:
    """The ``events`` table as CSV: one line per event, nested columns flattened to text."""
    header = ",".join(_EVENT_COLUMNS) + "\n"
    return header + _csv_lines([event_to_row(event) for event in events])


# --- pass 1: one letter -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Options:
    read_document: ReadDocument | None
    extract_events: ExtractEvents | None
    plan: CurationPlan
    cache_dir: Path | None
    spill_dir: Path


@attrs.frozen(kw_only=True)
class _LetterResult:
    index: int
    letter: Letter
    error: str | None = None
    document_id: str = ""
    sha256: str = ""
    date: datetime.date | None = None
    cached: bool = False
    replaced: tuple[int, ...] = ()
    applied: tuple[EntryRef, ...] = ()
    keys: tuple[MergeKey, ...] = ()


_OPTIONS: _Options | None = None
Task = tuple[int, Letter]
# an engine's map: (function, tasks) -> the results in the order of the tasks
Mapper = Callable[[Callable[[Task], "_LetterResult"], Sequence[Task]], Iterable["_LetterResult"]]


def _init_worker(options: _Options) -> None:
    global _OPTIONS
    _OPTIONS = options


def _write_pickle(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def _read(letter: Letter, options: _Options) -> tuple[LetterRows, bool]:
    """The letter's extracted rows (before curation), from the cache when it has them."""
    entry = None
    if options.cache_dir is not None:
        data = letter.path.read_bytes()
        key = cache_key(
            letter, data, read_document=options.read_document,
            extract_events=options.extract_events,
        )  # fmt: skip
        entry = options.cache_dir / key[:2] / f"{key}.pickle"
        try:
            with open(entry, "rb") as handle:
                cached: LetterRows = pickle.load(handle)
            return cached, True
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError):
            pass  # not cached yet, or an entry a killed build left half-written
    rows = letter_rows(
        letter.path, name=letter.name, read_document=options.read_document,
        extract_events=options.extract_events,
    )  # fmt: skip
    if entry is not None:
        _write_pickle(entry, rows)
    return rows, False


def _curate(
    rows: LetterRows, letter: Letter, options: _Options
) -> tuple[LetterRows, tuple[EntryRef, ...]]:
    ids = set(rows.events.column("event_id").to_pylist())
    part, refs = letter_plan(options.plan, rows.document_id, ids)
    if not refs:
        return rows, ()
    events = [row_to_event(row) for row in rows.events.to_pylist()]
    documents: list[Document] = []
    if part.additions:  # an added event reads its quote and page from the letter itself
        document = (options.read_document or default_reader)(letter.path)
        documents.append(attrs.evolve(document, source_name=letter.name))
    curated = sorted(apply_curation(events, part, documents).events, key=event_sort_key)
    return attrs.evolve(rows, events=_rows_events(rows, curated)), refs


def _rows_events(rows: LetterRows, events: Sequence[Event]) -> pa.RecordBatch:
    schema = rows.events.schema
    return pa.RecordBatch.from_pylist([event_to_row(event) for event in events], schema=schema)


_KEY_COLUMNS = ["event_id", "event_type", "date_start", "date_end", "actors", "location"]


def _pass_one(task: tuple[int, Letter]) -> _LetterResult:
    index, letter = task
    options = _OPTIONS
    assert options is not None, "the worker was not initialised"
    try:
        rows, cached = _read(letter, options)
        rows, applied = _curate(rows, letter, options)
    except CurationError:
        raise
    except (IraqEventsError, OSError, UnicodeError) as error:
        return _LetterResult(index=index, letter=letter, error=str(error))
    except Exception as error:  # a bug on one letter must not stop a corpus: report it
        return _LetterResult(
            index=index, letter=letter, error=f"{type(error).__name__}: {error} (a bug: report it)"
        )
    _write_pickle(options.spill_dir / f"{index:09d}.pickle", rows)
    keys = merge_keys(rows.events.select(_KEY_COLUMNS).to_pylist(), index)
    return _LetterResult(
        index=index, letter=letter, document_id=rows.document_id, sha256=rows.sha256,
        date=rows.date, cached=cached, replaced=rows.replaced, applied=applied, keys=tuple(keys),
    )  # fmt: skip


def _run_pass_one(
    letters: Sequence[Letter], options: _Options, jobs: int, progress: bool
) -> Iterator[_LetterResult]:
    tasks = list(enumerate(letters))
    bar = _progress_bar(len(tasks), progress)
    try:
        if jobs <= 1 or len(tasks) <= 1:
            _init_worker(options)
            for task in tasks:
                result = _pass_one(task)
                bar.update(1)
                yield result
            return
        chunksize = max(1, min(8, len(tasks) // (jobs * 8)))
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=jobs, initializer=_init_worker, initargs=(options,)
        ) as pool:
            try:
                for result in pool.map(_pass_one, tasks, chunksize=chunksize):
                    bar.update(1)
                    yield result
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    finally:
        bar.close()


class _NoBar:
    def update(self, count: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, progress: bool) -> Any:
    if not progress or total <= 1:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="letter", file=sys.stderr, dynamic_ncols=True)


# --- pass 2: writing ----------------------------------------------------------------------


def _load(spill_dir: Path, index: int) -> LetterRows:
    with open(spill_dir / f"{index:09d}.pickle", "rb") as handle:
        rows: LetterRows = pickle.load(handle)
    return rows


class _TableWriter:
    """A Parquet file written in row groups of at most ``ROW_GROUP_ROWS`` rows."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
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
        if self._rows >= ROW_GROUP_ROWS:
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


def _merged_events(
    rows: LetterRows, merges: MergePlan, extra: Mapping[str, list[Any]]
) -> pa.RecordBatch:
    """The letter's events with the absorbed ones dropped and their mentions added to the kept."""
    ids = rows.events.column("event_id").to_pylist()
    if not any(i in merges.absorbed or i in merges.members for i in ids):
        return rows.events
    out = []
    for row in rows.events.to_pylist():
        event_id = row["event_id"]
        if event_id in merges.absorbed:
            continue
        if event_id in merges.members:
            mentions = list(row["mentions"])
            for other in merges.members[event_id]:
                mentions.extend(m for m in extra[other] if m not in mentions)
            row["mentions"] = mentions
        out.append(row)
    return pa.RecordBatch.from_pylist(out, schema=rows.events.schema)


@attrs.frozen(kw_only=True)
class _Written:
    events: int
    temporal_expressions: int
    documents: int
    by_type: collections.Counter[str]
    by_curation: collections.Counter[str]
    first_date: datetime.date | None
    last_date: datetime.date | None


def _write_tables(
    staging: Path,
    layout: str,
    order: Sequence[_LetterResult],
    spill_dir: Path,
    merges: MergePlan,
    extra: Mapping[str, list[Any]],
) -> _Written:
    by_type: collections.Counter[str] = collections.Counter()
    by_curation: collections.Counter[str] = collections.Counter()
    dates: list[datetime.date] = []
    totals = collections.Counter[str]()
    groups: dict[int | None, list[_LetterResult]] = collections.defaultdict(list)
    for result in order:
        groups[_partition(result, layout)].append(result)
    csv_handle = None
    if layout == "flat":
        csv_handle = open(staging / "events.csv", "w", encoding="utf-8", newline="")
        csv_handle.write(",".join(_EVENT_COLUMNS) + "\n")
    try:
        for partition, results in groups.items():
            hashes = [(result.document_id, result.sha256) for result in results]
            writers = {
                name: _TableWriter(
                    _table_path(staging, name, partition), arrow_schema(name, hashes)
                )
                for name in TABLE_NAMES
            }
            for result in results:
                rows = _load(spill_dir, result.index)
                events = _merged_events(rows, merges, extra)
                writers["events"].add(events)
                writers["temporal_expressions"].add(rows.temporal_expressions)
                writers["documents"].add(rows.documents)
                by_type.update(str(v) for v in events.column("event_type").to_pylist())
                by_curation.update(str(v) for v in events.column("curation").to_pylist())
                for column in ("date_start", "date_end"):
                    low, high = pc.min_max(events.column(column)).values()
                    dates.extend(d.as_py() for d in (low, high) if d.is_valid)
                if csv_handle is not None:
                    csv_handle.write(_csv_lines(events.to_pylist()))
            for name, writer in writers.items():
                writer.close()
                totals[name] += writer.total
            del writers
            pa.default_memory_pool().release_unused()  # return the partition's buffers
    finally:
        if csv_handle is not None:
            csv_handle.flush()
            os.fsync(csv_handle.fileno())
            csv_handle.close()
    return _Written(
        events=totals["events"],
        temporal_expressions=totals["temporal_expressions"],
        documents=totals["documents"],
        by_type=by_type,
        by_curation=by_curation,
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )


def _partition(result: _LetterResult, layout: str) -> int | None:
    if layout == "flat":
        return None
    return 0 if result.date is None else result.date.year


def _table_path(staging: Path, name: str, partition: int | None) -> Path:
    if partition is None:
        return staging / f"{name}.parquet"
    return staging / name / f"year={partition}" / PARTITION_FILE


def _write_errors(path: Path, errors: Sequence[BuildError]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["source", "problem"])
        for error in errors:
            writer.writerow([error.source, error.problem])
        handle.flush()
        os.fsync(handle.fileno())


# --- the build ----------------------------------------------------------------------------


def _curation_plan(
    sources: Sequence[Path], curation: str | os.PathLike[str] | None
) -> CurationPlan:
    """The curation given, else every ``curation/`` folder beside the letters (in the source
    folders, or beside a list file); never anything in the output folder."""
    if curation is not None:
        return read_curation(curation)
    plans = []
    for source in sources:
        folder = (source if source.is_dir() else source.parent) / "curation"
        if folder.is_dir() and (source.is_dir() or source.suffix == ".list"):
            plans.append(read_curation(folder))
    return CurationPlan(
        rejections=tuple(e for p in plans for e in p.rejections),
        corrections=tuple(e for p in plans for e in p.corrections),
        additions=tuple(e for p in plans for e in p.additions),
        files=tuple(f for p in plans for f in p.files),
    )


def _default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _peak_memory() -> tuple[int, int]:
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, children


def build_dataset(
    seeds_dir: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    curation: str | os.PathLike[str] | None = None,
    read_document: Callable[[Path], Document] | None = None,
    extract_events: Callable[[Document], Sequence[Event]] | None = None,
    jobs: int | None = 1,
    layout: str = "flat",
    cache_dir: str | os.PathLike[str] | None = None,
    strict: bool = False,
    merge: bool = True,
    progress: bool = False,
    mapper: Mapper | None = None,
) -> BuildSummary:
    """Build the dataset of the letters ``seeds_dir`` names into ``out_dir``.

    ``seeds_dir`` is a folder (searched recursively for letters: ``*.txt``, ``*.pdf``, ``*.xml``,
    ``*.html``), a ``*.list`` file of
    paths, a letter, or a sequence of these. ``curation`` is a curation file or folder; by
    default every ``curation/`` folder in the source folders (never one in ``out_dir``).
    ``read_document`` and ``extract_events`` default to the library's own; the default reader
    takes the date of a letter whose text states none from its ``<letter>.meta.json`` sidecar.

    ``jobs`` worker processes (``None``: all cores) read the letters; the output does not
    depend on it. ``layout`` is ``"flat"`` (four files) or ``"partitioned"`` (one folder per
    table, ``year=<year of the letter>`` subfolders). ``cache_dir`` keeps each letter's rows
    keyed by its content and the library, so a rebuild re-extracts only changed letters. A
    letter that cannot be read is skipped and listed in ``errors`` and ``build_errors.csv``;
    ``strict`` raises ``DatasetError`` at the first instead. ``merge`` joins the same event
    reported by several letters (``crossmerge``). ``progress`` shows a progress bar on stderr.
    ``mapper(function, tasks)`` replaces the process pool (see ``iraq_events.dataset.dask``).
    """
    if layout not in LAYOUTS:
        raise DatasetError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    started = time.perf_counter()
    given = [seeds_dir] if isinstance(seeds_dir, (str, os.PathLike)) else list(seeds_dir)
    sources = [Path(os.fspath(source)) for source in given]
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise DatasetError(f"cannot build into {out}: it is a file, not a folder")
    for source in sources:
        if source.exists() and not source.is_dir() and source.suffix not in (".txt", ".list"):
            raise DatasetError(
                f"cannot build from {source}: it is a file; give the folder that holds the "
                "letters (*.txt, *.pdf, *.xml, *.html), a letter, or a list of letters (*.list)"
            )
    letters = find_letters(sources)
    plan = _curation_plan(sources, curation)
    check_plan(plan)
    workers = _default_jobs() if jobs is None else max(1, jobs)
    cache = None if cache_dir is None else Path(cache_dir)
    names = OUTPUT_FILES if layout == "flat" else PARTITIONED_OUTPUTS
    retire = PARTITIONED_OUTPUTS[:3] if layout == "flat" else OUTPUT_FILES[:4]
    state: dict[str, Any] = {}

    def fill(staging: Path) -> None:
        spill = staging / ".spill"
        spill.mkdir()
        options = _Options(
            read_document=read_document, extract_events=extract_events, plan=plan,
            cache_dir=cache, spill_dir=spill,
        )  # fmt: skip
        if mapper is not None:
            _init_worker(options)
            results: Any = mapper(_pass_one_with(options), list(enumerate(letters)))
        else:
            results = _run_pass_one(letters, options, workers, progress)
        good: list[_LetterResult] = []
        errors: list[BuildError] = []
        owner: dict[str, _LetterResult] = {}
        for result in results:
            problem = result.error
            if problem is None and result.document_id in owner:
                first = owner[result.document_id].letter.path
                problem = f"has the document id {result.document_id!r} of {first} as well"
            if problem is not None:
                if strict:
                    raise DatasetError(f"cannot build: {result.letter.path}: {problem}")
                errors.append(BuildError(source=str(result.letter.path), problem=problem))
                continue
            owner[result.document_id] = result
            good.append(result)
        if not good:
            listed = "; ".join(f"{e.source}: {e.problem}" for e in errors[:5])
            raise DatasetError(f"cannot build: no letter could be read ({listed})")
        applied = {ref for result in good for ref in result.applied}
        stale = unapplied(plan, applied)
        if stale:
            note = f" ({len(errors)} letter(s) failed to read)" if errors else ""
            raise CurationError("; ".join(stale) + note)
        merges = MergePlan()
        extra: dict[str, list[Any]] = {}
        if merge:
            order = {r.index: (r.date or datetime.date.max, r.document_id) for r in good}
            merges = plan_merges((key for r in good for key in r.keys), order)
            holders = {key.event_id: r.index for r in good for key in r.keys
                       if key.event_id in merges.absorbed}  # fmt: skip
            for index in sorted(set(holders.values())):
                for row in _load(spill, index).events.select(["event_id", "mentions"]).to_pylist():
                    if row["event_id"] in merges.absorbed:
                        extra[row["event_id"]] = row["mentions"]
        ordered = sorted(good, key=lambda r: (_partition(r, layout) or 0, r.document_id))
        written = _write_tables(staging, layout, ordered, spill, merges, extra)
        _write_errors(staging / ERRORS_FILE, errors)
        state.update(good=good, errors=errors, written=written, merged=len(merges.absorbed))

    files = publish_tree(out, names, fill, retire=retire)
    good: list[_LetterResult] = state["good"]
    written: _Written = state["written"]
    own, children = _peak_memory()
    return BuildSummary(
        out_dir=out,
        letters=tuple(letter.name for letter in letters),
        documents=written.documents,
        events=written.events,
        temporal_expressions=written.temporal_expressions,
        by_type=tuple(sorted(written.by_type.items(), key=lambda item: (-item[1], item[0]))),
        by_curation=tuple(sorted(written.by_curation.items())),
        rejected=len(plan.rejections),
        first_date=written.first_date,
        last_date=written.last_date,
        curation_files=plan.files,
        files=tuple(files),
        replaced=tuple((str(r.letter.path), r.replaced) for r in good if r.replaced),
        errors=tuple(state["errors"]),
        merged=state["merged"],
        cached=sum(r.cached for r in good),
        layout=layout,
        jobs=workers if mapper is None else 0,
        seconds=time.perf_counter() - started,
        peak_memory=own,
        peak_memory_workers=children,
    )


@attrs.frozen
class _PassOne:
    """``_pass_one`` with its options bound, for an engine that maps a function (Dask)."""

    options: _Options

    def __call__(self, task: tuple[int, Letter]) -> _LetterResult:
        _init_worker(self.options)
        return _pass_one(task)


def _pass_one_with(options: _Options) -> _PassOne:
    return _PassOne(options)


def stale_files(
    seeds_dir: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    curation: str | os.PathLike[str] | None = None,
) -> list[str]:
    """The output files in ``out_dir`` that differ from a fresh build (missing ones included).

    Builds into a temporary folder, so ``out_dir`` is left untouched.
    """
    out = Path(out_dir)
    with tempfile.TemporaryDirectory(prefix="iraq-events-check-") as scratch:
        fresh = Path(scratch) / "datasets"
        build_dataset(seeds_dir, fresh, curation=curation)
        return [
            name
            for name in OUTPUT_FILES
            if not (out / name).is_file()
            or (out / name).read_bytes() != (fresh / name).read_bytes()
        ]
