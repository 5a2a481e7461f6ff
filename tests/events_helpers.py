"""Building extraction input from plain Dutch sentences, for the event tests."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs

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
