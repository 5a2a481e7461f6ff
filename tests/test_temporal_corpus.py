"""The temporal corpus beside the lexicon: every example row must parse to its stated interval,
and every line of the negative list must yield no expression (Duckling style: adding a word is
one lexicon row plus one corpus row)."""

from __future__ import annotations

import datetime
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.temporal import find_dates, parse_date
from iraq_events.temporal.types import TemporalExpression

DATA = resources.files("iraq_events.temporal.lexicon").joinpath("nl")
REFERENCE = datetime.date(2024, 5, 15)


def _lines(name: str) -> list[str]:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _corpus() -> list[dict[str, str]]:
    header, *body = _lines("corpus.tsv")
    columns = header.split("\t")
    rows = []
    for line in body:
        cells = line.split("\t")
        assert len(cells) == len(columns), f"corpus row has {len(cells)} cells: {line!r}"
        rows.append(
            {column: cell.replace("\\n", "\n") for column, cell in zip(columns, cells, strict=True)}
        )
    return rows


CORPUS = _corpus()
NEGATIVE = [line.replace("\\n", "\n") for line in _lines("negative.tsv")]


def _date(text: str) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


def _observed(found: TemporalExpression) -> dict[str, object]:
    return {
        "earliest": found.earliest,
        "latest": found.latest,
        "granularity": found.granularity.value,
        "mod": found.mod.value if found.mod else "",
        "anchoring": found.anchoring.value,
        "kind": found.kind.value,
        "value": found.value,
        "rule": found.rule,
    }


def _expected(row: dict[str, str]) -> dict[str, object]:
    return {
        "earliest": _date(row["earliest"]),
        "latest": _date(row["latest"]),
        "granularity": row["granularity"],
        "mod": row["mod"],
        "anchoring": row["anchoring"],
        "kind": row["kind"],
        "value": row["value"],
        "rule": row["rule"],
    }


def test_the_corpus_is_large_and_covers_every_rule() -> None:
    from iraq_events.temporal.grammar import RULE_NAMES

    assert len(CORPUS) >= 300
    rules = {row["rule"] for row in CORPUS}
    for name in RULE_NAMES:
        assert any(
            rule == name
            or rule.startswith(name + ".")
            or name.startswith(rule)
            or rule.startswith(name.split(".")[0])
            for rule in rules
        ), name


@pytest.mark.parametrize(
    "row", CORPUS, ids=[f"{r['expression']!r}@{r['reference']}" for r in CORPUS]
)
def test_parse_date_reads_each_corpus_example(row: dict[str, str]) -> None:
    expression = row["expression"]
    found = parse_date(expression, _date(row["reference"]))
    assert _observed(found) == _expected(row)
    span = row["span"] or expression.strip()
    assert found.text == span
    assert expression[found.start : found.end] == span


@pytest.mark.parametrize(
    "row", CORPUS, ids=[f"{r['expression']!r}@{r['reference']}" for r in CORPUS]
)
def test_find_dates_finds_each_corpus_example_in_a_sentence(row: dict[str, str]) -> None:
    sentence = f"Volgens het verslag gebeurde alles {row['expression']}, aldus de minister."
    found = find_dates(sentence, _date(row["reference"]))
    assert len(found) == 1, [f.text for f in found]
    assert _observed(found[0]) == _expected(row)
    assert (
        sentence[found[0].start : found[0].end]
        == found[0].text
        == (row["span"] or row["expression"].strip())
    )


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_examples_hold_no_date(text: str) -> None:
    assert find_dates(text, REFERENCE) == []


def _scan_every_position(text: str) -> list[tuple[str, int, int]]:
    """The grammar tried at every position (slow): what the trigger prefilter must not change."""
    from iraq_events.temporal import grammar

    low = grammar._lower(text)
    position, found = 0, []
    while (match := grammar._master_all().search(low, position)) is not None:
        first = grammar._first_parse(match, low, None)
        if first is None:
            position = match.start() + 1
            continue
        parse, matched_end = first
        found.append((parse.rule, parse.start, parse.end))
        position = max(matched_end, parse.end)
    return found


def test_the_trigger_prefilter_finds_what_every_position_finds_after_any_modifier() -> None:
    from iraq_events.temporal import grammar
    from iraq_events.temporal.lexicon import lexicon

    lex = lexicon()
    modifiers = [*lex.open_modifiers, *lex.approx_modifiers, *lex.part_modifiers]
    by_rule: dict[str, list[str]] = {}
    for row in CORPUS:
        by_rule.setdefault(row["rule"], []).append(row["expression"])
    samples = [expression for rows in by_rule.values() for expression in rows[:3]]
    text = "".join(f"{modifier} {expression}. " for modifier in modifiers for expression in samples)
    fast = [(p.rule, p.start, p.end) for p in grammar.scan(text)]
    assert fast == _scan_every_position(text)


