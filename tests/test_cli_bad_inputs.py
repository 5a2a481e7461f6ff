"""The command line's bad-input matrix (issue 12): every bad input gives its exit status, one
message naming the input and never a traceback, for every command that reads a letter.

The rows are those of ``benchmarks/robustness.py --cli`` (which runs them in subprocesses, with
a real 40 MB file); here they run in-process, with the size limit lowered so that the "huge"
row needs no large file.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
from pathlib import Path
from types import ModuleType

import pytest

from iraq_events.cli import main
from iraq_events.documents import reader

ROOT = Path(__file__).resolve().parents[1]
ROWS = (
    "empty",
    "binary",
    "cp1252",
    "missing",
    "directory",
    "unreadable",
    "impossible date",
    "huge",
)


def _robustness() -> ModuleType:
    path = ROOT / "benchmarks" / "robustness.py"
    spec = importlib.util.spec_from_file_location("robustness", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROBUSTNESS = _robustness()


def test_the_matrix_has_every_row_of_the_issue(tmp_path: Path) -> None:
    rows = ROBUSTNESS.bad_inputs(tmp_path, huge_bytes=1_000)
    assert tuple(row.name for row in rows) == ROWS
    (tmp_path / "unreadable.txt").chmod(0o600)


@pytest.mark.parametrize("command", ["inspect", "events", "dates"])
@pytest.mark.parametrize("name", ROWS)
def test_bad_input(
    name: str,
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(reader, "MAX_LETTER_BYTES", 1_000_000)
    rows = {row.name: row for row in ROBUSTNESS.bad_inputs(tmp_path, huge_bytes=1_000_000)}
    row = rows[name]
    unreadable = tmp_path / "unreadable.txt"
    if name == "unreadable" and os.geteuid() == 0:
        # root reads a chmod 000 file: stand in the error the system gives everyone else
        original = pathlib.Path.read_bytes

        def refuse(path: pathlib.Path) -> bytes:
            if path.name == "unreadable.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return original(path)

        monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    try:
        status = main([command, *row.arguments])
    finally:
        unreadable.chmod(0o600)
    captured = capsys.readouterr()
    assert status == row.status, captured.err
    assert "Traceback" not in captured.err
    if row.status:
        assert captured.out == ""
        (line,) = captured.err.strip().splitlines()
        assert line.startswith(f"iraq-events {command}: error: ")
        assert row.names in line and row.words in line, line
    elif row.words:
        warnings = [line for line in captured.err.splitlines() if row.words in line]
        assert warnings and all(row.names in line for line in warnings), captured.err
    else:  # cp1252: read as the letter it is
        assert captured.out


def test_an_impossible_reference_date_is_a_usage_error_naming_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["events", str(ROOT / "seeds" / "000_7ba65e5599d72e72.txt"), "--reference-date",
              "2024-02-31"])  # fmt: skip
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "'2024-02-31' is not a date" in err and "Traceback" not in err


def test_a_letter_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_LETTER_BYTES", 100)
    letter = tmp_path / "big.txt"
    letter.write_text("Op 6 februari 2024 sprak de minister. " * 10, encoding="utf-8")
    with pytest.raises(reader.DocumentError, match=r"big\.txt: is 0\.0 MB, more than"):
        reader.read_document(letter)
    with pytest.raises(reader.DocumentError, match=r"<bytes>: is 0\.0 MB"):
        reader.read_document(letter.read_bytes())
