"""`iraq-events timeline` and `iraq-events plot`, run through ``iraq_events.cli.main``."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from strategies_timeline import sample_events

from iraq_events import Timeline, write_parquet
from iraq_events.cli import main

SAMPLE = sample_events()
ORDER = [event.event_id for event in Timeline(SAMPLE.values())]


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.parquet"
    # written out of order on purpose: the command must sort
    write_parquet(list(reversed(list(SAMPLE.values()))), path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_table_lists_the_airstrikes_in_order_with_their_sources(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "timeline", str(events_file), "--type", "airstrike")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["date", "type", "event", "source"]
    assert len(lines) == 3
    assert lines[1].startswith("2023-11-21") and "doc-a p.3; kst-27925-943" in lines[1]
    assert lines[2].startswith("2024-01-04") and "in Baghdad" in lines[2]


def test_table_writes_dates_at_their_precision_and_status(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "timeline", str(events_file))
    assert status == 0
    dates = [line.split("  ")[0].strip() for line in out.splitlines()[1:]]
    assert dates[:3] == ["../2024-04", "2021-07-01/2024-05-15", "2023-05/2024-04"]
    assert "2023-11" in dates and "2023-Q4" in dates and "2024-05/.." in dates
    assert "2024-05-24 (planned)" in dates
    assert dates[-1] == "? (op 31 januari)"


def test_markdown(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "timeline", str(events_file), "--status", "planned", "--format", "markdown"
    )
    assert status == 0
    assert out.splitlines()[0] == "| date | type | event | source |"
    assert out.splitlines()[2].startswith("| 2024-05-24 (planned) | handover |")


def test_json_uses_the_dataset_columns_in_timeline_order(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "timeline", str(events_file), "--format", "json")
    assert status == 0
    records = json.loads(out)
    assert [r["event_id"] for r in records] == ORDER
    first = records[ORDER.index("from-2024-05")]
    assert first["date_start"] == "2024-05-01" and first["date_end"] is None
    assert first["date_precision"] == "month" and first["status"] == "occurred"
    assert first["event_type"] == "deployment"
    strike = records[ORDER.index("strike-2024-01-04")]
    assert strike["actors"][0]["name"] == "United States"


def test_csv_matches_the_dataset_csv(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "timeline", str(events_file), "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["event_id"] for r in rows] == ORDER
    for column in ("event_type", "date_start", "date_end", "date_precision", "status"):
        assert column in rows[0]
    assert rows[ORDER.index("until-2024-04")]["date_start"] == ""


def test_window_modes(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    window = ("--from", "2023-11-15", "--to", "2023-11-30", "--format", "json")
    _, out, _ = run(capsys, "timeline", str(events_file), *window)
    assert [r["event_id"] for r in json.loads(out)] == ["strike-2023-11-21"]
    _, out, _ = run(capsys, "timeline", str(events_file), *window, "--mode", "possible")
    possible = [r["event_id"] for r in json.loads(out)]
    assert possible == [
        "until-2024-04",
        "since-2021-07",
        "period-2023-05-2024-04",
        "strike-2023-11-21",
        "threat-2023-11",
        "quarter-2023-q4",
        "year-2023",
    ]


def test_actor_filter_uses_names_and_surfaces(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, by_name, _ = run(capsys, "timeline", str(events_file), "--actor", "united states")
    _, by_surface, _ = run(capsys, "timeline", str(events_file), "--actor", "de VS")
    assert by_name == by_surface and len(by_name.splitlines()) == 3


def test_timelinejs_output(
    events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "timeline.json"
    status, out, err = run(
        capsys, "timeline", str(events_file), "--format", "timelinejs", "-o", str(target)
    )
    assert status == 0 and out == ""
    assert "1 event(s) with an unresolved date left out" in err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [s["unique_id"] for s in document["events"]] == ORDER[:-1]
    month = next(s for s in document["events"] if s["unique_id"] == "threat-2023-11")
    assert month["start_date"] == {"year": 2023, "month": 11}


def test_default_input_is_the_dataset(
    events_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "datasets").mkdir()
    events_file.rename(tmp_path / "datasets" / "events.parquet")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "timeline", "--type", "handover")
    assert status == 0 and "2024-05-24 (planned)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2024-01-02", "--to", "2024-01-01"], "--from 2024-01-02 is after --to"),
        (["--type", "bombing"], "unknown event type bombing"),
        (["--status", "happened"], "unknown status happened"),
    ],
)
def test_bad_options_give_one_line_errors(
    events_file: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, "timeline", str(events_file), *argv)
    assert status == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_an_impossible_date_is_rejected_by_the_parser(
    events_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["timeline", str(events_file), "--from", "2023-02-30"])
    assert exit_info.value.code == 2
    assert "'2023-02-30' is not a valid date" in capsys.readouterr().err


def test_missing_and_unreadable_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "timeline", str(tmp_path / "nope.parquet"))
    assert status == 1 and "nope.parquet: no such file" in err
    status, _, err = run(capsys, "plot", str(tmp_path), "-o", str(tmp_path / "x.png"))
    assert status == 1 and "is a directory" in err
    empty_letter = tmp_path / "brief.txt"
    empty_letter.write_bytes(b"")
    status, _, err = run(capsys, "timeline", str(empty_letter))
    assert status == 1 and "brief.txt" in err and len(err.strip().splitlines()) == 1
    garbage = tmp_path / "garbage.parquet"
    garbage.write_bytes(b"not parquet at all")
    status, _, err = run(capsys, "timeline", str(garbage))
    assert status == 1 and "garbage.parquet" in err and len(err.strip().splitlines()) == 1


def test_plot_writes_png_and_svg_and_refuses_other_formats(
    events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "timeline.png"
    status, _, err = run(capsys, "plot", str(events_file), "-o", str(png))
    assert status == 0 and png.read_bytes()[:4] == b"\x89PNG" and "14 events" in err
    svg = tmp_path / "by-actor.svg"
    status, _, _ = run(capsys, "plot", str(events_file), "-o", str(svg), "--by", "actor")
    assert status == 0 and "United States" in svg.read_text(encoding="utf-8")
    status, _, err = run(capsys, "plot", str(events_file), "-o", str(tmp_path / "t.gif"))
    assert status == 1 and ".gif" in err
    status, _, err = run(
        capsys, "plot", str(events_file), "-o", str(tmp_path / "e.png"), "--type", "election"
    )
    assert status == 1 and "no events to plot" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".parquet") == [
        "by-actor.svg",
        "timeline.png",
    ]


def test_the_parser_offers_the_library_window_modes() -> None:
    from iraq_events.cli.timeline import WINDOW_MODES
    from iraq_events.timeline import MODES

    assert WINDOW_MODES == MODES


def test_quotes_column(events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "timeline",
        str(events_file),
        "--type",
        "airstrike",
        "--quotes",
        "--format",
        "markdown",
    )
    assert status == 0
    assert out.splitlines()[0] == "| date | type | event | source | quote |"
    assert out.splitlines()[2].endswith("| Zin over strike-2023-11-21. |")


ROOT = Path(__file__).resolve().parents[1]
SEED_DATASET = ROOT / "datasets" / "events.parquet"
SEED_LETTER = ROOT / "seeds" / "000_7ba65e5599d72e72.txt"


@pytest.mark.skipif(not SEED_DATASET.is_file(), reason="the seed dataset is not built")
def test_the_seed_dataset_lists_the_four_us_strikes_in_order_with_their_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(
        capsys,
        "timeline",
        str(SEED_DATASET),
        "--type",
        "airstrike",
        "--document",
        "ek-27925-AP-2024-05-15",
        "--quotes",
    )
    assert status == 0
    rows = out.splitlines()[1:]
    assert [row.split()[0] for row in rows] == [
        "2023-11-21",
        "2024-01-04",
        "2024-02-02",
        "2024-02-07",
    ]
    assert all("ek-27925-AP-2024-05-15 p.4" in row for row in rows)
    assert "85 doelen" in rows[2]


@pytest.mark.skipif(not SEED_DATASET.is_file(), reason="the seed dataset is not built")
def test_the_dataset_title_counts_the_letters(capsys: pytest.CaptureFixture[str]) -> None:
    # the bundled dataset covers the series: the title counts its letters and spans their dates
    import pyarrow.parquet as pq

    letters = set(pq.read_table(SEED_DATASET, columns=["document_id"]).column(0).to_pylist())
    status, out, _ = run(capsys, "timeline", str(SEED_DATASET), "--format", "timelinejs")
    assert status == 0
    headline = json.loads(out)["title"]["text"]["headline"]
    assert headline.startswith(f"Events reported in {len(letters)} letters, ")
    assert headline.endswith("2024-05-15")


def test_a_letter_title_names_the_letter(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "timeline",
        str(ROOT / "seeds" / "000_7ba65e5599d72e72.txt"),
        "--format",
        "timelinejs",
    )
    assert status == 0
    headline = json.loads(out)["title"]["text"]["headline"]
    assert headline.startswith("Events reported in the letter of 2024-05-15 to the Eerste Kamer")


def test_a_letter_is_read_and_extracted_on_the_fly(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "timeline", str(SEED_LETTER), "--type", "election", "--format", "timelinejs"
    )
    assert status == 0
    document = json.loads(out)
    assert "27 925 Bestrijding internationaal terrorisme" in document["title"]["text"]["headline"]
    dates = [slide["display_date"] for slide in document["events"]]
    assert dates == ["2023-12-18", "2024-06-10 (planned)"]


def _read_only_filesystem(monkeypatch: pytest.MonkeyPatch, directory: Path) -> None:
    """Make every rename into ``directory`` fail as on a read-only mount (works as root too)."""
    import errno

    real_replace = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if Path(dst).parent == directory:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(src), None, str(dst))
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize(
    ("command", "name", "extra"),
    [
        ("timeline", "out.json", ("--format", "json")),
        ("timeline", "out.txt", ()),
        ("plot", "out.png", ()),
    ],
)
def test_an_unwritable_output_names_the_target_and_keeps_the_old_file(
    events_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    name: str,
    extra: tuple[str, ...],
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"the old file")
    _read_only_filesystem(monkeypatch, folder)
    status, _, err = run(capsys, command, str(events_file), "-o", str(target), *extra)
    assert status == 1
    assert len(err.strip().splitlines()) == 1
    assert str(target) in err and "read-only file system" in err.lower()
    assert ".partial" not in err and ".tmp" not in err and "Errno" not in err
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in folder.iterdir()] == [name]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write a read-only folder"
)
@pytest.mark.parametrize("command", ["timeline", "plot"])
def test_a_read_only_folder_gives_a_one_line_error(
    events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "out.png"
    target.write_bytes(b"the old file")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        status, _, err = run(capsys, command, str(events_file), "-o", str(target))
    finally:
        folder.chmod(stat.S_IRWXU)
    assert status == 1 and len(err.strip().splitlines()) == 1 and str(target) in err
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in folder.iterdir()] == ["out.png"]


def test_an_existing_read_only_output_is_refused(
    events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"the old file")
    target.chmod(stat.S_IRUSR)
    try:
        status, _, err = run(capsys, "timeline", str(events_file), "-o", str(target))
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert status == 1 and len(err.strip().splitlines()) == 1 and str(target) in err
    assert target.read_bytes() == b"the old file"
