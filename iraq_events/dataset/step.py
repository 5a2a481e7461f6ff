"""Pass 1 of a build, in a worker: one letter read (or taken from the cache), curated, spilled.

``run_letter`` is what a process pool (or ``dask.bag``) maps over the letters. It writes the
letter's rows to a spill file in the staging folder and sends back only a ``LetterResult``: a
few fields and the letter's merge keys as one small Arrow record batch, so that the main
process holds no rows and no Python object per event.
"""

from __future__ import annotations

import datetime
import os
import pickle
from pathlib import Path

import attrs
import pyarrow as pa

from iraq_events.dataset.convert import event_to_row, row_to_event
from iraq_events.dataset.crossmerge import keys_batch, merge_keys
from iraq_events.dataset.curation import CurationPlan, EntryRef, apply_curation, letter_plan
from iraq_events.dataset.errors import CurationError
from iraq_events.dataset.letters import (
    ExtractEvents,
    Letter,
    LetterRows,
    ReadDocument,
    cache_key,
    default_reader,
    event_sort_key,
    letter_rows,
)
from iraq_events.documents.model import Document
from iraq_events.errors import IraqEventsError

__all__ = [
    "LetterResult",
    "StepOptions",
    "init_worker",
    "load_spilled",
    "run_letter",
    "spill_path",
]


@attrs.frozen(kw_only=True)
class StepOptions:
    read_document: ReadDocument | None
    extract_events: ExtractEvents | None
    plan: CurationPlan
    cache_dir: Path | None
    spill_dir: Path


@attrs.frozen(kw_only=True)
class LetterResult:
    """What the main process learns of a letter: never its rows (they are in the spill file)."""

    index: int
    error: str | None = None
    document_id: str = ""
    sha256: str = ""
    date: datetime.date | None = None
    cached: bool = False
    replaced: tuple[int, ...] = ()
    applied: tuple[EntryRef, ...] = ()
    keys: pa.RecordBatch | None = None  # the merge keys (``crossmerge.keys_batch``)


_OPTIONS: StepOptions | None = None


def init_worker(options: StepOptions) -> None:
    global _OPTIONS
    _OPTIONS = options


def spill_path(spill_dir: Path, index: int) -> Path:
    return spill_dir / f"{index:09d}.pickle"


def load_spilled(spill_dir: Path, index: int) -> LetterRows:
    with open(spill_path(spill_dir, index), "rb") as handle:
        rows: LetterRows = pickle.load(handle)
    return rows


def _write_pickle(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def _read(letter: Letter, options: StepOptions) -> tuple[LetterRows, bool]:
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
    rows: LetterRows, letter: Letter, options: StepOptions
) -> tuple[LetterRows, tuple[EntryRef, ...]]:
    plan = options.plan
    if not (plan.rejections or plan.corrections or plan.additions):
        return rows, ()  # nothing to curate: the event ids need not be read
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
    batch = pa.RecordBatch.from_pylist(
        [event_to_row(event) for event in curated], schema=rows.events.schema
    )
    return attrs.evolve(rows, events=batch), refs


_KEY_COLUMNS = ["event_id", "event_type", "date_start", "date_end", "actors", "location"]


def run_letter(task: tuple[int, Letter]) -> LetterResult:
    """Pass 1 for one letter (``init_worker`` gave the options): its rows to the spill folder,
    its record (or what is wrong with it) back."""
    index, letter = task
    options = _OPTIONS
    assert options is not None, "the worker was not initialised"
    try:
        rows, cached = _read(letter, options)
        rows, applied = _curate(rows, letter, options)
    except CurationError:
        raise
    except (IraqEventsError, OSError, UnicodeError) as error:
        return LetterResult(index=index, error=str(error))
    except Exception as error:  # a bug on one letter must not stop a corpus: report it
        problem = f"{type(error).__name__}: {error} (a bug: report it)"
        return LetterResult(index=index, error=problem)
    _write_pickle(spill_path(options.spill_dir, index), rows)
    keys = merge_keys(rows.events.select(_KEY_COLUMNS).to_pylist(), index)
    return LetterResult(
        index=index, document_id=rows.document_id, sha256=rows.sha256, date=rows.date,
        cached=cached, replaced=rows.replaced, applied=applied,
        keys=keys_batch(keys) if keys else None,
    )  # fmt: skip


@attrs.frozen
class BoundStep:
    """``run_letter`` with its options bound, for an engine that maps a function (Dask)."""

    options: StepOptions

    def __call__(self, task: tuple[int, Letter]) -> LetterResult:
        init_worker(self.options)
        return run_letter(task)
