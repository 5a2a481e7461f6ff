"""Date tagging benchmark: iraq_events.find_dates against dateparser's search_dates.

Tags the seed letter, and the letter repeated 10 and 100 times, with both taggers in the same
process; reports the median of several warm runs, throughput (characters per second and
expressions found), the throughput ratio find_dates / search_dates, how time per character
grows with the text (linearity), and the time to ``import iraq_events`` plus the first
``find_dates`` call in a fresh interpreter.

    python benchmarks/bench_dates.py            # search_dates at 1x and 10x (about half a minute)
    python benchmarks/bench_dates.py --full     # search_dates at 100x too (about two more minutes)
    python benchmarks/bench_dates.py --quick    # a smoke run: fewer runs, search_dates at 1x only

Sizes at which search_dates is not measured are printed as "not measured"; no number is ever
extrapolated. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7ba65e5599d72e72.txt"
REFERENCE = datetime.date(2024, 5, 15)  # the letter's own date
SIZES = (1, 10, 100)
IMPORT_TARGET_S = 0.3
RATIO_TARGET = 50.0  # issue 2
RATIO_GOAL = 100.0  # issue 15, with the larger grammar

_IMPORT_PROBE = """
import time
started = time.perf_counter()
import datetime
import iraq_events
found = iraq_events.find_dates("Den Haag, 15 mei 2024", reference=datetime.date(2024, 5, 15))
elapsed = time.perf_counter() - started
assert found, "find_dates found nothing in the probe text"
print(elapsed)
"""


def timed(
    runs: dict[str, tuple[Callable[[], int], int]],
) -> dict[str, tuple[float, float, int]]:
    """For each name, the median and the best seconds of its timed runs, and the count found.

    Every runner gets one untimed warm-up run; then the timed runs of the runners alternate,
    round by round, so that a change in machine load affects both sides of a ratio alike.
    """
    found = {name: run() for name, (run, _) in runs.items()}
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_number in range(max(repeats for _, repeats in runs.values())):
        for name, (run, repeats) in runs.items():
            if round_number >= repeats:
                continue
            started = time.perf_counter()
            count = run()
            times[name].append(time.perf_counter() - started)
            if count != found[name]:
                raise RuntimeError(f"{name}: non-deterministic result {count} != {found[name]}")
    return {name: (statistics.median(times[name]), min(times[name]), found[name]) for name in runs}


def measure_import(repeats: int) -> tuple[float, float]:
    """Medians of (import + first call inside the child, whole child process wall time)."""
    inside, wall = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        wall.append(time.perf_counter() - started)
        inside.append(float(result.stdout.strip()))
    return statistics.median(inside), statistics.median(wall)


def _load() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:  # not available on this platform
        return "unknown"


def _rate(chars: int, seconds: float) -> str:
    per_second = chars / seconds
    for unit, scale in (("M", 1e6), ("k", 1e3)):
        if per_second >= scale:
            return f"{per_second / scale:7.2f} {unit}"
    return f"{per_second:7.0f}  "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="fewer runs; search_dates at 1x only")
    mode.add_argument("--full", action="store_true", help="also measure search_dates at 100x")
    parser.add_argument("--runs", type=int, default=None, help="timed runs per size (median)")
    args = parser.parse_args(argv)

    from dateparser.search import search_dates

    import iraq_events
    from iraq_events.temporal import find_dates

    letter = SEED.read_text(encoding="utf-8")
    peer_sizes = (1,) if args.quick else (1, 10, 100) if args.full else (1, 10)
    engine_runs = {1: 7, 10: 5, 100: 3} if not args.quick else {1: 3, 10: 2, 100: 1}
    peer_runs = {1: 5, 10: 3, 100: 3} if not args.quick else {1: 2}
    if args.runs is not None:
        engine_runs = dict.fromkeys(SIZES, args.runs)
        peer_runs = dict.fromkeys(SIZES, args.runs)

    print(
        f"iraq-events date benchmark — {SEED.name} ({len(letter):,} chars), reference {REFERENCE}"
    )
    print(
        f"python {platform.python_version()}, iraq-events {iraq_events.__version__}, "
        f"dateparser {metadata.version('dateparser')}; median of warm runs (one untimed "
        "warm-up first, the two taggers' runs interleaved); search_dates(text, languages=['nl'])"
    )
    search_dates("op 15 mei 2024", languages=["nl"])  # load dateparser's language data
    print(f"{os.cpu_count()} CPUs, load average at start {_load()} (other processes skew timings)")

    header = (
        f"{'size':>5} {'chars':>11} | {'find_dates':>10} {'chars/s':>9} {'found':>6} {'runs':>4}"
        f" | {'search_dates':>12} {'chars/s':>9} {'found':>6} {'runs':>4} | {'ratio':>7}"
    )
    print()
    print(header)
    print("-" * len(header))
    per_char: dict[int, float] = {}
    ratios: dict[int, float] = {}
    best_ratios: dict[int, float] = {}
    for size in SIZES:
        text = "\n\n".join([letter] * size)

        def run_engine(text: str = text) -> int:
            return len(find_dates(text, reference=REFERENCE))

        def run_peer(text: str = text) -> int:
            return len(search_dates(text, languages=["nl"]) or [])

        plan: dict[str, tuple[Callable[[], int], int]] = {
            "find_dates": (run_engine, engine_runs[size])
        }
        if size in peer_sizes:
            plan["search_dates"] = (run_peer, peer_runs[size])
        results = timed(plan)
        engine_s, engine_best, engine_found = results["find_dates"]
        per_char[size] = engine_s / len(text)
        line = (
            f"{size:>4}x {len(text):>11,} | {engine_s:>9.4f}s {_rate(len(text), engine_s)} "
            f"{engine_found:>6} {engine_runs[size]:>4}"
        )
        if "search_dates" in results:
            peer_s, peer_best, peer_found = results["search_dates"]
            ratios[size] = peer_s / engine_s
            best_ratios[size] = peer_best / engine_best
            line += (
                f" | {peer_s:>11.4f}s {_rate(len(text), peer_s)} {peer_found:>6} "
                f"{peer_runs[size]:>4} | {ratios[size]:>6.1f}x"
            )
        else:
            line += f" | {'not measured':>38} | {'–':>7}"
        print(line, flush=True)

    print()
    print(
        "throughput ratio find_dates/search_dates (= search_dates time / find_dates time): "
        + ", ".join(f"{size}x {ratio:.1f}x" for size, ratio in ratios.items())
        + f"; target >= {RATIO_TARGET:.0f}x: "
        + ("met" if min(ratios.values()) >= RATIO_TARGET else "NOT met")
        + f"; goal >= {RATIO_GOAL:.0f}x: "
        + ("met" if min(ratios.values()) >= RATIO_GOAL else "NOT met")
    )
    print(
        "the same ratio from each tagger's best run (less sensitive to other load): "
        + ", ".join(f"{size}x {ratio:.1f}x" for size, ratio in best_ratios.items())
    )
    if set(peer_sizes) != set(SIZES):
        missing = ", ".join(f"{s}x" for s in SIZES if s not in peer_sizes)
        how = "without --quick, or with --full" if args.quick else "with --full"
        print(f"search_dates was not measured at {missing} (run {how}); nothing extrapolated")
    print(
        "linearity (find_dates time per char): "
        + ", ".join(f"{size}x {seconds * 1e6:.3f} µs" for size, seconds in per_char.items())
        + f"; 100x/1x = {per_char[100] / per_char[1]:.2f} (1.00 = perfectly linear)"
    )
    inside, wall = measure_import(3 if args.quick else 5)
    print(
        f"import iraq_events + first find_dates in a fresh interpreter: {inside:.3f} s "
        f"(median of {3 if args.quick else 5}; target < {IMPORT_TARGET_S} s: "
        f"{'met' if inside < IMPORT_TARGET_S else 'NOT met'}); "
        f"whole subprocess incl. interpreter start {wall:.3f} s"
    )
    print(f"load average at end {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
