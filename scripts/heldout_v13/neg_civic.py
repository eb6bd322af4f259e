"""Look-alike negatives, civic and cultural kinds: eponyms, towns in schedules, placeholders, product ages."""

from __future__ import annotations

import datetime as dt
import random

from places import TOWNS
from values import digits, letters

R = random.Random


def _d(rng: R, y0: int = 2024, span: int = 360) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange(span))


def crossword(rng: R) -> str:
    clues = [
        ("Unit of force named after the author of the Principia", "NEWTON"),
        ("Scale for wind speed, Admiral's invention", "BEAUFORT"),
        ("Flask with a conical body", "ERLENMEYER"),
        ("Diagram of overlapping circles", "VENN"),
        ("Effect of a passing siren's pitch", "DOPPLER"),
        ("Lab burner", "BUNSEN"),
        ("Shallow dish for cultures", "PETRI"),
        ("Radiation counter", "GEIGER"),
        ("Projection on many school maps", "MERCATOR"),
        ("Sequence 1, 1, 2, 3, 5…", "FIBONACCI"),
        ("Temperature scale used in the US", "FAHRENHEIT"),
        ("Earthquake magnitude scale", "RICHTER"),
        ("Project chart with bars", "GANTT"),
        ("Wireless standard named after a Danish king", "BLUETOOTH"),
        ("Prize first awarded in 1901", "NOBEL"),
        ("Pasteurised drink", "MILK"),
        ("Sandwich earl's title", "SANDWICH"),
        ("Cardigan, originally an earl's", "CARDIGAN"),
    ]
    rng.shuffle(clues)
    out = [f"Crossword No. {rng.randint(1000, 29999)} – {rng.choice(['Quick', 'Cryptic', 'Weekend'])}", "", "ACROSS"]
    for i, (c, a) in enumerate(clues[:5]):
        out.append(f"{2 * i + 1}. {c} ({len(a)})")
    out += ["", "DOWN"]
    for i, (c, a) in enumerate(clues[5:10]):
        out.append(f"{2 * i + 2}. {c} ({len(a)})")
    out += ["", "Solutions to last week's puzzle: " + ", ".join(a for _, a in clues[10:14])]
    return "\n".join(out)


def roadworks(rng: R) -> str:
    country = rng.choice(["GB", "DE", "FR"])
    streets = {
        "GB": [
            "Church Road",
            "Victoria Street",
            "Station Road",
            "Churchill Way",
            "Nelson Street",
            "Brunel Avenue",
            "Gladstone Terrace",
        ],
        "DE": [
            "Goethestraße",
            "Schillerstraße",
            "Karl-Marx-Allee",
            "Konrad-Adenauer-Ring",
            "Bahnhofstraße",
            "Beethovenplatz",
        ],
        "FR": [
            "avenue Victor Hugo",
            "rue Émile Zola",
            "boulevard Jean Jaurès",
            "place Charles de Gaulle",
            "rue Pasteur",
        ],
    }[country]
    town = rng.choice(TOWNS[country])
    a, b, c = rng.sample(streets, 3)
    start = _d(rng)
    end = start + dt.timedelta(days=rng.randint(3, 60))
    if country == "DE":
        return (
            f"Baustelleninformation – Stadt {town}\n\nWegen Erneuerung der Fernwärmeleitung ist die {a} zwischen "
            f"{b} und {c} vom {start.strftime('%d.%m.%Y')} bis voraussichtlich {end.strftime('%d.%m.%Y')} voll "
            "gesperrt. Die Umleitung ist ausgeschildert (U3). Buslinien 12 und N4 fahren die Ersatzhaltestelle "
            "an.\n"
            f"Anlieger frei. Auftragsnummer TB-{start.year}-{rng.randint(100, 999)}. Wir bitten um Verständnis.\n"
            "Tiefbauamt, Abteilung Straßenunterhaltung"
        )
    if country == "FR":
        return (
            f"AVIS DE TRAVAUX – Ville de {town}\n\nEn raison de travaux de voirie, la circulation sera interdite "
            f"{a}, entre la {b} et la {c}, du {start.strftime('%d/%m/%Y')} au {end.strftime('%d/%m/%Y')}, de 7h30 "
            f"à 17h00.\nUne déviation sera mise en place. Arrêté municipal n° "
            f"{start.year}-{rng.randint(100, 999)}.\n"
            "Le stationnement sera interdit des deux côtés. Merci de votre compréhension. – Services techniques"
        )
    return (
        f"ROAD CLOSURE NOTICE – {town} City Council\n\nThe Council intends to close {a} between its junctions with "
        f"{b} and {c} from {start.strftime('%d %B %Y')} for up to {(end - start).days} days to allow "
        "carriageway resurfacing.\nAlternative route: via the A"
        + str(rng.randint(10, 699))
        + f" and {rng.choice(streets)}. Pedestrian access to properties will be maintained.\n"
        f"Traffic Regulation Order ref TRO/{start.year}/{rng.randint(10, 99)}. Enquiries: Highways Customer "
        f"Services, "
        "quoting the order reference. Signed: Director of Place (for the Council)."
    )


