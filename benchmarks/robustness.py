"""Robustness benchmark: does reading a letter stay linear on adversarial input?

Builds each adversarial input of issue 16 at about 50 kB and 500 kB, times ``read_document``
(which runs ``find_dates`` over every clean paragraph) and, for comparison, ``find_dates`` on
the raw text (the best of three runs at each size), and prints the 500 kB / 50 kB time ratio
per input. Linear code gives a ratio
near 10; the target is at most 12 for every input.

    python benchmarks/robustness.py             # read_document and find_dates
    python benchmarks/robustness.py --events    # extract_events too (being rewritten)
    python benchmarks/robustness.py --only day_ranges --sizes 50000 500000 1000000

Never a timed assertion in the test suite: see benchmarks/README.md and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7ba65e5599d72e72.txt"
REFERENCE = datetime.date(2024, 5, 15)
RATIO_TARGET = 12.0
HEAD = "Den Haag, 15 mei 2024\n\nDe minister sprak over "


def _repeat(unit: str, size: int, head: str = HEAD) -> str:
    count = max(1, (size - len(head)) // len(unit))
    return head + unit * count


def _seed_one_line(size: int) -> str:
    seed = " ".join(SEED.read_text(encoding="utf-8").split()) + " "
    return (seed * (size // len(seed) + 1))[:size]


def _seed_repeated(size: int) -> str:
    seed = SEED.read_text(encoding="utf-8") + "\n\n"
    return (seed * (size // len(seed) + 1))[:size]


# name -> (what it is, builder of a text of about the given number of characters)
INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "day_ranges": (
        'one sentence of "7-8 augustus 2023 " repeated',
        lambda size: _repeat("7-8 augustus 2023 ", size),
    ),
    "short_pages": (
        "many short pages (one sentence each, form feeds)",
        lambda size: _repeat("Op 7 augustus 2023 sprak de minister.\n\n\f", size),
    ),
    "digits": ("digits and spaces in one sentence", lambda size: _repeat("2023 7 8 15 ", size)),
    "dashes": ("dashes and hyphens", lambda size: _repeat("7 - 8 -- 9 – 10 — ", size)),
    "month_names": ("a month name repeated", lambda size: _repeat("augustus ", size)),
    "tot_en_met": ('"tot en met" repeated', lambda size: _repeat("mei tot en met ", size)),
    "one_line": ("the seed letter without line breaks, repeated", _seed_one_line),
    "seed_repeated": ("the seed letter repeated (a real letter, for scale)", _seed_repeated),
}


def _time(function: Callable[[], object], runs: int) -> float:
    """The best of ``runs`` timings: the least disturbed by other processes on the machine."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", action="store_true", help="time extract_events too")
    parser.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="inputs to run")
    parser.add_argument("--sizes", nargs=2, type=int, default=[50_000, 500_000])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per size (best is kept)")
    args = parser.parse_args(argv)

    from iraq_events import extract_events, find_dates, read_document

    small, large = args.sizes
    print(
        f"iraq-events robustness benchmark — {small:,} vs {large:,} characters; "
        f"python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {' / '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    stages: list[tuple[str, Callable[[str], Callable[[], object]]]] = [
        ("read_document", lambda text: lambda: read_document(text.encode("utf-8"))),
        ("find_dates", lambda text: lambda: find_dates(text, reference=REFERENCE)),
    ]
    if args.events:
        stages.append(
            (
                "read+extract",
                lambda text: lambda: extract_events(read_document(text.encode("utf-8"))),
            )
        )
    header = f"{'input':<14}" + "".join(
        f" | {name:>13} {'small':>8} {'large':>8} {'ratio':>6}" for name, _ in stages
    )
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name in args.only or INPUTS:
        _, build = INPUTS[name]
        texts = (build(small), build(large))
        cells = []
        for stage_name, make in stages:
            runs = (args.runs, args.runs)
            times = [_time(make(text), count) for text, count in zip(texts, runs, strict=True)]
            ratio = times[1] / times[0]
            worst = max(worst, ratio)
            cells.append(f" | {stage_name:>13} {times[0]:7.3f}s {times[1]:7.3f}s {ratio:5.1f}x")
        print(f"{name:<14}" + "".join(cells), flush=True)
    verdict = "met" if worst <= RATIO_TARGET else "NOT met"
    print(f"worst ratio {worst:.1f}x; target <= {RATIO_TARGET:.0f}x for every input: {verdict}")
    for name in args.only or INPUTS:
        print(f"  {name}: {INPUTS[name][0]}")
    return 0 if worst <= RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
