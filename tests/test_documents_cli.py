"""`iraq-events inspect`: the metadata, outline, footnotes and counts of a letter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iraq_events.cli import main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7ba65e5599d72e72.txt"
LETTERS = Path(__file__).parent / "data" / "letters"


def test_inspect_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ek-27925-AP-2024-05-15")
    assert "chamber:            Eerste Kamer der Staten-Generaal" in out
    assert "signed:             Den Haag, 2024-05-15" in out
    assert "drs K.H. Ollongren (minister van Defensie)" in out
    assert "'mei 2023 tot en met april 2024' = 2023-05-01 .. 2024-04-30" in out
    assert "[8] p.5  marker 2023[8] p.5" in out
    assert "-> kst-27925-699  https://zoek.officielebekendmakingen.nl/kst-27925-699.html" in out
    assert "  Politiek" in out  # a sub-section is indented under its parent
    assert "footnotes 9  markers 9" in out


def test_inspect_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEED), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["document_id"] == "ek-27925-AP-2024-05-15"
    assert data["metadata"]["date"] == "2024-05-15"
    assert data["metadata"]["reporting_period"]["earliest"] == "2023-05-01"
    assert data["counts"]["footnotes"] == 9 and data["counts"]["pages"] == 9
    assert [f["number"] for f in data["footnotes"]] == list(range(1, 10))
    assert data["footnotes"][0]["citations"][0]["identifier"] == "kst-27925-943"
    assert data["footnotes"][0]["citations"][0]["kind"] == "kamerstuk"
    assert [c["identifier"] for c in data["body_citations"]] == [
        "motion:Bosman",
        "motion:Kerstens/Van Ojik",
    ]
    assert data["sections"][0] == {
        "title": "Essentie",
        "level": 1,
        "page": 1,
        "start": data["sections"][0]["start"],
        "end": data["sections"][0]["end"],
    }


@pytest.mark.parametrize(
    ("name", "message"),
    [("empty.txt", "is empty"), ("binary.bin", "binary"), ("nothing-here.txt", "no such file")],
)
def test_inspect_bad_input_is_one_line_and_a_non_zero_exit(
    name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", str(LETTERS / name)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("iraq-events inspect: error:") and message in line and name in line


# --- issue 16: damaged bytes, closed pipes, a file for a folder ----------------------------


@pytest.mark.parametrize("command", ["inspect", "events", "dates"])
def test_a_letter_with_undecodable_bytes_warns_naming_the_file(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = SEED.read_bytes()
    letter = tmp_path / "damaged.txt"
    letter.write_bytes(data[:5000] + b"\xff" + data[5000:])
    assert main([command, str(letter)]) == 0
    err = capsys.readouterr().err
    assert f"warning: {letter}: 1 byte did not decode as UTF-8 and was replaced" in err


def test_build_warns_naming_a_damaged_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    data = SEED.read_bytes()
    (seeds / "letter.txt").write_bytes(data[:5000] + b"\xff\xfe" + data[5000:])
    assert (
        main(["build", str(seeds), "--out", str(tmp_path / "out"), "--curation", str(seeds)]) == 0
    )
    assert f"{seeds / 'letter.txt'}: 2 bytes did not decode" in capsys.readouterr().err


def test_build_given_a_file_that_is_no_letter_says_what_it_wants(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sidecar = SEED.with_suffix(".meta.json")
    assert main(["build", str(sidecar), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"cannot build from {sidecar}: it is a file; give the folder that holds the" in err
    assert "a letter, or a list of letters (*.list)" in err
    assert "no seeds folder" not in err


@pytest.mark.parametrize(
    "command",
    [["dates"], ["inspect"], ["events"], ["timeline"], ["inspect", "--format", "json"]],
)
def test_output_to_a_closed_pipe_ends_quietly_with_status_141(command: list[str]) -> None:
    import subprocess
    import sys

    # `iraq-events dates FILE | head -1`: the reader goes away before the output ends
    process = subprocess.Popen(
        [sys.executable, "-m", "iraq_events.cli", *command, str(SEED)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # closed before the command writes (it is still importing)
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert "Broken pipe" not in err and "error" not in err and "Traceback" not in err
