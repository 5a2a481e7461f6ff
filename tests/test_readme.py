"""The README's Python example runs as written (from the repository root)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_python_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = re.findall(
        r"^```python\n(.*?)^```$", (ROOT / "README.md").read_text("utf-8"), re.M | re.S
    )
    assert blocks, "the README has no Python example"
    monkeypatch.chdir(ROOT)
    for index, block in enumerate(blocks):
        exec(compile(block, f"README.md[python {index}]", "exec"), {})
    printed = capsys.readouterr().out
    # the example prints the seed's events, among them the planned handover of 24 May 2024
    assert any(
        line.startswith("2024-05-24 2024-05-24 handover planned") for line in printed.splitlines()
    )
    assert os.getcwd() == str(ROOT)
