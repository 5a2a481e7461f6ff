"""`iraq-events timeline` and `iraq-events plot`: the events in date order, as text or a chart.

Both read a Parquet events file (default ``datasets/events.parquet``) or a letter (``.txt``,
read and extracted on the fly), apply the same filters, and write in timeline order.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iraq_events.cli import CliError, warn_replaced
from iraq_events.cli._output import FORMATS, write_records
from iraq_events.errors import IraqEventsError

if TYPE_CHECKING:
    from iraq_events.timeline import Timeline

__all__ = ["DEFAULT_EVENTS", "load_timeline", "register"]

DEFAULT_EVENTS = Path("datasets") / "events.parquet"
TIMELINE_FORMATS = (*FORMATS, "timelinejs")
# as iraq_events.timeline.MODES; spelled out so that building the parser imports nothing heavy
WINDOW_MODES = ("certain", "possible")


def register(subparsers: Any) -> None:
    timeline = subparsers.add_parser(
        "timeline",
        help="list events in date order, honest about uncertain dates",
        description=(
            "List events in timeline order. Dates are shown at their precision "
            "(2024-02-06, 2023-11, 2023-Q4, 2021-07/..). --from/--to keep the events certainly "
            "inside the window (--mode certain, the default) or possibly inside it "
            "(--mode possible)."
        ),
    )
    _add_input_and_filters(timeline)
    timeline.add_argument(
        "--format",
        choices=TIMELINE_FORMATS,
        default="table",
        help="table/markdown for reading; json/csv one record per event with the dataset's "
        "column names; timelinejs for Knight Lab TimelineJS (default: table)",
    )
    timeline.add_argument(
        "--quotes",
        action="store_true",
        help="table/markdown: add the Dutch sentence each event was read from",
    )
    timeline.add_argument("-o", "--output", type=Path, help="write to this file, not stdout")
    timeline.set_defaults(func=_run_timeline)

    plot = subparsers.add_parser(
        "plot",
        help="draw the timeline as a chart (PNG, SVG or PDF)",
        description="Draw the events as a chart with one lane per event type or per actor.",
    )
    _add_input_and_filters(plot)
    plot.add_argument(
        "-o", "--output", type=Path, required=True, help="the image to write (.png, .svg, .pdf)"
    )
    plot.add_argument(
        "--by", choices=("type", "actor"), default="type", help="one lane per (default: type)"
    )
    plot.add_argument("--title", help="the chart title (default: from the documents)")
    plot.set_defaults(func=_run_plot)


def _add_input_and_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        default=DEFAULT_EVENTS,
        help=f"an events .parquet file or a letter .txt (default: {DEFAULT_EVENTS})",
    )
    parser.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--mode",
        choices=WINDOW_MODES,
        default="certain",
        help="certain: the whole date lies in the window; possible: it overlaps (default: certain)",
    )
    parser.add_argument("--type", dest="event_type", action="append", metavar="TYPE")
    parser.add_argument(
        "--actor", action="append", help="canonical name or words in the letter, any case"
    )
    parser.add_argument("--status", action="append")
    parser.add_argument("--country", action="append", metavar="ISO3")
    parser.add_argument("--location", action="append")
    parser.add_argument("--document", action="append", metavar="DOCUMENT_ID")
    parser.add_argument(
        "--no-typer",
        action="store_true",
        help="for a letter: the rules' event types alone, without the learned typer's retyping "
        "(an events .parquet file holds its types already)",
    )


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a valid date in the form YYYY-MM-DD"
        ) from None


def load_timeline(path: Path, *, typer: bool = True) -> tuple[Timeline, str | None]:
    """The events of an events Parquet file or of a letter, and a title naming the letters.

    For a Parquet file the title comes from ``documents.parquet`` beside it, when there is one.
    ``typer=False`` reads a letter's events without the learned typer; a Parquet file's types
    were fixed when it was built, so asking that of one is an error.
    """
    from iraq_events.timeline import Timeline
    from iraq_events.views.labels import LetterHeading, letters_title

    if not path.exists():
        raise CliError(f"{path}: no such file")
    if path.is_dir():
        raise CliError(f"{path}: is a directory, not an events .parquet file or a letter")
    if path.suffix.lower() == ".parquet":
        if not typer:
            raise CliError(
                f"{path}: --no-typer applies to a letter; an events .parquet file holds the "
                "types it was built with"
            )
        # through the links of a published dataset to one version's folder, so that events and
        # documents come from the same build even if another build switches versions meanwhile
        version = path.resolve()
        timeline = Timeline.from_parquet(version)
        return timeline, _dataset_title(version.with_name("documents.parquet"), timeline)
    from iraq_events.documents import read_document
    from iraq_events.events import extract_events

    document = read_document(path)
    warn_replaced(str(path), document.replaced)
    metadata = document.metadata
    heading = LetterHeading(
        metadata.date, metadata.chamber, metadata.dossier, metadata.dossier_title
    )
    return Timeline(extract_events(document, typer=typer)), letters_title([heading])


def _dataset_title(documents_file: Path, timeline: Timeline) -> str | None:
    if not documents_file.is_file():
        return None
    from iraq_events.dataset import read_table
    from iraq_events.views.labels import LetterHeading, letters_title

    try:
        rows = read_table(documents_file, "documents").to_pylist()
    except IraqEventsError:
        return None  # the title is a nicety; the events file is what was asked for
    wanted = set(timeline.document_ids)
    return letters_title(
        [
            LetterHeading(row["date"], row["chamber"], row["dossier"], row["dossier_title"])
            for row in rows
            if row["document_id"] in wanted
        ]
    )


def _select(args: argparse.Namespace) -> tuple[Timeline, str | None]:
    timeline, title = load_timeline(args.file, typer=not args.no_typer)
    if args.start is not None and args.end is not None and args.start > args.end:
        raise CliError(f"--from {args.start} is after --to {args.end}")
    try:
        timeline = timeline.filter(
            event_type=args.event_type,
            status=args.status,
            actor=args.actor,
            country=args.country,
            location=args.location,
            document=args.document,
        )
    except ValueError as error:
        raise CliError(str(error)) from None
    if args.start is not None or args.end is not None:
        timeline = timeline.window(args.start, args.end, mode=args.mode)
    return timeline, title


def _run_timeline(args: argparse.Namespace) -> int:
    timeline, title = _select(args)
    output = args.output
    if output is None:
        _write(timeline, title, args, sys.stdout)
        return 0
    from iraq_events.dataset.parquet import atomic_write

    # render first, then write atomically: a failure names the target, never a temporary file,
    # and leaves any previous file as it was
    text = io.StringIO(newline="")
    _write(timeline, title, args, text)
    data = text.getvalue().encode("utf-8")
    atomic_write(output, lambda stream: stream.write(data))
    return 0


def _write(timeline: Timeline, title: str | None, args: argparse.Namespace, stream: Any) -> None:
    fmt = args.format
    if fmt == "timelinejs":
        from iraq_events.views.timelinejs import to_timelinejs

        document = to_timelinejs(timeline, title=title)
        json.dump(document, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        skipped = len(timeline) - len(document["events"])
        if skipped:
            print(
                f"iraq-events timeline: {skipped} event(s) with an unresolved date left out",
                file=sys.stderr,
            )
    elif fmt == "json":
        from iraq_events.views.terminal import dataset_records

        records, columns = dataset_records(timeline)
        write_records(records, columns, fmt, stream)
    elif fmt == "csv":
        from iraq_events.views.terminal import dataset_csv

        stream.write(dataset_csv(timeline))
    else:
        from iraq_events.views.terminal import QUOTE_COLUMN, TABLE_COLUMNS, table_records

        columns = [*TABLE_COLUMNS, QUOTE_COLUMN] if args.quotes else list(TABLE_COLUMNS)
        write_records(table_records(timeline, quotes=args.quotes), columns, fmt, stream)


def _run_plot(args: argparse.Namespace) -> int:
    from iraq_events.views.chart import save_chart

    timeline, title = _select(args)
    if not len(timeline):
        raise CliError(f"{args.file}: no events to plot after the filters")
    try:
        written = save_chart(timeline, args.output, by=args.by, title=args.title or title)
    except ValueError as error:
        raise CliError(str(error)) from None
    print(f"wrote {written} ({len(timeline)} events)", file=sys.stderr)
    return 0
