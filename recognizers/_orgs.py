"""Names that are not people, as data: firms and brands named after their founders, and rooms, buildings and
institutions named after someone (helpers only; no recognizer here).

"Wells Fargo", "Morgan Stanley", "Johnson & Johnson", "the Lincoln Room", "Franklin Hall": capitalised words that
read as a first name and a surname, but name no person in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ._latin_cues import foreign_not_a_name
from ._names import (
    FIRST_NAMES,
    FIRST_NAMES_ALL,
    FREQUENT_SURNAMES,
    LAST_NAMES,
    LAST_NAMES_ALL,
    NOUNS,
    PLACE_NAMES,
    _lexicon,
)
from ._person_context_rules import ROLE_NOUNS
from ._person_rules import OWNED
from ._places import known_place_loose
from ._recognizer_helpers import line_of

# Firms and brands whose names are people's names. Matched as whole words, case-insensitively.
FIRMS = (
    "Wells Fargo", "Morgan Stanley", "Charles Schwab", "Harley-Davidson", "Harley Davidson", "Johnson & Johnson",
    "Goldman Sachs", "Merrill Lynch", "Edward Jones", "Raymond James", "Dow Jones", "Ernst & Young",
    "Procter & Gamble", "Marks & Spencer", "Dolce & Gabbana", "Ben & Jerry's", "Black & Decker", "Allen & Overy",
    "Simon & Schuster", "Eli Lilly", "John Deere", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger",
    "Louis Vuitton", "Estée Lauder", "Estee Lauder", "Hewlett-Packard", "Hewlett Packard", "Walt Disney",
    "Philip Morris", "Lockheed Martin", "Booz Allen", "Booz Allen Hamilton", "Sherwin-Williams", "Jones Day",
    "Baker McKenzie", "Clifford Chance", "Johnson Controls", "Dr Pepper", "Trader Joe's", "Charles River",
    "Thomson Reuters", "Bristol Myers", "Bristol-Myers Squibb", "Abbott Laboratories", "Pfizer", "Levi Strauss",
    "Paul Smith", "Ted Baker", "Hugo Boss", "Giorgio Armani", "Coco Chanel", "Christian Dior", "Kate Spade",
    "Michael Kors", "Marc Jacobs", "Tory Burch", "Vera Wang", "Stella McCartney", "Martha Stewart Living",
    "Sam's Club", "Macy's", "Kohl's", "Dillard's", "Wendy's", "Arby's", "Hardee's", "Denny's", "Papa John's",
    "McDonald's", "Carl's Jr", "Dunkin Donuts", "Jack Daniel's", "Jim Beam", "Johnnie Walker", "Ben Sherman",
    "Fred Perry", "Tommy Bahama", "Rolls-Royce", "Rolls Royce", "Aston Martin", "Mercedes-Benz", "Mercedes Benz",
    "Alfa Romeo", "Enterprise Holdings", "Jenny Craig", "Betty Crocker", "Sara Lee", "Kraft Heinz",
    "Warner Bros", "Warner Brothers", "Lehman Brothers", "Salomon Brothers", "Smith Barney", "Dean Witter",
    "Charles Tyrwhitt", "Cushman & Wakefield", "Jones Lang LaSalle", "Keller Williams", "Coldwell Banker",
    "Sotheby's", "Christie's", "Bain Capital", "Arthur Andersen", "Grant Thornton", "Moss Adams", "Baker Tilly",
    "Marsh McLennan", "Aon", "Freddie Mac", "Fannie Mae", "Sallie Mae", "Ginnie Mae", "Tim Hortons",
    "Hobby Lobby", "Barnes & Noble", "Crate & Barrel", "Williams-Sonoma", "Bath & Body Works", "Abercrombie & Fitch",
    "Thomson Reuters", "Thompson Reuters", "Krispy Kreme", "Morrison Foerster", "Latham & Watkins", "Kirkland & Ellis",
    "Sullivan & Cromwell", "Davis Polk", "Wachtell Lipton", "Weil Gotshal",
    "Arnold & Porter", "Hogan Lovells", "Freshfields", "Linklaters", "Slaughter and May", "Herbert Smith Freehills",
    "Jack in the Box", "Chick-fil-A", "Ben & Jerry", "Baskin-Robbins", "Dunkin'", "Peet's", "Tim Horton's",
    "Ernst and Young", "Deloitte", "McKinsey", "Kellogg's", "Campbell's", "Hershey's",
    "Mrs. Fields", "Little Caesars", "Marie Callender's", "Ruth's Chris", "Morton's", "P.F. Chang's",
    "Louis Dreyfus", "Cargill", "JPMorgan", "J.P. Morgan", "JP Morgan",
    "Piper Sandler", "T. Rowe Price",
    "Franklin Templeton", "Janus Henderson", "Baillie Gifford", "Hargreaves Lansdown", "Brewin Dolphin",
    "Sephora", "Lancôme", "Yves Saint Laurent", "Saint Laurent",
    "Hermès", "Tiffany & Co", "Van Cleef & Arpels",
    "Dr. Martens", "Doc Martens", "Levi's", "Oscar de la Renta",
    "Stuart Weitzman", "Jimmy Choo", "Manolo Blahnik", "Christian Louboutin",
    "Ford Motor", "Lamborghini", "Bugatti", "Maserati",
    "Chevrolet", "Citroën", "Peugeot", "Toyota",
    "Berkshire Hathaway", "Reed Elsevier", "T Rowe Price", "Wolters Kluwer", "Dow Chemical", "Kimberly-Clark",
    "Johnson Matthey", "Sainsbury's",
    "Marks and Spencer", "Harrods", "Selfridges", "Debenhams", "Lloyd's", "Barclays",
    "Schroders", "Rathbones", "Trader Joe", "Lowe's",
    "Wegmans", "Publix",
    "Ritz-Carlton", "Carnegie Mellon", "Johns Hopkins", "Mayo Clinic", "Cleveland Clinic",
    "Henry Schein", "Herman Miller", "Perkins Coie", "Baker Botts", "Skadden", "Avery Dennison", "Dow Corning",
    "Harris Teeter", "Sherwin Williams", "Hamilton Beach", "Ronald McDonald House", "Arthur J. Gallagher",
    # Brands and stores named after a founder, with a first name: the text still says when one is a person.
    "John Lewis", "Saks Fifth Avenue", "Eddie Bauer", "Laura Ashley", "Jo Malone", "Harvey Nichols", "Bobbi Brown",
    "Mary Kay", "Tom Ford", "Paul Mitchell", "Vidal Sassoon", "Liz Claiborne", "Anne Klein", "Kenneth Cole",
    "Dr. Pepper",
)  # fmt: skip
_FIRM_RE = re.compile(
    r"(?<![\w'’\-])(?:"
    # "Johnson & Johnson" is also written "Johnson and Johnson".
    + "|".join(re.escape(f).replace(r"\ ", r"[ \t]+").replace(r"\&", "(?:&|and)") for f in FIRMS)
    + r")(?![\w\-])"
)
# The same names typed in lower case ("the morgan stanley volunteers", "harley davidson ride"): only for a span
# that is itself in lower case (a capitalised "Paul Smith" stays a person unless written where a firm is).
_FIRM_RE_LOWER = re.compile(_FIRM_RE.pattern.replace("(?:", "(?i:", 1))
# A listed firm that reads as a first name and a surname ("Edward Jones", "Paul Smith", "Sara Lee") is a person
# where the text says so: a role or a naming word right before it ("her stepfather Edward Jones", "Emergency
# contact: Sara Lee", "called paul smith"), or an age, a bracketed relation or a person's verb right after it
# ("Edward Jones, 45,", "Sara Lee (aunt)", "Ted Baker keeps texting"). A leak costs more than a redacted brand.
_FIRM_ROLES = {"employer", "sponsor"}  # roles a firm holds as often as a person: no cue
_PERSON_BEFORE_FIRM = re.compile(
    r"(?i:\b(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(ROLE_NOUNS) - _FIRM_ROLES, key=len, reverse=True)
    )
    + r"|mr|mrs|ms|mx|miss|dr|prof|rev|sgt|det|name|named|called|contact|emergency contact|next of kin|"
    r"i'?m|i am|this is|my name is|his name is|her name is|signed|"
    # A gift's dedication names a person ("In honor of Sara Lee's birthday", "Tribute card to Paul Smith").
    r"in[ \t]+hono(?:u)?r[ \t]+of|in[ \t]+(?:loving[ \t]+)?memory[ \t]+of|tribute(?:[ \t]+card)?[ \t]+to)"
    r"\b\.?)[ \t]*[:\-–,]?[ \t]*(?:(?:is|was)[ \t]+)?$"
)
_PERSON_AFTER_FIRM = re.compile(
    r"(?:,[ \t]*(?:aged[ \t]+)?\d{1,2}(?![\d%.:/\-])"  # not "(12)": "Morgan Stanley (12)" is a rank as often
    r"|[ \t]*\((?i:aunt|uncle|mother|father|mum|mom|dad|son|daughter|brother|sister|cousin|friend|neighbou?r|"
    r"grandmother|grandfather|grandma|grandpa|wife|husband|partner|boyfriend|girlfriend|guardian|stepfather|"
    r"stepmother|m|f|male|female|dob|age)\b"
    r"|[ \t]+(?:texted|texts|keeps|kept|hit|hits|touched|threatened|abused|groomed|lives|lived|"
    r"is[ \t]+(?:my|her|his|their|a|an|the)[ \t]+(?:\w+[ \t]+)?(?:"
    + "|".join(re.escape(w) for w in ROLE_NOUNS if " " not in w)
    + r"))\b)"
)


def _named_person(text: str, a: int, b: int) -> bool:
    """Whether the words text[a:b] (a listed firm's, or any name's) are written as a person named so."""
    words = text[a:b].split()
    if len(words) < 2 or words[0].casefold().strip(".") not in FIRST_NAMES_ALL:
        return False  # "Wells Fargo", "Goldman Sachs": no first name, a firm whatever the context
    return bool(_PERSON_BEFORE_FIRM.search(text, max(0, a - 40), a) or _PERSON_AFTER_FIRM.match(text, b))


# "Hartley & Hartley", "Baker & Finch LLP": a name joined to itself, or names before a firm's ending, are a firm
# ("Maria & Jose" are two people).
_AMPERSAND_FIRM = re.compile(
    r"(?P<a>[A-Z][\w'’\-]*)[ \t]*&[ \t]*(?P=a)\b"
    r"|[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*[ \t]*&[ \t]*[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*"
    r",?[ \t]+(?:LLP|LLC|Inc|Co|Ltd|PLC|GmbH|Sons|Partners|Associates|Company)\b"
)
# What a name is the name of, when one of these words follows it, by category (data, not branches). None of
# them is a common surname: "Hall", "Wing", "Tower" and "Brothers" are, and count only after "the" or "in"/"at"
# (SURNAME_FACILITIES below).
# Legal forms, also after a comma ("Hartley Sons, Inc.").
LEGAL_FORMS = (
    "Inc", "Incorporated", "LLC", "L.L.C", "LLP", "LP", "PLLC", "Ltd", "Limited", "Corp", "Corporation",
    "Company", "Co", "GmbH", "AG", "KG", "SA", "SAS", "NV", "BV", "Pty", "PLC", "plc", "Oy", "ASA",
)  # fmt: skip
ORG_SUFFIXES = (
    "Holdings", "Group", "Partners", "Partnership", "Associates", "Advisors", "Advisers", "Capital", "Ventures",
    "Enterprises", "Industries", "Securities", "Investments", "Trust", "Bank", "Bancorp", "Financial", "Insurance",
    "Foundation", "Philanthropies", "Fund", "Charitable", "Institute", "Society", "Association", "Council",
    "Pharmaceuticals", "Pharma", "Laboratories", "Labs", "Technologies", "Systems", "Solutions", "Software",
    "Consulting", "Logistics", "Motors", "Motor Company", "Dealership", "Realty", "Properties", "Construction",
    "Engineering", "Architects", "Publishing", "Publishers", "Media", "Studios", "Pictures", "Records",
    "Entertainment", "Productions", "Foods", "Brewing", "Brewery", "Winery", "Vineyards", "Bakery", "Restaurant",
    "Cafe", "Café", "Diner", "Catering", "Hotels", "Hotel", "Resorts", "Airlines", "Airways", "Shipping",
    "Freight", "Trucking", "Plumbing", "Electric", "Roofing", "Landscaping", "Cleaning", "Staffing", "Recruitment",
    "Dental", "Clinic", "Pharmacy", "Optical", "Healthcare", "Health", "Medical", "Law Firm", "Law Group",
    "Orchestra", "Philharmonic", "Symphony", "Band", "Choir", "Chorus", "Ensemble", "Quartet", "Trio", "Quintet",
    "& Sons", "and Sons", "& Son", "& Daughters", "& Co", "& Co.", "& Partners", "& Associates",
    "Charities", "Inn", "Motel", "Suites", "Outfitters", "Apparel", "Cosmetics", "Jewelers", "Jewellers",
    "Furniture", "Appliances", "Electronics", "Instruments", "Mutual", "Bros", "Bros.", "Supplies", "Supply",
    "Services", "Printing", "Print", "Transit", "Transport", "Transportation", "Solicitors", "Attorneys",
    "Accountants", "Interiors", "Marketing", "Communications", "Giving", "Creative", "Press", "Design", "Designs",
    "Agency", "Collective", "Works", "Workshop", "Cooperative", "Co-op", "Digital", "Interactive", "Initiative",
    "Project", "Program", "Programme", "Campaign", "Network", "Alliance", "Coalition", "Commission", "Committee",
    "Forum", "League", "Club", "Federation", "Collaborative", "Consortium",
    "Support", "Team", "Desk", "Panel", "Department", "Operations",
    "Hosting", "Networks", "Telecom", "Analytics", "Signage", "Rentals", "Couriers", "Movers", "Removals",
    # shops and trades (none a common surname: "Coffee", "Books", "Market" are, and stay out)
    "Outdoor", "Outdoors", "Mart", "Farms", "Roasters", "Boutique", "Salon", "Fitness", "Auto", "Autos",
    "Wholesale", "Provisions", "Textiles", "Hardware", "Flooring", "Cycles", "Pets", "Nursery", "Florist",
    "Grocers", "Deli", "Army", "Wines", "Spirits", "Life", "Customer Care", "Customer Service", "Customer Support",
)  # fmt: skip
# Buildings, rooms, institutions and the parts of a campus named after someone.
FACILITIES = (
    "Room", "Rooms", "Building", "Bldg", "Center", "Centre", "Library", "Auditorium", "Theater", "Theatre",
    "Stadium", "Arena", "Lounge", "Lobby", "Gallery", "Pavilion", "Elementary", "Middle School", "High School",
    "School", "Academy", "University", "College", "Hospital", "Memorial", "Conference Room", "Boardroom",
    "Ballroom", "Suite", "Annex", "Atrium", "Chapel", "Cathedral", "Museum", "Observatory", "Planetarium",
    "Amphitheater", "Amphitheatre", "Fieldhouse", "Gymnasium", "Gym", "Natatorium", "Quad", "Quadrangle",
    "Plaza", "Residence", "Dormitory", "Dorm", "Complex", "Institute", "Laboratory", "Lab", "Clinic", "Unit",
    "Boulevard", "Blvd", "Avenue", "Ave", "Parkway", "Pkwy", "Highway", "Hwy", "Expressway", "Freeway",
    "Turnpike", "Data Center", "Data Centre", "Terminal", "Concourse", "Garage", "Warehouse", "Campus",
    "Mall", "Galleria", "Station", "Airport", "Pier", "Marina", "Depot", "Cafeteria", "Canteen", "Kitchen",
    "Studio",
)  # fmt: skip
# Prizes, grants and events named after someone.
AWARDS = (
    "Prize", "Award", "Awards", "Medal", "Fellowship", "Fellowships", "Scholarship", "Scholarships", "Lecture",
    "Lectures", "Trophy", "Cup", "Endowment", "Professorship", "Invitational", "Fellow", "Fellows", "Laureate",
    "Laureates", "Lectureship", "Classic", "Marathon", "Gala", "Symposium", "Memorial Fund", "Bursary", "Bursaries",
)  # fmt: skip
# Products, tools and works named after someone: "the Jenkins pipeline", "a Dyson vacuum", "Hubble telescope".
PRODUCTS = (
    "pipeline", "plugin", "plug-in", "server", "cluster", "framework", "library", "package", "SDK", "API",
    "app", "edition", "model", "series", "release", "build", "engine", "console", "vacuum", "telescope",
    "algorithm", "theorem", "equation", "effect", "syndrome", "disease", "method", "scale", "index", "test",
    "jacket", "jeans", "shoes", "sneakers", "handbag", "bag", "perfume", "whiskey", "whisky", "bourbon",
    "assessment", "questionnaire", "inventory", "checklist", "scheduler", "queue", "rotation",
)  # fmt: skip
# Surnames that are also the name of a building's part: a facility only after "the" or a place preposition before
# a single capitalised word ("in Franklin Hall", "the Fletcher Wing"; not "Veronica Hall").
SURNAME_FACILITIES = (
    "Hall", "Halls", "Wing", "Tower", "Towers", "House", "Field", "Fields", "Park", "Court", "Gardens", "Garden",
    "Square", "Street", "Avenue", "Road", "Bridge", "Brothers", "Bros", "Ward", "Grant", "Block", "Blocks",
)  # fmt: skip


def _alternation(words: tuple[str, ...]) -> str:
    escaped = sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


# A firm's trade in capitals after its name: "Hartwell AV", "Brisk IT", "Okafor PR" (not a credential: "RN", "MD").
ORG_ACRONYMS = ("AV", "IT", "HR", "PR", "TV", "AI", "UK", "USA", "EU", "CPA", "ICT")
# What is named after someone without being them: laws, reactions and theorems, tools and dishes ("Beer–Lambert
# law", "Buchwald–Hartwig amination", "Allen key", "Bunsen burner", "Bakewell tart"); with "'s" only the kinds
# a person's own things are not ("Murphy's law", "Parkinson's disease"; not "Maria's test").
_EPONYM_AFTER = re.compile(
    # (a second name joined to it first: "Jones and HOMFLY-PT polynomials")
    r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w\-]*)?"
    r"[ \t]+(?:laws?|equations?|coupling|reactions?|amination|rearrangement|synthesis|condensation|olefination|"
    # mathematics' and games' objects named after their finders: "Jones polynomial", "Rolfsen table", "Jacoby
    # transfer", "Fibonacci numbers"
    r"polynomials?|invariants?|numbers|sequences?|notation|tables?|transfers?|conventions|"
    r"effect|principle|theorem|lemma|conjecture|constant|algorithm|distribution|transform|"
    r"diagram|curve|criterion|paradox|hypothesis|inequality|integral|matrix|key|wrench|"
    r"screwdriver|valve|burner|flask|funnel|tube|clamp|jar|tart|steak|sandwich|pudding|knot|manoeuvre|maneuver|"
    r"syndrome|disease|coefficient|razor|"
    # Pacts and games named after a place or a person: "Geneva Convention", "King's Gambit". (Not words a sentence
    # may go on with after a name: "saw Tyler opening the door", "Jake cycle past".)
    r"convention|treaty|accords?|gambit|defen[cs]e|variation|"
    # a period or a style named after a person or a house: "Victorian era", "Art Nouveau era", "Ming dynasty"
    r"eras?|period|dynasty|style|movement)\b|"
    r"['’]s[ \t]+(?:laws?|gambit|theorem|principle|disease|syndrome|"
    r"paradox|razor|constant|equation|rule)\b|"
    # a chess opening and its variation: "Ruy Lopez, Berlin Defence", "Caro-Kann, Advance Variation"
    r",[ \t]+[A-Z]\w+[ \t]+(?:Defen[cs]e|Variation|Gambit|Attack)\b"
)
# The capitalised head of a place or a pact named after a town or a person, inside the words found.
# (Not "Law" or "Effect": surnames too, "Jude Law".)
_NAMED_HEAD = re.compile(r"Area|Zone|Convention|Agreement|Treaty|Accords?|Act|Acts|Directive|Ordinance|Statute")
# A sports club's name after its town or its emblem: "Blue Heron FC", "Old Forge Athletic" (not "City" or "Town":
# "Quezon City" is a place).
_CLUB_AFTER = re.compile(
    r"[ \t]+(?:FC|AFC|SC|CF|RFC|RLFC|United|Athletic|Albion|Rovers|Wanderers|Celtic|Olympic|Swifts|Harriers|"
    r"Rangers|Hotspur)(?![\w'’\-])"
)
# The last word of a street's or a quay's name ("Marsh Lane", "Saltmarsh Quay" on a timetable): after a first word
# that is no given name, a place ("Nathan Lane" stays a person).
_STREET_LAST = frozenset(
    "Lane Quay Road Street Avenue Drive Parkway Crescent Terrace Wharf Mews Boulevard Embankment Causeway".split()
)
# The 88 constellations (IAU): a star catalogue's column, no person ("Ursa Major", "Lyra", "Carina").
_CONSTELLATIONS = frozenset(
    "Andromeda|Antlia|Apus|Aquarius|Aquila|Ara|Aries|Auriga|Boötes|Bootes|Caelum|Camelopardalis|Cancer|Canes Venatici|"
    "Canis Major|Canis Minor|Capricornus|Carina|Cassiopeia|Centaurus|Cepheus|Cetus|Chamaeleon|Circinus|Columba|"
    "Coma Berenices|Corona Australis|Corona Borealis|Corvus|Crater|Crux|Cygnus|Delphinus|Dorado|Draco|Equuleus|"
    "Eridanus|Fornax|Gemini|Grus|Hercules|Horologium|Hydra|Hydrus|Indus|Lacerta|Leo|Leo Minor|Lepus|Libra|Lupus|"
    "Lynx|Lyra|Mensa|Microscopium|Monoceros|Musca|Norma|Octans|Ophiuchus|Orion|Pavo|Pegasus|Perseus|Phoenix|"
    "Pictor|Pisces|Piscis Austrinus|Puppis|Pyxis|Reticulum|Sagitta|Sagittarius|Scorpius|Sculptor|Scutum|Serpens|"
    "Sextans|Taurus|Telescopium|Triangulum|Triangulum Australe|Tucana|Ursa Major|Ursa Minor|Vela|Virgo|Volans|"
    "Vulpecula".split("|")
)
# A text about the sky: a catalogue's or an observing log's words (not "Dec", "RA" or "M25": a date's month, an
# abbreviation and a motorway would make "Leo" or "Orion" no person).
_STAR_TABLE = re.compile(
    r"\b(?:constellation|nebula|galaxy|galaxies|star cluster|open cluster|magnitude|right ascension|declination|"
    r"J2000|HD \d|HIP \d|NGC \d|Messier|light[- ]years?|parsecs?)\b"
)
# A sports club's prefix, and club words that read as surnames ("FC Blau-Weiss", "Borussia", "Lokomotiv").
_CLUB_BEFORE = re.compile(r"\b(?:FC|AFC|CF|SC|SV|VfB|VfL|TSV|FK|NK|SK|IF|BK|KV|KRC|RSC|RC|CD|AC|AS|SS|US)[ \t]+$")
# A building or an institution whose name follows its kind, as the partners' languages write them: "Estádio
# Nacional", "Lycée Victor Hugo", "Colegio San Ignacio", "Stade Pierre Mauroy", "Hotel Bristol".
_FACILITY_FIRST = frozenset(
    "estádio estadio stade stadion stadio colegio colégio collège college lycée liceo liceu école ecole escuela "
    "escola scuola istituto instituto institut hôpital hopital ospedale clínica clinica clinique klinikum "
    "hotel hôtel hostal albergo universidad universidade université universita università uniwersytet teatro "
    "théâtre theatre museo musée museu muzeum parque parc parco aeropuerto aéroport aeroporto lotnisko gare "
    "estación estação stazione igreja iglesia église chiesa kościół basilica basílica catedral cathédrale "
    "palacio palais palazzo pałac centro centre polideportivo pabellón gimnasio ginásio szkoła gimnazjum liceum "
    "salle sala saal hörsaal aula zaal villa pension pensione gasthof gasthaus".split()
)
_KIND_BEFORE = re.compile(
    r"\b(?P<kind>\w+)[ \t]+(?:(?:de|del|da|do|dos|das|di|du|des|la|le|les|el|los|las|San|Santa|São|St|Ste|Saint|"
    r"Sainte|im|am)\.?[ \t]+)?$"
)


def _facility_first(text: str, start: int, value: str) -> bool:
    """The kind of a building, capitalised, as the name's first word or right before it ("Lycée Victor Hugo")."""
    first = value.split(maxsplit=1)[0]
    if " " in value and first[:1].isupper() and first.casefold() in _FACILITY_FIRST:
        return True
    m = _KIND_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group("kind")[:1].isupper() and m.group("kind").casefold() in _FACILITY_FIRST


