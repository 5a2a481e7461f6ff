"""The event lexicons: every data file loads and is consistent, and each kind of entry
resolves the way the extraction relies on (aliases, adjectives, case, compounds, numbers)."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iraq_events.cli import main
from iraq_events.events.lexicon import event_lexicon
from iraq_events.events.model import ActorKind, EventType, LocationKind
from iraq_events.events.quantities import parse_number_word, read_quantities

LEX = event_lexicon()
ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7ba65e5599d72e72.txt"


def actor_names(text: str) -> list[str]:
    return [m.entry.name for m in LEX.find_actors(text)]


# --- the data files ---------------------------------------------------------------------------


def test_every_event_type_has_a_profile_and_every_trigger_a_known_type() -> None:
    assert set(LEX.types) == set(EventType)
    assert {t.event_type for t in LEX.triggers if not t.frame} == set(EventType)
    ids = [t.id for t in LEX.triggers]
    assert len(ids) == len(set(ids))


def test_aliases_are_unambiguous_and_codes_are_iso() -> None:
    seen: dict[str, str] = {}
    for actor in LEX.actors:
        assert actor.country is None or re.fullmatch(r"[A-Z]{3}", actor.country)
        for alias in actor.aliases:
            key = alias if alias.isupper() else alias.casefold()
            assert seen.setdefault(key, actor.name) == actor.name, alias
    for place in LEX.places:
        assert place.country is None or re.fullmatch(r"[A-Z]{3}", place.country)
        if place.latitude is not None:
            assert -90 <= place.latitude <= 90 and place.longitude is not None


def test_default_actors_of_triggers_exist() -> None:
    for trigger in LEX.triggers:
        for name in trigger.default_actors:
            assert name in LEX.actor_by_name


# --- actors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twee Amerikaanse militairen", ["United States"]),
        ("aan Iran gelieerde milities", ["Iran-aligned militias"]),
        ("de Iraakse regering", ["Government of Iraq"]),
        ("Premier al-Sudani", ["Mohammed Shia al-Sudani"]),
        ("de Iraakse Premier al-Sudani", ["Mohammed Shia al-Sudani"]),
        ("de VS-Irak veiligheidsdialoog", ["United States", "Iraq"]),
        ("de anti-ISIS-coalitie", ["Global Coalition against ISIS"]),
        ("pro-Iraanse facties", []),  # pro-Iranian factions: no mention of Iran as an actor
        (
            "het kabinet en de minister van Defensie",
            ["Government of the Netherlands", "Minister of Defence of the Netherlands"],
        ),
        ("de Iraakse minister van Buitenlandse Zaken", ["Minister of Foreign Affairs of Iraq"]),
        ("Iraanse en Iraakse troepen", ["Iran", "Iraq"]),
    ],
)
def test_actor_aliases(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


def test_capital_abbreviations_match_only_in_capitals() -> None:
    assert actor_names("de VS en de VN") == ["United States", "United Nations"]
    assert actor_names("vs. is een afkorting") == []


def test_actor_kinds() -> None:
    assert LEX.actor_by_name["Kataib Hezbollah"].kind is ActorKind.ARMED_GROUP
    assert LEX.actor_by_name["Kurdistan Democratic Party"].kind is ActorKind.POLITICAL_PARTY
    assert LEX.actor_by_name["NATO Mission Iraq"].kind is ActorKind.MISSION
    assert LEX.state_by_country["NLD"].name == "Netherlands"


# --- places -----------------------------------------------------------------------------------


def test_places_and_their_adjectives() -> None:
    found = {
        m.surface: (m.entry.name, m.entry.kind, m.adjective)
        for m in LEX.find_places("op AAAB, in Bagdad, de KAR, Tower 22, Koerdische verkiezingen")
    }
    assert found["AAAB"] == ("Ayn al-Asad Air Base", LocationKind.BASE, False)
    assert found["Bagdad"] == ("Baghdad", LocationKind.CITY, False)
    assert found["KAR"] == ("Kurdistan Region", LocationKind.REGION, False)
    assert found["Tower 22"][0] == "Tower 22"
    assert found["Koerdische"] == ("Kurdistan Region", LocationKind.REGION, True)


# --- triggers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger_id", "surface"),
    [
        ("een droneaanval", "attack.aanval", "droneaanval"),
        ("drone- en raketaanvallen", "attack.aanval", "raketaanvallen"),
        ("luchtaanvallen", "airstrike.luchtaanval", "luchtaanvallen"),
        ("de commando-overdracht", "handover.overdracht", "commando-overdracht"),
        ("het monitoringsbezoek", "visit.bezoek", "monitoringsbezoek"),
        ("de Koerdische parlementsverkiezingen", "election.verkiezing", "parlementsverkiezingen"),
        ("schakelde de VS een commandant uit", "killing.uitschakelen", "schakelde"),
        ("kwamen twee militairen om het leven", "casualties.omgekomen", "kwamen"),
        ("ging de bijdrage van start", "deployment.van-start", "van start"),
        ("de artikel 100-brief van juli", "mandate.artikel-100-brief", "artikel 100-brief"),
    ],
)
def test_trigger_forms(text: str, trigger_id: str, surface: str) -> None:
    found = LEX.find_triggers(text)
    assert [(t.entry.id, t.surface) for t in found] == [(trigger_id, surface)]


def test_short_forms_do_not_match_inside_other_words() -> None:
    assert LEX.find_triggers("stop de topprioriteit") == []


# --- numbers and quantities ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("twee", 2),
        ("honderdvijfenveertig", 145),
        ("tweehonderd", 200),
        ("tweeëntwintig", 22),
        ("zevenenveertig", 47),
        ("achthonderd", 800),
        ("drieduizend", 3000),
        ("tafel", None),
    ],
)
def test_number_words(word: str, value: int | None) -> None:
    assert parse_number_word(word) == value


_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TENS = [
    "",
    "tien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]


def _spell(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else ("honderd" if hundreds == 1 else _UNITS[hundreds] + "honderd")
    tens, units = divmod(rest, 10)
    if rest == 0:
        tail = ""
    elif rest < 10:
        tail = _UNITS[units]
    elif rest < 20:
        tail = [
            "tien",
            "elf",
            "twaalf",
            "dertien",
            "veertien",
            "vijftien",
            "zestien",
            "zeventien",
            "achttien",
            "negentien",
        ][rest - 10]
    elif units == 0:
        tail = _TENS[tens]
    else:
        joiner = "ën" if _UNITS[units].endswith("e") else "en"
        tail = _UNITS[units] + joiner + _TENS[tens]
    return head + tail


@given(st.integers(min_value=1, max_value=999))
def test_number_words_round_trip(n: int) -> None:
    assert parse_number_word(_spell(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met 128 van de 285 zetels", {("seats", 128), ("seats_total", 285)}),
        ("De opkomst lag op 41%.", {("turnout", 41)}),
        ("op in totaal 85 doelen op zeven locaties", {("targets", 85), ("locations", 7)}),
        ("over 1.500 – 2.000 strijders", {("fighters_low", 1500), ("fighters_high", 2000)}),
        ("circa 158.000 ontheemden", {("displaced", 158000)}),
        ("bedroegen €20,1 miljoen", {("amount", 20_100_000)}),
        ("Tweede Kamerstuk 27 925, nr. 943", set()),
    ],
)
def test_quantities(text: str, expected: set[tuple[str, float]]) -> None:
    assert {(q.name, q.value) for q in read_quantities(text, LEX.quantities, [])} == expected


# --- the command line ---------------------------------------------------------------------------


def test_cli_json_has_the_dataset_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", str(SEED), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    tower = next(r for r in records if r["date_start"] == "2024-01-28")
    assert tower["event_type"] == "attack"
    assert tower["fatalities_best"] == 2
    assert tower["location"]["name"] == "Tower 22"
    assert tower["location"]["country"] == "JOR"
    assert {
        "name": "United States",
        "surface": "Amerikaanse militairen",
        "role": "target",
        "kind": "state",
        "country": "USA",
    } in tower["actors"]
    assert tower["quote"].startswith("Op 28 januari 2024 kwamen twee Amerikaanse militairen")


def test_cli_json_and_csv_are_the_timeline_records(capsys: pytest.CaptureFixture[str]) -> None:
    # one converter for every program-readable output: events == timeline == the dataset
    outputs = {}
    for command in ("events", "timeline"):
        for fmt in ("json", "csv"):
            assert main([command, str(SEED), "--format", fmt]) == 0
            outputs[command, fmt] = capsys.readouterr().out
    events = {r["event_id"]: r for r in json.loads(outputs["events", "json"])}
    timeline = {r["event_id"]: r for r in json.loads(outputs["timeline", "json"])}
    assert events and set(events) == set(timeline)
    for event_id, record in events.items():
        assert list(record) == list(timeline[event_id])
        assert record == timeline[event_id]
    assert (
        csv.DictReader(io.StringIO(outputs["events", "csv"])).fieldnames
        == csv.DictReader(io.StringIO(outputs["timeline", "csv"])).fieldnames
    )
    assert sorted(outputs["events", "csv"].splitlines()) == sorted(
        outputs["timeline", "csv"].splitlines()
    )


def test_cli_csv_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", str(SEED), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {
        "event_id",
        "event_type",
        "status",
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "actors",
        "location",
        "quote",
    } <= set(rows[0])
    handover = next(r for r in rows if r["event_type"] == "handover")
    assert (handover["status"], handover["date_start"]) == ("planned", "2024-05-24")
    assert main(["events", str(SEED)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:3] == ["event_id", "event_type", "status"]


def test_cli_names_a_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    missing = tmp_path / "geen-brief.txt"
    assert main(["events", str(missing)]) == 1
    error = capsys.readouterr().err
    assert "geen-brief.txt" in error and error.count("\n") == 1


# --- the lexicon for later letters --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neighbouring and involved states, by name and by adjective
        ("de Italiaanse commandant", ["Italy"]),
        ("een Hongaarse eenheid", ["Hungary"]),
        ("Saoedi-Arabië en de Emiraatse delegatie", ["Saudi Arabia", "United Arab Emirates"]),
        ("Turkse strijdkrachten", ["Turkey"]),
        ("Franse en Belgische trainers", ["France", "Belgium"]),
        # international organizations
        ("de VN-Vluchtelingenorganisatie", ["UNHCR"]),
        ("via UNMAS en UNDP", ["United Nations Mine Action Service", "UNDP"]),
        (
            "de Internationale Organisatie voor Migratie",
            ["International Organization for Migration"],
        ),
        ("de VN-missie in Irak", ["United Nations Assistance Mission for Iraq"]),
        # armed groups: the PKK on its own, the Turkish pairing kept as one name
        ("posities van de PKK", ["Kurdistan Workers' Party"]),
        ("de PKK/YPG", ["PKK/YPG"]),
        ("de Badr-organisatie", ["Badr Organization"]),
        # offices
        ("de staatssecretaris van Defensie", ["State Secretary for Defence of the Netherlands"]),
        ("de Iraakse minister van Defensie", ["Minister of Defence of Iraq"]),
        ("het Iraakse leger", ["Iraq"]),
        ("Syrische regeringstroepen", ["Government of Syria"]),
        ("de federale regering in Bagdad", ["Government of Iraq"]),
        ("het Iraakse kabinet", ["Government of Iraq"]),
        # heads of state and government named in these letters
        ("president Erdoğan en Masoud Pezeshkian", ["Recep Tayyip Erdoğan", "Masoud Pezeshkian"]),
        ("de Koerdische premier Masrour Barzani", ["Masrour Barzani"]),
    ],
)
def test_actor_aliases_for_later_letters(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


def place_names(text: str) -> list[str]:
    return [m.entry.name for m in LEX.find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in Mosoel", ["Mosul"]),
        ("in Kirkoek", ["Kirkuk"]),
        ("in Soelaimaniya", ["Sulaymaniyah"]),
        ("in Nadjaf en Kerbala", ["Najaf", "Karbala"]),
        ("in de provincie Kirkuk", ["Kirkuk Governorate"]),
        ("in Babil", ["Babil Governorate"]),
        ("in Salah ad-Din", ["Salah al-Din Governorate"]),
        ("in Dhi Qar en Maysan", ["Dhi Qar Governorate", "Maysan Governorate"]),
        ("in Dohuk", ["Duhok"]),
        ("in Hilla", ["Hillah"]),
        ("in Italië", ["Italy"]),
        ("in Brussel", ["Brussels"]),
    ],
)
def test_place_aliases_for_later_letters(text: str, expected: list[str]) -> None:
    assert place_names(text) == expected


def test_all_eighteen_governorates_of_iraq_are_regions_of_iraq() -> None:
    governorates = [p for p in LEX.places if p.name.endswith("Governorate") and p.country == "IRQ"]
    # the 18 of the constitution, and Halabja, which the Kurdistan Region counts as its fourth
    assert len(governorates) == 19
    assert all(p.kind is LocationKind.REGION for p in governorates)
    assert all(any(a.startswith("provincie ") for a in p.aliases) for p in governorates)


@pytest.mark.parametrize(
    ("text", "trigger_id", "surface"),
    [
        ("de wet trad op die dag in werking", "legislation.inwerkingtreding", "trad"),
        ("werden vier verdachten gearresteerd", "other.arrestatie", "gearresteerd"),
        ("werd de gouverneur beëdigd", "other.beediging", "beëdigd"),
        ("droeg Spanje het commando over", "handover.overdracht", "droeg"),
        ("trekt de eenheid terug", "withdrawal.beeindigd", "trekt"),
        ("stelde het kabinet geld beschikbaar", "funding.beschikbaar", "stelde"),
        ("bereikten zij overeenstemming", "agreement.akkoord", "overeenstemming"),
        ("sloten zij een akkoord", "agreement.akkoord", "sloten"),
        ("werd de basis aangevallen", "attack.aanval", "aangevallen"),
        ("werd het detachement operationeel", "deployment.operationeel", "werd"),
        ("de bermbom", "attack.aanslag", "bermbom"),
        ("verlengde de VNVR het mandaat", "mandate.verlenging", "verlengde"),
        ("publiceerde UNAMI", "report.rapport", "publiceerde"),
    ],
)
def test_trigger_forms_for_later_letters(text: str, trigger_id: str, surface: str) -> None:
    found = LEX.find_triggers(text)
    assert (trigger_id, surface) in [(t.entry.id, t.surface) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("drie agenten", {("police officers", 3)}),
        ("veertien verdachten", {("suspects", 14)}),
        ("vier transporthelikopters", {("helicopters", 4)}),
    ],
)
def test_quantity_units_for_later_letters(text: str, expected: set[tuple[str, float]]) -> None:
    assert {(q.name, q.value) for q in read_quantities(text, LEX.quantities, [])} == expected


# --- the gazetteer of countries -----------------------------------------------------------------


def test_every_country_is_one_state_one_place_and_its_government() -> None:
    states = {
        a.country: a
        for a in LEX.actors
        if a.kind is ActorKind.STATE and a.name != ("Islamic Revolutionary Guard Corps Quds Force")
    }
    places = {p.country: p for p in LEX.places if p.kind is LocationKind.COUNTRY}
    assert set(states) == set(places)  # no state without its place, no country place alone
    for code, state in states.items():
        assert places[code].name == state.name
        assert LEX.state_by_country[code] is state
    iraq = actor_names("de Iraakse regering en het Iraakse leger in Irak")
    assert iraq == ["Government of Iraq", "Iraq", "Iraq"]
    assert LEX.country_place["IRQ"].adjectives  # "Iraakse verkiezingen" are held in Iraq
    assert not LEX.country_place["USA"].adjectives  # "Amerikaanse luchtaanvallen" are not
    assert LEX.state_by_country["IRN"].name == "Iran"  # not the Quds Force that shares its code


# --- the alias rule -------------------------------------------------------------------------------

# Dutch writes a name and its adjective with a capital ("Irak", "Iraakse", "de Tweede Kamer");
# an alias written without any capital or digit is a common noun phrase ("het kabinet",
# "federale regering", "coalitiepartners"). Such a phrase may name one specific entity only
# where a Dutch government letter cannot mean another: the writer's own government and its
# organs ("het kabinet", "de minister-president"). "de federale regering" may be Iraq's, the
# United States' or Belgium's; "coalitiepartners" may be the governing coalition's.
GENERIC_ALLOWED_KINDS = {ActorKind.GOVERNMENT}

# A building, a site or an office is not the state acting: "de Amerikaanse ambassade" is where
# an attack struck, "de Amerikaanse basis" a place; neither is an alias of the United States.
INSTITUTION_HEADS = {
    "ambassade",
    "ambassades",
    "consulaat",
    "basis",
    "bases",
    "kazerne",
    "kamp",
    "hoofdkwartier",
    "luchthaven",
    "vliegveld",
    "ministerie",
}


def generic(alias: str) -> bool:
    return not any(c.isupper() or c.isdigit() for c in alias)


def test_a_generic_phrase_names_only_the_home_governments_own_organs() -> None:
    home = LEX.markers.home_country
    wrong = [
        (alias, actor.name)
        for actor in LEX.actors
        for alias in actor.aliases
        if generic(alias) and not (actor.kind in GENERIC_ALLOWED_KINDS and actor.country == home)
    ]
    assert wrong == []
    assert [alias for p in LEX.places for alias in p.aliases if generic(alias)] == []


def test_no_institution_or_site_is_an_alias_of_a_state() -> None:
    wrong = [
        (alias, actor.name)
        for actor in LEX.actors
        if actor.kind is ActorKind.STATE
        for alias in actor.aliases
        if alias.split()[-1].casefold() in INSTITUTION_HEADS
    ]
    assert wrong == []


def test_every_entry_names_its_source() -> None:
    assert all(a.source.strip() for a in LEX.actors)
    assert all(p.source.strip() for p in LEX.places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de federale regering", []),
        ("de Amerikaanse ambassade", ["United States"]),  # the adjective, not the building
        ("het kabinet", ["Government of the Netherlands"]),
    ],
)
def test_generic_phrases_and_institutions(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


# --- the parliament, the missions and the Sahel ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "informeert het kabinet de Tweede Kamer",
            ["Government of the Netherlands", "House of Representatives of the Netherlands"],
        ),
        (
            # "uw Kamer" is whichever chamber the letter is addressed to: no one actor
            "informeert het kabinet uw Kamer",
            ["Government of the Netherlands"],
        ),
        (
            "de Tweede Kamer en de Eerste Kamer",
            ["House of Representatives of the Netherlands", "Senate of the Netherlands"],
        ),
        ("de vaste commissie voor Defensie", ["Standing Committee on Defence"]),
        ("de commissie voor Buitenlandse Zaken", ["Standing Committee on Foreign Affairs"]),
        (
            "de vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking",
            ["General Committee on Foreign Trade and Development Cooperation"],
        ),
        (
            "de vaste commissie voor Justitie en Veiligheid",
            ["Standing Committee on Justice and Security"],
        ),
        (
            "de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking",
            ["Senate Standing Committee on Foreign Affairs, Defence and Development Cooperation"],
        ),
        ("de bijdrage aan MINUSMA en EUTM Mali", ["MINUSMA", "EUTM Mali"]),
        ("de NAVO-missie Resolute Support", ["Resolute Support"]),
        ("Malinese en Nigerese troepen", ["Mali", "Niger"]),
        ("de Malinese regering", ["Government of Mali"]),
    ],
)
def test_the_parliament_the_missions_and_the_sahel(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


def test_the_sahel_countries_are_states_and_places() -> None:
    for code, name in (
        ("MLI", "Mali"),
        ("NER", "Niger"),
        ("TCD", "Chad"),
        ("BFA", "Burkina Faso"),
        ("MRT", "Mauritania"),
        ("AFG", "Afghanistan"),
    ):
        assert LEX.state_by_country[code].name == LEX.country_place[code].name == name


def test_no_cue_stands_twice_in_one_family() -> None:
    """Branches of one round add rows to the same family; a row written twice is no new cue."""
    path = pathlib.Path(__file__).parents[1] / "iraq_events/events/lexicon/dated_mentions.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    repeated = {
        (family["id"], key, row)
        for family in table["families"]
        for key in ("cues", "excludes")
        for index, row in enumerate(family.get(key, []))
        if row in family[key][:index]
    }
    assert not repeated
