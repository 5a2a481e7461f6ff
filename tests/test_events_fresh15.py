"""Constructions of Dutch news and official prose met in a fifteenth set of unseen texts
(issue 14, detection): one test each, with a twin that must not fire.

Every sentence is written for these tests; none is taken from a text of any set.
"""

from __future__ import annotations

import datetime

from events_helpers import letter_typed

from iraq_events.documents import read_document
from iraq_events.events import extract_events

D = datetime.date
THURSDAY = D(2023, 11, 16)


def news_dates(text: str, reference: datetime.date = THURSDAY) -> list[datetime.date | None]:
    """The first day of each date of ``text`` read as a news item given ``reference``."""
    document = read_document(text.encode("utf-8"), reference=reference)
    return [d.expression.earliest for d in document.dates]


def news_typed(
    text: str, reference: datetime.date = THURSDAY
) -> list[tuple[str, datetime.date | None, datetime.date | None]]:
    """(type, first day, last day) of each event of ``text`` read as a news item."""
    document = read_document(text.encode("utf-8"), reference=reference)
    return [(e.event_type.value, e.date_start, e.date_end) for e in extract_events(document)]


# -- 1. a text with no date of its own: weekdays and months nearest the date it is given ------


def test_a_news_items_weekdays_and_months_are_the_nearest_to_its_date() -> None:
    text = (
        "Kabinet stuurt fregat\n\nHet kabinet maakte donderdag de inzet bekend. De minister "
        "sprak woensdagavond met haar collega's. De eerste militairen komen in januari aan.\n"
    )
    assert news_dates(text) == [THURSDAY, D(2023, 11, 15), D(2024, 1, 1)]


def test_a_letter_with_its_own_date_leaves_them_to_the_tense() -> None:
    letter = (
        "Den Haag, 16 november 2023\n\nDe minister spreekt woensdagavond met haar collega's. "
        "De eerste militairen komen in januari aan.\n"
    )
    assert news_dates(letter) == [None, None]


# -- 2. datelines of news sites: a run of dates closed by a clock time or a bar ---------------


def test_a_dateline_with_a_dash_and_a_clock_time_dates_no_event() -> None:
    text = (
        "Fregat naar de Golf\n\n16 november 2023 - 14:05\n\nDEN HAAG - Het kabinet stuurt "
        "het fregat in december naar de Golf.\n"
    )
    assert news_typed(text) == [("deployment", D(2023, 12, 1), D(2023, 12, 31))]


def test_a_weekday_dateline_and_a_bar_stamp_the_item_too() -> None:
    text = (
        "Fregat naar de Golf\n\ndonderdag, 16. november 2023 - 09:30\n\nHet kabinet stuurt "
        "het fregat in december naar de Golf.\n"
    )
    assert news_typed(text) == [("deployment", D(2023, 12, 1), D(2023, 12, 31))]
    barred = "Missie verlengd\n\n16 nov 2023 | De ministerraad heeft vrijdag besloten.\n"
    assert news_typed(barred) == [("announcement", D(2023, 11, 10), D(2023, 11, 10))]


def test_a_programme_line_of_another_day_is_an_event() -> None:
    text = "Agenda\n\n21 november 2023 - 14:00\n\nCommissiedebat over de missie in Irak.\n"
    assert [t for t, _, _ in news_typed(text)] == ["meeting"]


# -- 3. news verbs of deployment and return --------------------------------------------------


def test_news_verbs_of_arriving_sending_and_patrolling_date_a_deployment() -> None:
    assert news_typed("De eerste militairen komen in februari aan in Estland.\n") == [
        ("deployment", D(2024, 2, 1), D(2024, 2, 29))
    ]
    assert news_typed("Nederland stuurt medio januari twee helikopters naar Irak.\n") == [
        ("deployment", D(2024, 1, 11), D(2024, 1, 20))
    ]
    assert news_typed("Het fregat zal vanaf half december patrouilleren voor de kust.\n") == [
        ("deployment", D(2023, 12, 11), None)
    ]


def test_sending_a_letter_is_no_deployment() -> None:
    found = news_typed("De minister stuurt de Kamer in december een brief over de missie.\n")
    assert [t for t, _, _ in found] == ["report"]