# A playlist's or an album's track: its number, the artist, a dash, the title and its length ("(7:04)").
_TRACK_LINE = re.compile(
    r"[ \t]*\d{1,3}[.)][ \t]*[^\n]{1,80}?[ \t][-–—][ \t][^\n]{1,80}?[ \t][(\[]\d{1,2}:\d\d[)\]]"
    r"(?:[ \t]*[(\[][^)\]\n]{1,30}[)\]])*[ \t]*$",
    re.MULTILINE,
)
# A reference's publisher: "(Wiley, 2014) ISBN …", "(Sage, 2024) pp. 12-30".
_PUBLISHER_AFTER = re.compile(r",[ \t]*(?:1[5-9]|20)\d\d\)[ \t]*(?:ISBN|ISSN|doi|DOI|pp?\.)")
_CLUBS = frozenset("Borussia Lokomotiv Dynamo Dinamo Sporting Olympique Wanderers Rovers Rangers Hotspur".split())
_NAMED_AFTER = re.compile(
    r"(?:,?[ \t]+"
    + _alternation(LEGAL_FORMS)
    + r"\.?"
    # (one blank before the head: "Lusine Hovhannisyan   Team: Tusla" is a name and a form's next field)
    + r"|[ ](?:"
    + _alternation(ORG_SUFFIXES)
    + "|"
    + _alternation(FACILITIES)
    + "|"
    + _alternation(AWARDS)
    + "|"
    + _alternation(ORG_ACRONYMS)
    + "))"
    # (Not before a number: "Ann Roe Suite 541" is a name and then an address; a clock is no address: "Lovelace
    # Suite 11:00-12:00".)
    + r"(?![\w'’\-])(?![ \t]*#?\d(?!\d?[:.]\d\d\b))"
)
# A prize or an event before its year or number: "Carrington Cup 5K", "Hendricks Prize 2024".
_AWARD_AFTER = re.compile(r"[ \t]+" + _alternation(AWARDS) + r"(?![\w'’\-])")
_PRODUCT_AFTER = re.compile(r"[ \t]+" + _alternation(PRODUCTS) + r"(?![\w'’\-])")
_SURNAME_FACILITY_AFTER = re.compile(r"[ \t]+" + _alternation(SURNAME_FACILITIES) + r"(?![\w'’\-])")
# An agenda's line up to its room: a clock at the line's start, a dash before the room. (Searched from the line's
# start: "^" matches there only in MULTILINE mode.)
_AGENDA_VENUE = re.compile(r"^[ \t]*\d{1,2}[:.]\d\d\b[^\n]*[ \t][—–\-][ \t]*$", re.MULTILINE)
# "the Fletcher Wing", "in Franklin Hall", "at Ellison House": a determiner or a place preposition before.
# Lower-case head nouns after a capitalised name that make it the name of a thing, not of a person: "the Hamilton
# team", "Harrison cluster", "the Heimlich manoeuvre", "a Miele dishwasher", "Schwab rewards", "the Jefferson room
# calendars". None of them is a person's belonging or kin ("the Garcia family", "Maria's phone" stay names), and none
# a work of art (person.py reads "a Sokolov novel" as its author).
THINGS = (
    # teams, systems and work queues
    "team", "teams", "squad", "queue", "cluster", "server", "servers", "node", "nodes", "pipeline", "repo",
    "repository", "branch", "rollout", "deployment", "instance", "database",
    "workspace", "tenant", "environment", "integration", "connector", "plugin", "plug-in", "module", "dashboard",
    "portal", "platform", "data center", "data centre", "datacenter", "rack", "subnet", "network", "router",
    # programmes, funds and money
    "program", "programs", "programme", "programmes", "grant", "grants", "scholarship", "scholarships",
    "fellowship", "fellowships", "prize", "award", "awards", "fund", "endowment",
    "initiative", "project", "partnership", "sponsorship", "rewards", "card", "cards", "loan",
    "portfolio", "brokerage", "checking", "savings", "matching", "tickets", "voucher", "vouchers",
    # rooms, buildings and events
    "room", "rooms", "ballroom", "boardroom", "lobby", "wing", "building", "campus", "auditorium", "library",
    "gym", "lab", "laboratory", "office", "offices", "branch office", "annex", "stairwell", "elevator", "garage",
    "warehouse", "stadium", "arena", "theater", "theatre", "hall", "halls", "center", "centre", "hospital",
    "clinic", "school", "university", "college", "academy", "museum", "gallery", "foundation", "institute",
    "festival", "conference", "summit", "lecture", "lectures", "gala", "dinner", "luncheon", "breakfast",
    "tournament", "classic", "marathon", "calendar", "calendars", "booking", "bookings", "booth",
    "car", "cars", "vehicle", "vehicles", "statue", "monument", "plaque", "mural",
    "board", "committee", "council", "panel", "trustees", "exhibit", "exhibition", "display", "collection",
    # terms, tests and conditions named after someone
    "score", "scale", "method", "theory", "theorem", "equation", "principle",
    "effect", "syndrome", "disease", "procedure", "manoeuvre", "maneuver", "technique", "protocol", "criteria",
    "classification", "hierarchy", "index", "formula", "curve", "distribution", "constant",
    "counter", "burner", "boson", "transform", "chain", "sequence", "lymphoma", "sarcoma", "palsy", "code",
    "coefficient", "diagram", "ratio", "paradox", "machine", "notation", "matrix", "operator", "integral",
    "polynomial", "dish", "engine",
    "algorithm", "reflex", "inventory", "questionnaire", "curriculum", "framework",
    # products
    "vacuum", "dishwasher", "blender", "toaster", "mixer", "printer", "printers", "laptop", "laptops", "tablet",
    "chair", "chairs", "desk", "desks", "van", "vans", "truck", "trucks", "bike", "bikes", "motorcycle",
    "headphones", "speakers", "jeans", "sneakers", "shoes", "handbag", "perfume", "whiskey", "whisky",
    "bourbon", "guitar", "piano", "license", "licence", "licenses", "licences", "subscription", "edition",
    "series", "product", "products", "brand", "brands", "store", "stores", "outlet", "franchise", "dealership",
    "backpack", "backpacks", "bag", "bags", "lamp", "lamps", "shredder", "cabinet", "headset", "headsets",
    "charger", "chargers", "monitor", "monitors", "keyboard", "camera", "cameras", "boots", "jacket", "jackets",
    "hoodie", "hoodies", "shirts", "t-shirts", "cereal", "crackers", "cookies", "juice", "wifi", "wi-fi",
    # catalogue lines: furniture and homeware named like people ("Everett ottoman", "Rowan planters")
    "sofa", "sofas", "ottoman", "ottomans", "bookshelf", "bookcase", "armchair", "armchairs", "loveseat", "rug",
    "rugs", "pillow", "pillows", "cushion", "cushions", "candle", "candles", "planter", "planters", "mug", "mugs",
    "tote", "totes", "notebook", "notebooks", "blanket", "blankets", "towel", "towels", "vase", "vases", "stool",
    "stools", "sideboard", "dresser", "mattress", "mirror", "kettle", "tumbler", "tumblers", "sconce", "pendant",
    "duvet", "quilt", "nightstand", "credenza", "recliner", "throw", "bot", "chatbot",
    # rooms named in lower case after someone ("the Frida Kahlo studio")
    "studio", "studios",
)  # fmt: skip
_THING_AFTER = re.compile(
    r"(?:[ \t]+(?:and|&|or)[ \t]+[A-Z][\w'’\-]*)?[ \t]+"
    + "(?:"
    + "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in THINGS), key=len, reverse=True))
    + r")(?![\w'’\-])"
)
# Parts of a building or of a process, after its name: "Ashby Hall storage", "the Kessler referral pathway".
_PLACE_PARTS = (
    "storage", "basement", "closet", "cupboard", "lawn", "steps", "entrance", "foyer", "kitchen", "parking", "lot",
    "dock", "loading dock", "roof", "courtyard", "patio", "corridor", "hallway", "stairs", "restrooms", "pathway",
    "toolkit", "guide",
)  # fmt: skip
_SURNAME_FACILITY_THEN_PART = re.compile(r"[ \t]+" + _alternation(_PLACE_PARTS + THINGS) + r"(?![\w'’\-])")
# A lower-case word before a thing: "the Hamilton data center", "Yale law clinics", "the Turing on-call rotation".
_MODIFIERS = (
    "law", "data", "medical", "dental", "community", "research", "youth", "summer", "winter", "training",
    "conference", "meeting", "board", "staging", "production", "support", "sales", "design", "marketing",
    "engineering", "finance", "legal", "night", "weekend", "donor", "alumni", "student", "nursing", "business",
    "health", "press", "media", "art", "music", "sports", "science", "on-call", "test", "backup", "main", "new",
    "old", "east", "west", "north", "south", "upper", "lower", "annual", "memorial", "charity", "scholarship",
    "outreach", "partner", "partnership", "pro bono", "grant", "prize", "award", "reading", "computer", "tech",
    "referral", "storage", "parking", "loading", "pool", "fleet", "rental", "company",
)  # fmt: skip
_THING_AFTER_MODIFIER = re.compile(
    r"[ \t]+"
    + _alternation(_MODIFIERS)
    + r"[ \t]+"
    + _alternation(THINGS + _PLACE_PARTS + ("clinics", "rotation", "shift", "desk", "department", "unit", "ward"))
    + r"(?![\w'’\-])"
)
# "Jenkins build 4412", "the Hopper job #88": a thing's number after the name.
_THING_NUMBER_AFTER = re.compile(
    r"[ \t]+(?:build|release|version|model|test|job|run|batch|sprint|order|invoice|ticket|pipeline|node|server|"
    r"series|edition)[ \t]*#?[ \t]*\d"
)
# "the Kessler kiosk", "Whitfield parser", "Brinkley tote": a lone surname-like word right before a lower-case word
# that is only a noun (never a verb, an adjective or an adverb: "Smith hates", "Nguyen texts" stay names) names a
# thing after someone. Not before what follows a person's name in notes (age, phone, family, case …).
_NEXT_WORD = re.compile(r"[ \t]([a-z][a-z\-]{2,})(?![\w'’\-])")
_PERSON_NOUNS = frozenset(
    """age aged phone cell mobile email address dob tel number id ssn family families kid kids child children
    household home house residence apartment place property case file report matter incident account gift
    donation pledge twins boys girls boy girl brothers sisters siblings parents couple relatives estate grave
    funeral wedding birthday son daughter wife husband mother father mom dad baby today tonight yesterday tomorrow
    morning afternoon evening night week weekend month year years months weeks days hours time yesterday side
    party crew gang group friends friend people folks clan residence story statement interview history record
    records details info contact badge grandmother grandfather grandma grandpa aunt uncle cousin niece nephew
    stepdad stepmom stepfather stepmother boyfriend girlfriend partner ex trial hearing custody arrest conviction
    sentence probation lawsuit divorce adoption placement visit visitation investigation allegation allegations
    abuse assault injury injuries bruise bruises death murder disappearance rescue case's""".split()
)


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """WordNet's verbs, adjectives and adverbs, surnames among them ("strong", "young"), loaded once."""
    return _lexicon()


