"""The published dataset: the committed ``datasets/`` equals a fresh build of ``seeds/``, the
datasheet's examples run, and the files ship inside the wheel."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from iraq_events.dataset import load_dataset, read_events
from iraq_events.dataset.build import OUTPUT_FILES, build_dataset, stale_files
from iraq_events.dataset.frame import bundled_path
from iraq_events.dataset.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / "datasets"
DATASHEET = DATASETS / "README.md"

needs_built_dataset = pytest.mark.skipif(
    not (DATASETS / "events.parquet").is_file(),
    reason="datasets/ is not built yet: run `iraq-events build` in the repository root",
)


def _extraction_available() -> bool:
    try:
        return importlib.util.find_spec("iraq_events.events.extraction") is not None
    except (ImportError, ValueError):
        return False


@needs_built_dataset
@pytest.mark.skipif(not _extraction_available(), reason="extract_events has not landed yet")
def test_committed_dataset_equals_a_fresh_build(tmp_path: Path) -> None:
    stale = stale_files(ROOT / "seeds", DATASETS)
    if stale:
        # Parquet records its writer (created_by); another pyarrow writes other bytes, so then
        # the tables and their metadata must still be equal.
        out = tmp_path / "datasets"
        build_dataset(ROOT / "seeds", out)
        for name in stale:
            fresh, committed = out / name, DATASETS / name
            writers = {pq.ParquetFile(p).metadata.created_by for p in (fresh, committed)}
            assert name.endswith(".parquet") and len(writers) == 2, (
                f"datasets/{name} differs from a fresh build: run `iraq-events build` and commit"
            )
            assert pq.read_table(fresh).equals(pq.read_table(committed), check_metadata=True)


def _code_blocks(language: str) -> list[str]:
    text = DATASHEET.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def test_datasheet_documents_every_column() -> None:
    text = DATASHEET.read_text(encoding="utf-8")
    for table, columns in TABLES.items():
        section = text.split(f"### `{table}`", 1)[1].split("\n### ", 1)[0]
        for column in columns:
            assert f"`{column.name}`" in section, f"{table}.{column.name} is not documented"
    assert len(_code_blocks("python")) >= 3 and len(_code_blocks("sql")) >= 3


@needs_built_dataset
@pytest.mark.parametrize("index", range(3))
def test_datasheet_python_examples_run(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(_code_blocks("python")[index], f"datasets/README.md[{index}]", "exec"), {})


@needs_built_dataset
@pytest.mark.parametrize("index", range(3))
def test_datasheet_sql_examples_run(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb  # a dev dependency: a missing DuckDB fails here, it is never skipped

    monkeypatch.chdir(ROOT)
    rows = duckdb.sql(_code_blocks("sql")[index]).fetchall()
    assert rows, "the example returns no rows"
    if index == 2:
        for _, start, end, acled, ucdp in rows:
            if start is not None and start == end:
                assert (acled, ucdp) == (1, 1)
            assert acled in (1, 2, 3) and ucdp in (1, 2, 3, 4, 5)


@needs_built_dataset
def test_load_dataset_reads_the_bundled_files() -> None:
    # in a checkout (and an editable install) the bundled files are datasets/ itself
    assert Path(str(bundled_path("events"))).resolve() == (DATASETS / "events.parquet").resolve()
    assert not (ROOT / "iraq_events" / "bundled").is_symlink()
    frame = load_dataset()
    assert list(frame["event_id"]) == [e.event_id for e in read_events(DATASETS / "events.parquet")]
    assert len(load_dataset("documents")) >= 1
    assert len(load_dataset("temporal_expressions")) > len(frame) // 2


def test_load_dataset_unknown_name() -> None:
    from iraq_events.dataset import DatasetError

    with pytest.raises(DatasetError, match="unknown dataset 'event'"):
        load_dataset("event")


def _clean_venv(folder: Path) -> Path:
    """A new virtual environment without pip or this project, whose site-packages sees the
    dependencies of this one (each linked by name), never its editable ``iraq_events``."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    dependencies = folder / "dependencies"
    dependencies.mkdir()
    import pandas

    ours = Path(pandas.__file__).resolve().parents[1]
    for entry in ours.iterdir():
        if entry.suffix == ".pth" or "iraq_events" in entry.name or "editable" in entry.name:
            continue
        (dependencies / entry.name).symlink_to(entry)
    (Path(site) / "dependencies.pth").write_text(f"{dependencies}\n", encoding="utf-8")
    return python


@needs_built_dataset
def test_the_wheel_carries_the_dataset_and_loads_it_in_a_clean_venv(tmp_path: Path) -> None:
    """Builds a wheel from a copy of the project (~5 s; pip fetches setuptools if isolated),
    installs it in a new virtual environment and loads the dataset there."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md", "setup.py", "MANIFEST.in"):
        shutil.copy(ROOT / name, project / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "iraq_events", project / "iraq_events", symlinks=True, ignore=ignore)
    shutil.copytree(DATASETS, project / "datasets", symlinks=True, ignore=ignore)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), "."],
        cwd=project, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    if result.returncode != 0 and re.search(
        r"No matching distribution|Could not find a version|connection", result.stderr, re.I
    ):
        pytest.skip(f"cannot fetch the build backend offline: {result.stderr[-300:]}")
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("*.whl")
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    for name in (*OUTPUT_FILES, "README.md"):
        assert f"iraq_events/bundled/{name}" in names
        assert archive.getinfo(f"iraq_events/bundled/{name}").external_attr >> 28 != 0o12  # no link
    assert (
        archive.read("iraq_events/bundled/events.parquet")
        == (DATASETS / "events.parquet").read_bytes()
    )

    python = _clean_venv(tmp_path / "venv")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-2000:]
    probe = (
        "import iraq_events, json\n"
        "frame = iraq_events.load_dataset('events')\n"
        "print(json.dumps([iraq_events.__file__, list(frame['event_id'])]))\n"
    )
    loaded = subprocess.run(
        [str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    where, ids = json.loads(loaded.stdout)
    assert str(tmp_path / "venv") in where
    assert ids == [e.event_id for e in read_events(DATASETS / "events.parquet")]


def test_committed_dataset_is_one_version_behind_one_pointer() -> None:
    import os

    versions = sorted(path.name for path in (DATASETS / ".versions").iterdir())
    assert len(versions) == 1, f"leftover versions in datasets/: {versions}"
    assert os.readlink(DATASETS / "current") == f".versions/{versions[0]}"
    for name in OUTPUT_FILES:
        assert os.readlink(DATASETS / name) == f"current/{name}"
