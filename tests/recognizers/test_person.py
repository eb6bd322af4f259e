"""PersonRecognizer, called directly: cued and paired names, and capitalised words that name a firm, a brand or a
room after someone (never a person)."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("PersonRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reporter, Helena Marsh, called at noon.", "Helena Marsh"),
        # A record's label for a person's role in a claim or a policy, in several languages, any case
        ("VEHICLE B\n  Policyholder: GARNIER Amandine\n  Address: 2b boulevard Voltaire", "GARNIER Amandine"),
        ("Véhicule A\n  Preneur d'assurance : FONTAINE Leïla", "FONTAINE Leïla"),
        ("Versicherungsnehmer: Jonas Lüthi", "Jonas Lüthi"),
        # A handover's abbreviated roles; a relation "of" someone in brackets after the name
        ("Placement broke down. SW Mutua Onyango 0712-472725", "Mutua Onyango"),
        ("- T463314: YP Jasmine aged 14, disclosed self harm", "Jasmine"),
        ("1  | 17:45 | NALEDI NKOSI (aunt of Sipho, 9) | +27 71 144 9475 |", "NALEDI NKOSI"),
        ("Grace (wife) came with him.", "Grace"),
        # Police ranks before a name, a surname alone after a rank
        ("Persons present: DC Oscar Hall (interviewer) and others.", "DC Oscar Hall"),
        ("I sent it to PC Singh the next morning.", "PC Singh"),
        ("Suspect: Darius Whitlock", "Darius Whitlock"),
        ("My name is Oluwaseun Adeyemi.", "Oluwaseun Adeyemi"),
        ("Coach Brendan Kealy drove the kids home.", "Brendan Kealy"),
        ("donor Veronica Hall, phone on file", "Veronica Hall"),  # "Hall" is a surname here
        # Names written with accents are looked up without them (the name lists have none).
        ("Gift on behalf of Inès Georges and family", "Inès Georges"),
        ("Zoë Müller called the hotline.", "Zoë Müller"),
        # Issue 12: people whose names are also a firm's or a building's.
        ("Mr. Morgan said the boy was scared.", "Morgan"),
        ("Ask Veronica Hall to unlock the Lincoln Room.", "Veronica Hall"),
        ("Suspect Dell Baker picks the kids up after school.", "Dell Baker"),
        # A gift's dedication names a person, whatever the words of the name mean elsewhere.
        ("Gift on behalf of Ngozi Seven and family", "Ngozi Seven"),
        ("Tribute card to Marit Doctor, 12 Elm St", "Marit Doctor"),
        ("In memory of Wojciech Kowalczyk, who loved this park", "Wojciech Kowalczyk"),
        ("in loving memory of Faustina Costa", "Faustina Costa"),
        ("In honour of Sara Lee's retirement", "Sara Lee"),
        ("dedicated to Piet Zonneveld", "Piet Zonneveld"),
        # A person's verb of harm, a pronoun after a lone unfamiliar name.
        ("Mum says Ondrej drinks and hits her.", "Ondrej"),
        ("Just spoke with Quilliam, she thinks the boy is hurt at home.", "Quilliam"),
    ],
)
def test_names(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert any(expected in v for v, _ in found(recognizer, text)), found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Payments went through Wells Fargo and Morgan Stanley this year.",
        "Dr Pepper and Officer Down; PC World sells laptops; DS Smith plc reported. PC Gaming Week.",
        "Officer note: adult is not a parent.\nOfficer ID 54634   Record UDQ-810790912",
        # A product label's notices in many languages; films before their certificate and running time
        "Label batch 984-UO\nVORSICHT: nicht berühren.\nTWISSIJA: la tmissx.\nPAŽNJA: ne dirati.",
        "Showtimes\nThe Glass Orchard (12A, 106 min): 17:45, 20:30\nIron Meadow (15, 108 min): 12:00, 14:00",
        '[Opening "Ruy Lopez, Berlin Defence"]\n[ECO "C65"]',  # a chess opening named after a player
        # A form typed in lower case: each label once is no chat's speaker
        "sw: the duty team\nnok: see file\ngp: the practice\nobservations: strong smell of cannabis on arrival.",
        "Statements from Charles Schwab arrive monthly.",
        "Supplies came from Johnson & Johnson.",
        "A Harley-Davidson dealership sponsored the ride.",
        "The board met in the Lincoln Room at noon.",
        "Lunch is served in the Jefferson Building lobby.",
        "The filing went to Hartley & Hartley for review.",
        "Counsel at Pryce & Whitmore LLP reviewed the lease.",
        # Issue 12: head nouns and structure, not a list of firms.
        "Training is at the Martin Luther King Jr. Community Center, Room 204.",
        "Our mailing house is Baker & Taylor.",
        "Please send the invoice to Brennan, O'Malley & Keane, Solicitors, by the 15th.",
        "Pfizer, Merck and Eli Lilly each sent information packs.",
        # Product lines, order lines and services (issue 12).
        # ("Chase Ink" and "Sage Harbor" are not here: a given name and a surname that is
        # also a word, "Antonia Corral", is a person, and a leak costs more than a redacted product line.)
        "Order 5510: Grantley Tote (olive) x2.",
        "Upgrade Thistlewood to 4.1 on staging.",
        "New laptops: Lenovo ThinkPad X1; warranty through Dell ProSupport.",
        "SKU BRK-2291 and SKU BRK-2292 are sold out.",
        "Grant No. R01-HD098765 covers the pilot.",
        "Seats are in the Avery Fisher Hall orchestra.",
        "The Stanford, Harvard and Yale law clinics all sent interns.",
        "Donor: Kellerman Brothers",
        "Donation form\nOrganisation: Acme Holdings\nDesignation: Prevention programs",
        "lol the morgan stanley volunteers brought cereal",
        # Dedications to days, months, events and firms
        "In honor of Veterans Day the office closes early.",
        "In honor of Black History Month we read together.",
        "A donation on behalf of Wells Fargo Advisors.",
        "In memory of Hurricane Katrina's victims.",
        "The SW Region office and the YP Scheme; DSL Training day.",
        "The Office (mum of all sitcoms) aired again.",
    ],
)
def test_firms_brands_and_rooms_are_not_people(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    ["CT-2026-000123", "AB-2026-000124", "INV-2026-0042", "TKT-2025-118402", "REF-2026-004417", "SR-20260114-0093"],
)
def test_case_and_ticket_codes_are_not_people(recognizer, text: str) -> None:  # noqa: ANN001
    """A letter prefix glued by a dash to digits is a code, not a name before a phone number."""
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    ["Kate Wandas - +1 410 953 6775", "Kate Wandas, 410 953 6775", "Kate Wandas– 410 953 6775"],
)
def test_a_name_before_a_phone_still_is_one(recognizer, text: str) -> None:  # noqa: ANN001
    assert [v for v, _ in found(recognizer, text)] == ["Kate Wandas"]


@pytest.mark.parametrize(
    "text",
    [
        "Project name: Phoenix",
        "Team name: Northside Rovers",
        "Name: Declined",
        "Insured: none\nClaimant: N/A",  # a role's label left empty
        "Station name: Kings Cross",  # a thing's name (a record's "<station><name>")
        "Nombre: Lucía\nApellidos: Fernández Ortega",  # the labels are no speakers of a dialogue
        "Vorname: Jannik\nNachname: Schönberger",
        "Case worker: Lerato Nkosi\nCase no: CW-2291\nClient: Sipho Mthembu",  # a role label, no speaker
        "Prénom : Maëlys\nTéléphone : 06 12 34 56 78",  # a label in another language before a number
        "Geburtsdatum: 03.07.2010",  # a field label before a date in German, Spanish, Indonesian
        "Teléfono: 612 345 678",
        "Nomor HP: 0812-3456-7890",
    ],
)
def test_form_labels_and_placeholders_are_not_people(recognizer, text: str) -> None:  # noqa: ANN001
    assert not any(
        v in ("Phoenix", "Northside Rovers", "Declined", "Nombre", "Apellidos", "Vorname", "Nachname", "Client")
        or v == "Téléphone"
        for v, _ in found(recognizer, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ship to:\nIvy Cottage\nMill Lane\nBurford\nOX18 4RE",  # a house's name
        "Deliver to:\nRosemount Court\n14 Harbour View\nCastle Douglas\nDG7 1AB",  # a town under the street
        "Address:\nSunrise Residency\n22 MG Road\nBengaluru",
    ],
)
def test_address_block_lines_are_not_people(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tunde keeps messaging me", "tunde"),
        ("Luis kept texting me at night", "Luis"),
        # what the police do to someone, in a chronology's line
        ("[2025-06-13 16:35] ALD: 999 call from neighbour; Ilango arrested. PNC shows a caution", "Ilango"),
        ("Police attended DA incident; Sudeep spoken to. Record: a suspended sentence", "Sudeep"),
    ],
)
def test_a_person_keeps_messaging(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


# An age right after the words, in brackets or between commas, says they are a person's name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ji-woo Park (15) and her brother were there.", "Ji-woo Park"),
        ("Jake, 15, was picked up by a man in a van.", "Jake"),
        ("Children: Aarav (6), Diya (4)", "Diya"),
        ("Kofi Boateng (M, 34) drove the car.", "Kofi Boateng"),
        # An age closing the clause after "is"/"was": the words before are a person's.
        ("I told the school that Imani is only 12.", "Imani"),
        ("Back then Tadeusz was 15 and scared.", "Tadeusz"),
        ("ok so the guy is called deshawn and hes like 30", "deshawn"),
        # Several children counted in a call: the age after "is" or "'s" and a comma; a pronoun after the name.
        ("How many children are in the house? caller: Three. Tendai is 11, Rutendo's 9.", "Tendai"),
        ("How many children are in the house? caller: Three. Tendai is 11, Rutendo's 9.", "Rutendo"),
        ("caller: there's two of them, Siobhan, she's... maybe 10", "Siobhan"),
    ],
)
def test_names_before_an_age_and_after_called(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Chapter Seven (15) covers the law.",
        "Team Blue (14) beat Team Red (9).",
        "Washington (12) and Oregon (7) reported cases.",
        "Room B (12) is booked; Suite A (20) free.",
        "a game called roblox",
        "Oregon is 12. Chapter was 15.",
        "Will is 12 and Mark was 9.",
        "Acme charged the card twice",  # a firm charges a card; only a person is charged
        "CREATE TABLE contact (\n  id SERIAL PRIMARY KEY,\n  full_name VARCHAR(80) NOT NULL\n);",  # a type's size
        # A configuration file's keys under their sections are no chat's speakers
        "smtp:\n  sender: <sender-address>\n  api_key: xxxxxxxx\nfeatures:\n  retries: 4\n  timeout_ms: 3000",
    ],
)
def test_things_before_a_number_are_not_names(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAME RUBY OWENS    AGE 13    TOWN DONCASTER", "RUBY OWENS"),
        ("SURNAME\tFORENAME\nHALL\tJAMES", None),
    ],
)
def test_a_name_stops_at_a_forms_wide_gap(recognizer, text: str, expected: str | None) -> None:  # noqa: ANN001
    # A run of three spaces or a tab is between a form's columns, never inside a name.
    values = [v for v, _ in found(recognizer, text)]
    assert not any("   " in v or "\t" in v for v in values), values
    if expected is not None:
        assert expected in values, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Previously volunteered with Silvano Arenas at the Tacoma office.", "Silvano Arenas"),
        ("Previously volunteered with Emanuella das Neves at the Tacoma office.", "Emanuella das Neves"),
        ("Referred by Floor van Dalem.", "Floor van Dalem"),
        ("Mentored by Ines Okoro-Bright during her first year.", "Ines Okoro-Bright"),
    ],
)
def test_who_referred_or_worked_beside_someone(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    "text",
    ["Referred by Social Services last month.", "She volunteered with Red Cross Youth in 2019."],
)
def test_agencies_after_referral_cues_are_not_people(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In memory of my father Philippine Georges", "Philippine Georges"),  # a word as a given name, after kin
        ("Gift on behalf of Anna-Marie Dussen van and family", "Anna-Marie Dussen"),  # "van": a particle, no vehicle
    ],
)
def test_kin_and_dedications_keep_unusual_names(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


# Surnames of East and South-East Asia that are also English words, after a given name that is no word: the whole
# name, not the given name alone with "Park" left in the clear.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspect is Minji Park, a teacher.", "Minji Park"),
        ("Her teacher Hyunwoo Park texted her.", "Hyunwoo Park"),
        ("The child stayed with Ji-woo Park last week.", "Ji-woo Park"),
        ("Donor: Wei Long", "Wei Long"),
        ("Her coach Xiaoming Song picked her up.", "Xiaoming Song"),
    ],
)
def test_surnames_that_are_words_after_an_asian_given_name(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)], found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "We walked through Lakeview Park yesterday.",  # two words run together: a park
        "The event is at Kensington Park.",
        "Flights to Hong Kong are cancelled.",
    ],
)
def test_places_with_those_words_are_not_people(recognizer, text: str) -> None:  # noqa: ANN001
    words = text.split()
    assert not any(" Park" in v or v == "Hong Kong" for v, _ in found(recognizer, text)), (
        words,
        found(recognizer, text),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A list of names: each name, not the adverb that opens the sentence before it.
        ("We waited.\nLater, Sue, Ian and Zoe came, too.", ["Sue", "Ian", "Zoe"]),
        ("Then, Maria, Jacob and Emma left.", ["Maria", "Jacob", "Emma"]),
        ("Marek, Sue, Ian and Zoe came.", ["Marek", "Sue", "Ian", "Zoe"]),
    ],
)
def test_a_list_of_names_without_its_opening_word(recognizer, text: str, names: list[str]) -> None:  # noqa: ANN001
    assert sorted(v for v, _ in found(recognizer, text)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "caller: Three. The house is cold.",  # a count in words answers "how many"
        "Anyway, she's fine now.",
        "On Monday, he said no.",
        "In London, she was fine.",
    ],
)
def test_counts_and_openers_before_a_pronoun_are_not_names(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_a_sentence_s_last_word_is_no_abbreviated_given_name(recognizer) -> None:  # noqa: ANN001
    text = "How many children are in the house? caller: Three. Tendai is 11."
    assert [v for v, _ in found(recognizer, text)] == ["Tendai"]


@pytest.mark.parametrize(
    "text",
    [
        # Streets, laws and alerts named after someone: a street's word before the name, a law's after it.
        "City walk\nDay 1: Corso Giuseppe Mazzini, Viale Alessandro Volta, Piazza Camillo Benso.",
        "Warsaw: aleja Jana Pawła II, then ul. Józefa Bema.",
        "Under Finn's Law, attacking a police dog is a crime.",
        "An Ashanti Alert covers missing adults.",
        "Deliveries to 22 Clement Lane only.",  # a surname-like street's word after a given name and a house number
    ],
)
def test_streets_and_laws_named_after_people_are_not_people(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her friend Rue Bennett came over.", "Rue Bennett"),  # a role before: a person, whatever the word
        ("Emergency contact: Place Okafor (aunt)", "Place Okafor"),
        ("The caller, Lionel Street, phoned twice.", "Lionel Street"),
        ("Kayla Way is my best friend and she is 13.", "Kayla Way"),  # a given name, no street's cue
        ("Amber Alexander, 12, is missing.", "Amber Alexander"),
    ],
)
def test_people_named_like_streets_and_laws(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert any(expected in v for v, _ in found(recognizer, text)), found(recognizer, text)
