"""The building blocks every strategy shares: the example type, the Dutch word tables and the
names of the strategies' options.

Like the other ``_``-modules of this package it does not import Hypothesis (only
:mod:`iraq_events.testing.strategies` does), so the oracle can be read and tested on its own.
"""

from __future__ import annotations

import datetime

import attrs

from iraq_events.temporal.types import Anchoring, ExpressionKind, Granularity, Mod

Date = datetime.date

# Word tables. Deliberately our own, not the engine's lexicon, so that the oracle stays
# independent of the code it checks.

MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
# Abbreviations as the Dutch style guides (and letters) write them; "mei" has none.
MONTH_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    1: ("jan.",),
    2: ("feb.", "febr."),
    3: ("mrt.",),
    4: ("apr.",),
    5: ("mei",),
    6: ("jun.",),
    7: ("jul.",),
    8: ("aug.",),
    9: ("sep.", "sept."),
    10: ("okt.",),
    11: ("nov.",),
    12: ("dec.",),
}
WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    1: ("een", "één"),
    2: ("twee",),
    3: ("drie",),
    4: ("vier",),
    5: ("vijf",),
    6: ("zes",),
    7: ("zeven",),
    8: ("acht",),
    9: ("negen",),
    10: ("tien",),
    11: ("elf",),
    12: ("twaalf",),
}
ORDINAL_WORDS = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}
# season word -> (first month, number of months); winter runs into the next year
SEASON_WORDS: dict[str, int] = {
    "voorjaar": 3,
    "lente": 3,
    "zomer": 6,
    "najaar": 9,
    "herfst": 9,
    "winter": 12,
}
SEASON_ARTICLES = {
    "voorjaar": "het",
    "lente": "de",
    "zomer": "de",
    "najaar": "het",
    "herfst": "de",
    "winter": "de",
}

DAY_FORMATS = ("words", "abbreviated", "weekday", "numeric", "iso")
"""How ``dutch_dates`` may write a day: ``15 mei 2024``, ``15 jan. 2024``,
``woensdag 15 mei 2024``, ``15-05-2024`` / ``15/5/2024`` / ``15.05.2024``, ``2024-05-15``."""

RANGE_FORMS = ("day-span", "between", "from-to", "dash", "year-span", "vergaderjaar")
"""The range shapes of ``dutch_ranges``: ``7-8 augustus 2023`` / ``7 t/m 8 augustus 2023``;
``tussen 1 en 15 maart 2024``; ``van mei 2023 tot en met april 2024`` (and exclusive ``tot``);
``mei 2023 – april 2024``; ``2023-2027``; ``vergaderjaar 2023-2024``."""

MODIFIERS = (
    "begin",
    "medio",
    "half",
    "eind",
    "sinds",
    "vanaf",
    "tot en met",
    "tot",
    "voor",
    "uiterlijk",
    "na",
    "rond",
    "circa",
    "ongeveer",
)
"""The modifier words of ``dutch_modified_dates``."""

RELATIVE_FORMS = (
    "day-jl",
    "day-aanstaande",
    "month-jl",
    "month-aanstaande",
    "calendar",
    "ago",
    "ahead",
    "past-span",
    "coming-span",
    "modified",
)
"""The relative shapes of ``dutch_relative_dates``: ``6 februari jl.``, ``24 mei aanstaande``,
``juli jl.``, ``september a.s.``, ``vorig jaar``/``deze maand``/``gisteren``,
``twee weken geleden``, ``over drie maanden``, ``de afgelopen vier jaar``, ``het komende jaar``;
and a modifier before one of the first five: ``sinds vorig jaar``, ``eind vorige maand``."""
_DATE_GRANULARITIES = (
    Granularity.DAY,
    Granularity.MONTH,
    Granularity.SEASON,
    Granularity.QUARTER,
    Granularity.HALF,
    Granularity.YEAR,
)


# The example type


def _default_span_end(instance: DutchDateExample) -> int:
    return len(instance.text)


@attrs.frozen(kw_only=True)
class DutchDateExample:
    """A Dutch temporal expression and what it denotes under the date semantics contract.

    ``text`` is the phrase as a writer would put it in a sentence; ``text[span_start:span_end]``
    is the expression span the contract defines (a leading plain preposition such as ``van`` or
    ``tussen``, or a footnote marker glued to a year, stays outside it). ``earliest``/``latest``
    are inclusive, ``None`` for an open end. ``reference`` is the date R the relative parts were
    resolved against (``None`` when nothing depends on it). ``value`` is the TIMEX3 value
    (``2024-02-06``, ``2023-11``, ``2024-Q1``, ``2023-SU``, ``2023-05/2024-04``, ``P4Y``; a
    modified date keeps the value of the date it modifies). ``form`` names the shape that was
    generated, for readable failure reports.
    """

    text: str
    earliest: Date | None
    latest: Date | None
    granularity: Granularity
    kind: ExpressionKind = ExpressionKind.DATE
    mod: Mod | None = None
    anchoring: Anchoring = Anchoring.ABSOLUTE
    reference: Date | None = None
    duration: str | None = None
    value: str = ""
    form: str = ""
    span_start: int = 0
    span_end: int = attrs.field(default=attrs.Factory(_default_span_end, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if self.earliest is not None and self.latest is not None:
            if self.earliest > self.latest:
                raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        if not 0 <= self.span_start < self.span_end <= len(self.text):
            raise ValueError(
                f"span {self.span_start}:{self.span_end} does not lie inside {self.text!r}"
            )

    @property
    def expression(self) -> str:
        """The part of ``text`` the contract counts as the expression's span."""
        return self.text[self.span_start : self.span_end]
