"""Corpus builds: sources, parallel byte-identical output, fail-soft, the cache, partitions,
cross-letter merging and the command line around them."""

from __future__ import annotations

import csv
import datetime
import functools
import os
from pathlib import Path

import attrs
import pandas as pd
import pyarrow.parquet as pq
import pytest
from dataset_helpers import LETTER, extract_two, read_letter, write_seeds
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.cli import main
from iraq_events.dataset import letters as letters_module
from iraq_events.dataset import writing as writing_module
from iraq_events.dataset.build import (
    ERRORS_FILE,
    OUTPUT_FILES,
    PARTITIONED_OUTPUTS,
    build_dataset,
)
from iraq_events.dataset.crossmerge import (
    KeyStore,
    MergeKey,
    keys_batch,
    plan_merges,
    plan_table,
)
from iraq_events.dataset.errors import CurationError, DatasetError
from iraq_events.dataset.letters import find_letters, letter_rows, lexicon_hash
from iraq_events.documents.model import Document
from iraq_events.events.model import Event, Location, LocationKind

build = functools.partial(build_dataset, read_document=read_letter, extract_events=extract_two)


def _files(out: Path) -> dict[str, bytes]:
    """Every published file under ``out`` (following the links), by relative path."""
    current = (out / "current").resolve()
    return {p.relative_to(current).as_posix(): p.read_bytes() for p in current.rglob("*")
            if p.is_file()}  # fmt: skip


def _corpus(folder: Path, count: int) -> Path:
    write_seeds(folder, *(f"letter_{i:02d}" for i in range(count)))
    return folder


# --- sources ------------------------------------------------------------------------------


def test_folders_are_searched_recursively_and_lists_and_paths_are_read(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "b")
    write_seeds(seeds / "2019" / "deep", "a")
    write_seeds(seeds / ".hidden", "skipped")
    (seeds / "notes.md").write_text("not a letter", encoding="utf-8")
    found = find_letters([seeds])
    assert [letter.name for letter in found] == ["2019/deep/a.txt", "b.txt"]
    listing = tmp_path / "corpus.list"
    listing.write_text("# my letters\nseeds/b.txt\n\nseeds/2019/deep/a.txt\n", encoding="utf-8")
    assert [letter.name for letter in find_letters([listing])] == ["b.txt", "a.txt"]
    assert [letter.name for letter in find_letters([seeds / "b.txt", seeds])] == [
        "b.txt", "2019/deep/a.txt",
    ]  # fmt: skip
    listing.write_text("seeds/b.txt\nseeds/gone.txt\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"corpus\.list:2: no letter at .*gone\.txt"):
        find_letters([listing])


def test_the_per_letter_step_takes_a_path_or_bytes(tmp_path: Path) -> None:
    path = write_seeds(tmp_path / "seeds", "letter") / "letter.txt"
    from_path = letter_rows(path, reference=datetime.date(2024, 5, 15))
    from_bytes = letter_rows(path.read_bytes(), name="letter.txt",
                             reference=datetime.date(2024, 5, 15))  # fmt: skip
    assert from_path.events.equals(from_bytes.events)
    assert from_path.documents.column("source_name").to_pylist() == ["letter.txt"]
    assert from_path.temporal_expressions.num_rows >= 2


def test_a_letters_rows_made_in_chunks_are_the_rows_made_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # letter_rows spills the expression rows while the document is alive and turns them into
    # Arrow a few at a time after it is gone: the same rows as one from_pylist of them all
    import pyarrow as pa

    from iraq_events.dataset.convert import document_to_row, event_to_row, iter_document_date_rows
    from iraq_events.dataset.schema import arrow_schema

    path = write_seeds(tmp_path / "seeds", "letter") / "letter.txt"
    reference = datetime.date(2024, 5, 15)
    from iraq_events.documents import read_document
    from iraq_events.events import extract_events

    document = attrs.evolve(read_document(path, reference=reference), source_name="letter.txt")
    events = sorted(extract_events(document), key=letters_module.event_sort_key)
    expected = {
        name: pa.RecordBatch.from_pylist(list(rows), schema=arrow_schema(name).remove_metadata())
        for name, rows in (
            ("events", map(event_to_row, events)),
            ("temporal_expressions", iter_document_date_rows(document)),
            ("documents", [document_to_row(document)]),
        )
    }
    assert expected["temporal_expressions"].num_rows >= 2 and expected["events"].num_rows >= 2
    monkeypatch.setattr(letters_module, "_BATCH_ROWS", 1)  # several chunks a table
    for rows in (letter_rows(path, reference=reference), letters_module.rows_of(document, events)):
        for name, batch in expected.items():
            made = getattr(rows, name)
            assert made.schema == batch.schema
            assert made.equals(batch), name


# --- parallel, byte-identical -------------------------------------------------------------


@pytest.mark.parametrize("layout", ["flat", "partitioned"])
def test_output_is_byte_identical_for_any_number_of_jobs(tmp_path: Path, layout: str) -> None:
    seeds = _corpus(tmp_path / "seeds", 7)
    outputs = []
    for jobs in (1, 2, 3):
        out = tmp_path / f"out-{jobs}"
        summary = build(seeds, out, jobs=jobs, layout=layout)
        assert summary.jobs == jobs and summary.documents == 7
        outputs.append(_files(out))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) == (5 if layout == "flat" else 4)


