"""Constructions of Dutch official and news prose met in the thirteenth unseen set (issue 14,
detection): one test each, with a twin that must not fire.

Every sentence is written for these tests; none is taken from a text of any set.
"""

from __future__ import annotations

import datetime

from events_helpers import letter_typed

D = datetime.date
HEADER = "Den Haag, 9 december 2016\n\n"


# -- a date that closes a phrase a frame preposition opens, before a cue after the date -------


def test_a_framed_debate_keeps_its_date_against_a_letter_between_date_and_trigger() -> None:
    # the yielding trigger after the date is retyped by the debate its date closes, not by the
    # paper between the date and the trigger
    found = letter_typed(
        "Tijdens het AO over de missie van 6 juli 2016 heeft de minister in een brief een "
        "verklaring afgelegd over de inzet.",
        HEADER,
    )
    assert found == [("meeting", D(2016, 7, 6), D(2016, 7, 6))]


def test_an_unframed_date_still_dates_the_letter_between_it_and_the_trigger() -> None:
    found = letter_typed(
        "Op 6 juli 2016 heeft de minister in een brief een verklaring afgelegd over de inzet.",
        HEADER,
    )
    assert found == [("report", D(2016, 7, 6), D(2016, 7, 6))]
