"""LocationRecognizer, called directly: towns and regions below a country, found from the words around them."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("LocationRecognizer")


_PRINTOUT = (
    "ID      NAME                   DOB         TOWN                PHONE\n"
    "272635  KAZLAUSKAS, Rokas      06/04/2012  Clonakilty          \n"
    "278356  DE SMEDT, Jef          19/10/2013  Kinvara             085 095 4129\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An older man from Beaverton, OR kept messaging her.", "Beaverton, OR"),
        # A missing person's appeal: its labels, "links to", a town's police or prosecutor in German and French
        ("Since: 17 Jun 2024\nMissing from: Ballarat\nDOB: 15/09/2007", "Ballarat"),
        ("He met her outside Leeds bus station after school.", "Leeds"),  # a known town's station, where one goes
        ("she lives in Grimsby if i remember right", "Grimsby"),  # "if" is no Swedish club's "IF" in lower case
        ("Possible destination: Mulhouse (FR); relatives nearby", "Mulhouse"),
        ("Olivia is known to have links to Derby and the Wigan area.", "Derby"),
        ("Vermisstenfahndung – Polizeipräsidium Würzburg\nPressemitteilung vom 23.06.2024", "Würzburg"),
        ("Le procureur de la République de Lille a déclenché le dispositif", "Lille"),
        ("Her grandmother lives near Tupelo and takes her on weekends.", "Tupelo"),
        ("The teen was last seen in Sheffield wearing a red coat.", "Sheffield"),
        ("They relocated to Wapakoneta after the divorce.", "Wapakoneta"),  # no gazetteer needed
        ("The family is originally from Pittsburg, Kansas.", "Pittsburg, Kansas"),
        ("a girl from Albuqerque said she was scared", "Albuqerque"),  # misspelt, found from the cue
        ("The caller grew up in the town of Lochgelly.", "Lochgelly"),
        ("He drove her to Dundee, UK last night.", "Dundee, UK"),
        ("He lives in Reading with his father.", "Reading"),  # an ambiguous word, but cued
        ("The boy stays in Winston-Salem during the week.", "Winston-Salem"),
        ("There were reports from Memphis overnight.", "Memphis"),  # a weak cue and a known town
        ("She lives in 부산 with her aunt.", "부산"),
        ("The boy was found in Hull after two days.", "Hull"),  # ambiguous word, strong cue
        ("They drove up from Fresnoe on Sunday.", "Fresnoe"),
        ("He grew up in a village called Tarbolton.", "Tarbolton"),
        ("CITY: DAYTON  STATE: OH", "DAYTON"),  # a form's next field is no part of the town
        ("JAN NOWAK | 12 ULICA DLUGA, KRAKOW | WX12345", "KRAKOW"),  # a known town after its street, in capitals
        ("City: Mobile", "Mobile"),  # a label's word as the value, not in a row of labels
        ("She was last seen near Elmwood Park, police said.", "Elmwood Park"),  # open ground where someone was
        ("He moved to Tuxford Bridge last year.", "Tuxford Bridge"),
        ("Location - Grand Rapids", "Grand Rapids"),
        ("Hometown | Wichita", "Wichita"),
        ("Last seen: Gainesville bus station", "Gainesville"),
        ("they were spotted in downtown Akron", "Akron"),
        ("The suspect drives between Fresno and Modesto.", "Modesto"),  # listed after a place
        ("Name | City | Phone\nAnn Lee | Boise | 555-0134\nTom Roe | Macon | 555-0199", "Macon"),
        ("He works in Tolleson and lives with his mom.", "Tolleson"),
        ("The farm is north of Cuyahoga Falls.", "Cuyahoga Falls"),
        ("The tip came from Brookhaven last week.", "Brookhaven"),  # the shape of a place name
        ("She is in Clevland now.", "Clevland"),  # one letter off a big town
        ("Report from Gainesvile police.", "Gainesvile"),
        # A town as a verb's object, a town after "ran off to", a contraction before the cue.
        ("She's been visiting Harrogate every month.", "Harrogate"),
        ("She ran off to Scranton with him.", "Scranton"),
        ("He's from Chillicothe.", "Chillicothe"),  # a contraction before a weak cue: a known town
        ("They're in Chorley now.", "Chorley"),
        ("He fled Tulsa after the hearing.", "Tulsa"),
        # A state after the town without a comma.
        ("The messages came from Killeen Texas.", "Killeen Texas"),
        ("a man in Macon GA sent it", "Macon GA"),
        # Small towns of the wider gazetteer after a weak cue.
        ("The caller is near Kewanee.", "Kewanee"),
        ("Photos were taken in Owosso.", "Owosso"),
        # A form's place fields.
        ("Village: Lapwai", "Lapwai"),
        ("County: Cuyahoga", "Cuyahoga"),
        ("Neighborhood: Wicker Park", "Wicker Park"),
        ("Borough: Brooklyn", "Brooklyn"),
        ("State: Ohio", "Ohio"),
        ("Province: Ontario", "Ontario"),
        ("Name | City | State\nAnn Lee | Boise | ID", "Boise"),
        ("Place of birth: Gdańsk", "Gdańsk"),
        ("City of residence: Macon", "Macon"),
        # A region (and a country) after the town and a comma.
        ("He lives in Kirkcaldy, Fife.", "Kirkcaldy, Fife"),
        ("He was arrested near Tralee, Co. Kerry.", "Tralee, Co. Kerry"),
        ("She's from Springfield, Illinois, USA.", "Springfield, Illinois, USA"),
        ("They moved to Pune, Maharashtra, India.", "Pune, Maharashtra, India"),
        ("a man from Leeds, West Yorkshire", "Leeds, West Yorkshire"),
        ("a teacher from Mbarara, Uganda called", "Mbarara, Uganda"),
        ("Father currently resides in Bakersfield, CA per DMV records.", "Bakersfield, CA"),
        ("He was seen in Leicester city centre.", "Leicester"),
        ("She was born in Arusha, Tanzania.", "Arusha, Tanzania"),
        # The word after the town says it is one.
        ("The Dayton man sent her photos.", "Dayton"),
        ("A Brookhaven resident called the hotline.", "Brookhaven"),
        ("She is a Kalamazoo native.", "Kalamazoo"),
        ("It happened in the Houston area last year.", "Houston"),
        # Towns spelt with accents or other Latin letters, the gazetteer's and the text's.
        ("The tip came from Kraków.", "Kraków"),
        ("from Krakow", "Krakow"),
        ("He lives in Łódź.", "Łódź"),
        ("She's in Zürich with her dad.", "Zürich"),
        ("They were seen near Düsseldorf.", "Düsseldorf"),
        # What people call big towns.
        ("He lives in NYC.", "NYC"),
        ("She moved to LA last year.", "LA"),
        ("She moved to DC in May.", "DC"),
        ("i'm from the south side of chicago", "chicago"),
        # An export's keys.
        ("city=Dayton", "Dayton"),
        ('{"name": "Ann Lee", "city": "Dayton", "state": "OH"}', "Dayton"),
        ("home_city: Tolleson", "Tolleson"),
        ("last_seen_location: Harrogate", "Harrogate"),
        ("location=leeds", "leeds"),
        ("Where: Tulsa", "Tulsa"),
        # More English cues: "resident of", "hometown is", a hyphenated or police word after the town, "the Bronx".
        ("He is a resident of Tolleson.", "Tolleson"),
        ("His hometown is Lapwai.", "Lapwai"),
        ("Her hometown, Kewanee, is small.", "Kewanee"),
        ("A Tulsa-based man contacted her.", "Tulsa"),
        ("Akron PD has the case.", "Akron"),
        ("Reported to Wapakoneta Police on Monday.", "Wapakoneta"),
        ("She is from the Bronx.", "Bronx"),
        ("They live two hours from Quenemo.", "Quenemo"),
        # Other languages' cues and form labels, in Latin letters.
        ("Vive en Rosario con su tía.", "Rosario"),
        ("On mieszka w Gdańsku z ojcem.", "Gdańsku"),
        ("Er kommt aus Wapakoneta.", "Wapakoneta"),
        ("Elle habite à Quimperlé.", "Quimperlé"),
        ("Ela mora em Itapevi.", "Itapevi"),
        ("Soy de Rosario.", "Rosario"),
        ("Località: Bergamo", "Bergamo"),
        ("Wohnort: Gütersloh", "Gütersloh"),
        # A region below the country after a cue, where no town list holds it
        ("The family moved to Bavaria last year.", "Bavaria"),
        ("he's in Alberta now", "Alberta"),
        ("She moved to Queensland.", "Queensland"),
        ("a girl from County Galway", "County Galway"),
        # A venue or a shop "in" a town no list holds; a form's "Location:" before a known town
        ("He met her at a gas station in Tolleson.", "Tolleson"),
        ("They shop at the Walmart in Lapwai.", "Lapwai"),
        ("Location: Lubbock", "Lubbock"),
        ("LOCATION: LUBBOCK", "LUBBOCK"),
        # A state's or a province's code after a town no list holds; the word for a person after a town
        ("Wagga Wagga, NSW", "Wagga Wagga, NSW"),
        ("Salford lad, 17", "Salford"),
        ("a 14-year-old Chula Vista girl", "Chula Vista"),
        # A hyphenated town ("-on-"), a police force's acronym, a bracketed label, a code that is also a word
        ("a man from Stoke-on-Trent", "Stoke-on-Trent"),
        ("Kelowna RCMP say the man is 42.", "Kelowna"),
        ("Address (town): Chorley", "Chorley"),
        ("in Macon GA", "Macon GA"),
        # An abbreviated state, province or county; a person and an age before "from"; a district before its city
        ("Oshawa, Ont.", "Oshawa, Ont."),
        ("Kettering, Northants", "Kettering, Northants"),
        ("an elderly man, 80, from Hull", "Hull"),
        ("He's at uni in Lancaster.", "Lancaster"),
        ("Brixton, London", "Brixton"),
        # The words after a town: "is where", a suspect, a police force or a resident (a town no list holds)
        ("Harrogate is where she lives now.", "Harrogate"),
        ("The Wichita suspect was arrested.", "Wichita"),
        ("Tolleson police are involved", "Tolleson"),
        ("a Lapwai resident", "Lapwai"),
        # Form labels of more languages; Australia's and Canada's codes after a space; "St. John's"; a district
        ("Sted: Drammen", "Drammen"),
        ("Város: Debrecen", "Debrecen"),
        ("Townsville QLD 4810", "Townsville QLD"),
        ("St. John's, NL", "St. John's, NL"),
        ("Parramatta, Sydney", "Parramatta"),
        # Forms: a postcode-and-town field, a town label before a word or a name, a header row aligned by spaces.
        ("Name: Lena Vogt\nPLZ/Ort: 79098 Freiburg im Breisgau\nTel.: 0761 123456", "Freiburg im Breisgau"),
        ("PLZ / Ort: 61348 Bad Homburg vor der Höhe", "Bad Homburg vor der Höhe"),
        ("NAME: TOMASZ KOWAL\nCITY/PROV: Hamilton ON\nPOSTAL: L8P 4R5", "Hamilton"),
        ("City: Bath\nPostcode: BA1 2QT", "Bath"),
        ("City: Mobile   State: AL", "Mobile"),
        ("Born in: Tauranga", "Tauranga"),
        ("APPLICANT NAME: DANA REILLY\nCITY            STATE   ZIP\nBOZEMAN         MT      59715", "BOZEMAN"),
        ("The caller said he lives at 4 Elm Dr in Lancaster with his mother.", "Lancaster"),
        ("a Rotorua family reported the man to police", "Rotorua"),
        # A memo's people come from places: "a regular giver from Much Wenlock".
        ("Standing order set up by a supporter from Long Sutton.", "Long Sutton"),
        ("Envelope postmarked from Ashby Magna.", "Ashby Magna"),
        # A town in capitals before its region in capitals.
        ("SEEN: CAR PARK, GOOLE, EAST RIDING OF YORKSHIRE", "GOOLE, EAST RIDING OF YORKSHIRE"),
        ("RESIDENCE: WAPAKONETA, OH", "WAPAKONETA, OH"),
        # A table's town column, headed in a partner's language or as a form's question, or in a print-out where a
        # column is left empty
        ("Cognome;Nome;Luogo di nascita;Comune\nAbbondanza;Ludovica;Tropea;Gubbio", "Tropea"),
        ("Namn\tÅlder\tOrt\tTelefon\nOnni Kivimäki\t50\tYstad\t\nEetu Virta\t47\tVimmerby\t0701330730", "Ystad"),
        (
            '"Timestamp","How old are you?","Where do you live (town or city)?"\n'
            '"19/04/2024 11:19:41","12","Whakatāne"',
            "Whakatāne",
        ),
        (_PRINTOUT, "Clonakilty"),
        (_PRINTOUT, "Kinvara"),
        # An IP's or a device's place by its label; the town a pair of coordinates was resolved to
        ("Approx. location (IP lookup): Cairns\n\n23:14 C: hi there", "Cairns"),
        ("Geolocation: Ennis", "Ennis"),
        ("Geolocated (WiGLE lookup): 47.74333, 22.91279, Satu Mare", "Satu Mare"),
        # A town's centre in lower case; "the … area" after a town that is also a word or a name
        ("[20/09/2025, 22:12] Noemi: i live near Rovigo centre", "Rovigo"),
        ("Olivia is known to have links to Derby and the Wigan area.", "Wigan"),
        # A register's "Abode" column
        ("No. | Child | Abode | Occupation\n101 | Clodagh | Carmarthen | weaver", "Carmarthen"),
        # A birthplace after the birth's date; a town alone after an address's label; a big town that is also a
        # rare word after "in"; a big town misspelt with an ending no town has
        ("He was born on 15/01/1967 in Jowhar and is 58 years old.", "Jowhar"),
        ("Present address: Zweeloo\nPhone: +31 6 1825 7710", "Zweeloo"),
        ("Full service history, two keys. Viewing in Slough, test drive with proof of insurance.", "Slough"),
        ("call when you land in Manchestor", "Manchestor"),
    ],
)
def test_places(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    values = [v for v, _ in found(recognizer, text)]
    assert expected in values, values


@pytest.mark.parametrize(
    "text",
    [
        "The quarterly audit is due in March.",
        "The parser is written in Python and runs in Docker.",
        "A grant from Microsoft covered the licences.",
        "The committee met in the Lincoln Room on Tuesday.",
        "We bought supplies from Johnson & Johnson.",
        "The Chicago office closed early for the holiday.",
        "Everything is fine, OK?",
        "Signed, Dana Whitfield, MD",
        "The ABA number was checked twice.",
        "She is originally from Norway.",  # a country is not a place below one
        "Reading the report took an hour.",
        "The patient was moved to Ward 7 on the second floor.",
        "Name | City | Phone\nAnn Lee | n/a | 555-0134",
        "She went to Jake's house.",
        "Budget went to Marketing.",
        "Documents were uploaded to Dropbox.",
        "Meeting from Monday to Friday.",
        "He's in Room 4 now.",
        "She's in Year 9.",
        "It's in Python.",
        "It's in Kubernetes.",
        "She's from Splunk.",
        "We're in Waterfall after the outage.",
        "He's from Apple.",
        "We left Jake at the party.",
        "She was visiting Grandma.",
        "They visited Mom on Sunday.",
        "He's in Marketing.",
        "The event is in May.",
        "Version 2.3 from March.",
        "She's in Mrs Patel's class.",
        "Leaving Teams now, see you in Slack.",
        "He fled Tuesday night.",
        "Through Christmas the office is closed.",
        "It's in Excel, tab Summary.",
        "We're in Q3.",
        "I'm in Chemistry.",
        "The order is in Processing.",
        "Status: Closed\nState: Draft",
        "Region: Sales West",
        "Region: EMEA",
        "State: Active",
        "District: 4",
        "Place: 2nd",
        "Thanks, Clare",
        "Hi Sam, Jordan here",
        "Thanks, Chad",
        "city_code=DAY",
        "location_id: 4471",
        "location=remote",
        '{"location": "Zoom"}',
        '{"city": null}',
        "build_location: us-east-1",
        "timezone=America/Chicago",
        '{"home_town": "N/A"}',
        "location: Conference Room B",
        "Where: Main Hall",
        "Where: TBD",
        "Where: online",
        "Return to sender",
        "We use LA for lab assistant",
        "Please see DC comments",
        "Rio is my cousin",
        "converts from AC to DC",
        "a 12V DC motor runs in DC mode",
        "LA county",
        "Support met in AWS last week.",
        "The client is in Oracle (ref PO-4471).",
        "Our vendor flew to Salesforce on Friday.",
        "The board met in Release Phoenix.",
        "IT came from Q3.",
        "Deploy to Staging then Production.",
        "The server is in us-east-1.",
        "Plate: 7XYZ123; State: CA",
        "DL State: TX",
        "Issuing state: NY",
        "Kotlin, Java and Go",
        "A Toyota was parked outside.",
        "The Phoenix project is late.",
        "The Boston team won.",
        "the Marketing area",
        "the Sales area",
        "the Reading area",
        "a Python developer",
        # Other languages' copulas need a known town ("es de Juan" is a person's; a department is no town).
        "Hola, soy de Recursos Humanos.",
        "Es de Juan.",
        "Est de retour.",
        "La factura viene de Contabilidad.",
        "His hometown is unknown.",
        "We are two hours from the deadline.",
        # A hyphenated English word after a cue (issue 12).
        "Cost-cutting measures: cutting the print budget by 20% and moving to e-receipts.",
        # Things and treaties named after a town
        "We served Brussels sprouts at dinner.",
        "The Paris Agreement was signed by most states.",
        "The farm keeps a Jersey cow.",
        "Location: Harrison Suite 12",
        "a table at the restaurant in Excel",
        "He ordered Boston cream pie.",
        "Capitol Police said",
        "a Medicare resident",
        "Google is where I work",
        "The firm has links to Microsoft and ties with Acme Holdings.",  # firms, not towns
        "The Chicago office thanked the Boston station chief.",
        # A club, a chess opening's variation, a weather list's entries
        "Sat 19:00  Wałbrzych United v Białystok SC  (Stadium of Light)",
        '[Opening "Ruy Lopez, Berlin Defence"]',
        "Weather outlook - weekend\nPavlodar: sunny, 25°C, wind 2 km/h\nAktobe: cloudy, 35°C",
        "Previsión meteorológica\n\nAlicante: máx 21 °C, mín 14 °C, tormentas\nZaragoza: máx 33 °C, mín 9 °C",
        # Software and cloud documentation: a library, a server or a cloud region, not a town (issue 12).
        "We'd like to support routing PyTorch memory allocation via Tensorflow, but have no implementation yet.",
        "The core component of Jinja is the `Environment`; it holds templates and filters.",
        "We use Denver for the build server and keep the config in the repo.",
        "You must specify the US East (Ohio) Region to create the resource.",
        "The provided callable is invoked inline within the event loop.",
        "Raised if the type is in self.missing_exceptions.",
        "Returns int64 business-day ordinals when freq is set.",
        # Notices of travel, weather and sports, with no person in them.
        "Weather warning: snow from 18:00 Tuesday. Travel disruption likely on the A9 near Aviemore.",
        "Saturday fixtures: the U14 squad plays at Loughborough; training moves to Tuesdays.",
        # A memo's people from a firm are no place.
        "Three volunteers from Halliburton staffed the stall.",
        "A sponsor from Goldman Sachs attended.",
        "NHS, OH",
        "ACCOUNTS OFFICE, WEST YORKSHIRE",
        "SHIP TO: 12 MAIN ST, ACME | QTY 4",  # capitals after a street's line: no town a list knows
        "The picnic is at Lincoln Park.",  # a venue named after someone, where no one's whereabouts are asked
        "The gala is at Wrigley Field tonight.",
        "Sent from Customer Service.",  # a firm's desk after a memo's cue
        "The letter came from Human Resources.",
        "Predictions do not account for surge; add 0.3 m in strong onshore winds.",  # an adjective, a surname too
        "Dial the Mobile area code first.",  # an area code is no area
        "Meet at the Leisure Centre by the Wellness Centre.",
    ],
)
def test_not_places(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ya i live in boise with my stepdad", "boise"),
        ("hes from akron ohio i think", "akron ohio"),
        ("we moved to el paso in june", "el paso"),
        ("she lives near quenemo now", "quenemo"),  # unknown to any list, after a strong cue
        ("my aunt from leeds picked me up", "leeds"),
        ("City/Town: bellingham", "bellingham"),
        ("hey im in leeds rn", "leeds"),
        ("bob: where u from\nkim: cleveland", "cleveland"),
        ("bob: wru\nkim: near bristol lol", "bristol"),
        ("a: what city r u in\nb: Springfeild", "Springfeild"),
        ("we r in ashtabula rn", "ashtabula"),
        ("iam from lahore", "lahore"),
        ("meet me in leeds tmrw", "leeds"),
        ("i got lost in manchester", "manchester"),
        ("she went to nashville", "nashville"),
        ("im in texas", "texas"),
        ("im in nyc rn", "nyc"),
        ("she lives in la", "la"),
        ("moved to philly last yr", "philly"),
        ("he's in kc", "kc"),
        ("we're in san fran", "san fran"),
        ("my dad lives in st louis", "st louis"),
        ("meet me in vegas", "vegas"),
        ("shes in clevland now", "clevland"),  # one letter off a big town
        ("meet me in sacremento", "sacremento"),
        ("frm tulsa", "tulsa"),
        ("up in pocatello", "pocatello"),
        ("a/s/l 14/f/ohio", "ohio"),
        ("anchorage alaska", "anchorage alaska"),
        ("we moved from salt lake city utah", "salt lake city"),
        ("bakersfield ca", "bakersfield ca"),
        ("shes in harrogate", "harrogate"),
        ("red deer alberta", "red deer alberta"),
        # The unasked asl triple, a town ending in -caster/-chester, "whereabouts".
        ("hbu? 15 m pontefract", "pontefract"),
        ("[20:41] ellz_x: 13 f featherstone, you?", "featherstone"),
        ("we meet near doncaster sometimes", "doncaster"),
        ("whereabouts are you\nbarnoldswick", "barnoldswick"),
        # Two words a town list knows together, after a strong cue ("lives in", "moved to").
        ("she lives in chipping norton now", "chipping norton"),
        ("moved to market drayton last yr", "market drayton"),
        # Other languages' "from" in a transcript; a caller's own place; an accented town.
        ("allo c est léa moreau de lyon ma fille a 8 ans", "lyon"),
        ("hallo hier ist anke müller aus bremen es geht um", "bremen"),
        ("12 sana mn cairo lol", "cairo"),
        ("yeah hello i'm calling from kirkintilloch about the girl next door", "kirkintilloch"),
        ("sorry my english i call from pétange my son is 15", "pétange"),
        # After "in" or "near": a smaller town whose name no dictionary holds
        ("the foster placement in tralee isn't giving her the medication", "tralee"),
        ("at 77 ballymore avenue in letterkenny weronika is sixteen", "letterkenny"),
    ],
)
def test_places_in_lower_case_chat(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "i live in fear of him",
        "he lives in foster care now",
        "a friend from school told me",
        "i live there with my dad",
        "she moved to another school",
        "the tip came from a library downtown",
        "lives outside of town",
        "a: where are you?\nb: at home lol",
        "a: where r u\nb: school",
        "a: where are you from?\nb: idk",
        "i was in march",
        "im in bed",
        "visiting hours",
        "left him in charge",
        "in order to fix it",
        "he's in trouble",
        "sent from my iphone",
        "city of residence: n/a",
        "im from a different school",
        "meet me in town",
        "in la casa",
        "the report stuck in galaxy",
        "our cluster deployed to everest yesterday",
        "the service deployed to kanban",
        "in rehersal",
        "to tomorow",
        "we went to the la brea tar pits",
        "i love ohio",
        "welcome to west virginia",
        "back in bed now",
        "up in arms about it",
        "lol nc",
        "came to canton",
        "he was seen in march",
        "she lives in hope",
        "put it in storage",
        # Not a place after the asl triple: a distance, a height.
        "the shed is 12 m from the fence",
        "wbu? 16 m tall lol",
        # French and Spanish words after "de" and "en" are no towns unless a big town is named.
        "un coup de grace, la pièce de résistance, en route, de luxe",
        # nor a word of theirs one letter off a big town: "tallas" is no "Dallas"
        "Guía de tallas - Tenis para dama",
    ],
)
def test_no_place_in_lower_case_chat(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_gazetteer_reads_names_with_accents() -> None:
    # The cities file writes "Krak\u00f3w" as a JSON escape: the gazetteer decodes it, and also keys it without accents.
    from pii_pipeline_recognizers._places import fold, known_place, known_place_loose

    assert known_place("Kraków") > 500_000 and known_place_loose("Krakow") == known_place("Kraków")
    assert known_place("Zürich") > 0 and known_place("São Paulo") > 1_000_000
    assert fold("Łódź") == "lodz"
    # The name recognizers' look-up keeps the exact spelling: "Leon" is a first name, not León.
    assert known_place("Leon") == 0


# After a cue that takes a person as readily as a place ("from", "to", "of", "visiting"), a run of another script
# is a place only if the gazetteer knows it as a town; after "in", "lives in", "flew to" it is a place anyway.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Got a message from 김민준 asking for photos.", None),
        ("She talked to 王伟 on WeChat last night.", None),
        ("Visiting 佐藤健 this weekend, she said.", None),
        ("Reply from 李娜 came in at 9pm.", None),
        ("The family moved from 서울 last year.", "서울"),
        ("She is from Москва originally.", "Москва"),
        ("Lives in 大阪 with her aunt.", "大阪"),
        ("They took a train to 北京 on Friday.", "北京"),
        ("He was waiting in 동탄 near the station.", "동탄"),
    ],
)
def test_other_script_runs_after_person_or_place_cues(recognizer, text: str, place: str | None) -> None:  # noqa: ANN001
    values = [v for v, _ in found(recognizer, text)]
    assert values == ([place] if place else []), values


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("asl?\n14 f leeds", "leeds"),
        ("him: asl\nme: 12 m cardiff", "cardiff"),
        ("asl\n13, girl, from york", "york"),
    ],
)
def test_asl_answers_apart_by_spaces(recognizer, text: str, place: str) -> None:  # noqa: ANN001
    assert place in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("meet at the bus station in york?", "york"),
        ("nah im near luton rn", "luton"),
        ("got a text from lincoln last night", None),  # "from" takes people too: a surname stays a name
        ("she lives in florence", None),  # a first name: left to the cues of the name recognizers
    ],
)
def test_lower_case_towns_that_are_surnames_after_in(recognizer, text: str, place: str | None) -> None:  # noqa: ANN001
    values = [v for v, _ in found(recognizer, text)]
    assert (place in values) if place else values == [], values


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The asl triple with the rest of the message after the town, and a town's hyphenated name.
        ("jade.x: 14/f/bristol wyd", "bristol"),
        ("[19:02] lil_rae: 13/f/cardiff ur turn", "cardiff"),
        ("sam_k: 15/m/stoke-on-trent, hbu", "stoke-on-trent"),
        ("sam_k: 15/m/salt lake city wbu", "salt lake city"),  # the longest run the gazetteer knows
        ("ty: 16 m barnsley innit", "barnsley"),
        ("bex: 14/f/cheddar", "cheddar"),  # a small town that is a noun too: the answer's slot says "a place"
        # Not a town: more words follow, and the first is a word or chat shorthand.
        ("ty: 16 m srsly lol", None),
        ("ty: 16 m tall lol", None),
        ("ty: 15 f bored af", None),
        ("ty: 15/f/bored", None),
    ],
)
def test_asl_triple_then_more_of_the_message(recognizer, text: str, place: str | None) -> None:  # noqa: ANN001
    values = [v for v, _ in found(recognizer, text)]
    assert values == ([place] if place else []), values


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A linking word inside a town's name, when a town list knows the whole.
        ("A girl was seen near Sutton in Ashfield last week.", "Sutton in Ashfield"),
        ("The family moved from Newcastle under Lyme in 2019.", "Newcastle under Lyme"),
        ("He lives in Frankfurt am Main now.", "Frankfurt am Main"),
        ("Staying in Burley in Wharfedale with her gran.", "Burley in Wharfedale"),
        ("She moved to Leeds in March.", "Leeds"),  # not a town's name: the town alone
        ("They flew to Rome in June.", "Rome"),
        # Two words of English that a town list knows together, after a weak cue.
        ("Cheque received from Mount Healthy.", "Mount Healthy"),
        ("A small gift from Orange Park, with a card.", "Orange Park"),
    ],
)
def test_linked_and_worded_town_names(recognizer, text: str, place: str) -> None:  # noqa: ANN001
    assert [v for v, _ in found(recognizer, text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Gift from Human Resources.",
        "Invoice from Park Avenue Dental.",  # a firm's name, though a town list holds "Park Avenue"
        "A donation from Red Bank, thanks.",  # a bank's word
    ],
)
def test_worded_phrases_that_are_no_town(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm's or a partner's site is no one's whereabouts (business text names its offices all the time); nor
        # is a department's word before "office".
        ("Update from our Lagos office: child (12) was found.", []),
        ("Cafe menu, Seoul office: 3,000 won", []),
        ("Please call the Head office or the Finance office.", []),
        ("Our Main office and the Regional office agreed.", []),
    ],
)
def test_a_site_is_no_ones_whereabouts(recognizer, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert [v for v, _ in found(recognizer, text)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # More languages' "lives in": Faroese, Wolof, Cebuano, Haitian
        ("Familjan býr í Tvøroyri.", "Tvøroyri"),
        ("Njaboot gi ngi dëkk Ziguinchor.", "Ziguinchor"),
        ("Ang pamilya nagpuyo sa Danao. Adres: 172 Sitio Mahayahay", "Danao"),
        ("Guerline gen 13 an. Fanmi an rete Leyogàn.", "Leyogàn"),
        # A login log's geo-IP town; a profile's town after the age
        ("  2024-06-23 13:59:10  93.61.195.165  Netanya (approx.)  Chrome/Windows", "Netanya"),
        ("登录IP: 219.186.118.163（西安）", "西安"),
        ("Profil signalé : « Nolan », 32 ans, Rennes\nOrigine", "Rennes"),
        # A known town in the cell after the address or the point it was looked up from
        ("  2025-05-17 12:11  193.89.193.30  Zamość  Android app", "Zamość"),
        ("Geolocated (WiGLE lookup): 20.93924, -89.62106, Mérida\n", "Mérida"),
        ("2025-06-02 21:02 | 60.676159,17.134784 | 393 | GPS | Gävle\n", "Gävle"),
    ],
)
def test_finds_towns_in_more_languages_and_records(recognizer, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"], None)]


def test_a_servers_role_beside_its_address_is_no_town(recognizer) -> None:  # noqa: ANN001
    assert recognizer.analyze("Server 10.0.0.1 (primary) and 10.0.0.2 (Backup)", ["LOCATION"], None) == []
    assert recognizer.analyze("server 10.0.0.1  Primary  up\nserver 10.0.0.2  Android  down", ["LOCATION"], None) == []
