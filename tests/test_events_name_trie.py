"""The names index's trie pattern finds exactly what the alternation of its words, longest
first, finds: the same spans, where the edge after a name rejects the longest one too."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from iraq_events.events.lexicon.matching import _EDGE_AFTER, _EDGE_BEFORE, _alternation, _trie

# few letters, so that words share prefixes and one word is the start of another
WORD = st.text(alphabet="abn-.", min_size=1, max_size=5)
TEXT = st.text(alphabet="abn-. 1", max_size=40)


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    compiled = re.compile(_EDGE_BEFORE + "(?:" + pattern + ")" + _EDGE_AFTER)
    return [(m.start(), m.end()) for m in compiled.finditer(text)]


@given(st.lists(WORD, min_size=1, max_size=8), TEXT)
def test_trie_matches_the_alternation(words: list[str], text: str) -> None:
    assert spans(_trie(words), text) == spans(_alternation(words), text)


def test_the_longest_name_wins_unless_a_letter_follows_it() -> None:
    words = ["ab", "ab-ab", "abn"]
    assert spans(_trie(words), "ab-ab abn") == [(0, 5), (6, 9)]
    # a letter after the longest name: the shorter name it starts with is found instead
    assert spans(_trie(words), "ab-abx") == [(0, 2)]
    # and a letter after every name: none
    assert spans(_trie(words), "abx") == []
