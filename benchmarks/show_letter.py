"""Print a letter's sentences and date expressions with their offsets, for writing gold by hand.

Run: ``python benchmarks/show_letter.py seeds/<letter>.txt [--reference YYYY-MM-DD]``

Shows what the document layer and the temporal layer read (sentence spans in the original
file, each sentence's clean text, every date expression with its span and interval); it never
runs event extraction, so gold written from it is not shaped by the extractor.
"""

from __future__ import annotations

import argparse
import datetime
import sys

from iraq_events.documents import read_document
from iraq_events.temporal import find_dates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("letter")
    parser.add_argument("--reference", type=datetime.date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    document = read_document(args.letter)
    raw = document.text
    reference = args.reference or document.date
    print(f"letter date (from the text): {document.date}; reference used: {reference}")
    expressions = find_dates(raw, reference)
    for sentence in document.sentences:
        print(f"\n[{sentence.index}] {sentence.start}..{sentence.end}  {sentence.clean_text}")
        for expression in expressions:
            if sentence.start <= expression.start < sentence.end:
                print(
                    f"    date {expression.start}..{expression.end} {expression.text!r} "
                    f"-> {expression.earliest}..{expression.latest} mod={expression.mod} "
                    f"kind={expression.kind.value} rule={expression.rule}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
