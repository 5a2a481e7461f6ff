"""Property tests: generated letters in the seed's layout, and arbitrary text.

Whatever the letter, every clean character maps back to the same original character (or to
original whitespace, for the spaces and paragraph breaks the clean view inserts), sentence spans
tile each paragraph, every footnote is found with its marker, and reading never raises on text.
"""

from __future__ import annotations

import itertools
import string

from hypothesis import given
from hypothesis import strategies as st

from iraq_events import read_document
from iraq_events.documents import Document
from iraq_events.documents.sentences import split_sentences

WORDS = st.sampled_from(
    [
        "de",
        "het",
        "kabinet",
        "missie",
        "Irak",
        "NAVO-",
        "bijdrage",
        "in",
        "op",
        "18 december 2023",
        "jl.",
        "nr.",
        "d.d.",
        "o.a.",
        "m.n.",
        "€20,1",
        "1.500",
        "Tower 22",
        "100",
        "K.H.",
        "(AAAB)",
        "Syrië",
        "militairen",
        "veiligheid",
        "adviseurs",
        "en",
        "2023",
        "mei",
        "deze rapportageperiode",
    ]
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=2, max_size=14))
    first = words[0]
    return first[:1].upper() + first[1:] + " " + " ".join(words[1:]) + "."


def _wrap(words: list[str], width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


@st.composite
def letters(draw: st.DrawFn) -> tuple[str, list[str], str]:
    """A letter in the seed's layout, the texts of its footnotes and its body without markers.

    Lines are separated by an empty line, paragraphs by a line holding a space; a footnote
    block (after a space line) interrupts a paragraph where a page ends, and the paragraph
    resumes on the next page with a line starting with a space.
    """
    paragraphs = draw(
        st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=1, max_size=6)
    )
    footnote_texts: list[str] = []
    body: list[str] = []
    out: list[str] = ["\n"]
    pending: list[int] = []
    for paragraph in paragraphs:
        words = " ".join(paragraph).split(" ")
        body.extend(words)
        marker_word = None
        if draw(st.booleans()):
            position = draw(st.integers(0, len(words) - 1))
            word = words[position]
            if word[-1].isalpha() or word[-1] == ")" or (word[-1] in ".," and word[-2].isalpha()):
                number = len(footnote_texts) + 1
                words[position] = word + str(number)
                marker_word = position
                footnote_texts.append(f"Tweede Kamerstuk 27 925, nr. {draw(st.integers(1, 999))}.")
                pending.append(number)
        lines = _wrap(words, draw(st.integers(30, 90)))
        flush_after = None
        if pending and len(lines) > 1:
            # the block may only follow the line that holds the marker
            marker_line = 0
            if marker_word is not None:
                seen = 0
                for marker_line, line in enumerate(lines):  # noqa: B007
                    seen += len(line.split(" "))
                    if seen > marker_word:
                        break
            if marker_line < len(lines) - 1 and draw(st.booleans()):
                flush_after = draw(st.integers(marker_line, len(lines) - 2))
        for index, line in enumerate(lines):
            out.append(line + " \n\n")
            if index == flush_after:
                out[-1] = line + " \n\n \n"
                out.extend(f"{n} {footnote_texts[n - 1]}  \n" for n in pending)
                pending = []
                lines[index + 1] = " " + lines[index + 1]
                out.append(lines[index + 1] + " \n\n")
                break
        if flush_after is not None:
            out.extend(line + " \n\n" for line in lines[flush_after + 2 :])
        out.append(" \n\n")
    if pending:
        out.append(" \n")
        out.extend(f"{n} {footnote_texts[n - 1]}  \n" for n in pending)
    return "".join(out), footnote_texts, "".join(body)


def _check_clean_view(doc: Document) -> None:
    clean, text = doc.clean, doc.text
    assert len(clean.offsets) == len(clean.text) + 1
    for index, char in enumerate(clean.text):
        original = clean.offsets[index]
        assert 0 <= original < len(text)
        assert text[original] == char or (char.isspace() and text[original].isspace())


