"""Speed work on the temporal engine must not change what it finds: ``find_dates`` on a few
seed letters against a stored dump of every field (``tests/temporal_golden.py``), and the
rewritten regular-expression pieces against the plain forms they replace."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from temporal_golden import GOLDEN, dump


def test_find_dates_gives_the_stored_golden_dump() -> None:
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    found = dump().splitlines()
    assert len(expected) > 100
    for number, (want, got) in enumerate(zip(expected, found, strict=False), start=1):
        assert got == want, f"line {number} of {GOLDEN.name} differs"
    assert len(found) == len(expected)


def _longest_first(words: list[str]) -> str:
    """The plain alternation the trie of ``_alt`` replaces: every phrase, longest first."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        pattern = r"\s+".join(re.escape(piece) for piece in word.split())
        parts.append(pattern + (r"(?!\w)" if word[-1].isalnum() else ""))
    return "(?:" + "|".join(parts) + ")"


_PIECES = st.sampled_from(["a", "ab", "abc", "b", "ba", "t/m", ".", "1", "12", "é", "tot", "en"])
_PHRASES = st.lists(st.lists(_PIECES, min_size=1, max_size=3).map(" ".join), min_size=1)
_TEXTS = st.lists(
    st.sampled_from(["a", "ab", "b", "c", "tot", "t/m", ".", "1", "12", "é", " ", "  "])
)


@given(_PHRASES, _TEXTS.map("".join), st.sampled_from(["", r"\s+x", r"\s*\d"]))
def test_the_phrase_trie_matches_as_longest_first_alternation(
    words: list[str], text: str, after: str
) -> None:
    from iraq_events.temporal.patterns import _alt

    trie, plain = re.compile(_alt(words) + after), re.compile(_longest_first(words) + after)
    # each phrase itself, run on into a letter, a digit, a space or a full stop, and the text
    texts = [word + tail for word in words for tail in ("", "c", "1", " x", " 1", ".")]
    for sample in [*texts, text]:
        for start in range(len(sample) + 1):
            a, b = trie.match(sample, start), plain.match(sample, start)
            assert (a and a.span()) == (b and b.span()), (sample, start)


def test_the_class_before_a_trigger_is_every_character_but_the_guarded_ascii_ones() -> None:
    from iraq_events.temporal.patterns import _BEFORE_START, _NOT_BEFORE

    before, guarded = re.compile(_BEFORE_START), re.compile(f"[{_NOT_BEFORE}]")
    sample = [*range(0x300), 0x2013, 0x2019, 0x20AC, 0xFFFD, 0x1F600, 0x10FFFF]
    for code in sample:
        char = chr(code)
        expected = code >= 0x80 or guarded.match(char) is None
        assert (before.match(char) is not None) == expected, hex(code)


@given(_PHRASES, _TEXTS.map("".join))
def test_the_ungrouped_trie_is_the_trie_without_its_group(words: list[str], text: str) -> None:
    """The trigger pattern splices the trie's alternatives beside others (``grouped=False``):
    in a group of its own it is the trie, and beside another alternative it matches what the
    grouped trie does there."""
    from iraq_events.temporal.regex_tree import _trie

    grouped, bare = _trie(words), _trie(words, grouped=False)
    assert grouped in (bare, f"(?:{bare})")
    nested, flat = re.compile(f"(?:{grouped}|x)"), re.compile(f"(?:{bare}|x)")
    for sample in [*words, text, *(word + " x" for word in words)]:
        for start in range(len(sample) + 1):
            a, b = nested.match(sample, start), flat.match(sample, start)
            assert (a and a.span()) == (b and b.span()), (sample, start)
