"""Synthetic letters that vary the layout, and input that is not a letter.

The letters in ``tests/data/letters/`` are small and were written to follow the seed's layout
(an empty line between lines, a line holding a space between paragraphs, footnote blocks after
a space line, the next page starting with a space), each varying one thing.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from iraq_events import DocumentError, read_document
from iraq_events.documents import CitationKind, Signatory
from iraq_events.temporal import Anchoring

LETTERS = Path(__file__).parent / "data" / "letters"


def test_a_letter_without_footnotes() -> None:
    doc = read_document(LETTERS / "no_footnotes.txt")
    assert doc.footnotes == () and doc.markers == () and doc.citations == ()
    assert doc.metadata.dossier == "29 521" and doc.metadata.letter_code == "BG"
    assert doc.metadata.date == datetime.date(2023, 1, 12)
    assert doc.document_id == "ek-29521-BG-2023-01-12"
    assert doc.metadata.senders == ("minister van Defensie",)
    assert doc.metadata.signatories == (
        Signatory(name="Kajsa Ollongren", office="minister van Defensie"),
    )
    assert [s.title for s in doc.sections] == ["Inzet", "Vooruitblik"]
    assert [p.number for p in doc.pages] == [1]
    texts = [s.clean_text for s in doc.sentences]
    # "o.a." and the rank "kol." followed by initials do not end a sentence
    assert "De kosten bedragen €12,5 miljoen, o.a. voor transport en huisvesting." in texts
    assert (
        "De commandant, kol. J.P. de Vries, rapporteert wekelijks aan de Commandant der "
        "Strijdkrachten."
    ) in texts
    jl = next(d for d in doc.dates if d.expression.text == "3 januari jl.")
    assert jl.expression.earliest == datetime.date(2023, 1, 3)
    assert doc.metadata.reporting_period is None


def test_two_digit_footnote_numbers() -> None:
    doc = read_document(LETTERS / "two_digit_footnotes.txt")
    assert [f.number for f in doc.footnotes] == list(range(1, 13))
    glued = {m.number: doc.text[m.start - 6 : m.end] for m in doc.markers}
    assert glued[10] == "s 202310"  # "7-8 augustus 2023" + footnote 10
    assert glued[11].endswith("Irak11")
    assert glued[12] == "erond.12"
    # "nr. \n\n12 over de begroting" is a number, not footnote 12's marker
    assert doc.text.count("12 over") == 1
    assert all(doc.text[m.start - 1] != "\n" for m in doc.markers)
    assert len(doc.pages) == 2
    dialogue = next(s for s in doc.sentences if "veiligheidsdialoog" in s.clean_text)
    assert dialogue.footnote_numbers == (10,)
    assert [c.identifier for c in dialogue.citations] == ["kst-27925-960"]
    assert "7-8 augustus 2023 is" in dialogue.clean_text
    by_note = {f.number: f for f in doc.footnotes}
    assert [c.identifier for c in by_note[6].citations] == ["kst-27925-697", "kst-27925-699"]
    assert by_note[7].citations[0].chamber == "Eerste Kamer"
    assert by_note[7].citations[0].identifier == "kst-27925-AP"
    assert by_note[9].citations[0].chamber == "Tweede Kamer"  # "Kamerstukken II 2023/24"
    assert by_note[9].citations[0].identifier == "kst-32623-300"
    assert by_note[12].citations[0].identifier == "kst-36200-X-12"
    assert by_note[3].citations[0].date == datetime.date(2022, 6, 17)
    assert by_note[8].citations[0].kind is CitationKind.WEB
    (motion,) = [c for c in doc.citations if c.kind is CitationKind.MOTION]
    assert motion.identifier == "motion:Van der Lee"
    # no letterhead date: relative expressions are reported, unresolved
    assert doc.date is None
    assert doc.document_id.startswith("sha256:")


def test_a_tweede_kamer_letter() -> None:
    doc = read_document(LETTERS / "tweede_kamer.txt")
    meta = doc.metadata
    assert meta.chamber == "Tweede Kamer der Staten-Generaal"
    assert meta.parliamentary_year == "2024-2025"
    assert meta.letter_code == "1001"
    assert meta.date == datetime.date(2024, 10, 3)
    assert doc.document_id == "tk-27925-1001-2024-10-03"
    assert meta.senders == ("minister van Defensie", "staatssecretaris van Buitenlandse Zaken")
    assert [s.name for s in meta.signatories] == ["R.P. Brekelmans", "M.L.J. van Oosten"]
    assert meta.reporting_period is not None
    assert meta.reporting_period.text == "januari 2024 tot en met juni 2024"
    (footnote,) = doc.footnotes
    assert doc.text[footnote.markers[0].start - 5 : footnote.markers[0].end] == "2024.1"
    anaphor = next(d for d in doc.dates if d.expression.text == "deze rapportageperiode")
    assert anaphor.expression.anchoring is Anchoring.CONTEXTUAL
    assert anaphor.expression.earliest == datetime.date(2024, 1, 1)
    assert anaphor.expression.latest == datetime.date(2024, 6, 30)
    visit = next(d for d in doc.dates if d.expression.text == "12 september jl.")
    assert visit.expression.earliest == datetime.date(2024, 9, 12)


def test_plain_text_reads_as_one_page_of_paragraphs() -> None:
    doc = read_document(LETTERS / "plain.txt")
    assert len(doc.pages) == 1 and doc.pages[0].number is None
    assert len(doc.paragraphs) == 2
    assert doc.sections == () and doc.footnotes == ()
    assert doc.metadata.date is None and doc.metadata.chamber is None
    assert [s.clean_text for s in doc.sentences] == [
        "Het kabinet heeft op 6 februari jl. besloten de bijdrage te verlengen.",
        "Dat gebeurt in overleg met de bondgenoten, o.a. Duitsland en België.",
        "De kosten van circa €20,1 miljoen worden gedekt uit het budget.",
        "Een evaluatie volgt in 2025.",
    ]
    jl = next(d for d in doc.dates if d.expression.text == "6 februari jl.")
    assert jl.expression.anchoring is Anchoring.UNRESOLVED
    assert jl.expression.earliest is None and jl.expression.latest is None


def test_cp1252_is_read_and_reported() -> None:
    doc = read_document(LETTERS / "cp1252.txt")
    assert doc.encoding == "cp1252"
    assert "Syrië" in doc.text and "€1,8 miljoen" in doc.text
    assert doc.metadata.date == datetime.date(2024, 5, 15)


def test_utf8_with_a_byte_order_mark() -> None:
    data = b"\xef\xbb\xbf" + (LETTERS / "plain.txt").read_bytes()
    doc = read_document(data)
    assert doc.encoding == "utf-8-sig"
    assert doc.text.startswith("Het kabinet")
    assert doc.source_name is None


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "is empty"),
        ("whitespace.txt", "only whitespace"),
        ("binary.bin", "binary"),
        ("missing.txt", "no such file"),
    ],
)
def test_bad_files_raise_a_document_error_naming_them(name: str, problem: str) -> None:
    with pytest.raises(DocumentError) as raised:
        read_document(LETTERS / name)
    assert name in str(raised.value) and problem in str(raised.value)


def test_text_given_where_a_path_is_expected_is_refused_with_advice() -> None:
    with pytest.raises(DocumentError, match=r"is text, not a path.*text\.encode"):
        read_document("Het kabinet besloot.\nDe Kamer stemde in.")


def test_a_directory_is_not_a_letter() -> None:
    with pytest.raises(DocumentError, match="is a directory"):
        read_document(LETTERS)


def test_bytes_in_no_known_encoding() -> None:
    with pytest.raises(DocumentError, match="neither UTF-8 nor cp1252"):
        read_document(b"De brief \x81\x8d\x8f\x90\x9d eindigt hier.")


def test_mostly_control_characters_is_binary() -> None:
    with pytest.raises(DocumentError, match="<bytes>: is binary"):
        read_document(bytes(range(1, 32)) * 10 + b"tekst")


def test_a_path_given_as_str_and_as_pathlike_reads_the_same() -> None:
    as_str = read_document(str(LETTERS / "plain.txt"))
    as_path = read_document(LETTERS / "plain.txt")
    as_bytes = read_document((LETTERS / "plain.txt").read_bytes())
    assert as_str.sha256 == as_path.sha256 == as_bytes.sha256
    assert as_str.document_id == as_bytes.document_id
    assert as_str.sentences == as_bytes.sentences


def test_windows_line_breaks_keep_offsets_exact() -> None:
    text = (LETTERS / "no_footnotes.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    doc = read_document(text.encode("utf-8"))
    assert doc.text == text
    assert [s.title for s in doc.sections] == ["Inzet", "Vooruitblik"]
    assert doc.metadata.signatories[0].name == "Kajsa Ollongren"
    for sentence in doc.sentences:
        assert "\r" not in sentence.clean_text
        assert doc.text[sentence.start : sentence.end] == sentence.text


def test_form_feeds_start_pages() -> None:
    text = "Eerste alinea van de brief.\n\f Tweede pagina begint hier.\n\fDerde pagina.\n"
    doc = read_document(text.encode())
    assert len(doc.pages) == 3
    assert doc.page_of(text.index("Tweede")) == 2
    assert doc.page_of(text.index("Derde")) == 3


def _page_break_letter(before_footnote: str, after_footnote: str) -> str:
    """Two pages in the seed's layout: a footnote block, then the next page's first line."""
    return (
        "Den Haag, 3 maart 2025 \n\nInzet \n\nDe eenheid is in januari 2025 ontplooid in "
        "Erbil.1 Zij \n\n" + before_footnote + " \n\n \n"
        "1 Kamerstuk 27 925, nr. 990. \n"
        + after_footnote
        + " \n\nDe minister bezocht de eenheid op 12 februari 2025 in \n\nErbil en sprak met "
        "de commandant. \n"
    )


def test_a_heading_at_the_top_of_a_page_after_footnotes_is_its_own_section() -> None:
    letter = _page_break_letter("adviseert de Peshmerga.", " Vooruitblik op de inzet")
    doc = read_document(letter.encode("utf-8"))
    assert [s.title for s in doc.sections] == ["Inzet", "Vooruitblik op de inzet"]
    assert "Zij adviseert de Peshmerga." in [s.clean_text for s in doc.sentences]
    visit = next(s for s in doc.sentences if "bezocht" in s.clean_text)
    assert visit.clean_text.startswith("De minister bezocht")
    assert visit.section == "Vooruitblik op de inzet"


def test_a_sentence_running_over_the_footnotes_is_no_heading() -> None:
    # the page ends mid-sentence: its first line on the next page continues the sentence
    letter = _page_break_letter("adviseert de Peshmerga bij de", " Opleiding van Nieuwe Eenheden")
    doc = read_document(letter.encode("utf-8"))
    assert [s.title for s in doc.sections] == ["Inzet"]
    texts = [s.clean_text for s in doc.sentences]
    assert any("bij de Opleiding van Nieuwe Eenheden De minister" in t for t in texts), texts


# --- honest decoding (issue 16) -------------------------------------------------------------

_SEED_BYTES = (
    Path(__file__).resolve().parent.parent / "seeds" / "000_7ba65e5599d72e72.txt"
).read_bytes()


def _event_keys(data: bytes) -> list[tuple[object, ...]]:
    from iraq_events.events import extract_events

    return [
        (
            event.event_type,
            event.status,
            event.date.earliest,
            event.date.latest,
            tuple(actor.name for actor in event.actors),
            event.location.name if event.location else None,
            event.source.quote,
        )
        for event in extract_events(read_document(data))
    ]


@pytest.mark.parametrize("damage", [b"\xff", b"\x00", b"\x81\x00"])
def test_one_bad_byte_or_nul_gives_the_events_of_the_clean_letter(damage: bytes) -> None:
    at = _SEED_BYTES.index("geïntegreerde".encode()) - 40
    damaged = _SEED_BYTES[:at] + damage + _SEED_BYTES[at:]
    document = read_document(damaged)
    assert document.encoding == "utf-8"  # never the whole letter as cp1252
    assert "geïntegreerde" in document.text and "Ã" not in document.text
    assert document.text[at - 40 : at + 40].count("\ufffd") == len(document.replaced)
    assert document.replaced == ((at,) if damage[0] > 0x7F else ())
    assert all(document.text[offset] == "\ufffd" for offset in document.replaced)
    assert _event_keys(damaged) == _event_keys(_SEED_BYTES)


def test_replaced_bytes_are_counted_one_per_byte_with_their_offsets() -> None:
    # two bad bytes in 200 characters: damage, not binary data (that takes more than 1%)
    text = "Het café in Bagdad, geïntegreerd en één, ?? sloot op 7 mei 2023." + (
        " Dit is een langere zin over de missie." * 4
    )
    document = read_document(text.encode().replace(b"??", b"\xff\xfe"))
    assert document.encoding == "utf-8" and "café" in document.text
    at = text.index("??")
    assert document.replaced == (at, at + 1)
    assert document.text == text.replace("??", "\ufffd\ufffd")
    assert document.dates[0].expression.text == "7 mei 2023"


def test_a_real_cp1252_letter_is_still_cp1252() -> None:
    document = read_document(
        "Het café in Bagdad sloot op 7 mei 2023, geïntegreerd.".encode("cp1252")
    )
    assert document.encoding == "cp1252" and document.replaced == ()
    assert "geïntegreerd" in document.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_is_read_with_or_without_a_byte_order_mark(encoding: str) -> None:
    document = read_document("Het café in Bagdad sloot op 7 mei 2023.".encode(encoding))
    assert "café" in document.text and document.text.startswith("Het")
    assert document.dates[0].expression.text == "7 mei 2023"


def test_broken_utf16_without_a_byte_order_mark_is_named_as_utf16() -> None:
    data = "Het café in Bagdad sloot op 7 mei 2023.".encode("utf-16-le") + b"\x00\xd8"
    with pytest.raises(DocumentError, match="<bytes>: looks like UTF-16 text, without a byte"):
        read_document(data)


def test_many_nuls_are_still_binary() -> None:
    with pytest.raises(DocumentError, match="is binary data"):
        read_document(b"Op 7 mei 2023.\x00\x00\x00 " * 20)


def test_a_file_in_an_unreadable_folder_is_a_document_error(tmp_path: Path) -> None:
    from unittest import mock

    letter = tmp_path / "closed" / "brief.txt"
    denied = PermissionError(13, "Permission denied")
    with mock.patch.object(Path, "exists", side_effect=denied):
        with pytest.raises(
            DocumentError, match=r"brief\.txt: cannot be read \(Permission denied\)"
        ):
            read_document(letter)
    with (
        mock.patch.object(Path, "read_bytes", side_effect=denied),
        mock.patch.object(Path, "exists", return_value=True),
        mock.patch.object(Path, "is_dir", return_value=False),
    ):
        with pytest.raises(DocumentError, match="cannot be read"):
            read_document(letter)
