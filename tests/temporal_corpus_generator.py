"""Writes the temporal corpus ``iraq_events/temporal/lexicon/nl/corpus.tsv``.

Run ``/work/venv/bin/python tests/temporal_corpus_generator.py`` after adding a lexicon row.
The expected values are computed here from the date semantics (docs/dates.md) with plain
calendar arithmetic, independently of the engine, and the written table is reviewed by reading
it: one row per example, Duckling style. Hand-written rows (the seed letter's own phrasings,
PDF line breaks, footnote markers) are listed at the end.
"""

from __future__ import annotations

import calendar
import datetime
from pathlib import Path
from typing import Any

Date = datetime.date
R = Date(2024, 5, 15)  # the seed letter's date
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
ABBREVIATIONS = {
    1: ["jan"],
    2: ["feb", "febr"],
    3: ["mrt"],
    4: ["apr"],
    6: ["jun"],
    7: ["jul"],
    8: ["aug"],
    9: ["sep", "sept"],
    10: ["okt"],
    11: ["nov"],
    12: ["dec"],
}
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
NUMBER_WORDS = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 10: "tien"}
COLUMNS = (
    "expression reference earliest latest granularity mod anchoring kind value rule span"
).split()
ONE = datetime.timedelta(days=1)

rows: list[dict[str, str]] = []


def row(
    expression: str,
    earliest: Date | None,
    latest: Date | None,
    granularity: str,
    *,
    value: str,
    rule: str,
    mod: str = "",
    anchoring: str = "absolute",
    kind: str = "date",
    reference: Date | None = R,
    span: str = "",
) -> None:
    rows.append(
        {
            "expression": expression.replace("\n", "\\n"),
            "reference": reference.isoformat() if reference else "",
            "earliest": earliest.isoformat() if earliest else "",
            "latest": latest.isoformat() if latest else "",
            "granularity": granularity,
            "mod": mod,
            "anchoring": anchoring,
            "kind": kind,
            "value": value,
            "rule": rule,
            "span": span.replace("\n", "\\n"),
        }
    )


def month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: Date, months: int) -> Date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return Date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def day_row(expression: str, day: Date, **options: Any) -> None:
    """A row of one whole day (both bounds, its ISO date the value); ``options`` as for row."""
    row(expression, day, day, "day", value=day.isoformat(), **options)


def month_row(expression: str, year: int, month: int, **options: Any) -> None:
    """A row of one whole month (its first and last day, ``YYYY-MM`` the value)."""
    first, last = Date(year, month, 1), month_end(year, month)
    row(expression, first, last, "month", value=f"{year}-{month:02d}", **options)


# --- full dates, every month, every written form -------------------------------------------
for m, name in enumerate(MONTHS, 1):
    year = 2023
    last = month_end(year, m).day
    for d in (1, 15, last):
        day = Date(year, m, d)
        day_row(f"{d} {name} {year}", day, rule="day_month_year")
    day = Date(2024, m, 9)
    weekday = WEEKDAYS[day.weekday()]
    day_row(f"{weekday} 9 {name} 2024", day, rule="weekday_day_month_year")
    day_row(
        f"{weekday.capitalize()}, 9 {name.capitalize()} 2024", day, rule="weekday_day_month_year"
    )
    for abbreviation in ABBREVIATIONS.get(m, []):
        day_row(f"9 {abbreviation}. 2024", day, rule="day_month_year")
        day_row(f"9 {abbreviation} 2024", day, rule="day_month_year")
        month_row(f"{abbreviation}. 2022", 2022, m, rule="month_year")
    month_row(f"{name} 2022", 2022, m, rule="month_year")
    month_row(f"in {name.upper()} 2021", 2021, m, rule="month_year", span=f"{name.upper()} 2021")
    for sep in ("-", "/", "."):
        day_row(f"{9:02d}{sep}{m:02d}{sep}2024", day, rule="date.numeric")
    day_row(f"9{'/'}{m}/2024", day, rule="date.numeric")
    day_row(day.isoformat(), day, rule="date.iso")

for abbreviation, day in (("ma.", 13), ("di", 14), ("wo,", 15), ("Do.", 16), ("vr", 17)):
    date = Date(2024, 5, day)
    day_row(f"{abbreviation} {day} mei 2024", date, rule="weekday_day_month_year")
for year in (1945, 1999, 2000, 2019, 2023, 2030):
    row(
        f"in {year}",
        Date(year, 1, 1),
        Date(year, 12, 31),
        "year",
        value=str(year),
        rule="year",
        span=str(year),
    )
row("(2024)", Date(2024, 1, 1), Date(2024, 12, 31), "year", value="2024", rule="year", span="2024")

# --- jl. / jongstleden / aanstaande / a.s. against R ----------------------------------------
for m, name in enumerate(MONTHS, 1):
    day = Date(2024, m, 10)
    past = day if day <= R else day.replace(year=2023)
    future = day if day >= R else day.replace(year=2025)
    for marker in ("jl.", "jongstleden", "ll.", "laatstleden"):
        day_row(f"10 {name} {marker}", past, rule="day_month.jl", anchoring="document-relative")
    for marker in ("aanstaande", "a.s."):
        day_row(
            f"10 {name} {marker}",
            future,
            rule="day_month.aanstaande",
            anchoring="document-relative",
        )
    if m != R.month:
        past_year = 2024 if m < R.month else 2023
        future_year = 2024 if m > R.month else 2025
        month_row(f"{name} jl.", past_year, m, rule="month.jl", anchoring="document-relative")
        month_row(
            f"{name} aanstaande",
            future_year,
            m,
            rule="month.aanstaande",
            anchoring="document-relative",
        )
# without a reference nothing relative can be resolved
row(
    "6 februari jl.",
    None,
    None,
    "day",
    value="XXXX-02-06",
    rule="day_month.jl",
    anchoring="unresolved",
    reference=None,
)
row(
    "24 mei aanstaande",
    None,
    None,
    "day",
    value="XXXX-05-24",
    rule="day_month.aanstaande",
    anchoring="unresolved",
    reference=None,
)
row(
    "op 31 januari",
    None,
    None,
    "day",
    value="XXXX-01-31",
    rule="day_month",
    anchoring="unresolved",
    span="31 januari",
)
day_row("29 februari jl.", Date(2024, 2, 29), rule="day_month.jl", anchoring="document-relative")
day_row(
    "29 februari jl.",
    Date(2020, 2, 29),
    rule="day_month.jl",
    anchoring="document-relative",
    reference=Date(2023, 6, 1),
)
day_row(
    "29 februari a.s.",
    Date(2028, 2, 29),
    rule="day_month.aanstaande",
    anchoring="document-relative",
    reference=Date(2024, 3, 1),
)
month_row(
    "december jl.",
    2023,
    12,
    rule="month.jl",
    anchoring="document-relative",
    reference=Date(2024, 1, 10),
)

