"""Adding a word is one table row: the grammar and its prefilter are built from the tables, so a
row added to any table is found without touching the Python (issue 15, item 5)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import iraq_events

PACKAGE = Path(iraq_events.__file__).resolve().parent

_PROBE = """
import datetime, json
from iraq_events import find_dates
text = "Het feest viel op Bevrijdingsfeest 2025 en op dit tijdstip was alles rustig."
found = find_dates(text, datetime.date(2025, 6, 1))
import iraq_events
print(iraq_events.__file__)
print(json.dumps([[e.text, e.rule, str(e.earliest)] for e in found]))
"""


def _run(package_parent: Path) -> list[list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(package_parent), "PATH": ""},
        cwd=package_parent,
    )
    where, printed = result.stdout.splitlines()
    assert Path(where).is_relative_to(package_parent)  # the copy, not the installed package
    found: list[list[str]] = json.loads(printed)
    return found


def test_a_row_added_to_a_table_is_found(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "iraq_events", ignore=shutil.ignore_patterns("__pycache__"))
    tables = tmp_path / "iraq_events" / "temporal" / "lexicon" / "nl"
    before = _run(tmp_path)
    assert before == []  # neither phrase is known yet ("2025" after a name is not a year)
    with (tables / "holidays.tsv").open("a", encoding="utf-8") as table:
        table.write("bevrijdingsfeest\tbevrijdingsdag\t05-05\n")
    with (tables / "now.tsv").open("a", encoding="utf-8") as table:
        table.write("op dit tijdstip\n")
    after = _run(tmp_path)
    assert after == [
        ["Bevrijdingsfeest 2025", "holiday.bevrijdingsdag", "2025-05-05"],
        ["op dit tijdstip", "relative.now", "2025-06-01"],
    ]
