"""The learned back-off typer (``iraq_events.events.typer``): the mechanism on a tiny training
set written here, the threshold, the switch in ``extract_events``, and the shipped model file.

The training sentences are written for the test (no third-party text)."""

from __future__ import annotations

import datetime
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from events_helpers import events_of
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.documents import read_document
from iraq_events.events import EventType, extract_events
from iraq_events.events import extraction as extraction_module
from iraq_events.events.typer import (
    TyperError,
    TyperModel,
    date_in_quote,
    features,
    load_typer,
    read_typer,
    retype,
    rule_names,
    shipped_typer,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import train_typer

UNCUED = "dated-mention dated-mention uncued"
FIRM = "report.rapport clause-date"

# (sentence, date text, label): camps built and papers released, told in words the
# rules hold no trigger for; each frame once for each label, so that only the telling words
# (not "op", "werd", "het") lean to a type
FRAMES = [
    ("Op 3 maart 2021 werd het {}.", "3 maart 2021"),
    ("Het {} op 9 mei 2020.", "9 mei 2020"),
    ("Op 1 juni 2019 werd het nieuwe {}.", "1 juni 2019"),
    ("Op 4 april 2022 is het {}.", "4 april 2022"),
]
TRAINING = [
    (frame.format(words), date, label)
    for frame, date in FRAMES
    for words, label in (("kamp opgebouwd", "deployment"), ("stuk vrijgegeven", "report"))
]
RETYPED = "Op 7 juli 2023 werd het kamp opgebouwd."
# the same construction in words the training set never saw: no type is likely enough (its
# function words lean by the order of the SGD steps alone: p ~ 0.6 of two labels)
TWIN = "Op 7 juli 2023 werd het weer beter."


TRAINING_DATA = [(["bias", "c:kamp"], "deployment"), (["bias", "c:stuk"], "report")]


def _features(sentence: str, date_text: str, method: str = UNCUED) -> list[str]:
    return features(sentence, date_in_quote(sentence, None, date_text), method)


def _model(threshold: float = 0.75, **changes: Any) -> TyperModel:
    data = [(_features(s, d), label) for s, d, label in TRAINING]
    model = load_typer(train_typer.model_json(data, ["written in tests"], threshold=threshold))
    return attrs.evolve(model, **changes) if changes else model


def test_an_uncued_mention_is_retyped_and_its_twin_is_not() -> None:
    model = _model()
    choice = model.choose("other", UNCUED, _features(RETYPED, "7 juli 2023"))
    assert choice is not None and choice[0] == "deployment" and choice[1] >= 0.75
    assert model.choose("other", UNCUED, _features(TWIN, "7 juli 2023")) is None


def test_a_firmly_typed_event_is_not_retyped() -> None:
    model = _model()
    found = _features(RETYPED, "7 juli 2023", FIRM)
    assert not model.is_weak("mandate", FIRM)
    assert model.choose("mandate", FIRM, found) is None
    # the same event, its type read from a cue outside the clause, is open to the model
    assert model.choose("mandate", "report.rapport cue-in-sentence", found) is not None


@given(st.floats(min_value=0.0, max_value=1.0))
def test_the_threshold_is_respected(threshold: float) -> None:
    model = _model(threshold=threshold)
    found = _features(RETYPED, "7 juli 2023")
    probabilities = model.probabilities(found)
    best = max(probabilities, key=lambda label: probabilities[label])
    choice = model.choose("other", UNCUED, found)
    assert model.best_of(model.scores(found))[1] == probabilities[best]
    if probabilities[best] >= threshold and best not in ("other", "none"):
        assert choice == (best, probabilities[best])
    else:
        assert choice is None


def test_retype_marks_the_provenance_with_the_old_type_and_probability() -> None:
    (event,) = events_of(RETYPED)
    assert event.event_type == EventType.OTHER
    assert "uncued" in rule_names(event.method)
    (retyped,) = retype([event], RETYPED, _model())
    assert retyped.event_type == EventType.DEPLOYMENT
    assert "typer.retyped:other@" in retyped.method
    assert retyped.method.startswith(event.method)
    assert retyped.event_id == event.event_id  # the rules' id, whatever the weights
    unchanged = ("event_type", "method", "subtype", "acled_event_type", "acled_sub_event_type")
    assert attrs.evolve(retyped, **{name: getattr(event, name) for name in unchanged}) == event


def test_a_retyped_event_takes_the_acled_codes_of_its_new_type_and_no_old_subtype() -> None:
    (event,) = events_of(RETYPED)
    # as if the rules had read a drone attack there: codes and subtype of the old type
    stale = attrs.evolve(
        event,
        event_type=EventType.ATTACK,
        subtype="drone",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Air/drone strike",
    )
    data = [(_features(s, d), "agreement" if label == "deployment" else label)
            for s, d, label in TRAINING]  # fmt: skip
    model = load_typer(train_typer.model_json(data, ["written in tests"], threshold=0.75))
    (retyped,) = retype([stale], RETYPED, model)
    assert retyped.event_type == EventType.AGREEMENT
    assert "typer.retyped:attack@" in retyped.method
    assert retyped.subtype is None
    assert (retyped.acled_event_type, retyped.acled_sub_event_type) == (
        "Strategic developments",
        "Agreement",
    )


def test_features_leave_out_the_date_and_name_the_rules() -> None:
    found = _features("Op 7 juli 2023 vertrokken de militairen.", "7 juli 2023", "a.b+cue.c.d x")
    assert "c:juli" not in found and "w:juli" not in found
    assert {"c:vertrokken", "w:vertrokken", "r:a.b", "r:cue.c.d", "f:c", "r:x"} <= set(found)
    assert date_in_quote("abc", 0, "zzz") is None


def test_training_is_deterministic() -> None:
    data = [(_features(s, d), label) for s, d, label in TRAINING]
    assert train_typer.train(data) == train_typer.train(data)


LETTER = f"Voorbeeldbrief\n\n{RETYPED}\n\n{TWIN}\n"


def test_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    document = read_document(path, reference=datetime.date(2023, 9, 1))
    # a model that retypes every weak event it can: the switch, not the shipped weights, is tested
    eager = _model(threshold=0.0)
    monkeypatch.setattr(extraction_module, "shipped_typer", lambda: eager)
    plain = extract_events(document, typer=False)
    typed = extract_events(document)
    assert not any("typer.retyped" in e.method for e in plain)
    assert any("typer.retyped" in e.method for e in typed)
    assert typed == retype(plain, document.text, eager)


def test_the_shipped_model_loads_and_its_header_says_what_it_was_trained_on() -> None:
    model = shipped_typer()
    header = model.header
    assert header["examples"] > 0 and header["trained_on"]
    assert "benchmarks/train_typer.py" in header["command"]
    assert sum(header["labels_seen"].values()) == header["examples"]
    assert 0.0 <= model.threshold <= 1.0
    assert set(model.labels) <= {t.value for t in EventType} | {"none"}
    assert model.weak_types and model.weak_rules
    assert model.strong_threshold > 1.0  # firmly typed events are the rules' alone
    path = Path(__file__).resolve().parent.parent / "iraq_events/events/lexicon/typer.json"
    assert path.stat().st_size < 300_000


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("weights"), "missing key 'weights'"),
        (lambda d: d.update(labels=["report", "bogus"]), "unknown labels ['bogus']"),
        (lambda d: d.update(threshold=1.5), "threshold must be in [0, 1]"),
        (lambda d: d.update(strong_threshold="x"), "strong_threshold must be >= 0"),
        (lambda d: d["weights"].update(x={"nope": 1.0}), "feature 'x': bad weight 'nope'"),
        (lambda d: d["weights"].update(x={"report": True}), "feature 'x': bad weight 'report'"),
        (lambda d: d.update(weights=[]), "weights must be an object"),
        (lambda d: d.update(header="h"), "header must be an object"),
        (lambda d: d.update(labels="report"), "labels must be a list of strings"),
        # a string would be read as a set of its letters: no event would be weak
        (lambda d: d.update(weak_types="other"), "weak_types must be a list of strings"),
        (lambda d: d.update(weak_rules=[1]), "weak_rules must be a list of strings"),
        # NaN passes no comparison: every event would be retyped
        (lambda d: d.update(strong_threshold=float("nan")), "strong_threshold must be >= 0"),
        (lambda d: d.update(threshold=True), "threshold must be in [0, 1]"),
    ],
)
def test_a_malformed_model_file_is_an_error_naming_it(change: Any, message: str) -> None:
    data = json.loads(json.dumps(train_typer.model_json([(["bias"], "report")], ["t"])))
    change(data)
    with pytest.raises(TyperError, match=r"^mine\.json: ") as error:
        load_typer(data, "mine.json")
    assert message in str(error.value)


