"""`benchmarks/eval_events.py --letters DIR --gold DIR`: scoring a folder kept outside the repo.

The fixture letter is written here for the test (no third-party text). It has no "Den Haag,
<date>" line, so its "jl." date resolves only when the gold file's reference date is used.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from iraq_events.documents import read_document
from iraq_events.events import extract_events

LETTER = (
    "Voorbeeldbrief\n\n"
    "In het overleg op 10 februari jl. is de missie besproken.\n\n"
    "De brief van 1 februari 2022 beschreef de missie.\n\n"
    "Op 20 januari 2022 werd het rapport gepubliceerd.\n\n"
    "Het weer was op 14 februari 2022 mooi.\n"
)
REFERENCE = "2022-03-03"


def _eval_module() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "eval_events.py"
    spec = importlib.util.spec_from_file_location("eval_events_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # attrs resolves the module's classes through sys.modules
    spec.loader.exec_module(module)
    return module


def _event(event_type: str, sentence: str, date_text: str, day: str) -> dict[str, Any]:
    start = LETTER.find(sentence)
    date_start = LETTER.find(date_text, start)
    assert start >= 0 and date_start >= 0
    return {
        "key": f"{event_type}-{day}",
        "event_type": event_type,
        "subtype": None,
        "status": "occurred",
        "date_start": day,
        "date_end": day,
        "date_mod": None,
        "date_text": date_text,
        "actors": [],
        "location": None,
        "quote": sentence,
        "char_start": start,
        "char_end": start + len(sentence),
        "date_char_start": date_start,
        "date_char_end": date_start + len(date_text),
        "mentions": [],
        "note": "",
    }


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    letters, gold = tmp_path / "letters", tmp_path / "gold"
    letters.mkdir()
    gold.mkdir()
    (letters / "voorbeeld.txt").write_text(LETTER, encoding="utf-8")
    events = [
        _event(
            "meeting",
            "In het overleg op 10 februari jl. is de missie besproken.",
            "10 februari jl.",
            "2022-02-10",
        ),
        _event(
            "report",
            "De brief van 1 februari 2022 beschreef de missie.",
            "1 februari 2022",
            "2022-02-01",
        ),
        _event(
            "report",
            "Op 20 januari 2022 werd het rapport gepubliceerd.",
            "20 januari 2022",
            "2022-01-20",
        ),
    ]
    data = {
        # a path from elsewhere: only the file name is looked up in --letters
        "document": "seeds/voorbeeld.txt",
        "reference_date": REFERENCE,
        "split": "heldout",
        "events": events,
    }
    (gold / "voorbeeld.json").write_text(json.dumps(data), encoding="utf-8")
    return letters, gold


def _rows(output: str) -> dict[str, list[str]]:
    return {
        line.split()[1]: line.split()
        for line in output.splitlines()
        if line.startswith("external ")
    }


def test_external_folder_is_scored_with_the_gold_reference_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letters, gold = _folders(tmp_path)
    assert _eval_module().main(["--letters", str(letters), "--gold", str(gold)]) == 0
    rows = _rows(capsys.readouterr().out)
    assert set(rows) == {"extractor", "baseline"}
    # baseline: all four dates are events, typed overleg -> meeting, brief/rapport -> report,
    # the weather -> other; "10 februari jl." resolves only against the gold's reference date
    gold_n, found, p, r = rows["baseline"][2:6]
    assert (gold_n, found, p, r) == ("3", "4", "0.75", "1.00")
    reference = datetime.date.fromisoformat(REFERENCE)
    events = extract_events(read_document(letters / "voorbeeld.txt", reference=reference))
    assert rows["extractor"][2:4] == ["3", str(len(events))]


def test_external_scores_match_the_scoring_of_the_loaded_letters(tmp_path: Path) -> None:
    module = _eval_module()
    letters, gold = _folders(tmp_path)
    loaded = module.load_external(letters, gold)
    assert [letter.name for letter in loaded] == ["voorbeeld"]
    assert loaded[0].document.metadata.date == datetime.date.fromisoformat(REFERENCE)
    score = module.score(loaded, "baseline", verbose=False)
    assert (score.gold, score.found, score.detected, score.exact) == (3, 4, 3, 3)


def test_missing_letter_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letters, gold = _folders(tmp_path)
    (letters / "voorbeeld.txt").unlink()
    with pytest.raises(SystemExit) as stopped:
        _eval_module().main(["--letters", str(letters), "--gold", str(gold)])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "voorbeeld.json" in error and str(letters / "voorbeeld.txt") in error


@pytest.mark.parametrize(
    "argv",
    [["--letters", "x"], ["--gold", "x"], ["--letters", "x", "--gold", "y", "--set", "dev"]],
)
def test_letters_and_gold_go_together(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        _eval_module().main(argv)
    assert stopped.value.code == 2
    assert "--" in capsys.readouterr().err


def test_empty_gold_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _eval_module().main(["--letters", str(tmp_path), "--gold", str(tmp_path)])
    assert "no gold files" in capsys.readouterr().err


def test_untyped_matching_pairs_an_event_of_another_type_on_the_same_passage_and_date(
    tmp_path: Path,
) -> None:
    module = _eval_module()
    _, gold = _folders(tmp_path)
    item = json.loads((gold / "voorbeeld.json").read_text(encoding="utf-8"))["events"][0]
    found = module.Predicted(
        event_type="report",  # the gold says meeting
        date_start=datetime.date(2022, 2, 10),
        date_end=datetime.date(2022, 2, 10),
        passages=((item["char_start"], item["char_end"]),),
    )
    assert module.match([item], [found]) == []
    assert module.match([item], [found], typed=False) == [(item, found)]


def test_two_annotations_agree_fully_with_themselves_and_less_after_a_retype(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _eval_module()  # agreement.py imports eval_events as a sibling module
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    try:
        import agreement
    finally:
        sys.path.pop(0)
    _, gold = _folders(tmp_path)
    second = tmp_path / "second"
    second.mkdir()
    data = json.loads((gold / "voorbeeld.json").read_text(encoding="utf-8"))
    (second / "other_name.json").write_text(json.dumps(data), encoding="utf-8")
    same = agreement.agreement(gold, second)
    assert (same["det F1"], same["exact F1"], same["untyped F1"]) == (1.0, 1.0, 1.0)
    data["events"][0]["event_type"] = "report"
    (second / "other_name.json").write_text(json.dumps(data), encoding="utf-8")
    retyped = agreement.agreement(gold, second)
    assert retyped["det F1"] == pytest.approx(2 / 3) and retyped["untyped F1"] == 1.0
    assert agreement.main([str(gold), str(second)]) == 0
    assert "det F1 0.67" in capsys.readouterr().out
