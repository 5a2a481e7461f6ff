"""Robustness benchmark: does reading a letter stay linear on adversarial input, does anything
raise on arbitrary input, and does the command line fail clearly on bad input?

Three parts (issue 16, issue 12 item 6):

- **time**: builds each adversarial input at about 100 kB and 1 MB, times ``read_document``
  (which runs ``find_dates`` over every clean paragraph), ``find_dates`` on the raw text and,
  with ``--events``, ``extract_events`` (the best of ``--runs`` runs at each size), and prints
  the 1 MB / 100 kB time ratio per input. Linear code gives a ratio near 10; the target is at
  most 12 for every input.
- **fuzz** (``--fuzz``): Hypothesis over arbitrary Unicode and Dutch-flavoured text through
  ``find_dates`` (``--date-cases``, default 100 000) and through ``read_document`` +
  ``extract_events`` (``--pipeline-cases``, default 10 000); every exception other than a
  ``DocumentError`` from ``read_document`` is counted and shown.
- **cli** (``--cli``): the bad-input matrix (empty, binary, cp1252, missing, directory,
  unreadable, impossible date, huge file) through ``python -m iraq_events.cli`` in a
  subprocess: exit status, whether the message names the input, whether a traceback shows.
  ``tests/test_cli_bad_inputs.py`` runs the same matrix in the suite.

    python benchmarks/robustness.py                     # time: read_document and find_dates
    python benchmarks/robustness.py --events            # time extract_events too
    python benchmarks/robustness.py --only day_ranges --sizes 50000 500000
    python benchmarks/robustness.py --fuzz --cli --no-time

Never a timed assertion in the test suite: see benchmarks/README.md and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import html
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7ba65e5599d72e72.txt"
REFERENCE = datetime.date(2024, 5, 15)
RATIO_TARGET = 12.0
HEAD = "Den Haag, 15 mei 2024\n\nDe minister sprak over "


def _repeat(unit: str, size: int, head: str = HEAD) -> str:
    count = max(1, (size - len(head)) // len(unit))
    return head + unit * count


def _seed_one_line(size: int) -> str:
    seed = " ".join(SEED.read_text(encoding="utf-8").split()) + " "
    return (seed * (size // len(seed) + 1))[:size]


def _seed_repeated(size: int) -> str:
    seed = SEED.read_text(encoding="utf-8") + "\n\n"
    return (seed * (size // len(seed) + 1))[:size]


# name -> (what it is, builder of a text of about the given number of characters)
INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "day_ranges": (
        'one sentence of "7-8 augustus 2023 " repeated',
        lambda size: _repeat("7-8 augustus 2023 ", size),
    ),
    "short_pages": (
        "many short pages (one sentence each, form feeds)",
        lambda size: _repeat("Op 7 augustus 2023 sprak de minister.\n\n\f", size),
    ),
    "digits": ("digits and spaces in one sentence", lambda size: _repeat("2023 7 8 15 ", size)),
    "dashes": ("dashes and hyphens", lambda size: _repeat("7 - 8 -- 9 – 10 — ", size)),
    "month_names": ("a month name repeated", lambda size: _repeat("augustus ", size)),
    "tot_en_met": ('"tot en met" repeated', lambda size: _repeat("mei tot en met ", size)),
    "cited_papers": (
        "one sentence citing letters, attacks and papers with their dates, repeated",
        lambda size: _repeat(
            "de brief d.d. 3 mei 2024 inzake het verzoek, de aanval op 4 mei 2024 "
            "(Kamerstuk 27 925, nr. 5) en het bezoek van de minister ",
            size,
        ),
    ),
    "one_line": ("the seed letter without line breaks, repeated", _seed_one_line),
    "seed_repeated": ("the seed letter repeated (a real letter, for scale)", _seed_repeated),
}


def _time(function: Callable[[], object], runs: int) -> float:
    """The best of ``runs`` timings: the least disturbed by other processes on the machine."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", action="store_true", help="time extract_events too")
    parser.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="inputs to run")
    parser.add_argument("--sizes", nargs=2, type=int, default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per size (best is kept)")
    parser.add_argument("--no-time", action="store_true", help="skip the timing table")
    parser.add_argument("--fuzz", action="store_true", help="run the Hypothesis fuzz runs")
    parser.add_argument("--date-cases", type=int, default=100_000)
    parser.add_argument("--pipeline-cases", type=int, default=10_000)
    parser.add_argument("--cli", action="store_true", help="run the CLI bad-input matrix")
    args = parser.parse_args(argv)
    status = 0
    if not args.no_time:
        status |= _timing(args)
    if args.fuzz:
        status |= fuzz(args.date_cases, args.pipeline_cases)
    if args.cli:
        status |= cli_matrix_report()
    return status


def _timing(args: argparse.Namespace) -> int:

    from iraq_events import extract_events, find_dates, read_document

    small, large = args.sizes
    print(
        f"iraq-events robustness benchmark — {small:,} vs {large:,} characters; "
        f"python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {' / '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    stages: list[tuple[str, Callable[[str], Callable[[], object]]]] = [
        ("read_document", lambda text: lambda: read_document(text.encode("utf-8"))),
        ("find_dates", lambda text: lambda: find_dates(text, reference=REFERENCE)),
    ]
    if args.events:
        stages.append(
            (
                "read+extract",
                lambda text: lambda: extract_events(read_document(text.encode("utf-8"))),
            )
        )
    header = f"{'input':<14}" + "".join(
        f" | {name:>13} {'small':>8} {'large':>8} {'ratio':>6}" for name, _ in stages
    )
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name in args.only or INPUTS:
        _, build = INPUTS[name]
        texts = (build(small), build(large))
        cells = []
        for stage_name, make in stages:
            runs = (args.runs, args.runs)
            times = [_time(make(text), count) for text, count in zip(texts, runs, strict=True)]
            ratio = times[1] / times[0]
            worst = max(worst, ratio)
            cells.append(f" | {stage_name:>13} {times[0]:7.3f}s {times[1]:7.3f}s {ratio:5.1f}x")
        print(f"{name:<14}" + "".join(cells), flush=True)
    verdict = "met" if worst <= RATIO_TARGET else "NOT met"
    print(f"worst ratio {worst:.1f}x; target <= {RATIO_TARGET:.0f}x for every input: {verdict}")
    for name in args.only or INPUTS:
        print(f"  {name}: {INPUTS[name][0]}")
    return 0 if worst <= RATIO_TARGET else 1


# --- fuzz ----------------------------------------------------------------------------------

DUTCH_TOKENS = (
    *"januari februari maart april mei juni juli augustus september oktober november".split(),
    "december",
    *"jan. feb. mrt. apr. aug. sept. okt. nov. dec.".split(),
    *"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma. zo.".split(),
    "jl.", "a.s.", "j.l.", "tot en met", "t/m", "tot", "van", "vanaf", "sinds", "tussen", "en",
    "medio", "eind", "begin", "half", "het", "de", "op", "in", "week", "kwartaal", "jaar",
    "vorig jaar", "volgend jaar", "deze rapportageperiode", "Koningsdag", "Pasen", "Kerstmis",
    "Den Haag,", "Vergaderjaar", "2023-2024", "2023/24", "Kamerstuk", "27 925,", "nr.", "943",
    "Irak", "Syrië", "Bagdad", "ISIS", "F-16", "minister", "kabinet", "besloot", "zal",
    "werd", "aanval", "luchtaanval", "verkiezingen", "gedood", "Tower 22", "€20,1", "1.500",
    "-", "–", "—", "/", ".", ",", ":", ";", "(", ")", "'", "\u2019", "\"", "\n", "\n\n", " \n",
    "\f", "\t", "\u00a0", "\u00ad", "\ufffd", "\x00", "1", "2", "7-8", "31", "29", "00", "2024",
    "1999", "9999", "0", "20238", "15-05-2024", "2024-05-15", "1e", "2de", "Q3",
)  # fmt: skip


def dutch_text() -> Any:
    """Dutch-flavoured text: date words, numbers, letterhead and letter words, punctuation,
    line breaks, form feeds and control characters, glued or spaced at random."""
    from hypothesis import strategies as st

    token = st.one_of(
        st.sampled_from(DUTCH_TOKENS),
        st.integers(-5, 100_000).map(str),
        st.text(max_size=4),
    )
    return st.lists(st.tuples(token, st.sampled_from(("", " ", " ", "\n"))), max_size=60).map(
        lambda pairs: "".join(word + gap for word, gap in pairs)
    )


def _letterish() -> Any:
    """A Dutch-flavoured text with, half of the time, a letterhead date and a footnote block."""
    from hypothesis import strategies as st

    head = st.sampled_from(("", "Den Haag, 15 mei 2024\n\n", "Den Haag, 31 februari 2024\n\n"))
    foot = st.sampled_from(("", "\n\n1 Kamerstuk 27 925, nr. 943\n", "\f2\n\n"))
    return st.tuples(head, dutch_text(), foot).map("".join)


def fuzz(date_cases: int, pipeline_cases: int) -> int:
    """Run the fuzz runs and print the cases run and the exceptions seen; 1 when any."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from iraq_events import DocumentError, extract_events, find_dates, read_document

    def run(name: str, cases: int, strategy: Any, check: Callable[[Any], None]) -> int:
        seen: list[tuple[str, Any]] = []
        count = 0

        @settings(
            max_examples=cases,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def case(value: Any) -> None:
            nonlocal count
            count += 1
            try:
                check(value)
            except Exception as error:  # counted and shown, never raised: the run goes on
                seen.append((f"{type(error).__name__}: {error}", value))

        started = time.perf_counter()
        case()
        elapsed = time.perf_counter() - started
        print(
            f"{name:<40} {count:>8,} cases in {elapsed:7.1f}s: {len(seen)} exceptions",
            flush=True,
        )
        for message, value in seen[:5]:
            print(f"    {message[:200]}  <- {value!r:.120}")
        return 1 if seen else 0

    def dates(text: str) -> None:
        for expression in find_dates(text, REFERENCE):
            assert text[expression.start : expression.end] == expression.text

    def pipeline(data: bytes) -> None:
        try:
            document = read_document(data)
        except DocumentError:
            return  # a clear error naming the input is the contract for bad bytes
        extract_events(document)

    as_bytes = st.one_of(
        st.text().map(lambda text: text.encode("utf-8", "surrogatepass")),
        _letterish().map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.binary(),
        # the PDF and markup readers: a PDF header before arbitrary bytes, markup around text
        st.binary().map(lambda data: b"%PDF-1.7\n" + data),
        st.text().map(
            lambda text: f"<html><body><p>{text}</p></body></html>".encode("utf-8", "surrogatepass")
        ),
        dutch_text().map(
            lambda text: (
                "<?xml version='1.0'?><kamerstuk><stuk><al>"
                + html.escape(text)
                + "<noot><noot.al>Kamerstuk 27 925, nr. 943</noot.al></noot>"
                + "</al></stuk></kamerstuk>"
            ).encode("utf-8", "surrogatepass")
        ),
    )
    print(f"fuzz — hypothesis, python {platform.python_version()}, {os.cpu_count()} CPUs")
    half = date_cases // 2
    status = run("find_dates, arbitrary Unicode", half, st.text(), dates)
    status |= run("find_dates, Dutch-flavoured", date_cases - half, dutch_text(), dates)
    half = pipeline_cases // 2
    status |= run("read_document+extract_events, Unicode", half, as_bytes, pipeline)
    status |= run(
        "read_document+extract_events, Dutch",
        pipeline_cases - half,
        _letterish().map(lambda text: text.encode("utf-8", "surrogatepass")),
        pipeline,
    )
    return status


# --- the CLI's bad-input matrix ----------------------------------------------------------

HUGE_BYTES = 80 * 1024 * 1024  # over MAX_LETTER_BYTES (64 MiB)


@attrs.frozen
class BadInput:
    """One row of the matrix: the arguments after the command, the input the message must
    name, the exit status expected and a word the message must hold."""

    name: str
    arguments: tuple[str, ...]
    names: str
    status: int
    words: str


def bad_inputs(folder: Path, *, huge_bytes: int = HUGE_BYTES) -> list[BadInput]:
    """Write the bad inputs into ``folder`` and return the matrix rows (for one command)."""
    seed = SEED.read_text(encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "cp1252.txt").write_bytes(seed.encode("cp1252", "replace"))
    (folder / "a folder.txt").mkdir(exist_ok=True)
    unreadable = folder / "unreadable.txt"
    unreadable.write_text(seed, encoding="utf-8")
    unreadable.chmod(0)
    impossible = folder / "impossible.txt"
    impossible.write_text(
        "Den Haag, 31 februari 2024\n\nOp 6 februari jl. sprak de minister in Bagdad.\n",
        encoding="utf-8",
    )
    huge = folder / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(huge_bytes + 1)  # sparse: the size is checked before any byte is read
    path = str
    return [
        BadInput("empty", (path(folder / "empty.txt"),), "empty.txt", 1, "is empty"),
        BadInput("binary", (path(folder / "binary.txt"),), "binary.txt", 1, "binary"),
        # cp1252 is read, not refused; the reader says which encoding it used
        BadInput("cp1252", (path(folder / "cp1252.txt"),), "", 0, ""),
        BadInput("missing", (path(folder / "missing.txt"),), "missing.txt", 1, "no such file"),
        BadInput("directory", (path(folder / "a folder.txt"),), "a folder.txt", 1, "directory"),
        BadInput("unreadable", (path(unreadable),), "unreadable.txt", 1, "Permission denied"),
        # a letter dated 31 February: read, with a warning naming the file and the date
        BadInput("impossible date", (path(impossible),), "impossible.txt", 0, "has no day 31"),
        BadInput("huge", (path(huge),), "huge.txt", 1, "MB"),
    ]


def cli_matrix_report() -> int:
    """Run the matrix in subprocesses and print one row per command and input."""
    import subprocess
    import tempfile

    print("the CLI's bad-input matrix — python -m iraq_events.cli COMMAND INPUT")
    print(f"{'input':<16} {'command':<8} {'exit':>4}  {'names it':<8} {'traceback':<9} message")
    failures = 0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rows = bad_inputs(folder)
        option = BadInput(
            "impossible date", ("--reference-date", "2024-02-31"), "2024-02-31", 2, "not a date"
        )
        cases = [(command, row) for row in rows for command in ("inspect", "events", "dates")]
        cases.append(("events", attrs.evolve(option, arguments=(str(SEED), *option.arguments))))
        for command, row in cases:
            result = subprocess.run(
                [sys.executable, "-m", "iraq_events.cli", command, *row.arguments],
                capture_output=True,
                text=True,
                check=False,
                cwd=ROOT,
            )
            lines = [line for line in result.stderr.splitlines() if row.words in line]
            message = lines[0] if lines else (result.stderr.strip().splitlines() or [""])[-1]
            traceback = "Traceback" in result.stderr
            named = row.names in message
            unreadable_as_root = row.name == "unreadable" and os.geteuid() == 0
            ok = result.returncode == row.status and named and not traceback
            if unreadable_as_root:
                ok, message = True, "(not testable as root: root reads a chmod 000 file)"
            failures += not ok
            print(
                f"{row.name:<16} {command:<8} {result.returncode:>4}  {named!s:<8} "
                f"{traceback!s:<9} {message[:110]}{'' if ok else '   <- NOT as expected'}"
            )
        (folder / "unreadable.txt").chmod(0o600)
    print(f"{len(cases) - failures} of {len(cases)} rows as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
