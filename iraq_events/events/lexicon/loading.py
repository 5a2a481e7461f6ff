"""Loading the lexicon files: one strict cattrs converter turns each JSON file into the
frozen entry classes. A key the class does not know, a missing key or a value of the wrong
type is a ``LexiconError`` that names the file and the entry
(``triggers.json: trigger 'attack.aanval': unknown key 'frms'``). ``"_about"`` keys are
documentation and are skipped at every level."""

from __future__ import annotations

import collections.abc
import functools
import json
import os
import pathlib
import types
import typing
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError

from iraq_events.events.lexicon.entries import (
    ActorEntry,
    CountryEntry,
    Markers,
    PlaceEntry,
    QuantityWords,
    StateRule,
    SubtypeRule,
    TriggerEntry,
    TypeProfile,
)
from iraq_events.events.lexicon.matching import EventLexicon
from iraq_events.events.lexicon.verbs import Conjugation, TriggerPattern
from iraq_events.events.model import ActorKind, ActorRole, EventType, LocationKind
from iraq_events.temporal.lexicon import lexicon as temporal_lexicon

__all__ = ["LexiconError", "event_lexicon", "load_event_lexicon"]

T = TypeVar("T")
_ABOUT = "_about"


class LexiconError(ValueError):
    """A lexicon file that does not fit its schema."""


# -- the rows as the files write them -----------------------------------------------------------


@attrs.frozen(kw_only=True)
class _TriggerRow:
    id: str
    type: EventType
    forms: tuple[str, ...]
    countable: tuple[str, ...] = ()
    # true: every form also ends a compound; a list: those forms do
    compound: bool | tuple[str, ...] = False
    # weak verbs whose forms the conjugation rules write ("verlengen", "aan|kondigen")
    lemmas: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    default_actors: tuple[str, ...] = ()
    locate: bool = True
    frame: bool = False
    subtype: str | None = None
    first_role: ActorRole | None = None


@attrs.frozen(kw_only=True)
class _StateRow:
    type: EventType | None = None
    subtype: str | None = None
    acled: tuple[str, str] | None = None


@attrs.frozen(kw_only=True)
class _TypeRow:
    priority: int
    aspect: str = attrs.field(validator=attrs.validators.in_(("durative", "punctual")))
    first: ActorRole
    other: ActorRole
    cues: dict[str, ActorRole | None]
    acled: tuple[str, str] | None = None
    by_state: _StateRow | None = None
    countries_are_parties: bool = False
    away_cues: tuple[str, ...] = ()
    paper: bool = False
    governed: bool = False


# -- one strict converter -----------------------------------------------------------------------


