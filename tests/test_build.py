"""The build: letters → documents → events → curation → four reproducible files."""

from __future__ import annotations

import csv
import datetime
import functools
import io
import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from dataset_helpers import extract_two, read_letter, write_seeds

from iraq_events.cli import main
from iraq_events.dataset import read_events, read_table
from iraq_events.dataset.build import OUTPUT_FILES, build_dataset, event_sort_key
from iraq_events.dataset.errors import CurationError, DatasetError
from iraq_events.events.model import Curation

# the hand-made letters all report the same two events: kept apart here, joined in test_corpus
build = functools.partial(
    build_dataset, read_document=read_letter, extract_events=extract_two, merge=False
)


def test_build_writes_the_four_files_with_sorted_rows(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "b_letter", "a_letter")
    summary = build(seeds, tmp_path / "out")
    assert sorted(path.name for path in summary.files) == sorted(OUTPUT_FILES)
    events = read_events(tmp_path / "out" / "events.parquet")
    assert [event.source.document_id for event in events] == ["a_letter"] * 2 + ["b_letter"] * 2
    assert events == sorted(events, key=event_sort_key)
    assert summary.documents == 2 and summary.events == 4
    assert summary.by_type == (("attack", 2), ("election", 2))
    assert (summary.first_date, summary.last_date) == (
        datetime.date(2023, 12, 18),
        datetime.date(2024, 1, 4),
    )
    documents = read_table(tmp_path / "out" / "documents.parquet", "documents").to_pylist()
    assert [row["document_id"] for row in documents] == ["a_letter", "b_letter"]
    assert documents[0]["sentences"] == 2 and documents[0]["source_name"] == "a_letter.txt"
    expressions = pd.read_parquet(tmp_path / "out" / "temporal_expressions.parquet")
    assert expressions["text"].tolist() == ["18 december 2023", "4 januari 2024"] * 2
    assert expressions["sentence_text"].iloc[1].startswith("Op 4 januari 2024")
    assert expressions["earliest"].iloc[0] == datetime.date(2023, 12, 18)


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    build(seeds, tmp_path / "one")
    build(seeds, tmp_path / "two")
    build(seeds, tmp_path / "one")
    for name in OUTPUT_FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_metadata_names_the_sources_without_timestamps(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    build(seeds, tmp_path / "out")
    letter = read_letter(seeds / "letter.txt")
    for name in OUTPUT_FILES[:3]:
        metadata = pq.read_schema(tmp_path / "out" / name).metadata
        assert letter.sha256.encode() in metadata[b"iraq_events.documents"]
        assert str(datetime.date.today().year).encode() not in b"".join(metadata.values())


_CURATION = (
    '[[correct]]\nevent_id = "letter-attack"\nreason = "r"\n'
    'set = { event_type = "airstrike" }\n'
    '[[reject]]\nevent_id = "letter-election"\nreason = "r"\n'
)


def test_curation_folder_beside_the_letters_is_applied(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    (seeds / "curation").mkdir()
    (seeds / "curation" / "letter.toml").write_text(_CURATION, encoding="utf-8")
    summary = build(seeds, tmp_path / "out")
    (event,) = read_events(tmp_path / "out" / "events.parquet")
    assert event.curation is Curation.CORRECTED and str(event.event_type) == "airstrike"
    assert summary.rejected == 1 and summary.by_curation == (("corrected", 1),)
    assert summary.curation_files == (str(seeds / "curation" / "letter.toml"),)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "events.csv").read_text())))
    assert [row["curation"] for row in rows] == ["corrected"]


def test_curation_in_the_output_folder_is_never_read(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    (tmp_path / "out" / "curation").mkdir(parents=True)
    (tmp_path / "out" / "curation" / "letter.toml").write_text(_CURATION, encoding="utf-8")
    summary = build(seeds, tmp_path / "out")
    assert summary.curation_files == () and summary.by_curation == (("extracted", 2),)
    # given explicitly, it applies from anywhere
    summary = build(seeds, tmp_path / "out", curation=tmp_path / "out" / "curation")
    assert summary.by_curation == (("corrected", 1),)


def test_stale_curation_fails_and_keeps_the_previous_files(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    build(seeds, tmp_path / "out")
    before = {name: (tmp_path / "out" / name).read_bytes() for name in OUTPUT_FILES}
    stale = tmp_path / "stale.toml"
    stale.write_text('[[reject]]\nevent_id = "vanished"\nreason = "r"\n', encoding="utf-8")
    with pytest.raises(CurationError, match=r"stale\.toml: rejection targets event_id 'vanished'"):
        build(seeds, tmp_path / "out", curation=stale)
    assert {name: (tmp_path / "out" / name).read_bytes() for name in OUTPUT_FILES} == before


def test_csv_flattens_nested_columns(tmp_path: Path) -> None:
    build(write_seeds(tmp_path / "seeds", "letter"), tmp_path / "out")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "events.csv").read_text())))
    assert [row["event_type"] for row in rows] == ["election", "attack"]
    assert rows[1]["actors"] == "United States (initiator)"
    assert rows[1]["date_start"] == "2024-01-04" and rows[1]["location"] == ""
    assert rows[0]["mentions"] == f"{0}-{len(rows[0]['quote'])}"


