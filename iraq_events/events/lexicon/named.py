"""Actors a text names by a title and a proper name that no list could hold: members of
parliament ("de leden Van Gennip en Knops": each member, by the name the text gives) and
ships ("Zr.Ms. De Ruyter": the ship, under the English prefix of its navy). The titles and
prefixes are the lexicon's (`member_titles`, `vessel_prefixes`)."""

from __future__ import annotations

import re

from iraq_events.events.lexicon.entries import ActorEntry, Markers, Match
from iraq_events.events.lexicon.offices import NAME_WORD, alternation
from iraq_events.events.model import ActorKind

__all__ = ["NamedFinder"]

# where a name found this way comes from: the text itself
_SOURCE = "the letter's own words (a title and a proper name)"


class NamedFinder:
    """Finds members of parliament and ships by their title or prefix and their name."""

    def __init__(self, markers: Markers) -> None:
        particles = alternation(markers.name_particles) if markers.name_particles else ""
        gap = r"\s+(?:(?:" + particles + r")\s+)*" if particles else r"\s+"
        name = NAME_WORD + r"(?:" + gap + NAME_WORD + r"){0,3}"
        joiners = alternation(markers.list_joiners)
        self._name = re.compile(name)
        self._members: re.Pattern[str] | None = None
        if markers.member_titles:
            self._members = re.compile(
                r"(?<![\w-])(?i:"
                + alternation(markers.member_titles)
                + r")\s+(?P<names>"
                + name
                + r"(?:(?:\s*,\s*|\s+(?i:"
                + joiners
                + r")\s+)"
                + name
                + r")*)(?![\w])"
            )
        self._prefixes = {p: v for p, v in markers.vessel_prefixes.items()}
        self._vessels: re.Pattern[str] | None = None
        if self._prefixes:
            self._vessels = re.compile(
                r"(?<![\w])(?P<prefix>"
                + alternation(list(self._prefixes))
                + r")\s*(?P<name>"
                + name
                + r")(?![\w])"
            )
        self._home = markers.home_country

    def find(self, text: str) -> list[Match]:
        found: list[Match] = []
        if self._members is not None:
            for m in self._members.finditer(text):
                for person in self._name.finditer(text, m.start("names"), m.end("names")):
                    entry = self._entry(person.group(), ActorKind.PERSON)
                    found.append(
                        Match(
                            start=person.start(),
                            end=person.end(),
                            surface=person.group(),
                            entry=entry,
                        )
                    )
        if self._vessels is not None:
            for m in self._vessels.finditer(text):
                ship = f"{self._prefixes[m.group('prefix')]} {m.group('name')}"
                entry = self._entry(ship, ActorKind.GOVERNMENT)
                found.append(Match(start=m.start(), end=m.end(), surface=m.group(), entry=entry))
        return found

    def _entry(self, name: str, kind: ActorKind) -> ActorEntry:
        return ActorEntry(name=name, kind=kind, country=self._home, aliases=(), source=_SOURCE)