def _strict(kind: type[T], *accepted: type) -> Callable[[Any, type], T]:
    def structure(value: Any, _: type) -> T:
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {kind.__name__}, got {value!r}")
        if not isinstance(value, accepted or (kind,)):
            raise TypeError(f"expected {kind.__name__}, got {value!r}")
        return kind(value)  # type: ignore[call-arg]

    return structure


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    for kind, accepted in ((str, (str,)), (int, (int,)), (bool, (bool,)), (float, (int, float))):
        converter.register_structure_hook(kind, _strict(kind, *accepted))

    def member(value: Any, kind: Any) -> Any:
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        raise ValueError(f"expected one of {[m.value for m in kind]}, got {value!r}")

    # the enums of strings are str subclasses: each needs its own hook over the str one
    for enumeration in (ActorKind, ActorRole, EventType, LocationKind):
        converter.register_structure_hook(enumeration, member)

    def is_collection(kind: Any) -> bool:
        return typing.get_origin(kind) in (tuple, frozenset)

    def collection(value: Any, kind: Any) -> Any:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        args = typing.get_args(kind)
        if typing.get_origin(kind) is frozenset:
            return frozenset(converter.structure(v, args[0]) for v in value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(converter.structure(v, args[0]) for v in value)
        if len(value) != len(args):
            raise TypeError(f"expected {len(args)} items, got {value!r}")
        return tuple(converter.structure(v, a) for v, a in zip(value, args, strict=True))

    def is_mapping(kind: Any) -> bool:
        return typing.get_origin(kind) in (dict, Mapping, collections.abc.Mapping)

    def mapping(value: Any, kind: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {value!r}")
        key, item = typing.get_args(kind)
        return {
            converter.structure(k, key): converter.structure(v, item)
            for k, v in value.items()
            if k != _ABOUT
        }

    def is_flag_or_words(kind: Any) -> bool:
        union = typing.get_origin(kind) in (typing.Union, types.UnionType)
        return union and set(typing.get_args(kind)) == {bool, tuple[str, ...]}

    def flag_or_words(value: Any, _: Any) -> Any:
        if isinstance(value, bool):
            return value
        return converter.structure(value, tuple[str, ...])

    converter.register_structure_hook_func(is_collection, collection)
    converter.register_structure_hook_func(is_mapping, mapping)
    converter.register_structure_hook_func(is_flag_or_words, flag_or_words)
    return converter


_CONVERTER = _converter()


def _message(exc: BaseException, _: Any) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        return ", ".join(f"unknown key {key!r}" for key in sorted(exc.extra_fields))
    if isinstance(exc, KeyError):
        return "missing key"
    return str(exc.args[0]) if exc.args else type(exc).__name__


def _structure(value: Any, kind: type[T], file: str, entry: str) -> T:
    """``value`` as a ``kind``, or a ``LexiconError`` naming the file, the entry and the key."""
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k != _ABOUT}
    try:
        return _CONVERTER.structure(value, kind)
    except Exception as exc:  # cattrs gathers the errors of a class in an exception group
        problems = []
        for line in cattrs.transform_error(exc, path="$", format_exception=_message):
            message, _, path = line.rpartition(" @ ")
            key = path.removeprefix("$").lstrip(".")
            problems.append(message if not key else f"{key!r}: {message}")
        raise LexiconError(f"{file}: {entry}: {'; '.join(problems)}") from exc


def _rows(data: dict[str, Any], key: str, kind: type[T], file: str, label: str) -> list[T]:
    rows = data.get(key)
    if not isinstance(rows, list):
        raise LexiconError(f"{file}: expected a list under {key!r}")
    found = []
    for index, row in enumerate(rows):
        name = row.get("id", row.get("name")) if isinstance(row, dict) else None
        entry = f"{label} {name!r}" if isinstance(name, str) else f"{label} #{index + 1}"
        found.append(_structure(row, kind, file, entry))
    return found


def _mapping(data: dict[str, Any], key: str, file: str) -> dict[str, Any]:
    found = data[key]
    if not isinstance(found, dict):
        raise LexiconError(f"{file}: expected an object under {key!r}")
    return {k: v for k, v in found.items() if k != _ABOUT}


def _file(directory: pathlib.Path | None, name: str, keys: set[str]) -> dict[str, Any]:
    if directory is None:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    else:
        text = (directory / name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected an object")
    unknown = sorted(set(data) - keys - {_ABOUT})
    if unknown:
        raise LexiconError(f"{name}: unknown key {unknown[0]!r}")
    missing = sorted(keys - set(data))
    if missing:
        raise LexiconError(f"{name}: missing key {missing[0]!r}")
    return data


def _type_profile(row: _TypeRow, subtypes: tuple[SubtypeRule, ...]) -> TypeProfile:
    state = row.by_state
    return TypeProfile(
        priority=row.priority,
        durative=row.aspect == "durative",
        acled=row.acled,
        first_role=row.first,
        other_role=row.other,
        cues=row.cues,
        subtypes=subtypes,
        countries_are_parties=row.countries_are_parties,
        away_cues=frozenset(row.away_cues),
        paper=row.paper,
        governed=row.governed,
        by_state=None
        if state is None
        else StateRule(event_type=state.type, subtype=state.subtype, acled=state.acled),
    )


def _trigger(row: _TriggerRow, conjugation: Conjugation) -> TriggerEntry:
    entry = f"triggers.json: trigger {row.id!r}"
    forms = list(row.forms)
    written = list(row.patterns)
    try:
        for lemma in row.lemmas:
            generated = conjugation.forms(lemma)
            forms += generated.forms
            written += generated.patterns
        patterns = tuple(TriggerPattern.parse(p) for p in dict.fromkeys(written))
    except ValueError as exc:
        raise LexiconError(f"{entry}: {exc}") from exc
    compound = row.compound
    return TriggerEntry(
        id=row.id,
        event_type=row.type,
        forms=tuple(dict.fromkeys(forms)),
        countable=frozenset(row.countable),
        compound=frozenset(row.forms if compound is True else (compound or ())),
        patterns=patterns,
        requires=row.requires,
        excludes=row.excludes,
        default_actors=row.default_actors,
        locate=row.locate,
        frame=row.frame,
        subtype=row.subtype,
        first_role=row.first_role,
    )


def _unique(entries: list[ActorEntry] | list[PlaceEntry], label: str) -> None:
    """A name defined twice (a country in countries.json and again in actors.json or
    places.json) is an error, not a silent override."""
    seen: set[str] = set()
    for entry in entries:
        if entry.name in seen:
            raise LexiconError(f"{label} {entry.name!r} is defined twice")
        seen.add(entry.name)


def load_event_lexicon(directory: str | os.PathLike[str] | None = None) -> EventLexicon:
    """The lexicons of ``directory`` (the bundled ones when ``None``), read strictly."""
    where = None if directory is None else pathlib.Path(directory)
    data = _file(where, "countries.json", {"countries"})
    countries = _rows(data, "countries", CountryEntry, "countries.json", "country")
    # each country is its state, its government (where it has one) and its place
    actors = [c.state() for c in countries]
    actors += [g for g in (c.government_actor() for c in countries) if g is not None]
    places = [c.place() for c in countries]
    data = _file(where, "actors.json", {"actors"})
    actors += [
        attrs.evolve(a, aliases=(a.name, *a.aliases))
        for a in _rows(data, "actors", ActorEntry, "actors.json", "actor")
    ]
    data = _file(where, "places.json", {"places"})
    places += _rows(data, "places", PlaceEntry, "places.json", "place")
    _unique(actors, "actor")
    _unique(places, "place")
    name = "triggers.json"
    data = _file(where, name, {"triggers", "particle_followers", "conjugation"})
    conjugation = _structure(data["conjugation"], Conjugation, name, "conjugation")
    followers = _structure(data["particle_followers"], frozenset[str], name, "particle_followers")
    triggers = [
        _trigger(row, conjugation) for row in _rows(data, "triggers", _TriggerRow, name, "trigger")
    ]
    name = "event_types.json"
    data = _file(where, name, {"types", "common_cues", "subtypes"})
    subtypes = {
        _structure(kind, EventType, name, "subtypes"): _structure(
            rules, tuple[SubtypeRule, ...], name, f"subtypes of {kind!r}"
        )
        for kind, rules in _mapping(data, "subtypes", name).items()
    }
    type_profiles = {}
    for kind, row in _mapping(data, "types", name).items():
        event_type = _structure(kind, EventType, name, "types")
        profile = _structure(row, _TypeRow, name, f"type {kind!r}")
        type_profiles[event_type] = _type_profile(profile, subtypes.get(event_type, ()))
    common_cues = _structure(data["common_cues"], dict[str, ActorRole | None], name, "common_cues")
    # the Dutch core words the temporal engine reads too come from its tables: one place; a
    # word for the present moment ("momenteel") dates a state, while "vandaag" is a day like
    # any other ("De ministerraad stemde vandaag in")
    core = temporal_lexicon()
    markers_data = _file(where, "markers.json", set(attrs.fields_dict(Markers)) - {"now_words"})
    markers_data["now_words"] = sorted(core.now_words)
    markers = _structure(markers_data, Markers, "markers.json", "markers")
    quantities_data = _file(
        where, "quantities.json", set(attrs.fields_dict(QuantityWords)) - {"numbers"}
    )
    quantities_data["numbers"] = {
        word: int(value)
        for word, value in core.numbers.items()
        if value is not None and float(value).is_integer()
    }
    quantities = _structure(quantities_data, QuantityWords, "quantities.json", "quantities")
    return EventLexicon(
        actors=actors,
        places=places,
        triggers=triggers,
        particle_followers=followers,
        conjugation=conjugation,
        types=type_profiles,
        common_cues=common_cues,
        markers=markers,
        quantities=quantities,
    )


@functools.cache
def event_lexicon(directory: str | os.PathLike[str] | None = None) -> EventLexicon:
    """The lexicons (the bundled ones by default), read once per process and directory."""
    return load_event_lexicon(directory)
