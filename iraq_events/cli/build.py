"""`iraq-events build [SOURCE ...] [--out DIR] [--jobs N] [--layout flat|partitioned] ...`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iraq_events.cli import warn_replaced

if TYPE_CHECKING:  # the dataset layer imports pyarrow: only a build needs it, not --help
    from iraq_events.dataset.build import BuildSummary


def default_cache() -> Path:
    """``$XDG_CACHE_HOME/iraq-events`` (``~/.cache/iraq-events``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "iraq-events"


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give at least 1")
    return jobs


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build the Parquet/CSV dataset from a folder (or list) of letters",
        description=(
            "Read every letter (*.txt) the sources name (folders are searched recursively; a "
            "*.list file holds one path per line), extract its events, apply the reviewed "
            "curation (SOURCE/curation/ or --curation), join the same event reported by "
            "several letters, and publish events, temporal_expressions and documents tables "
            "and build_errors.csv in the output folder. A letter that cannot be read is "
            "skipped and listed; the exit status is then 1. The output is byte-identical for "
            "any --jobs."
        ),
    )
    parser.add_argument(
        "sources", nargs="*", default=["seeds"], metavar="SOURCE",
        help="folders, *.list files or letters (default: seeds/)",
    )  # fmt: skip
    parser.add_argument(
        "--out", default="datasets", metavar="DIR", help="output folder (default: datasets/)"
    )
    parser.add_argument(
        "--curation", default=None, metavar="PATH",
        help="curation file or folder (default: the curation/ folder of each SOURCE folder)",
    )  # fmt: skip
    parser.add_argument(
        "--layout", choices=("flat", "partitioned"), default="flat",
        help="flat: one file per table (the bundled dataset); partitioned: one folder per "
        "table with a year=YYYY folder per year of the letters (large corpora)",
    )  # fmt: skip
    parser.add_argument(
        "--jobs", "-j", type=_jobs, default=None, metavar="N",
        help="worker processes (default: all cores)",
    )  # fmt: skip
    parser.add_argument(
        "--cache", default=None, metavar="DIR",
        help=f"cache of extracted letters (default: {default_cache()})",
    )  # fmt: skip
    parser.add_argument("--no-cache", action="store_true", help="extract every letter again")
    parser.add_argument(
        "--strict", action="store_true", help="stop at the first letter that cannot be read"
    )
    parser.add_argument(
        "--no-merge", action="store_true",
        help="keep the same event reported by several letters as separate events",
    )  # fmt: skip
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.add_argument(
        "--check", action="store_true",
        help="write nothing; exit 1 if the output folder differs from a fresh build",
    )  # fmt: skip
    parser.set_defaults(func=_run)


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.0f} MB"


def format_summary(summary: BuildSummary) -> str:
    curation = ", ".join(f"{count} {name}" for name, count in summary.by_curation)
    letters = len(summary.letters)
    rate = letters / summary.seconds if summary.seconds > 0 else 0.0
    lines = [
        f"built {summary.out_dir}/ ({summary.layout}) from {letters} letter(s)"
        + (f", {len(summary.errors)} skipped" if summary.errors else ""),
        f"  documents: {summary.documents}",
        f"  events: {summary.events}" + (f" ({curation})" if curation else "")
        + (f"; {summary.rejected} rejected by curation" if summary.rejected else "")
        + (f"; {summary.merged} joined to the same event of another letter"
           if summary.merged else ""),
        f"  temporal expressions: {summary.temporal_expressions}",
        "  by type: " + (", ".join(f"{name} {count}" for name, count in summary.by_type) or "-"),
    ]  # fmt: skip
    if summary.first_date is not None and summary.last_date is not None:
        lines.append(f"  date range: {summary.first_date} .. {summary.last_date}")
    if summary.curation_files:
        lines.append("  curation: " + ", ".join(summary.curation_files))
    lines.append("  wrote: " + ", ".join(path.name for path in summary.files))
    lines.append(
        f"  {summary.seconds:.1f} s, {rate:.1f} letters/s with {summary.jobs} job(s)"
        + (f", {summary.cached} from the cache" if summary.cached else "")
        + f"; peak memory {_megabytes(summary.peak_memory)}"
        + (
            f" (largest worker {_megabytes(summary.peak_memory_workers)})"
            if summary.peak_memory_workers
            else ""
        )
    )
    for error in summary.errors:
        lines.append(f"  skipped {error.source}: {error.problem}")
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace) -> int:
    from iraq_events.dataset import build as dataset_build

    if args.check:
        stale = dataset_build.stale_files(args.sources, Path(args.out), curation=args.curation)
        for name in stale:
            sys.stdout.write(f"{Path(args.out) / name} differs from a fresh build\n")
        if stale:
            sys.stdout.write("run `iraq-events build` and commit the result\n")
            return 1
        named = ", ".join(f"{source}/" for source in args.sources)
        sys.stdout.write(f"{args.out}/ is up to date with {named}\n")
        return 0
    if args.curation is None and (Path(args.out) / "curation").is_dir():
        print(
            f"iraq-events build: warning: {Path(args.out) / 'curation'} is not read: curation "
            "is input and lives beside the letters (SOURCE/curation/) or comes with --curation",
            file=sys.stderr,
        )
    cache = None if args.no_cache else Path(args.cache) if args.cache else default_cache()
    summary = dataset_build.build_dataset(
        args.sources,
        Path(args.out),
        curation=args.curation,
        jobs=args.jobs,
        layout=args.layout,
        cache_dir=cache,
        strict=args.strict,
        merge=not args.no_merge,
        progress=not args.quiet and sys.stderr.isatty(),
    )
    for letter, replaced in summary.replaced:
        warn_replaced(letter, replaced)
    sys.stdout.write(format_summary(summary))
    if summary.errors:
        print(
            f"iraq-events build: error: {len(summary.errors)} letter(s) could not be read; "
            f"listed in {summary.out_dir / 'build_errors.csv'}",
            file=sys.stderr,
        )
        return 1
    return 0
