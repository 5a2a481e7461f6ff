"""A build killed at any write step leaves the previous dataset or the new one, never a mix.

A helper process imports the library once, then for every k: restores the output folder,
forks a child that builds with every file-system step that changes names (``os.replace``,
``os.rename``, ``os.symlink``, ``os.unlink``, ``os.rmdir``) counted and exits hard at the k-th
(``os._exit``, as a SIGKILL would: no cleanup, no ``finally``), records what a reader opening
the published paths sees, then forks a normal build and records what it leaves. This goes on
until a build runs to the end; the test checks every record.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from dataset_helpers import extract_two, read_letter, write_seeds

from iraq_events.dataset import read_table
from iraq_events.dataset.build import OUTPUT_FILES, build_dataset

TESTS = Path(__file__).resolve().parent

_HELPER = textwrap.dedent(
    """
    import hashlib, json, os, shutil, sys
    from pathlib import Path
    from dataset_helpers import extract_two, read_letter
    from iraq_events.dataset.build import OUTPUT_FILES, build_dataset

    seeds, out, pristine = (Path(arg) for arg in sys.argv[1:4])
    KILLED = 77

    def build_in_child(kill_at):
        pid = os.fork()
        if pid == 0:
            status = 1
            try:
                steps = [0]
                def counted(function):
                    def step(*args, **kwargs):
                        steps[0] += 1
                        if steps[0] == kill_at:
                            os._exit(KILLED)
                        return function(*args, **kwargs)
                    return step
                for name in ("replace", "rename", "symlink", "unlink", "rmdir"):
                    setattr(os, name, counted(getattr(os, name)))
                build_dataset(
                    seeds, out, curation=seeds,
                    read_document=read_letter, extract_events=extract_two,
                )
                status = 0
            finally:
                os._exit(status)
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

    def seen():
        return {
            name: hashlib.sha256((out / name).read_bytes()).hexdigest()
            if (out / name).is_file() else None
            for name in OUTPUT_FILES
        }

    def listing():
        names = sorted(path.name for path in out.iterdir())
        versions = sorted(path.name for path in (out / ".versions").iterdir())
        return names, versions

    # one build first, so that each forked child starts with everything imported
    build_dataset(
        seeds, out.with_name("warm-up"), curation=seeds,
        read_document=read_letter, extract_events=extract_two,
    )
    for step in range(1, 200):
        shutil.rmtree(out, ignore_errors=True)
        if pristine.exists():
            shutil.copytree(pristine, out, symlinks=True)
        status = build_in_child(step)
        record = {"step": step, "status": status}
        if status == KILLED:
            record["seen"] = seen()
            record["rebuild"] = build_in_child(0)
            record["after"] = seen()
            record["listing"] = listing()
        print(json.dumps(record), flush=True)
        if status != KILLED:
            break
    """
)


def _build(seeds: Path, out: Path) -> None:
    build_dataset(seeds, out, curation=seeds, read_document=read_letter, extract_events=extract_two)


def _hashes(out: Path) -> dict[str, str | None]:
    return {
        name: hashlib.sha256((out / name).read_bytes()).hexdigest()
        if (out / name).is_file()
        else None
        for name in OUTPUT_FILES
    }


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper forks")
@pytest.mark.parametrize("first", ["empty", "versioned", "flat"])
def test_a_build_killed_at_any_step_leaves_the_old_or_the_new_dataset(
    tmp_path: Path, first: str
) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    old = tmp_path / "old"
    _build(seeds, old)
    (seeds / "later.txt").write_text((seeds / "letter.txt").read_text(), encoding="utf-8")
    new = tmp_path / "new"
    _build(seeds, new)
    assert len(read_table(new / "documents.parquet", "documents")) == 2
    old_seen, new_seen = _hashes(old), _hashes(new)
    assert old_seen != new_seen

    pristine = tmp_path / "pristine"
    if first == "versioned":
        shutil.copytree(old, pristine, symlinks=True)
    elif first == "flat":  # the layout of the writer before versions: plain files
        pristine.mkdir()
        for name in OUTPUT_FILES:
            shutil.copyfile(old / name, pristine / name)
    before = dict.fromkeys(OUTPUT_FILES) if first == "empty" else old_seen

    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    helper = subprocess.run(
        [sys.executable, "-c", _HELPER, str(seeds), str(tmp_path / "out"), str(pristine)],
        env=environment, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert helper.returncode == 0, helper.stderr[-2000:]
    records = [json.loads(line) for line in helper.stdout.splitlines()]
    *kills, last = records
    assert last["status"] == 0, helper.stderr[-2000:]  # the build finally ran to the end
    assert len(kills) >= 3
    published = sorted([*OUTPUT_FILES, "current", ".versions"])
    for record in kills:
        step = record["step"]
        assert record["seen"] in (before, new_seen), f"killed at step {step}: a mix"
        assert record["rebuild"] == 0 and record["after"] == new_seen, f"step {step}"
        names, versions = record["listing"]
        assert names == published and len(versions) == 1, f"leftovers after step {step}"
    # kills before the switch see the old dataset; over a previous one, kills after the
    # switch (while the old version is removed) see the new one
    outcomes = {json.dumps(record["seen"]) for record in kills}
    assert json.dumps(before) in outcomes
    assert (json.dumps(new_seen) in outcomes) == (first != "empty")
    assert _hashes(tmp_path / "out") == new_seen
