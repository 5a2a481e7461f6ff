"""The entries of the event lexicons, as the loader builds them from the JSON files: frozen,
typed, one class per kind of row."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from iraq_events.events.lexicon.verbs import TriggerPattern
from iraq_events.events.model import ActorKind, ActorRole, EventType, LocationKind

__all__ = [
    "ActorEntry",
    "CountryEntry",
    "GovernmentEntry",
    "Markers",
    "Match",
    "PlaceEntry",
    "QuantityWords",
    "StateRule",
    "SubtypeRule",
    "TriggerEntry",
    "TriggerMatch",
    "TypeProfile",
]


def _named(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must name where the entry comes from")


@attrs.frozen(kw_only=True)
class ActorEntry:
    name: str
    kind: ActorKind
    country: str | None
    aliases: tuple[str, ...]
    # where the aliases come from: "general knowledge" or a named reference
    source: str = attrs.field(validator=_named)


@attrs.frozen(kw_only=True)
class PlaceEntry:
    name: str
    kind: LocationKind
    country: str | None
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    source: str = attrs.field(validator=_named)


@attrs.frozen(kw_only=True)
class GovernmentEntry:
    name: str
    aliases: tuple[str, ...]
    source: str = attrs.field(validator=_named)


@attrs.frozen(kw_only=True)
class CountryEntry:
    """One country of the gazetteer: its state, its government and its place come from it."""

    iso: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]{3}"))
    name: str
    source: str = attrs.field(validator=_named)
    names: tuple[str, ...]
    # names read only as the place ("Syrië" is where something happens, not the state acting)
    place_names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    # the state acting through its people or forces ("Amerikaanse troepen")
    state_aliases: tuple[str, ...] = ()
    government: GovernmentEntry | None = None
    # "Iraakse verkiezingen" happen in Iraq; "Amerikaanse luchtaanvallen" not in the US
    adjective_names_place: bool = False
    latitude: float | None = None
    longitude: float | None = None

    def state(self) -> ActorEntry:
        return ActorEntry(
            name=self.name,
            kind=ActorKind.STATE,
            country=self.iso,
            aliases=tuple(
                dict.fromkeys((self.name, *self.names, *self.adjectives, *self.state_aliases))
            ),
            source=self.source,
        )

    def government_actor(self) -> ActorEntry | None:
        if self.government is None:
            return None
        return ActorEntry(
            name=self.government.name,
            kind=ActorKind.GOVERNMENT,
            country=self.iso,
            aliases=(self.government.name, *self.government.aliases),
            source=self.government.source,
        )

    def place(self) -> PlaceEntry:
        return PlaceEntry(
            name=self.name,
            kind=LocationKind.COUNTRY,
            country=self.iso,
            aliases=(*self.names, *self.place_names),
            adjectives=self.adjectives if self.adjective_names_place else (),
            latitude=self.latitude,
            longitude=self.longitude,
            source=self.source,
        )


@attrs.frozen(kw_only=True)
class TriggerEntry:
    id: str
    event_type: EventType
    forms: tuple[str, ...]
    countable: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    # token patterns: separable verbs ("viel|vielen ... aan $") and words in context
    patterns: tuple[TriggerPattern, ...] = ()
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
    # the rule applies only where one of these words occurs too ("dreigingsniveau")
    also: tuple[str, ...] = ()


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
    # a letter or report: two that cite different papers are two papers, whatever else they share
    paper: bool = False
    # a mandate: a state named by its adjective ("de Nederlandse bijdrage") brings in its
    # government, whose decision a mandate is
    governed: bool = False


@attrs.frozen(kw_only=True)
class Markers:
    status: Mapping[str, tuple[str, ...]]
    negations: frozenset[str]
    negation_window: int
    # "nu", "momenteel", "vandaag": from the temporal engine's tables (now.tsv, relative_days.tsv)
    now_words: frozenset[str]
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
    # offices named with their holder ("minister Hillen van Defensie", "mevrouw Ollongren,
    # Minister van Defensie", "de ministers van Buitenlandse Zaken en van Defensie")
    office_titles: tuple[str, ...] = ()
    office_plurals: Mapping[str, str] = attrs.field(factory=dict)
    honorifics: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    # "de leden Van Gennip en Knops": members of parliament by name; "Zr.Ms. De Ruyter": a
    # ship, under its navy's English prefix ("HNLMS")
    member_titles: tuple[str, ...] = ()
    vessel_prefixes: Mapping[str, str] = attrs.field(factory=dict)
    # "uw Kamer", "de Kamer": the chamber the letter is addressed to
    addressee_phrases: tuple[str, ...] = ()
    # "schrijft het kabinet aan de Kamer" in a text addressed to no chamber (a news item): the
    # chamber "de Kamer" names unqualified (the Senate is always named as such)
    unaddressed_chamber_phrases: tuple[str, ...] = ()
    unaddressed_chamber: str | None = None
    # "De vragen zijn op 18 mei voorgelegd": a noun that carries the parties of the earlier
    # sentence that named it (the asker and the one asked), across the letter
    carried_nouns: tuple[str, ...] = ()
    # "vragen voorgelegd aan de Minister van Defensie over": the phrase that names whom questions
    # were put to
    question_recipients: tuple[str, ...] = ()
    # "informeren wij u", "onze brief": in a letter to a chamber, the writers' own pronouns,
    # and the actor the writers of such letters are (the home government)
    writer_phrases: tuple[str, ...] = ()
    writers: str | None = None
    # "het fregat", "het schip": a ship named without its name, the last ship named before
    vessel_nouns: tuple[str, ...] = ()
    # "de brief van de minister van Defensie, d.d. 3 mei": the label a paper's date set off by
    # a comma opens with
    paper_date_labels: tuple[str, ...] = ()
    # "de regeringsreactie op het advies (Kamerstuk ..., 1 april 2011)": the words after a
    # cited paper's noun that open what it is about (its owner is named before them)
    paper_topic_words: tuple[str, ...] = ()
    # "de missie in Uruzgan, die begon in augustus 2006": the pronouns that open a relative
    # clause after a comma, which tells of the noun before it
    relative_pronouns: tuple[str, ...] = ()
    # "Patriotmissie Turkije": the nouns (or compound tails) of a mission whose country named
    # right after it is where the mission works, no party to it
    mission_heads: tuple[str, ...] = ()
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
    # the whole number words of the temporal engine's numbers.tsv
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
