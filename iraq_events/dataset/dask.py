"""The corpus build on Dask: the per-letter step mapped with ``dask.bag``.

``pip install 'iraq-events[dask]'``. The per-letter step (read, date, extract, curate; see
``iraq_events.dataset.letters.letter_rows``) runs as a ``dask.bag`` map; each task writes its
letter's rows to the staging folder of the new version and returns a small record and its
merge keys; the client plans the merge across letters, and the writing of each partition's
tables is mapped the same way: the same tables, in the same order and with the same bytes,
as ``build_dataset`` with a local process pool.

Local (threads, processes or synchronous scheduler)::

    from iraq_events.dataset.dask import build_dataset_dask
    build_dataset_dask("letters/", "out/", layout="partitioned", scheduler="processes")

A cluster (``dask.distributed``; the workers must see the letters, the output folder and the
cache at the same paths, e.g. on a shared file system)::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")
    build_dataset_dask("/shared/letters", "/shared/out", layout="partitioned", client=client)

Spark runs the same step without this module: ``rdd.mapPartitions(lambda paths: (letter_rows(p)
for p in paths))`` gives every letter's Arrow record batches, to be written as the user likes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from iraq_events.dataset.build import BuildSummary, build_dataset

__all__ = ["build_dataset_dask"]


def build_dataset_dask(
    seeds_dir: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    scheduler: str | None = None,
    client: Any = None,
    partitions: int | None = None,
    **options: Any,
) -> BuildSummary:
    """``build_dataset`` with the letters mapped by ``dask.bag`` instead of a process pool.

    ``scheduler`` is a local Dask scheduler (``"threads"``, ``"processes"``,
    ``"synchronous"``); ``client`` a ``dask.distributed.Client`` (its cluster runs the tasks).
    ``partitions`` is the number of bag partitions (default: about 8 letters per partition, at
    most 1000). Other keyword arguments are those of ``build_dataset`` (not ``jobs`` and
    ``mapper``). The result equals the local build's, byte for byte.
    """
    try:
        import dask.bag as bag
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("the Dask build needs Dask: pip install 'iraq-events[dask]'") from error

    def mapper(function: Callable[[Any], Any], tasks: Sequence[Any]) -> list[Any]:
        count = partitions or max(1, min(1000, len(tasks) // 8))
        from_sequence: Any = bag.from_sequence  # untyped in Dask
        mapped = from_sequence(tasks, npartitions=count).map(function)
        if client is not None:
            results: list[Any] = client.compute(mapped).result()
        else:
            results = mapped.compute(scheduler=scheduler)
        return results

    return build_dataset(seeds_dir, out_dir, mapper=mapper, **options)
