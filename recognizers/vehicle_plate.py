"""Vehicle registration plates: any plate after its word ("licence plate 7ABC123", "reg: AB12 CDE", "Texas tag
KLM-4821"), and, without a word, the strict national formats that read as nothing else (UK `AB12 CDE`, French
`AB-123-CD`, Italian `AB 123 CD`, Spanish `1234 BCD`, German `B-MW 1234`, Dutch side codes `12-ABC-3`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from ._names import ENGLISH_WORDS
from ._recognizer_helpers import ContextRegexRecognizer, screen_text
from ._tables import row_cells, row_names_a_person

# The word in the languages of the organisation's partners: German, Spanish/Portuguese, French, Italian, Dutch,
# Polish, Czech/Slovak, Swedish, Danish/Norwegian, Finnish.
_FOREIGN_CUES = (
    r"(?:kfz-?)?kennzeichen|nummernschild|matr[ií]culas?|placas?|immatriculation|plaque(?:\s+d'immatriculation)?|targa|"
    r"kenteken|tablica(?:\s+rejestracyjna)?|nr\s+rej\.?|spz|registreringsnummer|reg\.?\s*nr\.?|nummerplade|"
    r"rekisterinumero|rek\.?\s*nro|rejestracj[aię]|rejestracyjn[aey]|rendsz[áa]m|registra[cč]n[íi]\s+zna[cč]ka|"
    r"numar(?:ul)?\s+de\s+[îi]nmatriculare|matricola|targh[ea]|"
    # The verbs: "una Panda targata AB123CD", "immatricolata", "une voiture immatriculée", "matriculado".
    r"targat[oaie]|immatricolat[oaie]|immatricul[ée]e?s?|matriculad[oa]s?|emplacad[oa]s?|"
    # Argentina's and Uruguay's word for a plate; Italy's "patente di guida" is a driving licence.
    r"patente(?!\s+(?:di\s+guida|de\s+conduc|de\s+invenc|n[°º.]|no\.|nr))"
)
_CUE = (
    r"(?:"
    r"licen[cs]e[\s\-]*plates?(?:\s*(?:no\.?|number|#))?|number[\s\-]+plates?|plates?(?:\s*(?:no\.?|number|#))?|"
    r"reg(?:istration|\.)?(?:\s*(?:no\.?|number|plate|mark|#))?|vrm|"
    # … and glued, as OCR and terse forms write it: "VEHREG", "CARREG", "PLATENO", "LICENSEPLATE".
    r"(?:vehicle|veh|car)[\s._\-]*reg(?:istration|\.)?(?:\s*(?:no\.?|number|plate|mark|#))?|"
    r"tags?(?:\s+(?:no\.?|number|#))?|lp\s*#|lpn|vrn|"
    # Australia's and New Zealand's word; India's "car number", "vehicle no."; a tip's "numberplate".
    r"rego|numberplate|(?:car|vehicle|bike|scooter)['’]?s?\s+(?:no\.?|number|num)|"
    # "plate legible: …", "car with number …", a camera's "ANPR hit …"; Malay, Indonesian and Hausa words
    r"plates?\s+(?:legible|visible|shown|seen)|(?:car|vehicle|van|truck|bike|motorbike)\s+with\s+(?:the\s+)?"
    r"(?:number|plates?|registration|reg)|anpr(?:\s+(?:hit|read|camera))?|nombor\s+plat|plat\s+nomor|"
    r"nomor\s+polisi|lambar\s+mota|" + _FOREIGN_CUES + r")"
)
# One to three groups of letters and digits: "7ABC123", "KLM-4821", "AB12 CDE", "B-MW 1234".
# A character of a plate: a capital, a digit, or a letter of another script ("京A·12345", "12가 3456", "А123ВС 77",
# "品川 300 さ 12-34", "MH 12 AB 1234").
# An OCR'd form reads a 1 or 0 as "l" or "o" ("7ABC l23"): one right before a digit counts.
_PC = r"(?:[A-Z0-9]|[lo](?=\d)|[^\W\d_A-Za-z\u00c0-\u024f])"
_PLATE = r"(?-i:" + _PC + r"{1,9}(?:[ \-·・•]" + _PC + r"{1,6}){0,4})"
# Every English or partner-language plate word holds one of these (lower case, the screened text's form).
_CUE_NEED = re.compile(
    r"plate|reg|vrm|vrn|tag|lp|kennzeichen|nummernschild|matr|placa|immatric|plaque|targa|kenteken|tablica|rej|spz|"
    r"nummerplade|rekisteri|rek|patente|rendsz|zna|[îi]nmatric|(?:car|vehicle|bike|scooter)['’]?s?\s+n|"
    r"with\s+(?:the\s+)?(?:number|reg)|anpr|plat|polisi|lambar"
)
# The plate's word in other scripts (Chinese, Japanese, Korean, Russian, Greek, Turkish): no word boundary needed.
_SCRIPT_CUES = (
    r"车牌号?|車牌(?:號碼)?|번호판|차량\s?번호|ナンバー(?:プレート)?|госномер|гос\.\s?номер(?:\s+авто)?|номерной\s+знак|"
    r"номер\s+(?:машины|авто)|πινακίδα|plaka"
)
# A plate typed in a chat: the national shapes with a space (UK "yk68 dzt", US "abc 1234", "7abc 123"), dashed
# groups ("wa-12345"), or one run ("ky19abc"). A space only inside a shape: "fee is 25" is words.
_PLATE_LOWER = (
    r"(?:[a-z]{2}\d\d [a-z]{3}|[a-z]{1,3} \d{3,5}|\d[a-z]{3} \d{3}|[a-z]{3} \d[a-z]{2}|[a-z]{2} \d{3} [a-z]{2}|"
    r"\d{4} [a-z]{3}|[a-z0-9]{1,4}(?:-[a-z0-9]{1,5}){1,2})(?![\w\-])|[a-z0-9]{4,8}"
)
# Words that can follow a plate's word without being a plate ("plate: NONE", "reg: N/A").
_NOT_PLATES = frozenset("NONE UNKNOWN UNK NA N/A TBC TBD NIL NO YES OK".split())
# Cues that name a plate outright: after them a plate of letters only (vanity) or digits only counts too.
_STRONG_CUE = re.compile(
    r"(?:plates?|registration|reg\.?|rego|vrm|vrn|lpn|rejestracj\w*|rendsz[áa]m|kennzeichen|matr[ií]cula|placa|"
    r"immatriculation|plaque|targa|kenteken|"
    r"tablica|spz|registreringsnummer|rekisterinumero)\W{0,12}(?:no\.?|number|#|is|was|reads?)?\W{0,4}"
    r"(?:(?:partial(?:ly)?|ending\s+(?:in|with)|ends?\s+(?:in|with)|starts?\s+with|begins?\s+with)\W{0,4})?$",
    re.IGNORECASE,
)
# Between a plate's word and the plate: punctuation, a verb ("were", "reading"), and a state or province
# ("plate ON: CBFT 921", "tag (TX) KLM-4821", "plate from Ohio: GHT 4412").
_GLUE = (
    r"\s*(?:\(?(?-i:[A-Z]{2})\)?\s*[:#]\s*|\((?-i:[A-Z]{2})\)\s*|"
    r"from\s+(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*[:\-]?\s*)?"
    # The vehicle named after the word: "placa do carro: ABC1D23", "plaque de la voiture", "plate on the van".
    r"(?:(?:do|da|del|de\s+la|du|de|of\s+the|on\s+the|of\s+his|of\s+her|on\s+his|on\s+her)\s+(?:carro|coche|auto|"
    r"veh[ií]culo|voiture|v[ée]hicule|moto|car|vehicle|van|truck|bike|motorbike)\s*)?"
    # "tag number, it's LMN4429", "plate number which was 7ABC123".
    r"(?:,?\s*(?:it|that|which)(?:['’]s|\s+is|\s+was)\s*)?"
    r"(?:[:#=]{1,2}|\||-(?=\s)|is|was|were|are|reads?|reading|read|says|said|shows?|showed|of|as|"
    r"ending(?:\s+(?:in|with))?)?"
    # A partial plate: "plate ends in 42X", "partial plate 7AB", "tag starts with KLM4".
    r"(?:\s*(?:partial(?:ly)?|part|maybe|possibly|something\s+like|like|ends?\s+(?:in|with)|ending\s+(?:in|with)|"
    r"starts?\s+with|starting\s+with|begins?\s+with|beginning\s+with))?"
    r"\s*[:#]?\s*[\"'“(]?"
)
# A plate's word as an export's key: "plate_number: 7XYZ123", "vehicle_reg=AB12 CDE", "{\"plate\": \"7XYZ123\"}".
_KEY_START = r"(?<![^\W_])"
_KEY_END = r"(?:_[a-z_]*)?[\"']?(?:(?<=[.#\"'])|\b)"
_B = r"(?<![\w\-.])"
# Ireland's county and city codes, the middle part of its plates ("12-D-12345").
_IE_COUNTIES = "C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WX|WW"
# India's state and territory codes, the first part of its plates.
_IN_STATES = (
    "AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB"
)
# Words for a vehicle itself (makes aside).
_VEHICLE_WORD = re.compile(
    r"\b(?:cars?|vehicles?|van|truck|pick-?up|sedan|hatchback|suv|motorbike|motorcycle|auto|coche|voiture|wagen|"
    r"plates?|parked|drove|driving|drives)\b",
    re.IGNORECASE,
)
# A registration that is not a vehicle's: a firm's, a charity's, an event's ("Company registration no. SC123456",
# "race rego 1234", "VAT reg GB 123 4567 89").
_OTHER_REG = re.compile(
    r"\b(?:compan(?:y|ies)|charity|charities|business|vat|tax|corporate|ltd|limited|llc|gmbh|society|event|"
    r"conference|course|class|student|voter|land|patent|trade\s?mark|domain|birth|marriage|death|member(?:ship)?|"
    r"race|runner|entry|school|exam|seminar)['’]?s?[\s\-]+(?:reg(?:istration|\.)?|rego)\b",
    re.IGNORECASE,
)
# Cues that name a plate and nothing else (not "registration", which a firm has too): after them a number of
# digits only is a plate ("plate 4821 556").
_PLATE_ONLY_CUE = re.compile(
    r"(?:plates?|tags?|vrm|vrn|lpn|kennzeichen|targa|kenteken|tablica|spz)\W{0,12}(?:no\.?|number|#|is|was|reads?)?"
    r"\W{0,4}$",
    re.IGNORECASE,
)
# Words a chat's lower-case "abc 1234" cannot open with: "fee 250", "me at 9", "the 12th".
_NOT_LOWER_LEAD = frozenset(
    "a an the of on in at by to for from and or is was me my you fee fees no nr num day row box apt rm pg ch vol "
    "ref id ext tel per pm am bay lot gate unit".split()
)
# A vehicle's plate before whom it is registered to: "Car on drive GJ67 SWM registered to Kieran Smith",
# "van outside, 232-G-44087, registered to …".
_PLATE_WORD_STOP = r"(?!(?i:on|the|a|drive|driveway|outside|parked|at|in|is|was|with|plate|reg)\b)"
_REGISTERED_TO = re.compile(
    r"(?i:\b(?:cars?|vans?|vehicles?|motorbikes?|motorcycles?|trucks?|scooters?)\b)[^\n]{0,24}?[ \t,(]"
    r"(?P<v>" + _PLATE_WORD_STOP + r"[A-Za-z0-9]{1,8}(?:[ \-]" + _PLATE_WORD_STOP + r"[A-Za-z0-9]{1,5}){0,3})"
    r"[ \t,)]+(?i:registered|reg\.?)[ \t]+to\b"
)
# Makes of cars, as a tip names the vehicle ("a black Toyota Camry 7ABC123").
_MAKE = re.compile(
    r"\b(?:honda|toyota|ford|chevy|chevrolet|nissan|bmw|audi|volkswagen|vw|mercedes|kia|hyundai|jeep|dodge|tesla|"
    r"subaru|mazda|volvo|peugeot|renault|fiat|skoda|opel|vauxhall|lexus|acura|buick|cadillac|gmc|chrysler|"
    r"mitsubishi|infiniti|porsche|citro[eë]n|dacia)\b",
    re.IGNORECASE,
)
# The vehicle itself (a noun, not "drove"), and a driver's words that make a bare "license" a driving licence.
_VEHICLE_NOUN = re.compile(
    r"\b(?:cars?|vehicles?|van|minivan|truck|pick-?up|sedan|hatchback|suv|coupe|motorbike|motorcycle)\b",
    re.IGNORECASE,
)
_DL_SHAPE = re.compile(r"[A-Z]{1,2}\d{6,}")
_DRIVER_WORD = re.compile(r"\b(?:driver['’]?s?|driving|dl|operator['’]?s?|permit|id)\b", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"(?:no|nr|num|number|is|was|with|in|like|of|ends?)\b", re.IGNORECASE)
_OTHER_TAG = re.compile(
    r"\b(?:git|image|docker|release|version|build|hash|html|meta|price|name|asset|ticket|luggage|bag|baggage|dog|"
    r"ear|gift|security|rfid|nfc|inventory|product|item|sku|label)[_ \-]?tags?\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\d{1,2}(?::\d\d)?[ \-]?(?:AM|PM|am|pm|h|hrs|GMT|UTC|EST|PST|CET)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_E = r"(?![\w\-]|[.,]\d)"
COLUMN_SCORE = 0.6


# A table's or a CSV file's column of plates: a header naming the plate outright ("Plate", "license_plate",
# "Vehicle Reg", "Kennzeichen"), or "reg"/"tag" where another header names the vehicle ("Make | Tag").
_HEADER_PREFIX = r"(?:(?:vehicle|veh|car|auto)[\s_\-.]*)?(?:(?:licen[cs]e|lic|number)[\s_\-.]*)?"
_HEADER_SUFFIX = r"(?:[\s_\-.]*(?:no|num|number|nr|#))?\.?"
_PLATE_HEADER = re.compile(
    r"[\s\"']*" + _HEADER_PREFIX + r"(?:plates?|rego|vrm|vrn|lpn|kennzeichen|matr[ií]cula|placa|immatriculation|"
    r"targa|kenteken|tablica)" + _HEADER_SUFFIX + r"[\s\"']*|"
    r"[\s\"']*(?:vehicle|veh|car)[\s_\-.]*reg(?:istration)?" + _HEADER_SUFFIX + r"[\s\"']*",
    re.IGNORECASE,
)
_WEAK_HEADER = re.compile(r"[\s\"']*(?:reg(?:istration)?|tags?)" + _HEADER_SUFFIX + r"[\s\"']*", re.IGNORECASE)
_VEHICLE_HEADER = re.compile(r"\b(?:make|model|vehicle|car|colou?r|vin)\b", re.IGNORECASE)
_HEADER_SCREEN = re.compile(r"plate|rego|vrm|vrn|lpn|kennzeichen|matr|placa|immatric|targa|kenteken|tablica|reg|tag")
_PLATE_CELL = re.compile(r"[\"']?(" + _PLATE + r")[\"']?")


def _plate_column(text: str) -> Iterator[tuple[int, int]]:
    """The cells under a plate's column header, in a table or a CSV file (quotes aside)."""
    offset, column, width, sep = 0, -1, 0, ""
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        line_sep = next((c for c in "|\t;," if c in body), "")
        cells = body.split(line_sep) if line_sep else [body]
        if column >= 0 and line_sep == sep and len(cells) == width:
            cell_start = offset + sum(len(c) + 1 for c in cells[:column])
            cell = cells[column]
            found = _PLATE_CELL.fullmatch(cell.strip())
            if found is not None:
                lead = len(cell) - len(cell.lstrip())
                yield cell_start + lead + found.start(1), cell_start + lead + found.end(1)
        elif len(cells) >= 2 and not any(c.isdigit() for c in body):
            heads = [i for i, c in enumerate(cells) if _PLATE_HEADER.fullmatch(c)]
            if not heads and _VEHICLE_HEADER.search(body):
                heads = [i for i, c in enumerate(cells) if _WEAK_HEADER.fullmatch(c)]
            column, width, sep = (heads[0], len(cells), line_sep) if heads else (-1, 0, "")
        elif not set(body) <= set("-|:+ \t="):
            column = -1
        offset += len(line)


