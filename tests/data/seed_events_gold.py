# ruff: noqa: E501
"""Writes seed_events_gold.json: the events read by hand from the seed letter, with their spans
located in the original file (whitespace- and hyphen-break-tolerant), so that a reviewer can
check every entry against the text. Run: python tests/data/seed_events_gold.py"""

import json
import pathlib
import re
import sys
from collections.abc import Sequence
from typing import Any

HERE = pathlib.Path(__file__).resolve().parent
SEED = HERE.parent.parent / "seeds" / "000_7ba65e5599d72e72.txt"
text = open(SEED, encoding="utf-8").read()


def find(phrase: str, after: int = 0) -> tuple[int, int]:
    toks = phrase.split()
    # words may be split by line breaks; footnote marker digits may be glued to a word
    pat = r"\d{0,2}\s+".join(re.escape(t).replace("\\-", "-\\s*") for t in toks)
    m = re.compile(pat).search(text, after)
    if not m:
        sys.exit(f"not found: {phrase!r}")
    return m.start(), m.end()


G = "Government of the Netherlands"
NL = "Netherlands"
US = "United States"
IAM = "Iran-aligned militias"
GOI = "Government of Iraq"


def A(name: str, role: str) -> dict[str, str]:
    return {"name": name, "role": role}


def L(name: str, kind: str, country: str) -> dict[str, str]:
    return {"name": name, "kind": kind, "country": country}


IRAQ = L("Iraq", "country", "IRQ")
BAGHDAD = L("Baghdad", "city", "IRQ")
AAAB = L("Ayn al-Asad Air Base", "base", "IRQ")
KRI = L("Kurdistan Region", "region", "IRQ")

E: list[dict[str, Any]] = []


def ev(
    key: str,
    type_: str,
    start: str | None,
    end: str | None,
    status: str,
    date_text: str,
    quote: str,
    actors: Sequence[dict[str, str]] = (),
    location: dict[str, str] | None = None,
    subtype: str | None = None,
    quantities: Sequence[dict[str, Any]] = (),
    fatalities_best: int | None = None,
    mentions: Sequence[str] = (),
    note: str | None = None,
    mod: str | None = None,
    tail: str | None = None,
) -> None:
    if tail is None:
        qs, qe = find(quote)
    else:  # a sentence interrupted by a page break and footnote blocks
        qs, _ = find(quote.split(" ")[0] + " " + " ".join(quote.split(" ")[1:8]))
        _, qe = find(tail, qs)
    while text[qe].isdigit():  # a footnote marker glued to the sentence's end belongs to it
        qe += 1
    ds, de = find(date_text, qs)
    assert ds < qe, (key, date_text)
    located: list[dict[str, Any]] = []
    for m in mentions:
        ms, me = find(m)
        located.append({"quote": m, "char_start": ms, "char_end": me})
    e: dict[str, Any] = {
        "key": key,
        "event_type": type_,
        "subtype": subtype,
        "status": status,
        "date_start": start,
        "date_end": end,
        "date_mod": mod,
        "date_text": date_text,
        "actors": list(actors),
        "location": location,
        "quantities": list(quantities),
        "fatalities_best": fatalities_best,
        "quote": quote,
        "char_start": qs,
        "char_end": qe,
        "date_char_start": ds,
        "date_char_end": de,
        "mentions": located,
    }
    if note:
        e["note"] = note
    E.append(e)


