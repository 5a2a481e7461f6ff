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


# Sentences written for this benchmark in the style of a later letter (reference date
# 2025-04-15), with the events a reader finds in them, fixed BEFORE the extractor was run on
# them. Not used to tune anything: a small check of how the rules carry over.
HELD_OUT_HEADER = "Den Haag, 15 april 2025\n\n"
HELD_OUT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Op 27 september 2024 maakten de VS en Irak bekend dat de militaire missie van de "
        "anti-ISIS-coalitie in Irak uiterlijk in september 2025 wordt afgerond.",
        [("announcement", "2024-09-27", "2024-09-27"), ("withdrawal", None, "2025-09-30")],
    ),
    (
        "De commando-overdracht van NMI van Spanje aan Nederland vond plaats op 24 mei 2024 in "
        "Bagdad.",
        [("handover", "2024-05-24", "2024-05-24")],
    ),
    (
        "Bij een droneaanval op een basis in Noordoost-Syrië raakten op 5 augustus 2024 vijf "
        "Amerikaanse militairen gewond.",
        [("attack", "2024-08-05", "2024-08-05")],
    ),
    (
        "Op 30 juli 2024 voerden de VS een luchtaanval uit in Jurf al-Sakhar.",
        [("airstrike", "2024-07-30", "2024-07-30")],
    ),
    (
        "De Koerdische parlementsverkiezingen vonden uiteindelijk plaats op 20 oktober 2024.",
        [("election", "2024-10-20", "2024-10-20")],
    ),
    (
        "Het Iraakse parlement stemde op 21 januari 2025 in met de wijziging van de wet op de "
        "persoonlijke status.",
        [("legislation", "2025-01-21", "2025-01-21")],
    ),
    (
        "Minister Brekelmans bracht op 12 augustus 2024 een werkbezoek aan de Nederlandse "
        "militairen in Erbil.",
        [("visit", "2024-08-12", "2024-08-12")],
    ),
    (
        "Het mandaat van UNAMI werd door de VN-Veiligheidsraad op 31 mei 2024 voor een laatste "
        "periode verlengd.",
        [("mandate", "2024-05-31", "2024-05-31")],
    ),
    (
        "In november 2024 werden bij een aanslag in Kirkuk drie Iraakse militairen gedood.",
        [("attack", "2024-11-01", "2024-11-30")],
    ),
    (
        "Sinds 1 september 2024 levert Nederland twee transporthelikopters aan NMI.",
        [("deployment", "2024-09-01", "2025-04-15")],
    ),
    ("De Iraakse regering heeft de aanvallen meermaals veroordeeld.", []),
    (
        "De volgende voortgangsrapportage ontvangt uw Kamer in het voorjaar van 2025.",
        [("report", "2025-03-01", "2025-05-31")],
    ),
]


def held_out() -> tuple[int, int, int]:
    """(expected, extracted, matched) on the held-out sentences."""
    expected = extracted = matched = 0
    for sentence, wanted in HELD_OUT:
        letter = read_document((HELD_OUT_HEADER + sentence + "\n").encode("utf-8"))
        found = extract_events(letter)
        keys = [_key(e) for e in found]
        expected += len(wanted)
        extracted += len(found)
        for item in wanted:
            if item in keys:
                keys.remove(item)
                matched += 1
            else:
                print(f"HELD-OUT MISSED {item}  in {sentence[:70]!r}")
        for key in keys:
            print(f"HELD-OUT EXTRA  {key}  in {sentence[:70]!r}")
    return expected, extracted, matched


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
    wanted, got, hits = held_out()
    held_p = hits / got if got else 0.0
    held_r = hits / wanted if wanted else 0.0
    held_f = 2 * held_p * held_r / (held_p + held_r) if hits else 0.0
    print(
        f"held-out sentences ({len(HELD_OUT)}, {wanted} events): precision {held_p:.3f}  "
        f"recall {held_r:.3f}  F1 {held_f:.3f}"
    )
    if args.verbose:
        for g, e in pairs:
            problems = []
            if {a["name"] for a in g["actors"]} != {a.name for a in e.actors}:
                names = [a["name"] for a in g["actors"]]
                problems.append(f"actors gold {names} got {[a.name for a in e.actors]}")
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
