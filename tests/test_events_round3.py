"""Constructions of official Dutch prose left open after the eleventh set (issue 14, a last round
on detection): one test each, with a twin that must not fire.

Every sentence is written for these tests; none is taken from a text of any set.
"""

from __future__ import annotations

import datetime

from events_helpers import LETTER_HEADER, letter_events, letter_typed

D = datetime.date
HEADER = LETTER_HEADER


events_of = letter_events


typed = letter_typed


# -- 1. "begon op <datum> aan de missie": the mission is the start verb's object ------------------


def test_a_ship_that_began_on_a_day_at_the_mission_starts_a_deployment() -> None:
    assert typed("De fregatten begonnen op 3 februari aan hun inzet in de Golf van Aden.") == [
        ("deployment", D(2025, 2, 3), D(2025, 2, 3))
    ]


def test_beginning_at_something_else_than_a_mission_is_no_deployment() -> None:
    assert all(
        kind != "deployment"
        for kind, _, _ in typed("Het fregat begon op 27 maart aan de terugreis naar Den Helder.")
    )


def test_a_date_after_the_mission_object_belongs_to_the_next_coordinate() -> None:
    found = typed(
        "Het fregat begon op 2 maart aan de missie en vier dagen later hielp het schip bij de "
        "redding van een vissersboot."
    )
    assert ("deployment", D(2025, 3, 2), D(2025, 3, 2)) in found
    assert all(kind != "deployment" for kind, start, _ in found if start == D(2025, 3, 6))


# -- 2. a country taking over a mission on a date starts its deployment ---------------------------


def test_taking_over_the_deployment_of_another_country_is_a_deployment() -> None:
    assert typed(
        "Zoals gemeld heeft Denemarken met ingang van 1 juli 2024 de inzet van F-16's in de "
        "strijd tegen ISIS van Nederland overgenomen."
    ) == [("deployment", D(2024, 7, 1), D(2024, 7, 1))]


def test_taking_over_tasks_or_command_stays_a_handover() -> None:
    assert typed(
        "Zoals gemeld heeft Denemarken met ingang van 1 juli 2024 de taken van het Nederlandse "
        "detachement overgenomen."
    ) == [("handover", D(2024, 7, 1), D(2024, 7, 1))]
    assert typed("Op 1 juli 2024 heeft Denemarken de leiding van de missie overgenomen.") == [
        ("handover", D(2024, 7, 1), D(2024, 7, 1))
    ]


# -- 3. "sindsdien" runs from the last day named before it to the letter's date -----------------


def test_sindsdien_dates_an_ongoing_deployment_from_the_day_before() -> None:
    found = typed(
        "Op 3 maart 2024 sprak de minister met zijn ambtgenoot. Nederland levert sindsdien een "
        "bijdrage aan de missie."
    )
    assert ("deployment", D(2024, 3, 3), D(2025, 4, 15)) in found


def test_sindsdien_with_a_state_of_affairs_dates_no_event() -> None:
    assert typed(
        "Op 3 maart 2024 is de wet in werking getreden. Sindsdien is de situatie in het gebied "
        "rustig."
    ) == [("legislation", D(2024, 3, 3), D(2024, 3, 3))]


def test_sindsdien_without_a_day_before_it_in_its_paragraph_dates_nothing() -> None:
    assert typed("Nederland levert sindsdien een bijdrage aan de missie.") == []
