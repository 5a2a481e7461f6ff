"""Cross-letter merging: the same event reported by several letters becomes one event.

Two events of different letters are the same event when all of these hold:

1. the same ``event_type``;
2. both dates are closed intervals (``date_start`` and ``date_end`` known) of at most
   ``MAX_DAYS`` days each, and the intervals overlap (a year or an open "since" is too vague to
   say two reports tell of one event);
3. they share a participant (the same canonical actor name) or the same place;
4. they do not name two different places.

The relation is closed transitively (a report A like B and B like C makes one event of all
three). The event kept is the one of the earliest letter (by the letter's date, then its
document id, then position in it); it keeps its id, type, date and fields, and its ``mentions``
gain every passage of the others, in the same order. The others are dropped.

Only a compact key per eligible event is kept for the whole corpus, and in the main process not
as Python objects but as Arrow columns (``keys_batch``, ``KeyStore``): ``plan_table`` turns the
keys of one event type at a time back into ``MergeKey`` objects. The rows stay on disk.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "KEY_SCHEMA",
    "MAX_DAYS",
    "KeyStore",
    "MergeKey",
    "MergePlan",
    "keys_batch",
    "merge_keys",
    "plan_merges",
    "plan_table",
]

MAX_DAYS = 31


@attrs.frozen
class MergeKey:
    """What the merge rule reads of an event, and where the event is (letter and position)."""

    event_id: str
    event_type: str
    start: int  # proleptic ordinal of date_start
    end: int
    actors: frozenset[str]
    place: str | None
    letter: int  # the letter's place in the build order
    position: int  # the event's place in its letter


@attrs.frozen
class MergePlan:
    """``absorbed`` maps a dropped event's id to the id of the event it became part of;
    ``members`` maps each kept event's id to the ids of its absorbed events, in mention order."""

    absorbed: Mapping[str, str] = attrs.field(factory=dict)
    members: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    # the letter (its place in the build order) of every event named above
    letters: Mapping[str, int] = attrs.field(factory=dict)


def merge_keys(rows: Sequence[Mapping[str, Any]], letter: int) -> list[MergeKey]:
    """The keys of the events (``events`` table rows) of one letter that may merge."""
    keys = []
    for position, row in enumerate(rows):
        start, end = row["date_start"], row["date_end"]
        if not isinstance(start, datetime.date) or not isinstance(end, datetime.date):
            continue
        if (end - start).days + 1 > MAX_DAYS:
            continue
        actors = frozenset(str(actor["name"]) for actor in row["actors"] or ())
        location = row["location"]
        place = None if location is None else str(location["name"])
        if not actors and place is None:
            continue
        keys.append(
            MergeKey(
                event_id=str(row["event_id"]),
                event_type=str(row["event_type"]),
                start=start.toordinal(),
                end=end.toordinal(),
                actors=actors,
                place=place,
                letter=letter,
                position=position,
            )
        )
    return keys


def _alike(a: MergeKey, b: MergeKey) -> bool:
    if a.letter == b.letter or a.event_type != b.event_type:
        return False
    if a.start > b.end or b.start > a.end:
        return False
    if a.place is not None and b.place is not None and a.place != b.place:
        return False
    return bool(a.actors & b.actors) or (a.place is not None and a.place == b.place)


class _Sweep:
    """The merge over keys given in (type, start, letter, position) order: a sweep over start
    dates, where only events whose interval is still open can overlap and candidates are looked
    up by shared actor or place. It keeps the keys still open and those that merged, no more."""

    def __init__(self) -> None:
        self.keys: dict[int, MergeKey] = {}
        self.parent: dict[int, int] = {}
        self.merged: set[int] = set()
        self.active: dict[str, list[int]] = defaultdict(list)
        self.count = 0
        self.event_type: str | None = None

    def find(self, i: int) -> int:
        parent = self.parent
        while parent.get(i, i) != i:
            parent[i] = parent.get(parent[i], parent[i])
            i = parent[i]
        return i

    def add(self, key: MergeKey) -> None:
        if key.event_type != self.event_type:  # events of two types never merge
            self.event_type = key.event_type
            self.forget(None)
        index = self.count
        self.count += 1
        self.keys[index] = key
        tokens = [f"a:{name}" for name in key.actors]
        if key.place is not None:
            tokens.append(f"p:{key.place}")
        for token in tokens:
            still = [i for i in self.active[token] if self.keys[i].end >= key.start]
            for other in still:
                if _alike(self.keys[other], key):
                    self.parent[self.find(index)] = self.find(other)
                    self.merged.update((index, other))
            still.append(index)
            self.active[token] = still

    def forget(self, start: int | None) -> None:
        """Drop the keys that can no longer merge: closed before ``start`` (``None``: all) and
        not merged."""
        for token in list(self.active):
            still = (
                []
                if start is None
                else [i for i in self.active[token] if self.keys[i].end >= start]
            )
            if still:
                self.active[token] = still
            else:
                del self.active[token]
        live = {i for indices in self.active.values() for i in indices}
        self.keys = {i: k for i, k in self.keys.items() if i in live or i in self.merged}

    def plan(self, order: Mapping[int, tuple[Any, ...]]) -> MergePlan:
        groups: dict[int, list[int]] = defaultdict(list)
        for index in sorted(self.merged):
            groups[self.find(index)].append(index)
        absorbed: dict[str, str] = {}
        members: dict[str, tuple[str, ...]] = {}
        letters: dict[str, int] = {}
        for indices in groups.values():
            ordered = sorted(
                (self.keys[i] for i in indices),
                key=lambda k: (order[k.letter], k.position, k.event_id),
            )
            kept, *rest = ordered
            members[kept.event_id] = tuple(member.event_id for member in rest)
            letters[kept.event_id] = kept.letter
            for member in rest:
                absorbed[member.event_id] = kept.event_id
                letters[member.event_id] = member.letter
        return MergePlan(absorbed=absorbed, members=members, letters=letters)


