"""Building extraction input from plain Dutch sentences, for the event tests."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs

from iraq_events.documents import read_document
from iraq_events.events import extract_events
from iraq_events.events.extraction import DatedSpan, SentenceInput, extract_from_sentences
from iraq_events.events.model import Event
from iraq_events.temporal import find_dates

REFERENCE = datetime.date(2025, 6, 1)


def sentences(
    paragraphs: Sequence[Sequence[str]], reference: datetime.date = REFERENCE
) -> list[SentenceInput]:
    """Sentences laid out as one text (a space between sentences, a blank line between
    paragraphs), each with the dates ``find_dates`` reads in it."""
    inputs: list[SentenceInput] = []
    offset = 0
    for paragraph_index, paragraph in enumerate(paragraphs):
        for text in paragraph:
            dates = tuple(
                DatedSpan(
                    expression=attrs.evolve(e, start=e.start + offset, end=e.end + offset),
                    start=e.start,
                    end=e.end,
                )
                for e in find_dates(text, reference)
            )
            inputs.append(
                SentenceInput(
                    index=len(inputs),
                    text=text,
                    start=offset,
                    end=offset + len(text),
                    dates=dates,
                    paragraph=paragraph_index,
                    page=1,
                )
            )
            offset += len(text) + 1
        offset += 1
    return inputs


def events_of(
    *paragraphs: str | Sequence[str], reference: datetime.date = REFERENCE
) -> list[Event]:
    """The events of paragraphs given as one sentence (a str) or a list of sentences."""
    laid_out = [[p] if isinstance(p, str) else list(p) for p in paragraphs]
    return extract_from_sentences(
        sentences(laid_out, reference), document_id="test-letter", reference=reference
    )


# a letter dated by its heading, for the tests that read whole sentences as a letter
LETTER_HEADER = "Den Haag, 15 april 2025\n\n"


def letter_events(text: str, header: str = LETTER_HEADER) -> list[Event]:
    """The events of ``text`` read as the body of a letter under ``header``."""
    return extract_events(read_document((header + text + "\n").encode("utf-8")))


def letter_typed(
    text: str, header: str = LETTER_HEADER
) -> list[tuple[str, datetime.date | None, datetime.date | None]]:
    """(type, first day, last day) of each event of ``text`` read as a letter's body."""
    return [(e.event_type.value, e.date_start, e.date_end) for e in letter_events(text, header)]
