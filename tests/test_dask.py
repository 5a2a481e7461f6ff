"""The Dask build (``iraq_events.dataset.dask``) equals the local build on Dask's local
schedulers."""

from __future__ import annotations

from pathlib import Path

import pytest
from dataset_helpers import LETTER, extract_two, read_letter, write_seeds

from iraq_events.dataset.build import build_dataset

pytest.importorskip("dask.bag")

from iraq_events.dataset.dask import build_dataset_dask


def _files(out: Path) -> dict[str, bytes]:
    current = (out / "current").resolve()
    return {p.relative_to(current).as_posix(): p.read_bytes() for p in current.rglob("*")
            if p.is_file()}  # fmt: skip


@pytest.mark.parametrize("scheduler", ["threads", "synchronous"])
def test_the_dask_build_equals_the_local_build(tmp_path: Path, scheduler: str) -> None:
    seeds = write_seeds(tmp_path / "seeds", *(f"letter_{i}" for i in range(6)))
    (seeds / "bad.txt").write_bytes(b"\xff\x00" * 20)
    options = {"read_document": read_letter, "extract_events": extract_two,
               "layout": "partitioned"}  # fmt: skip
    local = build_dataset(seeds, tmp_path / "local", jobs=2, **options)
    remote = build_dataset_dask(seeds, tmp_path / "dask", scheduler=scheduler, partitions=3,
                                **options)  # fmt: skip
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    assert remote.events == local.events and remote.merged == local.merged
    assert [e.source for e in remote.errors] == [e.source for e in local.errors]
    assert remote.jobs == 0


def test_the_dask_build_in_processes_of_real_letters_equals_the_local_build(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        (seeds / f"letter_{i}.txt").write_text(LETTER + "\n" * (i + 1), encoding="utf-8")
    build_dataset(seeds, tmp_path / "local", extract_events=extract_two)
    build_dataset_dask(seeds, tmp_path / "dask", scheduler="processes", extract_events=extract_two)
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