def test_the_library_extraction_in_two_processes_equals_one(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent / "seeds"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in sorted(p.name for p in root.glob("kst_27925_6*.txt"))[:3]:
        for suffix in (".txt", ".meta.json"):
            source = root / name.replace(".txt", suffix)
            if source.is_file():
                (seeds / source.name).write_bytes(source.read_bytes())
    build_dataset(seeds, tmp_path / "one", jobs=1)
    build_dataset(seeds, tmp_path / "two", jobs=2)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


# --- partitioned layout -------------------------------------------------------------------


def read_by_year(path: Path) -> Document:
    """``read_letter`` dated 1 June of the year the file name ends with (``a_2019``)."""
    document = read_letter(path)
    year = int(path.stem.rsplit("_", 1)[-1])
    metadata = attrs.evolve(document.metadata, date=datetime.date(year, 6, 1))
    return attrs.evolve(document, metadata=metadata)


def test_partitioned_dataset_reads_as_one_table(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "a_2019", "b_2024", "c_2019")
    out = tmp_path / "out"
    summary = build_dataset(seeds, out, read_document=read_by_year, extract_events=extract_two,
                            layout="partitioned", merge=False)  # fmt: skip
    assert sorted(path.name for path in summary.files) == sorted(PARTITIONED_OUTPUTS)
    assert sorted(p.relative_to(out).as_posix() for p in out.glob("events/*/*")) == [
        "events/year=2019/part-0.parquet", "events/year=2024/part-0.parquet",
    ]  # fmt: skip
    frame = pd.read_parquet(out / "events")
    assert len(frame) == 6 and sorted(set(frame["document_id"])) == ["a_2019", "b_2024", "c_2019"]
    assert sorted(int(y) for y in frame["year"].unique()) == [2019, 2024]
    table = pq.read_table(out / "documents")
    assert table.num_rows == 3 and "year" in table.column_names
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(
        f"SELECT year, count(*) FROM read_parquet('{out}/events/*/*.parquet', "
        "hive_partitioning = true) GROUP BY year ORDER BY year"
    ).fetchall()
    assert rows == [(2019, 4), (2024, 2)]


def test_switching_layouts_retires_the_other_links(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path / "seeds", 2)
    out = tmp_path / "out"
    build(seeds, out)
    build(seeds, out, layout="partitioned")
    (seeds / "letter_01.txt").write_text(LETTER.replace("Bagdad", "Basra"), encoding="utf-8")
    build(seeds, out, layout="partitioned")  # a partitioned dataset is rebuilt in place
    assert len(pd.read_parquet(out / "documents")) == 2
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([*PARTITIONED_OUTPUTS, "current", ".versions"])
    build(seeds, out)
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUT_FILES, "current", ".versions"])


# --- fail-soft ----------------------------------------------------------------------------


