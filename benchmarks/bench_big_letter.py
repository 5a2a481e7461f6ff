"""One very large letter: time and peak memory of read_document and extract_events, and of
``iraq-events build`` on a folder holding only that letter.

Run: ``python benchmarks/bench_big_letter.py [MEGABYTES] [--build] [--no-read]`` (default 5;
issue 16 asks 50)

The letter is the seed repeated to the size asked, written to a temporary file and read from
its path, as the command line and a build read letters. The letter-size limit
(``iraq_events.documents.reader.MAX_LETTER_BYTES``) is raised for the run when the size asked
is beyond it, so any size can be measured. Peak memory is the process's maximum resident set
size, interpreter and libraries included, and is printed as a multiple of the input's size;
the resident size after start-up (imports, the seed read once so the lexicons and the date
grammar are loaded) is printed too, for what the letter itself costs.

``--build`` also runs ``iraq-events build FOLDER --no-cache --jobs 1`` in a child process on a
folder holding only the letter, and on one holding only the seed (the build's start-up:
pyarrow, pandas, which pyarrow imports at its first conversion, the lexicons), and prints
each child's peak resident size over the whole process, the figure issue 16 bounds (at most
10x the letter). ``--no-read`` skips the in-process read and extraction.
"""

from __future__ import annotations

import gc
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import iraq_events.documents.reader as reader_module
from iraq_events.documents import read_document
from iraq_events.events import extract_events

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_7ba65e5599d72e72.txt"


def _letter(size: int) -> bytes:
    seed = SEED.read_bytes() + b"\n\n"
    data = (seed * (size // len(seed) + 1))[:size]
    # cut before a character, not inside one
    while data and (data[-1] & 0xC0 == 0x80 or data[-1] >= 0xC0):
        data = data[:-1]
    return data


def _peak() -> int:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# the build in a child process; the size limit raised to the letter's for sizes beyond it
_BUILD = """
import sys
import iraq_events.documents.reader as reader
reader.MAX_LETTER_BYTES = max(reader.MAX_LETTER_BYTES, int(sys.argv[3]))
from iraq_events.cli import main
sys.exit(main(["build", sys.argv[1], "--out", sys.argv[2], "--no-cache", "--jobs", "1",
               "--quiet"]))
"""


def _build(folder: Path, out: Path, size: int) -> tuple[float, int]:
    """Wall seconds and peak resident bytes of a build of ``folder`` in a child process."""
    begin = time.perf_counter()
    command = [sys.executable, "-c", _BUILD, str(folder), str(out), str(size)]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"the build of {folder} failed (exit status {child.returncode})")
    return time.perf_counter() - begin, usage.ru_maxrss * 1024


def build_report(megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "seed").mkdir()
        (root / "seed" / SEED.name).write_bytes(SEED.read_bytes())
        _, start_up = _build(root / "seed", root / "out-seed", 0)
        (root / "letter").mkdir()
        data = _letter(int(megabytes * 1_000_000))
        (root / "letter" / "big_letter.txt").write_bytes(data)
        size = len(data)
        del data
        seconds, peak = _build(root / "letter", root / "out-letter", size)
    load = os.getloadavg()
    print(
        f"{size / 1e6:.1f} MB: iraq-events build {seconds:.1f} s; peak RSS {peak / 1e6:.0f} MB "
        f"= {peak / size:.1f}x the input, the whole process (a build of the seed alone: "
        f"{start_up / 1e6:.0f} MB; above it {(peak - start_up) / size:.1f}x); "
        f"load average {load[0]:.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    flags = {a for a in args if a.startswith("--")}
    numbers = [a for a in args if not a.startswith("--")]
    megabytes = float(numbers[0]) if numbers else 5.0
    if "--build" in flags:
        # first, while this process is small: a child's peak counts what it was forked from
        build_report(megabytes)
    if "--no-read" not in flags:
        read_report(megabytes)
    return 0


def read_report(megabytes: float) -> None:
    extract_events(read_document(SEED))  # loads the lexicons and the grammar
    start_up = _peak()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big_letter.txt"
        data = _letter(int(megabytes * 1_000_000))
        path.write_bytes(data)
        size = len(data)
        del data
        gc.collect()
        reader_module.MAX_LETTER_BYTES = max(reader_module.MAX_LETTER_BYTES, size)
        begin = time.perf_counter()
        document = read_document(path)
        reading = time.perf_counter() - begin
        after_reading = _peak()
        begin = time.perf_counter()
        events = extract_events(document)
        extracting = time.perf_counter() - begin
    peak = _peak()
    load = os.getloadavg()
    print(
        f"{size / 1e6:.1f} MB: read_document {reading:.1f} s (peak {after_reading / 1e6:.0f} MB), "
        f"extract_events {extracting:.1f} s, {len(events)} events; peak RSS {peak / 1e6:.0f} MB "
        f"= {peak / size:.1f}x the input (start-up {start_up / 1e6:.0f} MB); "
        f"load average {load[0]:.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