ev(
    "article100-2023-07-07",
    "mandate",
    "2023-07-07",
    "2023-07-07",
    "occurred",
    "7 juli 2023",
    "In aanvulling op de beschrijving van de politieke context in Irak in de artikel 100-brief van 7 juli 2023 en de aanvullende artikel 100-brief van 29 september 2023, is een aantal recente ontwikkelingen relevant voor deze voortgangsrapportage.",
    [A(G, "initiator")],
    subtype="article-100 letter",
)
ev(
    "article100-2023-09-29",
    "mandate",
    "2023-09-29",
    "2023-09-29",
    "occurred",
    "29 september 2023",
    "In aanvulling op de beschrijving van de politieke context in Irak in de artikel 100-brief van 7 juli 2023 en de aanvullende artikel 100-brief van 29 september 2023, is een aantal recente ontwikkelingen relevant voor deze voortgangsrapportage.",
    [A(G, "initiator")],
    subtype="article-100 letter",
)
ev(
    "nmi-reinforcement-2024-01",
    "deployment",
    "2024-01-01",
    "2024-01-31",
    "occurred",
    "januari jl.",
    "In dat verband droeg Nederland afgelopen rapportageperiode de Force Protection-taken voor OIR over aan Coalitiegenoten, ging in januari jl. een deel van de versterkte bijdrage aan NMI van start en verhoogde het kabinet de personele bijdrage aan EUAM.",
    [A(NL, "initiator"), A("NATO Mission Iraq", "subject")],
    mentions=[
        "Sinds januari 2024 levert Nederland een Force Protection-eenheid van circa honderdvijfenveertig militairen aan NMI in aanvulling op de al bestaande personele bijdrage met militaire adviseurs en civiel experts."
    ],
    quantities=[{"name": "troops", "value": 145, "unit": "troops"}],
    note="The second mention ('Sinds januari 2024 levert Nederland ... aan NMI') is the same deployment; the event keeps the first mention's date.",
)
ev(
    "krg-camp-closure-2024-07",
    "other",
    None,
    "2024-07-30",
    "planned",
    "voor 31 juli 2024",
    "Dit blijft des te meer noodzakelijk met het oog op de sluiting door de Iraakse overheid van de formele ontheemdenkampen in de KAR (voor 31 juli 2024).",
    [A(GOI, "initiator")],
    location=KRI,
    subtype="closure",
    mod="BEFORE",
)
ev(
    "iraq-provincial-elections-2023-12-18",
    "election",
    "2023-12-18",
    "2023-12-18",
    "occurred",
    "18 december 2023",
    "Op 18 december 2023 vonden in Irak provinciale verkiezingen plaats.",
    [A("Shia Coordination Framework", "participant")],
    location=IRAQ,
    quantities=[
        {"name": "seats", "value": 128, "unit": "seats"},
        {"name": "seats_total", "value": 285, "unit": "seats"},
        {"name": "turnout", "value": 41, "unit": "percent"},
    ],
    note="Seats and turnout are read from the two sentences that follow in the same paragraph.",
)
ev(
    "swedish-embassy-storming-2023-07",
    "protest",
    "2023-07-01",
    "2023-07-31",
    "occurred",
    "juli 2023",
    "Dit bleek uit de bestorming van de Zweedse ambassade door zijn aanhangers in juli 2023 en zijn rol in het mobiliseren van grootschalig protest in oktober 2023 na het uitbreken van het conflict tussen Israël en Hamas.",
    [A("Muqtada al-Sadr", "initiator"), A("Sweden", "target")],
    subtype="storming",
    note="'zijn aanhangers' = supporters of Muqtada al-Sadr (previous sentence). The letter names no city.",
)
ev(
    "sadrist-protest-2023-10",
    "protest",
    "2023-10-01",
    "2023-10-31",
    "occurred",
    "oktober 2023",
    "Dit bleek uit de bestorming van de Zweedse ambassade door zijn aanhangers in juli 2023 en zijn rol in het mobiliseren van grootschalig protest in oktober 2023 na het uitbreken van het conflict tussen Israël en Hamas.",
    [A("Muqtada al-Sadr", "initiator")],
)
ev(
    "arab-league-summit-2025",
    "meeting",
    "2025-01-01",
    "2025-12-31",
    "planned",
    "2025",
    "Ook heeft Irak een formeel verzoek ingediend voor Bagdad als locatie voor de top van de Arabische Liga in 2025.",
    [A("Iraq", "participant"), A("Arab League", "participant")],
    subtype="summit",
    note="Baghdad is only the requested venue, so no location; the request itself is undated.",
)
ev(
    "kurdistan-elections-2024-06-10",
    "election",
    "2024-06-10",
    "2024-06-10",
    "planned",
    "10 juni 2024",
    "De uitgestelde Koerdische parlementsverkiezingen staan nu gepland op 10 juni 2024, maar op 18 maart jl. kondigde de KDP aan vooralsnog de verkiezingen te zullen boycotten [PM actualisering voor verzending].",
    [],
    location=KRI,
    subtype="parliamentary",
)
ev(
    "kdp-boycott-2024-03-18",
    "announcement",
    "2024-03-18",
    "2024-03-18",
    "occurred",
    "18 maart jl.",
    "De uitgestelde Koerdische parlementsverkiezingen staan nu gepland op 10 juni 2024, maar op 18 maart jl. kondigde de KDP aan vooralsnog de verkiezingen te zullen boycotten [PM actualisering voor verzending].",
    [A("Kurdistan Democratic Party", "initiator")],
    subtype="boycott",
    note="An occurred announcement about a planned election.",
)
ev(
    "iraq-anti-prostitution-amendments-2024-04-27",
    "legislation",
    "2024-04-27",
    "2024-04-27",
    "occurred",
    "27 april jl.",
    "Op 27 april jl. zijn wetswijzigingen op de Anti-Prostitutiewetgeving aangenomen, die homoseksualiteit strafbaar stellen.",
    [],
    subtype="amendment",
    note="The sentence names no legislator; footnote 5 says the Iraqi parliament.",
)
ev(
    "nl-mfa-visit-2024-02-06",
    "visit",
    "2024-02-06",
    "2024-02-06",
    "occurred",
    "6 februari jl.",
    "Nederland spreekt in gesprekken met de Iraakse autoriteiten regelmatig zorgen uit over de mensenrechtensituatie alsook de situatie van (religieuze) minderheden, waaronder tijdens het uitgaande bezoek van de minister van Buitenlandse Zaken op 6 februari jl. en het inkomende bezoek van de Iraakse Premier al-Sudani op 14 februari jl.",
    [A("Minister of Foreign Affairs of the Netherlands", "initiator"), A(GOI, "host")],
    location=IRAQ,
    subtype="outgoing",
    note="'uitgaand bezoek' = a Dutch official abroad; the counterpart here is the Iraqi authorities.",
)
ev(
    "sudani-visit-nl-2024-02-14",
    "visit",
    "2024-02-14",
    "2024-02-14",
    "occurred",
    "14 februari jl.",
    "Nederland spreekt in gesprekken met de Iraakse autoriteiten regelmatig zorgen uit over de mensenrechtensituatie alsook de situatie van (religieuze) minderheden, waaronder tijdens het uitgaande bezoek van de minister van Buitenlandse Zaken op 6 februari jl. en het inkomende bezoek van de Iraakse Premier al-Sudani op 14 februari jl.",
    [A("Mohammed Shia al-Sudani", "initiator"), A(NL, "host")],
    location=L("Netherlands", "country", "NLD"),
    subtype="incoming",
)
ev(
    "nl-statement-2024-04-27",
    "announcement",
    "2024-04-27",
    "2024-04-27",
    "occurred",
    "27 april jl.",
    "In de verklaring van 27 april jl. heeft het kabinet grote zorgen geuit over deze wetswijzigingen die indruisen tegen internationale verdragen, de Iraakse grondwet en de fundamentele rechten van LHBTIQ+ personen.",
    [A(G, "initiator")],
    subtype="statement",
)
ev(
    "unitad-extension-request-2023-09",
    "announcement",
    "2023-09-01",
    "2023-09-30",
    "occurred",
    "september 2023",
    "In september 2023 verzocht de Iraakse regering de VN om het mandaat voor UNITAD (het VN-mechanisme dat in 2017 door de VNVR werd opgericht om bewijsmateriaal rondom ISIS-misdaden te verzamelen en te analyseren) met slechts een enkel een jaar te verlengen.",
    [A(GOI, "initiator"), A("United Nations", "target"), A("UNITAD", "subject")],
    subtype="request",
)
ev(
    "unitad-established-2017",
    "other",
    "2017-01-01",
    "2017-12-31",
    "occurred",
    "2017",
    "In september 2023 verzocht de Iraakse regering de VN om het mandaat voor UNITAD (het VN-mechanisme dat in 2017 door de VNVR werd opgericht om bewijsmateriaal rondom ISIS-misdaden te verzamelen en te analyseren) met slechts een enkel een jaar te verlengen.",
    [A("United Nations Security Council", "initiator")],
    subtype="establishment",
    note="The parenthesis says UNITAD was set up by the UN Security Council in 2017.",
)
ev(
    "unitad-mandate-end-2024-09-17",
    "mandate",
    "2024-09-17",
    "2024-09-17",
    "planned",
    "17 september 2024",
    "Als gevolg hiervan verloopt het UNITAD mandaat op 17 september 2024.",
    [A("UNITAD", "subject")],
    subtype="expiry",
)
ev(
    "isis-attack-iran-2024-01",
    "attack",
    "2024-01-01",
    "2024-01-31",
    "occurred",
    "januari 2024",
    "Dat ISIS desondanks een factor van belang blijft, blijkt uit de recente aanslagen in Iran (januari 2024) en in Moskou (maart 2024).",
    [A("Islamic State", "initiator"), A("Islamic State Khorasan Province", "initiator")],
    location=L("Iran", "country", "IRN"),
    note="The next sentence attributes both attacks to the Afghan branch of ISIS.",
)
ev(
    "isis-attack-moscow-2024-03",
    "attack",
    "2024-03-01",
    "2024-03-31",
    "occurred",
    "maart 2024",
    "Dat ISIS desondanks een factor van belang blijft, blijkt uit de recente aanslagen in Iran (januari 2024) en in Moskou (maart 2024).",
    [A("Islamic State", "initiator"), A("Islamic State Khorasan Province", "initiator")],
    location=L("Moscow", "city", "RUS"),
)
ev(
    "israel-ground-operation-gaza-2023-10-18",
    "attack",
    "2023-10-18",
    "2023-10-18",
    "occurred",
    "18 oktober 2023",
    "Na de start van de Israëlische grondoperatie op 18 oktober 2023 in Gaza, begonnen de aan Iran gelieerde milities, onder de naam van Islamic Resistance of Iraq (IRI), – na ruim een jaar zonder aanvallen – met (bijna) dagelijkse aanvallen op locaties van de anti-ISIS-coalitie in Irak, Oost-Syrië en de grensregio tussen Syrië, Irak en Jordanië.",
    [A("Israel", "initiator")],
    location=L("Gaza", "region", "PSE"),
    subtype="ground",
    note="The militias' near-daily attacks that followed have no date of their own in the text.",
)
ev(
    "iri-attack-campaign-2023-10",
    "attack",
    "2023-10-19",
    None,
    "occurred",
    "18 oktober 2023",
    "Na de start van de Israëlische grondoperatie op 18 oktober 2023 in Gaza, begonnen de aan Iran gelieerde milities, onder de naam van Islamic Resistance of Iraq (IRI), – na ruim een jaar zonder aanvallen – met (bijna) dagelijkse aanvallen op locaties van de anti-ISIS-coalitie in Irak, Oost-Syrië en de grensregio tussen Syrië, Irak en Jordanië.",
    [
        A(IAM, "initiator"),
        A("Islamic Resistance in Iraq", "initiator"),
        A("Global Coalition against ISIS", "target"),
    ],
    location=IRAQ,
    mod="AFTER",
    subtype="campaign",
    note="Dated by the clause that governs it: 'Na ... op 18 oktober 2023' = after 18 October 2023, open end (date-semantics 'na X'). The attacks hit Iraq, East Syria and the border region; Iraq is the place the clause names first.",
)
ev(
    "nl-threat-level-2023-11",
    "announcement",
    "2023-11-01",
    "2023-11-30",
    "occurred",
    "november jl.",
    "Het kabinet zag in de aanvallen niettemin aanleiding om in november jl. het dreigingsniveau te verhogen naar het allerhoogste niveau.",
    [A(G, "initiator")],
    subtype="threat level raised",
)
ev(
    "us-airstrikes-2023-11-21",
    "airstrike",
    "2023-11-21",
    "2023-11-21",
    "occurred",
    "21 november 2023",
    "De VS reageerden op 21 november 2023, na een aanval met ballistische raketten op AAAB, met luchtaanvallen op aan Iran gelieerde milities.",
    [A(US, "initiator"), A(IAM, "target")],
)
ev(
    "aaab-missile-attack-2023-11-21",
    "attack",
    "2023-11-21",
    "2023-11-21",
    "occurred",
    "21 november 2023",
    "De VS reageerden op 21 november 2023, na een aanval met ballistische raketten op AAAB, met luchtaanvallen op aan Iran gelieerde milities.",
    [A("Global Coalition against ISIS", "target")],
    location=AAAB,
    subtype="missile",
    mentions=[
        "Op AAAB vonden op zowel 21 november 2023 als op 20 januari 2024 aanvallen plaats waarbij er gebruik gemaakt wordt van Close Range Ballistic Missiles (CRBM)."
    ],
    note="Mentioned again in footnote 6, whose next sentence says the attacks lightly wounded Coalition personnel.",
)
ev(
    "us-killing-baghdad-2024-01-04",
    "airstrike",
    "2024-01-04",
    "2024-01-04",
    "occurred",
    "4 januari 2024",
    "Op 4 januari 2024 schakelde de VS een ondercommandant van een aan Iran gelieerde militie uit door een aanval uit te voeren in Bagdad.",
    [A(US, "initiator"), A(IAM, "target")],
    location=BAGHDAD,
    subtype="targeted killing",
)
ev(
    "tower22-drone-attack-2024-01-28",
    "attack",
    "2024-01-28",
    "2024-01-28",
    "occurred",
    "28 januari 2024",
    "Op 28 januari 2024 kwamen twee Amerikaanse militairen om het leven door een droneaanval door een aan Iran gelieerde militie op de Amerikaanse basis Tower 22, net over de grens in Jordanië.",
    [A(IAM, "initiator"), A(US, "target")],
    location=L("Tower 22", "base", "JOR"),
    subtype="drone",
    fatalities_best=2,
)
ev(
    "us-strikes-2024-02-02",
    "airstrike",
    "2024-02-02",
    "2024-02-02",
    "occurred",
    "2 februari 2024",
    "In reactie voerde de VS op 2 februari 2024 aanvallen uit op in totaal 85 doelen op zeven locaties in Syrië en Irak.",
    [A(US, "initiator")],
    quantities=[
        {"name": "targets", "value": 85, "unit": "targets"},
        {"name": "locations", "value": 7, "unit": "locations"},
    ],
    note="Targets in two countries (Syria and Iraq), so no single location.",
)
ev(
    "us-killing-baghdad-2024-02-07",
    "airstrike",
    "2024-02-07",
    "2024-02-07",
    "occurred",
    "7 februari 2024",
    "Ook schakelde de VS op 7 februari 2024 in Bagdad een invloedrijke operationeel commandant van een aan Iran gelieerde militie uit.",
    [A(US, "initiator"), A(IAM, "target")],
    location=BAGHDAD,
    subtype="targeted killing",
)
ev(
    "kataib-hezbollah-halt-2024-01-31",
    "announcement",
    "2024-01-31",
    "2024-01-31",
    "occurred",
    "31 januari",
    "Kataib Hezbollah, het sterkste element binnen het IRI had op 31 januari al aangekondigd dat de militie alle aanvallen op de VS staakt.",
    [A("Kataib Hezbollah", "initiator"), A(US, "target")],
    subtype="halt",
)
ev(
    "aaab-missile-attack-2024-01-20",
    "attack",
    "2024-01-20",
    "2024-01-20",
    "occurred",
    "20 januari 2024",
    "Op AAAB vonden op zowel 21 november 2023 als op 20 januari 2024 aanvallen plaats waarbij er gebruik gemaakt wordt van Close Range Ballistic Missiles (CRBM).",
    [A("Global Coalition against ISIS", "target")],
    location=AAAB,
    subtype="missile",
)
ev(
    "us-iraq-security-dialogue-2023-08",
    "meeting",
    "2023-08-07",
    "2023-08-08",
    "occurred",
    "7-8 augustus 2023",
    "In navolging van de VS-Irak veiligheidsdialoog d.d. 7-8 augustus 2023 is een VS-Irak Higher Military Commission (HMC) ingericht, waarin op het allerhoogste militaire niveau gesproken wordt over de toekomst van de buitenlandse steun aan de Iraakse veiligheidssector.",
    [A(US, "participant"), A("Iraq", "participant")],
    subtype="dialogue",
)
ev(
    "us-iraq-hmc-established-2023-08",
    "other",
    "2023-08-09",
    None,
    "occurred",
    "7-8 augustus 2023",
    "In navolging van de VS-Irak veiligheidsdialoog d.d. 7-8 augustus 2023 is een VS-Irak Higher Military Commission (HMC) ingericht, waarin op het allerhoogste militaire niveau gesproken wordt over de toekomst van de buitenlandse steun aan de Iraakse veiligheidssector.",
    [A(US, "participant"), A("Iraq", "participant")],
    subtype="establishment",
    mod="AFTER",
    note="'In navolging van' the dialogue: set up after 8 August 2023 (open end).",
)
ev(
    "sudani-white-house-2024-04-15",
    "visit",
    "2024-04-15",
    "2024-04-15",
    "occurred",
    "15 april jl.",
    "De toekomstige veiligheidssamenwerking met de VS was ook een belangrijk onderwerp tijdens het bezoek van Premier Sudani aan het Witte Huis op 15 april jl.",
    [A("Mohammed Shia al-Sudani", "initiator"), A(US, "host")],
    location=L("Washington, D.C.", "city", "USA"),
)
ev(
    "nl-monitoring-visit-2024-09",
    "visit",
    "2024-09-01",
    "2024-09-30",
    "planned",
    "september 2024",
    "Het kabinet is daarnaast voornemens om, in lijn met het proces dat is doorlopen voor de missiebijdrage aan EUFOR Althea, de missiebijdrage in Irak te monitoren, onder andere door middel van een monitoringsbezoek in september 2024.",
    [A(G, "initiator")],
    location=IRAQ,
    subtype="monitoring",
    tail="door middel van een monitoringsbezoek in september 2024.",
    note="The sentence runs over a page break and the blocks of footnotes 8-9.",
)
ev(
    "nato-codification-launch-2023-02",
    "other",
    "2023-02-01",
    "2023-02-28",
    "occurred",
    "februari 2023",
    "Ook lijkt de invoering van het NAVO-codificatiesysteem, gelanceerd in februari 2023, beter van de grond te komen.",
    [A("NATO", "initiator")],
    subtype="launch",
)
ev(
    "nmi-command-handover-2024-05-24",
    "handover",
    "2024-05-24",
    "2024-05-24",
    "planned",
    "24 mei aanstaande",
    "Daarnaast zijn in 2024 de voorbereidingen gestart voor de ontplooiing van het helikopterdetachement en de commando-overdracht van de Spaanse naar de Nederlandse force commander op 24 mei aanstaande.",
    [A("Spain", "initiator"), A(NL, "target")],
    subtype="command",
)
ev(
    "nmi-contribution-growth-2024",
    "deployment",
    "2024-01-01",
    "2024-04-30",
    "occurred",
    "het einde van de rapportageperiode",
    "Tegen het einde van de rapportageperiode groeide de Nederlandse personele bijdrage aan NMI naar circa tweehonderd militairen.",
    [A(NL, "initiator"), A("NATO Mission Iraq", "subject")],
    mod="END",
    quantities=[{"name": "troops", "value": 200, "unit": "troops"}],
    note="The end of the reporting period is a date (the engine reads it as its last third, mod END); the period as a whole is not. A growth of the contribution, distinct from the January start of the reinforcement.",
)
ev(
    "nl-oir-force-protection-ended-2023-05",
    "withdrawal",
    "2023-05-01",
    "2024-05-15",
    "occurred",
    "sinds mei 2023",
    "Deze bijdrage is sinds mei 2023 beëindigd.",
    [A(NL, "initiator"), A("Operation Inherent Resolve", "subject")],
    mod="ON_OR_AFTER",
    note="'Deze bijdrage' = the Dutch force-protection contribution to OIR of the previous sentence.",
)
ev(
    "nl-police-euam-increase-2023-07",
    "deployment",
    "2023-07-01",
    "2023-07-31",
    "occurred",
    "juli jl.",
    "Ook leverde de politie met een personele bijdrage van vier personen, na ophoging van het nationaal kader juli jl. een noemenswaardige bijdrage aan EUAM Irak.",
    [A("EUAM Iraq", "subject")],
    quantities=[{"name": "personnel", "value": 4, "unit": "persons"}],
)
ev(
    "nl-iraq-spending-2023",
    "funding",
    "2023-01-01",
    "2023-12-31",
    "occurred",
    "2023",
    "De uitgaven van totale veiligheidsinzet in Irak in 2023 bedroegen €20,1 miljoen, waarvan €18,3 miljoen voor OIR en €1,8 miljoen voor NMI.",
    [A("Operation Inherent Resolve", "subject"), A("NATO Mission Iraq", "subject")],
    location=IRAQ,
    subtype="expenditure",
    quantities=[
        {"name": "amount", "value": 20100000, "unit": "EUR"},
        {"name": "amount", "value": 18300000, "unit": "EUR"},
        {"name": "amount", "value": 1800000, "unit": "EUR"},
    ],
)
ev(
    "hawija-report-after-recess-2024",
    "report",
    "2024-09-01",
    None,
    "planned",
    "na het zomerreces",
    "De commissie geeft aan dat het rapport na het zomerreces afgerond zal zijn.",
    [A("Sorgdrager Commission", "initiator")],
    mod="AFTER",
    note="date_start follows the date-semantics fallback (from 1 September) unless the engine knows the recess dates.",
)

