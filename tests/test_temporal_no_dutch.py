"""No Dutch word in the temporal engine's Python: the words live in the lexicon tables.

Every string literal of ``iraq_events/temporal/*.py`` (docstrings aside; regex escapes and
group names taken out) is split into words, and none may be a word of a lexicon table. The
words not yet moved into a table are listed below per file; the list may only shrink (each
listed word must still be there, so that moving one means deleting it here).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from iraq_events.temporal.lexicon import _rows

TEMPORAL = Path(__file__).resolve().parents[1] / "iraq_events" / "temporal"
TABLES = TEMPORAL / "lexicon" / "nl"
_WORD = re.compile(r"[^\W\d_]+")
_SYNTAX = re.compile(r"\\[A-Za-z]|\(\?P[<=][^>)]*[>)]|\(\?[aiLmsux]+\)")

# words still written into the code, to be moved into tables (issue 15, item 4). Some are
# also English identifiers here (a group named "as", the grain "day", the rule "week"), which
# the scan cannot tell apart; formatting.py writes Dutch, api.py's fallback reads English too.
PENDING: dict[str, set[str]] = {
    # English only, in the grammar's modules: the rule names ("range.day_day_month", "half",
    # "week", "relative.earlier_later"), which are part of every result, and " has no day "
    "grammar.py": set(),
    "patterns.py": set(),
    "regex_tree.py": set(),
    "rulebook.py": {"day"},
    "rules_dates.py": {"day", "later", "week"},
    "rules_ranges.py": {"day"},
    "rules_periods.py": {"day", "half", "later", "week"},
    "triggers.py": set(),
    "api.py": {
        "apr",
        "april",
        "as",
        "aug",
        "day",
        "de",
        "dec",
        "december",
        "en",
        "feb",
        "febr",
        "gedurende",
        "in",
        "jan",
        "jul",
        "jun",
        "mar",
        "nov",
        "november",
        "oct",
        "op",
        "per",
        "sep",
        "sept",
        "september",
        "ste",
        "tijdens",
        "tussen",
        "van",
        "voor",
        "vóór",
    },
    "formatting.py": {
        "begin",
        "bijna",
        "circa",
        "dag",
        "dagelijks",
        "dagen",
        "de",
        "decennia",
        "decennium",
        "derde",
        "driemaandelijks",
        "eerste",
        "eind",
        "en",
        "halfjaarlijks",
        "helft",
        "in",
        "jaar",
        "jaarlijks",
        "jaren",
        "kwartaal",
        "kwartalen",
        "later",
        "maand",
        "maandelijks",
        "maanden",
        "medio",
        "met",
        "na",
        "najaar",
        "rond",
        "sinds",
        "tot",
        "tweede",
        "tweejaarlijks",
        "tweewekelijks",
        "van",
        "vanaf",
        "vierde",
        "voorjaar",
        "week",
        "wekelijks",
        "weken",
        "winter",
        "zomer",
    },
    # resolution.py's list, split with its code; English only: grains and rule names ("day",
    # "week", "relative.earlier_later") and the decade's unit code "DE"
    "resolution.py": set(),
    "anchoring.py": {"day"},
    "context.py": set(),
    "compose.py": set(),
    "intervals.py": {"day", "de", "week"},
    "relative.py": {"day", "de", "later", "week"},
    "types.py": {"as", "day", "half", "week"},
    "values.py": set(),
    "__init__.py": set(),
}


def _table_words() -> set[str]:
    words: set[str] = set()
    for table in TABLES.glob("*.tsv"):
        if table.name in ("corpus.tsv", "negative.tsv"):  # example sentences, not vocabulary
            continue
        for row in _rows(table.name):
            words |= {w for w in _WORD.findall(row[0].lower()) if len(w) > 1}
    return words


def _literals(source: str) -> list[str]:
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]  # fmt: skip


def _dutch_words(path: Path, vocabulary: set[str]) -> set[str]:
    found: set[str] = set()
    for literal in _literals(path.read_text(encoding="utf-8")):
        found |= {w for w in _WORD.findall(_SYNTAX.sub(" ", literal).lower()) if w in vocabulary}
    return found


@pytest.mark.parametrize("name", sorted(PENDING))
def test_no_dutch_word_in_the_code_beyond_the_pending_list(name: str) -> None:
    found = _dutch_words(TEMPORAL / name, _table_words())
    assert found <= PENDING[name], f"Dutch words in {name}: {sorted(found - PENDING[name])}"
    assert PENDING[name] <= found, f"no longer in {name}: {sorted(PENDING[name] - found)}"


def test_every_module_is_scanned() -> None:
    assert {p.name for p in TEMPORAL.glob("*.py")} == set(PENDING)


def test_the_rule_words_are_in_no_module() -> None:
    moved = {
        w for row in _rows("rule_words.tsv") for w in _WORD.findall(row[0].lower()) if len(w) > 1
    }
    for path in TEMPORAL.glob("*.py"):
        assert not _dutch_words(path, moved) - PENDING[path.name]


def test_a_word_added_to_a_table_is_found_in_code(tmp_path: Path) -> None:
    code = tmp_path / "rule.py"
    code.write_text('PATTERN = r"(?P<u>kwartaal|helft)\\s+van"\n', encoding="utf-8")
    assert _dutch_words(code, _table_words()) == {"kwartaal", "helft", "van"}
