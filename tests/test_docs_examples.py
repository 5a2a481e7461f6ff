"""Every ```python and ```sql block in ``README.md`` and ``docs/*.md`` runs as written, from the
project root.

Python blocks of one page run in order in one namespace, so a page reads like a session; SQL
blocks run in DuckDB (a dev dependency, so they run wherever the tests do: never skipped for a
missing module) and must return at least one row. A block is skipped only when its first line
says so *with a reason*: ``# not run: writes a chart file`` (python) or ``-- not run: <reason>``
(SQL); a marker without a reason fails the test. The datasheet ``datasets/README.md`` has its own
runner beside the dataset tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```(python|sql)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SKIP = re.compile(r"(?:#|--) not run\b(?P<reason>.*)")


def _all_blocks(page: Path, language: str) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return [body for kind, body in BLOCK.findall(text) if kind == language]


def _blocks(page: Path, language: str = "python") -> list[str]:
    return [b for b in _all_blocks(page, language) if not SKIP.match(b.split("\n", 1)[0])]


def test_the_user_guide_and_the_date_grammar_have_examples() -> None:
    names = {page.name for page in PAGES}
    assert {"guide.md", "dates.md"} <= names
    for name in ("guide.md", "dates.md"):
        assert len(_blocks(ROOT / "docs" / name)) >= 2, f"docs/{name} has too few examples"
    assert sum(len(_blocks(page, "sql")) for page in PAGES) >= 1, "no SQL example is run"


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_every_skipped_block_says_why(page: Path) -> None:
    for language in ("python", "sql"):
        for block in _all_blocks(page, language):
            match = SKIP.match(block.split("\n", 1)[0])
            if match is not None:
                reason = match.group("reason").lstrip(":—- ").strip()
                assert reason, f"{page.name}: a {language} block is skipped without a reason"


def test_the_skip_marker_needs_a_reason() -> None:
    # the rule above would let a broken block hide behind a bare marker
    bare = SKIP.match("# not run")
    assert bare is not None and bare.group("reason") == ""
    marked = SKIP.match("-- not run: writes a file")
    assert marked is not None and marked.group("reason") == ": writes a file"


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_page_examples_run(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    for index, block in enumerate(_blocks(page)):
        where = page.relative_to(ROOT)
        exec(compile(block, f"{where}[{index}]", "exec"), namespace)


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_page_sql_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for index, block in enumerate(_blocks(page, "sql")):
        try:
            rows = duckdb.sql(block).fetchall()
        except duckdb.Error as error:
            pytest.fail(f"{page.relative_to(ROOT)} SQL block {index} fails: {error}")
        assert rows, f"{page.relative_to(ROOT)} SQL block {index} returns no rows"