@pytest.mark.parametrize("case", ["missing", "empty", "only-meta"])
def test_no_letters_is_a_clear_error(tmp_path: Path, case: str) -> None:
    seeds = tmp_path / "seeds"
    if case != "missing":
        seeds.mkdir()
    if case == "only-meta":
        (seeds / "x.meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(DatasetError, match=str(seeds)):
        build(seeds, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_prints_a_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_seeds(tmp_path / "seeds", "letter")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("iraq_events.dataset.build.build_dataset", build)
    assert main(["build"]) == 0
    out = capsys.readouterr().out
    assert "documents: 1" in out and "events: 2 (2 extracted)" in out
    assert "by type: attack 1, election 1" in out
    assert "date range: 2023-12-18 .. 2024-01-04" in out
    assert (tmp_path / "datasets" / "events.parquet").is_file()
    assert main(["build", "nowhere", "--out", "elsewhere"]) == 1
    assert "no seeds folder, list or letter at nowhere" in capsys.readouterr().err


def test_check_reports_stale_files_without_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_seeds(tmp_path / "seeds", "letter")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("iraq_events.dataset.build.build_dataset", build)
    assert main(["build"]) == 0
    capsys.readouterr()
    assert main(["build", "--check"]) == 0
    assert "datasets/ is up to date with seeds/" in capsys.readouterr().out
    (tmp_path / "datasets" / "events.csv").write_text("edited by hand\n", encoding="utf-8")
    (tmp_path / "datasets" / "documents.parquet").unlink()
    assert main(["build", "--check"]) == 1
    out = capsys.readouterr().out
    assert "datasets/documents.parquet differs" in out and "datasets/events.csv differs" in out
    assert "datasets/events.parquet differs" not in out
    assert (tmp_path / "datasets" / "events.csv").read_text() == "edited by hand\n"
    assert not (tmp_path / "datasets" / "documents.parquet").exists()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_read_only_output_fails_before_writing_anything(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    build(seeds, tmp_path / "out")
    (seeds / "later.txt").write_text((seeds / "letter.txt").read_text(), encoding="utf-8")
    before = _snapshot(tmp_path / "out")
    (tmp_path / "out" / "documents.parquet").chmod(0o444)
    try:
        with pytest.raises(DatasetError, match=r"documents\.parquet: the file is read-only"):
            build(seeds, tmp_path / "out")
    finally:
        (tmp_path / "out" / "documents.parquet").chmod(0o644)
    assert _snapshot(tmp_path / "out") == before


def _fail_when_current_is_replaced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    real_replace, calls = os.replace, []

    def failing(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(Path(target).name)
        if Path(target).name == "current":
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing)
    return calls


def test_a_failed_switch_keeps_the_previous_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    build(seeds, tmp_path / "out")
    (seeds / "later.txt").write_text((seeds / "letter.txt").read_text(), encoding="utf-8")
    before = _snapshot(tmp_path / "out")
    calls = _fail_when_current_is_replaced(monkeypatch)
    with pytest.raises(DatasetError, match=r"cannot write the dataset in .*out: No space left"):
        build(seeds, tmp_path / "out")
    monkeypatch.undo()
    assert "current" in calls
    assert _snapshot(tmp_path / "out") == before
    assert len(list((tmp_path / "out" / ".versions").iterdir())) == 2  # the new one, unused
    build(seeds, tmp_path / "out")  # the next build removes it
    assert len(list((tmp_path / "out" / ".versions").iterdir())) == 1
    assert _snapshot(tmp_path / "out") != before


def test_first_build_that_fails_leaves_no_partial_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    _fail_when_current_is_replaced(monkeypatch)
    with pytest.raises(DatasetError, match="No space left"):
        build(seeds, tmp_path / "out")
    monkeypatch.undo()
    assert not any((tmp_path / "out" / name).exists() for name in OUTPUT_FILES)
    build(seeds, tmp_path / "out")
    assert all((tmp_path / "out" / name).is_file() for name in OUTPUT_FILES)


def test_published_files_are_links_through_one_pointer(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    build(seeds, tmp_path / "out")
    out = tmp_path / "out"
    (version,) = (out / ".versions").iterdir()
    assert os.readlink(out / "current") == f".versions/{version.name}"
    for name in OUTPUT_FILES:
        assert os.readlink(out / name) == f"current/{name}"
        assert (out / name).read_bytes() == (version / name).read_bytes()
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUT_FILES, "current", ".versions"])


def test_flat_files_of_an_older_build_are_adopted(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    build(seeds, tmp_path / "old")
    out = tmp_path / "out"
    out.mkdir()
    for name in OUTPUT_FILES:  # the layout before versions: plain files, and leftovers
        (out / name).write_bytes((tmp_path / "old" / name).read_bytes())
    (out / ".events.parquet.abc.tmp").write_bytes(b"half")
    (out / ".events.parquet.abc.previous").write_bytes(b"old")
    (seeds / "later.txt").write_text((seeds / "letter.txt").read_text(), encoding="utf-8")
    build(seeds, out)
    assert all((out / name).is_symlink() for name in OUTPUT_FILES)
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUT_FILES, "current", ".versions"])
    assert len(read_table(out / "documents.parquet", "documents")) == 2


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    with pytest.raises(DatasetError, match="taken: it is a file, not a folder"):
        build(seeds, tmp_path / "taken")
    assert (tmp_path / "taken").read_text() == "x"