def _noun_only(word: str) -> bool:
    if word in _PERSON_NOUNS or word in STOP_WORDS or word.endswith(("ed", "ing", "en")):
        return False  # "Juha was born", "Kaczmarek was influenced", "Gerth had given"
    lex = lexicon_words()
    if word in NOUNS and word not in lex:
        return True
    stem = word[:-1] if word.endswith("s") else ""
    return bool(stem) and stem in NOUNS and stem not in lex and stem not in _PERSON_NOUNS


# A name's particle written after it, then its family: "Anna-Marie Dussen van and family" (no vehicle, "the Hamilton
# van").
_PARTICLE_THEN_FAMILY = re.compile(
    r"[ \t]+(?:van|von|de|der|den|da|di|du|le|la|ten|ter)[ \t]+and[ \t]+(?:family|kids|children|sons?|daughters?)\b"
)
# A title or a person's role right before the name: "Officer Ramirez badge 4410", "suspect Nguyen van".
_ROLE_BEFORE = re.compile(
    r"\b(?i:mr|mrs|ms|mx|miss|dr|prof|rev|fr|sgt|det|officer|detective|deputy|sergeant|agent|coach|teacher|pastor|"
    r"nurse|principal|suspect|victim|caller|reporter|donor|volunteer|client|patient|student|child|parent|guardian|"
    r"neighbou?r|landlord|tenant|mother|father|mom|dad|son|daughter|brother|sister|uncle|aunt|cousin|friend)"
    r"\.?[ \t]*:?[ \t]+$"
)
# A verb whose object is a person, before the name: "tell Jayden school is closed", "ask Maria Lopez room 4".
_PERSON_OBJECT_BEFORE = re.compile(
    r"\b(?i:tell|told|ask|asked|let|make|made|help|helped|remind|reminded|give|gave|show|showed|send|sent|bring|"
    r"brought|take|took|text|texted|call|called|message|messaged|pay|paid|got|get|drive|drove|pick|picked|meet|met|"
    r"saw|see|seen|visit|visited|hi|hey|dear|thanks)[ \t]+$"
)
# "Erikson's stages", "Parkinson's disease", "Newton's laws": a possessive before a term named after someone.
_TERM_AFTER_POSSESSIVE = re.compile(
    # (A bare apostrophe after an s too: "Bayes' theorem".)
    r"(?:['’]s|(?<=s)['’])[ \t]+"
    r"(?:disease|syndrome|lymphoma|law|laws|theorem|stages|hierarchy|principle|razor|paradox|constant|"
    r"method|rule|test|algorithm|equation|triad|sign|palsy|phenomenon|effect|cycle|pyramid|sarcoma|ataxia|"
    r"dementia|chorea|disorder|scale|model|theory|criteria|maneuver|manoeuvre|reflex|thyroiditis|encephalopathy|contracture|ulcer|fracture|anemia|anaemia|neuroma|anomaly|lymphadenopathy|cyst|esophagus|oesophagus)(?![\w'’\-])"
)
# A name, up to two more capitalised words (and an abbreviation's full stop), then a head noun: "Martin Luther King Jr.
# Community Center", "Abraham Lincoln High School", "Annie E. Casey Foundation", "Ronald McDonald House Charities".
_HEAD = _alternation(LEGAL_FORMS + ORG_SUFFIXES + FACILITIES + AWARDS)
_NAMED_AFTER_FAR = re.compile(
    r"\.?(?:[ \t]+&[ \t]+[A-Z][\w'’\-]*)?(?:[ ](?:[A-Z][\w'’\-]*\.?|[A-Z]\.)){0,3}?[ ]"
    + _HEAD
    # (one blank between the words: after a wide gap comes a form's next field, no part of a name)
    + r"(?:['’]s)?(?![\w'’\-])(?![ \t]*#?\d)"
)
# One name joined by "and" to another before a head noun: "the Smith and Wesson Foundation".
_AND_NAMED_AFTER = re.compile(
    r"[ \t]+and[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}?[ \t]+" + _HEAD + r"(?![\w'’\-])"
)
# "the Avery Fisher Hall", "the Anne Frank House": after "the", a name of two words before a surname-like facility.
# A room's or a venue's label: "Room: Harrison Suite 12", "Venue: Carnegie". ("(?<![^\n])" is a line's start, where
# the search window begins too, as "^" is not.)
_PLACE_LABEL_BEFORE = re.compile(
    r"(?:(?<![^\n])|\n|[|;])[ \t]*(?i:room|rooms|meeting[ \t]+room|venue|location|building|site|facility|hall|"
    r"space|ward|wing|campus)[ \t]*[:=|][ \t]*$"
)
# "Paddy O'Brien's pub", "Nonna Lucia's restaurant": a possessive before a place that sells food or drink.
_ESTABLISHMENT_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?i:pub|bar|tavern|diner|bistro|grill|pizzeria|pizza|deli|bakery|restaurant|steakhouse|"
    r"caf[eé]|brewery|winery|taproom|hardware|grocery|market|salon|florist|creamery|bagels|donuts)(?![\w'’\-])"
)
# A code just before a word in brackets makes the word its label: "commit 8d3e2f1 (Kepler)", "ISBN 978-0-06-112008-4
# (Lee)", "HEND-2024-07 (Hendricks)". The code has a digit and a letter or a dash (a plain number may be a case's).
_CODE_BEFORE_BRACKET = re.compile(r"(?:[A-Za-z][\w\-./]*\d|\d[\w./]*[A-Za-z\-][\w\-./]*)[ \t]*\($")
# A codename in quotes: "release train 'Lovelace'", "codename for the next one is \"Newton\"".
_CODENAME_BEFORE = re.compile(
    r"(?i:code[ \-]?name[ds]?|release|release[ \t]+train|version|sprint|milestone|build|branch|project|operation|"
    r"cluster|server|host|model)\b[^\n\"“'‘]{0,24}[\"“'‘]$"
)
# A ship's prefix: "the USS Ronald Reagan", "HMS Queen Elizabeth", "MV Mary Rose".
_SHIP_BEFORE = re.compile(r"\b(?:USS|HMS|HMAS|HMCS|HMNZS|RMS|MV|MS|SS|USNS|USCGC|NOAAS)[ \t]+$")
# Two single capitalised words joined by "&": a firm unless both are first names ("Baker & Taylor"; "Maria & Jose").
_SURNAME_PAIR_FIRM = re.compile(
    r"(?<![\w'’\-])(?P<a>[A-Z][a-z][\w'’\-]*)[ \t]*&[ \t]*(?P<b>[A-Z][a-z][\w'’\-]*)(?![\w'’\-])(?![ \t]+[A-Z])"
)
_SURNAME_FACILITY_AFTER_THE = re.compile(r"\b(?i:the)(?:[ \t]+[A-Z][\w'’\-]*){0,2}[ \t]+$")
# "ThinkPad", "OptiPlex", "ProSupport", "PowerEdge": a capital inside a word after three or more small letters marks a
# product, unless the parts are names ("MaryAnn", "AnnMarie", "MacArthur") or a surname's prefix ("VanBuren").
_CAMEL = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]+)\b")
_NAME_PREFIXES = frozenset("mac van von fitz del dal der den ter ten des les dela san st".split())
_FACILITY_BEFORE = re.compile(
    r"\b(?i:the|in|at|inside|outside|near|behind|into|across|toward|towards|venue|location|held)[ \t]*[:\]]?[ \t]+$"
)
# A building's part as the list item or the room right before a name that ends in one ("Churchill Room, Whitfield
# Hall", "Room 6.22, Rutherford Appleton Hall"), or as the item right after it ("Whitfield Hall and Faraday
# House"): a list of venues.
_VENUE_WORDS_RX = "|".join(re.escape(w) for w in FACILITIES + SURNAME_FACILITIES)
_VENUE_BEFORE = re.compile(
    r"(?:\b(?P<name>[A-Z][\w'’\-]*)[ \t]+(?:" + _VENUE_WORDS_RX + r")|\b(?:Room|Rm\.?|Floor|Level|"
    r"Suite|Unit|Lab)[ \t]*[\w.\-]*\d[\w.\-]*)[ \t]*(?:,|and|&)[ \t]*$"
)
_VENUE_AFTER = re.compile(
    r"[ \t]*(?:,|and|&)[ \t]*(?:the[ \t]+)?(?P<name>[A-Z][\w'’\-]*)(?:[ \t]+[A-Z][\w'’\-]*)?[ \t]+(?:"
    + _VENUE_WORDS_RX
    + r")(?![\w'’\-])"
)


def _venue_neighbour(m: re.Match[str] | None) -> bool:
    """Whether a list neighbour found by _VENUE_BEFORE or _VENUE_AFTER is a venue: its name no given name."""
    return m is not None and (m.group("name") is None or m.group("name").casefold() not in FIRST_NAMES_ALL)


_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|this|that|our|their|new|latest)[ \t]+$")
# Work done to a building, or its closing, said of the name right after it: no person is renovated or
# demolished ("Nightingale Ward will be renovated", "Kessler Hall is closed until May", "the Ashby Wing was
# torn down"). Verbs a person can undergo ("extended", "upgraded", "evacuated", "locked in") are left out.
_BUILDING_WORK_AFTER = re.compile(
    r"[ \t]+(?i:will|would|is|was|are|were|has|have|had|to|being|gets|got)"
    r"(?:[ \t]+(?i:be|been|being|now|currently|temporarily|finally|partly|partially|fully|also)){0,2}[ \t]+"
    r"(?i:renovated|refurbished|remodell?ed|repainted|redecorated|rebuilt|demolished|torn[ \t]+down|"
    r"knocked[ \t]+down|rewired|re-?roofed|refitted|retrofitted|moderni[sz]ed|fumigated|decommissioned|"
    r"reopened|closed|under[ \t]+(?:renovation|construction|refurbishment|repair))(?![\w'’\-])"
    r"(?![ \t]+(?i:off|in|out|up|away)\b)"  # "Tyler Hall was closed off from his friends"
)
# A meeting or an event moved to a venue ("Training moved to Kowalski Hall on 2026-04-01"): there a name that is
# no given name before a building's part is the venue, as after "in" (`_FACILITY_BEFORE`). Not a family's move
# ("they moved to Kowalski Hall"): where someone lives is theirs to keep.
_EVENT_MOVED_TO_BEFORE = re.compile(
    r"\b(?i:meetings?|sessions?|training|trainings|class|classes|lessons?|calls?|interviews?|events?|"
    r"appointments?|hearings?|party|parties|rehearsals?|workshops?|lectures?|seminars?|exams?|conferences?|"
    r"briefings?|orientation|reception|ceremony|dinner|lunch|luncheon|breakfast|gala|fundraiser|stand-?ups?|"
    r"retrospective|review|presentation|talk|webinar|course|practice|games?|match|concert|show|screening|"
    r"assembly|office[ \t]+hours|drill|tour|visit|sale|fair|auction|exhibition|offsite|kick-?off|sync|huddle|"
    r"all-hands|town[ \t]+hall|vigil|service|clinic|meetup|board|committee|council)"
    r"(?:[ \t]+[\w'’\-]+){0,5}?[ \t]+(?i:(?:has|have|had)[ \t]+been[ \t]+|(?:was|were|is|are|will[ \t]+be)[ \t]+)?"
    r"(?i:moved|moves|moving|relocated|relocates|relocating|rescheduled|switched|changed|shifted)[ \t]+to[ \t]+$"
)


# Words before a firm's name: "I work for Flightstats", "spent a year at Jones, Mitchell and Williams".
EMPLOYER_BEFORE = (
    "works for", "work for", "worked for", "working for", "works at", "work at", "worked at", "working at",
    "employed by", "employed at", "a job at", "job with", "joined", "hired by", "a year at", "years at",
    "months at", "shares of", "stock in", "invested in", "acquired by", "a subsidiary of", "a client of",
    "customer of", "the firm", "the company", "the brand", "the band", "law firm", "agency", "vendor",
    "supplier", "contractor", "sponsored by", "a grant from",
)  # fmt: skip
_EMPLOYER = re.compile(r"\b(?i:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in EMPLOYER_BEFORE)
                       + r")[ \t]+(?:the[ \t]+)?$")  # fmt: skip