def library_classification(rng: R) -> str:
    ddc = [
        ("004.6", "Computer networks"),
        ("150.195", "Freudian psychoanalysis (systems)"),
        ("262.13", "Papacy"),
        ("306.85", "The family"),
        ("362.76", "Child abuse – social services"),
        ("510.92", "Mathematicians – biography"),
        ("530.11", "Einstein's relativity theory"),
        ("576.82", "Darwinism"),
        ("616.831", "Alzheimer's disease"),
        ("616.833", "Parkinson's disease"),
        ("780.92", "Musicians"),
        ("823.8", "English fiction, Victorian period"),
        ("909.07", "World history, 500-1499"),
        ("941.081", "Britain, Victorian era"),
    ]
    rng.shuffle(ddc)
    out = [
        rng.choice(
            ["Library classification – shelf guide, floor 2", "Dewey ranges (reading room)", "Shelf list: non-fiction"]
        ),
        "",
    ]
    for code, label in ddc[: rng.randint(6, 10)]:
        out.append(f"{code:<10} {label}")
    out += [
        "",
        "LC equivalents: QA76.9 .D3, RC523 .A45, PR4580 – see catalogue. Reserve items via card no. "
        "placeholder "
        "[your library card number].",
    ]
    return "\n".join(out)


def chord_chart(rng: R) -> str:
    keys = ["G", "C", "D", "A", "E", "F"]
    k = rng.choice(keys)
    prog = {
        "G": ["G", "Em", "C", "D"],
        "C": ["C", "Am", "F", "G"],
        "D": ["D", "Bm", "G", "A"],
        "A": ["A", "F#m", "D", "E"],
        "E": ["E", "C#m", "A", "B7"],
        "F": ["F", "Dm", "Bb", "C"],
    }[k]
    title = rng.choice(
        [
            "Wild Mountain Thyme (trad.)",
            "Amazing Grace (trad.)",
            "Scarborough Fair (trad.)",
            "The Water Is Wide (trad.)",
            "Danny Boy (Londonderry Air)",
        ]
    )
    out = [
        title,
        f"Key: {k}   Capo: {rng.randint(0, 4)}   Tempo: {rng.randint(60, 132)} bpm   Time: "
        f"{rng.choice(['3/4', '4/4', '6/8'])}",
        "",
    ]
    for sec in ["Intro", "Verse 1", "Chorus", "Verse 2", "Bridge", "Outro"][: rng.randint(3, 6)]:
        bars = " | ".join(rng.choice(prog) for _ in range(4))
        out.append(f"[{sec}]  | {bars} |  x{rng.choice([1, 2])}")
    out += [
        "",
        "Fingering: " + ", ".join(f"{c}=x{digits(rng, 5)}" for c in prog[:3]),
        "Arr. for ukulele: use the G7 shape (0212) on the turnaround.",
    ]
    return "\n".join(out)


def election_results(rng: R) -> str:
    country = rng.choice(["GB", "DE", "NL", "IE"])
    districts = rng.sample(TOWNS[country], 4)
    parties = {
        "GB": ["Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK", "Independent"],
        "DE": ["SPD", "CDU", "Grüne", "FDP", "Die Linke", "AfD"],
        "NL": ["VVD", "PVV", "GL-PvdA", "NSC", "D66", "CDA"],
        "IE": ["Fianna Fáil", "Fine Gael", "Sinn Féin", "Labour", "Social Democrats", "Independent"],
    }[country]
    out = [f"Local election results – declared {_d(rng).strftime('%d/%m/%Y')}", "Turnout and votes by district", ""]
    for dname in districts:
        out.append(f"{dname} – electorate {rng.randint(8000, 90000):,}, turnout {rng.uniform(21, 68):.1f}%")
        for p in rng.sample(parties, 4):
            out.append(f"   {p:<18} {rng.randint(300, 15000):>6}  ({rng.uniform(2, 45):.1f}%)")
        out.append(f"   Rejected ballots: {rng.randint(3, 140)}   Result: {rng.choice(parties)} gain")
    out.append("")
    out.append("Certified by the Returning Officer. Candidate lists available at the Town Hall.")
    return "\n".join(out)