def _bad_corpus(folder: Path) -> Path:
    seeds = _corpus(folder, 3)
    for i in range(3):  # the library names a letter without a number by its content
        (seeds / f"letter_{i:02d}.txt").write_text(LETTER + "\n" * (i + 1), encoding="utf-8")
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (seeds / "sub").mkdir()
    (seeds / "sub" / "empty.txt").write_bytes(b"")
    return seeds


def test_bad_letters_are_skipped_listed_and_make_the_exit_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = _bad_corpus(tmp_path / "seeds")
    summary = build_dataset(seeds, tmp_path / "out", extract_events=extract_two, jobs=2)
    assert summary.documents == 3
    assert sorted(Path(e.source).name for e in summary.errors) == ["binary.txt", "empty.txt"]
    assert all(e.problem for e in summary.errors)
    with open(tmp_path / "out" / ERRORS_FILE, encoding="utf-8") as handle:
        listed = list(csv.DictReader(handle))
    assert sorted(Path(row["source"]).name for row in listed) == ["binary.txt", "empty.txt"]
    assert any("empty" in row["problem"] for row in listed)

    monkeypatch.setattr(
        "iraq_events.dataset.build.build_dataset",
        functools.partial(build_dataset, extract_events=extract_two),
    )
    capsys.readouterr()
    status = main(["build", str(seeds), "--out", str(tmp_path / "cli"), "--no-cache", "-j", "1"])
    captured = capsys.readouterr()
    assert status == 1
    assert "binary.txt" in captured.out and "empty.txt" in captured.out
    assert "2 letter(s) could not be read" in captured.err
    assert "\r" not in captured.err and "letter/s" not in captured.err  # no bar off a terminal


def test_strict_stops_at_the_first_bad_letter_and_keeps_the_previous_dataset(
    tmp_path: Path,
) -> None:
    seeds = _corpus(tmp_path / "seeds", 2)
    out = tmp_path / "out"
    build(seeds, out)
    before = _files(out)
    (seeds / "broken.txt").write_bytes(b"\xff\xfe\x00\x00" * 10)
    with pytest.raises(DatasetError, match=r"broken\.txt"):
        build(seeds, out, strict=True)
    assert _files(out) == before


def test_the_same_letter_id_twice_is_reported_by_file(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "letter")
    write_seeds(tmp_path / "seeds" / "copy", "letter")
    summary = build(seeds, tmp_path / "out")
    (error,) = summary.errors
    assert error.source.endswith("seeds/letter.txt")
    assert "has the document id 'letter'" in error.problem and "copy/letter.txt" in error.problem


def test_a_stale_curation_entry_is_reported(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path / "seeds", 2)
    (seeds / "curation").mkdir()
    (seeds / "curation" / "c.toml").write_text(
        '[[reject]]\nevent_id = "letter_00-attack"\nreason = "r"\n'
        '[[reject]]\nevent_id = "letter_09-attack"\nreason = "gone"\n', encoding="utf-8"
    )  # fmt: skip
    with pytest.raises(CurationError, match=r"c\.toml: rejection targets event_id 'letter_09-"):
        build(seeds, tmp_path / "out", jobs=2)
    assert not (tmp_path / "out" / "events.parquet").exists()


# --- the cache ----------------------------------------------------------------------------

CALLS: list[str] = []


def counting_extract(document: Document) -> list[Event]:
    CALLS.append(document.document_id)
    return extract_two(document)


def test_a_rebuild_extracts_only_the_changed_letter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = _corpus(tmp_path / "seeds", 4)
    options = {"read_document": read_letter, "extract_events": counting_extract,
               "cache_dir": tmp_path / "cache", "jobs": 1}  # fmt: skip
    CALLS.clear()
    first = build_dataset(seeds, tmp_path / "out", **options)
    assert sorted(CALLS) == [f"letter_{i:02d}" for i in range(4)] and first.cached == 0
    published = _files(tmp_path / "out")
    CALLS.clear()
    again = build_dataset(seeds, tmp_path / "out", **options)
    assert CALLS == [] and again.cached == 4 and _files(tmp_path / "out") == published
    (seeds / "letter_02.txt").write_text(LETTER.replace("Bagdad", "Basra"), encoding="utf-8")
    build_dataset(seeds, tmp_path / "out", **options)
    assert CALLS == ["letter_02"]
    CALLS.clear()
    monkeypatch.setattr(letters_module, "_lexicon_hash_cached", lambda: "another lexicon")
    build_dataset(seeds, tmp_path / "out", **options)
    assert len(CALLS) == 4


