"""One very large letter: time and peak memory of read_document and extract_events.

Run: ``python benchmarks/bench_big_letter.py [MEGABYTES]`` (default 5; issue 16 asks 50)

The letter is the seed repeated to the size asked. The letter-size limit
(``iraq_events.documents.reader.MAX_LETTER_BYTES``, a guard for the command line) is raised for
the run, so sizes beyond it can be measured. Peak memory is the process's maximum resident set
size, interpreter and libraries included, and is printed as a multiple of the input's size.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import iraq_events.documents.reader as reader_module
from iraq_events.documents import read_document
from iraq_events.events import extract_events

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_7ba65e5599d72e72.txt"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    megabytes = float(args[0]) if args else 5.0
    size = int(megabytes * 1_000_000)
    seed = SEED.read_text(encoding="utf-8") + "\n\n"
    data = (seed * (size // len(seed) + 1))[:size].encode("utf-8")
    reader_module.MAX_LETTER_BYTES = max(reader_module.MAX_LETTER_BYTES, len(data) + 1)
    begin = time.perf_counter()
    document = read_document(data)
    reading = time.perf_counter() - begin
    begin = time.perf_counter()
    events = extract_events(document)
    extracting = time.perf_counter() - begin
    # ru_maxrss is in kilobytes on Linux
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(
        f"{len(data) / 1e6:.1f} MB: read_document {reading:.1f} s, extract_events "
        f"{extracting:.1f} s, {len(events)} events; peak RSS {peak / 1e6:.0f} MB = "
        f"{peak / len(data):.1f}x the input"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
