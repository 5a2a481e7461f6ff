"""The scan's lower-casing: the fast path on UTF-8 bytes gives what str.lower gives, with every
character at its offset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from iraq_events.temporal.triggers import _lower


def _reference(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_lower_is_str_lower_at_the_same_offsets(text: str) -> None:
    assert _lower(text) == _reference(text)
    assert len(_lower(text)) == len(text)


@given(st.text(alphabet="abcXYZ 15 mei € ë – É Ö İ K \u212a"))
def test_lower_of_dutch_looking_text(text: str) -> None:
    assert _lower(text) == _reference(text)
    assert _lower(text, text.encode("utf-8", "surrogatepass")) == _reference(text)


def test_a_non_ascii_capital_is_lowered_and_a_euro_sign_kept() -> None:
    # the bytes path lowers ASCII only; "É" sends the text to str.lower
    assert _lower("Één € op 15 MEI") == "één € op 15 mei"
    assert _lower("OP 15 MEI € 5") == "op 15 mei € 5"
    assert _lower("lone \ud800 surrogate X") == "lone \ud800 surrogate x"