# The strict national shapes, a table cell's whole value (US "ABC-1234", "7ABC123"; UK; French; Italian; Spanish;
# Dutch): in a row that names a person, under any header, a plate.
_ROW_PLATE = re.compile(
    r"(?:[A-Z]{3}-\d{4}|\d[A-Z]{3}\d{3}|[A-HJ-PR-Y]{2}\d{2} [A-HJ-PR-Z]{3}|[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}|"
    r"[A-HJ-NPR-TV-Z]{2} \d{3} [A-HJ-NPR-TV-Z]{2}|\d{4} [BCDFGHJKLMNPRSTVWXYZ]{3}|\d{2}-[A-Z]{3}-\d)"
)
ROW_SCORE = 0.55


def _person_row_plates(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Cells that are a plate's strict shape in a table row that names a person ("JOAO SILVA | AB-123-CD")."""
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        for start, end in row_cells(text, line_start, line_end):
            if _ROW_PLATE.fullmatch(text, start, end) and row_names_a_person(text, start, end):
                yield "person_row", start, end, ROW_SCORE
        line_start = line_end + 1


def _line_start(text: str, at: int) -> int:
    """Where the 40 characters before `at` start, or its line if that is shorter."""
    return max(at - 40, text.rfind("\n", 0, at) + 1, 0)


def _bare_licence_is_plate(text: str, start: int) -> bool:
    """Whether a bare "license #" names a plate: a vehicle or a make before it, and no driver's word."""
    before = max(0, start - 60)
    vehicle = _VEHICLE_NOUN.search(text, before, start) or _MAKE.search(text, before, start)
    return vehicle is not None and _DRIVER_WORD.search(text, before, start) is None


class VehiclePlateRecognizer(ContextRegexRecognizer):
    ENTITY = "VEHICLE_PLATE"
    PATTERNS = [
        (
            "after_cue",
            _KEY_START + r"(?:" + _CUE + r")" + _KEY_END + _GLUE + r"(?P<v>" + _PLATE + r")" + _E,
            0.85,
        ),
        (
            "after_script_cue",
            r"(?:" + _SCRIPT_CUES + r")\s*[:：#|\-]?\s*[\"'“(「]?(?P<v>" + _PLATE + r")" + _E,
            0.95,
        ),
        (
            "after_cue_lower",
            _KEY_START + r"(?:" + _CUE + r")" + _KEY_END + _GLUE + r"(?P<v>(?-i:" + _PLATE_LOWER + r"))" + _E,
            0.7,
        ),
        # A bare "license #" in a tip about a vehicle is its plate ("grey SUV — license # 8MNB332"); judged in
        # `candidates` (a vehicle named before it, no driver).
        ("bare_licence", r"\blicen[cs]e\s*(?:#|no\.?|num(?:ber)?)?\s*[:#]?\s*(?P<v>" + _PLATE + r")" + _E, 0.6),
        ("uk", _B + r"(?-i:[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} [A-HJ-PR-Z]{3})" + _E, 0.6),
        ("fr", _B + r"(?-i:[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2})" + _E, 0.6),
        ("it", _B + r"(?-i:[A-HJ-NPR-TV-Z]{2} \d{3} [A-HJ-NPR-TV-Z]{2})" + _E, 0.55),
        ("es", _B + r"\d{4} (?-i:[BCDFGHJKLMNPRSTVWXYZ]{3})" + _E, 0.55),
        ("de", _B + r"(?-i:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?)" + _E, 0.55),
        ("nl", _B + r"(?-i:\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2})" + _E, 0.55),
        ("be", _B + r"(?-i:[1-9]-[A-Z]{3}-\d{3})" + _E, 0.55),
        ("pt", _B + r"(?-i:[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2})" + _E, 0.5),
        ("ie", _B + r"(?-i:\d{2,3}-(?:" + _IE_COUNTIES + r")-\d{1,6})" + _E, 0.55),
        # India's state code, district number, series and number ("MH 12 AB 1234", "KA-05-MN-4321", "DL3CAB1234").
        ("in", _B + r"(?-i:(?:" + _IN_STATES + r")[ \-]?\d{1,2}[ \-]?[A-Z]{1,3}[ \-]?\d{4})" + _E, 0.55),
        # Russia's letter, three digits, two letters and region ("А123ВС 77", "А123ВС777"), in Cyrillic: the twelve
        # letters that look Latin, a layout nothing else has.
        ("ru", r"(?<![\w\-])(?-i:[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}[ \t]?\d{2,3})" + _E, 0.6),
        # US shapes ("ABC-1234", "7ABC123"): a plate only where a vehicle word is near (the context adds 0.3).
        ("us", _B + r"(?-i:[A-Z]{3}[ \-]?\d{4}|\d[A-Z]{3}\d{3}|[A-Z]{2}\d[ \-]?[A-Z]\d{3})" + _E, 0.3),
        # Any plate-like run of letters and digits, where a vehicle word or make is near ("Volvo, ZH 123456").
        (
            "near_vehicle",
            # Switzerland's canton and number in groups of three ("ZH 123 456"), first: "ZH 123" is a part of it.
            _B + r"(?-i:[A-Z]{2} \d{1,3} \d{3}|"
            r"[A-Z]{1,3}[ \-]?\d{2,6}(?:[ \-]?[A-Z]{1,3})?|\d{1,3}[ \-]?[A-Z]{1,3}[ \-]?\d{2,5}|"
            # Germany's district, letters and number with spaces ("M AB 123").
            r"[A-ZÄÖÜ]{1,3} [A-Z]{1,2} \d{1,4}[EH]?|"
            # India's series ("MH 12 AB 1234").
            r"[A-Z]{2}[ \-]?\d{1,2}[ \-]?[A-Z]{1,3}[ \-]?\d{4})" + _E,
            0.25,
        ),
    ]
    CONTEXT = [
        _CUE, r"cars?", r"vehicles?", r"van", r"truck", r"pick-?up", r"sedan", r"hatchback", r"suv", r"motorbike",
        r"motorcycle", r"driving", r"drives", r"drove", r"driven", r"parked", r"auto", r"coche", r"voiture",
        r"honda", r"toyota", r"ford", r"chevy", r"chevrolet", r"nissan", r"bmw", r"audi", r"volkswagen", r"vw",
        r"mercedes", r"kia", r"hyundai", r"jeep", r"dodge", r"tesla", r"subaru", r"mazda", r"volvo", r"peugeot",
        r"renault", r"fiat", r"skoda", r"opel", r"vauxhall",
    ]  # fmt: skip
    CONTEXT_BOOST = 0.3
    REFERENCE_NEGATIVE = True
    # Every plate format here has a digit, but a vanity plate after its word ("plate: GOFAST").
    TEXT_NEEDS = re.compile(
        r"\d|patente|plate|reg|vrm|kennzeichen|matr|placa|immatric|plaque|targa|kenteken|tablica|spz"
    )
    # What each pattern's match holds, looked for in the text's screened (lower-case) form before the pattern runs.
    PATTERN_NEEDS = {
        "after_cue": _CUE_NEED,
        "after_cue_lower": _CUE_NEED,
        "after_script_cue": re.compile(_SCRIPT_CUES),
        "bare_licence": re.compile(r"licen[cs]e"),
        "uk": re.compile(r"\d\d [a-z]{3}"),
        "fr": re.compile(r"[a-z]{2}-\d{3}-[a-z]{2}"),
        "it": re.compile(r"[a-z]{2} \d{3} [a-z]{2}"),
        "es": re.compile(r"\d{4} [a-z]{3}"),
        "de": re.compile(r"-[a-z]{1,2} \d"),
        "nl": re.compile(r"\d-[a-z]{3}-\d|[a-z]-\d{3}-[a-z]"),
        "be": re.compile(r"\d-[a-z]{3}-\d"),
        "pt": re.compile(r"[a-z\d]{2}-\d{2}-[a-z\d]{2}|\d{2}-[a-z]{2}-\d{2}"),
        "ie": re.compile(r"\d-[a-z]{1,2}-\d"),
        "in": re.compile(r"\d[ \-]?[a-z]{1,3}[ \-]?\d{4}"),
        # "WA 12345", "M AB 123": a letter, maybe a space or dash, then digits.
        "near_vehicle": re.compile(r"[a-z][ \-]?\d\d|\d[ \-]?[a-z]"),
        "ru": re.compile(r"\d{3}[авекмнорстух]"),
        "us": re.compile(r"[a-z]{3}[ \-]?\d{4}|\d[a-z]{3}\d{3}|[a-z]{2}\d[ \-]?[a-z]\d{3}"),
    }

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = super().analyze(text, entities, nlp_artifacts)
        # One finding per plate: a shape inside a longer plate ("MH 12 AB" in "MH 12 AB 1234") is part of it.
        return [
            r
            for r in results
            if not any(o is not r and o.start <= r.start and r.end <= o.end and o.end - o.start > r.end - r.start
                       for o in results)
        ]  # fmt: skip

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        # Overridden so the detector's literal prescreen (a space, a dash: it would pass every text) leaves this
        # recognizer to TEXT_NEEDS; and to judge a value by its cue.
        if "\n" in text and _HEADER_SCREEN.search(screen_text(text)):
            for start, end in _plate_column(text):
                value = text[start:end]
                if any(c.isalpha() for c in value) and any(c.isdigit() for c in value) and len(value) <= 12:
                    yield "column", start, end, COLUMN_SCORE
        if "|" in text or "\t" in text or ";" in text:
            yield from _person_row_plates(text)  # (cells apart by one of those: a table's row)
        if "registered to" in text.casefold():
            for m in _REGISTERED_TO.finditer(text):
                value = m.group("v")
                if any(c.isdigit() for c in value) and value.upper() not in _NOT_PLATES:
                    yield "registered_to", m.start("v"), m.end("v"), COLUMN_SCORE
        for name, start, end, score in super().candidates(text):
            value = text[start:end]
            if name == "bare_licence" and (not _bare_licence_is_plate(text, start) or _DL_SHAPE.fullmatch(value)):
                continue  # "license D1234567": a driver's licence's own shape
            if name == "after_cue_lower" and not any(c.islower() for c in value):
                continue  # capitals are after_cue's
            letters = sum(c.isalpha() for c in value)
            digits = sum(c.isdigit() for c in value)
            if not 2 <= letters + digits <= 10 or value.upper() in _NOT_PLATES:
                continue
            if name.startswith("after_cue") and _OTHER_TAG.search(text, max(0, start - 30), start):
                continue  # "image_tag=v2", "Ticket tag: ABC 1234": a tag, not a car's
            if _TIME.fullmatch(value):
                continue  # "registration: 10 AM"
            if name == "after_cue_lower" and _NUMBER_WORD.match(value):
                continue  # "reg no 08 D 12345": the cue's "no", not a plate
            if name == "after_cue_lower" and value.split(" ")[0] in _NOT_LOWER_LEAD:
                continue  # "registration fee 250": a word and a number
            if name.startswith("after_cue") and _OTHER_REG.search(text, max(0, start - 40), start):
                continue  # "Company registration no. SC123456": a firm's
            if name == "near_vehicle" and (letters < 2 or digits < 2 or letters + digits < 5):
                continue  # "RAV4", "F-150", "XC90": models, not plates
            if name in ("us", "near_vehicle") and not (
                _VEHICLE_WORD.search(text, max(0, start - 60), start)
                or _VEHICLE_WORD.search(text, end, end + 30)
                # A US plate's own shape after a make: "Blue Ford F-150, TX 8KLM234".
                or (name == "us" and _MAKE.search(text, max(0, start - 40), start) and not _YEAR.search(value))
            ):
                continue  # a make alone is a firm's name ("Ford Foundation grant FF-12345"): a vehicle word is needed
            if letters and digits:
                yield name, start, end, score  # a plate mixes letters and digits: not a year, a price, a word
            elif name.startswith("after_") and _STRONG_CUE.search(text, _line_start(text, start), start):
                # After "plate"/"registration" on its line: a vanity plate ("GOFAST": one run, no word, not a
                # person's name under a header "REG") or an all-digit one ("4821 556").
                if (letters >= 4 and value.isupper() and value.isalpha() and value.lower() not in ENGLISH_WORDS) or (
                    digits >= 4
                    and not _YEAR.fullmatch(value)
                    and _PLATE_ONLY_CUE.search(text, max(0, start - 30), start)  # "registration number 09876543"
                ):
                    yield name, start, end, score - 0.1