# "Jones, Mitchell and Williams", "Owens, Duran & Oneal": three or more single capitalised words, a firm's name
# (people in a list are not written by surname alone, and a list of people is followed by "were", "have" …).
_SURNAME_LIST = re.compile(
    r"(?P<list>[A-Z][\w'’\-]+(?:,[ \t]+[A-Z][\w'’\-]+)+,?[ \t]+(?:and|&)[ \t]+[A-Z][\w'’\-]+)(?![\w'’\-])"
    r"(?![ \t]+(?:were|are|have|had|both|all|each|who|said|say|told|met|came|went|arrived)\b)"
)
# After such a list, a verb in the singular or a possessive says it is one thing: "Lopez, Santos and Coleman is a
# design agency", "Owens, Duran and Oneal's Mrs. Filemonsen".
_ONE_THING_AFTER = re.compile(r"(?:['’]s\b|[ \t]+(?:is|was|has|does|offers|provides|employs|announced|reported)\b)")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _surname_firm(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is inside a firm named by a list of surnames, written where a firm is (after an
    employer word, on a line of its own, or before a firm's ending)."""
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    for m in _SURNAME_LIST.finditer(text, lo, hi):
        if not (m.start() <= start and end <= m.end()):
            continue
        head = text[max(0, m.start() - 30) : m.start()]
        line_start = m.start() == 0 or text[m.start() - 1] == "\n" or head.rstrip(" \t>*").endswith("\n")
        line_end = m.end() == len(text) or text[m.end() :].lstrip(" \t")[:1] in ("\n", "")
        if _NAMED_AFTER.match(text, m.end()):
            return True  # "The Davis, Reynolds and Williamson Orchestra"
        if _CAPITAL_AFTER.match(text, m.end()):
            continue  # "Ana, Luis and Maria Lopez": the list goes on into a name
        if "&" in m.group() and not all(w.casefold() in FIRST_NAMES for w in re.findall(r"[A-Z][\w'’\-]*", m.group())):
            return True  # "Brennan, O'Malley & Keane": people in a list are joined by "and", a firm's partners by "&"
        possessive = m.group().endswith(("'s", "’s"))
        if _EMPLOYER.search(head) or (line_start and line_end) or possessive or _ONE_THING_AFTER.match(text, m.end()):
            return True
    return False


_SUFFIX_WORDS = frozenset(
    w.casefold().strip(".") for w in LEGAL_FORMS + ORG_SUFFIXES + ("Sons", "Son", "Daughters") if " " not in w
)


def _camel_product(word: str) -> bool:
    """A product's word ("ThinkPad", "OptiPlex", "AnyASCII", "BrMiss"): a word with a capital inside after a small
    letter, whose parts are no names ("McDonald", "DeShawn", "JoAnn" stay names)."""
    w = word.strip(".,;:'’")
    m = _CAMEL.fullmatch(w)
    if m is not None:
        head, tail = m.group(1).casefold(), m.group(2).casefold()
        return head not in _NAME_PREFIXES and head not in FIRST_NAMES and tail not in FIRST_NAMES
    parts = _INNER_CAPITAL.split(w)
    if len(parts) < 2 or not w[:1].isupper():
        return False
    folded = [p.casefold() for p in parts]
    return folded[0] not in _NAME_PREFIXES | _SHORT_NAME_PREFIXES and not any(p in FIRST_NAMES_ALL for p in folded)


_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SHORT_NAME_PREFIXES = frozenset("mc la le di da de du o d".split())


def _code_word(word: str) -> bool:
    """A code glued by dashes, one part in capitals and another not ("Brennan-Mug-WHT"), or three parts or more."""
    parts = word.strip(".,;:'’").split("-")
    if len(parts) < 2:
        return False
    upper = [p.isupper() and len(p) > 1 for p in parts]
    return (any(upper) and not all(upper)) or (len(parts) >= 3 and not all(p[:1].isupper() for p in parts))


# The last word of a product's or a room's name, capitalised with it ("Brinkley Backpack", "Okafor Conference").
_THING_WORDS = frozenset(
    """backpack backpacks lamp lamps chair chairs desk desks shredder cabinet headset headsets charger monitor
    keyboard camera laptop laptops tablet printer dishwasher vacuum blender toaster mixer jacket jackets hoodie
    sneakers shoes boots jeans handbag perfume piano guitar mug mugs tote bottle room rooms ballroom boardroom
    lobby auditorium library gym lab annex stadium arena theater theatre hospital clinic school university
    college academy museum gallery foundation institute festival conference gala dinner luncheon breakfast
    tournament sofa ottoman bookshelf bookcase armchair rug pillow cushion candle planter notebook blanket vase
    stool sideboard dresser mattress mirror kettle tumbler sconce duvet quilt nightstand credenza""".split()
)
_AWARD_WORDS = frozenset(w for w in AWARDS if " " not in w)


_HEAD_WORDS = frozenset(w for w in LEGAL_FORMS + ORG_SUFFIXES + FACILITIES + AWARDS if " " not in w and w[:1].isalpha())


def _head_inside(words: list[str]) -> bool:
    """Whether a word after the first is an institution's, a room's or a prize's head noun: inside the span, any such
    word; as its last word, one that is no name too ("Maria Bank" stays a name)."""
    for i, word in enumerate(words[1:], 1):
        w = word.strip(".,;:'’")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if w in _HEAD_WORDS and (
            i < len(words) - 1 or (w.casefold() not in LAST_NAMES_ALL and w.casefold() not in FIRST_NAMES_ALL)
        ):
            return True
    return False


def _thing_word(word: str, first: str = "") -> bool:
    """A product's or a room's last word; one that is also a surname ("Lamp") only after a word that is no first
    name ("Marlowe Lamp", not "Ana Lamp")."""
    w = word.strip(".,;:").casefold()
    if w not in _THING_WORDS or w in FIRST_NAMES:
        return False
    return w not in LAST_NAMES_ALL or (bool(first) and first.casefold() not in FIRST_NAMES_ALL)


# Items of a list: "Pfizer, Merck and Eli Lilly", "Liberty Mutual, Travelers and Chubb" (a firm among them makes a
# lone capitalised word beside it a firm too; a person in such a list has a full name).
_LIST_BOUNDS = re.compile(r"[.;:!?()\[\]\n]|\s[-–—]\s")
_LIST_SPLIT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]*|or[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)")


_CAPITALISED_RUN = re.compile(r"[ \t]*[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")


_TITLED_POSSESSIVE = re.compile(r"(?:Mrs?|Ms|Dr|Uncle|Aunt|Auntie|Grandma|Grandpa)\.?[ \t]+[A-Z][\w\-]*['’]s")


_AND_AT = re.compile(r"[ \t]*(?:and|or|&)\b")


def _brand_item(text: str, at: int, words: list[str]) -> bool:
    """A list's item that is one capitalised dictionary word inside a sentence, no name of anyone ("Target",
    "Penguin"): the list is of brands ("Walmart and Target", "Penguin and Faber")."""
    if len(words) != 1:
        return False
    word = words[0].strip(".,;:'’")
    folded = word.casefold()
    at = text.find(word, at)
    return (
        word[:1].isupper()
        and not word.isupper()
        and (folded in NOUNS or folded in lexicon_words())
        and folded not in FIRST_NAMES_ALL
        and folded not in FREQUENT_SURNAMES
        and folded not in PLACE_NAMES
        and text[:at].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n")
    )


def _possessive_len(text: str, end: int) -> int:
    return 2 if text[end : end + 2] in ("'s", "’s") else 0


_MAX_LIST_ITEM_WORDS = 5  # "Pfizer", "Eli Lilly", "the Johnson & Johnson Foundation"


def _in_firm_list(text: str, start: int, end: int) -> bool:
    if " " in text[start:end].strip() and not _TITLED_POSSESSIVE.fullmatch(
        text, start, end + _possessive_len(text, end)
    ):
        return False  # one word, or a brand written as a person's ("Mrs. Meyer's")
    lo = max(0, start - 160)
    hi = min(len(text), end + 160)
    left = [m.end() for m in _LIST_BOUNDS.finditer(text, lo, start)]
    a = left[-1] if left else lo
    right = _LIST_BOUNDS.search(text, end, hi)
    b = right.start() if right else hi
    items, pos = [], a
    for m in _LIST_SPLIT.finditer(text, a, b):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, b))
    if len(items) < 2 or not any(x <= start and end <= y for x, y in items):
        return False
    own = next(text[x:y] for x, y in items if x <= start and end <= y)
    if len(own.split()) > _MAX_LIST_ITEM_WORDS:
        return False  # "Dear team, I am Ito Sota from the partner NGO in Kanazawa": a clause after a comma, no list
    last = _CAPITALISED_RUN.match(text, items[-1][0])
    if last is not None and (_THING_AFTER.match(text, last.end()) or _THING_AFTER_MODIFIER.match(text, last.end())):
        return True  # "The Stanford, Harvard and Yale law clinics": a list of the things' names
    for x, y in items:
        if x <= start and end <= y:
            continue
        item = text[x:y].strip()
        words = item.split()
        joined = len(words) == 1 or _AND_AT.match(text, y) is not None  # "from Penguin and", not "Australia, but"
        if words and joined and _brand_item(text, x, words[-1:] if x < start else words[:1]):
            return True  # "new titles from Penguin and Faber"
        if not item[:1].isupper():
            continue
        if (
            words[-1].casefold().strip(".,") in _SUFFIX_WORDS
            or any(_camel_product(w) for w in words)
            or any(p < y and x < q for p, q in _firm_spans(text))
        ):
            return True
    return False


# Order and catalogue lines: a quantity after the name, maybe past a lower-case noun or a bracket ("Winslow Mug x4",
# "Brinkley tote x2", "Hartwell Tote (navy) x2", "Calloway Desk Lamp, qty 2"): a product, whatever its name.
_QUANTITY_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w\-]*){0,2}(?:[ \t]*\([^()\n]{1,24}\))?"
    r"(?:[ \t]*[x×X]\d{1,4}(?!\w|[.,:/]\d)|[ \t]*×[ \t]*\d|,?[ \t]+(?i:qty|quantity)\b)"
)
# A version after the name, maybe after "to"/"from": "Upgrade Grafton to 3.2", "bumped Arbor to 1.9", "Fairfax 2.0
# training": software (not a time, "to 3.30 pm", nor a share, "2.5%").
_VERSION_AFTER = re.compile(
    # (not a date written with dots: "Lena Vogt\t12.03.1979" is a person's row)
    r"[ \t]+(?:(?:to|from)[ \t]+)?(?!\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\.?\d))(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)"
    r"(?![\w%]|[ \t]*(?i:am|pm|a\.m|p\.m|h\b|hrs?\b|hours?))"
)
# "codenamed Bellweather", "code name Quimby": a codename without quotes.
_CODENAMED_BEFORE = re.compile(r"(?i:code[ \-]?named?|code[ \-]?name[ \t]+is)[ \t]+$")
# A form's field for a firm: "Supplier: Grissom", "Vendor: Thornbury", "Employer: Pinewood".
_FIRM_LABEL_BEFORE = re.compile(
    r"(?:(?<![^\n])|\n|[|;])[ \t]*(?i:company|vendor|supplier|employer|firm|manufacturer|maker|brand|carrier|"
    r"contractor|subcontractor|merchant|retailer|store|lender|insurer|bank|caterer|distributor|wholesaler|sold[ \t]+by|"
    r"organi[sz]ation|business)(?:[ \t]+name)?[ \t]*[:=|][ \t]*$"
)
# A brand's possessive before the goods it sells: "Mrs. Pennington's dish soap", "Johnson's baby shampoo",
# "Uncle Fitz's pretzels" (a person's belongings, "Maria's phone", are no goods of a shop).
_GOODS_AFTER_POSSESSIVE = re.compile(
    r"(?:['’]s)[ \t]+(?:[a-z]+[ \t]+)?(?:soap|soaps|shampoo|conditioner|lotion|detergent|cleaner|wipes|diapers|"
    r"nappies|formula|cereal|crackers|cookies|pretzels|chips|crisps|salsa|sauce|ketchup|mustard|jam|coffee|tea|"
    r"soda|beer|ice[ \t]+cream|candy|chocolates?|granola|bagels|donuts|doughnuts|subs|sandwiches|burgers|tacos|"
    r"catering|brand|products|goods|spices|seasoning|dressing|popcorn|cleanser|toothpaste|deodorant|"
    r"sunscreen|candles|batteries)(?![\w'’\-])"
)
# A shop named by a possessive, then its street: "Jolene's on Fifth", "Marlowe's at Pell Avenue".
_SHOP_ON_STREET = re.compile(r"['’]s[ \t]+(?:on|at)[ \t]+(?:[A-Z]|\d+(?:st|nd|rd|th)\b)")


# Words before a product or a service: "We use Sage Harbor for payroll", "switching from QuickBooks to Sage Intacct",
# "Hosting on Fastly and Vercel", "powered by Quimby".
_SERVICE_BEFORE = re.compile(
    r"(?i:\b(?:we|they|you|i|to)[ \t]+(?:use|used|now[ \t]+use)|\busing|"
    r"\bswitch(?:ed|ing)?[ \t]+(?:over[ \t]+)?(?:from|to)|\bmigrat\w*[ \t]+(?:from|to|off)|\bupgrad\w*[ \t]+to|"
    r"\bsubscri\w+[ \t]+to|\bhost(?:ed|ing)?[ \t]+(?:on|with|at|by)|\bpowered[ \t]+by|\bbuilt[ \t]+(?:on|with)|"
    r"\bintegrat\w*[ \t]+with|\blicen[cs]es?[ \t]+(?:for|of)|"
    r"\b(?:switch|migrat|upgrad|port)\w*[ \t]+(?:\w+[ \t]+){0,3}?from[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?"
    r"[ \t]+(?:to|for)|"
    r"\b(?:dns|cdn|email|e-mail|crm|erp|payroll|logs?|backups?)[ \t]+"
    r"(?:is[ \t]+|are[ \t]+|go(?:es)?[ \t]+to[ \t]+)?(?:on|at|via|with))"
    r"[ \t]+$"
)
# The items before a span in a list of capitalised names ("Fastly and ", "Ashby, Fenwick, and "): a list shares its
# head's cue ("Hosting on Fastly and Vercel", "Rooms: Ashby, Fenwick, and Larkin").
_LIST_ITEM_BEFORE = re.compile(
    r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$"
)
# Plural labels before a list: "Rooms: Ashby, Fenwick", "Vendors: Thornbury and Grissom".
_LIST_LABEL_BEFORE = re.compile(
    r"(?:(?<![^\n])|\n|[|;.])[ \t]*(?i:rooms|venues|sites|locations|buildings|halls|vendors|suppliers|stores|"
    r"retailers|brands|carriers|contractors|caterers|lenders|banks|insurers|platforms|tools|apps)[ \t]*[:=|][ \t]*$"
)


def _list_head(text: str, start: int) -> int:
    """Where the list that text[start:…] ends starts: the span's own start when it is no later item of a list."""
    for _ in range(8):
        m = _LIST_ITEM_BEFORE.search(text, max(0, start - 60), start)
        if m is None:
            return start
        start = m.start()
    return start


def _service_or_listed_thing(text: str, start: int, end: int, words: list[str]) -> bool:
    """A span after a product's or a service's verb, or in a list after one or after a plural label of things."""
    if _says_person(text, start, end):
        return False
    head = _list_head(text, start)
    for at in {start, head}:
        if _SERVICE_BEFORE.search(text, max(0, at - 40), at) or _LIST_LABEL_BEFORE.search(text, max(0, at - 24), at):
            return True
        if at != start and (
            _FIRM_LABEL_BEFORE.search(text, max(0, at - 40), at)
            or _PLACE_LABEL_BEFORE.search(text, max(0, at - 24), at)
        ):
            return True
    return False


# "the Whitaker reopens", "at the Kingsley": a single unfamiliar capitalised word after "the" names a venue, a ship, a
# firm or a work, not a person, unless a person's noun or a work's follows ("the Okafor family", "the Sokolov novel").
_THE_BEFORE = re.compile(r"(?:^|(?<=[^\w'’\-]))(?:the|The)[ \t]+$")
_AFTER_THE_NAME = re.compile(
    r"[ \t]+(?:novels?|version|concert|album|songs?|biography|memoir|fans?|retrospective|documentary|estate|"
    r"family|families|kids?|children|boys?|girls?|twins|brothers|sisters|sons?|daughters?|household|case|residence|"
    r"home|house|party|parents|couple|siblings|clan|grandchildren|baby)\b"
)


# Nouns for a person after a name: "the Jake Miller guy", "the Ana Ruiz kid" still name someone.
# (Besides `_PERSON_NOUNS`, which already holds kid, boy, girl, family and a person's things.)
_PERSON_HEADS = frozenset(
    """guy guys dude man men woman women lady ladies person persons lad lass thing stuff situation
    issue problem drama mess saga business rumour rumor photo photos pic pics picture pictures video videos texts
    messages dms posts profile""".split()
)


def _the_name_then_noun(text: str, start: int, end: int, words: list[str]) -> bool:
    """After "the", two or three capitalised words that modify the lower-case noun after them name a thing: "the
    Benjamin Moore paint order", "the Harper Lee wing". A person's name takes no article before a plain noun; a
    person's own things and kin ("the Ana Ruiz case", "family", "account") are `_PERSON_NOUNS` and keep it a name."""
    if not 2 <= len(words) <= 3 or not _THE_BEFORE.search(text, max(0, start - 6), start):
        return False
    if _AFTER_THE_NAME.match(text, end):
        return False  # "the Steffen Mauer version", "the Ana Ruiz household": a person's work or kin
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    # Any lower-case content word after "the" + name is the noun it modifies ("paint", "portrait", "building"): no
    # stop word ("the Jake Miller who", "from"), no participle ("the Ana Ruiz accused"), no person's thing or kin.
    return not (word in STOP_WORDS or word in _PERSON_NOUNS or word in _PERSON_HEADS or word.endswith("ed"))


def _the_single_word(text: str, start: int, end: int, words: list[str]) -> bool:
    if len(words) != 1 or not _THE_BEFORE.search(text, max(0, start - 6), start):
        return False
    word = words[0].strip(".,;:")
    if word.endswith(("'s", "’s")):
        word, end = word[:-2], end - 2
    if word.casefold() in FIRST_NAMES_ALL:
        return False
    return _AFTER_THE_NAME.match(text, end + _possessive_len(text, end)) is None  # "the Ashmolean's new wing"


# Words of trade in a sentence: bids, quotes, sponsorship, orders, hosting, stores, shares. A lone surname-like word
# in such a sentence, with nothing in it that speaks of a person (a pronoun, a title, kin, a child or a role in a
# report), is a firm, a brand or a service ("Three bids came in: Castlemoor, Brackley and Fenholt", "Lunch order:
# Panera for the board"). Money and gifts are no cue here: a donor is named beside a gift.
_TRADE_SENTENCE = re.compile(
    r"(?i:\b(?:bids?|quotes?|quoted|sponsor(?:s|ed|ing|ship|ships)?|vendors?|suppliers?|contractors?|tender|tenders|"
    r"invoices?|invoiced|catering|caterers?|pricing|prices?|priced|discounts?|"
    r"(?<!in[ \t])orders?(?![ \t]+(?:of|to|for|that)\b)|ordered|deliver(?:y|ies|ed|s)?|"
    r"shipments?|shipped|hosting|hosted|licen[cs]es?|subscriptions?|brands?|stores?|retailers?|chains?|franchises?|"
    r"merger|acquired|acquisition|shares|ipo|outage|platforms?|apps?|software|plugins?|integrations?|api|saas|"
    r"crm|erp|dns|payroll|procurement|rfp|stockists?|wholesalers?|partnered|vouchers?|coupons?|gift[ \t]+cards?)\b)"
)
_PERSON_IN_SENTENCE = re.compile(
    r"(?i:\b(?:he|she|him|his|her|hers|himself|herself|he's|she's|he'd|she'd|mr|mrs|ms|mx|dr|miss|sir|madam|"
    r"child|kid|kids|son|daughter|mother|father|mom|mum|dad|wife|husband|boyfriend|girlfriend|partner|victim|"
    r"suspect|student|teacher|coach|neighbou?r|friend|uncle|aunt|cousin|family|brother|sister|baby|boy|girl|"
    r"caller|reporter|parent|guardian|volunteer|staff|employee|colleague|manager|ceo|founder|director)\b|"
    r"\bex-[^\W\d_])"
)


