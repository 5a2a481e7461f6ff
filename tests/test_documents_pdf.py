"""PDF letters (issue 12, item 1): a letter typeset as PDF in the test suite reads as the same
letter as its text: the same sentences, footnotes, sections, dates and events.

The PDFs are written by ``tests/pdf_letters.py`` (reportlab) from the letters' texts, with a
running header, page numbers, footnotes in a smaller font at the foot of their page,
superscript markers, words hyphenated across lines and one page set in two columns.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_letters import HEADER, LetterParts, Word, letter_parts, scanned_pdf, write_pdf

from iraq_events import DocumentError, extract_events, read_document
from iraq_events.documents import Document
from iraq_events.documents.pdf import pdf_text

ROOT = Path(__file__).resolve().parents[1]
LETTERS = {
    # name: (the letter's text, the page set in two columns)
    "seed": (ROOT / "seeds" / "000_7ba65e5599d72e72.txt", 2),
    "heldout_tk_2025": (ROOT / "tests" / "data" / "letters" / "heldout_tk_2025.txt", 1),
    "heldout2_ek_2023": (ROOT / "tests" / "data" / "letters" / "heldout2_ek_2023.txt", 3),
}


@functools.cache
def _pair(name: str) -> tuple[Document, bytes, Document]:
    path, two_columns = LETTERS[name]
    text = read_document(path)
    data = write_pdf(letter_parts(text), two_column_page=two_columns)
    return text, data, read_document(data)


def _dates(document: Document) -> list[tuple[str, object, object, str]]:
    return sorted(
        (" ".join(d.expression.text.split()), d.expression.earliest, d.expression.latest,
         d.expression.anchoring.value)
        for d in document.dates
    )  # fmt: skip


def _events(document: Document) -> list[tuple[object, ...]]:
    return [
        (e.event_type, e.status, e.date_start, e.date_end, e.source.quote)
        for e in extract_events(document)
    ]


@pytest.mark.parametrize("name", LETTERS)
def test_a_pdf_gives_the_dates_and_events_of_its_text(name: str) -> None:
    text, _, pdf = _pair(name)
    assert _dates(pdf) == _dates(text)
    assert _events(pdf) == _events(text)
    assert len(_events(pdf)) >= 26


@pytest.mark.parametrize("name", LETTERS)
def test_a_pdf_reads_into_the_same_letter(name: str) -> None:
    text, _, pdf = _pair(name)
    assert [s.clean_text for s in pdf.sentences] == [s.clean_text for s in text.sentences]
    assert [(f.number, f.text) for f in pdf.footnotes] == [
        (f.number, f.text) for f in text.footnotes
    ]
    # heading levels are inferred from runs of headings, which the PDF's spacing separates
    assert [s.title for s in pdf.sections] == [s.title for s in text.sections]
    assert pdf.document_id == text.document_id
    assert pdf.metadata.signatories == text.metadata.signatories
    assert pdf.metadata.senders == text.metadata.senders
    assert pdf.encoding == "pdf"


def test_pages_are_numbered_as_in_the_pdf_and_start_at_form_feeds() -> None:
    _, _, pdf = _pair("seed")
    assert [page.number for page in pdf.pages] == list(range(1, len(pdf.pages) + 1))
    assert len(pdf.pages) >= 8
    assert pdf.pages[0].start == 0
    for page in pdf.pages[1:]:
        assert pdf.text[page.start] == "\f"
    assert pdf.pages[-1].end == len(pdf.text)
    # every footnote is on the page of its first marker, printed at that page's foot
    for footnote in pdf.footnotes:
        assert pdf.page_of(footnote.start) == pdf.page_of(footnote.markers[0].start)


def test_running_headers_and_page_numbers_are_left_out() -> None:
    _, _, pdf = _pair("seed")
    assert HEADER not in pdf.text
    lines = [line.strip() for line in pdf.text.split("\n")]
    assert not any(line.isdigit() for line in lines)


def test_the_two_column_page_reads_left_column_then_right() -> None:
    text, _, pdf = _pair("seed")
    page = pdf.pages[1]
    body = pdf.text[page.start : page.end]
    # the page's text is whole sentences of the letter, in the letter's order
    sentences = [s.clean_text for s in text.sentences if s.footnote is None]
    on_page = [s.clean_text for s in pdf.sentences if s.page == 2 and s.footnote is None]
    assert len(on_page) >= 5
    start = sentences.index(on_page[1])
    assert sentences[start : start + len(on_page) - 2] == on_page[1:-1]
    assert body


def test_hyphenated_words_are_joined() -> None:
    import io

    from pypdf import PdfReader

    text, data, pdf = _pair("heldout2_ek_2023")
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    broken = [
        (line.split()[-1], following.split()[0])
        for line, following in zip(raw.splitlines(), raw.splitlines()[1:], strict=False)
        if line.endswith("-") and line[-2:-1].isalpha() and following.strip()
    ]
    assert len(broken) >= 3, "the writer hyphenated no word across lines"
    words = set(pdf.clean.text.split())
    for head, tail in broken:
        # "vijf- tot tienjarige": a hyphen before a conjunction is the writer's own
        if head[-2].islower() and tail[0].islower() and tail not in ("en", "of", "tot"):
            assert any(w.startswith(head[:-1] + tail) for w in words), (head, tail)

    def hyphenated(document: Document) -> list[str]:
        return [w for w in document.clean.text.split() if w.endswith("-") and w[-2].islower()]

    # only the letter's own "vijf- tot", "drone- en" are left
    assert hyphenated(pdf) == hyphenated(text)


def test_the_text_form_is_stored_and_the_same_every_time() -> None:
    _, data, pdf = _pair("seed")
    assert pdf_text(data, "x").text == pdf.text
    assert read_document(data).text == pdf.text
    for sentence in pdf.sentences:
        assert sentence.text == pdf.text[sentence.start : sentence.end]
    for date in pdf.dates:
        assert date.expression.text == pdf.text[date.expression.start : date.expression.end]


def test_a_pdf_file_is_read_from_its_path(tmp_path: Path) -> None:
    _, data, pdf = _pair("heldout_tk_2025")
    path = tmp_path / "kst-27925-1012.pdf"
    path.write_bytes(data)
    from_path = read_document(path)
    assert from_path.text == pdf.text and from_path.source_name == str(path)


def test_a_scan_without_a_text_layer_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf())
    with pytest.raises(DocumentError, match=r"scan\.pdf: is a PDF without a text layer \(2 pages"):
        read_document(path)


def test_a_broken_pdf_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    _, data, _ = _pair("heldout_tk_2025")
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[:400])
    with pytest.raises(DocumentError, match=r"broken\.pdf: "):
        read_document(path)
    # pypdf's own repair notes ("EOF marker not found") stay off the terminal
    assert capsys.readouterr().err == "" and not caplog.records
    named = tmp_path / "letter.pdf"
    named.write_text("Den Haag, 3 oktober 2024\n\nDit is tekst.", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"letter\.pdf: is named \.pdf but is not a PDF"):
        read_document(named)


_WORDS = st.sampled_from(
    "de het een kabinet minister verlenging ondersteuning veiligheidssituatie coalitiepartners "
    "ontwikkelingssamenwerking Irak Bagdad NAVO-verband anti-ISIS-coalitie op in van en "
    "februari 2024 besloot bezocht wederopbouw mensenrechtenorganisaties".split()
)


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.lists(_WORDS, min_size=3, max_size=60).map(lambda words: " ".join(words) + "."),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([None, 1]),
)
def test_paragraphs_round_trip_through_a_pdf(
    paragraphs: list[str], two_columns: int | None
) -> None:
    paragraphs = [p[0].upper() + p[1:] for p in paragraphs]
    parts = LetterParts(
        front=("Den Haag, 15 mei 2024",),
        paragraphs=tuple(tuple(Word(w) for w in p.split(" ")) for p in paragraphs),
        footnotes={},
        closing=(),
    )
    document = read_document(write_pdf(parts, two_column_page=two_columns))
    body = [s.clean_text for s in document.sentences]
    assert " ".join(body) == " ".join(paragraphs)


def test_a_folder_of_pdfs_builds_the_dataset_of_its_texts(tmp_path: Path) -> None:
    # the build reads PDF letters as it reads text letters: the same events, dates and quotes
    import pyarrow.parquet as pq

    from iraq_events.dataset.build import build_dataset

    texts, pdfs = tmp_path / "texts", tmp_path / "pdfs"
    texts.mkdir()
    pdfs.mkdir()
    for name in ("heldout_tk_2025", "heldout2_ek_2023"):
        path = LETTERS[name][0]
        (texts / path.name).write_bytes(path.read_bytes())
        _, data, _ = _pair(name)
        (pdfs / f"{path.stem}.pdf").write_bytes(data)
    columns = ["event_type", "status", "date_start", "date_end", "quote"]
    tables = []
    for folder in (texts, pdfs):
        out = tmp_path / f"out-{folder.name}"
        summary = build_dataset(folder, out)
        assert summary.documents == 2
        table = pq.read_table(out / "events.parquet", columns=columns).to_pylist()
        tables.append(sorted(tuple(str(row[c]) for c in columns) for row in table))
    assert tables[0] == tables[1]
    assert len(tables[0]) >= 40
