"""News items: the dateline is the item's own date, not an event.

A news item opens with its headline, its date and the clock time it was published ("<title>
2 augustus 2009, 14.52 uur <first sentence>"), often run into one sentence with what follows.
A date followed by a comma and a clock time stamps the item; it dates nothing the item reports
(the item's date is the caller's reference, so "vandaag" in it is that date). A date after a
temporal preposition ("op 3 maart 2025, 14.00 uur") is an event's, with its hour. The clock time
is digits and the prepositions are the temporal lexicon's, so this module needs no word of its
own.
"""

from __future__ import annotations

import re

import attrs

from iraq_events.events.parts import DatedSpan, SentenceInput
from iraq_events.temporal.lexicon import lexicon as temporal_lexicon

__all__ = ["is_dateline", "without_datelines"]

# ", 14.52 uur", ", 09:05": a clock time right after the date
_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is followed by a comma and a clock time, with
    no temporal preposition before it."""
    found = _CLOCK.match(text, end)
    if found is None or "," not in text[end : found.end()]:
        return False
    before = text[max(0, start - 40) : start].split()
    return not before or before[-1].casefold() not in temporal_lexicon().date_context_words


def _stamps(sentence: SentenceInput, date: DatedSpan) -> bool:
    return is_dateline(sentence.text, date.start, date.end)


def without_datelines(sentence: SentenceInput) -> SentenceInput:
    """``sentence`` without the dates that stamp a news item."""
    if not any(_stamps(sentence, d) for d in sentence.dates):
        return sentence
    return attrs.evolve(
        sentence, dates=tuple(d for d in sentence.dates if not _stamps(sentence, d))
    )
