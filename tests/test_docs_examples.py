"""Every ```python block in ``README.md`` and ``docs/*.md`` runs as written, from the project root.

Blocks of one page run in order in one namespace, so a page reads like a session. A block
whose first line is ``# not run`` is shown but skipped (e.g. one that writes a chart file).
The datasheet ``datasets/README.md`` has its own runner beside the dataset tests, because its
SQL examples need DuckDB.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(page: Path) -> list[str]:
    return [
        b for b in BLOCK.findall(page.read_text(encoding="utf-8")) if not b.startswith("# not run")
    ]


def test_the_user_guide_and_the_date_grammar_have_examples() -> None:
    names = {page.name for page in PAGES}
    assert {"guide.md", "dates.md"} <= names
    for name in ("guide.md", "dates.md"):
        assert len(_blocks(ROOT / "docs" / name)) >= 2, f"docs/{name} has too few examples"


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_page_examples_run(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    for index, block in enumerate(_blocks(page)):
        where = page.relative_to(ROOT)
        exec(compile(block, f"{where}[{index}]", "exec"), namespace)
