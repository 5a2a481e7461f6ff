"""Numbers in a sentence, read as typed quantities: counts of things, seats won of a total,
percentages, money, and fatalities with their range.

Number words compose the Dutch way ("honderdvijfenveertig" = 145, "tweehonderd" = 200,
"tweeëntwintig" = 22); the words themselves live in ``lexicon/quantities.json``.
"""

from __future__ import annotations

import re

import attrs

from iraq_events.events.lexicon import QuantityWords, any_of
from iraq_events.events.model import Quantity

__all__ = ["Fatalities", "parse_number", "parse_number_word", "read_fatalities", "read_quantities"]

_NUMERAL = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def parse_number(numeral: str) -> float:
    """A written numeral: "158.000" (Dutch thousands), "20,1" (decimal comma), "1.1"."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", numeral):
        return float(numeral.replace(".", ""))
    return float(numeral.replace(",", "."))


def parse_number_word(
    word: str, numbers: dict[str, int] | None = None, *, words: QuantityWords | None = None
) -> int | None:
    """A Dutch number word, compounds included; ``None`` if the word is no number.

    ``numbers`` (the number-word table) and ``words`` (the scale and joining words) default to
    the bundled lexicon's."""
    if words is None:
        from iraq_events.events.lexicon import event_lexicon

        words = event_lexicon().quantities
    table = numbers if numbers is not None else dict(words.numbers)
    word = word.casefold()
    if not word:
        return None
    for scale_word, scale in words.compound_scales.items():
        head, sep, tail = word.partition(scale_word)
        if sep:
            left = 1 if not head else _below_hundred(head, table, words)
            joined = next((j for j in words.compound_joiners if tail.startswith(j)), "")
            right = 0 if not tail else parse_number_word(tail[len(joined) :], table, words=words)
            if left is None or right is None:
                return None
            return left * scale + right
    return _below_hundred(word, table, words)


def _below_hundred(word: str, table: dict[str, int], words: QuantityWords) -> int | None:
    if word in table and table[word] < 100:
        return table[word]
    for joiner in words.unit_joiners:
        # every place the joiner stands, left to right and not overlapping (as re.finditer),
        # by str.find: a regex escaped and compiled per word cost more than the rest
        at = word.find(joiner)
        while at >= 0:
            unit, tens = word[:at], word[at + len(joiner) :]
            if unit in table and tens in table and table[unit] < 10 <= table[tens]:
                return table[unit] + table[tens]
            at = word.find(joiner, at + max(len(joiner), 1))
    return None


@attrs.frozen
class _Number:
    start: int
    end: int
    value: float


# how many words a caller's memo of number words keeps before it is cleared
_KNOWN_WORDS = 4096


def _numbers(
    text: str, words: QuantityWords, known: dict[str, int | None] | None = None
) -> list[_Number]:
    found = [_Number(m.start(), m.end(), parse_number(m.group())) for m in _NUMERAL.finditer(text)]
    table = dict(words.numbers)
    values: dict[str, int | None] = {} if known is None else known
    if len(values) >= _KNOWN_WORDS:
        values.clear()
    for m in _WORD.finditer(text):
        # the article "een" is no count
        if m.group().casefold() in words.articles and m.group() not in words.stressed_numbers:
            continue
        if m.group() in values:
            value = values[m.group()]
        else:
            value = values[m.group()] = parse_number_word(m.group(), table, words=words)
        if value is not None:
            found.append(_Number(m.start(), m.end(), float(value)))
    found.sort(key=lambda n: n.start)
    merged: list[_Number] = []
    for number in found:
        scale = re.match(r"\s+(\w+)", text[number.end :])
        if scale and scale.group(1).casefold() in words.scales:
            number = _Number(
                number.start,
                number.end + scale.end(),
                number.value * words.scales[scale.group(1).casefold()],
            )
        merged.append(number)
    return merged


def _next_words(text: str, position: int, count: int) -> list[re.Match[str]]:
    return list(re.finditer(r"[\w%€$-]+", text[position:]))[:count]


