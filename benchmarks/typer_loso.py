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

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from eval_events import Predicted, _exact, match
from train_typer import THRESHOLD, WEAK_RULES, event_features, gold_of, labels_of, model_json

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


def f1(gold: int, found: int, hits: int) -> float:
    return 2 * hits / (gold + found) if gold + found else 0.0


def _add(total: Sequence[int], more: Sequence[int]) -> list[int]:
    return [a + b for a, b in zip(total, more, strict=True)]


Policy = tuple[str, float]
# per event: its rule type, its provenance, the model's best label and that label's probability
Outcome = tuple[str, str, str, float]


class Study:
    """The dumps, their gold and features read once, and models trained without some sets."""

    def __init__(self, folder: pathlib.Path) -> None:
        names = [f"{k}_{s}" for s in SETS for k in ("first", "current")] + ["current_project"]
        self.dumps = {
            n: json.loads((folder / f"{n}.json").read_text(encoding="utf-8")) for n in names
        }
        self.gold = {n: [gold_of(letter) for letter in dump] for n, dump in self.dumps.items()}
        self.features = {
            n: [[event_features(e) for e in letter["events"]] for letter in dump]
            for n, dump in self.dumps.items()
        }
        self.examples: dict[str, list[tuple[list[str], str]]] = {}
        for n, dump in self.dumps.items():
            self.examples[n] = [
                (feats, label)
                for letter, gold, letter_feats in zip(
                    dump, self.gold[n], self.features[n], strict=True
                )
                for feats, label in zip(
                    letter_feats, labels_of(gold, letter["events"]), strict=True
                )
            ]
        self._models: dict[frozenset[str], TyperModel] = {}

    def model_without(self, sets: frozenset[str]) -> TyperModel:
        if sets not in self._models:
            data = list(self.examples["current_project"])
            for other in SETS:
                if other not in sets:
                    data += self.examples[f"first_{other}"] + self.examples[f"current_{other}"]
            self._models[sets] = load_typer(model_json(data, []))
        return self._models[sets]

    def outcomes(self, model: TyperModel | None, name: str) -> list[list[Outcome]]:
        found = []
        for letter, letter_feats in zip(self.dumps[name], self.features[name], strict=True):
            row = []
            for event, feats in zip(letter["events"], letter_feats, strict=True):
                best, p = event["event_type"], 0.0
                if model is not None:
                    best, p = model.best_of(model.scores(feats))
                row.append((event["event_type"], event["method"], best, p))
            found.append(row)
        return found

    def counts(
        self, name: str, outcomes: list[list[Outcome]], policy: Policy | None
    ) -> tuple[int, int, int, int]:
        """gold, found, detected, exact of a dump, retyped by the policy where given."""
        totals = [0, 0, 0, 0]
        for letter, gold, row in zip(self.dumps[name], self.gold[name], outcomes, strict=True):
            found = []
            for event, (event_type, method, best, p) in zip(letter["events"], row, strict=True):
                if policy is not None and _retypes(policy, event_type, method, best, p):
                    event_type = best
                found.append(
                    Predicted(
                        event_type=event_type,
                        date_start=_date(event["date_start"]),
                        date_end=_date(event["date_end"]),
                        passages=tuple((a, b) for a, b in event["passages"]),
                    )
                )
            pairs = match(gold, found)
            totals = _add(
                totals, (len(gold), len(found), len(pairs), sum(_exact(g, f) for g, f in pairs))
            )
        return totals[0], totals[1], totals[2], totals[3]


def _retypes(policy: Policy, event_type: str, method: str, best: str, p: float) -> bool:
    """What ``TyperModel.choose`` decides, from the best label and its probability."""
    name, threshold = policy
    weak_types, weak_rules, strong = POLICIES[name]
    model = TyperModel(
        labels=("other",),
        weights={},
        threshold=threshold,
        strong_threshold=strong,
        weak_types=weak_types,
        weak_rules=weak_rules,
    )
    return model.accepts(event_type, method, best, p)


def _cells(before: Sequence[int], after: Sequence[int]) -> str:
    g, n, d, e = before
    _, n2, d2, e2 = after
    return f"{f1(g, n, d):.3f} -> {f1(g, n2, d2):.3f} | {f1(g, n, e):.3f} -> {f1(g, n2, e2):.3f}"


def _tally(
    study: Study,
    model: TyperModel,
    held: str,
    policies: Sequence[Policy | None],
    into: dict[tuple[str, Policy | None], list[int]],
) -> dict[str, dict[Policy | None, list[int]]]:
    """Each policy's counts on the set's first-run and current dumps, by kind, also added to
    ``into`` under (kind, policy)."""
    counts: dict[str, dict[Policy | None, list[int]]] = {}
    for kind in ("first", "current"):
        name = f"{kind}_{held}"
        outcomes = study.outcomes(model, name)
        counts[kind] = {policy: list(study.counts(name, outcomes, policy)) for policy in policies}
        for policy, found in counts[kind].items():
            into[(kind, policy)] = _add(into.get((kind, policy), [0] * 4), found)
    return counts


