"""Where the steps of a build run: in this process (one job), in a process pool, or in an
engine's map (``mapper``, e.g. ``dask.bag``).

The pool is made once per build and serves both passes (the letters, then the partitions), so
its workers are forked once, from a main process that holds nothing large yet.
"""

from __future__ import annotations

import concurrent.futures
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any, TypeVar

from iraq_events.dataset.step import BoundStep, LetterResult, StepOptions, init_worker, run_letter

__all__ = ["Mapper", "Runner"]

T = TypeVar("T")
R = TypeVar("R")
# an engine's map: (function, tasks) -> the results in the order of the tasks
Mapper = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]
# letters per task sent to a worker: enough to amortise the round trip, few enough that the
# last tasks of two workers end together
_MAX_CHUNK = 8


class Runner:
    def __init__(
        self, options: StepOptions, jobs: int, *, mapper: Mapper | None = None,
        progress: bool = False,
    ) -> None:  # fmt: skip
        self._options = options
        self._jobs = jobs
        self._mapper = mapper
        self._progress = progress
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:  # fmt: skip
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=error is not None)
            self._pool = None

    def _parallel(self, count: int) -> concurrent.futures.ProcessPoolExecutor | None:
        if self._mapper is not None or self._jobs <= 1 or count <= 1:
            return None
        if self._pool is None:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self._jobs, initializer=init_worker, initargs=(self._options,)
            )
        return self._pool

    def letters(self, tasks: Sequence[Any]) -> Iterator[LetterResult]:
        """``run_letter`` over ``tasks``, results in task order, with the progress bar."""
        bar = _progress_bar(len(tasks), self._progress)
        try:
            if self._mapper is not None:
                results: Iterable[LetterResult] = self._mapper(BoundStep(self._options), tasks)
            else:
                pool = self._parallel(len(tasks))
                if pool is None:
                    init_worker(self._options)
                    results = map(run_letter, tasks)
                else:
                    chunksize = max(1, min(_MAX_CHUNK, len(tasks) // (self._jobs * 8)))
                    results = pool.map(run_letter, tasks, chunksize=chunksize)
            for result in results:
                bar.update(1)
                yield result
        finally:
            bar.close()

    def map(self, function: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
        """``function`` over ``tasks`` (picklable, each of some size), results in task order."""
        if self._mapper is not None:
            return list(self._mapper(function, tasks))
        pool = self._parallel(len(tasks))
        if pool is None:
            return [function(task) for task in tasks]
        return list(pool.map(function, tasks, chunksize=1))


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