def course_timetable(rng: R) -> str:
    rooms = [
        "Curie Lab 2.14",
        "Turing Suite",
        "Lovelace Room",
        "Darwin Building LT1",
        "Kepler Seminar Room",
        "Mandela Hall",
        "Newton Theatre",
        "Franklin Wing B03",
    ]
    mods = [
        "MA1021 Linear Algebra",
        "CS2040 Data Structures",
        "BI1101 Cell Biology",
        "PH2203 Thermodynamics",
        "EC1002 Microeconomics",
        "PS3010 Developmental Psychology",
        "LAW2150 Family Law",
        "CH1300 Organic Chemistry",
    ]
    out = [f"Timetable – Semester {rng.choice([1, 2])}, week {rng.randint(1, 12)}", ""]
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        for _ in range(rng.randint(1, 2)):
            h = rng.randint(9, 16)
            out.append(
                f"{day} {h:02d}:00–{h + rng.choice([1, 2]):02d}:00  {rng.choice(mods):<32} {rng.choice(rooms)}  "
                f"({rng.choice(['Lecture', 'Tutorial', 'Lab', 'Seminar'])}, group "
                f"{rng.choice('ABCD')}{rng.randint(1, 4)})"
            )
    out += [
        "",
        "Lecturer: see module page. Office hours with the Module Convenor by appointment.",
        "Room codes changed: 'Hawking Room' is now 'Room 3.07'.",
    ]
    return "\n".join(out)


def scripture_refs(rng: R) -> str:
    refs = [
        "John 3:16",
        "Mark 10:14",
        "Luke 18:16",
        "Matthew 18:6",
        "Psalm 127:3",
        "Proverbs 22:6",
        "Isaiah 40:31",
        "1 Corinthians 13:4-7",
        "Romans 8:28",
        "James 1:27",
        "Ruth 1:16",
        "Daniel 6:22",
        "Jonah 2:1-10",
        "Esther 4:14",
        "Acts 2:38",
        "Philippians 4:13",
    ]
    rng.shuffle(refs)
    out = [f"{rng.choice(['Sunday school', 'Youth group', 'Lectionary'])} readings – {_d(rng).strftime('%B %Y')}", ""]
    for i, r in enumerate(refs[: rng.randint(5, 8)]):
        out.append(
            f"Week {i + 1}: {r}  – theme: "
            f"{rng.choice(['kindness', 'courage', 'trust', 'welcome', 'forgiveness', 'hope'])}"
        )
    out += ["", "Also: Surah Al-Baqarah 2:286; Qur'an 4:36. Hymn numbers 112, 256, 478 (Ancient & Modern)."]
    return "\n".join(out)


def street_history(rng: R) -> str:
    items = [
        ("Rue Victor Hugo", "named in 1885 after the novelist, on the day of his state funeral"),
        ("Karl-Marx-Allee", "renamed in 1961; formerly Stalinallee"),
        ("Nelson Mandela Boulevard", "renamed in 1990 by council resolution"),
        ("Calle de Cervantes", "commemorates the author of Don Quixote"),
        ("Via Giuseppe Verdi", "dedicated in 1901, the year of the composer's death"),
        ("Churchill Way", "opened in 1965 as part of the inner ring road"),
        ("Marie-Curie-Straße", "named in 1967 for the physicist and chemist"),
        ("Brunel Avenue", "after the engineer of the Great Western Railway"),
        ("Avenida Getúlio Vargas", "named after the former president in 1954"),
        ("Gandhi Marg", "renamed in 1948"),
        ("Queen Victoria Street", "cut through in 1867-71"),
        ("Mozartgasse", "named 1862, previously Kleine Kirchengasse"),
    ]
    rng.shuffle(items)
    out = [
        rng.choice(
            [
                "Street names and their origins – heritage trail leaflet",
                "Our streets: a short history",
                "Who were our streets named after?",
            ]
        ),
        "",
    ]
    for st, hist in items[: rng.randint(4, 7)]:
        out.append(f"• {st} – {hist}.")
    out += [
        "",
        f"Walk length {rng.uniform(1.5, 6):.1f} km; allow {rng.randint(1, 3)} hours. Blue plaques mark "
        "historic buildings, not private homes.",
    ]
    return "\n".join(out)