def _trade_single(text: str, start: int, end: int, words: list[str]) -> bool:
    """One capitalised word that is no given name, in a sentence of trade that speaks of no person."""
    if len(words) != 1 or words[0].strip(".,;:'’").casefold() in FIRST_NAMES_ALL:
        return False
    lo, hi = _sentence(text, start, end)
    around = text[lo:start] + " " + text[end:hi]
    return _TRADE_SENTENCE.search(around) is not None and _PERSON_IN_SENTENCE.search(around) is None


@lru_cache(maxsize=256)
def _word_occurrences(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’\-])" + re.escape(word) + r"(?![\w'’\-])")


def _thing_elsewhere(text: str, start: int, end: int, words: list[str]) -> bool:
    """A lone word that the text names as a firm or a product elsewhere ("Three bids came in: Castlemoor, Brackley
    and Fenholt. The committee prefers Brackley."), in a sentence that speaks of no person here."""
    word = text[start:end]
    if len(words) != 1 or len(word) < 3 or text.count(word) < 2:
        return False
    lo, hi = _sentence(text, start, end)
    if _PERSON_IN_SENTENCE.search(text, lo, hi) or _says_person(text, start, end):
        return False
    for m in _word_occurrences(word).finditer(text):
        if m.start() != start and (
            _trade_single(text, m.start(), m.end(), words) or _service_or_listed_thing(text, m.start(), m.end(), words)
        ):
            return True
    return False


# A building, then its room or floor: "Ashby Hall, Room 210", "Ellison House Floor 2".
_ROOM_AFTER = re.compile(r",?[ \t]*(?:Room|Rm\.?|Suite|Floor|Level|Wing|Unit|Studio)[ \t]*#?\d")


def _brand_pair(words: list[str]) -> bool:
    """A listed brand after a dictionary word that is no given name: "Mars Wrigley" ("Henry Ford" is a man, "Fenna
    van den Bosch" a woman)."""
    if len(words) != 2:
        return False
    first, last = (w.strip(".,;:") for w in words)
    folded = first.casefold()
    return last in BRAND_WORDS and folded not in FIRST_NAMES_ALL and (folded in NOUNS or folded in lexicon_words())


# A ship's verbs after its name: "the Aurora Borealis sails Tuesday", "the Countess Margit docked".
_SHIP_VERB_AFTER = re.compile(
    r"[ \t]+(?:sails|sailed|docks|docked|berths|berthed|moors|moored|anchors|anchored|sets[ \t]+sail|set[ \t]+sail)\b"
)


# A firm's team addressed or signing: "Dear Brightwell team,", "Hi Tessaly support", "Thanks, Corvex staff".
_FIRM_TEAM_AFTER = re.compile(
    r"[ \t]+(?i:team|support|staff|customer[ \t]+(?:care|service|success)|help[ \t]?desk|helpline)"
    r"(?=[ \t]*(?:[,!.]|$|\n))"
)


def _catalogue_or_service(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether text[start:end] names a product in an order line, a piece of software by its version or codename, a
    firm in a form's firm field, or a brand by the goods it sells (categories of business text, issue 12)."""
    if _QUANTITY_AFTER.match(text, end):
        return True  # "Winslow Mug x4", "Brinkley tote x2"
    if len(words) > 1 and _SURNAME_FACILITY_AFTER.fullmatch(" " + words[-1]) and _ROOM_AFTER.match(text, end):
        return True  # "Ashby Hall, Room 210"
    if _brand_pair(words) and not _says_person(text, start, end):
        return True  # "Mars Wrigley sent gum"
    if len(words) == 1 and _FIRM_TEAM_AFTER.match(text, end):
        return True  # "Dear Brightwell team,"
    if _SHIP_VERB_AFTER.match(text, end):
        return True  # "the Aurora Borealis sails Tuesday"
    if _VERSION_AFTER.match(text, end) and not _says_person(text, start, end):
        return True  # "Upgrade Grafton to 3.2"
    if len(words) == 1 and _CODENAMED_BEFORE.search(text, max(0, start - 20), start):
        return True  # "codenamed Bellweather"
    if _FIRM_LABEL_BEFORE.search(text, max(0, start - 40), start):
        return True  # "Supplier: Grissom"
    possessive = end if text[end : end + 2] in ("'s", "’s") else -1
    if text[start:end].endswith(("'s", "’s")):
        possessive = end - 2
    if possessive >= 0 and (_GOODS_AFTER_POSSESSIVE.match(text, possessive) or _SHOP_ON_STREET.match(text, possessive)):
        return True  # "Mrs. Pennington's dish soap", "Jolene's on Fifth"
    return False


# A person's belongings or kin after a possessive: "Kayla's phone", "Tomas's mum" (a brand's goods are elsewhere).
_OWNED_AFTER = re.compile(r"['’]s[ \t]+(?:" + OWNED + r")(?![\w'’\-])", re.IGNORECASE)
# A person's role named in the sentence, besides those _PERSON_IN_SENTENCE knows: "we use Teodora as our babysitter".
_CARER_IN_SENTENCE = re.compile(
    r"(?i:\b(?:babysitter|sitter|nanny|tutor|carer|caregiver|stepdad|stepmom|stepmum|grandma|grandpa|niece|nephew|"
    r"roommate|classmate|pastor|priest|counsell?or|therapist|doctor|nurse|officer|detective|landlord|tenant|"
    r"him|them|they're|mate|bf|gf)\b)"
)


def _person_by_sentence(text: str, start: int, end: int, words: list[str]) -> bool:
    """What keeps a span a person against the sentence-level rules below (a leak costs more than a redacted brand):
    a given name first ("hosted by Daniel", "switched from Tomas to Ilse"; not a given name that is also a word
    before a word that is no surname, a product line: "Sage Quillbook"), a person's belongings or kin after a
    possessive ("i used Kayla's phone"), or a person spoken of in the sentence ("… as our babysitter")."""
    given = words[0].strip(".,;:'’").removesuffix("'s").removesuffix("’s").casefold()
    last = words[-1].strip(".,;:'’").casefold()
    product_line = len(words) > 1 and given in lexicon_words() and last not in LAST_NAMES_ALL  # "Sage Quillbook"
    if given in FIRST_NAMES_ALL and not product_line:
        return True
    if _OWNED_AFTER.match(text, end):
        return True
    lo, hi = _sentence(text, start, end)
    around = text[lo:start] + " " + text[end:hi]
    return _PERSON_IN_SENTENCE.search(around) is not None or _CARER_IN_SENTENCE.search(around) is not None


# Technical prose (docstrings, API references): a type in an annotation ("headers (Dict):", "List[Dict]",
# "Returns: Dict:"), a parameter's description after its type ("num (int): Max number of …"), code markup.
_TYPE_BEFORE = re.compile(r"(?:(?<![\w.])[a-z_][a-z0-9_]*[ \t]*(?P<call>\()|[A-Za-z]\[)$")
# A docstring's section: "(Dict)" after a parameter is a type there, a name in a form ("Emergency contact (Ngozi):").
_DOCSTRING = re.compile(r"(?i:\b(?:args|arguments|parameters|params|returns|raises|yields|attributes)[ \t]*:)")
_TYPE_AFTER = re.compile(r"(?:\][\])]*|\))[ \t]*:")
_RETURNS_BEFORE = re.compile(r"(?i:returns|yields|raises|rtype|type)[ \t]*:[ \t]*$")
_PARAM_DESCRIPTION_BEFORE = re.compile(
    r"[a-z_\d][ \t]+\((?i:int|str|bool|float|dict|list|tuple|set|bytes|callable|any|optional|object|iterable|"
    r"sequence|mapping|array|tensor|ndarray)\b[^()\n]{0,30}\)[ \t]*:[ \t]*$"
)
_CODE_SPAN = re.compile(r"``?[^`\n]{1,80}``?")
_CODE_SIGN = re.compile(r"``|`[^`\n]+`|[a-z_][\w.]*_\w*\(|[a-z]\.[a-z_]\w*\(|\w\(\)|\b[a-z_]\w*[ \t]+=[ \t]")
_KEY_BEFORE = re.compile(r"[:=][ \t]*[\"']?$")
# German nouns in English text ("Personalausweis", "Kassenärztliche Vereinigung", "Laufende Nummer"): endings that
# no given name or surname has.
_GERMAN_NOUN = re.compile(
    r"(?i:\w{6,}ung(?:en)?|\w{3,}(?:keit|heit|schaft|ausweis|gesetz|gesetzbuch|verordnung|stätten?|summe)|"
    r"\w*nummer|daten)"
)
_MIXED_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,2}[A-Z]")  # "NaN", "PhD"


def _technical_word(text: str, start: int, end: int, words: list[str]) -> bool:
    """A word of technical prose, not a person: a type, a German noun, an abbreviation, or a single word in a text
    with code in it that the code names ("Rich" beside `rich.console`) or that no list knows as a given name."""
    if any(_GERMAN_NOUN.fullmatch(w.strip(".,;:()-")) for w in words):
        return True
    if len(words) != 1:
        return False
    word = words[0].strip(".,;:")
    if _MIXED_ABBREVIATION.fullmatch(word):
        return True
    before = text[max(0, start - 40) : start]
    typed = _TYPE_BEFORE.search(before)
    if typed and typed.group("call") and not _DOCSTRING.search(text):
        typed = None
    if (typed and _TYPE_AFTER.match(text, end)) or (_RETURNS_BEFORE.search(before) and text[end : end + 1] == ":"):
        return True  # "headers (Dict):", "Returns: Dict:"
    if _PARAM_DESCRIPTION_BEFORE.search(before):
        return True  # "num (int): Max number of objects"
    if "`" not in text and "_" not in text and "(" not in text:
        return False
    folded = word.casefold()
    if any(re.search(r"(?<![\w@])" + re.escape(folded) + r"(?![\w@])", m.group()) for m in _CODE_SPAN.finditer(text)):
        return True  # "parsed for Rich markup" beside `"rich"` and `~rich.console`
    return (
        folded not in FIRST_NAMES_ALL
        and _CODE_SIGN.search(text) is not None
        and not _KEY_BEFORE.search(before)
        and not _says_person(text, start, end)
    )  # "Kombu's own ``Producer.publish``", "Ytorch, torch_backprop = …"


# Days of the year named like a person ("Christmas Eve", "St. Patrick's Day", "Anzac Day").
_HOLIDAY = re.compile(
    r"(?:Christmas|New[ \t]+Year['’]?s|Hallowe['’]?en|Easter|Valentine['’]?s|St\.?[ \t]+\w+['’]?s|Boxing|Labou?r|"
    r"Memorial|Independence|Thanksgiving|Mother['’]?s|Father['’]?s|Remembrance|Bastille|Canada|Australia|Anzac|"
    r"Waitangi|Presidents['’]?|Veterans['’]?|Martin[ \t]+Luther[ \t]+King|Columbus|Juneteenth|Pentecost|Whit|"
    r"Ash|Good|Holy|Palm|Midsummer['’]?s?|Walpurgis|All[ \t]+Hallows['’]?|All[ \t]+Saints['’]?|Ascension|Epiphany|"
    r"Armistice|Reformation|Twelfth|Shrove|Maundy|Corpus[ \t]+Christi|Assumption|Whitsun)"
    r"[ \t]+(?:Eve|Day|Night|Monday|Tuesday|Thursday|Friday|Sunday|Weekend|Week)s?['’]?s?"
)
# A town the gazetteer lists (of this many people or more), after a preposition of place or before a place's noun
# ("Services to Kilkenny", "our Manchester and Glasgow branches"), is no person where nothing says one.
_TOWN_POPULATION = 15_000
_TOWN_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:to|from|in|at|near|via|into|around|outside|across|through|towards?|serving|between)[ \t]+$"
)
_TOWN_NOUN_AFTER = re.compile(
    r"[ \t]+(?i:branch|branches|office|offices|area|region|station|airport|council|cent(?:re|er)|depot|sites?|"
    r"stores?|hub|city|university|campus|route|services?|line)\b"
)
_LIST_ITEM_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)[A-Z][\w'’\-]*")


def _town_alone(text: str, start: int, end: int, value: str) -> bool:
    """A listed town that the name recognizers found with nothing around it saying a person: the model reads
    "Kilkenny" and "Glasgow" in a travel notice as people. (After the guard: a given name first, a person in the
    sentence, a possessive's belongings all keep the name.)"""
    name = value.removesuffix("'s").removesuffix("’s")
    if any(w.casefold() in LAST_NAMES or w.casefold() in FREQUENT_SURNAMES for w in name.split()):
        return False  # "Marrero and Murphy were engineers", "says Torres": a surname first
    if known_place_loose(name) < _TOWN_POPULATION or _says_person(text, start, end):
        return False
    head = _list_head(text, start)
    return bool(
        _TOWN_PREPOSITION_BEFORE.search(text, max(0, head - 12), head)
        or _TOWN_NOUN_AFTER.match(text, end)
        or _TOWN_NOUN_AFTER.match(text, _list_end(text, end))
    )


def _list_end(text: str, end: int) -> int:
    """Where the list that text[…:end] opens ends ("Manchester and Glasgow branches": after "Glasgow")."""
    m = _LIST_ITEM_AFTER.match(text, end)
    return m.end() if m else end


# The answers for the text being analysed: several name recognizers, and the propagation of found names, ask about
# the same words of one text (14k questions, 6k distinct, over the bench's texts). One text's answers only, so the
# memo holds no more than the text it belongs to.
_MEMO: dict[tuple[int, int], bool] = {}
_MEMO_TEXT: list[str | None] = [None]


def not_a_person_here(text: str, start: int, end: int) -> bool:
    """`_not_a_person_here`, remembered for the current text (the recognizers pass the same text object)."""
    if _MEMO_TEXT[0] is not text:
        _MEMO.clear()
        _MEMO_TEXT[0] = text
    answer = _MEMO.get((start, end))
    if answer is None:
        answer = _MEMO[start, end] = _not_a_person_here(text, start, end)
    return answer


# A pangram: a short line of words that holds (nearly) every letter of the alphabet, as type specimens and keyboard
# tests print ("The quick brown fox jumps over the lazy dog"); a name in it is the sample's.
_PANGRAM_MAX_CHARS = 70
_PANGRAM_MIN_LETTERS = 24


def pangram_line(text: str, start: int) -> bool:
    """Whether the line holding text[start] is a pangram (words with digits, keys and codes, left out)."""
    line = line_of(text, start)
    if len(line) > _PANGRAM_MAX_CHARS:
        return False
    words = [w for w in line.split() if not any(c.isdigit() for c in w)]
    folded = unicodedata.normalize("NFKD", " ".join(words).casefold())
    return len({c for c in folded if "a" <= c <= "z"}) >= _PANGRAM_MIN_LETTERS


def _not_a_person_here(text: str, start: int, end: int) -> bool:
    """`not_a_person`, and what only the name recognizers may conclude from the sentence around a capitalised word:
    that it names a venue, a firm or a service there, though it might still be a place ("the Bronx" is one; so
    location.py asks `not_a_person` alone)."""
    if not_a_person(text, start, end) or foreign_not_a_name(text, start, end):
        return True  # foreign_not_a_name: "Der Vorstand", "mi hijo" in a German or a Spanish sentence
    if pangram_line(text, start):
        return True  # "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich": a typeface's sample
    while end - start > 1 and text[end - 1] in ".,;:":
        end -= 1
    value = text[start:end]
    words = value.split()
    if "(" in value or ")" in value:
        return True  # "Regex(s)": a word with its plural in brackets, no name
    if not words or not value[:1].isupper() or value.isupper():
        return False
    if _technical_word(text, start, end, words):
        return True  # "headers (Dict):", "Personalausweis", "Kombu's own ``Producer.publish``"
    if _HOLIDAY.fullmatch(value):
        return True  # "closed on Christmas Eve"
    if len(words) == 1 and _lone_date_or_venue_word(text, start, end, value):
        return True  # "rescheduled to Jan 3", "the stall is by Suite 153", "the Chavez Youth Hall"
    if _the_name_then_noun(text, start, end, words):
        return True  # "the Benjamin Moore paint order": before the guard, whose given name first would keep it
    if _person_by_sentence(text, start, end, words):
        return False  # the sentence's firm and service rules never take a person away
    if _town_alone(text, start, end, value):
        return True  # "Services to Kilkenny are cancelled": a town the model took for a person
    return (
        _the_single_word(text, start, end, words)  # "the Whitaker reopens"
        or _trade_single(text, start, end, words)  # "Three bids came in: Castlemoor, Brackley and Fenholt"
        or _thing_elsewhere(text, start, end, words)  # "… The committee prefers Brackley."
        or (len(words) <= 3 and _service_or_listed_thing(text, start, end, words))  # "Hosting on Fastly"
    )


_MONTH_ABBREVIATIONS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december".split()
)
_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\d:.,/\-]\d)")
_DAY_BEFORE = re.compile(r"(?<![\d.,/:\-])\d{1,2}(?:st|nd|rd|th)?[ \t]+$")
_VENUE_WORDS = frozenset(w for w in FACILITIES + SURNAME_FACILITIES if " " not in w)
# Works of engineering named for someone or somewhere, as the last word of a name the model read as a person's.
# (and housing named after someone: "Lansbury Estate", "Morrison Heights", "Aneurin Bevan Estate")
_WORKS_NAMED_FOR = frozenset(
    "Bridge Dam Tunnel Viaduct Canal Lighthouse Barrage Causeway Aqueduct Reservoir Estate Estates Heights Mansions "
    "Cottages Fold".split()
)
_TYPE_STYLES = frozenset("Semibold SemiBold Italic Oblique Condensed ExtraBold ExtraLight Hairline Regular".split())
_NUMBER_AFTER_WORD = re.compile(r"[ \t]*#?\d")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>[A-Z][\w'’\-]*)[ \t]+$")
_TITLES = frozenset("mr mrs ms mx miss dr prof rev sir dear officer det sgt".split())


def _lone_date_or_venue_word(text: str, start: int, end: int, value: str) -> bool:
    """A single word that is a month next to its day ("Jan 3", "3 Jan"), or a building's part after a capitalised
    name or before its number ("Chavez Youth Hall", "Suite 153"): the rest of a date or a venue, not a person."""
    if value.casefold() in _MONTH_ABBREVIATIONS:
        return bool(_DAY_AFTER.match(text, end) or _DAY_BEFORE.search(text, max(0, start - 6), start))
    if value not in _VENUE_WORDS:
        return False
    if _NUMBER_AFTER_WORD.match(text, end):
        return True
    m = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group("w").casefold().strip(".") not in _TITLES


def _venue_moved_to(text: str, start: int, words: list[str]) -> bool:
    """After "the meeting moved to", a name whose first word is no given name and no town ("Training moved to
    Kowalski Ward"; "the call moved to Lisa Ward" and "... to Ashford House" keep their person and their town)."""
    if not words or not text[max(0, start - 4) : start].rstrip().lower().endswith("to"):
        return False  # (the cheap test first: this runs for every capitalised candidate)
    if not _EVENT_MOVED_TO_BEFORE.search(text, max(0, start - 80), start):
        return False
    first = words[0].strip(".,;:")
    return first.casefold() not in FIRST_NAMES_ALL and not known_place_loose(first)


# Streets named after someone, in the partners' languages. A street's word before the name ("Via Giuseppe Verdi",
# "Rue Victor Hugo", "Calle de Cervantes", "ul. Józefa Piłsudskiego"), maybe past a title or a particle ("Avenida
# Presidente Getúlio Vargas", "Praça Marquês de Pombal").
STREET_BEFORE = frozenset(
    """via viale corso piazza piazzale piazzetta largo vicolo lungomare lungotevere rue avenue boulevard bd place quai
    allée chemin impasse calle c/ avenida avda paseo plaza rambla carrera camino glorieta rua praça travessa
    alameda estrada rodovia ulica ulicy ul aleja alei plac placu strada calea bulevardul jalan jl náměstí trg""".split()
)
# Those that are also words of English or of the same languages ("sent via Maria", "I rue the day", "a largo"): a
# street's only capitalised, or in lower case after a house number or a preposition ("12, rue de Rivoli", "in via
# Roma", "en paseo de Gracia").
_STREET_BEFORE_CAPITALISED = frozenset(
    "via corso largo rue avenue boulevard bd place quai chemin impasse avda paseo plaza rambla carrera camino "
    "alameda estrada jalan jl trg".split()
)
_STREET_ABBREVIATIONS = frozenset("ul avda bd jl".split())  # (not "Av.": a Turkish lawyer's title too)
_STREET_LEADS = frozenset("in la en dans sur de della nella alla sulla na no".split())
_STREET_PARTICLES = frozenset("de del della delle dei degli di da do dos das du des la le les el los las".split())
# A street's word after the name ("Nelson Street", "Gandhi Marg", "Andrássy út").
STREET_AFTER = frozenset(
    """street st road rd avenue ave lane ln drive way close crescent terrace place pl court ct square sq gardens grove
    row walk mews parade esplanade promenade embankment boulevard blvd highway hwy parkway pkwy circle marg path salai
    sarani nagar chowk allee straße strasse str platz weg gasse ufer damm chaussee prospekt caddesi sokak sokağı
    bulvarı straat laan plein gracht kade utca út körút tér""".split()
)
# Those written in lower case after the name in their language ("Kossuth Lajos utca", "Nevsky prospekt").
_STREET_AFTER_LOWER = frozenset("utca út körút tér prospekt".split())
# Those that are surnames too ("Nathan Lane", "Glenn Close", "Margaret Court"): after a given name, a street's only
# where the text puts one, a place's preposition or a house number before ("on Nelson Street", "12 Nelson Street").
_SURNAME_STREETS = frozenset(
    "street st lane ln way close court ct grove row walk square sq terrace place pl circle mews"
    # other languages' street words that are surnames too ("Peter Kade", "Anna Laan", "Jonas Damm", "Ravi Nagar")
    " kade laan damm platz nagar weg".split()
)
_STREET_CUE_BEFORE = re.compile(
    r"(?:(?P<verb>[\w'’]+)[ \t]+)?(?:\b(?P<prep>(?i:on|off|along|onto|into|in|at|down|corner[ \t]+of|"
    r"junction[ \t]+of))|(?<![\d.,:/\-])\d{1,4}[A-Za-z]?,?)[ \t]+$"
)
# Numbers before a name that are no house's: "age 12 Amy Lane", "Room 4 Jack Lane".
_NUMBERED_BEFORE = frozenset("age aged is was grade year years class room rm bed group team no nr number ward".split())
# Verbs whose preposition takes a person ("picked on", "a crush on", "ran into", "dropped off", "shouted at"): no
# street's cue.
_PERSON_PREPOSITION_VERBS = frozenset(
    """pick picks picked picking cheat cheats cheated cheating check checks checked checking spy spies spied spying
    rely relies relied wait waits waited waiting crush call calls called calling rat rats ratted snitch snitched tell
    tells told telling prey preys preyed dote doted focus focused lean leaned count counted depend depends depended
    keep keeps kept hit hits look looks looked looking shout shouts shouted shouting yell yelled yelling laugh laughed
    laughing smile smiled point pointed swore swear stare stared staring throw threw glance glanced ran run runs
    running bump bumped bumping crash crashed walk walks walked drop drops dropped dropping show showed sign signed
    pay paid fend fended scare scared fight fought kick kicked confide confided interested believe believed trust
    trusted put jump jumped pounce pounced turn turned turning go goes went get gets got come comes came""".split()
)
# The last part of a German, Dutch or Nordic place's compound named after someone: "Karl-Marx-Allee",
# "Rosa-Luxemburg-Platz", "Goethe-Haus"; glued, "Goethestraße", "Literaturmuseum", "Drottninggatan".
_COMPOUND_TAILS = frozenset(
    """allee straße strasse str platz weg gasse ufer damm chaussee brücke haus halle saal museum stadion arena schule
    gymnasium hochschule universität institut stiftung bibliothek zentrum theater kirche turm markt""".split()
)
_GLUED_TAILS = (
    "straße", "strasse", "allee", "platz", "gasse", "museum", "stadion", "bibliothek", "zentrum", "kirche", "schule",
    "straat", "plein", "gracht", "gatan", "vägen",
)  # fmt: skip


_ADDRESS_GOES_ON = re.compile(r"[ \t]*(?:,|\d|$|\n)")


def _street_before(text: str, start: int, end: int, words: list[str]) -> bool:
    """A street's word before the name, or opening it, past up to three capitalised words or particles."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[max(line_start, start - 60) : start]
    tokens = line.split() if line[-1:].isspace() or not line else []
    if len(words) >= 2 and words[0].removesuffix(".").casefold() in STREET_BEFORE:
        tokens.append(words[0])  # "Piazza Navona", "Avenida Getúlio Vargas": the span took the street's word in
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 5), -1):
        token = tokens[i]
        kind = token.removesuffix(".").casefold()
        if token[-1] in ",;:)!?" or (token.endswith(".") and kind not in _STREET_ABBREVIATIONS and len(kind) > 3):
            return False  # a clause's or a sentence's end: "… on the Via. Maria said"
        if kind in STREET_BEFORE and (token[-1] != "." or kind in _STREET_ABBREVIATIONS):
            lead = tokens[i - 1] if i else ""
            if kind in _STREET_BEFORE_CAPITALISED and not token[:1].isupper():
                lead = lead.rstrip(",").casefold()
                return lead[:1].isdigit() or lead in _STREET_LEADS  # "12, rue de Rivoli", "in via Roma"
            opens = lead[-1:] in (".", "!", "?") if i else line_start >= start - 60
            if kind in _STREET_BEFORE_CAPITALISED and opens and not _ADDRESS_GOES_ON.match(text, end):
                return False  # an English word opening a sentence: "Place Maria Lopez on the list" (not "Via Roma 12")
            return not _says_person(text, start, end)  # (not "my stepdad Via Lopez")
        if not (token[:1].isupper() or token in _STREET_PARTICLES):
            return False
    return False


# Particles of surnames: a street's word after one is the surname's ("van der Laan", "de Kade", "von Allee").
_SURNAME_PARTICLES = frozenset("van der den de ter ten von vom zu da di du le la del della dos das".split())


def _street_after(text: str, start: int, end: int, words: list[str]) -> bool:
    """A street's word ending the name or right after it ("Nelson Street", "Gandhi Marg"), or a compound's
    ("Karl-Marx-Allee"); after a given name, one that is a surname too only where the text puts a street."""
    if any(_compound_place(w) for w in words):
        return True
    last, after = words[-1].strip(".,;:"), end
    if len(words) >= 2 and last.casefold() in STREET_AFTER and (last[:1].isupper() or last in _STREET_AFTER_LOWER):
        if words[-2].casefold() in _SURNAME_PARTICLES:
            return False  # "Bryan van der Laan", "Anna ter Straat": a surname's particle before the word
        first, street = words[0], last
    elif (m := _NEXT_TOKEN.match(text, end)) is not None and m.group(1).casefold() in STREET_AFTER:
        first, street, after = words[0], m.group(1), m.end()
        if not (street[:1].isupper() or street in _STREET_AFTER_LOWER) or (
            street == "St" and _CAPITAL_AFTER.match(text, after)
        ):
            return False  # (not "Nelson St. John": a Saint's name's start)
    else:
        return False
    if street.casefold() not in _SURNAME_STREETS or not _given_name(first):
        return True  # "Gandhi Marg", "Churchill Way" (not "Nathan Lane")
    return (
        text[after : after + 2] not in ("'s", "’s")
        and (
            _street_cue_before(text, start)
            or _plain_street(_STREET_ITEM_BEFORE.search(text, max(0, start - 40), start))
            or _plain_street(_STREET_ITEM_AFTER.match(text, after))
        )
        and not _says_person(text, start, end)
    )  # "on Nelson Street", "12 Nelson Street", "Nelson Street, Churchill Way" (not "my neighbour Nelson Street")


def _street_cue_before(text: str, start: int) -> bool:
    """A house number or a place's preposition before the name ("12 Nelson Street", "on Nelson Street"), not one
    after a verb that takes a person ("picked on", "ran into")."""
    m = _STREET_CUE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    before = (m.group("verb") or "").casefold()
    return before not in (_PERSON_PREPOSITION_VERBS if m.group("prep") else _NUMBERED_BEFORE)


def _plain_street(m: re.Match[str] | None) -> bool:
    """Whether a list's neighbour found by _STREET_ITEM_BEFORE or _STREET_ITEM_AFTER is a street by its words alone."""
    return m is not None and (m.group("street").casefold() not in _SURNAME_STREETS or not _given_name(m.group("name")))


def _given_name(word: str) -> bool:
    """A known given name, or a double one whose parts are ("Hans-Rudolf", "Anna-Lena")."""
    return all(part in FIRST_NAMES_ALL for part in word.casefold().split("-"))


_STREET_ITEM = (
    r"(?P<name>[A-Z][\w'’\-]*)(?:[ \t]+[A-Z][\w'’\-]*)?[ \t]+(?P<street>"
    + "|".join(sorted((w.title() for w in STREET_AFTER if w[:1].isascii()), key=len, reverse=True))
    + r")\b"
)
_STREET_ITEM_BEFORE = re.compile(r"\b" + _STREET_ITEM + r"\.?[ \t]*(?:,|and|&)[ \t]*$")
_STREET_ITEM_AFTER = re.compile(r"[ \t]*(?:,|and|&)[ \t]*" + _STREET_ITEM)


_NEXT_TOKEN = re.compile(r"[ \t]+([^\W\d_][\w.]*?)\.?(?![\w'’\-])")


def _compound_place(word: str) -> bool:
    """A compound whose last part names a place ("Karl-Marx-Allee", "Goethe-Haus", "Literaturmuseum"), not a
    name ("Street-Smith", "Neuhaus")."""
    word = word.strip(".,;:'’")
    parts = word.split("-")
    if len(parts) >= 2 and all(p[:1].isupper() for p in parts[:-1]) and parts[-1].casefold() in _COMPOUND_TAILS:
        return True
    folded = word.casefold()
    return (
        any(folded.endswith(t) and len(folded) > len(t) + 2 for t in _GLUED_TAILS)
        and folded not in FIRST_NAMES_ALL
        and folded not in LAST_NAMES_ALL
    )


# A venue's word in odd case after the name ("Johan Cruijff ArenA"); a court in lower case ("the Philippe Chatrier
# court"), not a person's case before a court ("the Maria Lopez court date"); a French court before a name joined by
# hyphens ("Court Philippe-Chatrier").
_FACILITY_WORDS_FOLDED = frozenset(w.casefold() for w in FACILITIES if " " not in w)
_COURT_AFTER = re.compile(
    r"[ \t]+courts?(?![\w'’\-])(?![ \t]+(?:case|cases|hearings?|dates?|orders?|appearances?|documents?|records?|"
    r"files?|papers|rulings?|battle|proceedings|fees?|costs?|summons)\b)"
)
# A room's word, then its name in quotes: "Meeting room 'Churchill'", 'Room "Ada Lovelace"'.
_ROOM_BEFORE_QUOTE = re.compile(
    r"(?i:\b(?:room|rm|boardroom|suite|hall|studio|lab|pod|booth|salle|sala|saal|raum|zaal|aula))\.?[ \t]*[:\-–]?"
    r"[ \t]*[\"“'‘]$"
)


def _venue(text: str, start: int, end: int, words: list[str]) -> bool:
    """A room or a venue named after someone, by the shapes the firm rules above leave out."""
    if (m := _NEXT_TOKEN.match(text, end)) is not None and (word := m.group(1))[:1].isupper():
        if not (word.istitle() or word.isupper()) and word.casefold() in _FACILITY_WORDS_FOLDED:
            return True  # "Johan Cruijff ArenA" (Title Case and capitals are the rules' above)
    if (
        _COURT_AFTER.match(text, end)
        and (len(words) > 1 or words[0].casefold() not in FIRST_NAMES_ALL)
        and not _PERSON_OBJECT_BEFORE.search(text, max(0, start - 16), start)
    ):
        return True  # "the Philippe Chatrier court" (not "is Sarah court today?")
    if "-" in words[-1] and (words[0] == "Court" or text[max(0, start - 6) : start] == "Court "):
        return True  # "Court Philippe-Chatrier"
    quote = text[end : end + 1]
    return (
        quote
        and quote in "\"”'’"
        and not text[end + 1 : end + 2].isalpha()
        and _ROOM_BEFORE_QUOTE.search(text, max(0, start - 30), start) is not None
    )  # "Meeting room 'Churchill'"


# Scripture: a book named after someone before its chapter and verse ("Ruth 1:16", "Luke 18:16", "Surah Al-Baqarah
# 2:286"), or after "Book of", "Gospel of" or "Surah". A chapter and verse that could be a clock or a score ("John
# 10:30", "Müller 2:1") is a book's only in a text that speaks of scripture, and then off the quarter hours unless
# it names a book of the Bible.
BIBLE_BOOKS = frozenset(
    """genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles ezra nehemiah esther
    job psalm psalms proverbs ecclesiastes song isaiah jeremiah lamentations ezekiel daniel hosea joel amos obadiah
    jonah micah nahum habakkuk zephaniah haggai zechariah malachi matthew mark luke john acts romans corinthians
    galatians ephesians philippians colossians thessalonians timothy titus philemon hebrews james peter jude
    revelation tobit judith maccabees sirach baruch""".split()
)
_CHAPTER_VERSE = re.compile(
    r"[ \t]+(?P<c>\d{1,3}):(?P<v>\d{1,3})(?![\d:])(?![ \t]*(?i:am|pm|a\.m|p\.m|h|hrs?|uhr)\b)"
    r"(?P<clock>[ \t]*[-–][ \t]*\d{1,2}:\d\d)?"
)
_SCRIPTURE_CUE = re.compile(
    r"(?i:\b(?:bible|biblical|scriptures?|gospels?|verses?|psalms?|surah|sura|qur['’]?an|koran|ayah|ayat|torah|"
    r"sermon|homily|lectionary|devotional|epistles?|testament|kjv|niv|esv|nrsv|readings?)\b)"
)
_BOOK_BEFORE = re.compile(
    r"(?:\b(?:Book|Gospel|Epistle|Letter)[ \t]+of[ \t]+(?:St\.?[ \t]+|Saint[ \t]+)?|\bS[uū]rah[ \t]+)$"
)


def _scripture(text: str, start: int, end: int, words: list[str]) -> bool:
    book = words[-1].strip(".,;:").casefold() in BIBLE_BOOKS
    if words[0] in ("Surah", "Sūrah") or (
        (m := _BOOK_BEFORE.search(text, max(0, start - 24), start)) is not None and (book or "rah" in m.group())
    ):
        return True  # "Surah Maryam", "the Book of Ruth"
    m = _CHAPTER_VERSE.match(text, end)
    if m is None or m.group("clock") or _says_person(text, start, end):
        return False
    chapter, verse = int(m.group("c")), int(m.group("v"))
    if not chapter or not verse:
        return False  # a score: "Müller 1:0"
    clockless = len(m.group("v")) == 3 or chapter > 24 or verse > 59  # "Isaiah 40:31", "Al-Baqarah 2:286"
    odd = len(m.group("v")) == 1 or verse % 15 != 0  # no clock's quarter: "Ruth 1:16", "Micah 6:8"
    cue = _SCRIPTURE_CUE.search(text) is not None
    # "John 10:32" in a chat is John at 10:32: a clock-like reference is a book's only in a text about scripture.
    return clockless or (cue and (odd or book))


# Laws, schemes and alerts named after someone, often a child ("Megan's Law", "the Adam Walsh Act", "Amber Alert",
# "Peter Principle"). "Law" and "Rule" are surnames too ("Jude Law", "Ann Rule"): those only after a
# possessive, and not before a subject's word ("Sarah's Law degree").
LAW_WORDS = (
    "Act", "Acts", "Alert", "Alerts", "Amendment", "Scheme", "Principle", "Doctrine", "Syndrome", "Disease",
    "Protocol", "Clause", "Paradox", "Theorem", "Effect", "Statute", "Ordinance", "Directive",
)  # fmt: skip
_POSSESSIVE_LAW_WORDS = ("Law", "Laws", "Rule", "Rules", "Razor")  # (not "Bill": "Maria's Bill" is her husband)
_LAW_AFTER = re.compile(
    r"(?:(?:['’]s|(?<=s)['’])[ \t]+(?:"
    + "|".join(LAW_WORDS + _POSSESSIVE_LAW_WORDS)
    + r")|[ \t]+(?:"
    + "|".join(LAW_WORDS)
    + r"))(?![\w'’\-])(?![ \t]+(?i:school|degree|class|classes|exams?|course|studies|students?|professor|lectures?|"
    r"lecturer|firm|office|practice|books?|notes|homework|essay|tutor|teacher|society)\b)"
)


_NAME_BEFORE_LAW = re.compile(r"[A-Z][\w\-]*(?P<tail>(?:['’]s|(?<=s)['’])?[ \t]+)$")


def _law(text: str, start: int, end: int, value: str) -> bool:
    at = end - 2 if value.endswith(("'s", "’s")) else end
    if _LAW_AFTER.match(text, at):
        return True  # "Megan" + "'s Law"
    name = _NAME_BEFORE_LAW.search(text, max(0, start - 30), start)
    if name is not None and (m := _LAW_AFTER.match(text, name.start("tail"))) is not None and m.end() == end:
        return True  # "Megan's" + "Law", "Amber" + "Alert": the model's span is the law's word alone
    return any(m.end() == end for m in _LAW_AFTER.finditer(text, start, min(len(text), end + 40)))  # "Clare's Law"


# "Max weight 31 kg", "Min temp -20 °C", "Max. Load: 150 kg": a limit's abbreviation before what it limits and its
# figure ("Max said", "Max, 15,", "Did Max load 2 vans?" stay a name).
_LIMIT_WORDS = frozenset("Max Min Maximum Minimum".split())
MEASURES = (
    "weight", "load", "speed", "temp", "temperature", "height", "width", "length", "depth", "size", "capacity",
    "power", "pressure", "voltage", "current", "output", "input", "volume", "range", "payload", "torque", "flow",
    "rate", "altitude", "distance", "dose", "dosage", "order", "qty", "quantity", "amount", "number", "count",
    "users", "value", "price", "level", "duration", "resolution", "frequency", "occupancy", "thickness", "diameter",
    "wattage", "humidity", "span", "stroke", "lift", "reach", "runtime", "players", "guests", "people", "persons",
    "occupants", "passengers", "seats", "participants", "attendees", "pax", "rpm", "file", "files", "upload",
)  # fmt: skip
_MEASURE_AFTER = re.compile(
    r"\.?(?:[ \t]+(?P<noun>[a-z]+))?[ \t]+(?i:" + "|".join(MEASURES) + r")(?![\w'’\-])[^\n\d.!?]{0,12}\d"
)  # (a noun may come between: "Max rider weight 120 kg"; not a verb: "Max lost weight 3 times")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?i:did|does|do|can|could|will|would|should|may|might|must|let|help|helped|make|made|watch|watched|saw)[ \t]+$"
)


