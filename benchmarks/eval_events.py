"""Accuracy of event extraction against hand-read gold, beside a naive baseline, per set.

Run: ``python benchmarks/eval_events.py [--verbose] [--set seed|synthetic|dev|heldout]``
or, for letters and gold kept outside the repository,
``python benchmarks/eval_events.py --letters DIR --gold DIR`` (printed as the set ``external``).

Sets: the seed letter (``tests/data/seed_events_gold.json``), two synthetic letters written for
testing (``tests/data/heldout*_gold.json``), and the real letters of the series
(``tests/data/letters_gold/*.json``), split into the development part and the held-out part
(the split is recorded in each gold file and never changed). An external set is a folder of
gold files in the format of ``tests/data/letters_gold/README.md`` beside a folder of letters:
each gold file's ``document`` is looked up by its file name in the letters folder (so gold
written for ``seeds/x.txt`` or ``letters/x.txt`` scores ``DIR/x.txt``); its ``split`` is ignored.

Matching (one-to-one, greedy in gold order):

- **detection**: same event type, the predicted event's passage (its source sentence, or one
  of its other mentions) overlaps the gold passage (or one of the gold's other mentions), and
  the two date intervals overlap (an open end counts as unbounded);
- **date-exact**: a detection match whose ``date_start`` and ``date_end`` are the gold's;
- **untyped**: detection with the event type ignored (the right passage and date, any type),
  so that the gap between it and det F1 is what typing costs.

On detection matches it reports actor accuracy (the gold actor names all found), place (same
canonical name, or both none) and status. The **naive baseline** is the one of issue 14: every
resolved date or range expression (not a duration or set, not the letter's own date line) is
one event, typed by the first of a dozen generic Dutch keyword families found in its sentence,
else ``other``; it has no actors, places or statuses of its own worth scoring.
"""

from __future__ import annotations

import argparse
import datetime
import json
import pathlib
import re
import sys
import time
from collections.abc import Sequence
from typing import Any

import attrs

from iraq_events.documents import Document, read_document
from iraq_events.events import extract_events
from iraq_events.temporal.types import ExpressionKind

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The baseline of issue 14, kept here (not in the package): generic keyword families, in order.
BASELINE_FAMILIES: list[tuple[str, tuple[str, ...]]] = [
    ("attack", ("aanval", "aanslag", "beschiet")),
    ("airstrike", ("luchtaanval", "bombardement")),
    ("visit", ("bezoek", "bezocht")),
    ("meeting", ("overleg", "debat", "top", "conferentie", "gesprek")),
    ("legislation", ("motie", "wet", "aangenomen")),
    ("mandate", ("verleng", "mandaat", "artikel 100", "resolutie")),
    ("deployment", ("inzet", "ingezet", "ontplooi", "uitgezonden")),
    ("withdrawal", ("beëindig", "teruggetrokken", "terugtrekking", "afgerond")),
    ("election", ("verkiezing",)),
    ("announcement", ("besluit", "besloten", "besloot", "aangekondigd", "verzoek")),
    ("agreement", ("akkoord", "overeenkomst")),
    ("report", ("brief", "rapport", "verslag")),
]


@attrs.frozen
class Predicted:
    event_type: str
    date_start: datetime.date | None
    date_end: datetime.date | None
    passages: tuple[tuple[int, int], ...]
    actors: frozenset[str] = frozenset()
    location: str | None = None
    status: str | None = None
    quote: str = ""
    method: str = ""


@attrs.frozen
class Letter:
    name: str
    gold: list[dict[str, Any]]
    document: Document