def museum_hours(rng: R) -> str:
    name = rng.choice(
        [
            "Rijksmuseum-style Gallery of Fine Art",
            "The Darwin Natural History Museum",
            "Musée Rodin annexe",
            "Van Gogh Study Centre",
            "Science Museum – Faraday Wing",
            "Goethe-Haus Literaturmuseum",
            "The Brontë Parsonage exhibition",
        ]
    )
    out = [name, "Opening hours", ""]
    for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]:
        if day == "Monday" and rng.random() < 0.6:
            out.append(f"{day:<10} closed")
        else:
            out.append(
                f"{day:<10} {rng.choice(['09:30', '10:00', '10:30'])} – "
                f"{rng.choice(['17:00', '17:30', '18:00', '20:00'])}"
            )
    out += [
        "",
        f"Admission: adults €{rng.randint(8, 25)}, under-18s free, students €{rng.randint(4, 12)}.",
        f"Last entry {rng.choice([30, 45, 60])} minutes before closing. Closed 25 Dec and 1 Jan.",
        "Group bookings (10+) via the booking office. Audio guide in 9 languages.",
        f"Special exhibition: "
        f"'{rng.choice(['Fabergé eggs', 'Tiffany glass', 'Wedgwood blue: 250 years of jasperware'])}' "
        f"until {_d(rng, 2025).strftime('%d %B %Y')}.",
    ]
    return "\n".join(out)


def weather(rng: R) -> str:
    country = rng.choice(["GB", "ES", "DE", "NL", "IT"])
    towns = rng.sample(TOWNS[country], 6)
    if country == "ES":
        out = [f"Previsión meteorológica – {_d(rng).strftime('%d/%m/%Y')}", ""]
        for t in towns:
            out.append(
                f"{t}: máx {rng.randint(12, 38)} °C, mín {rng.randint(2, 20)} °C, "
                f"{rng.choice(['soleado', 'nubes y claros', 'chubascos', 'tormentas'])}, viento "
                f"{rng.randint(5, 40)} km/h"
            )
        out.append("Aviso amarillo por calor en el interior. Índice UV alto.")
    elif country == "DE":
        out = [f"Wetterbericht für {_d(rng).strftime('%A, %d.%m.')}", ""]
        for t in towns:
            out.append(
                f"{t:<12} {rng.randint(-5, 32):>3} °C  "
                f"{rng.choice(['sonnig', 'bewölkt', 'Regen', 'Schnee', 'Gewitter'])}  "
                f"Wind {rng.choice(['N', 'NO', 'W', 'SW'])} {rng.randint(1, 7)} Bft"
            )
    else:
        out = [f"Regional forecast, issued {rng.randint(5, 22):02d}:00", ""]
        for t in towns:
            out.append(
                f"{t:<14} {rng.randint(-2, 30):>3}°C  "
                f"{rng.choice(['sunny spells', 'light rain', 'fog patches', 'heavy showers', 'dry'])}  "
                f"rain {rng.randint(0, 100)}%  UV {rng.randint(0, 8)}"
            )
        out.append(
            f"Pollen: {rng.choice(['low', 'moderate', 'high'])}. Air quality index {rng.randint(1, 10)}. "
            f"Sunset {rng.randint(16, 21)}:{rng.randint(10, 59)}."
        )
    return "\n".join(out)


def bus_timetable(rng: R) -> str:
    country = rng.choice(["GB", "IE", "NL", "PL", "SE"])
    stops = rng.sample(TOWNS[country], 5)
    line = rng.randint(1, 899)
    out = [f"Route {line} – {stops[0]} ↔ {stops[-1]}  (valid from {_d(rng).strftime('%d/%m/%Y')})", ""]
    times = [rng.randint(5, 8) * 60 + rng.randint(0, 59)]
    for _ in range(rng.randint(3, 6)):
        times.append(times[-1] + rng.choice([30, 45, 60, 90]))
    for s_i, stop in enumerate(stops):
        row = "  ".join(f"{(t + 18 * s_i) // 60 % 24:02d}:{(t + 18 * s_i) % 60:02d}" for t in times)
        out.append(f"{stop:<14} {row}")
    out += [
        "",
        "Does not run on public holidays. Low-floor, wheelchair accessible vehicles on all journeys.",
        f"Operator licence PB{digits(rng, 7)}. Ticket code {letters(rng, 2)}-{digits(rng, 3)}.",
    ]
    return "\n".join(out)