def read_quantities(
    text: str,
    words: QuantityWords,
    masked: list[tuple[int, int]],
    known: dict[str, int | None] | None = None,
) -> list[Quantity]:
    """Typed quantities in ``text``; numbers inside ``masked`` spans (dates) are skipped.

    ``known`` is the caller's memo of what each word read as a number word (by ``words``):
    words repeat across a letter's sentences."""
    quantities: list[Quantity] = []
    numbers = [
        n for n in _numbers(text, words, known) if not any(s <= n.start < e for s, e in masked)
    ]
    lowered = text.casefold()
    used: set[int] = set()
    for i, number in enumerate(numbers):
        if i in used:
            continue
        after = text[number.end :]
        percent = re.match(r"\s*(%|" + any_of(words.percent_words) + r"\b)", after)
        if percent:
            name = next((n for k, n in words.percent_names.items() if k in lowered), "percentage")
            quantities.append(Quantity(name=name, value=number.value, unit="percent"))
            continue
        before = text[max(0, number.start - 2) : number.start]
        currency = next((c for s, c in words.currencies.items() if s in before), None)
        if currency is None:
            trailing = re.match(r"\s*([\w$]+)", after)
            if trailing:
                currency = words.currencies.get(trailing.group(1).casefold())
        if currency is not None:
            quantities.append(Quantity(name="amount", value=number.value, unit=currency))
            continue
        of_total = re.match(r"\s+" + r"\s+".join(map(re.escape, words.of_total)) + r"\s+", after)
        if (
            of_total
            and i + 1 < len(numbers)
            and numbers[i + 1].start == number.end + of_total.end()
        ):
            total = numbers[i + 1]
            unit = _unit_after(text, total.end, words)
            if unit is not None:
                quantities.append(Quantity(name=unit[0], value=number.value, unit=unit[1]))
                quantities.append(
                    Quantity(name=unit[0] + "_total", value=total.value, unit=unit[1])
                )
                used.add(i + 1)
                continue
        between = re.search(
            r"\b" + any_of(words.between) + r"\s+(?:" + any_of(words.between_articles) + r"\s+)?$",
            text[: number.start],
            re.IGNORECASE,
        )
        ranged = re.match(r"\s*" + any_of(words.range_words) + r"\s*", after) or (
            re.match(r"\s+" + any_of(words.between_joiners) + r"\s+", after) if between else None
        )
        if ranged and i + 1 < len(numbers) and numbers[i + 1].start == number.end + ranged.end():
            high = numbers[i + 1]
            unit = _unit_after(text, high.end, words)
            if unit is not None:
                quantities.append(Quantity(name=unit[0] + "_low", value=number.value, unit=unit[1]))
                quantities.append(Quantity(name=unit[0] + "_high", value=high.value, unit=unit[1]))
                used.add(i + 1)
                continue
        unit = _unit_after(text, number.end, words)
        if unit is not None:
            quantities.append(Quantity(name=unit[0], value=number.value, unit=unit[1]))
    return quantities


def _unit_after(text: str, position: int, words: QuantityWords) -> tuple[str, str] | None:
    """The counted noun within the next three words ("twee Amerikaanse militairen")."""
    for match in _next_words(text, position, 3):
        word = match.group().casefold()
        # "ISIS-strijders", "Peshmerga-militairen": a hyphenated compound counts its last part
        unit = words.units.get(word) or words.units.get(word.rpartition("-")[2])
        if unit is not None:
            return unit
    return None


@attrs.frozen(kw_only=True)
class Fatalities:
    low: int | None = None
    best: int | None = None
    high: int | None = None


_PERSON_UNITS = ("troops", "civilians", "persons", "fatalities", "fighters")


def read_fatalities(text: str, quantities: list[Quantity], words: QuantityWords) -> Fatalities:
    """Deaths, where the text says people died: a count or a range of the people who died."""
    lowered = text.casefold()
    if not any(phrase in lowered for phrase in words.fatality_phrases):
        return Fatalities()
    low = high = best = None
    for quantity in quantities:
        if quantity.unit not in ("persons", "troops") and quantity.name not in _PERSON_UNITS:
            continue
        if quantity.name.endswith("_low"):
            low = int(quantity.value)
        elif quantity.name.endswith("_high"):
            high = int(quantity.value)
        elif best is None and not quantity.name.endswith("_total"):
            best = int(quantity.value)
    if best is None and low is not None:
        best = low
    return Fatalities(
        low=low if low is not None else best, best=best, high=high if high is not None else best
    )