def _date(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _dates_overlap(
    a: tuple[datetime.date | None, datetime.date | None],
    b: tuple[datetime.date | None, datetime.date | None],
) -> bool:
    low = max(a[0] or datetime.date.min, b[0] or datetime.date.min)
    high = min(a[1] or datetime.date.max, b[1] or datetime.date.max)
    return low <= high


def _gold_passages(item: dict[str, Any]) -> list[tuple[int, int]]:
    spans = [(item["char_start"], item["char_end"])]
    spans += [(m["char_start"], m["char_end"]) for m in item.get("mentions", [])]
    return spans


def _detects(item: dict[str, Any], found: Predicted, typed: bool = True) -> bool:
    if typed and item["event_type"] != found.event_type:
        return False
    if not any(_overlap(g, p) for g in _gold_passages(item) for p in found.passages):
        return False
    gold_dates = (_date(item["date_start"]), _date(item["date_end"]))
    return _dates_overlap(gold_dates, (found.date_start, found.date_end))


def _exact(item: dict[str, Any], found: Predicted) -> bool:
    return (_date(item["date_start"]), _date(item["date_end"])) == (
        found.date_start,
        found.date_end,
    )


def match(
    gold: Sequence[dict[str, Any]], found: Sequence[Predicted], typed: bool = True
) -> list[tuple[dict[str, Any], Predicted]]:
    """Gold events paired one to one with what was found; ``typed=False`` ignores the type
    (how many events were found on the right passage and date, whatever their type)."""
    pairs = []
    free = list(found)
    for item in gold:
        candidates = [f for f in free if _detects(item, f, typed)]
        if not candidates:
            continue
        candidates.sort(key=lambda f: not _exact(item, f))
        pairs.append((item, candidates[0]))
        free.remove(candidates[0])
    return pairs


def predictions(document: Document) -> list[Predicted]:
    return [
        Predicted(
            event_type=e.event_type.value,
            date_start=e.date_start,
            date_end=e.date_end,
            passages=tuple((m.char_start, m.char_end) for m in (e.source, *e.mentions)),
            actors=frozenset(a.name for a in e.actors),
            location=e.location.name if e.location else None,
            status=e.status.value,
            quote=e.source.quote,
            method=e.method,
        )
        for e in extract_events(document)
    ]


def baseline(document: Document) -> list[Predicted]:
    found = []
    own_date_line = document.metadata.date
    for dated in document.dates:
        expression = dated.expression
        if expression.kind not in (ExpressionKind.DATE, ExpressionKind.RANGE):
            continue
        if expression.earliest is None and expression.latest is None:
            continue
        sentence = next(
            (s for s in document.sentences if s.start <= expression.start < s.end), None
        )
        if sentence is None:
            continue
        if own_date_line is not None and (expression.earliest, expression.latest) == (
            own_date_line,
            own_date_line,
        ):
            if len(sentence.clean_text) < 60:
                continue  # "Den Haag, 15 mei 2024": the letter's own date
        lowered = sentence.clean_text.casefold()
        event_type = "other"
        for name, words in BASELINE_FAMILIES:
            if any(re.search(r"(?<!\w)" + re.escape(w), lowered) for w in words):
                event_type = name
                break
        found.append(
            Predicted(
                event_type=event_type,
                date_start=expression.earliest,
                date_end=expression.latest,
                passages=((sentence.start, sentence.end),),
                quote=sentence.clean_text,
            )
        )
    return found


@attrs.frozen
class Score:
    gold: int
    found: int
    detected: int
    exact: int
    actors: int
    location: int
    status: int
    untyped: int

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.found if self.found else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(letters: Sequence[Letter], system: str, verbose: bool) -> Score:
    totals = [0] * 8
    for letter in letters:
        found = predictions(letter.document) if system == "extractor" else baseline(letter.document)
        pairs = match(letter.gold, found)
        totals[0] += len(letter.gold)
        totals[1] += len(found)
        totals[2] += len(pairs)
        totals[3] += sum(_exact(g, f) for g, f in pairs)
        totals[4] += sum({a["name"] for a in g["actors"]} <= f.actors for g, f in pairs)
        totals[5] += sum((g["location"] or {}).get("name") == f.location for g, f in pairs)
        totals[6] += sum(g["status"] == f.status for g, f in pairs)
        totals[7] += len(match(letter.gold, found, typed=False))
        if verbose and system == "extractor":
            _report(letter, pairs, found)
    return Score(*totals)


def _report(
    letter: Letter, pairs: list[tuple[dict[str, Any], Predicted]], found: list[Predicted]
) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched = {id(f) for _, f in pairs}
    print(f"--- {letter.name}")
    for g, f in pairs:
        problems = []
        if not _exact(g, f):
            problems.append(
                f"date gold {g['date_start']}..{g['date_end']} got {f.date_start}..{f.date_end}"
            )
        if not {a["name"] for a in g["actors"]} <= f.actors:
            problems.append(
                f"actors gold {sorted(a['name'] for a in g['actors'])} got {sorted(f.actors)}"
            )
        if (g["location"] or {}).get("name") != f.location:
            problems.append(f"place gold {(g['location'] or {}).get('name')} got {f.location}")
        if g["status"] != f.status:
            problems.append(f"status gold {g['status']} got {f.status}")
        if problems:
            print(f"  OK~   {g['event_type']:12} {g['key']}: " + "; ".join(problems))
    for g in letter.gold:
        if id(g) not in matched_gold:
            print(
                f"  MISS  {g['event_type']:12} {g['date_start']}..{g['date_end']} "
                f"{g['date_text']!r} | {g['quote'][:110]}"
            )
    for f in found:
        if id(f) not in matched:
            dates = f"{f.date_start}..{f.date_end}"
            print(f"  EXTRA {f.event_type:12} {dates} [{f.method}] | {f.quote[:110]}")


def _read_gold(path: pathlib.Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "document" not in data or "events" not in data:
        raise ValueError(f"{path}: not a gold file (needs 'document' and 'events')")
    for event in data["events"]:
        for actor in event.get("actors", []):
            if not isinstance(actor.get("name"), str):
                # a malformed actor is the gold's fault: said aloud and scored as never found
                # (detection is unaffected), never repaired into the name it may have meant
                print(
                    f"warning: {path.name}: event {event.get('key')!r}: actor name is not a "
                    f"string ({actor.get('name')!r}); counted as not found",
                    file=sys.stderr,
                )
                actor["name"] = f"<malformed: {actor.get('name')!r}>"
    return data


def _letter(data: dict[str, Any], letter_path: pathlib.Path) -> Letter:
    reference = data.get("reference_date")
    document = read_document(
        letter_path,
        reference=None if reference is None else datetime.date.fromisoformat(reference),
    )
    return Letter(name=letter_path.stem, gold=data["events"], document=document)


def load_sets() -> dict[str, list[Letter]]:
    sets: dict[str, list[Letter]] = {"seed": [], "synthetic": [], "dev": [], "heldout": []}
    paths = [("seed", ROOT / "tests/data/seed_events_gold.json")]
    paths += [("synthetic", p) for p in sorted((ROOT / "tests/data").glob("heldout*_gold.json"))]
    paths += [("letters", p) for p in sorted((ROOT / "tests/data/letters_gold").glob("*.json"))]
    for kind, path in paths:
        data = _read_gold(path)
        target = data["split"] if kind == "letters" else kind
        sets[target].append(_letter(data, ROOT / data["document"]))
    return sets


def load_external(letters: pathlib.Path, gold: pathlib.Path) -> list[Letter]:
    """The letters of a gold folder, each read from the letters folder by its file name."""
    for folder, what in ((letters, "--letters"), (gold, "--gold")):
        if not folder.is_dir():
            raise ValueError(f"{what} {folder}: not a directory")
    paths = sorted(gold.glob("*.json"))
    if not paths:
        raise ValueError(f"--gold {gold}: no gold files (*.json)")
    found = []
    for path in paths:
        data = _read_gold(path)
        letter_path = letters / pathlib.PurePath(data["document"]).name
        if not letter_path.is_file():
            raise ValueError(f"{path}: its letter {letter_path} does not exist")
        found.append(_letter(data, letter_path))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="per-event misses and extras")
    parser.add_argument("--set", action="append", help="only these sets (repeatable)")
    parser.add_argument("--letters", type=pathlib.Path, help="a folder of letters (with --gold)")
    parser.add_argument("--gold", type=pathlib.Path, help="their gold files (with --letters)")
    args = parser.parse_args(argv)
    if (args.letters is None) != (args.gold is None):
        parser.error("--letters and --gold go together")
    if args.letters is not None:
        if args.set:
            parser.error("--set chooses among the project's sets; an external folder is its own")
        try:
            sets = {"external": load_external(args.letters, args.gold)}
        except ValueError as error:
            parser.error(str(error))
    else:
        sets = load_sets()
    chosen = args.set or list(sets)
    unknown = [name for name in chosen if name not in sets]
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(sets)}")
    print(
        f"{'set':10} {'system':9} {'gold':>4} {'found':>5}  {'det P':>5} {'det R':>5} "
        f"{'det F1':>6}  {'exact F1':>8}  {'actors':>6} {'place':>5} {'status':>6}  "
        f"{'untyped F1':>10}"
    )
    for name in chosen:
        letters = sets[name]
        if not letters:
            continue
        for system in ("extractor", "baseline"):
            s = score(letters, system, args.verbose and name != "heldout")
            p, r, f = s.prf(s.detected)
            _, _, exact = s.prf(s.exact)
            _, _, untyped = s.prf(s.untyped)
            roles = (
                f"{s.actors / s.detected:6.2f} {s.location / s.detected:5.2f} "
                f"{s.status / s.detected:6.2f}"
                if system == "extractor" and s.detected
                else f"{'':6} {'':5} {'':6}"
            )
            print(
                f"{name:10} {system:9} {s.gold:4d} {s.found:5d}  {p:5.2f} {r:5.2f} {f:6.2f}  "
                f"{exact:8.2f}  {roles}  {untyped:10.2f}"
            )
    if "seed" not in sets:
        return 0
    seed = sets["seed"][0].document
    runs = []
    for _ in range(5):
        begin = time.perf_counter()
        extract_events(seed)
        runs.append(time.perf_counter() - begin)
    print(f"extract_events on the seed: best of 5 {min(runs) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
