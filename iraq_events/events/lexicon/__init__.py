"""The Dutch event lexicons, kept as data beside this module and loaded once.

``actors.json`` (who), ``places.json`` (where), ``triggers.json`` (which words report an
event), ``event_types.json`` (per type: priority, ACLED mapping, roles, subtypes),
``markers.json`` (status, negation, clause words) and ``quantities.json`` (counted things and
number words). Adding a word is one row in one of these files; nothing in the code names a
letter's facts.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs

from iraq_events.events.model import ActorKind, ActorRole, EventType, LocationKind

__all__ = [
    "ActorEntry",
    "EventLexicon",
    "Markers",
    "Match",
    "PlaceEntry",
    "QuantityWords",
    "StateRule",
    "SubtypeRule",
    "TriggerEntry",
    "TypeProfile",
    "any_of",
    "event_lexicon",
]


@attrs.frozen(kw_only=True)
class ActorEntry:
    name: str
    kind: ActorKind
    country: str | None
    aliases: tuple[str, ...]


@attrs.frozen(kw_only=True)
class PlaceEntry:
    name: str
    kind: LocationKind
    country: str | None
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None


@attrs.frozen(kw_only=True)
class TriggerEntry:
    id: str
    event_type: EventType
    forms: tuple[str, ...]
    countable: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    patterns: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    default_actors: tuple[str, ...] = ()
    locate: bool = True
    frame: bool = False
    subtype: str | None = None
    # the role of a name without a cue, where the trigger decides it ("werden X gearresteerd")
    first_role: ActorRole | None = None


@attrs.frozen(kw_only=True)
class SubtypeRule:
    words: tuple[str, ...]
    subtype: str
    acled: tuple[str, str] | None = None


@attrs.frozen(kw_only=True)
class StateRule:
    """What an event of unstated means becomes when a state carries it out."""

    event_type: EventType | None = None
    subtype: str | None = None
    acled: tuple[str, str] | None = None


@attrs.frozen(kw_only=True)
class TypeProfile:
    priority: int
    durative: bool
    acled: tuple[str, str] | None
    first_role: ActorRole
    other_role: ActorRole
    cues: Mapping[str, ActorRole | None]
    subtypes: tuple[SubtypeRule, ...] = ()
    by_state: StateRule | None = None
    # "droeg het commando over aan Noorwegen": a country after a role cue is a party, no place
    countries_are_parties: bool = False
    # "keerde terug naar Nederland": where the event goes is not where it happens
    away_cues: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class Markers:
    status: Mapping[str, tuple[str, ...]]
    negations: frozenset[str]
    negation_window: int
    now_words: frozenset[str]
    period_words: tuple[str, ...]
    subordinators: frozenset[str]
    after_markers: tuple[str, ...]
    finite_verbs: frozenset[str]
    apposition_phrases: tuple[str, ...]
    determiners: frozenset[str]
    definite_determiners: frozenset[str]
    locative_prepositions: frozenset[str]
    pronoun_phrases: tuple[str, ...]
    victim_nouns: tuple[str, ...]
    visit_hosts: Mapping[str, str]
    home_country: str
    place_heads: frozenset[str] = frozenset()
    agent_heads: frozenset[str] = frozenset()
    descriptive_relatives: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    specifiers: tuple[str, ...] = ()
    described_nouns: tuple[str, ...] = ()
    partner_phrases: tuple[str, ...] = ()
    frame_verbs: tuple[str, ...] = ()
    # the articles of a definite description that points back ("de commissie")
    definite_articles: frozenset[str]
    # "een operatie van X", "het kabinet van de KRG", "ten westen van Mosoel"
    of_preposition: str
    # "X en Y": the word that joins two events or two names
    conjunction: str
    # "in Syrië en Irak", "in Bagdad of Erbil": places that share a preposition
    list_joiners: tuple[str, ...]
    # "maakten bekend dat ...", "besloot om ...": where what is said or decided begins
    complementizers: tuple[str, ...]
    # "Het kabinet hecht eraan dat ...": the word after a frame verb that opens its content
    frame_complementizers: tuple[str, ...]
    # "Amerikaanse", "Israëlische": the inflection of an attributive adjective
    adjective_endings: tuple[str, ...]


@attrs.frozen(kw_only=True)
class QuantityWords:
    units: Mapping[str, tuple[str, str]]
    fatality_phrases: tuple[str, ...]
    percent_names: Mapping[str, str]
    currencies: Mapping[str, str]
    scales: Mapping[str, int]
    approximators: frozenset[str]
    numbers: Mapping[str, int]
    # "5 tot 10", "5-10": the words between the ends of a range
    range_words: tuple[str, ...]
    # "41 procent"
    percent_words: tuple[str, ...]
    # "3 van de 10 zetels": the words between a part and its total
    of_total: tuple[str, ...]
    # "tussen (de) 5 en 10": the word before a range, its articles and the word that joins it
    between: tuple[str, ...]
    between_articles: tuple[str, ...]
    between_joiners: tuple[str, ...]
    # "een" is an article, no count, unless written "één"
    articles: frozenset[str]
    stressed_numbers: frozenset[str]
    # "tweehonderdvijftig": scale words inside a number word, largest first, and what joins
    # the part after a scale ("honderdenvijftig"); "vijfenveertig": what joins unit and tens
    compound_scales: Mapping[str, int]
    compound_joiners: tuple[str, ...]
    unit_joiners: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Match:
    """A lexicon entry found in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    entry: Any
    adjective: bool = False


