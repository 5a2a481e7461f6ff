"""The lexicon files load through one strict converter: a misspelled key, a missing key or a
value of the wrong type fails loading with an error that names the file and the entry."""

from __future__ import annotations

import json
import pathlib
import shutil
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.events.lexicon import (
    EventLexicon,
    LexiconError,
    event_lexicon,
    load_event_lexicon,
)
from iraq_events.events.model import ActorKind, EventType

BUNDLED = pathlib.Path(str(resources.files("iraq_events.events.lexicon")))


def lexicon_with(tmp_path: pathlib.Path, file: str, edit: Callable[[Any], None]) -> pathlib.Path:
    """A copy of the bundled lexicon directory with one file edited."""
    for path in BUNDLED.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    data = json.loads((tmp_path / file).read_text(encoding="utf-8"))
    edit(data)
    (tmp_path / file).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def trigger(data: Any, trigger_id: str) -> dict[str, Any]:
    row: dict[str, Any] = next(r for r in data["triggers"] if r["id"] == trigger_id)
    return row


def test_a_copy_of_the_bundled_lexicon_loads_from_its_directory(tmp_path: pathlib.Path) -> None:
    loaded = load_event_lexicon(lexicon_with(tmp_path, "markers.json", lambda data: None))
    bundled = event_lexicon()
    assert isinstance(loaded, EventLexicon)
    assert loaded.triggers == bundled.triggers and loaded.markers == bundled.markers
    assert loaded.types == bundled.types and loaded.actors == bundled.actors
    # enums are members, not their strings
    assert all(type(a.kind) is ActorKind for a in loaded.actors)
    assert all(type(t.event_type) is EventType for t in loaded.triggers)


def test_a_misspelled_key_fails_loading_naming_the_file_and_the_entry(
    tmp_path: pathlib.Path,
) -> None:
    def misspell(data: Any) -> None:
        row = trigger(data, "attack.aanval")
        row["frms"] = row.pop("forms")

    with pytest.raises(LexiconError, match=r"^triggers\.json: trigger 'attack\.aanval': .*"):
        load_event_lexicon(lexicon_with(tmp_path, "triggers.json", misspell))
    with pytest.raises(LexiconError, match="unknown key 'frms'"):
        load_event_lexicon(tmp_path)


@pytest.mark.parametrize(
    ("file", "edit", "message"),
    [
        (
            "triggers.json",
            lambda d: trigger(d, "attack.aanval").__setitem__("countble", []),
            "triggers.json: trigger 'attack.aanval': unknown key 'countble'",
        ),
        (
            "triggers.json",
            lambda d: trigger(d, "attack.aanval").__setitem__("type", "atack"),
            "triggers.json: trigger 'attack.aanval': 'type': expected one of",
        ),
        (
            "triggers.json",
            lambda d: trigger(d, "attack.aanval").__setitem__("forms", "aanval"),
            "triggers.json: trigger 'attack.aanval': 'forms': expected a list",
        ),
        (
            "event_types.json",
            lambda d: d["types"]["attack"].__setitem__("priority", "70"),
            "event_types.json: type 'attack': 'priority': expected int, got '70'",
        ),
        (
            "event_types.json",
            lambda d: d["subtypes"]["attack"][0].__setitem__("word", ["drone"]),
            "event_types.json: subtypes of 'attack': unknown key 'word'",
        ),
        (
            "actors.json",
            lambda d: d["actors"][0].__setitem__("kind", "nation"),
            "actors.json: actor 'Council of Representatives of Iraq': 'kind': expected one of",
        ),
        (
            "actors.json",
            lambda d: d["actors"][0].pop("source"),
            "actors.json: actor 'Council of Representatives of Iraq': 'source': missing key",
        ),
        (
            "actors.json",
            lambda d: d["actors"][0].__setitem__("source", " "),
            "actors.json: actor 'Council of Representatives of Iraq': source must name",
        ),
        (
            "places.json",
            lambda d: d["places"][0].__setitem__("latitude", "33.3"),
            "places.json: place 'Northeast Syria': 'latitude': expected float",
        ),
        (
            "places.json",
            lambda d: d["places"][0].pop("source"),
            "places.json: place 'Northeast Syria': 'source': missing key",
        ),
        (
            "countries.json",
            lambda d: d["countries"][1].__setitem__("adjectivs", ["Iraakse"]),
            "countries.json: country 'Iraq': unknown key 'adjectivs'",
        ),
        (
            "countries.json",
            lambda d: d["countries"][1].__setitem__("iso", "IQ"),
            "countries.json: country 'Iraq': 'iso' must match",
        ),
        (
            "countries.json",
            lambda d: d["countries"][1]["government"].__setitem__("alias", []),
            "countries.json: country 'Iraq': 'government': unknown key 'alias'",
        ),
        (
            "countries.json",
            lambda d: d["countries"][1].pop("source"),
            "countries.json: country 'Iraq': 'source': missing key",
        ),
        (
            "markers.json",
            lambda d: d.__setitem__("negation_window", True),
            "markers.json: markers: 'negation_window': expected int, got True",
        ),
        (
            "markers.json",
            lambda d: d.__setitem__("negatons", d.pop("negations")),
            "markers.json: unknown key 'negatons'",
        ),
        (
            "quantities.json",
            lambda d: d["units"].__setitem__("zetels", ["seats"]),
            "quantities.json: quantities: 'units",
        ),
    ],
)
def test_unknown_keys_and_wrong_types_are_rejected(
    tmp_path: pathlib.Path, file: str, edit: Callable[[Any], None], message: str
) -> None:
    with pytest.raises(LexiconError) as raised:
        load_event_lexicon(lexicon_with(tmp_path, file, edit))
    assert str(raised.value).startswith(message), str(raised.value)