def aged_products(rng: R) -> str:
    items = [
        ("Highland single malt", "aged 12 years in ex-bourbon casks"),
        ("Islay single malt", "18-year-old, cask strength"),
        ("Parmigiano Reggiano", "aged 24 months"),
        ("Comté", "aged 18 months"),
        ("Tawny port", "20 years old"),
        ("Balsamic vinegar of Modena", "aged 25 years"),
        ("Gouda oud", "aged 52 weeks"),
        ("Rioja Gran Reserva", "aged 5 years, 2 in oak"),
        ("Jamón ibérico", "cured for 36 months"),
        ("Cognac XO", "minimum 10 years"),
        ("Bourbon", "4-year-old bottled-in-bond"),
    ]
    rng.shuffle(items)
    out = [
        rng.choice(
            ["Tasting menu – cellar selection", "Cheese & spirits price list", "Auction lots: wines and spirits"]
        ),
        "",
    ]
    for name, age in items[: rng.randint(5, 8)]:
        out.append(f"{name} ({age}) ............ {rng.choice(['£', '€'])}{rng.randint(6, 190)}")
    out += [
        "",
        f"Lot {rng.randint(100, 999)}: bottle no. {rng.randint(1, 900)} of {rng.randint(900, 3000)}, distilled "
        f"{rng.randint(1970, 2005)}, bottled {rng.randint(2006, 2023)}. Must be 18+ to purchase.",
        "The oak barrels themselves are over 60 years old.",
    ]
    return "\n".join(out)


def mailmerge_template(rng: R) -> str:
    style = rng.choice(["curly", "angle", "dollar"])
    f = {
        "curly": lambda x: "{" + x + "}",
        "angle": lambda x: "<" + x.upper() + ">",
        "dollar": lambda x: "${" + x + "}",
    }[style]
    return "\n".join(
        [
            f"Template: {rng.choice(['donor_thankyou_v3', 'volunteer_welcome', 'event_reminder_2024'])}.txt",
            "",
            f"Dear {f('first_name')} {f('last_name')},",
            "",
            f"Thank you for registering for {f('event_name')} on {f('event_date')}. Your reference is {f('booking_ref')}.",
            f"We will text you on {f('mobile')} and e-mail {f('email')} with final details.",
            "",
            "Please check the details we hold:",
            f"  Date of birth: {rng.choice(['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'])}",
            f"  SSN (US donors only): {rng.choice(['xxx-xx-xxxx', '###-##-####', 'XXX-XX-XXXX'])}",
            f"  IBAN: {rng.choice(['DEkk bbbb bbbb cccc cccc cc', 'GBkk BBBB SSSS SSAA AAAA AA'])}",
            "  Phone: +44 7XXX XXXXXX",
            "",
            f"Kind regards,\n{f('sender_name')}\n{f('sender_role')}",
            "",
            f"-- merge fields: first_name, last_name, email, mobile, event_name; generated {_d(rng).isoformat()}",
        ]
    )


def eponym_guideline(rng: R) -> str:
    terms = [
        "Alzheimer's disease",
        "Parkinson's disease",
        "Crohn's disease",
        "Hodgkin lymphoma",
        "Down syndrome",
        "Tourette syndrome",
        "Asperger syndrome (now within autism spectrum disorder)",
        "Huntington's disease",
        "Guillain-Barré syndrome",
        "Kawasaki disease",
        "Münchausen syndrome by proxy (fabricated or induced illness)",
        "Osgood-Schlatter disease",
        "Raynaud's phenomenon",
        "Addison's disease",
    ]
    rng.shuffle(terms)
    out = [
        rng.choice(
            [
                "Clinical guideline summary – eponymous conditions in paediatrics",
                "Training handout: recognising conditions named after physicians",
                "Glossary of eponymous terms for helpline staff",
            ]
        ),
        "",
    ]
    for t in terms[: rng.randint(5, 8)]:
        out.append(
            f"- {t}: see section {rng.randint(1, 12)}.{rng.randint(1, 9)}; ICD-10 {letters(rng, 1, 'EFGKMQ')}"
            f"{rng.randint(10, 99)}.{rng.randint(0, 9)}"
        )
    out += [
        "",
        "Tools: Apgar score, Glasgow Coma Scale, Snellen chart, Heimlich manoeuvre (choking),",
        "Babinski reflex. Named after their originators; no patient information in this document.",
    ]
    return "\n".join(out)


