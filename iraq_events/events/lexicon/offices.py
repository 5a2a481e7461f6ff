"""Offices named with their holder: "minister Hillen van Defensie" (a title, a name, the
portfolio), "mevrouw Ollongren, Minister van Defensie" (a name with its office in apposition)
and "de ministers van Buitenlandse Zaken en van Defensie" (one plural title over several
portfolios). The office is the actor; which offices exist, their titles and the words of
names are the lexicon's (`office_titles`, `office_plurals`, `honorifics`, `name_particles`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from iraq_events.events.lexicon.entries import ActorEntry, Markers, Match

__all__ = ["NAME_WORD", "OfficeFinder", "alternation"]

# a capitalised word of a name ("Hennis-Plasschaert", "Ter", "Bruins"): capitals of the Latin
# letters a Dutch name may open with
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"


def alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class OfficeFinder:
    """Finds the offices of ``actors`` where a text names them with their holder."""

    def __init__(self, actors: Sequence[ActorEntry], markers: Markers) -> None:
        titles = {t.casefold() for t in markers.office_titles}
        # (title, rest of the office's name) -> the office: "minister" + "van defensie"
        self._offices: dict[tuple[str, str], ActorEntry] = {}
        self._whole: dict[str, ActorEntry] = {}
        for actor in actors:
            for alias in actor.aliases:
                # a title of several words ("vaste commissie") before one of one word
                title = next(
                    (
                        t
                        for t in sorted(titles, key=len, reverse=True)
                        if alias.casefold().startswith(t + " ")
                    ),
                    "",
                )
                rest = alias[len(title) + 1 :]
                if title and rest:
                    self._offices.setdefault((title.casefold(), rest.casefold()), actor)
                    self._whole.setdefault(alias.casefold(), actor)
        self._plurals = {p.casefold(): t.casefold() for p, t in markers.office_plurals.items()}
        self._pattern: re.Pattern[str] | None = None
        if not self._offices:
            return
        particles = alternation(markers.name_particles) if markers.name_particles else None
        gap = r"\s+(?:(?:" + particles + r")\s+)*" if particles else r"\s+"
        name = NAME_WORD + r"(?:" + gap + NAME_WORD + r"){0,3}"
        rests = alternation([rest for _, rest in self._offices])
        whole = alternation(list(self._whole))
        joiners = alternation(markers.list_joiners)
        articles = alternation(sorted(markers.definite_articles))
        # "minister Hillen van Defensie", "minister Hillen (Defensie)", and with a plural title
        # the holders listed: "de ministers Rosenthal van Buitenlandse Zaken en Hillen van
        # Defensie", "de ministers Van Middelkoop (Defensie) en Verhagen (Buitenlandse Zaken)"
        self._portfolios: dict[tuple[str, str], ActorEntry] = {
            (title, rest.partition(" ")[2]): actor for (title, rest), actor in self._offices.items()
        }
        bracketed = alternation([portfolio for _, portfolio in self._portfolios])
        portfolio_of = (
            r"(?:\s+(?P<rest>(?i:" + rests + r"))|\s*\((?P<portfolio>(?i:" + bracketed + r"))\))"
        )
        held = (
            r"(?P<title>(?i:"
            + alternation(sorted(titles | set(self._plurals)))
            + r"))\s+"
            + name
            + portfolio_of
        )
        self._more = re.compile(
            r"(?:\s*,\s*|\s+(?i:"
            + joiners
            + r")\s+)(?P<holder>"
            + name
            + portfolio_of
            + r")(?![\w])"
        )
        apposed = (
            r"(?i:"
            + alternation(markers.honorifics)
            + r")\s+"
            + name
            + r"\s*,\s+(?:(?i:"
            + articles
            + r")\s+)?(?P<office>(?i:"
            + whole
            + r"))"
        )
        rest_item = r"(?i:" + rests + r")"
        # "de ministers van Buitenlandse Zaken, Defensie en voor Ontwikkelingssamenwerking":
        # a portfolio after the first may leave out the preposition it shares
        portfolios = alternation([rest.partition(" ")[2] for _, rest in self._offices])
        prepositions = alternation([rest.partition(" ")[0] for _, rest in self._offices])
        item = r"(?i:(?:(?:" + prepositions + r")\s+)?(?:" + portfolios + r"))"
        plural = (
            r"(?P<plural>(?i:"
            + alternation(list(self._plurals))
            + r"))\s+(?P<items>"
            + rest_item
            + r"(?:(?:\s*,\s*|\s+(?i:"
            + joiners
            + r")\s+)"
            + item
            + r")*)"
            if self._plurals
            else None
        )
        # a plural title over portfolios first: "DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN
        # DEFENSIE" in capitals would read as holders' names
        alternatives = ([plural] if plural else []) + [held, apposed]
        self._pattern = re.compile(
            # "NAVO-ministers van Defensie" are the allies' ministers, not the home office
            r"(?<![\w-])(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")(?![\w])"
        )
        self._item = re.compile(r"(?<![\w])(?:" + item + r")(?![\w])")
        self._prepositions = {rest.partition(" ")[0] for _, rest in self._offices}

    def find(self, text: str) -> list[Match]:
        if self._pattern is None:
            return []
        found: list[Match] = []
        for m in self._pattern.finditer(text):
            if m.group("title") is not None:
                written = m.group("title").casefold()
                title = self._plurals.get(written, written)
                self._add(found, text, m.start(), m.end(), self._held(title, m))
                end = m.end()
                while written in self._plurals:
                    more = self._more.match(text, end)
                    if more is None:
                        break
                    self._add(
                        found, text, more.start("holder"), more.end(), self._held(title, more)
                    )
                    end = more.end()
            elif m.group("office") is not None:
                self._add(
                    found, text, m.start(), m.end(), self._whole.get(m.group("office").casefold())
                )
            else:
                title = self._plurals[m.group("plural").casefold()]
                shared = ""
                for item in self._item.finditer(text, m.start("items"), m.end("items")):
                    words = " ".join(item.group().casefold().split())
                    first, _, portfolio = words.partition(" ")
                    if first in self._prepositions and portfolio:
                        shared = first
                    else:
                        words = f"{shared} {words}"
                    entry = self._offices.get((title, words))
                    # the first office spans the plural title too, so that it wins over
                    # a name the title alone might be read as
                    start = m.start() if not found or found[-1].end < m.start() else item.start()
                    self._add(found, text, start, item.end(), entry)
        return found

    def _held(self, title: str, m: re.Match[str]) -> ActorEntry | None:
        if m.group("rest") is not None:
            return self._offices.get((title, " ".join(m.group("rest").casefold().split())))
        return self._portfolios.get((title, " ".join(m.group("portfolio").casefold().split())))

    @staticmethod
    def _add(found: list[Match], text: str, start: int, end: int, entry: ActorEntry | None) -> None:
        if entry is not None:
            found.append(Match(start=start, end=end, surface=text[start:end], entry=entry))