def test_the_lexicon_hash_follows_the_lexicon_files(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "actors.json").write_text('{"a": 1}', encoding="utf-8")
    first = lexicon_hash([lexicon])
    assert lexicon_hash([lexicon]) == first
    (lexicon / "actors.json").write_text('{"a": 2}', encoding="utf-8")
    assert lexicon_hash([lexicon]) != first
    assert len(lexicon_hash()) == 64


# --- cross-letter merging -----------------------------------------------------------------

PLACES = {"basra": "Basra", "bagdad": "Baghdad"}


def extract_placed(document: Document) -> list[Event]:
    """``extract_two`` with the place the letter's name ends with (``x_basra``)."""
    place = PLACES.get(document.document_id.rsplit("_", 1)[-1])
    events = extract_two(document)
    if place is None:
        return events
    location = Location(name=place, surface=place, kind=LocationKind.CITY, country="IRQ")
    return [attrs.evolve(event, location=location) for event in events]


def test_the_same_event_from_two_letters_is_one_event_with_two_mentions(tmp_path: Path) -> None:
    seeds = write_seeds(tmp_path / "seeds", "a_report", "b_article100")
    summary = build_dataset(seeds, tmp_path / "out", read_document=read_letter,
                            extract_events=extract_placed)  # fmt: skip
    assert summary.events == 2 and summary.merged == 2
    frame = pd.read_parquet(tmp_path / "out" / "events.parquet")
    for mentions in frame["mentions"]:
        assert [m["document_id"] for m in mentions] == ["a_report", "b_article100"]
    assert list(frame["document_id"]) == ["a_report", "a_report"]
    unmerged = build_dataset(seeds, tmp_path / "apart", read_document=read_letter,
                             extract_events=extract_placed, merge=False)  # fmt: skip
    assert unmerged.events == 4 and unmerged.merged == 0


def test_events_that_only_look_alike_stay_apart(tmp_path: Path) -> None:
    # the same type, the same day, the same actor: but one in Basra, one in Baghdad
    seeds = write_seeds(tmp_path / "seeds", "a_basra", "b_bagdad")
    summary = build_dataset(seeds, tmp_path / "out", read_document=read_letter,
                            extract_events=extract_placed)  # fmt: skip
    assert summary.events == 4 and summary.merged == 0


def _key(event_id: str, letter: int, start: int, end: int, actors: tuple[str, ...],
         place: str | None = None, event_type: str = "attack") -> MergeKey:  # fmt: skip
    return MergeKey(event_id=event_id, event_type=event_type, start=start, end=end,
                    actors=frozenset(actors), place=place, letter=letter, position=0)  # fmt: skip


def test_merge_rule_cases() -> None:
    order = {0: (0,), 1: (1,), 2: (2,)}
    alike = [_key("a", 0, 10, 12, ("US",)), _key("b", 1, 12, 12, ("US", "Iraq"))]
    assert plan_merges(alike, order).absorbed == {"b": "a"}
    apart = [
        _key("a", 0, 10, 12, ("US",)),
        _key("b", 1, 13, 14, ("US",)),  # no overlap
        _key("c", 2, 10, 12, ("Iran",)),  # no shared actor or place
        _key("d", 1, 10, 12, ("US",), event_type="visit"),  # another type
        _key("e", 0, 10, 12, ("US",)),  # the same letter
    ]
    assert plan_merges(apart, order).absorbed == {}
    by_place = [_key("a", 0, 5, 5, (), "Erbil"), _key("b", 1, 5, 5, ("Iran",), "Erbil")]
    assert plan_merges(by_place, order).members == {"a": ("b",)}
    chain = [_key("a", 2, 1, 3, ("US",)), _key("b", 1, 3, 5, ("US",)),
             _key("c", 0, 5, 7, ("US",))]  # fmt: skip
    assert plan_merges(chain, order).members == {"c": ("b", "a")}  # the earliest letter kept


