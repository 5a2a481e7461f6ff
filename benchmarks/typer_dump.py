"""Dump one rule version's extractor output on one set of letters to JSON (typer study, issue 14).

Run with the rule version on the path, e.g. for a first-run commit in a detached worktree:
``PYTHONPATH=/tmp/fr_x python benchmarks/typer_dump.py --letters L --gold G --out x.json``;
``--project`` dumps the seed and the development letters of ``tests/data/letters_gold`` instead.
Written to run on every rule version since c1da19e: it uses only ``read_document``,
``extract_events`` (with ``typer=False`` where it has that keyword: the rules alone) and the
event model's fields, and reads no gold but its document and
reference date (the matching is done later by ``typer_loso.py``, with eval_events' code).
The project's held-out letters are skipped by name before their gold file is opened.
"""

from __future__ import annotations

import argparse
import datetime
import inspect
import json
import pathlib
import sys
from typing import Any

from iraq_events.documents import read_document
from iraq_events.events import extract_events

HELD_OUT = (
    "kst_27925_616",
    "kst_29521_403",
    "kst_27925_749",
    "kst_27925_566",
    "kst_29521_243",
    "kst_27925_931",
)


def _event(event: Any, text: str) -> dict[str, Any]:
    source = event.source
    return {
        "event_type": str(event.event_type.value),
        "date_start": None if event.date_start is None else event.date_start.isoformat(),
        "date_end": None if event.date_end is None else event.date_end.isoformat(),
        "passages": [[m.char_start, m.char_end] for m in (source, *event.mentions)],
        "quote": source.quote,
        "char_start": source.char_start,
        "char_end": source.char_end,
        "date_char_start": source.date_char_start,
        "date_char_end": source.date_char_end,
        "date_text": (
            None
            if source.date_char_start is None
            else text[source.date_char_start : source.date_char_end]
        ),
        "method": event.method,
    }


def _rules_alone(document: Any) -> list[Any]:
    # the typer is trained on the rules' output: a dump retyped by a shipped typer would teach
    # the next model its predecessor's guesses (and its "typer.retyped" names as features);
    # rule versions before the typer have no such keyword
    if "typer" in inspect.signature(extract_events).parameters:
        return list(extract_events(document, typer=False))
    return list(extract_events(document))


def dump(gold_path: pathlib.Path, letter_path: pathlib.Path) -> dict[str, Any]:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    reference = data.get("reference_date")
    document = read_document(
        letter_path, reference=None if reference is None else datetime.date.fromisoformat(reference)
    )
    title = getattr(document.metadata, "title", None)
    return {
        "gold": str(gold_path),
        "letter": str(letter_path),
        "title": title if isinstance(title, str) else None,
        "events": [_event(e, document.text) for e in _rules_alone(document)],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=pathlib.Path)
    parser.add_argument("--gold", type=pathlib.Path)
    parser.add_argument("--project", type=pathlib.Path, help="repository root (seed + dev letters)")
    parser.add_argument("--out", type=pathlib.Path, required=True)
    args = parser.parse_args()
    letters = []
    if args.project is not None:
        root = args.project
        seed = root / "tests/data/seed_events_gold.json"
        letters.append(dump(seed, root / json.loads(seed.read_text())["document"]))
        for path in sorted((root / "tests/data/letters_gold").glob("*.json")):
            if any(path.name.startswith(h + "_") for h in HELD_OUT):
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("split") != "dev":
                continue
            letters.append(dump(path, root / data["document"]))
    else:
        for path in sorted(args.gold.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            letters.append(dump(path, args.letters / pathlib.PurePath(data["document"]).name))
    args.out.write_text(json.dumps(letters, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{args.out}: {len(letters)} letters, {sum(len(x['events']) for x in letters)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
