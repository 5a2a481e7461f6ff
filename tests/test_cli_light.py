"""`iraq-events --help` and the parser of every subcommand import nothing heavy: pyarrow, pandas,
matplotlib, dateparser and the date grammar are imported only when a command runs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("pyarrow", "pandas", "matplotlib", "dateparser", "numpy", "iraq_events.temporal.grammar")

_PROBE = """
import contextlib, io, json, sys
from iraq_events.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main({argv!r})
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    "argv", [["--help"], ["build", "--help"], ["dates", "--help"], ["timeline", "--help"]]
)
def test_help_imports_nothing_heavy(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(argv=argv)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    modules = json.loads(result.stdout.splitlines()[-1])
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []


def test_a_command_still_imports_what_it_uses() -> None:
    probe = _PROBE.format(argv=["dates", "--reference", "2024-05-15", "-"]).replace(
        "from iraq_events.cli import main",
        "sys.stdin = io.StringIO('op 6 februari jl.')\nfrom iraq_events.cli import main",
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    modules = json.loads(result.stdout.splitlines()[-1])
    assert "iraq_events.temporal.grammar" in modules