def any_of(words: Iterable[str]) -> str:
    """A group that matches any of ``words`` literally, tried in the order given."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _longest_first(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, preferring the longer one where two overlap."""
    chosen: list[Match] = []
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


_EDGE_BEFORE = r"(?<![\w])"
_EDGE_AFTER = r"(?![\w])"
# "anti-ISIS" is no mention of ISIS as an actor; "pro-Iraanse" is no mention of Iran
_NEGATING_PREFIX = re.compile(r"(?:anti|pro)-$", re.IGNORECASE)


class _NameIndex:
    """Finds the aliases of entries in text: capitals match case-sensitively, the rest not."""

    def __init__(self, entries: Sequence[tuple[str, Any, bool]]) -> None:
        self._lookup: dict[tuple[str, bool], Any] = {}
        exact: list[str] = []
        folded: list[str] = []
        for alias, entry, adjective in entries:
            if alias.isupper():
                exact.append(alias)
                self._lookup.setdefault((alias, adjective), entry)
            else:
                folded.append(alias)
                self._lookup.setdefault((alias.casefold(), adjective), entry)
        self._adjectives = {a.casefold() for a, _, adj in entries if adj}
        self._exact = (
            re.compile(_EDGE_BEFORE + "(?:" + _alternation(exact) + ")" + _EDGE_AFTER)
            if exact
            else None
        )
        self._folded = (
            re.compile(
                _EDGE_BEFORE + "(?:" + _alternation(folded) + ")" + _EDGE_AFTER, re.IGNORECASE
            )
            if folded
            else None
        )

    def find(self, text: str) -> list[Match]:
        found: list[Match] = []
        for pattern, fold in ((self._exact, False), (self._folded, True)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                if _NEGATING_PREFIX.search(text, max(0, m.start() - 5), m.start()):
                    continue
                key = m.group().casefold() if fold else m.group()
                adjective = fold and key in self._adjectives
                entry = self._lookup.get((key, adjective)) or self._lookup.get((key, False))
                if entry is None:
                    continue
                found.append(
                    Match(
                        start=m.start(),
                        end=m.end(),
                        surface=m.group(),
                        entry=entry,
                        adjective=adjective,
                    )
                )
        return _longest_first(found)


@attrs.frozen(kw_only=True)
class TriggerMatch:
    start: int
    end: int
    surface: str
    entry: TriggerEntry
    countable: bool
    specificity: int
    reach: int = -1  # end of a separable verb's particle ("maakten ... bekend"); else ``end``

    @property
    def last(self) -> int:
        return max(self.end, self.reach)


class EventLexicon:
    """Every event word table, with the matchers built from them."""

    def __init__(
        self,
        *,
        actors: Sequence[ActorEntry],
        places: Sequence[PlaceEntry],
        triggers: Sequence[TriggerEntry],
        types: Mapping[EventType, TypeProfile],
        common_cues: Mapping[str, ActorRole | None],
        markers: Markers,
        quantities: QuantityWords,
    ) -> None:
        self.actors = tuple(actors)
        self.places = tuple(places)
        self.triggers = tuple(triggers)
        self.types = dict(types)
        self.common_cues = dict(common_cues)
        self.markers = markers
        self.quantities = quantities
        self.actor_by_name = {a.name: a for a in self.actors}
        self.state_by_country = {
            a.country: a for a in self.actors if a.kind is ActorKind.STATE and a.country
        }
        self.country_place = {
            p.country: p for p in self.places if p.kind is LocationKind.COUNTRY and p.country
        }
        self._actor_index = _NameIndex([(al, a, False) for a in self.actors for al in a.aliases])
        self._place_index = _NameIndex(
            [(al, p, False) for p in self.places for al in p.aliases]
            + [(adj, p, True) for p in self.places for adj in p.adjectives]
        )
        # single words are looked up, compound tails matched at a word's end, phrases and
        # separable verbs searched as patterns: one pass over a sentence, however long the lists
        self._word_forms: dict[str, list[tuple[TriggerEntry, str]]] = {}
        self._tail_forms: dict[str, list[tuple[TriggerEntry, str]]] = {}
        phrases: dict[str, list[tuple[TriggerEntry, str]]] = {}
        self._verb_patterns: list[tuple[re.Pattern[str], TriggerEntry]] = []
        for trigger in self.triggers:
            for form in trigger.forms:
                key = form.casefold()
                if not re.fullmatch(r"[\w-]+", key):
                    phrases.setdefault(key, []).append((trigger, form))
                    continue
                self._word_forms.setdefault(key, []).append((trigger, form))
                if form in trigger.compound:
                    self._tail_forms.setdefault(key, []).append((trigger, form))
            for regex in trigger.patterns:
                self._verb_patterns.append((re.compile(regex, re.IGNORECASE), trigger))
        self._phrase_forms = phrases
        self._phrase_re = re.compile(
            r"(?<![\w-])(?:" + _alternation(phrases) + r")(?![\w])", re.IGNORECASE
        )
        self._tail_re = re.compile("(?:" + _alternation(self._tail_forms) + ")$")

    def find_actors(self, text: str) -> list[Match]:
        return self._actor_index.find(text)

    def find_places(self, text: str) -> list[Match]:
        return self._place_index.find(text)

    def find_triggers(self, text: str) -> list[TriggerMatch]:
        """Trigger words, one per word: the most literal form wins where several match."""
        found: list[TriggerMatch] = []

        def add(
            start: int,
            end: int,
            trigger: TriggerEntry,
            form: str,
            specificity: int,
            reach: int = -1,
        ) -> None:
            found.append(
                TriggerMatch(
                    start=start,
                    end=end,
                    surface=text[start:end],
                    entry=trigger,
                    countable=form in trigger.countable,
                    specificity=specificity,
                    reach=reach,
                )
            )

        for word in _TOKEN.finditer(text):
            key = word.group().casefold()
            for trigger, form in self._word_forms.get(key, ()):
                add(word.start(), word.end(), trigger, form, len(form))
            tail = self._tail_re.search(key)
            if tail is not None and tail.start() > 0:
                for trigger, form in self._tail_forms[tail.group()]:
                    add(word.start(), word.end(), trigger, form, len(form))
        for phrase in self._phrase_re.finditer(text):
            for trigger, form in self._phrase_forms[phrase.group().casefold()]:
                add(phrase.start(), phrase.end(), trigger, form, len(form))
        for pattern, trigger in self._verb_patterns:
            for verb in pattern.finditer(text):
                first = _TOKEN.match(text, verb.start())
                end = first.end() if first else verb.end()
                add(verb.start(), end, trigger, "", 0, verb.end())
        chosen: list[TriggerMatch] = []
        for match in sorted(found, key=lambda t: (-t.specificity, -(t.end - t.start), t.start)):
            if all(match.end <= c.start or match.start >= c.end for c in chosen):
                chosen.append(match)
        return sorted(chosen, key=lambda t: t.start)


_TOKEN = re.compile(r"\w[\w-]*\w|\w")


def _read(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def _role(value: str | None) -> ActorRole | None:
    return None if value is None else ActorRole(value)


def _acled(value: Sequence[str] | None) -> tuple[str, str] | None:
    return None if not value else (value[0], value[1])


@functools.cache
def event_lexicon() -> EventLexicon:
    """The bundled lexicons (read once per process)."""
    actors = [
        ActorEntry(
            name=row["name"],
            kind=ActorKind(row["kind"]),
            country=row.get("country"),
            aliases=(row["name"], *row["aliases"]),
        )
        for row in _read("actors.json")["actors"]
    ]
    places = [
        PlaceEntry(
            name=row["name"],
            kind=LocationKind(row["kind"]),
            country=row.get("country"),
            aliases=tuple(row["aliases"]),
            adjectives=tuple(row.get("adjectives", ())),
            latitude=row.get("latitude"),
            longitude=row.get("longitude"),
        )
        for row in _read("places.json")["places"]
    ]
    triggers = []
    for row in _read("triggers.json")["triggers"]:
        compound = row.get("compound", False)
        forms = tuple(row["forms"])
        triggers.append(
            TriggerEntry(
                id=row["id"],
                event_type=EventType(row["type"]),
                forms=forms,
                countable=frozenset(row.get("countable", ())),
                compound=frozenset(forms if compound is True else (compound or ())),
                patterns=tuple(row.get("patterns", ())),
                requires=tuple(row.get("requires", ())),
                excludes=tuple(row.get("excludes", ())),
                default_actors=tuple(row.get("default_actors", ())),
                locate=row.get("locate", True),
                frame=row.get("frame", False),
                subtype=row.get("subtype"),
                first_role=_role(row.get("first_role")),
            )
        )
    type_data = _read("event_types.json")
    subtype_data = type_data["subtypes"]
    types = {
        EventType(name): TypeProfile(
            priority=row["priority"],
            durative=row["aspect"] == "durative",
            acled=_acled(row.get("acled")),
            first_role=ActorRole(row["first"]),
            other_role=ActorRole(row["other"]),
            cues={cue: _role(role) for cue, role in row["cues"].items()},
            subtypes=tuple(
                SubtypeRule(
                    words=tuple(r["words"]), subtype=r["subtype"], acled=_acled(r.get("acled"))
                )
                for r in subtype_data.get(name, ())
            ),
            countries_are_parties=row.get("countries_are_parties", False),
            away_cues=frozenset(row.get("away_cues", ())),
            by_state=None
            if "by_state" not in row
            else StateRule(
                event_type=EventType(row["by_state"]["type"])
                if "type" in row["by_state"]
                else None,
                subtype=row["by_state"].get("subtype"),
                acled=_acled(row["by_state"].get("acled")),
            ),
        )
        for name, row in type_data["types"].items()
    }
    m = _read("markers.json")
    markers = Markers(
        status={k: tuple(v) for k, v in m["status"].items()},
        negations=frozenset(m["negations"]),
        negation_window=m["negation_window"],
        now_words=frozenset(m["now_words"]),
        period_words=tuple(m["period_words"]),
        subordinators=frozenset(m["subordinators"]),
        after_markers=tuple(m["after_markers"]),
        finite_verbs=frozenset(m["finite_verbs"]),
        apposition_phrases=tuple(m["apposition_phrases"]),
        determiners=frozenset(m["determiners"]),
        definite_determiners=frozenset(m["definite_determiners"]),
        locative_prepositions=frozenset(m["locative_prepositions"]),
        pronoun_phrases=tuple(m["pronoun_phrases"]),
        victim_nouns=tuple(m["victim_nouns"]),
        visit_hosts=dict(m["visit_hosts"]),
        home_country=m["home_country"],
        place_heads=frozenset(m.get("place_heads", ())),
        agent_heads=frozenset(m.get("agent_heads", ())),
        descriptive_relatives=frozenset(m.get("descriptive_relatives", ())),
        coordinators=frozenset(m.get("coordinators", ())),
        specifiers=tuple(m.get("specifiers", ())),
        described_nouns=tuple(m.get("described_nouns", ())),
        partner_phrases=tuple(m.get("partner_phrases", ())),
        frame_verbs=tuple(m.get("frame_verbs", ())),
        definite_articles=frozenset(m["definite_articles"]),
        of_preposition=m["of_preposition"],
        conjunction=m["conjunction"],
        list_joiners=tuple(m["list_joiners"]),
        complementizers=tuple(m["complementizers"]),
        frame_complementizers=tuple(m["frame_complementizers"]),
        adjective_endings=tuple(m["adjective_endings"]),
    )
    q = _read("quantities.json")
    quantities = QuantityWords(
        units={k: (v[0], v[1]) for k, v in q["units"].items()},
        fatality_phrases=tuple(q["fatality_phrases"]),
        percent_names=dict(q["percent_names"]),
        currencies=dict(q["currencies"]),
        scales=dict(q["scales"]),
        approximators=frozenset(q["approximators"]),
        numbers=dict(q["numbers"]),
        range_words=tuple(q["range_words"]),
        percent_words=tuple(q["percent_words"]),
        of_total=tuple(q["of_total"]),
        between=tuple(q["between"]),
        between_articles=tuple(q["between_articles"]),
        between_joiners=tuple(q["between_joiners"]),
        articles=frozenset(q["articles"]),
        stressed_numbers=frozenset(q["stressed_numbers"]),
        compound_scales=dict(q["compound_scales"]),
        compound_joiners=tuple(q["compound_joiners"]),
        unit_joiners=tuple(q["unit_joiners"]),
    )
    return EventLexicon(
        actors=actors,
        places=places,
        triggers=triggers,
        types=types,
        common_cues={cue: _role(role) for cue, role in type_data["common_cues"].items()},
        markers=markers,
        quantities=quantities,
    )