# --- open intervals and modifiers -----------------------------------------------------------
inner_dates = [
    ("31 juli 2024", Date(2024, 7, 31), Date(2024, 7, 31), "day", "2024-07-31", "day_month_year"),
    ("juli 2021", Date(2021, 7, 1), Date(2021, 7, 31), "month", "2021-07", "month_year"),
    ("2019", Date(2019, 1, 1), Date(2019, 12, 31), "year", "2019", "year"),
]
for text, first, last, grain, value, rule in inner_dates:
    row(
        f"sinds {text}",
        first,
        R if first <= R else None,
        grain,
        mod="ON_OR_AFTER",
        anchoring="document-relative" if first <= R else "absolute",
        value=value,
        rule=rule,
    )
    row(
        f"sedert {text}",
        first,
        R if first <= R else None,
        grain,
        mod="ON_OR_AFTER",
        anchoring="document-relative" if first <= R else "absolute",
        value=value,
        rule=rule,
    )
    row(
        f"Sinds {text}",
        first,
        None,
        grain,
        mod="ON_OR_AFTER",
        value=value,
        rule=rule,
        reference=None,
    )
    row(f"vanaf {text}", first, None, grain, mod="ON_OR_AFTER", value=value, rule=rule)
    row(f"niet eerder dan {text}", first, None, grain, mod="ON_OR_AFTER", value=value, rule=rule)
    for word in ("tot en met", "t/m", "uiterlijk", "niet later dan"):
        row(f"{word} {text}", None, last, grain, mod="ON_OR_BEFORE", value=value, rule=rule)
    row(f"tot {text}", None, first - ONE, grain, mod="BEFORE", value=value, rule=rule)
    row(f"na {text}", last + ONE, None, grain, mod="AFTER", value=value, rule=rule)
    if grain != "year":  # "voor 2024" is "for 2024"
        for word in ("voor", "vóór"):
            row(f"{word} {text}", None, first - ONE, grain, mod="BEFORE", value=value, rule=rule)
    for word in ("rond", "rondom", "circa", "ca.", "ongeveer", "omstreeks"):
        if grain != "year" or word in ("rond", "rondom", "omstreeks"):
            row(f"{word} {text}", first, last, grain, mod="APPROX", value=value, rule=rule)
row(
    "voor 2024",
    Date(2024, 1, 1),
    Date(2024, 12, 31),
    "year",
    value="2024",
    rule="year",
    span="2024",
)
row(
    "voor 2023-2027",
    Date(2023, 1, 1),
    Date(2027, 12, 31),
    "year",
    value="2023/2027",
    rule="range.year_dash_year",
    kind="range",
    span="2023-2027",
)

# parts of months, years and quarters
PART_WORDS = {
    "begin": "START",
    "primo": "START",
    "het begin van": "START",
    "medio": "MID",
    "half": "MID",
    "halverwege": "MID",
    "het midden van": "MID",
    "eind": "END",
    "einde": "END",
    "ultimo": "END",
    "het einde van": "END",
    "het eind van": "END",
}
for word, mod in PART_WORDS.items():
    days = {"START": (1, 10), "MID": (11, 20), "END": (21, 30)}[mod]
    row(
        f"{word} april 2024",
        Date(2024, 4, days[0]),
        Date(2024, 4, days[1]),
        "month",
        mod=mod,
        value="2024-04",
        rule="month_year",
    )
    months = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
    row(
        f"{word} 2025",
        Date(2025, months[0], 1),
        month_end(2025, months[1]),
        "year",
        mod=mod,
        value="2025",
        rule="year",
    )
row(
    "eind februari 2024",
    Date(2024, 2, 21),
    Date(2024, 2, 29),
    "month",
    mod="END",
    value="2024-02",
    rule="month_year",
)
row(
    "eind februari 2023",
    Date(2023, 2, 21),
    Date(2023, 2, 28),
    "month",
    mod="END",
    value="2023-02",
    rule="month_year",
)
row(
    "begin Q2 2024",
    Date(2024, 4, 1),
    Date(2024, 4, 30),
    "quarter",
    mod="START",
    value="2024-Q2",
    rule="quarter",
)
row(
    "eind tweede kwartaal 2024",
    Date(2024, 6, 1),
    Date(2024, 6, 30),
    "quarter",
    mod="END",
    value="2024-Q2",
    rule="quarter",
)
row(
    "Tot en met eind april 2024",
    None,
    Date(2024, 4, 30),
    "month",
    mod="ON_OR_BEFORE",
    value="2024-04",
    rule="month_year",
)
row(
    "vanaf begin 2025", Date(2025, 1, 1), None, "year", mod="ON_OR_AFTER", value="2025", rule="year"
)

row(
    "uiterlijk in september 2025",
    None,
    Date(2025, 9, 30),
    "month",
    mod="ON_OR_BEFORE",
    value="2025-09",
    rule="month_year",
)
row(
    "uiterlijk op 31 juli 2024",
    None,
    Date(2024, 7, 31),
    "day",
    mod="ON_OR_BEFORE",
    value="2024-07-31",
    rule="day_month_year",
)
row("tot in 2025", None, Date(2025, 12, 31), "year", mod="ON_OR_BEFORE", value="2025", rule="year")
row(
    "tot op 1 juni 2024",
    None,
    Date(2024, 5, 31),
    "day",
    mod="BEFORE",
    value="2024-06-01",
    rule="day_month_year",
)
row("voor eind 2025", None, Date(2025, 8, 31), "year", mod="BEFORE", value="2025", rule="year")
row(
    "uiterlijk eind 2025",
    None,
    Date(2025, 12, 31),
    "year",
    mod="ON_OR_BEFORE",
    value="2025",
    rule="year",
)

row("week 23 van 2024", Date(2024, 6, 3), Date(2024, 6, 9), "week", value="2024-W23", rule="week")
row("week 1 2025", Date(2024, 12, 30), Date(2025, 1, 5), "week", value="2025-W01", rule="week")
row(
    "in week 23",
    None,
    None,
    "week",
    value="XXXX-W23",
    rule="week",
    anchoring="unresolved",
    span="week 23",
)
row(
    "sinds week 3 van 2024",
    Date(2024, 1, 15),
    R,
    "week",
    value="2024-W03",
    rule="week",
    mod="ON_OR_AFTER",
    anchoring="document-relative",
)

# --- seasons, quarters, halves --------------------------------------------------------------
SEASONS = {
    "voorjaar": ("SP", 3),
    "lente": ("SP", 3),
    "zomer": ("SU", 6),
    "najaar": ("FA", 9),
    "herfst": ("FA", 9),
    "winter": ("WI", 12),
}
for word, (code, first_month) in SEASONS.items():
    first = Date(2023, first_month, 1)
    last_month = add_months(first, 2)
    last = month_end(last_month.year, last_month.month)
    row(f"{word} 2023", first, last, "season", value=f"2023-{code}", rule="season")
    row(f"het {word} van 2023", first, last, "season", value=f"2023-{code}", rule="season")
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1e": 1, "4e": 4, "laatste": 4}
for word, q in ORDINALS.items():
    first = Date(2024, 3 * q - 2, 1)
    last = month_end(2024, 3 * q)
    row(f"{word} kwartaal 2024", first, last, "quarter", value=f"2024-Q{q}", rule="quarter")
for q in (1, 2, 3, 4):
    first, last = Date(2024, 3 * q - 2, 1), month_end(2024, 3 * q)
    row(f"Q{q} 2024", first, last, "quarter", value=f"2024-Q{q}", rule="quarter")
    row(f"2024-Q{q}", first, last, "quarter", value=f"2024-Q{q}", rule="quarter")