def _measured_thing(word: str) -> bool:
    """A noun before the measure ("rider", "user"), no verb, adjective or adverb ("lost", "gross", "never")."""
    return word not in STOP_WORDS and word not in lexicon_words() and not word.endswith(("ed", "ing"))


def _limit(text: str, start: int, end: int, words: list[str]) -> bool:
    if words[-1].rstrip(".") in _LIMIT_WORDS:
        at = end
    elif words[0].rstrip(".") in _LIMIT_WORDS:
        at = text.find(words[0], start) + len(words[0])
    else:
        return False
    word = at - len(words[-1] if at == end else words[0])
    m = _MEASURE_AFTER.match(text, at)
    return (
        m is not None
        and (m.group("noun") is None or _measured_thing(m.group("noun")))
        and not _AUXILIARY_BEFORE.search(text, max(0, word - 8), word)
    )


def _named_for_someone(text: str, start: int, end: int, value: str) -> bool:
    """A street, a venue, a book of scripture, a law or a product's limit named like a person."""
    words = value.split()
    return bool(words) and (
        _street_before(text, start, end, words)
        or _street_after(text, start, end, words)
        or _venue(text, start, end, words)
        or _scripture(text, start, end, words)
        or _law(text, start, end, value)
        or _limit(text, start, end, words)
    )


