"""Start-up time of the command line: ``iraq-events --help`` as a whole process.

Prints the median wall time of the whole process (interpreter start included) over several
runs, beside a bare ``python -c pass`` measured in the same run, and the ratio of the two.
Target (issue 10): ``iraq-events --help`` <= 0.1 s.

    python benchmarks/bench_cli_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "iraq-events --help": [sys.executable, "-m", "iraq_events.cli", "--help"],
    "iraq-events build --help": [sys.executable, "-m", "iraq_events.cli", "build", "--help"],
}


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; median of {args.runs}")
    for command in COMMANDS.values():  # warm the file cache
        _time(command)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):  # interleaved, so load hits every command alike
        for name, command in COMMANDS.items():
            times[name].append(_time(command))
    bare = statistics.median(times["python -c pass"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:28s} {median:6.3f} s  ({median / bare:4.1f}x a bare interpreter)")
    help_time = statistics.median(times["iraq-events --help"])
    print(f"target iraq-events --help <= 0.100 s: {'met' if help_time <= 0.1 else 'NOT met'}")


if __name__ == "__main__":
    main()