row(
    "het eerste kwartaal van 2024",
    Date(2024, 1, 1),
    Date(2024, 3, 31),
    "quarter",
    value="2024-Q1",
    rule="quarter",
)
for word, h in (("eerste", 1), ("tweede", 2)):
    first, last = Date(2024, 6 * h - 5, 1), month_end(2024, 6 * h)
    row(f"{word} helft van 2024", first, last, "half", value=f"2024-H{h}", rule="half")
    row(f"de {word} helft van 2024", first, last, "half", value=f"2024-H{h}", rule="half")
    row(f"{word} helft 2024", first, last, "half", value=f"2024-H{h}", rule="half")
    row(f"H{h} 2024", first, last, "half", value=f"2024-H{h}", rule="half")


row(
    "in het najaar",
    None,
    None,
    "season",
    value="XXXX-FA",
    rule="season",
    anchoring="unresolved",
    span="het najaar",
)
row(
    "in de zomer",
    None,
    None,
    "season",
    value="XXXX-SU",
    rule="season",
    anchoring="unresolved",
    span="de zomer",
)
row(
    "in het eerste kwartaal",
    None,
    None,
    "quarter",
    value="XXXX-Q1",
    rule="quarter",
    anchoring="unresolved",
    span="het eerste kwartaal",
)


row(
    "sinds oktober vorig jaar",
    Date(2023, 10, 1),
    R,
    "month",
    mod="ON_OR_AFTER",
    value="2023-10",
    rule="month.relative_year",
    anchoring="document-relative",
)
month_row("juni volgend jaar", 2025, 6, rule="month.relative_year", anchoring="document-relative")
day_row(
    "3 maart dit jaar",
    Date(2024, 3, 3),
    rule="day_month.relative_year",
    anchoring="document-relative",
)
row(
    "oktober vorig jaar",
    None,
    None,
    "month",
    value="XXXX-10",
    rule="month.relative_year",
    anchoring="unresolved",
    reference=None,
)


# --- relative to R ----------------------------------------------------------------------------
def rel(
    expression: str,
    first: Date,
    last: Date,
    grain: str,
    value: str,
    rule: str,
    mod: str = "",
    kind: str = "date",
    reference: Date = R,
    span: str = "",
) -> None:
    row(
        expression,
        first,
        last,
        grain,
        value=value,
        rule=rule,
        mod=mod,
        anchoring="document-relative",
        kind=kind,
        reference=reference,
        span=span,
    )


for word, shift in (
    ("vorig", -1),
    ("verleden", -1),
    ("afgelopen", -1),
    ("dit", 0),
    ("volgend", 1),
    ("komend", 1),
):
    y = R.year + shift
    rel(f"{word} jaar", Date(y, 1, 1), Date(y, 12, 31), "year", str(y), "relative.calendar")
for word, shift in (
    ("vorige", -1),
    ("afgelopen", -1),
    ("deze", 0),
    ("volgende", 1),
    ("komende", 1),
):
    month = add_months(R.replace(day=1), shift)
    rel(
        f"{word} maand",
        month,
        month_end(month.year, month.month),
        "month",
        f"{month.year}-{month.month:02d}",
        "relative.calendar",
    )
    monday = R - datetime.timedelta(days=R.weekday()) + datetime.timedelta(weeks=shift)
    week = monday.isocalendar()[1]
    rel(
        f"{word} week",
        monday,
        monday + datetime.timedelta(days=6),
        "week",
        f"{monday.year}-W{week:02d}",
        "relative.calendar",
    )
    q = (R.month - 1) // 3 + shift
    qy, qi = R.year + q // 4, q % 4 + 1
    rel(
        f"{word} kwartaal",
        Date(qy, 3 * qi - 2, 1),
        month_end(qy, 3 * qi),
        "quarter",
        f"{qy}-Q{qi}",
        "relative.calendar",
    )
for word, offset in (
    ("vandaag", 0),
    ("gisteren", -1),
    ("eergisteren", -2),
    ("morgen", 1),
    ("overmorgen", 2),
):
    day = R + datetime.timedelta(days=offset)
    rel(word, day, day, "day", day.isoformat(), "relative.day")
for word in (
    "nu",
    "op dit moment",
    "Op dit moment",
    "momenteel",
    "thans",
    "op het moment",
    "op dit ogenblik",
):
    rel(word, R, R, "day", "PRESENT_REF", "relative.now")
row(
    "op dit moment",
    None,
    None,
    "day",
    value="PRESENT_REF",
    rule="relative.now",
    anchoring="unresolved",
    reference=None,
)
for n in (1, 2, 3, 10):
    for words in (NUMBER_WORDS[n], str(n)):
        target = add_months(R, -12 * n)
        rel(
            f"{words} jaar geleden",
            target.replace(day=1),
            month_end(target.year, target.month),
            "month",
            f"{target.year}-{target.month:02d}",
            "relative.ago",
            mod="APPROX",
        )
        unit = "maand" if n == 1 else "maanden"
        target = add_months(R, n)
        rel(
            f"over {words} {unit}",
            target.replace(day=1),
            month_end(target.year, target.month),
            "month",
            f"{target.year}-{target.month:02d}",
            "relative.later",
            mod="APPROX",
        )
        target = add_months(R, -n)
        rel(
            f"{words} {unit} geleden",
            target.replace(day=1),
            month_end(target.year, target.month),
            "month",
            f"{target.year}-{target.month:02d}",
            "relative.ago",
            mod="APPROX",
        )
        unit = "week" if n == 1 else "weken"
        target = R - datetime.timedelta(weeks=n)
        monday = target - datetime.timedelta(days=target.weekday())
        rel(
            f"{words} {unit} geleden",
            monday,
            monday + datetime.timedelta(days=6),
            "week",
            f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}",
            "relative.ago",
            mod="APPROX",
        )
        unit = "dag" if n == 1 else "dagen"
        target = R - datetime.timedelta(days=n)
        rel(f"{words} {unit} geleden", target, target, "day", target.isoformat(), "relative.ago")
        unit = "jaar"
        rel(
            f"de afgelopen {words} {unit}",
            add_months(R, -12 * n),
            R,
            "year",
            f"P{n}Y",
            "relative.window",
            kind="duration",
        )
        rel(
            f"de komende {words} {unit}",
            R,
            add_months(R, 12 * n) - ONE,
            "year",
            f"P{n}Y",
            "relative.window",
            kind="duration",
        )
        months = "maand" if n == 1 else "maanden"
        rel(
            f"de afgelopen {words} {months}",
            add_months(R, -n),
            R,
            "month",
            f"P{n}M",
            "relative.window",
            kind="duration",
        )