def test_a_country_defined_again_in_actors_or_places_is_rejected(tmp_path: pathlib.Path) -> None:
    def again(data: Any) -> None:
        data["actors"].append(
            {"name": "Iraq", "kind": "state", "country": "IRQ", "aliases": [], "source": "x"}
        )

    with pytest.raises(LexiconError, match="actor 'Iraq' is defined twice"):
        load_event_lexicon(lexicon_with(tmp_path, "actors.json", again))


def test_the_dutch_core_words_come_from_the_temporal_tables() -> None:
    # one place for the words both engines read: "now" words and number words
    from iraq_events.events.lexicon import event_lexicon
    from iraq_events.temporal.lexicon import lexicon as temporal_lexicon

    core = temporal_lexicon()
    events = event_lexicon()
    assert core.now_words == events.markers.now_words
    # "vandaag" is a day that dates events, not a word for the present moment
    assert not {w for w, n in core.relative_days.items() if n == 0} & events.markers.now_words
    whole = {w: v for w, v in core.numbers.items() if v is not None and float(v).is_integer()}
    assert dict(events.quantities.numbers) == {w: int(v) for w, v in whole.items()}
    assert events.quantities.numbers["duizend"] == 1000


_NAME_PARTS = [
    "Iraakse",
    "regering",
    "VS",
    "Bagdad",
    "de",
    "NAVO",
    "Koerdische",
    "en",
    "ISIS",
    "anti-",
]


@given(
    st.lists(
        st.sampled_from(_NAME_PARTS).flatmap(
            lambda w: st.sampled_from([w, w.lower(), w.upper(), w.title()])
        ),
        max_size=8,
    )
)
def test_names_are_found_alike_on_the_fast_and_the_slow_path(words: list[str]) -> None:
    # "İ" lowers to two characters, which sends a text down the case-insensitive path; the
    # lowered fast path must find the same names at the same offsets
    from iraq_events.events.lexicon import event_lexicon

    text = " ".join(words)
    lexicon = event_lexicon()
    prefix = "İ "
    for find in (lexicon.find_actors, lexicon.find_places):
        fast = [(m.start, m.end, m.surface, m.entry.name) for m in find(text)]
        slow = [
            (m.start - len(prefix), m.end - len(prefix), m.surface, m.entry.name)
            for m in find(prefix + text)
        ]
        assert fast == slow
