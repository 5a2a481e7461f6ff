"""`iraq-events build [SEEDS_DIR] [--out DIR] [--curation PATH]`: the published dataset."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from iraq_events.dataset.build import BuildSummary, build_dataset


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build the Parquet/CSV dataset from the letters in a seeds folder",
        description=(
            "Read every letter (*.txt) in SEEDS_DIR, extract its events, apply the reviewed "
            "curation and write events.parquet, temporal_expressions.parquet, "
            "documents.parquet and events.csv to the output folder. Re-running gives "
            "byte-identical files."
        ),
    )
    parser.add_argument(
        "seeds", nargs="?", default="seeds", metavar="SEEDS_DIR",
        help="folder of letters (default: seeds/)",
    )  # fmt: skip
    parser.add_argument(
        "--out", default="datasets", metavar="DIR", help="output folder (default: datasets/)"
    )
    parser.add_argument(
        "--curation", default=None, metavar="PATH",
        help="curation file or folder (default: <out>/curation/ when it exists)",
    )  # fmt: skip
    parser.set_defaults(func=_run)


def format_summary(summary: BuildSummary) -> str:
    curation = ", ".join(f"{count} {name}" for name, count in summary.by_curation)
    lines = [
        f"built {summary.out_dir}/ from {len(summary.letters)} letter(s)",
        f"  documents: {summary.documents}",
        f"  events: {summary.events}" + (f" ({curation})" if curation else "")
        + (f"; {summary.rejected} rejected by curation" if summary.rejected else ""),
        f"  temporal expressions: {summary.temporal_expressions}",
        "  by type: " + (", ".join(f"{name} {count}" for name, count in summary.by_type) or "-"),
    ]  # fmt: skip
    if summary.first_date is not None and summary.last_date is not None:
        lines.append(f"  date range: {summary.first_date} .. {summary.last_date}")
    if summary.curation_files:
        lines.append("  curation: " + ", ".join(summary.curation_files))
    lines.append("  wrote: " + ", ".join(path.name for path in summary.files))
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace) -> int:
    summary = build_dataset(Path(args.seeds), Path(args.out), curation=args.curation)
    sys.stdout.write(format_summary(summary))
    return 0