row(
    "tot op heden",
    None,
    R,
    "day",
    value="PRESENT_REF",
    rule="relative.now",
    mod="ON_OR_BEFORE",
    anchoring="document-relative",
)
row(
    "vanaf nu",
    R,
    None,
    "day",
    value="PRESENT_REF",
    rule="relative.now",
    mod="ON_OR_AFTER",
    anchoring="document-relative",
)
row(
    "voor nu",
    R,
    R,
    "day",
    value="PRESENT_REF",
    rule="relative.now",
    anchoring="document-relative",
    span="nu",
)
rel("sinds gisteren", Date(2024, 5, 14), R, "day", "2024-05-14", "relative.day", mod="ON_OR_AFTER")
rel("tot gisteren", None, Date(2024, 5, 13), "day", "2024-05-14", "relative.day", mod="BEFORE")
rel("vanaf vandaag", R, None, "day", "2024-05-15", "relative.day", mod="ON_OR_AFTER")
rel(
    "uiterlijk morgen",
    None,
    Date(2024, 5, 16),
    "day",
    "2024-05-16",
    "relative.day",
    mod="ON_OR_BEFORE",
)
rel("het komende jaar", R, Date(2025, 5, 14), "year", "P1Y", "relative.rolling", kind="duration")
rel("het afgelopen jaar", Date(2023, 5, 15), R, "year", "P1Y", "relative.rolling", kind="duration")
rel("de komende maand", R, Date(2024, 6, 14), "month", "P1M", "relative.rolling", kind="duration")
rel(
    "in de afgelopen vier jaar",
    Date(2020, 5, 15),
    R,
    "year",
    "P4Y",
    "relative.window",
    kind="duration",
    span="de afgelopen vier jaar",
)
rel("deze zomer", Date(2024, 6, 1), Date(2024, 8, 31), "season", "2024-SU", "season.relative")
rel("afgelopen zomer", Date(2023, 6, 1), Date(2023, 8, 31), "season", "2023-SU", "season.relative")
rel("komend najaar", Date(2024, 9, 1), Date(2024, 11, 30), "season", "2024-FA", "season.relative")
rel(
    "afgelopen winter", Date(2023, 12, 1), Date(2024, 2, 29), "season", "2023-WI", "season.relative"
)
rel("prinsjesdag", Date(2024, 9, 17), Date(2024, 9, 17), "day", "2024-09-17", "prinsjesdag")
rel(
    "eind dit jaar",
    Date(2024, 9, 1),
    Date(2024, 12, 31),
    "year",
    "2024",
    "relative.calendar",
    mod="END",
)
rel(
    "begin volgend jaar",
    Date(2025, 1, 1),
    Date(2025, 4, 30),
    "year",
    "2025",
    "relative.calendar",
    mod="START",
)
rel(
    "na het zomerreces",
    Date(2024, 9, 1),
    None,
    "month",
    "2024-07/2024-08",
    "recess",
    mod="AFTER",
    kind="range",
)
rel(
    "voor het zomerreces",
    None,
    Date(2024, 6, 30),
    "month",
    "2024-07/2024-08",
    "recess",
    mod="BEFORE",
    kind="range",
)
row(
    "het zomerreces van 2023",
    Date(2023, 7, 1),
    Date(2023, 8, 31),
    "month",
    value="2023-07/2023-08",
    rule="recess",
    kind="range",
)
row(
    "na het zomerreces",
    None,
    None,
    "day",
    value="",
    rule="recess",
    mod="AFTER",
    anchoring="unresolved",
    kind="range",
    reference=None,
)
row(
    "vorig jaar",
    None,
    None,
    "year",
    value="",
    rule="relative.calendar",
    anchoring="unresolved",
    reference=None,
)

# --- durations and sets -----------------------------------------------------------------------
DURATION_UNITS = {
    "dag": ("dagen", "D", "day"),
    "week": ("weken", "W", "week"),
    "maand": ("maanden", "M", "month"),
    "jaar": ("jaar", "Y", "year"),
}
for unit, (plural, designator, grain) in DURATION_UNITS.items():
    for n in (1, 2, 4, 10):
        words = f"{NUMBER_WORDS[n]} {unit if n == 1 else plural}"
        row(words, None, None, grain, value=f"P{n}{designator}", rule="duration", kind="duration")
    row(
        f"een periode van 4 {plural}",
        None,
        None,
        grain,
        value=f"P4{designator}",
        rule="duration",
        kind="duration",
    )
    row(
        f"de afgelopen {plural if unit != 'jaar' else 'jaren'}",
        None,
        None,
        grain,
        value=f"PX{designator}",
        rule="duration.vague",
        kind="duration",
    )
    for word in ("ruim", "bijna", "meer dan", "minder dan", "minstens", "circa", "ongeveer"):
        row(
            f"{word} twee {plural}",
            None,
            None,
            grain,
            value=f"P2{designator}",
            rule="duration.approx",
            mod="APPROX",
            kind="duration",
        )
row(
    "(voor een periode van 4 jaar)",
    None,
    None,
    "year",
    value="P4Y",
    rule="duration",
    kind="duration",
    span="een periode van 4 jaar",
)
row("twee kwartalen", None, None, "quarter", value="P6M", rule="duration", kind="duration")
row("een decennium", None, None, "decade", value="P10Y", rule="duration", kind="duration")
row("anderhalf jaar", None, None, "year", value="P1.5Y", rule="duration", kind="duration")
row("de komende jaren", None, None, "year", value="PXY", rule="duration.vague", kind="duration")
SETS = {
    "dagelijks": ("P1D", "day"),
    "dagelijkse": ("P1D", "day"),
    "wekelijks": ("P1W", "week"),
    "wekelijkse": ("P1W", "week"),
    "tweewekelijks": ("P2W", "week"),
    "maandelijks": ("P1M", "month"),
    "maandelijkse": ("P1M", "month"),
    "driemaandelijks": ("P3M", "quarter"),
    "halfjaarlijks": ("P6M", "half"),
    "jaarlijks": ("P1Y", "year"),
    "jaarlijkse": ("P1Y", "year"),
    "tweejaarlijks": ("P2Y", "year"),
}
for word, (value, grain) in SETS.items():
    row(word, None, None, grain, value=value, rule="set", kind="set")
row(
    "(bijna) dagelijkse",
    None,
    None,
    "day",
    value="P1D",
    rule="set.approx",
    mod="APPROX",
    kind="set",
)
for i, name in enumerate(WEEKDAYS, 1):
    row(f"elke {name}", None, None, "day", value=f"XXXX-WXX-{i}", rule="set", kind="set")
for unit, value, grain in (
    ("dag", "P1D", "day"),
    ("week", "P1W", "week"),
    ("maand", "P1M", "month"),
    ("jaar", "P1Y", "year"),
):
    row(f"iedere {unit}", None, None, grain, value=value, rule="set", kind="set")
    row(f"elk {unit}", None, None, grain, value=value, rule="set", kind="set")

# --- ranges -------------------------------------------------------------------------------------
for connector, name in (("-", "dash"), ("–", "dash"), ("t/m", "tm"), ("tot en met", "tm")):
    sep = connector if connector in "-–" else f" {connector} "
    row(
        f"7{sep}8 augustus 2023",
        Date(2023, 8, 7),
        Date(2023, 8, 8),
        "day",
        value="2023-08-07/2023-08-08",
        rule=f"range.day_{name}_day_month",
        kind="range",
    )