out = {
    "document": "seeds/000_7ba65e5599d72e72.txt",
    "reference_date": "2024-05-15",
    "scope": (
        "Every real-world event the letter dates, by the date expression that governs it (a clause 'Na X op <datum>' "
        "dates what follows it as AFTER that day). Not events: undated statements; states of affairs ('is sinds 2019 "
        "betrokken', 'verblijven op dit moment'); absences ('sinds juli 2021 geen aanslag', 'Sindsdien geen aanvallen'); "
        "processes without an event date ('in 2024 de voorbereidingen gestart', 'het komende jaar ... bestendigen'); "
        "anything dated only by the reporting period as a whole (a part of it, such as its end, is a date); the titles "
        "of cited papers in bibliographic footnotes. Actors are those the event's sentence names (a pronoun or 'De "
        "commissie'/'Deze bijdrage' resolved to the sentence it refers to, and undated sentences that refer back with "
        "'Deze aanvallen', 'De opkomst'), plus what the trigger implies (an article-100 letter is the Dutch "
        "government's); nothing is inferred from other paragraphs. The location is a place the sentence names, or for "
        "'uitgaand'/'inkomend bezoek' the counterpart's/home country; none when the sentence names places in several "
        "countries or none at all. quote = the document layer's Sentence.clean_text (line breaks and hyphen breaks "
        "joined, footnote markers and blocks removed); char_start/char_end = the original Sentence.start/end, a glued "
        "trailing footnote marker included; date_char_* = the date expression in the original file."
    ),
    "review": [
        "Independent review (gold-review.md) applied: 1 char_end of the 27 April statement now includes marker 5; "
        "2 IRI attack campaign added (AFTER 18 Oct 2023); 3 HMC establishment added (AFTER 8 Aug 2023); "
        "4 growth to ~200 troops added (end of the reporting period, mod END).",
        "Declined by the scope's actor/place rule (nothing inferred from other paragraphs or footnotes): 6 initiator of "
        "the AAAB attacks, 7 NMI on the handover, 8 Iraqi parliament and Iraq on the 27 April amendments, 9 the Dutch "
        "government on the police increase and the 2023 spending, 10 Iraq on the Sadrist protests, the 21 Nov strikes "
        "and the codification system. 5 'sinds 2019 betrokken' is a state of affairs. 11-13 kept as they were.",
    ],
    "events": E,
}
json.dump(
    out, open(HERE / "seed_events_gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1
)
print(len(E))