MEETINGS = ["Board meeting", "Safeguarding training", "Finance committee", "All-staff briefing", "Interview panel"]
BOOKERS = ["the Head of Safeguarding", "the CEO office", "HR team", "Facilities", "the Duty Manager"]


def conference_rooms(rng: R) -> str:
    rooms = [
        "Ada Lovelace",
        "Grace Hopper",
        "Alan Turing",
        "Marie Curie",
        "Nelson Mandela",
        "Rosalind Franklin",
        "Albert Einstein",
        "Florence Nightingale",
        "Mahatma Gandhi",
        "Wangari Maathai",
    ]
    rng.shuffle(rooms)
    out = [f"Room bookings – {_d(rng).strftime('%A %d %B %Y')}", ""]
    for r in rooms[: rng.randint(4, 7)]:
        h = rng.randint(8, 16)
        out.append(
            f"{r} Room ({rng.randint(4, 40)} seats): {h:02d}:00–{h + rng.randint(1, 3):02d}:00 "
            f"{rng.choice(MEETINGS)} – booked by {rng.choice(BOOKERS)}"
        )
    out += [
        "",
        "Catering orders to Facilities by noon the day before. The Turing Award lecture is streamed in the atrium.",
    ]
    return "\n".join(out)


def grant_call(rng: R) -> str:
    fund = rng.choice(
        [
            "Horizon Child Safety Programme",
            "Nuffield-style Research Fund",
            "Wellcome Discovery Award",
            "Marie Skłodowska-Curie Actions – Doctoral Networks",
            "Fulbright Scholar Program",
        ]
    )
    out = [
        f"Call for proposals – {fund}",
        "",
        f"Call identifier: {rng.choice(['HORIZON', 'MSCA', 'CSP'])}-{rng.randint(2024, 2026)}-"
        f"{letters(rng, 2)}-{rng.randint(1, 99):02d}",
        f"Budget: €{rng.randint(2, 90)} million; typical grant €{rng.randint(150, 2500)}k; duration "
        f"{rng.randint(24, 60)} months.",
        f"Deadline: {_d(rng, 2025).strftime('%d %B %Y')}, 17:00 CET.",
        "",
        "Eligibility: the Principal Investigator must hold a PhD; the Host Institution signs the Grant Agreement.",
        f"Previous grant numbers for reference: {', '.join(f'{rng.randint(100000, 999999)}' for _ in range(3))}; "
        f"EP/{letters(rng, 1)}{digits(rng, 6)}/1.",
        "Contact the National Contact Point in your country. Do not include personal data of research participants "
        "in the proposal.",
    ]
    return "\n".join(out)


def sports_fixtures(rng: R) -> str:
    venues = [
        "Estadio Santiago Bernabéu",
        "Stade Pierre-Mauroy",
        "Johan Cruijff ArenA",
        "Stadio Giuseppe Meazza",
        "Arthur Ashe Stadium",
        "Rod Laver Arena",
        "Croke Park",
        "Fritz-Walter-Stadion",
        "Philippe Chatrier court",
    ]
    clubs = [
        "Ajax U17",
        "Celtic Youth",
        "FC Porto B",
        "Real Sociedad C",
        "Shamrock Rovers U19",
        "Ferencváros II",
        "Bohemians Girls",
        "Kaiserslautern U16",
        "Olympique Lyonnais F",
    ]
    out = [f"Youth tournament fixtures – {_d(rng).strftime('%d/%m')}", ""]
    for _ in range(rng.randint(4, 7)):
        a, b = rng.sample(clubs, 2)
        out.append(f"{rng.randint(9, 19):02d}:{rng.choice(['00', '30'])}  {a:<22} v {b:<22} @ {rng.choice(venues)}")
    out += [
        "",
        "Results last round: "
        + "; ".join(f"{rng.choice(clubs)} {rng.randint(0, 5)}-{rng.randint(0, 5)}" for _ in range(3)),
        "Player registrations close 48h before kick-off. Under-12s play 7-a-side.",
    ]
    return "\n".join(out)