row(
    "van 1 tot 15 maart 2024",
    Date(2024, 3, 1),
    Date(2024, 3, 14),
    "day",
    value="2024-03-01/2024-03-14",
    rule="range.day_tot_day_month",
    kind="range",
    span="1 tot 15 maart 2024",
)
row(
    "tussen 1 en 15 maart 2024",
    Date(2024, 3, 1),
    Date(2024, 3, 15),
    "day",
    value="2024-03-01/2024-03-15",
    rule="range.day_en_day_month",
    kind="range",
    span="1 en 15 maart 2024",
)
row(
    "7 juli - 8 augustus 2023",
    Date(2023, 7, 7),
    Date(2023, 8, 8),
    "day",
    value="2023-07-07/2023-08-08",
    rule="range.day_month_dash_day_month",
    kind="range",
)
row(
    "30 december 2023 t/m 2 januari 2024",
    Date(2023, 12, 30),
    Date(2024, 1, 2),
    "day",
    value="2023-12-30/2024-01-02",
    rule="range.day_month_tm_day_month",
    kind="range",
)
row(
    "30 december t/m 2 januari 2024",
    Date(2023, 12, 30),
    Date(2024, 1, 2),
    "day",
    value="2023-12-30/2024-01-02",
    rule="range.day_month_tm_day_month",
    kind="range",
)
for connector, name in (("tot en met", "tm"), ("t/m", "tm"), ("–", "dash"), ("-", "dash")):
    row(
        f"mei 2023 {connector} april 2024",
        Date(2023, 5, 1),
        Date(2024, 4, 30),
        "month",
        value="2023-05/2024-04",
        rule=f"range.month_{name}_month",
        kind="range",
    )
row(
    "van mei 2023 tot en met april 2024",
    Date(2023, 5, 1),
    Date(2024, 4, 30),
    "month",
    value="2023-05/2024-04",
    rule="range.month_tm_month",
    kind="range",
    span="mei 2023 tot en met april 2024",
)
row(
    "van mei 2023 tot april 2024",
    Date(2023, 5, 1),
    Date(2024, 3, 31),
    "month",
    value="2023-05/2024-03",
    rule="range.month_tot_month",
    kind="range",
    span="mei 2023 tot april 2024",
)
row(
    "november tot en met februari 2024",
    Date(2023, 11, 1),
    Date(2024, 2, 29),
    "month",
    value="2023-11/2024-02",
    rule="range.month_tm_month",
    kind="range",
)
row(
    "tussen mei en juli 2024",
    Date(2024, 5, 1),
    Date(2024, 7, 31),
    "month",
    value="2024-05/2024-07",
    rule="range.month_en_month",
    kind="range",
    span="mei en juli 2024",
)
for dash in ("-", "–", "—"):
    row(
        f"2023{dash}2027",
        Date(2023, 1, 1),
        Date(2027, 12, 31),
        "year",
        value="2023/2027",
        rule="range.year_dash_year",
        kind="range",
    )
row(
    "2022 tot en met 2025",
    Date(2022, 1, 1),
    Date(2025, 12, 31),
    "year",
    value="2022/2025",
    rule="range.year_tm_year",
    kind="range",
)
row(
    "2022 tot 2025",
    Date(2022, 1, 1),
    Date(2024, 12, 31),
    "year",
    value="2022/2024",
    rule="range.year_tot_year",
    kind="range",
)
row(
    "2023 tot en met 2023",
    Date(2023, 1, 1),
    Date(2023, 12, 31),
    "year",
    value="2023/2023",
    rule="range.year_tm_year",
    kind="range",
)
row(
    "van 2023 tot 2024",
    Date(2023, 1, 1),
    Date(2023, 12, 31),
    "year",
    value="2023/2023",
    rule="range.year_tot_year",
    kind="range",
    span="2023 tot 2024",
)
for first in (2022, 2023, 2024):
    start = Date(first, 9, 1) + datetime.timedelta(days=(1 - Date(first, 9, 1).weekday()) % 7 + 14)
    nxt = Date(first + 1, 9, 1)
    end = nxt + datetime.timedelta(days=(1 - nxt.weekday()) % 7 + 14) - ONE
    row(
        f"Vergaderjaar {first}-{first + 1}",
        start,
        end,
        "year",
        value=f"{start.isoformat()}/{end.isoformat()}",
        rule="parliamentary_year",
        kind="range",
    )