def test_a_ship_back_in_its_home_port_is_a_withdrawal() -> None:
    assert news_typed("Het fregat vaart maandag de haven van Den Helder in.\n") == [
        ("withdrawal", D(2023, 11, 13), D(2023, 11, 13))
    ]
    # leaving the home port is the start
    left = news_typed("Het fregat is maandag uit de haven van Den Helder vertrokken naar Irak.\n")
    assert [t for t, _, _ in left] == ["deployment"]


def test_the_treatment_of_a_proposal_is_a_debate() -> None:
    assert letter_typed(
        "Tijdens de behandeling van het voorstel op 3 maart 2025 stelden de fracties vragen."
    ) == [("meeting", D(2025, 3, 3), D(2025, 3, 3))]


# -- 4. an uncued date within the days of the event just told ---------------------------------


def test_an_uncued_day_within_a_visit_of_two_days_tells_more_of_it() -> None:
    found = letter_typed(
        "Kamerleden brachten op 5 en 6 april 2025 een bezoek aan de militairen in Irak.\n\n"
        "Op 6 april 2025 kregen zij uitleg over de taken van de eenheid."
    )
    assert found == [("visit", D(2025, 4, 5), D(2025, 4, 6))]


def test_an_uncued_day_after_the_visit_stays_its_own() -> None:
    found = letter_typed(
        "Kamerleden brachten op 5 en 6 april 2025 een bezoek aan de militairen in Irak.\n\n"
        "Op 8 april 2025 kregen zij uitleg over de taken van de eenheid."
    )
    assert found == [
        ("visit", D(2025, 4, 5), D(2025, 4, 6)),
        ("other", D(2025, 4, 8), D(2025, 4, 8)),
    ]


# -- 5. "tot uiterlijk": a connector before a side that closes its interval itself -------------


def test_until_at_the_latest_joins_the_two_sides_through_the_second() -> None:
    from iraq_events.temporal import find_dates

    text = "Het schip wordt van begin mei tot uiterlijk eind augustus 2025 ingezet."
    (joined,) = find_dates(text, D(2025, 4, 5))
    assert (joined.earliest, joined.latest) == (D(2025, 5, 1), D(2025, 8, 31))
    apart = find_dates(
        "Het schip wordt in mei en uiterlijk eind augustus 2025 ingezet.", D(2025, 4, 5)
    )
    assert len(apart) == 2


# -- 6. the House agreeing to a deployment; a detention; ranges of weekday dates ---------------


def test_the_house_agreeing_to_a_deployment_is_its_approval() -> None:
    assert letter_typed(
        "Een meerderheid in de Tweede Kamer is op 3 maart 2025 akkoord gegaan met de inzet "
        "van militairen in Irak."
    ) == [("legislation", D(2025, 3, 3), D(2025, 3, 3))]


def test_parties_signing_an_agreement_stay_an_agreement() -> None:
    assert letter_typed(
        "Op 3 maart 2025 sloten de partijen een akkoord over de wapenstilstand."
    ) == [("agreement", D(2025, 3, 3), D(2025, 3, 3))]


def test_a_range_of_weekday_dates_is_one_detention() -> None:
    assert letter_typed(
        "De bemanning werd van zondag 27 februari tot vrijdag 11 maart 2011 vastgehouden."
    ) == [("other", D(2011, 2, 27), D(2011, 3, 10))]


def test_a_weekday_that_does_not_fall_on_the_day_in_that_year_joins_nothing() -> None:
    from iraq_events.temporal import find_dates

    found = find_dates("van maandag 27 februari tot vrijdag 11 maart 2011", D(2011, 3, 21))
    assert len(found) == 2


# -- 7. a copula with a complement of change: "is weer terug" is a return, not a state ---------


def test_a_ship_back_again_is_its_return() -> None:
    assert letter_typed("Het fregat is op 3 juli 2025 weer terug in Den Helder.") == [
        ("withdrawal", D(2025, 7, 3), D(2025, 7, 3))
    ]


def test_a_ship_at_sea_on_a_date_is_a_state() -> None:
    assert letter_typed("Het fregat was op 3 juli 2025 in de Middellandse Zee.") == []
