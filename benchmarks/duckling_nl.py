"""Duckling's Dutch time corpus through ``find_dates`` and dateparser, scored per grain.

Reads ``../shared/corpora/duckling_nl_time.jsonl`` (Duckling's ``Time/NL/Corpus.hs``, BSD
licence, see the README beside it) and its negative file. Only the phrases with a date grain
(day, week, month, quarter, year, or an interval of those) are scored: the library does not
read clock times.

    python benchmarks/duckling_nl.py            # the table
    python benchmarks/duckling_nl.py --misses   # also every phrase find_dates gets wrong

Scoring (as the corpus README prescribes): the expected value is the whole unit of its grain
as inclusive days (a week is Monday..Sunday); an interval runs from the first day of ``from``'s
unit to the day before ``to`` (day grain) or the last day of the unit before ``to`` (coarser
grains); an open end is ``None``. ``find_dates(text, reference, prefer="future")`` (Duckling's
convention for year-less dates) is right when its longest expression has exactly those bounds.
dateparser (``DateDataParser(languages=["nl"])`` with ``PREFER_DATES_FROM="future"``, the
reference as ``RELATIVE_BASE`` and ``RETURN_TIME_AS_PERIOD``) is right when the unit of the
period it reports (day, week, month, year) has those bounds; it has no intervals.
A negative phrase is right when nothing is found.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
CORPUS = CORPORA / "duckling_nl_time.jsonl"
NEGATIVE = CORPORA / "duckling_nl_time_negative.jsonl"
DATE_GRAINS = ("day", "week", "month", "quarter", "year")

Bounds = tuple[datetime.date | None, datetime.date | None]
_DAY = datetime.timedelta(days=1)


def _unit(day: datetime.date, grain: str) -> tuple[datetime.date, datetime.date]:
    """The unit of ``grain`` that holds ``day``, as inclusive days."""
    if grain == "day":
        return day, day
    if grain == "week":
        monday = day - datetime.timedelta(days=day.weekday())
        return monday, monday + datetime.timedelta(days=6)
    if grain == "month":
        first = day.replace(day=1)
    elif grain == "quarter":
        first = day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)
    else:
        first = day.replace(month=1, day=1)
    months = {"month": 1, "quarter": 3, "year": 12}[grain]
    index = first.year * 12 + first.month - 1 + months
    following = datetime.date(index // 12, index % 12 + 1, 1)
    return first, following - _DAY


def _day(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text[:10]) if text else None


def expected_bounds(expected: dict[str, Any]) -> Bounds:
    grain = expected["grain"]
    if expected["kind"] == "value":
        day = _day(expected["value"])
        assert day is not None
        return _unit(day, grain)
    start, end = _day(expected["from"]), _day(expected["to"])
    earliest = _unit(start, grain)[0] if start is not None else None
    latest = None
    if end is not None:
        latest = end - _DAY if grain == "day" else _unit(end - _DAY, grain)[1]
    return earliest, latest


def ours(text: str, reference: datetime.date) -> tuple[Bounds | None, str]:
    from iraq_events import find_dates

    found = find_dates(text, reference, prefer="future")
    if not found:
        return None, ""
    best = max(found, key=lambda e: (e.end - e.start, -e.start))
    return (best.earliest, best.latest), f"{best.text!r} {best.rule}"


def _dateparser(reference: datetime.date) -> Any:
    from dateparser.date import DateDataParser

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime.datetime.combine(reference, datetime.time(4, 30)),
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["nl"], settings=settings)


def theirs(parser: Any, text: str) -> Bounds | None:
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data["date_obj"] is None:
        return None
    period = data["period"] if data["period"] in ("week", "month", "year") else "day"
    return _unit(data["date_obj"].date(), period)


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list find_dates' misses")
    args = parser.parse_args(argv)
    rows = [r for r in _load(CORPUS) if r["expected"]["grain"] in DATE_GRAINS]
    negatives = _load(NEGATIVE)
    reference = datetime.date.fromisoformat(rows[0]["reference"][:10])
    peer = _dateparser(reference)
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    misses = []
    for row in rows:
        want = expected_bounds(row["expected"])
        key = row["expected"]["grain"] + (
            " (interval)" if row["expected"]["kind"] == "interval" else ""
        )
        got, how = ours(row["text"], reference)
        totals[key][0] += 1
        totals[key][1] += got == want
        totals[key][2] += theirs(peer, row["text"]) == want
        if got != want:
            misses.append((row["text"], want, got, how))
    print(f"Duckling NL time corpus, {len(rows)} date-level phrases, reference {reference}")
    print(f"{'grain':<20} {'n':>4} | {'find_dates':>10} | {'dateparser':>10}")
    print("-" * 52)
    n_all = ok_all = peer_all = 0
    for key in sorted(totals, key=lambda k: (DATE_GRAINS.index(k.split()[0]), k)):
        n, ok, theirs_ok = totals[key]
        n_all, ok_all, peer_all = n_all + n, ok_all + ok, peer_all + theirs_ok
        print(f"{key:<20} {n:>4} | {ok / n:>10.2f} | {theirs_ok / n:>10.2f}")
    print("-" * 52)
    print(f"{'all':<20} {n_all:>4} | {ok_all / n_all:>10.2f} | {peer_all / n_all:>10.2f}")
    print(f"{'':<20} {'':>4} | {ok_all:>10} | {peer_all:>10}   (right)")
    neg_ours = sum(not ours(r["text"], reference)[0] for r in negatives)
    neg_peer = sum(theirs(peer, r["text"]) is None for r in negatives)
    print(f"{'negative (nothing)':<20} {len(negatives):>4} | {neg_ours:>10} | {neg_peer:>10}")
    if args.misses:
        print()
        for text, want, got, how in misses:
            print(f"MISS {text!r}: want {want}, got {got} {how}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