def plain(study: Study, grid: list[Policy], chosen: Policy) -> None:
    """One leave-one-set-out run of every policy; the chosen one's table per set."""
    pooled: dict[tuple[str, Policy | None], list[int]] = {}
    for held in SETS:
        model = study.model_without(frozenset({held}))
        counts = _tally(study, model, held, [None, *grid], pooled)
        cells = [_cells(counts[kind][None], counts[kind][chosen]) for kind in ("first", "current")]
        print(f"| {held} | {cells[0]} | {cells[1]} |", flush=True)
    for kind in ("first", "current"):
        g, n, d, e = pooled[(kind, None)]
        print(
            f"POOLED {kind}: before det F1 {f1(g, n, d):.3f} exact F1 {f1(g, n, e):.3f} "
            f"(gold {g}, found {n}, det {d}, exact {e})"
        )
        for policy in grid:
            g, n, d, e = pooled[(kind, policy)]
            print(
                f"  {policy[0]:11} p>={policy[1]:.2f}: det F1 {f1(g, n, d):.3f} "
                f"exact F1 {f1(g, n, e):.3f} (det {d}, exact {e})"
            )


def nested(study: Study, grid: list[Policy], criterion: str) -> None:
    """Each set's policy and threshold chosen by a leave-one-set-out run over the other sets
    alone, then scored on the set. ``strict``: the best pooled first-run det F1 among those at
    which the current rules' pooled detections do not drop (none such: the rules alone);
    ``sum``: the most detections, first-run and current pooled together; ``first``: the best
    pooled first-run det F1 alone (first-run output stands in for unseen text; the current
    rules' output on a set is in-sample for the rules). Ties go to the
    later, more cautious grid entry, and to the rules alone before any."""
    totals: dict[str, list[int]] = {}
    for held in SETS:
        inner: dict[tuple[str, Policy | None], list[int]] = {}
        for other in SETS:
            if other == held:
                continue
            _tally(
                study, study.model_without(frozenset({held, other})), other, [None, *grid], inner
            )

        def first_f1(
            policy: Policy | None, inner: dict[tuple[str, Policy | None], list[int]] = inner
        ) -> float:
            g, n, d, _ = inner[("first", policy)]
            return f1(g, n, d)

        def both(
            policy: Policy | None, inner: dict[tuple[str, Policy | None], list[int]] = inner
        ) -> int:
            return inner[("first", policy)][2] + inner[("current", policy)][2]

        base = inner[("current", None)][2]
        if criterion == "strict":
            allowed = [p for p in grid if inner[("current", p)][2] >= base]
            chosen = max([None, *reversed(allowed)], key=first_f1)
        elif criterion == "first":
            chosen = max([None, *reversed(grid)], key=first_f1)
        else:
            chosen = max([None, *reversed(grid)], key=both)
        counts = _tally(study, study.model_without(frozenset({held})), held, [None, chosen], {})
        cells = []
        for kind in ("first", "current"):
            before, after = counts[kind][None], counts[kind][chosen]
            totals[f"{kind} before"] = _add(totals.get(f"{kind} before", [0] * 4), before)
            totals[f"{kind} after"] = _add(totals.get(f"{kind} after", [0] * 4), after)
            cells.append(_cells(before, after))
        label = "rules only" if chosen is None else f"{chosen[0]} p>={chosen[1]:.2f}"
        print(f"| {held} | {label} | {cells[0]} | {cells[1]} |", flush=True)
    for key, (g, n, d, e) in totals.items():
        print(f"NESTED POOLED {key}: det F1 {f1(g, n, d):.3f} exact F1 {f1(g, n, e):.3f} (det {d})")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dumps", type=pathlib.Path, required=True)
    parser.add_argument("--policy", action="append", help="only these policies")
    parser.add_argument(
        "--table",
        default=f"{SHIPPED}:{THRESHOLD}",
        help="the policy:threshold whose per-set table is printed (default: the shipped one)",
    )
    parser.add_argument(
        "--nested",
        choices=("strict", "sum", "first"),
        help="choose each set's policy on the other sets only, by this criterion",
    )
    args = parser.parse_args()
    table_policy, table_threshold = args.table.split(":")
    chosen = (table_policy, float(table_threshold))
    study = Study(args.dumps)
    names = args.policy or list(POLICIES)
    grid = [(name, t) for name in names for t in THRESHOLDS]
    if args.nested:
        nested(study, grid, args.nested)
        return 0
    if chosen not in grid:
        grid.append(chosen)
    plain(study, grid, chosen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
