"""`iraq-events dates`: the command as a user runs it, through ``iraq_events.cli.main``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from iraq_events.cli import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7ba65e5599d72e72.txt"


def test_dates_on_the_seed_uses_the_letters_own_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", str(SEED), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "reference 2024-05-15 (the letter's own date)" in captured.err
    rows = json.loads(captured.out)
    assert len(rows) == 93
    by_text = {row["text"]: row for row in rows}
    assert by_text["6 februari jl."]["earliest"] == "2024-02-06"
    assert by_text["6 februari jl."]["rule"] == "day_month.jl"
    assert by_text["mei 2023 tot en met april 2024"]["value"] == "2023-05/2024-04"
    text = SEED.read_text(encoding="utf-8")
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)


def test_dates_with_an_explicit_reference(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", str(SEED), "--reference", "2025-03-01", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "reference 2025-03-01 (given with --reference)" in captured.err
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    by_text = {row["text"]: row for row in rows}
    assert by_text["6 februari jl."]["earliest"] == "2025-02-06"
    assert by_text["24 mei aanstaande"]["earliest"] == "2025-05-24"


def test_dates_reads_standard_input_and_prints_a_table(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Vorig jaar, op 3 mei, en sinds juli 2021."))
    assert main(["dates", "-"]) == 0
    captured = capsys.readouterr()
    assert "no reference date" in captured.err
    lines = captured.out.splitlines()
    assert lines[0].split()[:3] == ["start", "end", "text"]
    assert len(lines) == 4
    assert "2021-07-01" in lines[3] and "ON_OR_AFTER" in lines[3]
    assert "unresolved" in lines[1]


def test_dates_on_a_missing_file_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", "/nonexistent/brief.txt"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [
        "iraq-events dates: error: /nonexistent/brief.txt: no such file"
    ]


@pytest.mark.parametrize("value", ["2024-13-01", "15-05-2024", "gisteren", ""])
def test_dates_with_a_bad_reference_is_a_one_line_error(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dates", str(SEED), "--reference", value]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "--reference" in lines[0] and "Traceback" not in captured.err


def test_dates_on_binary_input_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"%PDF-1.4\xff\xfe\x00\x01")
    assert main(["dates", str(path)]) == 1
    captured = capsys.readouterr()
    assert "is binary data" in captured.err and len(captured.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n ", "holds only whitespace"),
        (b"Sinds juli 2021.\x00 en mei 2023", "binary"),
    ],
)
def test_dates_rejects_what_every_command_rejects(
    data: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    assert main(["dates", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and message in captured.err


@pytest.mark.parametrize(
    "data",
    [
        "Sinds juli 2021 in café Bagdad.".encode("cp1252"),
        "Sinds juli 2021 in café Bagdad.".encode("utf-16"),
        "Sinds juli 2021 in café Bagdad.".encode("utf-8-sig"),
    ],
)
def test_dates_reads_the_encodings_every_command_reads(
    data: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    assert main(["dates", str(path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["text"] for row in rows] == ["Sinds juli 2021"]
    assert rows[0]["start"] == 0


def test_dates_on_empty_standard_input_is_an_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class _Stdin:
        buffer = io.BytesIO(b"")

    monkeypatch.setattr("sys.stdin", _Stdin())
    assert main(["dates", "-"]) == 1
    assert "<stdin>: is empty" in capsys.readouterr().err


def test_dates_reads_cp1252_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class _Stdin:
        buffer = io.BytesIO("Sinds juli 2021, café.".encode("cp1252"))

    monkeypatch.setattr("sys.stdin", _Stdin())
    assert main(["dates", "-", "--format", "json"]) == 0
    assert [row["text"] for row in json.loads(capsys.readouterr().out)] == ["Sinds juli 2021"]


def test_dates_warns_about_an_impossible_date_and_still_lists_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("De vergadering van 31 februari 2024 ging niet door.", encoding="utf-8")
    assert main(["dates", str(path), "--reference", "2024-05-15", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert f"warning: {path}: '31 februari 2024' at 19: februari 2024 has no day 31" in captured.err
    (row,) = json.loads(captured.out)
    assert (row["text"], row["anchoring"], row["earliest"]) == (
        "31 februari 2024",
        "unresolved",
        None,
    )
    assert row["problem"] == "februari 2024 has no day 31"
