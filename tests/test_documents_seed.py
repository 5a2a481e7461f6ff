"""The seed letter read as a Document: every expectation below was checked by reading the text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from iraq_events import read_document
from iraq_events.documents import CitationKind, Document, Signatory
from iraq_events.temporal import Anchoring

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7ba65e5599d72e72.txt"


@pytest.fixture(scope="module")
def seed() -> Document:
    return read_document(SEED)


def test_metadata_is_read_from_the_letterhead_and_the_closing(seed: Document) -> None:
    meta = seed.metadata
    assert meta.chamber == "Eerste Kamer der Staten-Generaal"
    assert meta.parliamentary_year == "2023-2024"
    assert meta.dossier == "27 925"
    assert meta.dossier_title == "Bestrijding internationaal terrorisme"
    assert meta.letter_code == "AP"
    assert meta.place == "Den Haag"
    assert meta.date == datetime.date(2024, 5, 15) == seed.date
    assert meta.title is not None and meta.title.startswith("BRIEF VAN DE MINISTER")
    assert meta.senders == (
        "minister van Buitenlandse Zaken",
        "minister van Defensie",
        "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    )
    assert meta.signatories == (
        Signatory(name="Hanke Bruins Slot", office="minister van Buitenlandse Zaken"),
        Signatory(name="drs K.H. Ollongren", office="minister van Defensie"),
        Signatory(
            name="Liesje Schreinemacher",
            office="minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        ),
    )


def test_reporting_period_is_the_stated_range_in_original_offsets(seed: Document) -> None:
    period = seed.metadata.reporting_period
    assert period is not None
    assert period.text == "mei 2023 tot en met april 2024"
    assert seed.text[period.start : period.end] == period.text
    assert (period.earliest, period.latest) == (
        datetime.date(2023, 5, 1),
        datetime.date(2024, 4, 30),
    )
    # the first statement of the period, in the opening paragraph on page 1
    assert seed.page_of(period.start) == 1
    assert period.start < seed.text.index("Essentie")


def test_identity(seed: Document) -> None:
    import hashlib

    assert seed.document_id == "ek-27925-AP-2024-05-15"
    assert seed.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed.text == SEED.read_text(encoding="utf-8")
    assert seed.encoding == "utf-8"
    assert seed.source_name == str(SEED)
    assert read_document(SEED, document_id="mine").document_id == "mine"


def test_pages_tile_the_text_with_the_printed_numbers(seed: Document) -> None:
    assert len(seed.pages) == 9
    assert seed.pages[0].start == 0 and seed.pages[-1].end == len(seed.text)
    for before, after in zip(seed.pages, seed.pages[1:], strict=False):
        assert before.end == after.start
    # the text prints "1" on the first page and "7" on the seventh; the others are unnumbered
    assert [page.number for page in seed.pages] == [1, None, None, None, None, None, 7, None, None]
    # pages 2..6 start where the body resumes after a footnote block, with a leading space
    assert seed.text[seed.pages[1].start :].startswith(" • Militaire en civiele bijdrage")
    assert seed.text[seed.pages[2].start :].startswith(" In aanvulling op de beschrijving")
    assert seed.text[seed.pages[3].start :].startswith(" halvering ten opzichte")
    assert seed.text[seed.pages[6].start :].startswith("7 ")
    assert seed.text[seed.pages[7].start :].startswith(" in de samenwerking.")
    assert seed.page_of(seed.text.index("Voortgang OIR")) == 7
    assert seed.page_of(seed.text.index("Liesje Schreinemacher")) == 9
    assert seed.page_of(seed.text.index("Op 18 december 2023")) == 3


def test_section_headings(seed: Document) -> None:
    titles = [section.title for section in seed.sections]
    for expected in (
        "Essentie",
        "Politieke en Veiligheidsontwikkelingen",
        "Politiek",
        "Veiligheid",
        "Irak",
        "Syrië",  # printed "Syrië7": the footnote marker is not part of the title
        "Voortgang NAVO-missie Irak",
        "Voortgang NMI",
        "1. Draagvlak voor buitenlandse troepenpresentie in Irak",
        "Financiën",
        "Evaluatie Nederlandse wapeninzet Hawija",
    ):
        assert expected in titles
    # a heading wrapped over two lines is one heading
    assert (
        "Voortgang bilaterale militaire bijdrage aan hervorming van het Ministry of Peshmerga "
        "Affairs in de Koerdische Autonome Regio"
    ) in titles
    # body sentences are never taken for headings, nor is the closing block
    assert not any(title.endswith(".") for title in titles)
    assert "Hanke Bruins Slot" not in titles
    assert len(titles) == 29
    politiek = titles.index("Politiek")
    assert seed.sections[politiek].level == seed.sections[politiek - 1].level + 1
    for section in seed.sections:
        assert seed.text[section.start :].startswith(section.title[:5])
        assert section.start < section.end


def test_nine_footnotes_with_their_text_separated_from_the_body(seed: Document) -> None:
    assert [footnote.number for footnote in seed.footnotes] == list(range(1, 10))
    texts = {footnote.number: footnote.text for footnote in seed.footnotes}
    assert texts[1] == "Tweede Kamerstuk 27 925, nr. 943."
    assert texts[9] == "Tweede Kamerstukken 27 925, nrs. 697 en 699."
    assert texts[3].endswith("rechtsorde 2022—2025, d.d. 17 juni 2022.")
    assert texts[6].startswith("Op AAAB vonden op zowel 21 november 2023")
    for footnote in seed.footnotes:
        assert seed.text[footnote.start :].startswith(f"{footnote.number} ")
        # the footnote's text is nowhere in the clean body
        body = seed.clean.text[: seed.clean.text.index(texts[1])]
        assert footnote.text not in body


@pytest.mark.parametrize(
    ("number", "glued", "digits_at"),
    [
        (1, "Irak1 en", 4),
        (2, "Irak,2 ontvangt", 5),
        (3, "gemeenschap.3 In", 12),
        (4, "Irak.4 De", 5),
        (5, "personen.5", 9),
        (6, "(AAAB)6 en", 6),
        (7, "Syrië7", 5),
        (8, "augustus 20238 is", 13),  # the year 2023 with footnote 8 glued to it
        (9, "inzet.9", 6),
    ],
)
def test_every_marker_is_linked_where_it_is_glued(
    seed: Document, number: int, glued: str, digits_at: int
) -> None:
    (marker,) = [marker for marker in seed.markers if marker.number == number]
    assert marker.start == seed.text.index(glued) + digits_at
    assert seed.text[marker.start : marker.end] == str(number)
    (footnote,) = [footnote for footnote in seed.footnotes if footnote.number == number]
    assert footnote.markers == (marker,)


def test_numbers_that_are_not_markers(seed: Document) -> None:
    marked = {seed.text[m.start - 3 : m.end + 3] for m in seed.markers}
    for offset in (
        seed.text.index("nr. 446 over") + 4,
        seed.text.index("Tower 22") + 6,
        seed.text.index("100 militairen"),
        seed.text.index("€20,1") + 4,
        seed.text.index("1.1 miljoen") + 2,
    ):
        assert not any(m.start <= offset < m.end for m in seed.markers), marked


def test_every_citation_parsed_with_its_identifier(seed: Document) -> None:
    kamerstukken = [c for c in seed.citations if c.kind is CitationKind.KAMERSTUK]
    assert [(c.footnote, c.identifier) for c in kamerstukken] == [
        (1, "kst-27925-943"),
        (2, "kst-27925-946"),
        (3, "kst-29521-446"),
        (4, "kst-27925-943"),
        (8, "kst-27925-946"),
        (9, "kst-27925-697"),
        (9, "kst-27925-699"),
    ]
    first = kamerstukken[0]
    assert (first.chamber, first.dossier, first.number) == ("Tweede Kamer", "27925", "943")
    assert first.url == "https://zoek.officielebekendmakingen.nl/kst-27925-943.html"
    assert first.text == "Tweede Kamerstuk 27 925, nr. 943"
    assert kamerstukken[2].date == datetime.date(2022, 6, 17)  # "d.d. 17 juni 2022"
    assert all(c.date is None for c in kamerstukken if c.footnote != 3)
    for citation in seed.citations:
        assert seed.text[citation.start : citation.end] == citation.text


def test_the_repeated_tweet_link_is_one_citation_spanning_its_repetitions(seed: Document) -> None:
    (link,) = [c for c in seed.citations if c.kind is CitationKind.WEB]
    url = "https://twitter.com/DutchMFA/status/1784324695690461389?ref_src=twsrc%5Egoogle%7Ctwcamp%5Eserp%7Ctwgr%5Etweet"
    assert link.identifier == link.url == url
    assert link.footnote == 5
    assert link.text.count(url) == 3
    assert link.text.startswith(url) and link.text.endswith(url)


def test_named_motions(seed: Document) -> None:
    motions = [c for c in seed.citations if c.kind is CitationKind.MOTION]
    assert [c.identifier for c in motions] == ["motion:Bosman", "motion:Kerstens/Van Ojik"]
    assert [c.text for c in motions] == ["Bosman", "Kerstens/Van Ojik"]
    assert all(c.footnote is None for c in motions)


def test_sentences_with_markers_know_their_citations(seed: Document) -> None:
    marked = [s for s in seed.sentences if s.footnote_numbers]
    assert sorted(n for s in marked for n in s.footnote_numbers) == list(range(1, 10))
    first = seed.sentences[0]
    assert first.footnote_numbers == (1, 2)
    assert [c.identifier for c in first.citations] == ["kst-27925-943", "kst-27925-946"]
    (dialogue,) = [s for s in seed.sentences if "veiligheidsdialoog" in s.clean_text]
    assert dialogue.footnote_numbers == (8,)
    assert "7-8 augustus 2023 is" in dialogue.clean_text
    assert [c.identifier for c in dialogue.citations] == ["kst-27925-946"]
    (monitoring,) = [s for s in seed.sentences if s.footnote_numbers == (9,)]
    assert [c.identifier for c in monitoring.citations] == [
        "kst-27925-697",
        "kst-27925-699",
        "motion:Bosman",
        "motion:Kerstens/Van Ojik",
    ]
    assert monitoring.text.endswith("inzet.9")  # the glued marker belongs to its sentence
    for sentence in marked:
        linked = {c.footnote for c in sentence.citations if c.footnote is not None}
        assert linked <= set(sentence.footnote_numbers)
    # a sentence that runs over a footnote block does not take that footnote's citations
    (halving,) = [s for s in seed.sentences if "halvering ten opzichte" in s.clean_text]
    assert halving.citations == () and halving.footnote_numbers == ()


def test_sentence_splitting_respects_abbreviations_and_decimals(seed: Document) -> None:
    texts = [s.clean_text for s in seed.sentences]
    assert (
        "De uitgaven van totale veiligheidsinzet in Irak in 2023 bedroegen €20,1 miljoen, waarvan "
        "€18,3 miljoen voor OIR en €1,8 miljoen voor NMI."
    ) in texts
    assert any(
        t.startswith("In navolging van de VS-Irak veiligheidsdialoog d.d. 7-8") for t in texts
    )
    assert any("m.n. Al-Hol." in t for t in texts)
    # "jl." ends a sentence before a capital ...
    assert any(t.endswith("op 14 februari jl.") for t in texts)
    assert any(t.startswith("In de verklaring van 27 april jl. heeft") for t in texts)
    # ... and not before a lower-case word
    assert any("ging in januari jl. een deel" in t for t in texts)
    assert any("1.1 miljoen ontheemden in Irak." in t for t in texts)
    assert "1." not in texts


def test_sentences_point_into_the_original_and_the_clean_view(seed: Document) -> None:
    clean = seed.clean
    for index, sentence in enumerate(seed.sentences):
        assert sentence.index == index
        assert sentence.text == seed.text[sentence.start : sentence.end]
        assert sentence.clean_text == clean.text[sentence.clean_start : sentence.clean_end]
        assert clean.offsets[sentence.clean_start] == sentence.start
        assert sentence.page == seed.page_of(sentence.start)
    body = [s for s in seed.sentences if s.footnote is None]
    notes = [s for s in seed.sentences if s.footnote is not None]
    assert body and notes and seed.sentences[: len(body)] == tuple(body)
    assert {s.footnote for s in notes} == set(range(1, 10))
    assert sum(1 for s in seed.sentences if s.section == "Syrië") == 7


def test_the_clean_view_joins_lines_and_drops_markers_and_footnotes(seed: Document) -> None:
    clean = seed.clean.text
    assert "solidariteit in NAVO-verband." in clean
    assert "NAVO- verband" not in clean
    assert "de internationale gemeenschap. In dat verband" in clean
    assert "7-8 augustus 2023 is een VS-Irak" in clean
    assert "Irak, ontvangt u" in clean
    assert "(AAAB) en werden" in clean
    assert "Dit is een halvering ten opzichte" in clean  # across the footnote block of page 3
    assert "politieke- en veiligheidscontext" in clean
    assert "\n1 " not in clean and "Vergaderjaar" not in clean and "Hanke" not in clean
    # the body comes first, then each footnote as a paragraph of its own
    body_end = clean.index("Tweede Kamerstuk 27 925, nr. 943.")
    assert clean[:body_end].rstrip().endswith("na het zomerreces afgerond zal zijn.")
    assert clean.endswith("Tweede Kamerstukken 27 925, nrs. 697 en 699.")


def test_every_clean_character_maps_back_exactly(seed: Document) -> None:
    clean, text = seed.clean, seed.text
    assert len(clean.offsets) == len(clean.text) + 1
    for index, char in enumerate(clean.text):
        original = text[clean.offsets[index]]
        assert original == char or (char.isspace() and original.isspace()), index


def test_dates_carry_original_offsets_pages_and_sentences(seed: Document) -> None:
    dates = seed.dates
    assert len(dates) > 60
    for date in dates:
        expression = date.expression
        assert seed.text[expression.start : expression.end] == expression.text
        assert seed.clean.offsets[date.clean_start] == expression.start
        assert date.page == seed.page_of(expression.start)
        assert date.sentence is not None
        sentence = seed.sentences[date.sentence]
        assert sentence.clean_start <= date.clean_start < date.clean_end <= sentence.clean_end
    by_text = {d.expression.text: d.expression for d in dates}
    assert by_text["6 februari jl."].earliest == datetime.date(2024, 2, 6)
    assert by_text["24 mei aanstaande"].earliest == datetime.date(2024, 5, 24)
    assert by_text["31 januari"].earliest == datetime.date(2024, 1, 31)
    (dialogue,) = [d for d in dates if d.expression.text == "7-8 augustus 2023"]
    assert dialogue.page == 5
    # a date broken over a line break keeps the original slice, line break and all
    assert "17 \n\njuni 2022" in by_text
    assert (
        seed.sentences[
            next(d.sentence for d in dates if d.expression.text == "17 \n\njuni 2022")  # type: ignore[arg-type]
        ].footnote
        == 3
    )


def test_reporting_period_anaphora_are_resolved_in_context(seed: Document) -> None:
    anaphora = [d for d in seed.dates if d.expression.rule.startswith("anaphor.reporting_period")]
    assert len(anaphora) >= 15
    texts = {d.expression.text.split()[-1] for d in anaphora}
    assert {"rapportageperiode", "periode"} <= texts
    for date in anaphora:
        assert date.expression.anchoring is Anchoring.CONTEXTUAL
        if date.expression.mod is None:
            assert (date.expression.earliest, date.expression.latest) == (
                datetime.date(2023, 5, 1),
                datetime.date(2024, 4, 30),
            )


def test_windows_line_breaks_read_the_same_letter(seed: Document) -> None:
    crlf = read_document(seed.text.replace("\n", "\r\n").encode("utf-8"))
    assert [s.clean_text for s in crlf.sentences] == [s.clean_text for s in seed.sentences]
    assert [s.title for s in crlf.sections] == [s.title for s in seed.sections]
    assert [p.number for p in crlf.pages] == [p.number for p in seed.pages]
    assert [f.text for f in crlf.footnotes] == [f.text for f in seed.footnotes]
    assert crlf.metadata.signatories == seed.metadata.signatories
    assert crlf.document_id == seed.document_id
    assert [d.expression.earliest for d in crlf.dates] == [
        d.expression.earliest for d in seed.dates
    ]


def test_counts(seed: Document) -> None:
    counts = [
        len(part)
        for part in (
            seed.pages,
            seed.sections,
            seed.paragraphs,
            seed.sentences,
            seed.footnotes,
            seed.markers,
            seed.citations,
        )
    ]
    assert counts == [9, 29, 95, 246, 9, 9, 10]


def test_sentence_at_an_offset_inside_a_footnote_block_is_the_footnote_sentence() -> None:
    from pathlib import Path

    from iraq_events import read_document

    document = read_document(Path(__file__).parents[1] / "seeds" / "000_7ba65e5599d72e72.txt")
    footnote = next(f for f in document.footnotes if f.number == 5)
    sentence = document.sentence_at(footnote.start + 10)
    assert sentence is not None
    assert sentence.footnote == 5
