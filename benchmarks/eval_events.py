"""Accuracy of event extraction against the hand-read gold of the seed letter.

Run: ``python benchmarks/eval_events.py [--gold tests/data/seed_events_gold.json] [--verbose]``

An extracted event matches a gold event when the type is the same and the date interval
(``date_start``, ``date_end``) is the same; each gold event matches at most one extracted
event. Precision, recall and F1 count matches. On matched events it reports: actor recall
(every gold actor name found), exact actor sets, location (same canonical name, or both none),
status, and source (the sentence span overlaps the gold quote and the date span is the gold's).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time
from typing import Any

from iraq_events.documents import read_document
from iraq_events.events import Event, extract_events

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _key(event: Event) -> tuple[str, str | None, str | None]:
    return event.event_type.value, _iso(event.date_start), _iso(event.date_end)


def match(gold: list[dict[str, Any]], found: list[Event]) -> list[tuple[dict[str, Any], Event]]:
    pairs: list[tuple[dict[str, Any], Event]] = []
    free = list(found)
    for item in gold:
        key = (item["event_type"], item["date_start"], item["date_end"])
        candidates = [e for e in free if _key(e) == key]
        if not candidates:
            continue
        # two gold events of one type and date (rare): prefer the one read from the same sentence
        candidates.sort(key=lambda e: abs(e.source.char_start - item["char_start"]))
        pairs.append((item, candidates[0]))
        free.remove(candidates[0])
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "tests/data/seed_events_gold.json"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    gold_file = json.loads(pathlib.Path(args.gold).read_text(encoding="utf-8"))
    gold = gold_file["events"]
    document = read_document(ROOT / gold_file["document"])
    runs = []
    for _ in range(5):
        begin = time.perf_counter()
        found = extract_events(document)
        runs.append(time.perf_counter() - begin)
    pairs = match(gold, found)
    tp = len(pairs)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0

    def share(hits: int) -> str:
        return f"{hits}/{tp} = {hits / tp:.2f}" if tp else "n/a"

    actor_recall = sum(
        {a["name"] for a in g["actors"]} <= {a.name for a in e.actors} for g, e in pairs
    )
    actor_exact = sum(
        {a["name"] for a in g["actors"]} == {a.name for a in e.actors} for g, e in pairs
    )
    gold_roles = [(a["name"], a["role"]) for g, _ in pairs for a in g["actors"]]
    role_hits = sum(
        (a["name"], a["role"]) in {(x.name, x.role.value) for x in e.actors}
        for g, e in pairs
        for a in g["actors"]
    )
    location = sum(
        (g["location"] or {}).get("name") == (e.location.name if e.location else None)
        for g, e in pairs
    )
    status = sum(g["status"] == e.status.value for g, e in pairs)
    source = sum(
        e.source.char_start < g["char_end"]
        and g["char_start"] < e.source.char_end
        and (e.source.date_char_start, e.source.date_char_end)
        == (g["date_char_start"], g["date_char_end"])
        for g, e in pairs
    )
    print(f"gold events      {len(gold)}")
    print(f"extracted events {len(found)}")
    print(f"matched (type + date interval) {tp}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    indent = " " * 19
    print(f"on matched events: actors all found {share(actor_recall)}")
    print(f"{indent}actor sets exact {share(actor_exact)}")
    print(f"{indent}actor roles {role_hits}/{len(gold_roles)} gold actors with the gold role")
    print(f"{indent}location {share(location)}; status {share(status)}")
    print(f"{indent}source span {share(source)}")
    print(
        f"extraction time on the seed: best of 5 {min(runs) * 1000:.1f} ms (read_document excluded)"
    )
    matched_gold = {id(g) for g, _ in pairs}
    matched_found = {id(e) for _, e in pairs}
    misses = [g for g in gold if id(g) not in matched_gold]
    extras = [e for e in found if id(e) not in matched_found]
    for g in misses:
        print(f"MISSED  {g['event_type']:12} {g['date_start']}..{g['date_end']}  {g['key']}")
    for e in extras:
        dates = f"{_iso(e.date_start)}..{_iso(e.date_end)}"
        print(f"EXTRA   {e.event_type.value:12} {dates}  {e.source.quote[:90]!r}")
    if args.verbose:
        for g, e in pairs:
            problems = []
            if {a["name"] for a in g["actors"]} != {a.name for a in e.actors}:
                wanted = [a["name"] for a in g["actors"]]
                problems.append(f"actors gold {wanted} got {[a.name for a in e.actors]}")
            got_location = e.location.name if e.location else None
            if (g["location"] or {}).get("name") != got_location:
                problems.append(
                    f"location gold {(g['location'] or {}).get('name')} got {got_location}"
                )
            roles = {(x.name, x.role.value) for x in e.actors}
            wrong = [a for a in g["actors"] if (a["name"], a["role"]) not in roles]
            if wrong:
                problems.append(f"roles gold {[(a['name'], a['role']) for a in wrong]}")
            if g["status"] != e.status.value:
                problems.append(f"status gold {g['status']} got {e.status.value}")
            if problems:
                print(f"  {g['key']}: " + "; ".join(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