@pytest.mark.parametrize(
    "layout",
    ["{} en ", "Hij zei {} dat. ", "({}) ", "{}\n", "{};", '"{}" ', "[{}]", "{}"],
)
def test_the_trigger_prefilter_finds_what_every_position_finds(layout: str) -> None:
    from iraq_events.temporal import grammar

    text = "".join(layout.format(row["expression"]) for row in CORPUS)
    fast = [(p.rule, p.start, p.end) for p in grammar.scan(text)]
    assert fast == _scan_every_position(text)
    if layout != "{}":  # glued together, neighbours run into each other
        assert len(fast) >= len(CORPUS) * 0.9


def test_format_date_writes_every_corpus_example_back_as_text_that_reads_the_same() -> None:
    from iraq_events.temporal import format_date

    written = 0
    for row in CORPUS:
        reference = _date(row["reference"])
        found = parse_date(row["expression"], reference)
        try:
            text = format_date(found)
        except ValueError:
            assert (
                found.anchoring.value == "unresolved"
                or found.kind.value == "duration"
                or (found.granularity.value == "week")
                or found.rule == "relative.earlier_later"  # cut at R, like a window
                or found.value in ("PRESENT_REF", "PXY", "PXM", "PXW", "PXD", "P0.5Y")
            ), row
            continue
        again = parse_date(text, reference)
        same = ("earliest", "latest", "granularity", "mod", "kind", "value")
        assert {k: _observed(again)[k] for k in same} == {k: _observed(found)[k] for k in same}, (
            row["expression"],
            text,
        )
        written += 1
    assert written >= 500


def _lexicon_words() -> list[str]:
    from iraq_events.temporal.lexicon import lexicon

    lex = lexicon()
    tables = [
        lex.months, lex.weekdays, lex.numbers, lex.units, lex.ordinals, lex.seasons,
        lex.open_modifiers, lex.approx_modifiers, lex.part_modifiers, lex.duration_modifiers,
        lex.markers, lex.relative_days, lex.now_words, lex.shifts, lex.sets, lex.anaphora,
        lex.recess_fallbacks,
    ]  # fmt: skip
    words = sorted({word for table in tables for word in table})
    return [*words, "de", "het", "een", "op", "in", "van", "tussen", "en", "-", "–", "t/m",
            "geleden", "over", "elke", "periode", "jaren", "vergaderjaar", "prinsjesdag",
            "sindsdien", "2023", "2024", "20238", "7", "15", "31", "1.500", "(", ")", ".", ",",
            "\n\n", " \n\n", "Q1", "H2", "'90", "kwartaal", "helft", "(bijna)"]  # fmt: skip


@given(st.lists(st.sampled_from(_lexicon_words()), min_size=1, max_size=14))
def test_the_trigger_prefilter_finds_what_every_position_finds_in_any_word_salad(
    words: list[str],
) -> None:
    from iraq_events.temporal import grammar

    text = " ".join(words)
    assert [(p.rule, p.start, p.end) for p in grammar.scan(text)] == _scan_every_position(text)


def test_the_rules_tried_at_a_trigger_find_what_all_rules_find() -> None:
    """The scan tries only the rules that can start with the trigger's word or run of digits;
    every corpus expression and negative example, without a modifier before it, reads the same
    as with every rule tried at every position."""
    from iraq_events.temporal import grammar

    texts = [row["expression"] for row in CORPUS] + list(NEGATIVE)
    text = "".join(f"Toen {expression}. " for expression in texts)
    fast = [(p.rule, p.start, p.end) for p in grammar.scan(text)]
    assert fast == _scan_every_position(text)


@pytest.mark.parametrize(
    ("pattern", "runs"),
    [
        (r"\d{1,2}\s+mei", (frozenset({1, 2}), None)),
        (r"(?:19|20)\d\d", (frozenset(), 4)),
        (r"(?:0?[1-9]|3[01])(?:ste|de)?(?!\d)", (frozenset({1, 2}), 1)),  # may end there
        (r"[\d.]+", None),  # a class of digits and a dot: nothing known
        (r"mei\s+\d", (frozenset({0}), None)),
    ],
)
def test_digit_runs_reads_the_length_of_a_leading_run_of_digits(
    pattern: str, runs: tuple[frozenset[int], int | None] | None
) -> None:
    from iraq_events.temporal.regex_tree import digit_runs

    assert digit_runs(pattern) == runs


def test_a_trigger_word_does_not_swallow_the_start_of_the_next_expression() -> None:
    """ "zo" triggers only before a digit, which it looks at without taking: the numeric
    date after it is still found (the lookahead once consumed " 0", and the date was lost)."""
    found = find_dates("Het was op zo 09-01-2024 koud.", _date("2024-05-15"))
    assert [(f.text, f.rule, f.earliest) for f in found] == [
        ("09-01-2024", "date.numeric", _date("2024-01-09"))
    ]