day_row("prinsjesdag 2023", Date(2023, 9, 19), rule="prinsjesdag")
for text, first in (("de jaren negentig", 1990), ("jaren '80", 1980), ("de jaren 2010", 2010)):
    row(
        text,
        Date(first, 1, 1),
        Date(first + 9, 12, 31),
        "decade",
        value=str(first // 10),
        rule="decade",
    )

# --- anaphora -----------------------------------------------------------------------------------
for phrase, suffix in (
    ("deze rapportageperiode", "this"),
    ("de rapportageperiode", "the"),
    ("afgelopen rapportageperiode", "past"),
    ("de afgelopen rapportageperiode", "past"),
    ("De afgelopen rapportageperiode", "past"),
    ("de genoemde periode", "mentioned"),
    ("de afgelopen periode", "past_period"),
    ("deze verslagperiode", "this"),
):
    row(
        phrase,
        None,
        None,
        "period",
        value="",
        rule=f"anaphor.reporting_period.{suffix}",
        anchoring="unresolved",
        kind="range",
    )
row(
    "het einde van de rapportageperiode",
    None,
    None,
    "period",
    value="",
    rule="anaphor.reporting_period.end",
    mod="END",
    anchoring="unresolved",
    kind="range",
)
row(
    "Tegen het einde van de rapportageperiode",
    None,
    None,
    "period",
    value="",
    rule="anaphor.reporting_period.end",
    mod="END",
    anchoring="unresolved",
    kind="range",
    span="het einde van de rapportageperiode",
)
row(
    "het begin van deze rapportageperiode",
    None,
    None,
    "period",
    value="",
    rule="anaphor.reporting_period.start",
    mod="START",
    anchoring="unresolved",
    kind="range",
)
row("sindsdien", None, None, "day", value="", rule="anaphor.since", anchoring="unresolved")

# --- PDF text and the seed letter's own phrasings -------------------------------------------
day_row("d.d. 17 \n\njuni 2022", Date(2022, 6, 17), rule="day_month_year", span="17 \n\njuni 2022")
row(
    "vanaf mei \n\n2024",
    Date(2024, 5, 1),
    None,
    "month",
    mod="ON_OR_AFTER",
    value="2024-05",
    rule="month_year",
)
day_row("7 juli \n\n2023", Date(2023, 7, 7), rule="day_month_year")
row(
    "7-8 augustus 20238",
    Date(2023, 8, 7),
    Date(2023, 8, 8),
    "day",
    value="2023-08-07/2023-08-08",
    rule="range.day_dash_day_month",
    kind="range",
    span="7-8 augustus 2023",
)
month_row("september 20231", 2023, 9, rule="month_year", span="september 2023")
day_row("18 december 202312.", Date(2023, 12, 18), rule="day_month_year", span="18 december 2023")
month_row("(januari 2024)", 2024, 1, rule="month_year", span="januari 2024")
row(
    "(voor 31 juli 2024)",
    None,
    Date(2024, 7, 30),
    "day",
    mod="BEFORE",
    value="2024-07-31",
    rule="day_month_year",
    span="voor 31 juli 2024",
)
row(
    "ruim een jaar",
    None,
    None,
    "year",
    value="P1Y",
    rule="duration.approx",
    mod="APPROX",
    kind="duration",
)


# --- weekdays, holidays, positions, numeric dates, composed modifiers (issue 15) -------------
# Reference dates other than the seed's: year turns, leap days, letters of January and December.
REFERENCES = [
    Date(2024, 1, 2),
    Date(2023, 12, 29),
    Date(2024, 2, 29),
    Date(2020, 2, 29),
    Date(2025, 1, 1),
    Date(2023, 12, 31),
    Date(2019, 7, 15),
    Date(2026, 3, 1),
    Date(2022, 1, 31),
    Date(2024, 12, 1),
]
SHIFT_WORDS = {"afgelopen": -1, "vorige": -1, "komende": 1, "aanstaande": 1}


def iso_weekday_before(reference: Date, weekday: int) -> Date:
    day = reference - ONE
    while day.isoweekday() != weekday:
        day -= ONE
    return day


def iso_weekday_after(reference: Date, weekday: int) -> Date:
    day = reference + ONE
    while day.isoweekday() != weekday:
        day += ONE
    return day


for index, reference in enumerate(REFERENCES):
    for number, name in enumerate(WEEKDAYS, 1):
        if (number + index) % 3:
            continue
        for word, direction in SHIFT_WORDS.items():
            if direction < 0:
                day = iso_weekday_before(reference, number)
            else:
                day = iso_weekday_after(reference, number)
            day_row(
                f"{word} {name}",
                day,
                rule="weekday.shift",
                anchoring="document-relative",
                reference=reference,
            )
        monday = reference - datetime.timedelta(days=reference.isoweekday() - 1)
        for phrase, weeks in (
            ("vorige week {}", -1),
            ("deze week {}", 0),
            ("volgende week {}", 1),
            ("{} over een week", 1),
        ):
            day = monday + datetime.timedelta(weeks=weeks, days=number - 1)
            day_row(
                phrase.format(name),
                day,
                rule="weekday.week",
                anchoring="document-relative",
                reference=reference,
            )
    # a weekday with a year-less date: the year nearest R in which the date falls on that day
    for month, day_number in ((2, 18), (12, 24), (1, 1)):
        years = [
            y
            for y in range(reference.year - 7, reference.year + 8)
            if Date(y, month, day_number).isoweekday() == 1
        ]
        best = min(years, key=lambda y: (abs((Date(y, month, day_number) - reference).days), -y))
        day = Date(best, month, day_number)
        day_row(
            f"maandag {day_number} {MONTHS[month - 1]}",
            day,
            rule="weekday_day_month",
            anchoring="document-relative",
            reference=reference,
        )
    # jl. and aanstaande across year turns and leap days
    for d, m in ((31, 12), (1, 1), (28, 2), (1, 3)):
        past = Date(reference.year, m, d)
        if past > reference:
            past = Date(reference.year - 1, m, d)
        future = Date(reference.year, m, d)
        if future < reference:
            future = Date(reference.year + 1, m, d)
        day_row(
            f"{d} {MONTHS[m - 1]} jl.",
            past,
            rule="day_month.jl",
            anchoring="document-relative",
            reference=reference,
        )
        day_row(
            f"{d} {MONTHS[m - 1]} aanstaande",
            future,
            rule="day_month.aanstaande",
            anchoring="document-relative",
            reference=reference,
        )
    y = reference.year
    for phrase, year in (("vorig jaar", y - 1), ("dit jaar", y), ("volgend jaar", y + 1)):
        row(
            phrase,
            Date(year, 1, 1),
            Date(year, 12, 31),
            "year",
            value=str(year),
            rule="relative.calendar",
            anchoring="document-relative",
            reference=reference,
        )
    march = Date(y + 1, 3, 1)
    row(
        "volgend jaar maart",
        march,
        month_end(y + 1, 3),
        "month",
        value=f"{y + 1}-03",
        rule="month.year_first",
        anchoring="document-relative",
        reference=reference,
    )
    first = Date(y, reference.month, 1)
    if reference.day > 1:
        row(
            "eerder deze maand",
            first,
            reference - ONE,
            "month",
            value=f"{y}-{reference.month:02d}",
            rule="relative.earlier_later",
            anchoring="document-relative",
            reference=reference,
        )
    if reference != Date(y, 12, 31):
        row(
            "later dit jaar",
            reference + ONE,
            Date(y, 12, 31),
            "year",
            value=str(y),
            rule="relative.earlier_later",
            anchoring="document-relative",
            reference=reference,
        )
    row(
        "tot het einde van de maand",
        None,
        month_end(y, reference.month),
        "month",
        mod="ON_OR_BEFORE",
        value=f"{y}-{reference.month:02d}",
        rule="relative.this",
        anchoring="document-relative",
        reference=reference,
    )
    row(
        "tot het einde van het jaar",
        None,
        Date(y, 12, 31),
        "year",
        mod="ON_OR_BEFORE",
        value=str(y),
        rule="relative.this",
        anchoring="document-relative",
        reference=reference,
    )

    # without an article, "afgelopen twee weken" is whole calendar units before R's own unit
    monday = reference - datetime.timedelta(days=reference.weekday())
    first_week = monday - datetime.timedelta(weeks=2)
    row(
        "afgelopen twee weken",
        first_week,
        monday - ONE,
        "week",
        kind="range",
        value=f"{first_week.isocalendar()[0]}-W{first_week.isocalendar()[1]:02d}/"
        f"{(monday - 7 * ONE).isocalendar()[0]}-W{(monday - 7 * ONE).isocalendar()[1]:02d}",
        rule="relative.units",
        anchoring="document-relative",
        reference=reference,
    )
    row(
        "komende 3 dagen",
        reference + ONE,
        reference + 3 * ONE,
        "day",
        kind="range",
        value=f"{(reference + ONE).isoformat()}/{(reference + 3 * ONE).isoformat()}",
        rule="relative.units",
        anchoring="document-relative",
        reference=reference,
    )
    start = add_months(Date(y, reference.month, 1), 1)
    end = month_end(add_months(start, 2).year, add_months(start, 2).month)
    row(
        "komende drie maanden",
        start,
        end,
        "month",
        kind="range",
        value=f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}",
        rule="relative.units",
        anchoring="document-relative",
        reference=reference,
    )
    row(
        "vorige 2 jaren",
        Date(y - 2, 1, 1),
        Date(y - 1, 12, 31),
        "year",
        kind="range",
        value=f"{y - 2}/{y - 1}",
        rule="relative.units",
        anchoring="document-relative",
        reference=reference,
    )