def _check_sentences_tile_paragraphs(doc: Document) -> None:
    clean = doc.clean.text
    by_paragraph: dict[int | None, list[tuple[int, int]]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(
            (sentence.clean_start, sentence.clean_end)
        )
    covered = [False] * len(clean)
    for spans in by_paragraph.values():
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start and not clean[end:start].strip()
        for start, end in spans:
            for index in range(start, end):
                covered[index] = True
    # every visible clean character is in exactly one sentence
    assert all(covered[i] for i, char in enumerate(clean) if not char.isspace())


@given(letters())
def test_generated_letters(letter: tuple[str, list[str], str]) -> None:
    text, footnote_texts, body = letter
    doc = read_document(text.encode("utf-8"))
    assert doc.text == text
    _check_clean_view(doc)
    _check_sentences_tile_paragraphs(doc)
    assert [f.text for f in doc.footnotes] == footnote_texts
    assert [m.number for m in doc.markers] == list(range(1, len(footnote_texts) + 1))
    for marker in doc.markers:
        assert text[marker.start : marker.end] == str(marker.number)
    # the clean body is the generated body: nothing lost, nothing added, markers gone
    body_sentences = [s.clean_text for s in doc.sentences if s.footnote is None]
    assert "".join("".join(body_sentences).split()) == "".join(body.split())
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for number in sentence.footnote_numbers:
            assert any(c.footnote == number for c in sentence.citations)
    for date in doc.dates:
        assert text[date.expression.start : date.expression.end] == date.expression.text


LAYOUT_LINES = st.sampled_from(
    [
        "",
        " ",
        "7 ",
        "1 Tweede Kamerstuk 27 925, nr. 943.  ",
        "2 Zie https://example.org/a en https://example.org/a",
        " in de samenwerking met Irak1 en Syrië,2 verder.",
        "Veiligheid",
        "• Militaire bijdrage aan de NAVO-",
        "verband; en",
        "De minister van Defensie,",
        "drs K.H. Ollongren",
        "Den Haag, 15 mei 2024",
        "Vergaderjaar 2023-2024",
        "27 925   Bestrijding internationaal terrorisme",
        "Op 6 februari jl. sprak de minister in 20233 over nr. 446 en Tower 22.",
        "\f",
        "de moties Bosman en Kerstens/Van Ojik (AAAB)3 gaan",
    ]
)


@given(st.lists(LAYOUT_LINES, min_size=1, max_size=40), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_any_arrangement_of_letter_lines(lines: list[str], newline: str) -> None:
    """Letter parts in any order: the reader never fails and its invariants hold."""
    from iraq_events import DocumentError

    text = newline.join(lines)
    try:
        doc = read_document(text.encode("utf-8"))
    except DocumentError:
        assert not text.strip()
        return
    _check_clean_view(doc)
    _check_sentences_tile_paragraphs(doc)
    assert [m.number for m in doc.markers] == [f.number for f in doc.footnotes]
    for part in (*doc.sentences, *doc.citations):
        assert text[part.start : part.end] == part.text
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(text)


@given(st.text(min_size=1, max_size=400))
def test_any_text_reads_or_raises_a_document_error(text: str) -> None:
    from iraq_events import DocumentError

    try:
        doc = read_document(text.encode("utf-8", "surrogatepass"))
    except DocumentError:
        return
    _check_clean_view(doc)
    _check_sentences_tile_paragraphs(doc)


@given(st.text(alphabet=string.ascii_letters + "ëé .,;:!?()-\n0123456789€", max_size=300))
def test_sentence_spans_tile_any_text(text: str) -> None:
    spans = split_sentences(text)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert not text[position:start].strip()
        assert not text[start].isspace() and not text[end - 1].isspace()
        position = end
    assert not text[position:].strip()
