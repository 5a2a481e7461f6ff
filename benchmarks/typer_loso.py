"""Leave-one-set-out measurement of the learned typer on rule versions that never saw the set.

Run: ``python benchmarks/typer_loso.py --dumps DIR`` where DIR holds the dumps of
``benchmarks/typer_dump.py``: ``first_<set>.json`` (the set's first-run commit),
``current_<set>.json`` (the current rules) and ``current_project.json`` (seed + development
letters). For each set S it trains on every other set's dumps and the project's, retypes S's
first-run (and current) output, and prints det F1 / exact F1 before and after, per set and
pooled, for each policy (which events are weak) and confidence threshold.
"""

from __future__ import annotations

import argparse
import datetime
import json
import pathlib
import sys
from collections.abc import Sequence
from typing import Any

import attrs

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from eval_events import Predicted, _exact, match
from train_typer import THRESHOLD, WEAK_RULES, event_features, examples, gold_of, model_json

from iraq_events.events.typer import TyperModel, load_typer

SETS = (
    "fresh_dev",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh6",
    "fresh7",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh13",
    "fresh15",
)
_WEAK = frozenset(WEAK_RULES)
_ALL = frozenset(
    "election attack airstrike killing casualties handover visit meeting legislation announcement "
    "agreement deployment withdrawal mandate protest funding report other".split()
)
# name -> (weak types, weak rule names, threshold of the firmly typed events; above 1: never)
POLICIES: dict[str, tuple[frozenset[str], frozenset[str], float]] = {
    "other": (frozenset({"other"}), frozenset(), 2.0),
    "weak": (frozenset({"other"}), _WEAK, 2.0),
    "weak/s.95": (frozenset({"other"}), _WEAK, 0.95),
    "weak/s.9": (frozenset({"other"}), _WEAK, 0.9),
    "weak/s.8": (frozenset({"other"}), _WEAK, 0.8),
    "all": (_ALL, frozenset(), 2.0),
}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
# the policy of the shipped model (train_typer's WEAK_TYPES, WEAK_RULES and THRESHOLD)
SHIPPED = "weak"


def _date(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def counts(dump: Sequence[dict[str, Any]], model: TyperModel | None) -> tuple[int, int, int, int]:
    """gold, found, detected, exact over a dump, retyped by ``model`` first where given."""
    totals = [0, 0, 0, 0]
    for letter in dump:
        gold = gold_of(letter)
        found = []
        for event in letter["events"]:
            event_type = event["event_type"]
            if model is not None:
                choice = model.choose(event_type, event["method"], event_features(event))
                if choice is not None:
                    event_type = choice[0]
            found.append(
                Predicted(
                    event_type=event_type,
                    date_start=_date(event["date_start"]),
                    date_end=_date(event["date_end"]),
                    passages=tuple(tuple(p) for p in event["passages"]),  # type: ignore[misc]
                )
            )
        pairs = match(gold, found)
        totals[0] += len(gold)
        totals[1] += len(found)
        totals[2] += len(pairs)
        totals[3] += sum(_exact(g, f) for g, f in pairs)
    return totals[0], totals[1], totals[2], totals[3]


def f1(gold: int, found: int, hits: int) -> float:
    return 2 * hits / (gold + found) if gold + found else 0.0


def _add(total: list[int], more: Sequence[int]) -> list[int]:
    return [a + b for a, b in zip(total, more, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dumps", type=pathlib.Path, required=True)
    parser.add_argument("--policy", action="append", help="only these policies")
    parser.add_argument(
        "--table",
        default=f"{SHIPPED}:{THRESHOLD}",
        help="the policy:threshold whose per-set table is printed (default: the shipped one)",
    )
    args = parser.parse_args()
    table_policy, table_threshold = args.table.split(":")
    chosen = (table_policy, float(table_threshold))

    def load(name: str) -> list[dict[str, Any]]:
        return json.loads((args.dumps / f"{name}.json").read_text(encoding="utf-8"))

    cached = {
        name: examples(load(name))
        for name in [f"{k}_{s}" for s in SETS for k in ("first", "current")] + ["current_project"]
    }
    policies = list(dict.fromkeys((args.policy or list(POLICIES)) + [chosen[0]]))
    grid = [(policy, t) for policy in policies for t in THRESHOLDS]
    if chosen not in grid:
        grid.append(chosen)
    # (kind, policy, threshold) -> pooled [gold, found, det, exact]; None: before the typer
    pooled: dict[tuple[str, str | None, float], list[int]] = {}
    for held in SETS:
        data = list(cached["current_project"])
        for other in SETS:
            if other != held:
                data += cached[f"first_{other}"] + cached[f"current_{other}"]
        trained = load_typer(model_json(data, []))
        row = [held]
        for kind in ("first", "current"):
            dump = load(f"{kind}_{held}")
            before = counts(dump, None)
            pooled[(kind, None, 0.0)] = _add(pooled.get((kind, None, 0.0), [0] * 4), before)
            for policy, threshold in grid:
                weak_types, weak_rules, strong = POLICIES[policy]
                model = attrs.evolve(
                    trained,
                    weak_types=weak_types,
                    weak_rules=weak_rules,
                    threshold=threshold,
                    strong_threshold=strong,
                )
                result = counts(dump, model)
                key = (kind, policy, threshold)
                pooled[key] = _add(pooled.get(key, [0] * 4), result)
                if (policy, threshold) == chosen:
                    g, n, d, e = before
                    _, n2, d2, e2 = result
                    row.append(
                        f"{f1(g, n, d):.3f} -> {f1(g, n2, d2):.3f} | "
                        f"{f1(g, n, e):.3f} -> {f1(g, n2, e2):.3f}"
                    )
        print(f"| {row[0]} | {row[1]} | {row[2]} |", flush=True)
    for kind in ("first", "current"):
        g, n, d, e = pooled[(kind, None, 0.0)]
        print(
            f"POOLED {kind}: before det F1 {f1(g, n, d):.3f} exact F1 {f1(g, n, e):.3f} "
            f"(gold {g}, found {n}, det {d}, exact {e})"
        )
        for policy, threshold in grid:
            g, n, d, e = pooled[(kind, policy, threshold)]
            print(
                f"  {policy:11} p>={threshold:.2f}: det F1 {f1(g, n, d):.3f} "
                f"exact F1 {f1(g, n, e):.3f} (det {d}, exact {e})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
