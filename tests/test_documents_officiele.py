"""Official markup of a Kamerstuk (issue 12, item 2): the XML and the HTML page of
officielebekendmakingen.nl read into the same ``Document`` as the letter's text, with the
metadata (dossier, number, date, type) taken from the markup.

The fixtures in ``tests/data/officiele/`` are written by hand after the published structure,
from the text of ``tests/data/letters/tweede_kamer.txt``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events import DocumentError, extract_events, read_document
from iraq_events.documents import LETTER_SUFFIXES, Document

DATA = Path(__file__).resolve().parent / "data"
TEXT = DATA / "letters" / "tweede_kamer.txt"
MARKUP = [DATA / "officiele" / "kst-27925-1001.xml", DATA / "officiele" / "kst-27925-1001.html"]


def _events(document: Document) -> list[tuple[object, ...]]:
    return [
        (e.event_type, e.status, e.date_start, e.date_end, e.source.quote)
        for e in extract_events(document)
    ]


@pytest.mark.parametrize("path", MARKUP, ids=[path.suffix for path in MARKUP])
def test_markup_reads_into_the_letter_of_its_text(path: Path) -> None:
    text, markup = read_document(TEXT), read_document(path)
    assert [s.clean_text for s in markup.sentences] == [s.clean_text for s in text.sentences]
    assert [(f.number, f.text) for f in markup.footnotes] == [
        (f.number, f.text) for f in text.footnotes
    ]
    assert [c.identifier for c in markup.citations] == [c.identifier for c in text.citations]
    assert [s.title for s in markup.sections] == [s.title for s in text.sections]
    assert sorted((d.expression.text, d.expression.earliest) for d in markup.dates) == sorted(
        (d.expression.text, d.expression.earliest) for d in text.dates
    )
    assert _events(markup) == _events(text) and len(_events(markup)) >= 2
    assert markup.document_id == text.document_id == "tk-27925-1001-2024-10-03"
    differ = {
        name
        for name, value in attrs.asdict(markup.metadata, recurse=False).items()
        if value != getattr(text.metadata, name) and name != "reporting_period"
    }
    assert differ == {"date_source", "document_type"}
    assert markup.encoding == path.suffix.lstrip(".")


@pytest.mark.parametrize("path", MARKUP, ids=[path.suffix for path in MARKUP])
def test_the_metadata_comes_from_the_markup(path: Path) -> None:
    document = read_document(path)
    meta = document.metadata
    assert (meta.dossier, meta.letter_code, meta.date, meta.document_type) == (
        "27 925",
        "1001",
        datetime.date(2024, 10, 3),
        "Kamerstuk",
    )
    assert meta.date_source == "markup"
    assert meta.chamber == "Tweede Kamer der Staten-Generaal"


def test_the_markup_wins_over_the_text(tmp_path: Path) -> None:
    # the markup's metadata says nr. 1002 and 4 October; the printed letterhead says otherwise
    source = MARKUP[0].read_text(encoding="utf-8")
    changed = source.replace('content="1001"', 'content="1002"').replace(
        'content="2024-10-03"', 'content="2024-10-04"'
    )
    path = tmp_path / "kst.xml"
    path.write_text(changed, encoding="utf-8")
    document = read_document(path)
    assert document.metadata.letter_code == "1002"
    assert document.date == datetime.date(2024, 10, 4)
    assert document.document_id == "tk-27925-1002-2024-10-04"
    jl = next(d for d in document.dates if d.expression.text == "12 september jl.")
    assert jl.expression.anchor == datetime.date(2024, 10, 4)


def test_markup_without_a_printed_date_takes_the_metadata_date(tmp_path: Path) -> None:
    source = MARKUP[1].read_text(encoding="utf-8")
    path = tmp_path / "kst.html"
    path.write_text(
        source.replace('<p class="dagtekening">Den Haag, 3 oktober 2024</p>', ""),
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.date == datetime.date(2024, 10, 3)
    assert document.metadata.date_source == "markup"
    assert _events(document) == _events(read_document(TEXT))


def test_broken_markup_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "kst.xml"
    broken.write_text("<?xml version='1.0'?><kamerstuk><stuk>", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"kst\.xml: is not well-formed XML"):
        read_document(broken)
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"empty\.html: is markup without a letter"):
        read_document(empty)
    bad_date = tmp_path / "date.xml"
    bad_date.write_text(
        MARKUP[0].read_text(encoding="utf-8").replace('content="2024-10-03"', 'content="3-10"'),
        encoding="utf-8",
    )
    with pytest.raises(DocumentError, match=r"date\.xml: the markup's date '3-10'"):
        read_document(bad_date)


def test_the_letter_suffixes_name_every_form() -> None:
    assert set(LETTER_SUFFIXES) == {".txt", ".pdf", ".xml", ".html", ".htm"}


@given(st.text(max_size=300))
def test_arbitrary_markup_never_crashes(body: str) -> None:
    for data in (
        f"<html><body><p class='al'>{body}</p></body></html>",
        f"<?xml version='1.0'?>{body}",
    ):
        try:
            document = read_document(data.encode("utf-8", "surrogatepass"))
        except DocumentError as error:
            assert str(error).startswith("<bytes>: ")
        else:
            assert document.text


@pytest.mark.parametrize("path", MARKUP, ids=[path.suffix for path in MARKUP])
def test_a_folder_of_markup_builds_the_dataset_of_its_text(tmp_path: Path, path: Path) -> None:
    # the build finds the publication site's XML and HTML as letters, and reads the same
    # events from them as from the letter's text
    import pyarrow.parquet as pq

    from iraq_events.dataset.build import build_dataset

    columns = ["event_type", "status", "date_start", "date_end", "quote"]
    tables = []
    for source in (TEXT, path):
        folder = tmp_path / f"in{source.suffix}"
        folder.mkdir()
        (folder / source.name).write_bytes(source.read_bytes())
        out = tmp_path / f"out{source.suffix}"
        summary = build_dataset(folder, out)
        assert summary.documents == 1
        rows = pq.read_table(out / "events.parquet", columns=columns).to_pylist()
        tables.append(sorted(tuple(str(row[c]) for c in columns) for row in rows))
    assert tables[0] == tables[1]
    assert tables[0]
