"""Corpus build at scale: letters/s and peak memory for N letters, 1 job and all cores.

The corpus is made from the real letters in ``seeds/`` and ``../shared/letters/`` (by file
name, once each): the k-th copy of a letter has every year shifted by ``k % 20 - 10`` and
every day of a written date (``15 mei``) moved by ``k // 20`` days within its month, in the
text and in its sidecar (a text without a year gets a reference line ``Kenmerk: BENCH-<i>``),
so no two letters are identical and each reads as a letter of its own date. Each build runs in
a fresh process (partitioned layout, no cache); its peak RSS is that process's and its largest
worker's (``resource.getrusage`` of the process and of its children).

    python benchmarks/bench_build.py                 # N = 100 and 1 000
    python benchmarks/bench_build.py --large         # N = 100, 1 000 and 10 000
    python benchmarks/bench_build.py --sizes 50 200 --jobs 1 2

Prints, per N and job count: seconds, letters/s, milliseconds per letter (wall clock and CPU
time of all processes), peak RSS of the main process and of the largest worker, and the ratio
of each to N = 100 (the first size); and the speed-up of all cores over one job, measured (wall
clock) and from CPU time: one job's CPU time over an estimate of the wall clock on idle cores,
the workers' CPU time divided by the jobs plus all of the main process's (as if none of it
overlapped the workers). The second figure is what to read when other jobs share the machine
(the load average is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT.parent / "shared" / "letters")
MONTHS = ("januari februari maart april mei juni juli augustus september oktober november "
          "december").split()  # fmt: skip
_YEAR = re.compile(r"\b(19[6-9]\d|20[0-4]\d)\b")
_DAY = re.compile(r"\b([0-3]?\d)(\s+)(" + "|".join(MONTHS) + r")\b")
_ISO = re.compile(r"\b(19[6-9]\d|20[0-4]\d)-(\d\d)-(\d\d)\b")


def _base_letters() -> list[Path]:
    letters: dict[str, Path] = {}
    for folder in SOURCES:
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                letters.setdefault(path.name, path)
    return [letters[name] for name in sorted(letters)]


def _shift(text: str, years: int, days: int) -> str:
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + years), text)

    def day(match: re.Match[str]) -> str:
        value = int(match.group(1))
        if not 1 <= value <= 31:
            return match.group(0)
        return f"{(value - 1 + days) % 28 + 1}{match.group(2)}{match.group(3)}"

    text = _DAY.sub(day, text)
    return _ISO.sub(
        lambda m: (
            f"{int(m.group(1)) + years}-{m.group(2)}-{(int(m.group(3)) - 1 + days) % 28 + 1:02d}"
        ),
        text,
    )


def make_corpus(folder: Path, count: int) -> None:
    bases = _base_letters()
    folder.mkdir(parents=True)
    for i in range(count):
        base = bases[i % len(bases)]
        copy = i // len(bases)
        years, days = copy % 20 - 10, copy // 20
        stem = f"{i:06d}_{base.stem}"
        text = base.read_text(encoding="utf-8", errors="surrogateescape")
        shifted = _shift(text, years, days)
        if copy and _YEAR.search(text) is None:  # a text without a year of its own: mark it
            shifted = f"{text.rstrip()}\n\nKenmerk: BENCH-{i:06d}\n"
        (folder / f"{stem}.txt").write_text(shifted, encoding="utf-8", errors="surrogateescape")
        sidecar = base.with_suffix(".meta.json")
        if sidecar.is_file():
            (folder / f"{stem}.meta.json").write_text(
                _shift(sidecar.read_text(encoding="utf-8"), years, days), encoding="utf-8"
            )


_RUN = """
import json, resource, sys, time
from iraq_events.dataset.build import build_dataset
corpus, out, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.perf_counter()
summary = build_dataset(corpus, out, jobs=jobs, layout="partitioned")
seconds = time.perf_counter() - start
print(json.dumps({
    "seconds": seconds, "letters": len(summary.letters), "documents": summary.documents,
    "events": summary.events, "errors": len(summary.errors), "merged": summary.merged,
    "main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    "worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
    "main_cpu": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
    "worker_cpu": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]),
}))
"""


def run(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", _RUN, str(corpus), str(out), str(jobs)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    shutil.rmtree(out, ignore_errors=True)
    measured: dict[str, float] = json.loads(result.stdout.splitlines()[-1])
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--large", action="store_true", help="add N = 10 000")
    parser.add_argument("--jobs", type=int, nargs="+", default=None,
                        help="job counts (default: 1 and all cores)")  # fmt: skip
    args = parser.parse_args()
    sizes = [*args.sizes, *([10_000] if args.large else [])]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    jobs_list = args.jobs or sorted({1, cores or 1})
    bases = _base_letters()
    print(f"iraq-events build benchmark: {len(bases)} real letters copied with shifted dates; "
          f"{cores} CPUs, load average {os.getloadavg()[0]:.2f}")  # fmt: skip
    print(f"{'N':>6} {'jobs':>4} | {'seconds':>8} {'letters/s':>9} {'ms/letter':>9} "
          f"{'cpu ms':>6} {'events':>7} {'errors':>6} | {'main MB':>7} {'worker MB':>9} | "
          f"{'rate/N0':>7} {'mem/N0':>6}")  # fmt: skip
    first: dict[int, dict[str, float]] = {}
    rates: dict[tuple[int, int], float] = {}
    cpu: dict[tuple[int, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as scratch:
        for size in sizes:
            corpus = Path(scratch) / f"corpus-{size}"
            make_corpus(corpus, size)
            for jobs in jobs_list:
                measured = run(corpus, Path(scratch) / "out", jobs)
                rate = measured["letters"] / measured["seconds"]
                memory = measured["main"] + measured["worker"]
                base = first.setdefault(jobs, {"rate": rate, "memory": memory})
                rates[(size, jobs)] = rate
                cpu[(size, jobs)] = measured
                total_cpu = measured["main_cpu"] + measured["worker_cpu"]
                print(
                    f"{size:>6} {jobs:>4} | {measured['seconds']:>8.1f} {rate:>9.2f} "
                    f"{1000 / rate:>9.1f} {1000 * total_cpu / measured['letters']:>6.1f} "
                    f"{int(measured['events']):>7} {int(measured['errors']):>6} | "
                    f"{measured['main'] / 2**20:>7.0f} {measured['worker'] / 2**20:>9.0f} | "
                    f"{rate / base['rate']:>7.2f} {memory / base['memory']:>6.2f}",
                    flush=True,
                )
            shutil.rmtree(corpus)
    if len(jobs_list) > 1:
        many, one = jobs_list[-1], jobs_list[0]
        for size in sizes:
            ratio = rates[(size, many)] / rates[(size, one)]
            single, multi = cpu[(size, one)], cpu[(size, many)]
            idle_wall = multi["worker_cpu"] / many + multi["main_cpu"]
            by_cpu = (single["main_cpu"] + single["worker_cpu"]) / idle_wall
            print(f"N={size}: {many} jobs / {one} job throughput = {ratio:.2f}x "
                  f"(from CPU time: {by_cpu:.2f}x; CPU s: {one} job {single['main_cpu']:.1f}, "
                  f"{many} jobs main {multi['main_cpu']:.1f} + workers "
                  f"{multi['worker_cpu']:.1f})")  # fmt: skip
    print(f"load average at end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
