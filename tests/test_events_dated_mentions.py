"""The date-first stage: tokens, cue families, filters, and the constructions of issue 14.

Every sentence here was written for these tests (general official Dutch, no letter's facts).
"""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.documents import read_document
from iraq_events.events import Event, extract_events
from iraq_events.events.cues import dated_mention_lexicon, load_table
from iraq_events.events.tokens import TokenPattern, tokenize

HEADER = "Den Haag, 15 april 2025\n\n"


def events_of(text: str) -> list[Event]:
    return extract_events(read_document((HEADER + text + "\n").encode("utf-8")))


def summary(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.event_type.value,
            e.date_start and e.date_start.isoformat(),
            e.date_end and e.date_end.isoformat(),
        )
        for e in events_of(text)
    ]


# -- tokens -------------------------------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from("ab1 -.'’,«»()\n"), max_size=60))
def test_tokens_point_into_the_text(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.lower == token.text.casefold()
        assert token.text.strip()


def test_token_patterns_read_stems_tails_and_gaps() -> None:
    tokens = tokenize("In 1980 viel Irak buurland Iran binnen, na de artikel 100-brief.")
    assert TokenPattern.parse("viel ... binnen").end_at(tokens, 2) == 7
    assert TokenPattern.parse("artikel 100-brie*").matches_at(tokens, 9)
    assert TokenPattern.parse("*brief").matches_at(tokens, 10)
    assert not TokenPattern.parse("viel binnen").matches_at(tokens, 2)
    # a gap never reaches past its limit of words
    far = tokenize("viel a b c d e f g binnen")
    assert TokenPattern.parse("viel ... binnen").end_at(far, 0) is None


def test_the_longest_cue_wins_and_its_words_are_taken() -> None:
    found = dated_mention_lexicon().find(tokenize("het algemeen overleg en de artikel-100 brieven"))
    assert [(m.family.id, m.cue) for m in found] == [
        ("meeting.debate", "algemeen overleg"),
        ("mandate.article-100", "artikel-100 brie*"),
    ]


# -- the strict table ---------------------------------------------------------------------------


def bundled() -> dict[str, object]:
    from importlib import resources

    path = resources.files("iraq_events.events.lexicon").joinpath("dated_mentions.json")
    data: dict[str, object] = json.loads(path.read_text("utf-8"))
    return data


def test_a_misspelled_key_names_the_file_and_the_family() -> None:
    data = bundled()
    families = data["families"]
    assert isinstance(families, list)
    families[0] = {**families[0], "cuess": ["x"]}
    with pytest.raises(
        ValueError, match=r"dated_mentions.json: family 'mandate.article-100': .*cuess"
    ):
        load_table(data)


def test_a_wrong_type_names_the_file() -> None:
    data = {**bundled(), "date_line_max_words": "three"}
    with pytest.raises(ValueError, match=r"dated_mentions\.json"):
        load_table(data)


def test_an_unknown_event_type_is_refused() -> None:
    data = bundled()
    families = data["families"]
    assert isinstance(families, list)
    families[0] = {**families[0], "type": "picnic"}
    with pytest.raises(ValueError, match=r"mandate\.article-100"):
        load_table(data)


# -- constructions ------------------------------------------------------------------------------


def test_a_cited_letter_without_a_verb_is_a_report() -> None:
    found = events_of(
        "Zoals gemeld in de brief van 14 februari 2019 (Kamerstuk 27 925, nr. 650) blijft de "
        "situatie zorgelijk."
    )
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("report", datetime.date(2019, 2, 14))
    ]
    assert "cue.report.letter" in found[0].method


def test_a_letter_cited_with_dd_is_a_report() -> None:
    assert summary("Wij verwijzen naar het verslag d.d. 12 mei 2023.") == [
        ("report", "2023-05-12", "2023-05-12")
    ]


def test_a_cited_article_100_letter_is_a_mandate_of_the_dutch_government() -> None:
    found = events_of("Met verwijzing naar de artikel 100-brief van 3 juni 2022 informeren wij u.")
    assert [(e.event_type.value, e.subtype) for e in found] == [("mandate", "article-100 letter")]
    assert [a.name for a in found[0].actors] == ["Government of the Netherlands"]