def not_a_person(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words text[start:end] name a firm, a brand or a place named after someone."""
    while end - start > 1 and text[end - 1] in ".,;:":
        end -= 1  # "the Florence Nightingale Room." with the sentence's full stop
    if _named_person(text, start, end) and not _NAMED_AFTER.match(text, end):
        return False  # "Emergency contact: Grace Chapel (sister)", "Suspect is Tyler Bank": the text says a person
    value = text[start:end]
    if value.split(maxsplit=1)[0] in PLATFORM_BRANDS or _PLATFORM_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Amazon Redshift uses", "AWS WAF", "Google Sheets", "in Microsoft Teams": a vendor's product
    if maker_model(value.split()):
        return True  # "Nissan Murano", "Ford Capri", "Ubuntu Jammy": a maker's model
    if _named_for_someone(text, start, end, value):
        return True  # "Via Giuseppe Verdi", "Nelson Street", "Meeting room 'Churchill'", "Ruth 1:16", "Megan's Law"
    if _brand_or_software(text, start, end) or _titled_work(text, start, end):
        return True  # "kit by Puma", "upgrade Jenkins to 2.4", 'the novel "Jane Eyre"'
    if _STORM_BEFORE.search(text, max(0, start - 24), start) or _STORM_INSIDE.match(text, start, end):
        return True  # "Cyclone Idai"
    if any(m.start() <= start and end <= m.end() for m in _DISH_RE.finditer(text, max(0, start - 16), end + 16)):
        return True  # "Earl Grey", "Beef Wellington"
    if value.isupper() and len(value) > 3:
        # ALL-CAPS forms ("EMPLOYER: MORGAN STANLEY", "VENUE: LINCOLN ROOM"): read the words around as Title Case.
        lo, hi = max(0, start - 60), min(len(text), end + 60)
        titled = text[lo:hi].title()
        if len(titled) == hi - lo:
            text = text[:lo] + titled + text[hi:]
    if _NAMED_AFTER.match(text, end) or _BUILDING_WORK_AFTER.match(text, end):
        return True  # "Lincoln Room", "Nightingale Ward will be renovated"
    eponym = not value.endswith(("'s", "’s")) and _EPONYM_AFTER.match(text, end)
    if eponym or _CLUB_BEFORE.search(text, max(0, start - 10), start):
        return True  # "Beer–Lambert law", "Suzuki–Miyaura coupling", "Allen key", "FC Blau-Weiss"
    club = _CLUB_AFTER.match(text, end) or (len(value.split()) >= 2 and _CLUB_AFTER.fullmatch(" " + value.split()[-1]))
    if value in _CLUBS or (club and value.split()[0].casefold() not in FIRST_NAMES_ALL):
        return True  # "Wanderers v Lokomotiv", "Blue Heron FC" (not "Jordan Rangers": a given name may be a person's)
    if value in _CONSTELLATIONS and _STAR_TABLE.search(text):
        return True  # "… | spiral galaxy | Ursa Major": a constellation in a star catalogue
    words = value.split()
    if len(words) >= 2 and words[-1] in _STREET_LAST and words[0].casefold() not in FIRST_NAMES_ALL:
        return True  # "Marsh Lane | 07:29": a street or a stop named like a surname
    if _facility_first(text, start, value):
        return True  # "Estádio Nacional", "Lycée Victor Hugo": a building named by its kind first
    if _TRACK_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return True  # "07. Belle and Sebastian - Quiet Engine (7:04) [live]": a playlist's band and song
    if text[start - 1 : start] == "(" and _PUBLISHER_AFTER.match(text, end):
        return True  # "Trust and Safety Engineering (Wiley, 2014) ISBN 978-…": a book's publisher and year
    if len(value.split()) >= 2 and _NAMED_HEAD.fullmatch(value.split()[-1]):
        return True  # "Schengen Area", "Bretton Woods Agreement": the head is inside the words
    value = text[start:end]
    words = value.split()
    if value[:1].isupper() and _catalogue_or_service(text, start, end, words):
        return True
    if value[:1].isupper() and not value.isupper():
        if _AWARD_AFTER.match(text, end):
            return True  # "Carrington Cup 5K", "the Hendricks Prize 2024"
        if (
            len(words) >= 2
            and _SURNAME_FACILITY_AFTER.fullmatch(" " + words[-1])
            and _SURNAME_FACILITY_THEN_PART.match(text, end)
        ):
            return True  # "Ashby Hall storage", "Pendleton Hall wifi"
        if (
            len(words) >= 2
            and words[-1].strip(".,;:") in _WORKS_NAMED_FOR
            and (len(words) >= 3 or words[0].casefold() not in FIRST_NAMES_ALL)
        ):
            return True  # "Humber Bridge", "Nelson Mandela Bridge", "Hoover Dam" (not "Anna Bridge")
        if len(words) >= 2 and words[-1].strip(".,;:") in _TYPE_STYLES:
            return True  # "Palatino Semibold", "Bembo Italic": a typeface named after someone, in one of its styles
        if len(words) >= 2 and _head_inside(words):
            return True  # "Hendricks Prize Selection Panel", "Whitfield Support"
        if len(words) >= 2 and words[-1].strip(".,;:") in _AWARD_WORDS:
            return True  # "Carrington Cup" before "5K"
        if len(words) >= 2 and _thing_word(words[-1], words[0]):
            return True  # "Brinkley Backpack", "Marlowe Lamp": a product's name, the noun included
        if len(words) == 1 and _AND_NAMED_AFTER.match(text, end):
            return True  # "the Smith and Wesson Foundation"
        if _NAMED_AFTER_FAR.match(text, end):
            return True  # "Abraham Lincoln High School", "Martin Luther King Jr. Community Center"
        if (
            (_THING_AFTER.match(text, end) and not _PARTICLE_THEN_FAMILY.match(text, end))
            or _THING_AFTER_MODIFIER.match(text, end)
            or _THING_NUMBER_AFTER.match(text, end)
        ) and not _PERSON_OBJECT_BEFORE.search(text, max(0, start - 16), start):
            return True  # "the Hamilton team", "a Miele dishwasher", "Yale law clinics", "Jenkins build 4412"
        if (
            len(words) == 1
            and words[0].casefold() not in FIRST_NAMES_ALL
            and (m := _NEXT_WORD.match(text, end)) is not None
            and _noun_only(m.group(1))
            and not _PERSON_OBJECT_BEFORE.search(text, max(0, start - 16), start)
            and not _ROLE_BEFORE.search(text, max(0, start - 24), start)
        ):
            return True  # "the Kessler kiosk", "Whitfield parser"
        if _TERM_AFTER_POSSESSIVE.match(text, end):
            return True  # "Parkinson's disease", "Erikson's stages"
        if any(_camel_product(w) for w in value.split()):
            return True  # "Lenovo ThinkPad", "Dell OptiPlex"
        if any(_code_word(w) for w in value.split()):
            return True  # "Brennan-Mug-WHT", "Marlow-Tote-NVY": a SKU's parts
        words = value.split()
        if _SHIP_BEFORE.search(text, max(0, start - 8), start):
            return True  # "HMS Queen Elizabeth"
        if (
            len(words) == 1
            and _CODE_BEFORE_BRACKET.search(text, max(0, start - 40), start)
            and text[end : end + 1] == ")"
        ):
            return True  # "commit 8d3e2f1 (Kepler)"
        if len(words) == 1 and _CODENAME_BEFORE.search(text, max(0, start - 40), start):
            return True  # "release train 'Lovelace'"
        if (
            len(words) == 2
            and words[1] in ("Brothers", "Bros", "Bros.", "Sons")
            and words[0].casefold() not in FIRST_NAMES
        ):
            return True  # "Kellerman Brothers", "Einstein Bros"
        if _PLACE_LABEL_BEFORE.search(text, max(0, start - 24), start):
            return True  # "Room: Harrison Suite 12"
        if (
            len(words) >= 2
            and _SURNAME_FACILITY_AFTER.fullmatch(" " + words[-1])
            and _AGENDA_VENUE.search(text, text.rfind("\n", 0, start) + 1, start)
        ):
            return True  # "14:44  Lightning talks — Mandela Hall": an agenda's room at the end of its line
        if (value.endswith(("'s", "’s")) or text[end : end + 2] in ("'s", "’s")) and _ESTABLISHMENT_AFTER.match(
            text, end
        ):
            return True  # "Paddy O'Brien's pub"
        if _SURNAME_FACILITY_AFTER_THE.search(text, max(0, start - 30), start) and (
            (len(words) in (2, 3) and _SURNAME_FACILITY_AFTER.match(text, end))
            or (len(words) in (2, 3, 4) and _SURNAME_FACILITY_AFTER.fullmatch(" " + words[-1]))
        ):
            return True  # "the Avery Fisher Hall", "the Anne Frank House"
        if _SURNAME_PAIR_FIRM.search(text, max(0, start - 40), min(len(text), end + 40)):
            for m in _SURNAME_PAIR_FIRM.finditer(text, max(0, start - 40), min(len(text), end + 40)):
                if (
                    m.start() <= start
                    and end <= m.end()
                    and not (m.group("a").casefold() in FIRST_NAMES and m.group("b").casefold() in FIRST_NAMES)
                ):
                    return True  # "Baker & Taylor", "Smith & Wesson" (not "Maria & Jose")
        if (value.endswith(("'s", "’s")) or text[end : end + 2] in ("'s", "’s")) and _FIRM_RE.search(
            text, start, min(len(text), end + 2)
        ):
            return True
        if ("," in text or " and " in text or "&" in text) and _in_firm_list(text, start, end):
            return True  # "Pfizer, Merck and Eli Lilly"
    elif (
        value.islower()
        and len(value.split()) <= 3
        and _THING_AFTER.match(text, end)
        and _DETERMINER_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # lower-case chat: "the kessler room", "the brinkley backpacks", "the nelson mandela room"
    if value.islower() and _FIRM_RE_LOWER.search(text, max(0, start - 30), min(len(text), end + 30)):
        for m in _FIRM_RE_LOWER.finditer(text, max(0, start - 30), min(len(text), end + 30)):
            if m.start() < end and start < m.end() and not _named_person(text, *m.span()):
                return True  # "the morgan stanley volunteers" (but "he is called paul smith")
    words = text[start:end].split()
    if words and words[-1].casefold().strip(".,") in _SUFFIX_WORDS:
        return True  # "Thomas and Sons", "Hartley Labs"
    if " " not in text[start:end].strip() and _EMPLOYER.search(text, max(0, start - 24), start):
        return True  # "I work for Flightstats" (not "works for Maria Lopez": a person employs too)
    if "," in text[max(0, start - 80) : end + 80] and _surname_firm(text, start, end):
        return True
    before = text[max(0, start - 12) : start]
    if _DETERMINER_BEFORE.search(before) and _PRODUCT_AFTER.match(text, end):
        return True  # "the Jenkins pipeline", "a Dyson vacuum"
    facility_end = end
    if m := _SURNAME_FACILITY_AFTER.match(text, end):
        facility_end = m.end()
    elif not (len(words) >= 2 and _SURNAME_FACILITY_AFTER.fullmatch(" " + words[-1])):
        facility_end = -1
    if (
        facility_end > 0
        and words[0].casefold() not in FIRST_NAMES_ALL
        and (
            _venue_neighbour(_VENUE_BEFORE.search(text, max(0, start - 40), start))
            or _venue_neighbour(_VENUE_AFTER.match(text, facility_end))
        )
    ):
        return True  # "Churchill Room, Whitfield Hall and Faraday House", "Room 6.22, Rutherford Appleton Hall"
    if _FACILITY_BEFORE.search(before) or _venue_moved_to(text, start, words):
        if len(words) in (1, 2) and _SURNAME_FACILITY_AFTER.match(text, end):
            return True  # "in Franklin Hall", "the Fletcher Wing", "held in Mary Beth Hall"
        if len(words) in (2, 3) and _SURNAME_FACILITY_AFTER.fullmatch(" " + words[-1]):
            return True  # the span took the word in: "the Fletcher Wing", "in Mary Beth Hall."
    # The span took the words in: "Lincoln Room", "Fenwick Customer Care" (matched on the whole text: a number may
    # follow).
    space = text.find(" ", start, end)
    while space > start:
        if (m := _NAMED_AFTER.match(text, space)) is not None and m.end() == end:
            return True
        space = text.find(" ", space + 1, end)
    if "&" in text[max(0, start - 40) : end + 40]:
        for m in _AMPERSAND_FIRM.finditer(text, max(0, start - 40), min(len(text), end + 40)):
            if m.start() <= start and end <= m.end():
                return True
    # "Wells Fargo Advisors" too; not "her stepfather Edward Jones, 45,".
    return any(a < end and start < b and not _named_person(text, a, b) for a, b in _firm_spans(text))


# Consumer brands and firms that are one founder's or family's surname, and also a person's surname ("a Dyson fan",
# "kit by Puma", "moved the reserve to Hilton"). A list of brands from general knowledge, not taken from any test
# generator. A name that is one of these words is the brand unless the text says a person: a title or a role before
# it ("Mr. Ford", "Officer Hilton"), or an age, a relation or a person's verb after it (checked in _brand_word).
BRAND_WORDS = frozenset(
    """Ford Dell Hilton Marriott Disney Porsche Ferrari Boeing Heinz Kellogg Hershey Cadbury Nestlé Nestle Gillette
    Colgate Dyson Philips Siemens Bosch Michelin Goodyear Tesla Adidas Puma Sainsbury Levi Deloitte Chanel Gucci
    Prada Versace Armani Ferragamo Fendi Givenchy Balenciaga Lamborghini Bugatti Maserati Chrysler Cadillac Renault
    Citroen Opel Daimler Benz Honda Suzuki Yamaha Kawasaki Mitsubishi Bridgestone Pirelli Miele Bissell Kenwood
    Whirlpool Maytag Makita Dewalt Hilfiger Vuitton Cartier Rolex Swarovski Mattel Hasbro Reebok Lindt Wrigley
    Guinness Heineken Carlsberg Budweiser Smirnoff Bacardi Hennessy Hyatt Sheraton Wyndham""".split()
)
# Brand words that are also common first names ("Tiffany", "Wendy"): the brand only with a word of trade nearby.
_TRADE_CUE = re.compile(
    r"(?i:[$£€]|\b(?:kit|buy|bought|sponsor\w*|store|stores|shop|brand|order|po|price|discount|donat\w*|"
    r"partnership|sku|model|product|products|stock|supplier|vendor|voucher|vouchers|hotel|hotels|account|bank|"
    r"fund|funded|foundation|quote|lease|leased|trademark|vans?|cars?|laptops?|tyres?|tires?|reserve|ledger|"
    r"agreement|contract|custody|deposit|invoice|tender|partner|catalogue|catalog|menu|fleet)\b)"
)
# Software, services and assistants with a person's name: "upgrade Jenkins to 2.4", "the Django admin", "Kafka lag".
# A list from general knowledge; such a word is the software only with a technical word in its sentence (_TECH_CUE).
SOFTWARE_NAMES = frozenset(
    """Jenkins Hudson Django Kafka Cassandra Jarvis Watson Julia Ansible Grafana Kibana Jekyll Hugo Gatsby Alexa
    Siri Cortana Bert Ada Pascal Ruby Nagios Zabbix Sentry Maven Tomcat Jetty Flask Celery Pandas Jupyter Sphinx
    Sonar Hadoop Hive Pig Spark Solr Lucene Elastic Logstash Vault Consul Nomad Terraform Packer Vagrant Harbor
    Argo Flux Helm Istio Envoy Linkerd Mercurial Travis Nexus Artemis Apollo Athena Hermes Mimir Loki Tempo
    Thanos Cortex Redis Postgres Percona Mongo Neo Oracle Ubuntu Debian Fedora Mandrake Arch""".split()
)
_TECH_CUE = re.compile(
    r"(?i:\bv\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+\b|\b(?:build|builds|deploy|deployed|deployment|pipeline|pipelines|"
    r"server|servers|cluster|plugin|plugins|controller|upgrade|upgraded|bump|commit|api|database|latency|lag|"
    r"nightly|template|templates|inventory|broker|node|nodes|container|docker|kubernetes|python|java|postgres|"
    r"postgresql|mysql|notebook|notebooks|queue|instance|config|repo|runner|runners|endpoint|migrat\w*|outage|"
    r"downtime|p99|cpu|ssl|cert|certificate|dashboard|workflow|cron|sandbox|staging|devops|uptime|chatbot|jdk|"
    r"sdk|yaml|json|ssh|vm|vms)\b)"
)
# Dishes, drinks and sweets named after someone: "Earl Grey", "Eggs Benedict", "Beef Wellington" (general knowledge).
DISHES = (
    "Earl Grey", "Lady Grey", "Eggs Benedict", "Beef Wellington", "Peach Melba", "Melba toast", "Caesar salad",
    "Waldorf salad", "Cobb salad", "Pavlova", "Bellini", "Bloody Mary", "Tom Collins", "Shirley Temple",
    "Arnold Palmer", "Tournedos Rossini", "Beef Stroganoff", "Chicken Tetrazzini", "Oysters Rockefeller",
    "Margherita", "Nachos", "Graham crackers", "Granny Smith", "Tarte Tatin", "Sachertorte", "Battenberg",
    "Bananas Foster", "Lobster Newberg", "Reuben", "Eggs Florentine", "Pizza Margherita", "Apple Charlotte",
)  # fmt: skip
_DISH_RE = re.compile(
    r"(?<![\w'’\-])(?:"
    + "|".join(sorted((re.escape(d).replace(r"\ ", r"[ \t]+") for d in DISHES), key=len, reverse=True))
    + r")(?![\w\-])"
)
# A named storm: "Hurricane Katrina", "Cyclone Idai", "Storm Eunice", "Tropical Storm Alberto".
_STORM_BEFORE = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Superstorm|Storm|Tropical[ \t]+Storm|Tropical[ \t]+Depression)[ \t]+$"
)
# The same with the storm's word inside the name's span ("Storm" alone is a first name too: "Storm Reid").
_STORM_INSIDE = re.compile(r"(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical[ \t]+(?:Storm|Depression))[ \t]+[A-Z]")
# A work's title in quotes after the kind of work, or in a catalogue's line with its ISBN: 'the novel "Jane Eyre"',
# 'a first edition of "Oliver Twist"', 'the school production of "Citizen Kane"', '"Erin Brockovich", ISBN 978-…'.
_WORK_BEFORE_QUOTE = re.compile(
    r"(?i:\b(?:novel|novels|book|books|film|films|movie|movies|play|plays|album|albums|opera|operas|musical|song|"
    r"songs|series|show|production|edition|poem|poems|painting|documentary|episode|title|titled|reading|read|"
    r"adaptation|screening|premiere|sequel|musical|ballet|exhibition|catalogue|catalog|classic|classics|volume|"
    r"club|list|syllabus|curriculum)\b)"
    r"(?P<gap>[^\n\"“”‘’']{0,24})$"
)
_ROLE_WORD = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w) for w in sorted(ROLE_NOUNS, key=len, reverse=True) if " " not in w) + r")\b)"
)
# A quoted title's opening quote, on the name's line before it, with at most a few title words between
# ("'Harry Potter and the Chamber of Secrets'", "“Jane Eyre”"); a single quote only where no word runs into it.
_OPEN_QUOTE_BEFORE = re.compile(r"(?:[\"“‘]|(?<![\w'’])')(?P<title>[^\"“”‘’'\n]{0,40})$")
_CLOSING_QUOTE = {'"': '"', "“": "”", "‘": "’", "'": "'"}
_ISBN_NEAR = re.compile(r"(?i:\bISBN\b)")


# A film's certificate and running time after its title: "Iron Meadow (15, 108 min)", "The Glass Orchard (12A,
# 106 min)", "(PG-13, 1h 52m)".
_FILM_AFTER = re.compile(
    r"[ \t]*\((?:U|PG|12A?|15|18|R|G|PG-13|NC-17|TV-[A-Z0-9]+|[0-9]{1,2}\+?)?[ \t]*,?[ \t]*"
    r"(?:\d{2,3}[ \t]*(?:min|mins|minutes)\b|\d[ \t]*h[ \t]*\d{1,2}[ \t]*m)"
)


def _titled_work(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is inside a quoted title of a book, a film or a play, or a film's title before its
    certificate and running time."""
    if _FILM_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    m = _OPEN_QUOTE_BEFORE.search(text, max(line_start, start - 41), start)
    if m is None:
        return False
    close = text.find(_CLOSING_QUOTE[text[m.start()]], end, end + 60)
    if close < 0 or "\n" in text[end:close] or text[close + 1 : close + 2].isalpha():
        return False  # no closing quote on the line ("'s" is a possessive, not a quote's end)
    work = _WORK_BEFORE_QUOTE.search(text, max(0, m.start() - 40), m.start())
    if work is not None and not _ROLE_WORD.search(work.group("gap")):
        return True  # not "her book club friend 'Billy'": a person's role between the work and the quote
    line_end = text.find("\n", end)
    return bool(_ISBN_NEAR.search(text, line_start, line_end if line_end >= 0 else len(text)))


# A role in apposition after the name: "Gillette, the neighbour,", "Dyson (her coach)".
_ROLE_AFTER = re.compile(
    r"[ \t]*[,(][ \t]*(?i:(?:the|her|his|my|their|our|a|an)[ \t]+)?(?:[\w\-]+[ \t]+)?(?i:"
    + "|".join(re.escape(w) for w in sorted(ROLE_NOUNS, key=len, reverse=True) if " " not in w)
    + r")\b"
)


def _says_person(text: str, start: int, end: int) -> bool:
    """A title or a role before the name, or an age, a relation, a role or a person's verb after it."""
    return bool(
        _ROLE_AFTER.match(text, end)
        or _PERSON_BEFORE_FIRM.search(text, max(0, start - 40), start)
        or _ROLE_BEFORE.search(text, max(0, start - 24), start)
        or _PERSON_AFTER_FIRM.match(text, end)
        or _PERSON_OBJECT_BEFORE.search(text, max(0, start - 16), start)
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, max(0, start - 160), start) for c in ".!?\n|")
    hi = [i for i in (text.find(c, end, end + 160) for c in "!?\n|") if i >= 0]
    stop = re.search(r"\.(?:\s|$)", text[end : end + 160])
    if stop is not None:
        hi.append(end + stop.start())
    return lo + 1, min(hi) if hi else min(len(text), end + 160)


