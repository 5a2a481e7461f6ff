"""The clean view's map from clean offsets to original offsets, stored as runs.

A clean text is made of stretches copied from the original (each clean character one further
along the original) and of whitespace the view inserts (every character at one original
offset). A tuple holding one Python int per character cost about 44 bytes per character of
the letter — more than everything else the reader keeps — so the map keeps one entry per run
instead: where the run starts in the clean text, the original offset it starts at, and whether
it steps. A lookup is a bisect over the run starts.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

__all__ = ["OffsetMap", "OffsetMapBuilder", "offset_typecode"]

# signed 64-bit: offsets of any text Python can hold
_TYPECODE = "q"


def offset_typecode(length: int) -> str:
    """The array type code for offsets into a text of ``length`` characters (and -1): four
    bytes where they fit, which is every letter the size limit lets through, else eight."""
    return "i" if length < 2**30 else "q"


class OffsetMap(Sequence[int]):
    """An immutable sequence of original offsets, one per clean character and one past the end.

    Behaves like the ``tuple[int, ...]`` it replaces: ``len``, indexing (negative too), slices
    (a tuple), iteration, ``bisect``, equality with any sequence of ints.
    """

    __slots__ = ("_length", "_origins", "_starts", "_steps")

    def __init__(self, starts: array[int], origins: array[int], steps: bytes, length: int) -> None:
        # run k covers clean offsets starts[k] .. starts[k + 1] (or length), beginning at
        # original offset origins[k] and stepping by steps[k] (1: copied text, 0: inserted)
        self._starts = starts
        self._origins = origins
        self._steps = steps
        self._length = length

    @classmethod
    def of(cls, values: Iterable[int]) -> OffsetMap:
        """The map holding ``values`` (any iterable of ints), in as few runs as they allow."""
        if isinstance(values, OffsetMap):
            return values
        builder = OffsetMapBuilder()
        for value in values:
            builder.copy(value, 1)
        return builder.build()

    def __len__(self) -> int:
        return self._length

    def _at(self, index: int) -> int:
        run = bisect.bisect_right(self._starts, index) - 1
        return self._origins[run] + self._steps[run] * (index - self._starts[run])

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[int, ...]: ...

    def __getitem__(self, index: int | slice) -> int | tuple[int, ...]:
        if isinstance(index, slice):
            return tuple(self._at(i) for i in range(*index.indices(self._length)))
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset map index out of range")
        return self._at(index)

    def _runs(self) -> Iterator[tuple[int, int, int]]:
        ends = itertools.chain(itertools.islice(self._starts, 1, None), (self._length,))
        runs = zip(self._starts, ends, self._origins, self._steps, strict=True)
        for start, end, origin, step in runs:
            yield origin, end - start, step

    def __iter__(self) -> Iterator[int]:
        return itertools.chain.from_iterable(
            range(origin, origin + length) if step else itertools.repeat(origin, length)
            for origin, length, step in self._runs()
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            if (self._starts, self._origins, self._steps, self._length) == (
                other._starts,
                other._origins,
                other._steps,
                other._length,
            ):
                return True
        elif not isinstance(other, (tuple, list)):
            return NotImplemented
        # the same values may be cut into runs differently: compare them one by one
        if len(self) != len(other):
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        # from what every cutting into runs agrees on, so that equal maps hash alike
        if not self._length:
            return hash((0,))
        return hash((self._length, self._at(0), self._at(self._length - 1)))

    def __repr__(self) -> str:
        return f"OffsetMap({self._length} offsets in {len(self._starts)} runs)"

    def __reduce__(self) -> tuple[object, ...]:
        return (OffsetMap, (self._starts, self._origins, bytes(self._steps), self._length))

    @property
    def runs(self) -> int:
        """How many runs the map is stored in (about 9 bytes of memory per run)."""
        return len(self._starts)


class OffsetMapBuilder:
    """Builds an ``OffsetMap`` from left to right, one stretch at a time."""

    def __init__(self) -> None:
        self._starts: array[int] = array(_TYPECODE)
        self._origins: array[int] = array(_TYPECODE)
        self._steps = bytearray()
        self._length = 0
        self._last: int | None = None  # the original offset of the last value appended

    def __len__(self) -> int:
        return self._length

    @property
    def last(self) -> int | None:
        """The last value appended, ``None`` before the first."""
        return self._last

    def copy(self, origin: int, length: int) -> None:
        """Append ``origin, origin + 1, ... origin + length - 1`` (a stretch copied)."""
        if length <= 0:
            return
        steps = self._steps
        if not (steps and steps[-1] and self._last is not None and origin == self._last + 1):
            if length == 1 and steps and not steps[-1] and origin == self._last:
                self._length += 1  # one more of a repeated offset
                return
            self._new_run(origin, 1)
        self._length += length
        self._last = origin + length - 1

    def repeat(self, origin: int, length: int) -> None:
        """Append ``origin`` ``length`` times (characters the view inserted)."""
        if length <= 0:
            return
        if length == 1:
            self.copy(origin, 1)
            return
        steps = self._steps
        if not (steps and not steps[-1] and origin == self._last):
            self._new_run(origin, 0)
        self._length += length
        self._last = origin

    def _new_run(self, origin: int, step: int) -> None:
        self._starts.append(self._length)
        self._origins.append(origin)
        self._steps.append(step)

    def build(self) -> OffsetMap:
        # four bytes a number where every offset fits (as in the document's other tables)
        code = offset_typecode(max(self._length, max(self._origins, default=0) + 1))
        return OffsetMap(
            array(code, self._starts),
            array(code, self._origins),
            bytes(self._steps),
            self._length,
        )
