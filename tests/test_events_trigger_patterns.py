"""Trigger patterns are token patterns held in triggers.json: a separable verb's particle counts
where it closes the phrase in the verb's clause, at any distance; verb forms follow from a
lemma by the conjugation rules of the data. Each pattern reports its trigger id."""

from __future__ import annotations

import pathlib
import re
from typing import Any

import pytest
from events_helpers import events_of
from test_events_lexicon_loading import lexicon_with, trigger

from iraq_events.events.lexicon import LexiconError, event_lexicon, load_event_lexicon
from iraq_events.events.lexicon.verbs import TriggerPattern
from iraq_events.events.tokens import tokenize


def triggered(text: str) -> list[tuple[str, str]]:
    """(trigger id, text from the trigger to its last word) of each trigger in ``text``."""
    return [(t.entry.id, text[t.start : t.last]) for t in event_lexicon().find_triggers(text)]


# --- the pattern language ---------------------------------------------------------------------


def test_a_particle_counts_where_it_closes_the_phrase() -> None:
    followers = event_lexicon().particle_followers
    pattern = TriggerPattern.parse("viel|vielen ... aan $")
    for text, closes in [
        ("ISIS viel de basis aan.", True),
        ("ISIS viel de basis aan, waarna", True),
        ("ISIS viel de basis aan met raketten", True),
        ("ISIS viel de basis aan", True),
        ("ISIS viel aan het eind van de dag", False),  # "aan" opens a phrase: no particle
        ("ISIS viel in de regio; de basis aan", False),  # a stop ends the clause
    ]:
        tokens = tokenize(text)
        found = pattern.match_at(text, tokens, 1, followers)
        assert (found is not None) is closes, text


def test_the_nearest_closing_particle_is_taken() -> None:
    text = "ISIS viel aan het eind van de dag de basis aan."
    assert triggered(text) == [("attack.aanval", "viel aan het eind van de dag de basis aan")]


def test_a_particle_is_found_past_an_apposition_and_far_from_its_verb() -> None:
    text = (
        "Op 2 september werd het helikopterdetachement, bestaande uit drie transporthelikopters "
        "en circa zeventig militairen, operationeel op de luchthaven."
    )
    assert ("deployment.operationeel", text[15 : text.index("operationeel") + 12]) in triggered(
        text
    )
    # no limit in characters: the regular expressions stopped at 80
    far = (
        "Op 18 december kwamen bij een aanslag van ISIS op een patrouille van de federale "
        "politie in de provincie Kirkuk negen agenten om het leven."
    )
    assert [t for t, _ in triggered(far)] == ["casualties.omgekomen", "attack.aanslag"]


def test_words_in_context_and_alternatives() -> None:
    assert triggered("Hij werd in 2022 herkozen tot president.")[0][0] == "election.verkiezing"
    assert triggered("Hij werd herkozen in zijn district.") == []
    assert triggered("Na de val van het Assad-regime vluchtte hij.")[0][0] == "other.regimeval"


@pytest.mark.parametrize(
    "written", ["\\bviel\\b", "... aan", "viel ...", "viel ... ... aan", "*viel aan", ""]
)
def test_a_malformed_pattern_is_refused(written: str) -> None:
    with pytest.raises(ValueError):
        TriggerPattern.parse(written)


def test_a_regular_expression_left_in_triggers_json_fails_loading(tmp_path: pathlib.Path) -> None:
    def regex(data: Any) -> None:
        trigger(data, "attack.aanval")["patterns"] = ["\\bviel(?:en)?\\b[^.;:]{0,80}?\\baan\\b"]

    with pytest.raises(LexiconError, match=r"^triggers\.json: trigger 'attack\.aanval': "):
        load_event_lexicon(lexicon_with(tmp_path, "triggers.json", regex))


# --- every separable verb of triggers.json, one example each -----------------------------------

SEPARABLE = [
    ("Op 3 mei 2025 viel ISIS een basis aan.", "attack.aanval"),
    ("Op 3 mei 2025 schakelde de coalitie een ISIS-leider uit.", "killing.uitschakelen"),
    ("Op 3 mei 2025 kwamen twee militairen bij een aanslag om het leven.", "casualties.omgekomen"),
    ("Op 3 mei 2025 kwamen twee burgers om bij een aanslag.", "casualties.omgekomen"),
    ("Op 3 mei 2025 droeg Nederland het commando over aan Noorwegen.", "handover.overdracht"),
    ("Op 3 mei 2025 nam Noorwegen het commando over van Nederland.", "handover.overname"),
    ("Op 3 mei 2025 reisde de minister naar Bagdad.", "visit.bezoek"),
    ("Op 3 mei 2025 stemde het parlement in met de wet.", "legislation.aangenomen"),
    ("Op 3 mei 2025 keurde het parlement de wet goed.", "legislation.aangenomen"),
    ("Op 3 mei 2025 trad de wet in werking.", "legislation.inwerkingtreding"),
    ("Op 3 mei 2025 maakte de regering het besluit bekend.", "announcement.aankondiging"),
    ("Op 3 mei 2025 liet de regering weten dat zij instemt.", "announcement.aankondiging"),
    ("Op 3 mei 2025 deelde de regering het besluit mee.", "announcement.aankondiging"),
    ("Op 3 mei 2025 willigde Nederland het verzoek in.", "announcement.inwilliging"),
    ("Op 3 mei 2025 gaf Nederland gehoor aan het verzoek.", "announcement.inwilliging"),
    ("Op 3 mei 2025 sloten de partijen een akkoord.", "agreement.akkoord"),
    ("Op 3 mei 2025 trok de coalitie haar militairen terug.", "withdrawal.beeindigd"),
    ("Op 3 mei 2025 keerden de militairen terug naar Nederland.", "withdrawal.beeindigd"),
    ("Op 3 mei 2025 gingen duizenden mensen de straat op.", "protest.bestorming"),
    ("Op 3 mei 2025 stelde het kabinet 5 miljoen euro beschikbaar.", "funding.beschikbaar"),
    ("Op 3 mei 2025 zegde het kabinet 5 miljoen euro toe.", "funding.beschikbaar"),
    ("Op 3 mei 2025 trad de nieuwe premier aan als regeringsleider.", "other.beediging"),
    ("Op 3 mei 2025 kwam het regime ten val.", "other.regimeval"),
]


@pytest.mark.parametrize(("text", "trigger_id"), SEPARABLE)
def test_each_separable_verb_reports_its_trigger_id(text: str, trigger_id: str) -> None:
    assert trigger_id in [t for t, _ in triggered(text)]
    found = events_of(text)
    assert found and any(trigger_id in re.split(r"[ +]", e.method) for e in found), [
        (e.event_type, e.method) for e in found
    ]
