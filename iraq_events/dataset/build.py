"""The reproducible, streaming build of the dataset from a corpus of letters.

Two passes, so that memory does not grow with the number of letters:

1. every letter is read, dated, extracted and curated on its own (``step.run_letter``), in a
   process pool of ``jobs`` workers; its rows go to a spill file in the staging folder of the
   new version (and to the cache), and only a small record and its merge keys (Arrow columns)
   come back;
2. the events of several letters that tell of one event are planned into one
   (``crossmerge``), and each partition's tables are written from its letters' spill files in
   a fixed order (by partition, then document id) in bounded row groups (``writing``), the
   partitions side by side in the same pool.

Nothing depends on scheduling: the same letters give the same bytes for any ``jobs``. A letter
that cannot be read is skipped and listed in ``build_errors.csv`` (``strict`` stops at the
first instead). Two layouts: ``flat`` (the bundled dataset: four files) and ``partitioned``
(one folder per table, one subfolder per year of the letter, for a large corpus).
"""

from __future__ import annotations

import collections
import datetime
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from iraq_events.dataset.crossmerge import KeyStore, MergePlan, plan_table
from iraq_events.dataset.curation import CurationPlan, check_plan, read_curation, unapplied
from iraq_events.dataset.errors import CurationError, DatasetError
from iraq_events.dataset.letters import Letter, event_sort_key, find_letters
from iraq_events.dataset.parquet import publish_tree
from iraq_events.dataset.pool import Mapper, Runner
from iraq_events.dataset.step import LetterResult, StepOptions
from iraq_events.dataset.tablecsv import events_csv
from iraq_events.dataset.writing import (
    TABLE_NAMES,
    PartitionTask,
    Written,
    write_errors,
    write_partition,
)
from iraq_events.documents.model import Document
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
PARTITIONED_OUTPUTS = (*TABLE_NAMES, ERRORS_FILE)
LAYOUTS = ("flat", "partitioned")


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

    ``jobs`` worker processes (``None``: all cores) read the letters, then write the
    partitions; the output does not depend on it. ``layout`` is ``"flat"`` (four files) or
    ``"partitioned"`` (one folder per table, ``year=<year of the letter>`` subfolders).
    ``cache_dir`` keeps each letter's rows keyed by its content and the library, so a rebuild
    re-extracts only changed letters. A letter that cannot be read is skipped and listed in
    ``errors`` and ``build_errors.csv``; ``strict`` raises ``DatasetError`` at the first
    instead. ``merge`` joins the same event reported by several letters (``crossmerge``).
    ``progress`` shows a progress bar on stderr.
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
        options = StepOptions(
            read_document=read_document, extract_events=extract_events, plan=plan,
            cache_dir=cache, spill_dir=spill,
        )  # fmt: skip
        with Runner(options, workers, mapper=mapper, progress=progress) as runner:
            good, errors, keys = _collect(runner.letters(list(enumerate(letters))), letters, strict)
            if not good:
                listed = "; ".join(f"{e.source}: {e.problem}" for e in errors[:5])
                raise DatasetError(f"cannot build: no letter could be read ({listed})")
            stale = unapplied(plan, {ref for record in good for ref in record.applied})
            if stale:
                note = f" ({len(errors)} letter(s) failed to read)" if errors else ""
                raise CurationError("; ".join(stale) + note)
            merges = MergePlan()
            if merge:
                order = {r.index: (r.date or datetime.date.max, r.document_id) for r in good}
                merges = plan_table(keys.table(), order)
            del keys
            tasks = _partition_tasks(staging, spill, layout, good, merges)
            # the largest partitions first, so that the workers finish together
            sizes = sorted(tasks, key=lambda task: -len(task.letters))
            written = sum(runner.map(write_partition, sizes), Written())
        write_errors(staging / ERRORS_FILE, [(e.source, e.problem) for e in errors])
        state.update(good=good, errors=errors, written=written, merged=len(merges.absorbed))

    files = publish_tree(out, names, fill, retire=retire)
    good: list[LetterResult] = state["good"]
    written: Written = state["written"]
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
        replaced=tuple((str(letters[r.index].path), r.replaced) for r in good if r.replaced),
        errors=tuple(state["errors"]),
        merged=state["merged"],
        cached=sum(r.cached for r in good),
        layout=layout,
        jobs=workers if mapper is None else 0,
        seconds=time.perf_counter() - started,
        peak_memory=own,
        peak_memory_workers=children,
    )


def _collect(
    results: Iterable[LetterResult], letters: Sequence[Letter], strict: bool
) -> tuple[list[LetterResult], list[BuildError], KeyStore]:
    """The letters read (records without keys), the letters skipped, and every merge key."""
    good: list[LetterResult] = []
    errors: list[BuildError] = []
    keys = KeyStore()
    owner: dict[str, int] = {}
    for result in results:
        problem = result.error
        if problem is None and result.document_id in owner:
            first = letters[owner[result.document_id]].path
            problem = f"has the document id {result.document_id!r} of {first} as well"
        if problem is not None:
            path = letters[result.index].path
            if strict:
                raise DatasetError(f"cannot build: {path}: {problem}")
            errors.append(BuildError(source=str(path), problem=problem))
            continue
        owner[result.document_id] = result.index
        if result.keys is not None:
            keys.add(result.keys)
        good.append(attrs.evolve(result, keys=None))
    return good, errors, keys


def _partition(record: LetterResult, layout: str) -> int | None:
    if layout == "flat":
        return None
    return 0 if record.date is None else record.date.year


def _partition_tasks(
    staging: Path, spill: Path, layout: str, good: Sequence[LetterResult], merges: MergePlan
) -> list[PartitionTask]:
    """One task per partition, in partition order, each with its part of the merge plan."""
    ordered = sorted(good, key=lambda r: (_partition(r, layout) or 0, r.document_id))
    groups: dict[int | None, list[LetterResult]] = collections.defaultdict(list)
    for record in ordered:
        groups[_partition(record, layout)].append(record)
    of_letter = {record.index: _partition(record, layout) for record in good}
    dropped: dict[int | None, set[str]] = collections.defaultdict(set)
    for event_id in merges.absorbed:
        dropped[of_letter[merges.letters[event_id]]].add(event_id)
    gained: dict[int | None, dict[str, tuple[tuple[str, int], ...]]] = collections.defaultdict(dict)
    for event_id, others in merges.members.items():
        gained[of_letter[merges.letters[event_id]]][event_id] = tuple(
            (other, merges.letters[other]) for other in others
        )
    return [
        PartitionTask(
            partition=partition,
            staging=staging,
            spill_dir=spill,
            letters=tuple((r.index, r.document_id, r.sha256) for r in records),
            dropped=frozenset(dropped.get(partition, ())),
            gained=gained.get(partition, {}),
        )
        for partition, records in groups.items()
    ]


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
