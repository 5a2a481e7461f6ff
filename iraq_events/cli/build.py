"""`iraq-events build [SEEDS_DIR] [--out DIR] [--curation PATH] [--check]`: the dataset."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iraq_events.cli import warn_replaced

if TYPE_CHECKING:  # the dataset layer imports pyarrow: only a build needs it, not --help
    from iraq_events.dataset.build import BuildSummary


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
    parser.add_argument(
        "--check", action="store_true",
        help="write nothing; exit 1 if the output folder differs from a fresh build",
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
    from iraq_events.dataset.build import build_dataset, stale_files

    if args.check:
        stale = stale_files(Path(args.seeds), Path(args.out), curation=args.curation)
        for name in stale:
            sys.stdout.write(f"{Path(args.out) / name} differs from a fresh build\n")
        if stale:
            sys.stdout.write("run `iraq-events build` and commit the result\n")
            return 1
        sys.stdout.write(f"{args.out}/ is up to date with {args.seeds}/\n")
        return 0
    summary = build_dataset(Path(args.seeds), Path(args.out), curation=args.curation)
    for letter, replaced in summary.replaced:
        warn_replaced(str(Path(args.seeds) / letter), replaced)
    sys.stdout.write(format_summary(summary))
    return 0