def test_the_command_line_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from iraq_events.cli import main

    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    eager = _model(threshold=0.0)
    monkeypatch.setattr(extraction_module, "shipped_typer", lambda: eager)
    outputs = {}
    for flags in ([], ["--no-typer"]):
        stdout = io.StringIO()
        monkeypatch.setattr(sys, "stdout", stdout)
        args = ["events", str(path), "--format", "json", "--reference-date", "2023-09-01"]
        assert main([*args, *flags]) == 0
        outputs[bool(flags)] = json.loads(stdout.getvalue())
    assert [row["event_type"] for row in outputs[False]] == ["deployment"]
    assert [row["event_type"] for row in outputs[True]] == ["other"]


def test_the_training_dumps_hold_the_rules_types_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``typer_dump.py`` dumps what the typer is trained on: the rules' output, never one a
    shipped typer has retyped (its guesses would become the next model's labels' features)."""
    import typer_dump

    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    gold = tmp_path / "brief.json"
    gold.write_text(json.dumps({"reference_date": "2023-09-01", "events": []}), encoding="utf-8")
    monkeypatch.setattr(extraction_module, "shipped_typer", lambda: _model(threshold=0.0))
    assert any("typer.retyped" in e.method for e in extract_events(read_document(letter)))
    events = typer_dump.dump(gold, letter)["events"]
    assert [e["event_type"] for e in events] == ["other"]
    assert not any("typer.retyped" in e["method"] for e in events)


def test_a_model_file_that_is_no_object_is_an_error_naming_it() -> None:
    with pytest.raises(TyperError, match=r"^mine\.json: a model is a JSON object, got list$"):
        load_typer([], "mine.json")


def test_read_typer_names_the_file_and_the_problem(tmp_path: Path) -> None:
    written = tmp_path / "mine.json"
    written.write_text(json.dumps(train_typer.model_json(TRAINING_DATA, ["t"])), encoding="utf-8")
    assert read_typer(written) == load_typer(json.loads(written.read_text(encoding="utf-8")))
    missing = tmp_path / "missing.json"
    with pytest.raises(
        TyperError, match=rf"^{re.escape(str(missing))}: cannot be read: No such file"
    ):
        read_typer(missing)
    broken = tmp_path / "broken.json"
    broken.write_text('{"labels": [', encoding="utf-8")
    with pytest.raises(TyperError, match=rf"^{re.escape(str(broken))}: not JSON: "):
        read_typer(broken)
    empty = tmp_path / "empty.json"
    empty.write_text("{}", encoding="utf-8")
    with pytest.raises(TyperError, match=rf"^{re.escape(str(empty))}: missing key 'header'$"):
        read_typer(empty)


@pytest.mark.parametrize(
    ("document", "typer", "message"),
    [
        ("brief.txt", True, "extract_events takes a Document (from read_document), not str"),
        (None, True, "extract_events takes a Document (from read_document), not NoneType"),
        (LETTER, "no", "extract_events: typer must be True or False, not 'no'"),
    ],
)
def test_extract_events_refuses_a_wrong_argument(document: Any, typer: Any, message: str) -> None:
    if document == LETTER:
        document = read_document(LETTER.encode("utf-8"), reference=datetime.date(2023, 9, 1))
    with pytest.raises(TypeError, match="^" + re.escape(message) + "$"):
        extract_events(document, typer=typer)


def test_a_letter_without_events_gives_none_with_or_without_the_typer() -> None:
    document = read_document(b"Geachte voorzitter,\n\nHierbij ontvangt u de brief.\n")
    assert extract_events(document) == [] == extract_events(document, typer=False)


_PIECES = [
    "de",
    "brief",
    "inzet",
    "aanval",
    "vergadering",
    "12",
    "mei",
    "2024",
    ",",
    ";",
    "(",
    ")",
    " ",
]


@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30),
    st.data(),
    st.sampled_from(["", "dated-mention uncued", "cue.report.letter cue-in-sentence"]),
)
def test_the_reader_of_a_quote_scores_as_its_features_do(
    pieces: list[str], data: st.DataObject, method: str
) -> None:
    # retype reads a quote once for all its events; each event must still score exactly as
    # the features of that one event would (a sentence of many dates made it quadratic)
    from iraq_events.events.typer import _QuoteReader

    quote = " ".join(pieces)
    model = shipped_typer()
    reader = _QuoteReader(quote, model)
    for _ in range(3):
        low = data.draw(st.integers(0, len(quote)))
        high = data.draw(st.integers(low, len(quote)))
        span = data.draw(st.sampled_from([(low, high), None]))
        expected = model.scores(features(quote, span, method))
        assert reader.scores(span, method) == pytest.approx(expected, abs=1e-9)


def test_the_timeline_command_reads_a_letter_with_or_without_the_typer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iraq_events.cli import CliError
    from iraq_events.cli.timeline import load_timeline

    path = tmp_path / "brief.txt"
    # a letterhead date, since the timeline command takes no reference date
    path.write_text(LETTER.replace("\n\n", "\n\nDen Haag, 1 september 2023\n\n", 1), "utf-8")
    eager = _model(threshold=0.0)
    monkeypatch.setattr(extraction_module, "shipped_typer", lambda: eager)
    with_typer, _ = load_timeline(path)
    without, _ = load_timeline(path, typer=False)
    assert [e.event_type for e in with_typer.events] == [EventType.DEPLOYMENT]
    assert [e.event_type for e in without.events] == [EventType.OTHER]
    parquet = tmp_path / "events.parquet"
    parquet.write_bytes(b"")
    with pytest.raises(CliError, match=r"events\.parquet: --no-typer applies to a letter"):
        load_timeline(parquet, typer=False)
