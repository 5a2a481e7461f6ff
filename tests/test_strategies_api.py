"""The public face of ``iraq_events.testing.strategies``, kept when the module was split.

The names below are the ones the module offered before its oracle moved to the ``_``-modules
of ``iraq_events.testing``; the lists are written out (not computed) so that a name that goes
missing, or a new one that slips into ``__all__``, fails here.
"""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import iraq_events.testing
from iraq_events.testing import strategies

_ALL_BEFORE_THE_SPLIT = [
    "DAY_FORMATS",
    "MODIFIERS",
    "RANGE_FORMS",
    "RELATIVE_FORMS",
    "DutchDateExample",
    "dutch_date_expressions",
    "dutch_dates",
    "dutch_durations",
    "dutch_modified_dates",
    "dutch_prose",
    "dutch_ranges",
    "dutch_relative_dates",
    "dutch_sets",
]
# defined in the module before the split though not in __all__; users may have imported them
_TABLES_BEFORE_THE_SPLIT = [
    "Date",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "SEASON_ARTICLES",
    "SEASON_WORDS",
    "WEEKDAY_NAMES",
]
_STRATEGIES = [name for name in _ALL_BEFORE_THE_SPLIT if name.startswith("dutch_")]
_ORACLE_MODULES = ["_common", "_calendar", "_absolute", "_relative", "_durations", "_prose"]


def test_the_public_names_are_those_before_the_split() -> None:
    assert strategies.__all__ == _ALL_BEFORE_THE_SPLIT
    assert iraq_events.testing.__all__ == []


@pytest.mark.parametrize("name", _ALL_BEFORE_THE_SPLIT + _TABLES_BEFORE_THE_SPLIT)
def test_every_name_of_before_the_split_still_resolves(name: str) -> None:
    assert getattr(strategies, name) is not None


@pytest.mark.parametrize("name", _STRATEGIES)
def test_strategies_follow_the_hypothesis_conventions(name: str) -> None:
    """Plural names and keyword-only options, as Hypothesis's own strategies (``prose`` is a
    mass noun, as ``text`` is in ``hypothesis.strategies.text``)."""
    assert name.endswith("s") or name == "dutch_prose"
    parameters = inspect.signature(getattr(strategies, name)).parameters.values()
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)


@pytest.mark.parametrize("module", _ORACLE_MODULES)
def test_the_oracle_modules_import_without_hypothesis(module: str) -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        f"import iraq_events.testing.{module}\n"
        "print('imported')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported"