def _brand_or_software(text: str, start: int, end: int) -> bool:
    """A single word that is a listed brand ("kit by Puma") or, in a technical sentence, a listed piece of software
    ("upgrade Jenkins to 2.4"), where the text does not say a person."""
    word = text[start:end].strip()
    base = word[:-2] if word.endswith(("'s", "’s")) else word
    if " " in base or (base not in BRAND_WORDS and base not in SOFTWARE_NAMES):
        return False
    if _TOOL_AFTER.match(text, end):
        return True  # "Ask Jarvis (our internal bot)"
    if _says_person(text, start, end):
        return False
    lo, hi = _sentence(text, start, end)
    around = text[lo:start] + " " + text[end:hi]
    if base in BRAND_WORDS:
        return base.casefold() not in FIRST_NAMES or bool(_TRADE_CUE.search(around))
    return bool(_TECH_CUE.search(around)) or any(
        w.strip(".,;:()") in SOFTWARE_NAMES | PLATFORM_BRANDS for w in around.split()
    )  # "why Jenkins and Ansible disagree"


# What a piece of software is, in brackets after its name: "Jarvis (our internal bot)", "Watson (the IBM service)".
_TOOL_AFTER = re.compile(
    r"[ \t]*\((?i:(?:the|our|an?|their)[ \t]+)?(?:[\w\-]+[ \t]+){0,2}(?i:bot|chatbot|tool|app|service|assistant|"
    r"software|platform|system|server|library|framework|plugin)\)"
)


# Vendors whose name opens their products' names ("Amazon Kendra", "Google Sheets", "Microsoft Teams"): a capitalised
# word after one, or a span opening with one, is a product (unless the text says a person, checked first).
PLATFORM_BRANDS = frozenset(
    """Amazon AWS Google Microsoft Azure Apple Adobe Oracle IBM Salesforce SAP Atlassian Meta Cisco Zoho Intuit
    Autodesk VMware Dropbox Slack Zoom Shopify Stripe Twilio HubSpot Zendesk Workday ServiceNow Apache Mozilla
    GitHub GitLab Truecaller GetContact NumBuster Eyecon Hiya Venmo PayPal Zelle Revolut Monzo Cash""".split()
)
# Makers whose next capitalised word is a model ("Nissan Murano", "Pontiac Montana", "Ubuntu Jammy"): vehicle
# makes and operating systems. Those that are also people's names ("Ford", "Kia", "Mercedes") count only before
# a word that is no known name ("Kia Sedona", not "Kia Thompson").
MODEL_MAKERS = frozenset(
    """Nissan Hyundai Pontiac Chevrolet Chevy Volkswagen VW Renault Peugeot Citroen Citroën Skoda Škoda Volvo BMW
    Audi Fiat Opel Vauxhall Chrysler Jeep Buick Cadillac Lexus Infiniti Acura Dacia Lada Datsun Proton Ducati Vespa
    Scania Iveco Ubuntu Debian Fedora Android CentOS RHEL Raspbian Kubuntu Xubuntu macOS iOS iPadOS watchOS""".split()
)  # (not the makers that are Japanese family names, written first: "Suzuki Hana", "Honda Keisuke" are people)
_MODEL_MAKERS_NAMES = frozenset("Ford Kia Mercedes Jaguar Dodge Seat Tesla Mini Smart Holden Porsche Saab".split())
# A town's own second word: "Dodge City", "Seat Pleasant Heights" are places, not models.
_PLACE_SECOND_WORDS = frozenset("city town county park village springs beach heights falls valley hills".split())


def maker_model(words: list[str]) -> bool:
    """Whether the capitalised words are a maker's model ("Ford Capri"), not a person with a maker's name."""
    if len(words) < 2 or not words[1][:1].isupper():
        return False
    if words[0] in MODEL_MAKERS:
        return True
    second = words[1].strip(".,;:").casefold()
    return (
        words[0] in _MODEL_MAKERS_NAMES
        and second not in LAST_NAMES_ALL
        and second not in FIRST_NAMES_ALL
        and second not in _PLACE_SECOND_WORDS
    )


_PLATFORM_BEFORE = re.compile(r"(?<![\w'’\-])(?:" + "|".join(sorted(PLATFORM_BRANDS)) + r")[ \t]+$")

_last: tuple[str | None, list[tuple[int, int]]] = (None, [])
_LIST_BEFORE = re.compile(r"[A-Z][\w'’\-]*,[ \t]*$")


def _firm_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a listed firm; the last text's answer is kept (its names are checked one by one)."""
    global _last
    if _last[0] is not text:
        _last = (
            text,
            [
                m.span()
                for m in _FIRM_RE.finditer(text)
                # "Johnson and Johnson" is the firm, but not at the end of a list ("founders: Gerste, Johnson and
                # Johnson"): there they are people.
                if not (" and " in m.group() and _LIST_BEFORE.search(text, max(0, m.start() - 40), m.start()))
            ],
        )
    return _last[1]