def test_artikel_100_elsewhere_does_not_make_a_plain_letter_a_mandate() -> None:
    found = events_of(
        "In overeenstemming met artikel 100 van de Grondwet verwijzen wij naar de brief van "
        "9 maart 2021."
    )
    assert [e.event_type.value for e in found] == ["report"]


def test_one_plural_cue_over_a_list_of_dates_gives_one_event_per_date() -> None:
    found = summary(
        "Hierover ontving uw Kamer de brieven van 2 april 2024 (Kamerstuk 29 521, nr. 470), "
        "18 juni 2024 (Kamerstuk 29 521, nr. 475) en 27 oktober 2024."
    )
    assert found == [
        ("report", "2024-04-02", "2024-04-02"),
        ("report", "2024-06-18", "2024-06-18"),
        ("report", "2024-10-27", "2024-10-27"),
    ]


def test_a_decision_frame_dates_the_decided_extension() -> None:
    found = events_of(
        "Het kabinet heeft besloten de Nederlandse bijdrage aan de missie te verlengen tot en "
        "met 31 december 2026."
    )
    assert [(e.event_type.value, e.date_end, e.status.value) for e in found] == [
        ("mandate", datetime.date(2026, 12, 31), "planned")
    ]


def test_a_debate_held_on_a_date_is_a_meeting() -> None:
    assert summary("Het commissiedebat over de missies werd gehouden op 4 maart 2025.") == [
        ("meeting", "2025-03-04", "2025-03-04")
    ]


def test_a_motion_adopted_on_a_date_is_legislation() -> None:
    found = events_of("De motie van het lid Jansen werd op 11 februari 2025 aangenomen.")
    assert [(e.event_type.value, e.subtype) for e in found] == [("legislation", "motion")]


def test_an_invasion_told_with_a_separable_verb_is_an_attack() -> None:
    assert summary("In 1990 viel het land zijn buurland binnen.") == [
        ("attack", "1990-01-01", "1990-12-31")
    ]


def test_a_date_with_no_cue_is_still_an_event_of_type_other() -> None:
    found = events_of("Op 3 maart 2025 landde de delegatie in de hoofdstad.")
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("other", datetime.date(2025, 3, 3))
    ]
    assert "uncued" in found[0].method


# -- filters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds juli 2021 is er geen aanslag gepleegd in de hoofdstad.",  # negated
        "Dit is een halvering ten opzichte van vorig jaar.",  # comparison
        "De missie stelde doelstellingen vast voor 2026.",  # purpose
        "Nederland is sinds 2019 betrokken bij de opleiding.",  # state since
        "De bijdrage bestond in 2023 uit honderd militairen.",  # state verb
        "Zie de brief «Samenhang in missies in 2018» aan uw Kamer.",  # title
        "Bijgaand de brief inzake de bijdrage in 2020 en 2021.",  # subject of a cited paper
    ],
)
def test_what_dates_no_event(sentence: str) -> None:
    assert events_of(sentence) == []


def test_the_letters_own_date_line_is_no_event() -> None:
    assert events_of("Vastgesteld 15 april 2025") == []


def test_the_same_date_dates_an_event_when_nothing_filters_it() -> None:
    # the twin of the comparison above: without "ten opzichte van" the date is an event
    assert summary("Het overleg vond vorig jaar plaats.") == [
        ("meeting", "2024-01-01", "2024-12-31")
    ]


def test_a_separable_verb_around_its_date_types_it() -> None:
    # the verb's particle closes the phrase after the date: "keren 2 januari terug"
    found = events_of("De helikopters keren 3 mei 2025 terug naar de thuisbasis.")
    assert [(e.event_type.value, e.date_start) for e in found] == [
        ("withdrawal", datetime.date(2025, 5, 3))
    ]


def test_cues_between_point_into_the_whole_text() -> None:
    from iraq_events.events.mentions import cues_between

    text = "Zij keren op 2 januari terug, na de brief."
    found = cues_between(text, 4, len(text), dated_mention_lexicon())
    assert [text[c.start : c.end] for c in found] == ["keren op 2 januari terug", "brief"]
    assert text[found[0].start : found[0].head_end] == "keren"
