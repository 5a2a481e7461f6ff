"""Agreement of two gold annotations of the same letters: the second scored as if it were a
system against the first, with eval_events' matching.

Run: ``python benchmarks/agreement.py FIRST_GOLD_DIR SECOND_GOLD_DIR``. Gold files are paired by
the file name of the letter they annotate (their ``document``); a letter only one side
annotated is reported and left out. Prints counts and F1 only, never text, so it may be run on
held-out sets. ``docs/evaluation.md`` reports it for two held-out sets read twice.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import sys
from typing import Any

from eval_events import Predicted, _exact, _gold_passages, match


def _date(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def _as_found(item: dict[str, Any]) -> Predicted:
    return Predicted(
        event_type=item["event_type"],
        date_start=_date(item["date_start"]),
        date_end=_date(item["date_end"]),
        passages=tuple(_gold_passages(item)),
    )


def _by_letter(folder: pathlib.Path) -> dict[str, list[dict[str, Any]]]:
    found = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[pathlib.PurePath(data["document"]).name] = data["events"]
    return found


def agreement(first: pathlib.Path, second: pathlib.Path) -> dict[str, float]:
    """F1 of detection (type and date), date-exact and untyped detection, and the counts."""
    a, b = _by_letter(first), _by_letter(second)
    for name in sorted(set(a) ^ set(b)):
        print(f"only one annotation of {name}: left out", file=sys.stderr)
    gold = found = detected = exact = untyped = 0
    for name in sorted(set(a) & set(b)):
        others = [_as_found(item) for item in b[name]]
        pairs = match(a[name], others)
        gold, found = gold + len(a[name]), found + len(others)
        detected += len(pairs)
        exact += sum(_exact(g, f) for g, f in pairs)
        untyped += len(match(a[name], others, typed=False))

    def f1(hits: int) -> float:
        return 2 * hits / (gold + found) if gold + found else 0.0

    return {
        "first": gold,
        "second": found,
        "det F1": f1(detected),
        "exact F1": f1(exact),
        "untyped F1": f1(untyped),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or not all(pathlib.Path(arg).is_dir() for arg in args):
        print("usage: agreement.py FIRST_GOLD_DIR SECOND_GOLD_DIR (two folders)", file=sys.stderr)
        return 2
    result = agreement(pathlib.Path(args[0]), pathlib.Path(args[1]))
    print(
        f"first {result['first']:.0f} events, second {result['second']:.0f}: "
        f"det F1 {result['det F1']:.2f}, exact F1 {result['exact F1']:.2f}, "
        f"untyped F1 {result['untyped F1']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