_keys = st.lists(
    st.builds(
        _key,
        event_id=st.text("abcdef", min_size=1, max_size=4),
        letter=st.integers(0, 3),
        start=st.integers(0, 20),
        end=st.integers(0, 5),
        actors=st.lists(st.sampled_from(["US", "Iraq", "Iran"]), max_size=2).map(tuple),
        place=st.sampled_from([None, "Basra", "Erbil"]),
        event_type=st.sampled_from(["attack", "visit"]),
    ).map(lambda k: attrs.evolve(k, end=k.start + k.end)),
    max_size=12,
    unique_by=lambda k: k.event_id,
)


@given(_keys, st.randoms(use_true_random=False))
def test_the_merge_plan_does_not_depend_on_the_order_of_the_keys(
    keys: list[MergeKey], random: object
) -> None:
    order = {i: (i,) for i in range(4)}
    shuffled = list(keys)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    plan = plan_merges(keys, order)
    assert plan == plan_merges(shuffled, order)
    by_id = {key.event_id: key for key in keys}
    for kept, members in plan.members.items():
        group = [by_id[kept], *(by_id[m] for m in members)]
        assert len({k.event_type for k in group}) == 1
        assert min(order[k.letter] for k in group) == order[by_id[kept].letter]


def test_cli_builds_a_folder_of_letters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = _corpus(tmp_path / "letters", 3)
    monkeypatch.setattr("iraq_events.dataset.build.build_dataset", build)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    status = main(["build", str(seeds), "--out", str(tmp_path / "out"), "--layout",
                   "partitioned", "--jobs", "2", "--quiet"])  # fmt: skip
    out = capsys.readouterr().out
    assert status == 0
    assert "from 3 letter(s)" in out and "letters/s with 2 job(s)" in out
    assert "peak memory" in out
    assert (tmp_path / "out" / "events").is_dir()
    assert os.path.islink(tmp_path / "out" / "events")


def test_progress_bar_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = _corpus(tmp_path / "seeds", 3)
    build(seeds, tmp_path / "out", progress=True)
    assert "3/3" in capsys.readouterr().err
    build(seeds, tmp_path / "out", progress=False)
    assert capsys.readouterr().err == ""


@given(_keys, st.integers(1, 5))
def test_the_plan_from_arrow_columns_equals_the_plan_from_keys(
    keys: list[MergeKey], slice_size: int
) -> None:
    # the main process plans from the workers' key batches, a few keys at a time
    order = {i: (i,) for i in range(4)}
    store = KeyStore(compact_every=2)
    for letter in range(4):
        mine = [key for key in keys if key.letter == letter]
        if mine:
            store.add(keys_batch(mine))
    assert plan_table(store.table(), order, slice_size=slice_size) == plan_merges(keys, order)


def test_small_row_groups_hold_the_same_rows_for_any_number_of_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = _corpus(tmp_path / "seeds", 7)
    build(seeds, tmp_path / "whole", layout="flat", merge=False)
    limits = {"events": 1, "temporal_expressions": 1, "documents": 1}
    monkeypatch.setattr(writing_module, "ROW_GROUP_ROWS", limits)
    outputs = []
    for jobs in (1, 2):
        build(seeds, tmp_path / f"split-{jobs}", jobs=jobs, layout="flat", merge=False)
        outputs.append(_files(tmp_path / f"split-{jobs}"))
    assert outputs[0] == outputs[1]
    for name in ("events", "temporal_expressions", "documents"):
        split = pq.ParquetFile(tmp_path / "split-1" / f"{name}.parquet")
        assert split.metadata.num_rows > 1 and split.metadata.num_row_groups > 1
        whole = pq.read_table(tmp_path / "whole" / f"{name}.parquet")
        assert split.read().to_pylist() == whole.to_pylist()
