"""News items: the dateline is the item's own date, not an event.

A news item opens with its headline, its date and the clock time it was published ("<title>
2 augustus 2009, 14.52 uur <first sentence>"), often run into one sentence with what follows.
A date followed by a comma and a clock time stamps the item; it dates nothing the item reports
(the item's date is the caller's reference, so "vandaag" in it is that date). A date after a
temporal preposition ("op 3 maart 2025, 14.00 uur") is an event's, with its hour.

Other sites stamp their items otherwise: a run of dates with nothing but digits and signs
between and after them, closed by a clock time or a bar ("vrijdag, 28. maart 2008 - 12:00
<title>", "<title> 25 jun 2007 | <first sentence>"). Such a run stamps the item
only where each of its dates holds the item's own date (the reference): a programme's line
("3 juni 2025 - 14.00 uur Commissiedebat") names another day and stays an event's.
The clock time is digits and the prepositions are the temporal lexicon's, so this module needs
no word of its own.
"""

from __future__ import annotations

import datetime
import re

import attrs

from iraq_events.events.parts import DatedSpan, SentenceInput
from iraq_events.temporal.lexicon import lexicon as temporal_lexicon

__all__ = ["is_dateline", "without_datelines"]

# ", 14.52 uur", ", 09:05": a clock time right after the date
_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)")
# what closes a run of stamping dates: a clock time or a bar
_RUN_CLOSE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)|\|")
_LETTER = re.compile(r"[^\W\d_]")
_NO_LETTERS = re.compile(r"[\W\d_]*")
_TAIL_REACH = 24  # characters after a run where its clock time or bar may stand


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


def _holds(date: DatedSpan, day: datetime.date) -> bool:
    first, last = date.expression.earliest, date.expression.latest
    return first is not None and last is not None and first <= day <= last


def _run_stamps(sentence: SentenceInput, reference: datetime.date | None) -> set[int]:
    """The indices of the sentence's dates that stand in a stamping run: dates that each hold
    ``reference``, with no letter between them, no temporal preposition before the first, and
    nothing but digits and signs after the last up to a clock time or a bar."""
    if reference is None:
        return set()
    text, stamps = sentence.text, set()
    run: list[int] = []
    for index, date in enumerate((*sentence.dates, None)):
        if (
            date is not None
            and run
            and _holds(date, reference)
            and not _LETTER.search(text, sentence.dates[run[-1]].end, date.start)
        ):
            run.append(index)
            continue
        if run and _closed(text, sentence.dates[run[0]].start, sentence.dates[run[-1]].end):
            stamps.update(run)
        run = [index] if date is not None and _holds(date, reference) else []
    return stamps


def _closed(text: str, start: int, end: int) -> bool:
    # the clock time or the bar stands right after the run: a bounded look, so that a text of
    # many dates among digits is not read again from every run
    tail = _NO_LETTERS.match(text, end, end + _TAIL_REACH)
    if tail is None or not _RUN_CLOSE.search(text, end, tail.end()):
        return False
    before = text[max(0, start - 40) : start].split()
    return not before or before[-1].casefold() not in temporal_lexicon().date_context_words


def without_datelines(
    sentence: SentenceInput, reference: datetime.date | None = None
) -> SentenceInput:
    """``sentence`` without the dates that stamp a news item dated ``reference``."""
    runs = _run_stamps(sentence, reference)
    if not runs and not any(_stamps(sentence, d) for d in sentence.dates):
        return sentence
    kept = tuple(
        d for i, d in enumerate(sentence.dates) if i not in runs and not _stamps(sentence, d)
    )
    return attrs.evolve(sentence, dates=kept)
