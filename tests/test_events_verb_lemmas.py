"""A trigger row may give a regular weak verb by its lemma: the loader writes its present, past
and participle forms by the conjugation rules of triggers.json ('t kofschip)."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import pytest
from events_helpers import events_of
from test_events_lexicon_loading import BUNDLED, lexicon_with, trigger

from iraq_events.events.lexicon import LexiconError, event_lexicon, load_event_lexicon
from iraq_events.events.lexicon.verbs import Conjugation


def rules() -> Conjugation:
    lexicon = load_event_lexicon()
    conjugation = lexicon.conjugation
    assert conjugation is not None
    return conjugation


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        # a voiced stem: -de, -d; an unstressed prefix takes no ge-
        ("verlengen", ("verlengt", "verlengen", "verlengde", "verlengden", "verlengd")),
        # an open syllable doubles its vowel; 't kofschip: -te after t
        ("arresteren", ("arresteert", "arresteren", "arresteerde", "arresteerden", "gearresteerd")),
        ("stoppen", ("stopt", "stoppen", "stopte", "stopten", "gestopt")),
        ("boycotten", ("boycot", "boycotten", "boycotte", "boycotten", "geboycot")),
        ("vermoorden", ("vermoordt", "vermoorden", "vermoordde", "vermoordden", "vermoord")),
        # a voiced consonant is written unvoiced, but the ending follows its sound
        ("leven", ("leeft", "leven", "leefde", "leefden", "geleefd")),
        # ge- before a vowel that would join it takes a diaeresis
        ("elimineren", ("elimineert", "elimineren", "elimineerde", "elimineerden", "geëlimineerd")),
        ("beëindigen", ("beëindigt", "beëindigen", "beëindigde", "beëindigden", "beëindigd")),
    ],
)
def test_the_forms_of_a_weak_verb(lemma: str, forms: tuple[str, ...]) -> None:
    generated = rules().forms(lemma)
    assert generated.forms == forms and generated.patterns == ()


def test_a_separable_verb_is_a_pattern_and_joined_forms() -> None:
    generated = rules().forms("aan|kondigen")
    assert generated.patterns == ("kondigt|kondigen|kondigde|kondigden ... aan $",)
    assert generated.forms == (
        "aankondigt",
        "aankondigen",
        "aankondigde",
        "aankondigden",
        "aangekondigd",
        "aan te kondigen",
    )


def test_a_lemma_that_is_no_infinitive_fails_loading(tmp_path: pathlib.Path) -> None:
    def participle(data: Any) -> None:
        trigger(data, "mandate.verlenging")["lemmas"] = ["verlengd"]

    with pytest.raises(LexiconError, match=r"^triggers\.json: trigger 'mandate\.verlenging': "):
        load_event_lexicon(lexicon_with(tmp_path, "triggers.json", participle))


def test_adding_a_trigger_is_one_row(tmp_path: pathlib.Path) -> None:
    def add(data: Any) -> None:
        data["triggers"].append(
            {"id": "other.ontruiming", "type": "other", "forms": [], "lemmas": ["ontruimen"]}
        )

    lexicon = load_event_lexicon(lexicon_with(tmp_path, "triggers.json", add))
    text = "Op 3 mei 2025 ontruimde de politie het plein."
    assert [t.entry.id for t in lexicon.find_triggers(text)] == ["other.ontruiming"]
    assert "other.ontruiming" not in {t.id for t in event_lexicon().triggers}


# --- every trigger that gives lemmas, one example of a generated form each ----------------------

LEMMA_EXAMPLES = [
    ("Op 3 mei 2025 arresteerde de politie twee verdachten.", "other.arrestatie"),
    ("Op 3 mei 2025 werd de evaluatie gepubliceerd.", "report.rapport"),
    ("Op 3 mei 2025 honoreerde Nederland het verzoek.", "announcement.inwilliging"),
    ("Op 3 mei 2025 doneerde Nederland 5 miljoen euro.", "funding.beschikbaar"),
    ("Op 3 mei 2025 liquideerde de coalitie een ISIS-leider.", "killing.uitschakelen"),
    ("Op 3 mei 2025 boycotte de partij de stemming.", "announcement.boycot"),
    ("Op 3 mei 2025 bestormden demonstranten de ambassade.", "protest.bestorming"),
    ("Op 3 mei 2025 werd het programma gelanceerd.", "other.lancering"),
]


def test_every_trigger_with_lemmas_has_an_example() -> None:
    rows = json.loads((BUNDLED / "triggers.json").read_text(encoding="utf-8"))["triggers"]
    with_lemmas = {row["id"] for row in rows if row.get("lemmas")}
    assert with_lemmas == {trigger_id for _, trigger_id in LEMMA_EXAMPLES}


@pytest.mark.parametrize(("text", "trigger_id"), LEMMA_EXAMPLES)
def test_a_generated_form_reports_its_trigger_id(text: str, trigger_id: str) -> None:
    found = events_of(text)
    assert any(trigger_id in re.split(r"[ +]", e.method) for e in found), [
        (e.event_type, e.method) for e in found
    ]
