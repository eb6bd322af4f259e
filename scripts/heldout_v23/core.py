"""Core machinery for the v23 generator: inline span markers, people, formatting helpers."""

import datetime as dt
import re
import unicodedata

import ids
import pools

LABELS = [
    "PERSON",
    "USERNAME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "LOCATION",
    "GEO_COORDINATES",
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "NATIONAL_ID",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "URL",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "MEDICAL_CONDITION",
    "GENETIC_DATA",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
]
_LABELSET = set(LABELS)

OPEN, SEP, CLOSE = "\u27e6", "\u2982", "\u27e7"
_MARK_RE = re.compile(OPEN + r"([A-Z_]+)" + SEP + r"(.*?)" + CLOSE, re.S)


def mk(label, value):
    value = str(value)
    assert label in _LABELSET, label
    assert value and value == value.strip(), repr(value)
    assert OPEN not in value and CLOSE not in value and SEP not in value, value
    return f"{OPEN}{label}{SEP}{value}{CLOSE}"


def _short(label):
    return lambda v: mk(label, v)


PER, USR, EML, PHN, ADR, LOC, GEO = map(
    _short, ["PERSON", "USERNAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "LOCATION", "GEO_COORDINATES"]
)
DOB, NID, SSN, ITIN, USPP, USDL, CC = map(
    _short, ["DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD"]
)
IBAN, BANK, ABA, IP, MAC, DEV, URL = map(
    _short, ["IBAN_CODE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IP_ADDRESS", "MAC_ADDRESS", "DEVICE_ID", "URL"]
)
CRED, PLATE, MED, GEN, CRIM, ETH, SEXO, GID = map(
    _short,
    [
        "CREDENTIAL",
        "VEHICLE_PLATE",
        "MEDICAL_CONDITION",
        "GENETIC_DATA",
        "CRIMINAL_HISTORY",
        "ETHNIC_ORIGIN",
        "SEXUAL_ORIENTATION",
        "GENDER_IDENTITY",
    ],
)


def AGEM(n, text=None):
    """Age marker: MINOR_AGE below 18, AGE otherwise. text overrides the surface form."""
    return mk("MINOR_AGE" if n < 18 else "AGE", text if text is not None else str(n))


def finalize(raw):
    text_parts, spans, pos, last = [], [], 0, 0
    for mt in _MARK_RE.finditer(raw):
        lit = raw[last : mt.start()]
        text_parts.append(lit)
        pos += len(lit)
        val = mt.group(2)
        spans.append({"start": pos, "end": pos + len(val), "label": mt.group(1), "text": val})
        text_parts.append(val)
        pos += len(val)
        last = mt.end()
    text_parts.append(raw[last:])
    text = "".join(text_parts)
    assert OPEN not in text and CLOSE not in text and SEP not in text, text[:200]
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"]
    return text, spans


_WORD_RE = re.compile(r"(?<![A-Za-z@./_-])[a-z]{6,}(?![A-Za-z@./_-])")


def add_typos(raw, r, n):
    """Introduce n letter-level typos into literal (unmarked) text only."""
    pieces = []
    last = 0
    for mt in _MARK_RE.finditer(raw):
        pieces.append(("lit", raw[last : mt.start()]))
        pieces.append(("mark", mt.group(0)))
        last = mt.end()
    pieces.append(("lit", raw[last:]))
    cands = []
    for i, (k, s) in enumerate(pieces):
        if k == "lit":
            for w in _WORD_RE.finditer(s):
                cands.append((i, w.start(), w.end()))
    if not cands:
        return raw
    chosen = r.sample(cands, min(n, len(cands)))
    chosen.sort(key=lambda c: (c[0], -c[1]))
    for i, a, b in chosen:
        s = pieces[i][1]
        w = s[a:b]
        j = r.randint(1, len(w) - 3)
        kind = r.choice(["swap", "swap", "drop", "double"])
        if kind == "swap":
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif kind == "drop":
            w2 = w[:j] + w[j + 1 :]
        else:
            w2 = w[:j] + w[j] + w[j:]
        pieces[i] = ("lit", s[:a] + w2 + s[b:])
    return "".join(p[1] for p in pieces)


# ------------------------------------------------------------------ culture tables
def _pair(x):
    if "|" in x:
        a, b = x.split("|", 1)
        return a, b.replace("_", " ")
    return x, None


class Culture:
    def __init__(self, code, d):
        self.code = code
        self.d = d
        self.country = d["country"]
        self.lang = d["lang"]
        self.order = d.get("order", "gf")
        self.f = [_pair(x) for x in d["f"]]
        self.m = [_pair(x) for x in d["m"]]
        self.sur_m, self.sur_f = [], []
        for x in d["sur"]:
            if "/" in x:
                a, b = x.split("/", 1)
                self.sur_m.append(_pair(a))
                self.sur_f.append(_pair(b))
            else:
                self.sur_m.append(_pair(x))
                self.sur_f.append(_pair(x))
        self.towns = [_pair(x) for x in d["towns"]]
        self.streets = [_pair(x) for x in d["streets"]]
        self.regions = d.get("regions", [])
        self.districts = d.get("districts", [])
        self.ethnic = [e for e in d.get("ethnic", [])]
        self.mail = d["mail"]
        self.phone = d["phone"]


CULT = {k: Culture(k, v) for k, v in pools.CULTURES.items()}
CC_OF = {
    "en_GB": "GB",
    "en_IE": "IE",
    "en_US": "US",
    "en_AU": "AU",
    "en_CA": "CA",
    "de_DE": "DE",
    "de_CH": "CH",
    "fr_FR": "FR",
    "es_ES": "ES",
    "es_MX": "MX",
    "es_CA": "HN",
    "it_IT": "IT",
    "pl_PL": "PL",
    "nl_NL": "NL",
    "sv_SE": "SE",
    "pt_BR": "BR",
    "pt_PT": "PT",
    "tr_TR": "TR",
    "ar_SY": "SY",
    "ku_IQ": "IQ",
    "fa_AF": "AF",
    "fa_IR": "IR",
    "ti_ER": "ER",
    "am_ET": "ET",
    "so_SO": "SO",
    "uk_UA": "UA",
    "ru_RU": "RU",
    "zh_CN": "CN",
    "ja_JP": "JP",
    "ko_KR": "KR",
    "hi_IN": "IN",
    "ta_LK": "LK",
    "ur_PK": "PK",
    "el_GR": "GR",
    "he_IL": "IL",
    "vi_VN": "VN",
    "tl_PH": "PH",
    "yo_NG": "NG",
    "sw_KE": "KE",
    "ro_RO": "RO",
    "ar_SD": "SD",
}

_UK_PC = {
    "Leeds": "LS",
    "Bristol": "BS",
    "Norwich": "NR",
    "Swindon": "SN",
    "Wrexham": "LL",
    "Paisley": "PA",
    "Stockport": "SK",
    "Huddersfield": "HD",
    "Ipswich": "IP",
    "Preston": "PR",
    "Darlington": "DL",
    "Gloucester": "GL",
    "Luton": "LU",
    "Bangor": "LL",
    "Carlisle": "CA",
    "Kettering": "NN",
    "Rochdale": "OL",
    "Exeter": "EX",
    "Hastings": "TN",
    "Dundee": "DD",
    "Wakefield": "WF",
    "Barnsley": "S",
    "Crewe": "CW",
}


def fold_ascii(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("œ", "oe").replace("ê", "e").replace("î", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and not unicodedata.combining(c))


# ------------------------------------------------------------------ dates and numbers
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def fmt_date(d, style):
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "mdy/":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "mdy0":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy2":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == "en_long":
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if style == "en_us_long":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if style == "en_short":
        return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    if style == "de_long":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    if style in ("fr_long", "it_long", "nl_long", "sv_long"):
        return f"{d.day} {MONTHS[style[:2]][d.month - 1]} {d.year}"
    if style in ("es_long", "pt_long"):
        return f"{d.day} de {MONTHS[style[:2]][d.month - 1]} de {d.year}"
    if style == "pl_long":
        return f"{d.day} {MONTHS['pl'][d.month - 1]} {d.year} r."
    if style == "tr_long":
        return f"{d.day} {MONTHS['tr'][d.month - 1]} {d.year}"
    raise ValueError(style)


DATE_STYLES = {
    "en": ["dmy/", "dmy/", "en_long", "en_short", "iso"],
    "en_us": ["mdy/", "mdy0", "en_us_long", "iso"],
    "de": ["dmy.", "dmy.", "de_long"],
    "fr": ["dmy/", "fr_long"],
    "es": ["dmy/", "es_long", "dmy-"],
    "it": ["dmy/", "it_long"],
    "pl": ["dmy.", "pl_long"],
    "nl": ["dmy-", "nl_long"],
    "sv": ["iso", "sv_long"],
    "pt": ["dmy/", "pt_long"],
    "tr": ["dmy.", "tr_long"],
    "iso": ["iso"],
}

_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num_en(n):
    if n < 20:
        return _EN_UNITS[n]
    t, u = divmod(n, 10)
    return _EN_TENS[t] + ("" if u == 0 else "-" + _EN_UNITS[u])


NUM_WORDS = {
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
    "siebzehn achtzehn neunzehn".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście "
    "czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis "
    "dezassete dezoito dezanove".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton "
    "nitton".split(),
}


def num_word(n, lang="en"):
    if lang in NUM_WORDS:
        return NUM_WORDS[lang][n] if n < 20 else str(n)
    if lang == "en":
        return num_en(n)
    return str(n)


_DIGIT_WORDS = {
    "en": "oh one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
}


def spoken_number(digits, lang="en", r=None):
    """Render a digit string as spoken words, grouped, with occasional 'double'."""
    words = _DIGIT_WORDS.get(lang, _DIGIT_WORDS["en"])
    out, i, n = [], 0, len(digits)
    groups = []
    k = 0
    while k < n:
        g = 3 if (n - k) > 4 else n - k
        groups.append(digits[k : k + g])
        k += g
    for g in groups:
        ws = []
        i = 0
        while i < len(g):
            if lang == "en" and i + 1 < len(g) and g[i] == g[i + 1] and (r is None or r.random() < 0.7):
                ws.append("double " + words[int(g[i])])
                i += 2
            else:
                ws.append(words[int(g[i])])
                i += 1
        out.append(" ".join(ws))
    return ", ".join(out)


# ------------------------------------------------------------------ phones
def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def phone_number(r, cc, style=None, cult=None):
    """Return (formatted, national_significant_digits)."""
    s = style or r.choice(["nat", "nat", "intl"])
    if cc == "GB":
        if r.random() < 0.75:
            n = "7" + r.choice("1234579") + _d(r, 8)
            if s == "intl":
                return r.choice([f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:7]} {n[7:]}", f"+44{n}"]), n
            return r.choice([f"0{n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0{n}", f"0{n[:4]}-{n[4:]}"]), n
        area, first = r.choice(
            [
                ("113", "23"),
                ("117", "9"),
                ("161", "234"),
                ("1603", "4567"),
                ("1793", "456"),
                ("1482", "2345"),
                ("29", "2"),
                ("20", "78"),
            ]
        )
        rest = r.choice(first) + _d(r, 10 - len(area) - 1)
        n = area + rest
        if len(area) == 2:
            loc = f"0{area} {rest[:4]} {rest[4:]}"
        else:
            loc = f"0{area} {rest[:3]} {rest[3:]}" if len(area) == 3 else f"0{area} {rest}"
        return (loc if s != "intl" else "+44 " + loc[1:]), n
    if cc == "IE":
        n = "8" + r.choice("35679") + _d(r, 7)
        return (
            f"+353 {n[:2]} {n[2:5]} {n[5:]}"
            if s == "intl"
            else r.choice([f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:]}"])
        ), n
    if cc in ("US", "CA"):
        c = CULT["en_US" if cc == "US" else "en_CA"]
        area = r.choice(list(c.d["area"].values())) if cult is None else cult
        while True:
            ex = r.choice("23456789") + _d(r, 2)
            if ex[1:] != "11" and ex != "555":
                break
        sub = _d(r, 4)
        n = area + ex + sub
        fm = r.choice(
            [
                f"({area}) {ex}-{sub}",
                f"{area}-{ex}-{sub}",
                f"{area}.{ex}.{sub}",
                f"+1 {area} {ex} {sub}",
                f"1-{area}-{ex}-{sub}",
                f"+1 ({area}) {ex}-{sub}",
            ]
        )
        return fm, n
    if cc == "AU":
        n = "4" + r.choice("0123") + _d(r, 7)
        return (f"+61 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "DE":
        pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "179"])
        n = pre + _d(r, 8 if pre.startswith("15") else r.choice([7, 8]))
        rest = n[3:]
        if s == "intl":
            return r.choice([f"+49 {pre} {rest}", f"+49 (0){pre} {rest}", f"+49{n}"]), n
        return r.choice([f"0{pre} {rest}", f"0{pre}/{rest}", f"0{pre} {rest[:3]} {rest[3:]}", f"0{pre}-{rest}"]), n
    if cc == "CH":
        n = "7" + r.choice("5689") + _d(r, 7)
        return (f"+41 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}" if s == "intl" else f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"), n
    if cc == "FR":
        n = r.choice("67") + r.choice("0124578") + _d(r, 7)
        if n[0] == "7":
            n = "7" + r.choice("35678") + n[2:]
        pairs = " ".join(n[i : i + 2] for i in range(1, 9, 2))
        if s == "intl":
            return f"+33 {n[0]} {pairs}", n
        return r.choice([f"0{n[0]} {pairs}", f"0{n[0]}.{pairs.replace(' ', '.')}", f"0{n}"]), n
    if cc == "ES":
        n = "6" + _d(r, 8)
        return (
            f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}" if s == "intl" else r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])
        ), n
    if cc == "MX":
        area = r.choice(["55", "33", "81"])
        n = area + _d(r, 8)
        return (f"+52 {area} {n[2:6]} {n[6:]}" if s == "intl" else f"{area} {n[2:6]} {n[6:]}"), n
    if cc == "HN":
        n = r.choice("389") + _d(r, 7)
        return (f"+504 {n[:4]}-{n[4:]}" if s == "intl" else f"{n[:4]}-{n[4:]}"), n
    if cc == "IT":
        n = "3" + r.choice("234589") + _d(r, 8)
        return (
            f"+39 {n[:3]} {n[3:6]} {n[6:]}"
            if s == "intl"
            else r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:]}", f"{n[:3]} {n[3:]}"])
        ), n
    if cc == "PL":
        n = r.choice("5678") + _d(r, 8)
        if n[0] == "7":
            n = "7" + r.choice("2389") + n[2:]
        if n[0] == "8":
            n = "88" + n[2:]
        return (
            f"+48 {n[:3]} {n[3:6]} {n[6:]}"
            if s == "intl"
            else r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
        ), n
    if cc == "NL":
        n = "6" + r.choice("12345") + _d(r, 7)
        return (f"+31 6 {n[1:5]} {n[5:]}" if s == "intl" else r.choice([f"06-{n[1:]}", f"06 {n[1:5]} {n[5:]}"])), n
    if cc == "SE":
        n = "7" + r.choice("02369") + _d(r, 7)
        return (f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}" if s == "intl" else f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}"), n
    if cc == "BR":
        area = r.choice(["11", "19", "81", "31", "85", "41", "62", "92", "71", "51"])
        n = area + "9" + r.choice("6789") + _d(r, 7)
        return (f"+55 {area} {n[2:7]}-{n[7:]}" if s == "intl" else f"({area}) {n[2:7]}-{n[7:]}"), n
    if cc == "PT":
        n = "9" + r.choice("1236") + _d(r, 7)
        return (f"+351 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "TR":
        n = "5" + r.choice("0345") + _d(r, 8)
        return (f"+90 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"), n
    if cc == "SY":
        n = "9" + r.choice("345689") + _d(r, 7)
        return (f"+963 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "IQ":
        n = "7" + r.choice("5789") + _d(r, 8)
        return (f"+964 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "AF":
        n = "7" + r.choice("0123456789") + _d(r, 7)
        return (f"+93 {n[:2]} {n[2:5]} {n[5:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "IR":
        n = "9" + r.choice("13") + _d(r, 8)
        return (f"+98 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "ER":
        n = "7" + _d(r, 6)
        return f"+291 {n[0]} {n[1:]}", n
    if cc == "ET":
        n = "9" + _d(r, 8)
        return (f"+251 {n[:2]} {n[2:5]} {n[5:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "SO":
        n = "6" + r.choice("1358") + _d(r, 7)
        return f"+252 {n[:2]} {n[2:]}", n
    if cc == "UA":
        op = r.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"])
        n = op + _d(r, 7)
        if s == "intl":
            return r.choice([f"+380 {op} {n[2:5]} {n[5:]}", f"+38 (0{op}) {n[2:5]}-{n[5:7]}-{n[7:]}"]), n
        return f"0{op} {n[2:5]} {n[5:7]} {n[7:]}", n
    if cc == "RU":
        n = "9" + _d(r, 9)
        return (f"+7 {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}" if s == "intl" else f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}"), n
    if cc == "CN":
        n = r.choice(["13", "15", "18"]) + _d(r, 9)
        if n[:3] == "154":
            n = "158" + n[3:]
        return (f"+86 {n[:3]} {n[3:7]} {n[7:]}" if s == "intl" else f"{n[:3]} {n[3:7]} {n[7:]}"), n
    if cc == "JP":
        n = r.choice("789") + "0" + r.choice("123456789") + _d(r, 7)
        return (f"+81 {n[:2]} {n[2:6]} {n[6:]}" if s == "intl" else f"0{n[:2]}-{n[2:6]}-{n[6:]}"), n
    if cc == "KR":
        n = "10" + _d(r, 8)
        return (f"+82 {n[:2]}-{n[2:6]}-{n[6:]}" if s == "intl" else f"0{n[:2]}-{n[2:6]}-{n[6:]}"), n
    if cc == "IN":
        n = r.choice("6789") + _d(r, 9)
        return (f"+91 {n[:5]} {n[5:]}" if s == "intl" else r.choice([f"0{n[:5]} {n[5:]}", n])), n
    if cc == "LK":
        n = "7" + r.choice("012578") + _d(r, 7)
        return (f"+94 {n[:2]} {n[2:5]} {n[5:]}" if s == "intl" else f"0{n[:2]} {n[2:5]} {n[5:]}"), n
    if cc == "PK":
        n = "3" + r.choice("01234") + r.choice("012345") + _d(r, 7)
        return (f"+92 {n[:3]} {n[3:]}" if s == "intl" else f"0{n[:3]}-{n[3:]}"), n
    if cc == "GR":
        n = "69" + r.choice("34579") + _d(r, 7)
        return (f"+30 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "IL":
        n = "5" + r.choice("0234") + r.choice("2345678") + _d(r, 6)
        return (f"+972 {n[:2]}-{n[2:5]}-{n[5:]}" if s == "intl" else f"0{n[:2]}-{n[2:5]}-{n[5:]}"), n
    if cc == "VN":
        n = r.choice(["91", "98", "97", "90", "93", "70", "86", "88"]) + _d(r, 7)
        return (f"+84 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "PH":
        n = "9" + r.choice(["17", "18", "20", "27", "05", "06", "15", "47"]) + _d(r, 7)
        return (f"+63 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]}-{n[3:6]}-{n[6:]}"), n
    if cc == "NG":
        n = r.choice(["803", "806", "813", "703", "706", "805", "807", "815", "905", "802", "808", "812"]) + _d(r, 7)
        return (f"+234 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "KE":
        n = "7" + r.choice("0129") + _d(r, 7)
        return (f"+254 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:]}"), n
    if cc == "RO":
        n = "7" + r.choice("2345") + _d(r, 7)
        return (f"+40 {n[:3]} {n[3:6]} {n[6:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    if cc == "SD":
        n = "9" + r.choice("0129") + _d(r, 7)
        return (f"+249 {n[:2]} {n[2:5]} {n[5:]}" if s == "intl" else f"0{n[:3]} {n[3:6]} {n[6:]}"), n
    raise ValueError(cc)


# ------------------------------------------------------------------ postcodes / plates
def postcode(r, pc, town=None):
    L_ = "ABDEFGHJLNPQRSTUWXYZ"
    if pc == "uk":
        a = _UK_PC.get(town, "M")
        return f"{a}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice(L_)}{r.choice(L_)}"
    if pc == "ie":
        return f"{r.choice(['H91', 'V94', 'V92', 'N37', 'F91', 'R95', 'A91', 'V95', 'F92', 'C15'])} {r.choice(L_)}{_d(r, 1)}{r.choice(L_)}{_d(r, 1)}"
    if pc in ("de", "fr", "es", "it", "mx", "tr", "us"):
        return _d(r, 1).replace("0", "4") + _d(r, 4)
    if pc == "pl":
        return f"{_d(r, 2)}-{_d(r, 3)}"
    if pc == "nl":
        return f"{r.randint(1000, 9999)} {r.choice(L_)}{r.choice(L_)}"
    if pc == "se":
        return f"{r.randint(100, 999)} {_d(r, 2)}"
    if pc == "br":
        return f"{_d(r, 5)}-{_d(r, 3)}"
    if pc == "pt":
        return f"{r.randint(1000, 9999)}-{_d(r, 3)}"
    if pc == "au" or pc == "ch":
        return str(r.randint(1000, 9999))
    if pc == "ca":
        return f"{r.choice('ABCEGHJKLMNPRSTVXY')}{_d(r, 1)}{r.choice(L_)} {_d(r, 1)}{r.choice(L_)}{_d(r, 1)}"
    return None


def plate(r, cc, town=None, cult=None):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "GB":
        return f"{r.choice(U)}{r.choice(U)}{r.choice(['17', '18', '19', '20', '21', '22', '23', '24', '67', '68', '69', '70', '71', '72', '73', '74'])} {r.choice(U)}{r.choice(U)}{r.choice(U)}"
    if cc == "DE":
        pre = CULT["de_DE"].d["plates"].get(town, r.choice(["EF", "BI", "KS", "OS"]))
        return (
            f"{pre}-{r.choice(U)}{r.choice(U)} {r.randint(1, 9999)}"
            if r.random() < 0.5
            else f"{pre} {r.choice(U)}{r.choice(U)} {r.randint(10, 999)}"
        )
    if cc == "FR":
        return f"{r.choice(U)}{r.choice(U)}-{_d(r, 3)}-{r.choice(U)}{r.choice(U)}"
    if cc == "ES":
        C = "BCDFGHJKLMNPRSTVWXYZ"
        return f"{_d(r, 4)} {r.choice(C)}{r.choice(C)}{r.choice(C)}"
    if cc == "IT":
        return (
            f"{r.choice(U)}{r.choice(U)} {_d(r, 3)}{r.choice(U)}{r.choice(U)}"
            if r.random() < 0.3
            else f"{r.choice(U)}{r.choice(U)} {_d(r, 3)} {r.choice(U)}{r.choice(U)}"
        )
    if cc == "PL":
        pre = CULT["pl_PL"].d["plates"].get(town, "WA")
        return f"{pre} {_d(r, 4)}{r.choice(U)}" if r.random() < 0.5 else f"{pre} {_d(r, 5)}"
    if cc == "NL":
        C = "BDFGHJKLNPRSTVXZ"
        return r.choice(
            [
                f"{r.choice(C)}{r.choice(C)}-{_d(r, 3)}-{r.choice(C)}",
                f"{_d(r, 1)}-{r.choice(C)}{r.choice(C)}{r.choice(C)}-{_d(r, 2)}",
                f"{r.choice(C)}{r.choice(C)}{r.choice(C)}-{_d(r, 2)}-{r.choice(C)}",
            ]
        )
    if cc == "SE":
        return f"{r.choice(U)}{r.choice(U)}{r.choice(U)} {_d(r, 2)}{r.choice(U + '0123456789')}"
    if cc == "IE":
        return f"{r.choice(['191', '201', '221', '231', '242', '13', '08'])}-{r.choice(['G', 'L', 'KY', 'D', 'C', 'MO', 'SO', 'WX'])}-{r.randint(1, 9999)}"
    if cc == "US":
        return r.choice(
            [
                f"{_d(r, 1)}{r.choice(U)}{r.choice(U)}{r.choice(U)}{_d(r, 3)}",
                f"{r.choice(U)}{r.choice(U)}{r.choice(U)}-{_d(r, 4)}",
                f"{r.choice(U)}{r.choice(U)}{r.choice(U)} {_d(r, 4)}",
            ]
        )
    if cc == "AU":
        return r.choice(
            [
                f"{_d(r, 1)}{r.choice(U)}{r.choice(U)}-{_d(r, 1)}{r.choice(U)}{r.choice(U)}",
                f"{r.choice(U)}{r.choice(U)}{r.choice(U)}-{_d(r, 3)}",
                f"{_d(r, 3)}{r.choice(U)}{r.choice(U)}{r.choice(U)}",
            ]
        )
    if cc == "CA":
        return f"{r.choice(U)}{r.choice(U)}{r.choice(U)}{r.choice(U)} {_d(r, 3)}"
    if cc == "CH":
        return f"{r.choice(['ZH', 'BE', 'LU', 'SG', 'VD', 'AG', 'GR'])} {r.randint(1000, 999999)}"
    if cc == "BR":
        return f"{r.choice(U)}{r.choice(U)}{r.choice(U)}{_d(r, 1)}{r.choice(U)}{_d(r, 2)}"
    if cc == "PT":
        return f"{r.choice(U)}{r.choice(U)}-{_d(r, 2)}-{r.choice(U)}{r.choice(U)}"
    if cc == "TR":
        return f"{r.choice(['35', '42', '27', '16', '26', '38', '61', '21', '31', '33'])} {r.choice(U)}{r.choice(U)} {_d(r, 3)}"
    if cc == "MX":
        return f"{r.choice(U)}{r.choice(U)}{r.choice(U)}-{_d(r, 3)}-{r.choice(U)}"
    if cc == "UA":
        return f"{r.choice(['AX', 'AA', 'BH', 'AE', 'KA'])} {_d(r, 4)} {r.choice('ABCEHIKMOPTX')}{r.choice('ABCEHIKMOPTX')}"
    if cc == "RO":
        return f"{r.choice(['CJ', 'IS', 'TM', 'CT', 'BV', 'B'])} {_d(r, 2)} {r.choice(U)}{r.choice(U)}{r.choice(U)}"
    return f"{r.choice(U)}{r.choice(U)} {_d(r, 4)}"


# ------------------------------------------------------------------ people
class Person:
    pass


class World:
    """Per-document random context."""

    def __init__(self, r, docdate=None):
        self.r = r
        self.date = docdate or (dt.date(2023, 1, 1) + dt.timedelta(days=r.randint(0, 900)))

    # small helpers
    slot = 0  # occurrence index of the current template within its register (set by generate.py)

    def pick(self, seq):
        return self.r.choice(seq)

    def cyc(self, seq):
        """Deterministic rotation over seq across the occurrences of one template (guarantees coverage)."""
        return seq[self.slot % len(seq)]

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def date_between(self, days_back_lo, days_back_hi):
        return self.date - dt.timedelta(days=self.r.randint(days_back_lo, days_back_hi))

    def dob_for_age(self, age):
        end = (
            self.date.replace(year=self.date.year - age)
            if not (self.date.month == 2 and self.date.day == 29)
            else self.date.replace(year=self.date.year - age, day=28)
        )
        return end - dt.timedelta(days=self.r.randint(1, 364))

    @staticmethod
    def age_on(dob, on):
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

    def person(self, cult=None, sex=None, age=None, family=None, given=None):
        r = self.r
        code = cult or r.choice(list(CULT))
        c = CULT[code]
        p = Person()
        p.cult, p.c, p.cc = code, c, CC_OF[code]
        p.sex = sex or r.choice("fm")
        gpool = c.f if p.sex == "f" else c.m
        gl, gn = given if given else r.choice(gpool)
        p.given, p.given_n = gl, gn
        if family is not None:
            idx = family
            p.fam, p.fam_n = (c.sur_f if p.sex == "f" else c.sur_m)[idx]
        else:
            idx = r.randrange(len(c.sur_m))
            p.fam, p.fam_n = (c.sur_f if p.sex == "f" else c.sur_m)[idx]
        p.fam_idx = idx
        if c.order == "es":
            other = r.choice(c.sur_m)[0]
            while other == p.fam:
                other = r.choice(c.sur_m)[0]
            p.fam2 = other
        else:
            p.fam2 = None
        p.fam_first = r.random() < 0.6
        if c.order == "vi":
            p.middle = "Thị" if p.sex == "f" else "Văn"
        if isinstance(age, tuple):
            age = r.randint(*age)
        if age is None:
            age = r.randint(19, 80)
        p.age = age
        p.dob = self.dob_for_age(age)
        p.town, p.town_n = r.choice(c.towns)
        p.region = c.d.get("states", {}).get(p.town)
        st_l, st_n = r.choice(c.streets)
        num, flat = str(r.randint(1, 140)), str(r.randint(1, 9))
        p.street = st_l.replace("{n}", num).replace("{f}", flat)
        p.street_n = st_n.replace("{n}", num).replace("{f}", flat) if st_n else None
        p.postcode = postcode(r, c.d.get("pc"), p.town) if c.d.get("pc") else None
        area = c.d.get("area", {}).get(p.region) if p.region else None
        st = r.getstate()
        p.phone_nat, p.phone_digits = phone_number(r, p.cc, "nat", cult=area)
        r.setstate(st)
        p.phone_intl, _ = phone_number(r, p.cc, "intl", cult=area)
        p.phone = p.phone_nat if r.random() < 0.65 else p.phone_intl
        p.email = self.email_for(p)
        p.user = self.username_for(p)
        return p

    # names -------------------------------------------------------------
    def full(self, p, native=False):
        c = p.c
        g = p.given_n if (native and p.given_n) else p.given
        f = p.fam_n if (native and p.fam_n) else p.fam
        if c.order == "es":
            return f"{g} {p.fam} {p.fam2}"
        if c.order == "vi":
            return f"{p.fam} {p.middle} {p.given}"
        if c.order == "fg":
            if native and p.given_n:
                sep = " " if p.cult == "ja_JP" else ""
                return f"{f}{sep}{g}"
            return f"{p.fam} {p.given}" if getattr(p, "fam_first", True) else f"{p.given} {p.fam}"
        return f"{g} {f}"

    def surname(self, p, native=False):
        if p.c.order == "es":
            return f"{p.fam} {p.fam2}"
        return p.fam_n if (native and p.fam_n) else p.fam

    def formal(self, p):
        """SURNAME, Given (document style)."""
        return f"{self.surname(p).upper()}, {p.given}"

    def initial(self, p):
        return f"{p.given[0]}. {self.surname(p)}"

    def name_variant(self, p):
        r = self.r.random()
        if r < 0.55:
            return self.full(p)
        if r < 0.7:
            return self.formal(p)
        if r < 0.8:
            return self.full(p).upper()
        if r < 0.9:
            return self.full(p).lower()
        return self.initial(p)

    # contact ---------------------------------------------------------------
    def email_for(self, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", fold_ascii(p.given).lower()) or "user"
        f = re.sub(r"[^a-z]", "", fold_ascii(p.fam).lower()) or "mail"
        yy = f"{p.dob.year % 100:02d}"
        local = r.choice(
            [
                f"{g}.{f}",
                f"{g}{f}",
                f"{g[0]}.{f}",
                f"{f}.{g}",
                f"{g}{r.randint(1, 99)}",
                f"{g}_{f}{yy}",
                f"{g}.{f}{r.randint(1, 9)}",
                f"{f}{g[0]}",
                f"{g}{p.dob.year}",
            ]
        )
        return f"{local}@{r.choice(p.c.mail)}"

    def username_for(self, p):
        r = self.r
        g = re.sub(r"[^a-z]", "", fold_ascii(p.given).lower()) or "x"
        f = re.sub(r"[^a-z]", "", fold_ascii(p.fam).lower()) or "y"
        w1, w2 = r.choice(pools.TAG_WORDS), r.choice(pools.TAG_WORDS)
        n = r.choice([str(r.randint(1, 99)), str(p.dob.year), f"{p.dob.year % 100:02d}", str(r.randint(100, 999)), ""])
        opts = [
            f"{g}{n}",
            f"{g}_{f}",
            f"{g}.{f}{n}",
            f"{w1}{w2.capitalize()}{n}",
            f"xX_{w1}_{g}_Xx",
            f"{w1}_{g}{n}",
            f"{g[0]}{f}{n}",
            f"{w1.capitalize()}{w2.capitalize()}",
            f"the{w1}{n}",
            f"{w1}.{w2}{n}",
            f"{g}{w1}{n}",
            f"{w1.upper()}_{n or '7'}",
            f"{f}_{w1}",
        ]
        u = r.choice(opts)
        return u.strip("._") or f"{g}{r.randint(10, 99)}"

    def phone(self, p, style=None):
        if style == "intl":
            return p.phone_intl
        if style == "nat":
            return p.phone_nat
        return p.phone

    def spoken_phone(self, p, lang="en"):
        digits = "0" + p.phone_digits if p.cc in ("GB", "IE", "AU", "DE", "FR", "NL", "TR") else p.phone_digits
        return spoken_number(digits, lang, self.r)

    # addresses ---------------------------------------------------------------
    def addr(self, p, style=None, native=False):
        """Return a marked address string (street + town [+ region]); postcode unmarked."""
        r = self.r
        st = p.street_n if (native and p.street_n) else p.street
        town = p.town_n if (native and p.town_n) else p.town
        pc = p.postcode
        style = style or r.choice(["line", "line", "multi"])
        sep = ",\n" if style == "multi" and r.random() < 0.3 else ("\n" if style == "multi" else ", ")
        cc = getattr(p, "addr_cc", p.cc)
        if cc in ("US", "AU", "CA") and p.region:
            tail = f"{LOC(town)}, {LOC(p.region)}" + (f" {pc}" if pc else "")
            if cc == "AU":
                tail = f"{LOC(town)} {LOC(p.region)}" + (f" {pc}" if pc else "")
            return f"{ADR(st)}{sep}{tail}"
        if pc and cc in ("GB",):
            return f"{ADR(st)}{sep}{LOC(town)}{' ' if r.random() < 0.5 else sep}{pc}"
        if pc and cc == "IE":
            return f"{ADR(st)}{sep}{LOC(town)}, {pc}"
        if pc:
            return f"{ADR(st)}{sep}{pc} {LOC(town)}"
        return f"{ADR(st)}{sep}{LOC(town)}"

    def date_fmt(self, d, lang="en"):
        """Format a date; the style is chosen once per document and language (consistent within a document)."""
        key = lang if lang in DATE_STYLES else "en"
        if not hasattr(self, "_dstyle"):
            self._dstyle = {}
        if key not in self._dstyle:
            self._dstyle[key] = self.r.choice(DATE_STYLES[key])
        return fmt_date(d, self._dstyle[key])

    # national IDs -------------------------------------------------------------
    def national_id(self, p, kind=None):
        """Return (label_word, value, label) for a national/government identifier of p."""
        r = self.r
        cc = p.cc
        opts = {
            "GB": [("NI number", lambda: ids.uk_nino(r)), ("NHS number", lambda: ids.nhs_number(r))],
            "IE": [("PPS number", lambda: ids.ie_pps(r))],
            "US": [("SSN", lambda: ids.us_ssn(r))],
            "AU": [("Medicare no.", lambda: ids.au_medicare(r)), ("TFN", lambda: ids.au_tfn(r))],
            "CA": [("SIN", lambda: ids.ca_sin(r)), ("OHIP", lambda: ids.ca_ohip(r))],
            "DE": [
                ("Steuer-ID", lambda: ids.de_steuer_id(r)),
                ("Personalausweis-Nr.", lambda: ids.de_id_card(r)),
                ("KVNR", lambda: ids.de_kvnr(r)),
            ],
            "CH": [("AHV-Nr.", lambda: ids.ch_ahv(r))],
            "FR": [("n° de sécurité sociale", lambda: ids.fr_nir(r, p.sex, p.dob))],
            "ES": [("DNI", lambda: ids.es_dni(r)), ("NUSS", lambda: ids.es_nuss(r))],
            "MX": [
                (
                    "CURP",
                    lambda: ids.mx_curp(
                        r, p.given, p.fam, p.fam2 or "X", p.dob, p.sex, p.c.d["curp_state"].get(p.town, "DF")
                    ),
                )
            ],
            "HN": [("DNI", lambda: ids.hn_dni(r))],
            "IT": [
                (
                    "codice fiscale",
                    lambda: ids.it_codice_fiscale(p.fam, p.given, p.sex, p.dob, p.c.d["belfiore"].get(p.town, "H501")),
                )
            ],
            "PL": [("PESEL", lambda: ids.pesel(r, p.dob, p.sex))],
            "NL": [("BSN", lambda: ids.nl_bsn(r))],
            "SE": [("personnummer", lambda: ids.se_personnummer(r, p.dob, p.sex))],
            "BR": [("CPF", lambda: ids.br_cpf(r))],
            "PT": [("NIF", lambda: ids.pt_nif(r))],
            "TR": [("T.C. Kimlik No", lambda: ids.tr_kimlik(r))],
            "SY": [("national ID no.", lambda: ids.sy_national_no(r))],
            "IQ": [("Iraqi national card no.", lambda: ids._digits(r, 12, True))],
            "AF": [("e-Tazkira no.", lambda: ids.af_tazkira(r))],
            "IR": [("national code", lambda: ids.ir_national_code(r))],
            "ER": [("Eritrean ID card no.", lambda: ids._digits(r, 7, True))],
            "ET": [("Fayda FIN", lambda: ids.et_fayda(r))],
            "SO": [("national ID no.", lambda: ids._digits(r, 10, True))],
            "UA": [
                ("RNOKPP (tax no.)", lambda: ids.ua_rntrc(r, p.dob, p.sex)),
                ("ID card no.", lambda: ids._digits(r, 9, True)),
            ],
            "RU": [("INN", lambda: ids.ru_inn(r))],
            "CN": [
                (
                    "resident ID",
                    lambda: ids.cn_resident_id(
                        r,
                        p.dob,
                        p.sex,
                        r.choice(["510122", "510121", "110101", "110102", "110105", "310101", "310104", "310110"]),
                    ),
                )
            ],
            "JP": [("My Number", lambda: ids.jp_my_number(r))],
            "KR": [("RRN", lambda: ids.kr_rrn(r, p.dob, p.sex))],
            "IN": [("Aadhaar", lambda: ids.in_aadhaar(r)), ("PAN", lambda: ids.in_pan(r, p.fam))],
            "LK": [("NIC", lambda: ids.lk_nic(r, p.dob, p.sex))],
            "PK": [("CNIC", lambda: ids.pk_cnic(r, p.sex))],
            "GR": [("AMKA", lambda: ids.gr_amka(r, p.dob))],
            "IL": [("Teudat Zehut", lambda: ids.il_teudat_zehut(r))],
            "VN": [("CCCD", lambda: ids.vn_cccd(r))],
            "PH": [("PhilSys no.", lambda: ids.ph_philsys(r))],
            "NG": [("NIN", lambda: ids.ng_nin(r))],
            "KE": [("ID no.", lambda: ids.ke_id(r))],
            "RO": [("CNP", lambda: ids.ro_cnp(r, p.dob, p.sex))],
            "SD": [("national number", lambda: ids.sd_national_no(r))],
        }[cc]
        if kind is not None:
            for w, fn in opts:
                if w == kind:
                    val = fn()
                    return w, val, ("US_SSN" if cc == "US" and w == "SSN" else "NATIONAL_ID")
        w, fn = r.choice(opts)
        val = fn()
        return w, val, ("US_SSN" if w == "SSN" else "NATIONAL_ID")

    def passport(self, p):
        """Return (value, label)."""
        if p.cc == "US":
            return ids.us_passport(self.r), "US_PASSPORT"
        return ids.generic_passport(self.r, p.cc), "NATIONAL_ID"

    def geo(self, lat, lon, style=None):
        r = self.r
        lat += r.uniform(-0.05, 0.05)
        lon += r.uniform(-0.05, 0.05)
        style = style or r.choice(["dec", "dec", "dms", "dec_nsew"])
        if style == "dec":
            return f"{lat:.5f}, {lon:.5f}"
        if style == "dec_nsew":
            return f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"

        def dms(v):
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            s = (v - d - m / 60) * 3600
            return d, m, s

        a, b, c = dms(lat)
        x, y, z = dms(lon)
        return f"{a}°{b:02d}'{c:04.1f}\"{'N' if lat >= 0 else 'S'} {x}°{y:02d}'{z:04.1f}\"{'E' if lon >= 0 else 'W'}"


# approximate town coordinates used for GEO_COORDINATES (centre points, jittered)
TOWN_LL = {
    "Leeds": (53.80, -1.55),
    "Bristol": (51.45, -2.59),
    "Erfurt": (50.98, 11.03),
    "Lyon": (45.76, 4.84),
    "Rennes": (48.11, -1.68),
    "Zaragoza": (41.65, -0.89),
    "Gdańsk": (54.35, 18.65),
    "Utrecht": (52.09, 5.12),
    "Calais": (50.95, 1.86),
    "Lampedusa": (35.50, 12.60),
    "Moria": (39.13, 26.50),
    "Bihać": (44.82, 15.87),
    "Kharkiv": (49.99, 36.23),
    "Aleppo": (36.20, 37.16),
    "Herat": (34.35, 62.20),
    "Tapachula": (14.90, -92.26),
    "Kutupalong": (21.21, 92.16),
    "Agadez": (16.97, 7.99),
    "Dadaab": (0.06, 40.31),
    "Dayton": (39.76, -84.19),
    "Ballarat": (-37.56, 143.85),
    "Bergamo": (45.70, 9.67),
    "Uppsala": (59.86, 17.64),
    "Izmir": (38.42, 27.14),
    "Ventimiglia": (43.79, 7.61),
    "Subotica": (46.10, 19.67),
    "Edirne": (41.68, 26.56),
    "Samos": (37.75, 26.98),
}

CC_LL = {
    "GB": (52.6, -1.6),
    "IE": (53.2, -7.8),
    "US": (39.5, -94.0),
    "AU": (-33.5, 147.0),
    "CA": (45.5, -75.5),
    "DE": (50.9, 10.0),
    "CH": (46.9, 8.0),
    "FR": (46.6, 2.4),
    "ES": (40.3, -3.7),
    "MX": (20.6, -100.4),
    "HN": (14.8, -87.2),
    "IT": (43.5, 12.0),
    "PL": (52.0, 19.4),
    "NL": (52.2, 5.5),
    "SE": (59.3, 16.5),
    "BR": (-15.8, -47.9),
    "PT": (39.6, -8.4),
    "TR": (39.0, 33.0),
    "SY": (35.0, 38.5),
    "IQ": (36.2, 43.9),
    "AF": (34.5, 67.0),
    "IR": (32.5, 53.7),
    "ER": (15.3, 38.9),
    "ET": (9.0, 38.7),
    "SO": (2.8, 45.3),
    "UA": (49.0, 31.4),
    "RU": (55.7, 49.1),
    "CN": (30.6, 114.3),
    "JP": (35.2, 136.9),
    "KR": (36.3, 127.7),
    "IN": (23.2, 77.4),
    "LK": (9.6, 80.0),
    "PK": (31.5, 74.3),
    "GR": (39.6, 22.4),
    "IL": (32.1, 34.8),
    "VN": (16.0, 108.2),
    "PH": (10.3, 123.9),
    "NG": (7.4, 3.9),
    "KE": (-0.1, 34.8),
    "RO": (46.8, 23.6),
    "SD": (15.6, 32.5),
}


def town_ll(p):
    """Approximate coordinates for p's town (town table, else a point in p's country)."""
    if p.town in TOWN_LL:
        return TOWN_LL[p.town]
    return CC_LL.get(getattr(p, "addr_cc", p.cc), (50.0, 10.0))
