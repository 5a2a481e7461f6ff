"""PatternSet finds exactly what trying every pattern at every token finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from iraq_events.events.tokens import PatternSet, TokenPattern, tokenize

WORDS = ["de", "brief", "d.d.", "inzake", "over", "kamer", "geïnformeerd", "3", "mei"]
PARTS = [*WORDS, "*ief", "br*", "*e*", "..."]


def naive(patterns: list[TokenPattern], text: str) -> list[tuple[int, int]]:
    tokens = tokenize(text)
    return sorted(
        (index, end)
        for index in range(len(tokens))
        for pattern in patterns
        if (end := pattern.end_at(tokens, index)) is not None
    )


@given(
    st.lists(
        st.lists(st.sampled_from(PARTS), min_size=1, max_size=3).filter(
            lambda parts: parts[0] != "..." and parts[-1] != "..."
        ),
        max_size=6,
    ),
    st.lists(st.sampled_from(WORDS), max_size=12),
)
def test_pattern_set_equals_trying_every_pattern(raw: list[list[str]], words: list[str]) -> None:
    patterns = [TokenPattern.parse(" ".join(parts)) for parts in raw]
    text = " ".join(words)
    assert PatternSet(patterns).spans(tokenize(text)) == naive(patterns, text)


def test_a_head_with_a_wildcard_is_tried_everywhere() -> None:
    tokens = tokenize("de kamerbrief inzake")
    assert PatternSet([TokenPattern.parse("*brief inzake")]).spans(tokens) == [(1, 3)]
