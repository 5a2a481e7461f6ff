"""One very large letter: time and peak memory of read_document and extract_events.

Run: ``python benchmarks/bench_big_letter.py [MEGABYTES]`` (default 5; issue 16 asks 50)

The letter is the seed repeated to the size asked, written to a temporary file and read from
its path, as the command line and a build read letters. The letter-size limit
(``iraq_events.documents.reader.MAX_LETTER_BYTES``) is raised for the run when the size asked
is beyond it, so any size can be measured. Peak memory is the process's maximum resident set
size, interpreter and libraries included, and is printed as a multiple of the input's size;
the resident size after start-up (imports, the seed read once so the lexicons and the date
grammar are loaded) is printed too, for what the letter itself costs.
"""

from __future__ import annotations

import gc
import os
import resource
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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    megabytes = float(args[0]) if args else 5.0
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
