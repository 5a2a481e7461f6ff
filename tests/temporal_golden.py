"""The golden dump of ``find_dates`` on a few seed letters: every field of every expression,
one line each, so that a speed change can be checked to change no result.

    python tests/temporal_golden.py --write   # after a reviewed change of the grammar's output

``tests/test_temporal_golden.py`` compares ``find_dates`` with the stored dump.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "temporal_golden" / "find_dates.txt"
# seed letters that are not held out, each at its own date, with and without a preference
LETTERS = (
    "000_7ba65e5599d72e72",
    "kst_21501-02_2893_update_europese_vredesfaciliteit_2024-05-03",
    "kst_27925_609_verslag_ao_voortgang_isis_2017-07-12",
    "kst_29521_309_voortgang_minusma_2015-12-18",
)


def dump() -> str:
    from iraq_events.temporal import find_dates

    lines = []
    for name in LETTERS:
        path = ROOT / "seeds" / f"{name}.txt"
        meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
        written = meta.get("document_date") or meta["letter_date"]
        reference = datetime.date.fromisoformat(written)
        text = path.read_text(encoding="utf-8")
        for prefer in (None, "future"):
            lines.append(f"## {name} reference={reference} prefer={prefer}")
            for found in find_dates(text, reference, prefer=prefer):
                lines.append(repr(attrs.astuple(found, recurse=False)))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    GOLDEN.write_text(dump(), encoding="utf-8")
    print(f"wrote {GOLDEN}")