def _sweep_order(key: MergeKey) -> tuple[str, int, int, int]:
    return (key.event_type, key.start, key.letter, key.position)


def plan_merges(keys: Iterable[MergeKey], order: Mapping[int, tuple[Any, ...]]) -> MergePlan:
    """Which events merge. ``order`` gives each letter's sort key (earliest letter first)."""
    sweep = _Sweep()
    for key in sorted(keys, key=_sweep_order):
        sweep.add(key)
    return sweep.plan(order)


KEY_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("event_type", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("actors", pa.list_(pa.string())),
        ("place", pa.string()),
        ("letter", pa.int64()),
        ("position", pa.int32()),
    ]
)


def keys_batch(keys: Sequence[MergeKey]) -> pa.RecordBatch:
    """``keys`` as Arrow columns (``KEY_SCHEMA``): what a worker sends the main process."""
    return pa.RecordBatch.from_arrays(
        [
            pa.array([key.event_id for key in keys], pa.string()),
            pa.array([key.event_type for key in keys], pa.string()),
            pa.array([key.start for key in keys], pa.int32()),
            pa.array([key.end for key in keys], pa.int32()),
            pa.array([sorted(key.actors) for key in keys], pa.list_(pa.string())),
            pa.array([key.place for key in keys], pa.string()),
            pa.array([key.letter for key in keys], pa.int64()),
            pa.array([key.position for key in keys], pa.int32()),
        ],
        schema=KEY_SCHEMA,
    )


class KeyStore:
    """The merge keys of a corpus as a few compact Arrow tables: letters' batches are copied
    into one every ``compact_every`` letters (a small batch per letter would cost its buffers'
    allocation overhead many times over)."""

    def __init__(self, compact_every: int = 256) -> None:
        self._compact_every = compact_every
        self._pending: list[pa.RecordBatch] = []
        self._tables: list[pa.Table] = []

    def add(self, batch: pa.RecordBatch) -> None:
        self._pending.append(batch)
        if len(self._pending) >= self._compact_every:
            self._compact()

    def _compact(self) -> None:
        if self._pending:
            table = pa.Table.from_batches(self._pending, schema=KEY_SCHEMA).combine_chunks()
            self._tables.append(table)
            self._pending = []

    def table(self) -> pa.Table:
        self._compact()
        return pa.concat_tables([pa.Table.from_batches([], schema=KEY_SCHEMA), *self._tables])


_SLICE = 4_096  # keys turned into Python objects at a time


def plan_table(
    keys: pa.Table, order: Mapping[int, tuple[Any, ...]], *, slice_size: int = _SLICE
) -> MergePlan:
    """``plan_merges`` on keys held as Arrow columns (``KEY_SCHEMA``): sorted by Arrow, and
    turned into ``MergeKey`` objects a slice at a time, so that only the keys still open and
    those that merged are Python objects at once.

    Written with Arrow operations that take no Python values (``pc.equal(column, "x")`` would
    convert one, and pyarrow imports pandas, ~40 MB, at the first conversion)."""
    by_sweep = [("event_type", "ascending"), ("start", "ascending"), ("letter", "ascending"),
                ("position", "ascending")]  # fmt: skip
    ordered = keys.take(pc.sort_indices(keys, sort_keys=by_sweep))
    sweep = _Sweep()
    for offset in range(0, ordered.num_rows, slice_size):
        part = ordered.slice(offset, slice_size)
        # column by column: a list per column costs a pointer per key, a dict per row ~20
        # times that
        columns = [part.column(name).to_pylist() for name in KEY_SCHEMA.names]
        key = None
        for event_id, kind, start, end, actors, place, letter, position in zip(
            *columns, strict=True
        ):
            key = MergeKey(event_id, kind, start, end, frozenset(actors), place, letter, position)
            sweep.add(key)
        del columns
        if key is not None:
            sweep.forget(key.start)
    return sweep.plan(order)
