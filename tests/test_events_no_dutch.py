"""The Python of ``iraq_events/events/`` reads mechanism; the Dutch it reads lives in the
lexicon data. A Dutch function word written as a string literal (or inside a regular
expression) in the code fails this test: move it to a lexicon file."""

from __future__ import annotations

import ast
import pathlib
import re

import pytest

EVENTS = pathlib.Path(__file__).resolve().parent.parent / "iraq_events" / "events"

# common Dutch function words that are no English words (or that no English string here needs)
DUTCH = frozenset(
    """de het een van en dat om naar met voor door bij aan uit niet geen die deze dit werd
    zijn tot na ook op te ten tussen als maar dan nog wel wordt worden heeft hebben procent
    duizend honderd één ën""".split()
)
_ESCAPE = re.compile(r"\\[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def dutch_literals(source: str) -> list[tuple[int, str, str]]:
    """(line, word, literal) for every Dutch function word in a string literal of ``source``
    (docstrings excepted; regular-expression escapes such as ``\\s`` are no letters)."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docstrings:
            continue
        words = _WORD.findall(_ESCAPE.sub(" ", node.value).casefold())
        hits.extend((node.lineno, w, node.value) for w in words if w in DUTCH)
    return hits


@pytest.mark.parametrize(
    "path", sorted(EVENTS.rglob("*.py")), ids=lambda p: str(p.relative_to(EVENTS))
)
def test_no_dutch_word_in_the_python_of_events(path: pathlib.Path) -> None:
    assert dutch_literals(path.read_text(encoding="utf-8")) == []


def test_the_scan_finds_a_dutch_word_in_code_and_in_a_regex() -> None:
    source = 'WORDS = ("de", "het")\nJOINT = r"\\sen\\s"\n\n\ndef f() -> None:\n    """de"""\n'
    assert sorted((line, word) for line, word, _ in dutch_literals(source)) == [
        (1, "de"),
        (1, "het"),
        (2, "en"),
    ]


_MODULE_LINES = 400  # issue 14: one module a stage, none over 400 lines


@pytest.mark.parametrize("path", sorted(EVENTS.rglob("*.py")), ids=lambda p: p.name)
def test_no_events_module_passes_the_size_of_one_stage(path: pathlib.Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= _MODULE_LINES, f"{path.name} has {lines} lines: split out a stage"