def easter_sunday(year: int) -> Date:
    """Meeus/Jones/Butcher, written out independently of the engine's computus."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return Date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> Date:
    days = [Date(year, month, d) for d in range(1, month_end(year, month).day + 1)]
    matching = [d for d in days if d.isoweekday() == weekday]
    return matching[nth - 1] if nth > 0 else matching[-1]


for index, year in enumerate((2014, 2019, 2023, 2024, 2025, 2026, 2030)):
    reference = REFERENCES[index]
    easter = easter_sunday(year)
    kings = Date(year, 4, 27) if Date(year, 4, 27).isoweekday() != 7 else Date(year, 4, 26)
    for phrase, name, day in (
        ("Pasen", "pasen", easter),
        ("Goede Vrijdag", "goede_vrijdag", easter - 2 * ONE),
        ("Tweede Paasdag", "tweede_paasdag", easter + ONE),
        ("Hemelvaartsdag", "hemelvaartsdag", easter + 39 * ONE),
        ("Pinksteren", "pinksteren", easter + 49 * ONE),
        ("Koningsdag", "koningsdag", kings),
        ("Bevrijdingsdag", "bevrijdingsdag", Date(year, 5, 5)),
        ("Moederdag", "moederdag", nth_weekday(year, 5, 7, 2)),
        ("Vaderdag", "vaderdag", nth_weekday(year, 6, 7, 3)),
        ("Sinterklaas", "sinterklaas", Date(year, 12, 5)),
        ("Kerstmis", "kerstmis", Date(year, 12, 25)),
        ("tweede kerstdag", "tweede_kerstdag", Date(year, 12, 26)),
        ("Oudejaarsdag", "oudejaarsdag", Date(year, 12, 31)),
        ("Nieuwjaarsdag", "nieuwjaarsdag", Date(year, 1, 1)),
    ):
        day_row(f"{phrase} {year}", day, rule=f"holiday.{name}", reference=reference)
    for word, nth in (("eerste", 1), ("derde", 3), ("laatste", -1)):
        for weekday_number in (1, 2, 7):
            month = 3 + (index + weekday_number) % 9
            day = nth_weekday(year, month, weekday_number, nth)
            day_row(
                f"de {word} {WEEKDAYS[weekday_number - 1]} van {MONTHS[month - 1]} {year}",
                day,
                rule="position",
                reference=reference,
            )
    first_monday = nth_weekday(year, 10, 1, 1)
    row(
        f"de eerste week van oktober {year}",
        first_monday,
        first_monday + 6 * ONE,
        "week",
        value=f"{first_monday.isocalendar()[0]}-W{first_monday.isocalendar()[1]:02d}",
        rule="position",
        reference=reference,
    )
    last_sunday = nth_weekday(year, 9, 7, -1)
    row(
        f"de laatste week van september {year}",
        last_sunday - 6 * ONE,
        last_sunday,
        "week",
        value=f"{last_sunday.isocalendar()[0]}-W{last_sunday.isocalendar()[1]:02d}",
        rule="position",
        reference=reference,
    )
    last_day = month_end(year, 2)
    day_row(f"de laatste dag van februari {year}", last_day, rule="position", reference=reference)
    target = Date(year, 4, 10)
    monday = target - datetime.timedelta(days=target.isoweekday() - 1)
    row(
        f"de week van 10 april {year}",
        monday,
        monday + 6 * ONE,
        "week",
        value=f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}",
        rule="week_of",
        reference=reference,
    )
    day = Date(year, 7, 18)
    day_row(f"18de juli {year}", day, rule="day_month_year", reference=reference)
    first, last = Date(year, 7, 13), Date(year, 7, 15)
    row(
        f"juli 13 - juli 15 {year}",
        first,
        last,
        "day",
        value=f"{first.isoformat()}/{last.isoformat()}",
        rule="range.month_day_dash_month_day",
        kind="range",
        reference=reference,
    )
    day = Date(year, 8, 8)
    day_row(f"Aug 8, {year}", day, rule="month_day", reference=reference)
    day = Date(year, 1, 4)
    day_row(f"4e jan {year}", day, rule="day_month_year", reference=reference)
    day = Date(year, 2, 15)
    day_row(f"de 15de februari {year}", day, rule="ordinal_day", reference=reference)
    two = f"{year % 100:02d}"
    day = Date(year, 10, 31)
    day_row(f"31-10-{two}", day, rule="date.numeric", reference=reference)
    day_row(f"31.10.{two}", day, rule="date.numeric", reference=reference)
    first, last = Date(year, 10, 14), Date(year, 10, 15)
    row(
        f"14/10/{year} - 15/10/{year}",
        first,
        last,
        "day",
        value=f"{first.isoformat()}/{last.isoformat()}",
        rule="range.numeric_dash",
        kind="range",
        reference=reference,
    )
    row(
        f"14/10/{year} tot 15/10/{year}",
        first,
        first,
        "day",
        value=f"{first.isoformat()}/{first.isoformat()}",
        rule="range.numeric_tot",
        kind="range",
        reference=reference,
    )
    row(
        f"in de loop van {year}",
        Date(year, 1, 1),
        Date(year, 12, 31),
        "year",
        value=str(year),
        rule="year",
        reference=reference,
        span=f"de loop van {year}",
    )
    row(
        f"Maandag 18 februari {year}"
        if Date(year, 2, 18).isoweekday() == 1
        else f"18 februari {year}",
        Date(year, 2, 18),
        Date(year, 2, 18),
        "day",
        value=f"{year}-02-18",
        reference=reference,
        rule="weekday_day_month_year" if Date(year, 2, 18).isoweekday() == 1 else "day_month_year",
    )

# issue 15 item 1: two modified expressions joined into one range, the year carried from the
# side that writes it; the range runs from the start of the first side's part to where the
# second side, read alone, ends ("tot" exclusive: the day before its part starts)
PART_DAYS = {"begin": (1, 10), "medio": (11, 20), "eind": (21, 31)}
MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS, start=1)}


def part_of(year: int, month_name: str, part: str) -> tuple[Date, Date]:
    month = MONTH_NUMBER[month_name]
    first, last = PART_DAYS[part]
    return Date(year, month, first), Date(year, month, min(last, month_end(year, month).day))


NOV_2009 = Date(2009, 11, 13)
for expression, span, (y1, m1, p1), (y2, m2, p2), through, rule in (
    ("vanaf medio februari tot eind juni 2010", "", (2010, "februari", "medio"),
     (2010, "juni", "eind"), False, "range.compose_tot"),
    ("van medio augustus tot medio december 2009", "medio augustus tot medio december 2009",
     (2009, "augustus", "medio"), (2009, "december", "medio"), False, "range.compose_tot"),
    ("van begin maart tot eind juni 2010", "begin maart tot eind juni 2010",
     (2010, "maart", "begin"), (2010, "juni", "eind"), False, "range.compose_tot"),
    ("van begin maart tot en met eind juni 2010", "begin maart tot en met eind juni 2010",
     (2010, "maart", "begin"), (2010, "juni", "eind"), True, "range.compose_tm"),
    ("van medio november tot eind januari 2010", "medio november tot eind januari 2010",
     (2009, "november", "medio"), (2010, "januari", "eind"), False, "range.compose_tot"),
    ("van medio februari 2010 tot eind juni", "medio februari 2010 tot eind juni",
     (2010, "februari", "medio"), (2010, "juni", "eind"), False, "range.compose_tot"),
    ("begin maart - eind juni 2010", "", (2010, "maart", "begin"), (2010, "juni", "eind"),
     True, "range.compose_dash"),
):  # fmt: skip
    first = part_of(y1, m1, p1)[0]
    end_part = part_of(y2, m2, p2)
    last = end_part[1] if through else end_part[0] - ONE
    if through and p2 == "eind":
        last = month_end(y2, MONTH_NUMBER[m2])
    row(
        expression,
        first,
        last,
        "month",
        value=f"{y1}-{MONTH_NUMBER[m1]:02d}/{y2}-{MONTH_NUMBER[m2]:02d}",
        rule=rule,
        kind="range",
        reference=NOV_2009,
        span=span,
    )

# issue 15 item 2: a year-less day-month right after "d.d." is a paper's date, so the latest
# occurrence on or before R; after "op" nothing decides it
MARCH_2016 = Date(2016, 3, 30)
for expression, day in (("d.d. 6 februari", Date(2016, 2, 6)), ("d.d. 6 mei", Date(2015, 5, 6))):
    rel(
        expression,
        day,
        day,
        "day",
        value=day.isoformat(),
        rule="day_month.tense",
        reference=MARCH_2016,
        span=expression.removeprefix("d.d. "),
    )
row(
    "op 6 mei",
    None,
    None,
    "day",
    value="XXXX-05-06",
    rule="day_month",
    anchoring="unresolved",
    reference=MARCH_2016,
    span="6 mei",
)

# issue 15 item 4, the leftovers: "paar" is about two (numbers.tsv, approx); the turn of the
# year is 31 December (holidays.tsv); recesses without tabled dates use the whole months of their
# usual schedule (recesses.tsv), a recess running into the next year the one nearest R
DUCKLING_R = Date(2013, 2, 12)
rel(
    "de komende paar dagen",
    DUCKLING_R,
    DUCKLING_R + ONE,
    "day",
    value="P2D",
    rule="relative.window",
    mod="APPROX",
    kind="duration",
    reference=DUCKLING_R,
)
rel(
    "komende paar dagen",
    Date(2013, 2, 13),
    Date(2013, 2, 14),
    "day",
    value="2013-02-13/2013-02-14",
    rule="relative.units",
    mod="APPROX",
    kind="range",
    reference=DUCKLING_R,
)
rel(
    "de afgelopen paar jaar",
    Date(2011, 2, 12),
    DUCKLING_R,
    "year",
    value="P2Y",
    rule="relative.window",
    mod="APPROX",
    kind="duration",
    reference=DUCKLING_R,
)
row(
    "rond de jaarwisseling",
    None,
    None,
    "day",
    value="",
    rule="holiday.jaarwisseling",
    mod="APPROX",
    anchoring="unresolved",
    reference=MARCH_2016,
)
day_row(
    "de jaarwisseling van 2015",
    Date(2015, 12, 31),
    rule="holiday.jaarwisseling",
    reference=MARCH_2016,
)
rel(
    "het kerstreces",
    Date(2015, 12, 1),
    Date(2016, 1, 31),
    "month",
    value="2015-12/2016-01",
    rule="recess",
    kind="range",
    reference=Date(2016, 1, 10),
)
rel(
    "het kerstreces",
    Date(2016, 12, 1),
    Date(2017, 1, 31),
    "month",
    value="2016-12/2017-01",
    rule="recess",
    kind="range",
    reference=Date(2016, 10, 30),
)
rel(
    "na het kerstreces",
    Date(2016, 2, 1),
    None,
    "month",
    value="2015-12/2016-01",
    rule="recess",
    mod="AFTER",
    kind="range",
    reference=MARCH_2016,
)
rel(
    "voor het meireces",
    None,
    Date(2016, 3, 31),
    "month",
    value="2016-04/2016-05",
    rule="recess",
    mod="BEFORE",
    kind="range",
    reference=MARCH_2016,
)
row(
    "het herfstreces van 2015",
    Date(2015, 10, 1),
    Date(2015, 10, 31),
    "month",
    value="2015-10/2015-10",
    rule="recess",
    kind="range",
    reference=MARCH_2016,
)
row(
    "het voorjaarsreces van 2015",
    Date(2015, 2, 1),
    Date(2015, 3, 31),
    "month",
    value="2015-02/2015-03",
    rule="recess",
    kind="range",
    reference=MARCH_2016,
)

# year-less forms that nothing in a plain sentence resolves: reported unresolved
for expression, span, granularity, value, rule in (
    ("op 15-2", "15-2", "day", "XXXX-02-15", "day_month.numeric"),
    ("op 10.10", "10.10", "day", "XXXX-10-10", "day_month.numeric"),
    ("op 14/10 - 15/10", "14/10 - 15/10", "day", "XXXX-10-14/XXXX-10-15", "range.numeric_dash"),
    ("maandag", "", "day", "", "weekday"),
    ("woe.", "", "day", "", "weekday"),
    ("op de 15de", "de 15de", "day", "", "ordinal_day"),
    ("Kerstmis", "", "day", "", "holiday.kerstmis"),
    ("de laatste maandag van maart", "", "day", "", "position"),
    ("februari 15", "", "day", "XXXX-02-15", "month_day"),
):
    for reference in (R, REFERENCES[0]):
        row(
            expression,
            None,
            None,
            granularity,
            value=value,
            rule=rule,
            anchoring="unresolved",
            reference=reference,
            span=span,
            kind="range" if "/" in value else "date",
        )


# a month range with a year expression after it: both months in that year
row(
    "van april tot juni dit jaar",
    Date(2024, 4, 1),
    Date(2024, 5, 31),
    "month",
    value="2024-04/2024-05",
    rule="range.month_tot_month",
    kind="range",
    anchoring="document-relative",
    span="april tot juni dit jaar",
)
row(
    "van januari tot en met maart vorig jaar",
    Date(2023, 1, 1),
    Date(2023, 3, 31),
    "month",
    value="2023-01/2023-03",
    rule="range.month_tm_month",
    kind="range",
    anchoring="document-relative",
    span="januari tot en met maart vorig jaar",
)


# the parts of the day of R ("De Raad besloot vanmiddag"): that day
for word in ("vanochtend", "vanmorgen", "vanmiddag", "vanavond"):
    rel(word, R, R, "day", R.isoformat(), "relative.day")


# a year-less date opened by "sinds": the period began before R, so the last occurrence
row(
    "sinds eind maart",
    Date(2024, 3, 21),
    R,
    "month",
    mod="ON_OR_AFTER",
    value="2024-03",
    rule="month.tense",
    anchoring="document-relative",
)
row(
    "sinds 4 oktober",
    Date(2023, 10, 4),
    R,
    "day",
    mod="ON_OR_AFTER",
    value="2023-10-04",
    rule="day_month.tense",
    anchoring="document-relative",
)


# two days running joined by "en" are one stretch ("de bijeenkomst van 26 en 27 oktober 2016");
# two days apart are two dates ("de brieven van 7 en 18 december": tests/test_events_lists_news.py)
row(
    "op 26 en 27 oktober 2016",
    Date(2016, 10, 26),
    Date(2016, 10, 27),
    "day",
    value="2016-10-26/2016-10-27",
    rule="day_month.listed.range",
    kind="range",
    span="26 en 27 oktober 2016",
)


def main() -> None:
    target = Path(__file__).resolve().parents[1] / "iraq_events/temporal/lexicon/nl/corpus.tsv"
    lines = [
        "# The temporal corpus: one example per row, checked by tests/test_temporal_corpus.py.",
        "# Written by tests/temporal_corpus_generator.py; reviewed against docs/dates.md.",
        "# Empty cells: no reference / open or unknown bound / no mod; span empty = the whole",
        "# expression; \\n stands for a line break.",
        "\t".join(COLUMNS),
    ]
    seen = set()
    spread = [day.isoformat() for day in REFERENCES]
    for number, entry in enumerate(rows):
        # an absolute row means the same at any reference: a third of them are checked at
        # references of other months and years (year turns, leap days, January, December)
        moved = entry["anchoring"] == "absolute" and entry["mod"] != "ON_OR_AFTER"
        if moved and entry["reference"] == R.isoformat() and number % 2:
            entry["reference"] = spread[number % len(spread)]
        key = (entry["expression"], entry["reference"])
        if key in seen:
            raise SystemExit(f"duplicate corpus row {key}")
        seen.add(key)
        lines.append("\t".join(entry[column] for column in COLUMNS))
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows -> {target}")


if __name__ == "__main__":
    main()
