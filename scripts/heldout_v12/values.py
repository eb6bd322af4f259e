"""Identifier, number and date generators: checksummed IDs (python-stdnum), valid phones (phonenumbers)."""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.au import tfn as au_tfn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import upn as gb_upn
from stdnum.gr import amka as gr_amka
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.my import nric as my_nric
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ro import cnp as ro_cnp
from stdnum.ru import inn as ru_inn
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import itin as us_itin_mod
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn_mod
from stdnum.za import idnr as za_idnr

REF_DATE = dt.date(2024, 11, 15)
UPPER = string.ascii_uppercase
DIG = string.digits


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def letters(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def brute(rng: random.Random, make: Callable[[], str], ok: Callable[[str], bool], tries: int = 5000) -> str:
    for _ in range(tries):
        cand = make()
        if ok(cand):
            return cand
    raise RuntimeError("could not generate a valid value")


def _complete(rng: random.Random, prefix: str, n: int, ok: Callable[[str], bool], alphabet: str = DIG) -> str:
    """Find a completion of prefix with n chars (tried in a random rotation) that validates."""
    total = len(alphabet) ** n
    start = rng.randrange(total)
    for k in range(total):
        v = (start + k) % total
        tail = ""
        for _ in range(n):
            v, r = divmod(v, len(alphabet))
            tail = alphabet[r] + tail
        if ok(prefix + tail):
            return prefix + tail
    raise RuntimeError("no completion")


# ---------------------------------------------------------------- native digits
NATIVE_DIGITS = {
    "khmer": "០១២៣៤៥៦៧៨៩",
    "lao": "໐໑໒໓໔໕໖໗໘໙",
    "burmese": "၀၁၂၃၄၅၆၇၈၉",
    "deva": "०१२३४५६७८९",
    "gujarati": "૦૧૨૩૪૫૬૭૮૯",
    "gurmukhi": "੦੧੨੩੪੫੬੭੮੯",
    "telugu": "౦౧౨౩౪౫౬౭౮౯",
    "malayalam": "൦൧൨൩൪൫൬൭൮൯",
    "arabic": "٠١٢٣٤٥٦٧٨٩",
}


def native(s: str, script: str) -> str:
    table = NATIVE_DIGITS.get(script)
    if not table:
        return s
    return "".join(table[int(c)] if c in DIG else c for c in s)


# ---------------------------------------------------------------- phones
_SPOKEN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def phone_obj(rng: random.Random, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    wanted = {kind, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for _ in range(400):
        keep = min(len(nsn) - 4, rng.choice([1, 2, 2, 3]))
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in wanted:
            if phonenumbers.region_code_for_number(num) == region:
                return num
    return ex


def spoken_digits(s: str, rng: random.Random) -> str:
    words = []
    for c in s:
        if c in DIG:
            w = _SPOKEN[int(c)]
            if c == "0" and rng.random() < 0.5:
                w = "oh"
            words.append(w)
    return " ".join(words)


def phone(rng: random.Random, region: str, style: str | None = None, mobile: bool = True) -> str:
    num = phone_obj(rng, region, mobile)
    styles = ["intl", "intl", "natl", "natl", "e164", "compact", "dash", "dot", "00", "paren"]
    st = style or rng.choice(styles)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    natl = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if st == "intl":
        return intl
    if st == "natl":
        return natl
    if st == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if st == "compact":
        return "".join(c for c in natl if c in DIG) or intl
    if st == "dash":
        return intl.replace(" ", "-")
    if st == "dot":
        body = intl.split(" ", 1)
        return body[0] + " " + body[1].replace(" ", ".").replace("-", ".") if len(body) == 2 else intl
    if st == "00":
        return "00" + intl[1:]
    if st == "paren":
        cc, _, rest = intl.partition(" ")
        return f"({cc}) {rest}"
    if st == "spoken":
        return spoken_digits(natl, rng)
    return intl


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "ms": [
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "kk": [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    "hy": [
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "yo": ["Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Owewe", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀"],
    "zu": [
        "Januwari",
        "Februwari",
        "Mashi",
        "Ephreli",
        "Meyi",
        "Juni",
        "Julayi",
        "Agasti",
        "Septhemba",
        "Okthoba",
        "Novemba",
        "Disemba",
    ],
}


def random_dob(rng: random.Random, min_age: int, max_age: int) -> dt.date:
    age = rng.randint(min_age, max_age)
    latest = dt.date(REF_DATE.year - age, REF_DATE.month, REF_DATE.day)
    earliest = dt.date(REF_DATE.year - age - 1, REF_DATE.month, REF_DATE.day) + dt.timedelta(days=1)
    return earliest + dt.timedelta(days=rng.randrange((latest - earliest).days + 1))


def age_on(dob: dt.date, ref: dt.date = REF_DATE) -> int:
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def fmt_date(rng: random.Random, d: dt.date, style: str | None = None, lang: str = "en") -> str:
    st = style or rng.choice(["dmy/", "dmy.", "iso", "dmy-", "long", "mdy/", "short", "pnr", "dmy/2"])
    mon = MONTHS.get(lang, MONTHS["en"])
    if st == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if st == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if st == "dmy/2":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if st == "iso":
        return d.isoformat()
    if st == "ymd/":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if st == "mdy/":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if st == "long":
        if lang == "en":
            return f"{d.day} {mon[d.month - 1]} {d.year}"
        if lang in ("pt", "es"):
            return f"{d.day} de {mon[d.month - 1]} de {d.year}"
        if lang == "hy":
            return f"{d.year} թ. {mon[d.month - 1]} {d.day}"
        if lang == "kk":
            return f"{d.year} жылғы {d.day} {mon[d.month - 1]}"
        return f"{d.day} {mon[d.month - 1]} {d.year}"
    if st == "uslong":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if st == "short":
        return f"{d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    if st == "pnr":
        return f"{d.day:02d}{MONTHS['en'][d.month - 1][:3].upper()}{d.year % 100:02d}"
    return d.isoformat()


# ---------------------------------------------------------------- US identifiers
def us_ssn(rng: random.Random, style: str = "dash") -> str:
    def make() -> str:
        area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
        return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"

    raw = brute(rng, make, us_ssn_mod.is_valid)
    return _fmt_ssnlike(raw, style)


def _fmt_ssnlike(raw: str, style: str) -> str:
    if style == "dash":
        return f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"
    if style == "space":
        return f"{raw[:3]} {raw[3:5]} {raw[5:]}"
    return raw


def us_itin(rng: random.Random, style: str = "dash") -> str:
    def make() -> str:
        group = rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
        return f"9{digits(rng, 2)}{group:02d}{digits(rng, 4)}"

    raw = brute(rng, make, us_itin_mod.is_valid)
    return _fmt_ssnlike(raw, style)


def us_passport(rng: random.Random) -> str:
    return rng.choice([digits(rng, 9, True), rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)])


def us_driver_license(rng: random.Random, state: str) -> str:
    if state == "CA":
        return rng.choice(UPPER) + digits(rng, 7)
    if state == "NY":
        d = digits(rng, 9, True)
        return rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])
    if state == "TX":
        return digits(rng, 8, True)
    if state == "FL":
        return (
            f"{rng.choice(UPPER)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
        )
    if state == "IL":
        return f"{rng.choice(UPPER)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
    if state == "WA":
        return "WDL" + letters(rng, 6, UPPER + DIG)
    if state == "NJ":
        return f"{rng.choice(UPPER)}{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 5)}"
    return rng.choice(UPPER) + digits(rng, 8)


def us_bank_account(rng: random.Random) -> str:
    return digits(rng, rng.choice([8, 9, 10, 10, 12]), True)


def aba_routing(rng: random.Random) -> str:
    prefix = f"{rng.choice([rng.randint(1, 12), rng.randint(21, 32)]):02d}" + digits(rng, 6)
    return _complete(rng, prefix, 1, us_rtn.is_valid)


# ---------------------------------------------------------------- cards / IBAN
def credit_card(rng: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "discover", "unionpay", "jcb"])
    prefix, length = {
        "visa": ("4" + digits(rng, 5), 16),
        "mc": (rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2300"]) + digits(rng, 2), 16),
        "amex": (rng.choice(["34", "37"]) + digits(rng, 4), 15),
        "discover": ("6011" + digits(rng, 2), 16),
        "unionpay": ("62" + digits(rng, 4), 16),
        "jcb": ("35" + str(rng.randint(28, 89)) + digits(rng, 2), 16),
    }[brand]
    body = prefix[:6] + digits(rng, length - 7)
    num = body + luhn.calc_check_digit(body)
    sep = sep if sep is not None else rng.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "GB":
        return letters(rng, 4) + digits(rng, 14)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    if cc == "DE":
        return digits(rng, 18, True)
    if cc == "NL":
        return rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + digits(rng, 10)
    if cc == "PL":
        return digits(rng, 24)
    if cc == "UA":
        return digits(rng, 6) + "0000" + digits(rng, 15)
    if cc == "BR":
        return digits(rng, 23) + "C" + rng.choice("12")
    if cc == "KZ":
        return digits(rng, 3) + letters(rng, 13, DIG + UPPER)
    if cc == "RO":
        return letters(rng, 4) + letters(rng, 16, DIG + UPPER)
    if cc == "TR":
        return digits(rng, 5) + "0" + digits(rng, 16)
    if cc == "PT":
        return digits(rng, 21)
    if cc == "GR":
        return digits(rng, 23)
    return digits(rng, 18)


def iban(rng: random.Random, cc: str, grouped: bool | None = None) -> str:
    for _ in range(200):
        bban = _bban(rng, cc)
        check = std_iban.calc_check_digits(cc + "00" + bban)
        num = cc + check + bban
        if std_iban.is_valid(num):
            break
    else:
        raise RuntimeError(cc)
    grouped = rng.random() < 0.6 if grouped is None else grouped
    if grouped:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return num


# ---------------------------------------------------------------- network / device
_PUBLIC_FIRST = [
    5,
    31,
    37,
    41,
    46,
    62,
    77,
    81,
    89,
    91,
    93,
    95,
    102,
    103,
    109,
    112,
    115,
    121,
    141,
    149,
    154,
    176,
    178,
    185,
    188,
    197,
    202,
    213,
    217,
]


def ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    return f"{rng.choice(_PUBLIC_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(
        [
            "2a02:c7c",
            "2001:56a",
            "2a01:4f8",
            "2409:4042",
            "2405:201",
            "2a00:1f",
            "2600:1700",
            "2804:14d",
            "2402:3a80",
            "2a03:2880",
        ]
    )
    groups = [f"{rng.randrange(65536):x}" for _ in range(rng.choice([2, 3, 6]))]
    if len(groups) == 6:
        return head + ":" + ":".join(groups)
    return head + ":" + ":".join(groups[:1]) + "::" + ":".join(groups[1:])


def mac(rng: random.Random, style: str | None = None) -> str:
    oui = rng.choice(
        [
            "3C:22:FB",
            "F0:18:98",
            "A4:83:E7",
            "DC:A6:32",
            "B8:27:EB",
            "8C:85:90",
            "40:4E:36",
            "E4:5F:01",
            "AC:BC:32",
            "5C:F9:38",
        ]
    )
    tail = ":".join(f"{rng.randrange(256):02X}" for _ in range(3))
    m = f"{oui}:{tail}"
    st = style or rng.choice(["colon", "colon", "dash", "lower", "cisco"])
    if st == "dash":
        return m.replace(":", "-")
    if st == "lower":
        return m.lower()
    if st == "cisco":
        h = m.replace(":", "").lower()
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return m


def imei(rng: random.Random, spaced: bool = False) -> str:
    body = rng.choice(["35", "35", "86", "01", "49"]) + digits(rng, 12)
    num = body + luhn.calc_check_digit(body)
    if spaced:
        return f"{num[:2]} {num[2:8]} {num[8:14]} {num[14]}"
    return num


def uuid_like(rng: random.Random, upper: bool = False) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def device_serial(rng: random.Random) -> str:
    kind = rng.choice(["apple", "samsung", "xiaomi", "pixel", "generic"])
    if kind == "apple":
        return rng.choice("CDFGH") + letters(rng, 11, "0123456789ABCDEFGHJKLMNPQRTVWXY")
    if kind == "samsung":
        return (
            "R"
            + rng.choice("35")
            + letters(rng, 1, "0123456789ABCDEFGHJKLMNP")
            + digits(rng, 1)
            + letters(rng, 7, "0123456789ABCDEFGHJKLMNPRSTVWXYZ")
        )
    if kind == "xiaomi":
        return digits(rng, 5) + "/" + letters(rng, 8, DIG + UPPER)
    if kind == "pixel":
        return digits(rng, 2) + letters(rng, 12, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    return letters(rng, 4, UPPER) + digits(rng, 8)


def geo(rng: random.Random, lat: float, lon: float, style: str | None = None) -> str:
    la = lat + rng.uniform(-0.05, 0.05)
    lo = lon + rng.uniform(-0.05, 0.05)
    st = style or rng.choice(["dec", "dec", "decns", "dms", "nospace"])
    if st == "dec":
        p = rng.choice([4, 5, 6])
        return f"{la:.{p}f}, {lo:.{p}f}"
    if st == "nospace":
        return f"{la:.6f},{lo:.6f}"
    if st == "decns":
        return f"{abs(la):.5f}° {'N' if la >= 0 else 'S'}, {abs(lo):.5f}° {'E' if lo >= 0 else 'W'}"
    return f"{_dms(la, 'NS')} {_dms(lo, 'EW')}"


def _dms(v: float, hemis: str) -> str:
    h = hemis[0] if v >= 0 else hemis[1]
    v = abs(v)
    d = int(v)
    m = int((v - d) * 60)
    s = (v - d - m / 60) * 3600
    return f"{d}°{m:02d}'{s:04.1f}\"{h}"


def credential(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["pw", "pw", "pin", "token", "recovery", "apikey"])
    if kind == "pw":
        word = rng.choice(
            [
                "Summer",
                "Liverpool",
                "Princess",
                "dragon",
                "Monkey",
                "sunshine",
                "Qwerty",
                "Bella",
                "Shadow",
                "Kyiv",
                "Angel",
                "football",
                "Mustang",
                "Lovely",
                "Warsaw",
                "Naruto",
            ]
        )
        return word + rng.choice(["", "_", "!", ".", "@"]) + digits(rng, rng.choice([2, 3, 4]))
    if kind == "pin":
        return digits(rng, rng.choice([4, 4, 6]))
    if kind == "token":
        return rng.choice(["ghp_", "xoxb-", "sk_live_", "EAAG"]) + letters(rng, 28, string.ascii_letters + DIG)
    if kind == "recovery":
        return "-".join(letters(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([3, 4])))
    return "AIza" + letters(rng, 35, string.ascii_letters + DIG + "_-")


# ---------------------------------------------------------------- national IDs
def _pesel(rng: random.Random, dob: dt.date, female: bool) -> str:
    month = dob.month + (20 if dob.year >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    prefix = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{digits(rng, 3)}{sex}"
    return _complete(rng, prefix, 1, pl_pesel.is_valid)


def _rntrc(rng: random.Random, dob: dt.date, female: bool) -> str:
    days = (dob - dt.date(1899, 12, 31)).days
    prefix = f"{days:05d}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
    return _complete(rng, prefix, 1, ua_rntrc.is_valid)


def _za(rng: random.Random, dob: dt.date, female: bool) -> str:
    g = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    prefix = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08"
    return _complete(rng, prefix, 1, za_idnr.is_valid)


def _my(rng: random.Random, dob: dt.date, female: bool) -> str:
    pb = rng.choice(["01", "02", "05", "07", "08", "10", "11", "12", "14"])
    last = rng.choice("02468" if female else "13579")
    raw = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{pb}{digits(rng, 3)}{last}"
    if not my_nric.is_valid(raw):
        raw = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}10{digits(rng, 3)}{last}"
    return f"{raw[:6]}-{raw[6:8]}-{raw[8:]}"


def _kz_iin(rng: random.Random, dob: dt.date, female: bool) -> str:
    c = (5 if dob.year >= 2000 else 3) + (1 if female else 0)
    for _ in range(100):
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{c}{digits(rng, 4)}"
        ds = [int(x) for x in body]
        s = sum(d * w for d, w in zip(ds, range(1, 12))) % 11
        if s == 10:
            s = sum(d * w for d, w in zip(ds, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if s < 10:
            return body + str(s)
    raise RuntimeError("iin")


def _cn(rng: random.Random, dob: dt.date, female: bool) -> str:
    areas = ["110105", "440305", "330106", "320102", "420106", "350203", "110108", "310104", "440104", "430102"]
    rng.shuffle(areas)
    for area in areas:
        seq = f"{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
        try:
            return _complete(rng, f"{area}{dob:%Y%m%d}{seq}", 1, cn_ric.is_valid, DIG + "X")
        except RuntimeError:
            continue
    return "E" + digits(rng, 8)


def _kr(rng: random.Random, dob: dt.date, female: bool) -> str:
    g = (3 if dob.year >= 2000 else 1) + (1 if female else 0)
    raw = _complete(rng, f"{dob:%y%m%d}{g}{digits(rng, 5)}", 1, kr_rrn.is_valid)
    return f"{raw[:6]}-{raw[6:]}"


def _ro(rng: random.Random, dob: dt.date, female: bool) -> str:
    s = (5 if dob.year >= 2000 else 1) + (1 if female else 0)
    county = f"{rng.randint(1, 40):02d}"
    return _complete(rng, f"{s}{dob:%y%m%d}{county}{digits(rng, 3)}", 1, ro_cnp.is_valid)


def _gr(rng: random.Random, dob: dt.date, female: bool) -> str:
    return _complete(
        rng, f"{dob:%d%m%y}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}", 1, gr_amka.is_valid
    )


def _fr(rng: random.Random, dob: dt.date, female: bool) -> str:
    body = (
        f"{2 if female else 1}{dob:%y%m}{rng.choice(['75', '69', '13', '59', '93', '33'])}{digits(rng, 3)}"
        f"{digits(rng, 3)}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _tr(rng: random.Random) -> str:
    return _complete(rng, digits(rng, 9, True), 2, tr_tck.is_valid)


def _lk(rng: random.Random, dob: dt.date, female: bool) -> str:
    doy = dob.timetuple().tm_yday + (500 if female else 0)
    if dob.year < 2000 and rng.random() < 0.5:
        return f"{dob.year % 100:02d}{doy:03d}{digits(rng, 4)}{rng.choice('VV X')}".replace(" ", "V")
    return f"{dob.year}{doy:03d}{digits(rng, 5)}"


def _mn(rng: random.Random, dob: dt.date) -> str:
    pre = rng.choice(["УБ", "УЕ", "ЧБ", "ДА", "ЭЮ", "ОР", "ГЕ", "ИЙ"])
    month = dob.month + (20 if dob.year >= 2000 else 0)
    return f"{pre}{dob.year % 100:02d}{month:02d}{dob.day:02d}{digits(rng, 2)}"


def _uk_dl(rng: random.Random, family: str, given: str, dob: dt.date, female: bool) -> str:
    sur = "".join(c for c in family.upper() if c.isalpha() and c.isascii())[:5].ljust(5, "9")
    month = dob.month + (50 if female else 0)
    ini = ("".join(c for c in given.upper() if c.isascii() and c.isalpha())[:1] or "X") + "9"
    return f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{ini}9{letters(rng, 2)}"


def gb_upn_value(rng: random.Random) -> str:
    """English Unique Pupil Number: check letter + LA code + establishment + year + serial."""
    la = rng.choice([201, 204, 209, 330, 383, 380, 860, 866, 372, 821, 370, 373, 384, 935, 925, 886, 850, 855])
    body = f"{la:03d}{rng.randint(2000, 7999):04d}{rng.randint(10, 24):02d}{rng.randint(0, 999):03d}"
    for c in "ABCDEFGHJKLMNPQRTUVWXYZ":
        if gb_upn.is_valid(c + body):
            return c + body
    raise RuntimeError("upn")


def _nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def _au_medicare(rng: random.Random) -> str:
    first = rng.choice("23456")
    body = first + digits(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(a) * b for a, b in zip(body, w)) % 10
    num = f"{body}{chk}{rng.randint(1, 5)}"
    return rng.choice([f"{num[:4]} {num[4:9]} {num[9]}", num])


def _pl_idcard(rng: random.Random) -> str:
    lets = letters(rng, 3, "ABCDEFGHIJKLMNPRSTUVWXYZ")
    tail = digits(rng, 5)
    vals = [ord(c) - 55 for c in lets] + [0] + [int(c) for c in tail]
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    chk = sum(v * x for v, x in zip(vals, w)) % 10
    return f"{lets}{chk}{tail}"


def _fmt_cpf(rng: random.Random, n: str) -> str:
    return rng.choice([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n])


def national_id(
    rng: random.Random, country: str, dob: dt.date, female: bool, family: str = "", given: str = ""
) -> tuple[str, str]:
    """Return (kind label in English, value) for a personal government ID of the country."""
    c = country
    opts: list[tuple[str, Callable[[], str]]]
    if c == "GB":
        opts = [
            (
                "NHS number",
                lambda: (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}")(
                    brute(rng, lambda: digits(rng, 10, True), gb_nhs.is_valid)
                ),
            ),
            ("NI number", lambda: _nino(rng)),
            ("passport", lambda: digits(rng, 9, True)),
            ("driving licence", lambda: _uk_dl(rng, family or "SMITH", given or "J", dob, female)),
        ]
    elif c == "IE":
        opts = [
            ("PPSN", lambda: _complete(rng, digits(rng, 7), 1, ie_pps.is_valid, UPPER)),
            ("passport", lambda: rng.choice(["P", "L"]) + rng.choice(UPPER) + digits(rng, 7)),
        ]
    elif c == "AU":
        opts = [
            (
                "TFN",
                lambda: (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}")(
                    brute(rng, lambda: digits(rng, 9, True), au_tfn.is_valid)
                ),
            ),
            ("Medicare", lambda: _au_medicare(rng)),
            ("passport", lambda: rng.choice(["PA", "PB", "N", "RA"]) + digits(rng, 7)),
        ]
    elif c == "CA":
        opts = [
            (
                "SIN",
                lambda: (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}")(
                    brute(rng, lambda: rng.choice("1234567") + digits(rng, 8), ca_sin.is_valid)
                ),
            ),
            ("health card", lambda: f"{digits(rng, 4, True)}-{digits(rng, 3)}-{digits(rng, 3)}-{letters(rng, 2)}"),
            ("passport", lambda: letters(rng, 2) + digits(rng, 6)),
        ]
    elif c == "IN":
        opts = [
            (
                "Aadhaar",
                lambda: (lambda n: rng.choice([f"{n[:4]} {n[4:8]} {n[8:]}", n]))(
                    brute(rng, lambda: rng.choice("23456789") + digits(rng, 11), in_aadhaar.is_valid)
                ),
            ),
            (
                "PAN",
                lambda: brute(
                    rng,
                    lambda: letters(rng, 3) + "P" + rng.choice(UPPER) + digits(rng, 4) + rng.choice(UPPER),
                    in_pan.is_valid,
                ),
            ),
            ("passport", lambda: rng.choice("JKLMNPRSTUVZ") + digits(rng, 7)),
        ]
    elif c == "ZA":
        opts = [("ID number", lambda: _za(rng, dob, female))]
    elif c == "NG":
        opts = [("NIN", lambda: digits(rng, 11, True)), ("passport", lambda: rng.choice("AB") + digits(rng, 8))]
    elif c == "UA":
        opts = [
            ("РНОКПП", lambda: _rntrc(rng, dob, female)),
            ("passport", lambda: rng.choice(["FX", "FE", "FK", "GB", "EH", "FA"]) + digits(rng, 6)),
            ("ID card", lambda: digits(rng, 9, True)),
            ("УНЗР", lambda: f"{dob:%Y%m%d}-{digits(rng, 5)}"),
        ]
    elif c == "PL":
        opts = [
            ("PESEL", lambda: _pesel(rng, dob, female)),
            ("dowód", lambda: _pl_idcard(rng)),
            ("paszport", lambda: rng.choice(["EA", "EB", "EC", "ED"]) + digits(rng, 7)),
        ]
    elif c == "NL":
        opts = [
            ("BSN", lambda: brute(rng, lambda: digits(rng, 9, True), nl_bsn.is_valid)),
            (
                "paspoort",
                lambda: (
                    letters(rng, 2, "ABCDEFGHIJKLNPRSTUVWXYZ")
                    + letters(rng, 6, "ABCDEFGHJKLNPRSTUVWXYZ0123456789")
                    + digits(rng, 1)
                ),
            ),
        ]
    elif c == "BR":
        opts = [
            ("CPF", lambda: _fmt_cpf(rng, _complete(rng, digits(rng, 9), 2, br_cpf.is_valid))),
            ("RG", lambda: f"{digits(rng, 2, True)}.{digits(rng, 3)}.{digits(rng, 3)}-{rng.choice(DIG + 'X')}"),
        ]
    elif c == "MY":
        opts = [("MyKad", lambda: _my(rng, dob, female)), ("passport", lambda: rng.choice("AH") + digits(rng, 8))]
    elif c == "LK":
        opts = [("NIC", lambda: _lk(rng, dob, female))]
    elif c == "KH":
        opts = [("ID card", lambda: digits(rng, 9, True)), ("passport", lambda: "N" + digits(rng, 7))]
    elif c == "MM":
        opts = [
            (
                "NRC",
                lambda: (
                    f"{rng.randint(1, 14)}"
                    f"/{rng.choice(['YAKANA', 'OUKAMA', 'MAYANA', 'BAHANA', 'KAMAYA', 'LAMANA'])}(N){digits(rng, 6)}"
                ),
            ),
            ("passport", lambda: "M" + letters(rng, 1) + digits(rng, 6)),
        ]
    elif c == "AM":
        opts = [
            ("passport", lambda: rng.choice(["AN", "AM", "AT", "AR"]) + digits(rng, 7)),
            ("SSN", lambda: digits(rng, 10, True)),
        ]
    elif c == "KZ":
        opts = [("ЖСН", lambda: _kz_iin(rng, dob, female)), ("passport", lambda: "N" + digits(rng, 8))]
    elif c == "NP":
        opts = [
            (
                "citizenship",
                lambda: f"{rng.randint(1, 77):02d}-{rng.randint(1, 3):02d}-{rng.randint(60, 80)}-{digits(rng, 5)}",
            ),
            ("NID", lambda: f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 4)}"),
        ]
    elif c == "LA":
        opts = [
            ("ID card", lambda: f"{rng.randint(1, 18):02d}-{digits(rng, 8)}"),
            ("passport", lambda: "P" + digits(rng, 7)),
        ]
    elif c == "MN":
        opts = [("регистр", lambda: _mn(rng, dob))]
    elif c == "CN":
        opts = [("身份证", lambda: _cn(rng, dob, female)), ("passport", lambda: "E" + digits(rng, 8))]
    elif c == "KR":
        opts = [("주민등록번호", lambda: _kr(rng, dob, female)), ("passport", lambda: "M" + digits(rng, 8))]
    elif c == "JP":
        opts = [
            (
                "マイナンバー",
                lambda: (lambda n: f"{n[:4]} {n[4:8]} {n[8:]}")(
                    _complete(rng, digits(rng, 11, True), 1, jp_in.is_valid)
                ),
            ),
            ("passport", lambda: rng.choice(["TK", "TR", "MZ"]) + digits(rng, 7)),
        ]
    elif c == "TH":
        opts = [
            (
                "ID",
                lambda: (lambda n: f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}")(
                    _complete(rng, rng.choice("1358") + digits(rng, 11), 1, th_pin.is_valid)
                ),
            )
        ]
    elif c == "RU":
        opts = [
            ("ИНН", lambda: brute(rng, lambda: digits(rng, 12, True), ru_inn.is_valid)),
            ("паспорт", lambda: f"{digits(rng, 2, True)} {digits(rng, 2)} {digits(rng, 6)}"),
        ]
    elif c == "VN":
        opts = [("CCCD", lambda: f"0{rng.randint(1, 96):02d}{rng.choice('0123')}{dob.year % 100:02d}{digits(rng, 6)}")]
    elif c == "GR":
        opts = [
            ("AMKA", lambda: _gr(rng, dob, female)),
            ("ΑΔΤ", lambda: rng.choice(["ΑΒ", "ΑΕ", "ΑΚ", "ΑΗ"]) + " " + digits(rng, 6)),
        ]
    elif c == "TR":
        opts = [("T.C. Kimlik", lambda: _tr(rng))]
    elif c in ("ES", "MX"):
        opts = [
            ("DNI", lambda: _complete(rng, digits(rng, 8), 1, es_dni.is_valid, UPPER)),
            ("pasaporte", lambda: letters(rng, 3) + digits(rng, 6)),
        ]
    elif c == "FR":
        opts = [
            ("NIR", lambda: _fr(rng, dob, female)),
            ("passeport", lambda: digits(rng, 2) + letters(rng, 2) + digits(rng, 5)),
        ]
    elif c == "DE":
        opts = [
            ("Steuer-ID", lambda: brute(rng, lambda: digits(rng, 11, True), de_idnr.is_valid, 50000)),
            ("Personalausweis", lambda: rng.choice("LMNPRTVWXY") + letters(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")),
        ]
    elif c == "RO":
        opts = [("CNP", lambda: _ro(rng, dob, female))]
    elif c == "PH":
        opts = [
            ("PhilSys", lambda: f"{digits(rng, 4, True)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"),
            ("passport", lambda: "P" + digits(rng, 7) + rng.choice(UPPER)),
        ]
    else:
        opts = [("passport", lambda: letters(rng, 2) + digits(rng, 7))]
    kind, fn = rng.choice(opts)
    return kind, fn()


_PASSPORT_KINDS = ("passport", "paszport", "paspoort", "passeport", "pasaporte", "паспорт")


def passport(rng: random.Random, country: str, dob: dt.date, female: bool) -> str:
    """A passport number of the country (US passports are US_PASSPORT, all others NATIONAL_ID)."""
    if country == "US":
        return us_passport(rng)
    special = {
        "UA": lambda: rng.choice(["FX", "FE", "FK", "GB", "EH", "FA"]) + digits(rng, 6),
        "RU": lambda: f"{rng.randint(70, 77)} {digits(rng, 7)}",
        "ZA": lambda: "A" + digits(rng, 8),
        "LK": lambda: "N" + digits(rng, 7),
        "MN": lambda: "E" + digits(rng, 7),
        "TH": lambda: rng.choice(["AA", "AB", "AC"]) + digits(rng, 7),
        "TR": lambda: "U" + digits(rng, 8),
        "RO": lambda: digits(rng, 9, True),
        "VN": lambda: rng.choice("BC") + digits(rng, 7),
        "GB": lambda: digits(rng, 9, True),
        "EG": lambda: "A" + digits(rng, 8),
        "GR": lambda: letters(rng, 2) + digits(rng, 7),
    }
    if country in special:
        return special[country]()
    probe = random.Random(rng.getrandbits(64))
    for _ in range(40):
        kind, val = national_id(probe, country, dob, female)
        if kind in _PASSPORT_KINDS or kind == "dowód":
            return val
    return letters(rng, 2) + digits(rng, 7)


# ---------------------------------------------------------------- vehicle plates
_CYR = "АВЕІКМНОРСТХ"


def plate(rng: random.Random, country: str) -> str:
    c = country
    if c == "GB":
        return (
            f"{letters(rng, 2, 'ABCDEFGHKLMNOPRSVWY')}"
            f"{rng.choice(['19', '20', '70', '71', '22', '72', '23', '73', '24'])} "
            f"{letters(rng, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}"
        )
    if c == "US":
        return rng.choice(
            [
                f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}",
                f"{letters(rng, 3)}-{digits(rng, 4)}",
                f"{letters(rng, 3)} {digits(rng, 3)}",
                f"{digits(rng, 3)} {letters(rng, 3)}",
            ]
        )
    if c == "IE":
        return (
            f"{rng.choice(['191', '201', '212', '221', '231', '242', '08'])}"
            f"-{rng.choice(['D', 'C', 'G', 'L', 'KY', 'MH', 'WX'])}-{rng.randint(1, 99999)}"
        )
    if c == "AU":
        return rng.choice(
            [
                f"{letters(rng, 3)}{digits(rng, 2)}{letters(rng, 1)}",
                f"{digits(rng, 1, True)}{letters(rng, 3)}{digits(rng, 3)}",
            ]
        )
    if c == "CA":
        return rng.choice(
            [
                f"{letters(rng, 4)} {digits(rng, 3)}",
                f"{letters(rng, 3)}-{digits(rng, 3)}",
                f"{digits(rng, 3)} {letters(rng, 3)}",
            ]
        )
    if c == "IN":
        st = rng.choice(["MH", "DL", "KA", "TS", "AP", "KL", "GJ", "PB", "TN"])
        return rng.choice(
            [
                f"{st} {rng.randint(1, 50):02d} {letters(rng, 2)} {digits(rng, 4)}",
                f"{st}{rng.randint(1, 50):02d}{letters(rng, 2)}{digits(rng, 4)}",
            ]
        )
    if c == "ZA":
        return rng.choice(
            [
                f"{letters(rng, 2)} {digits(rng, 2)} {letters(rng, 2)} GP",
                f"{letters(rng, 3)} {digits(rng, 3)} ZN",
                f"CA {digits(rng, 3)}-{digits(rng, 3)}",
                f"N{letters(rng, 1)} {digits(rng, 5)}",
            ]
        )
    if c == "NG":
        return f"{letters(rng, 3)}-{digits(rng, 3)}{letters(rng, 2)}"
    if c == "UA":
        a = rng.choice(["АА", "КА", "ВС", "ВН", "АХ", "ВІ", "АІ", "ВО"])
        return rng.choice(
            [f"{a} {digits(rng, 4)} {letters(rng, 2, _CYR)}", f"{a}{digits(rng, 4)}{letters(rng, 2, _CYR)}"]
        )
    if c == "PL":
        return (
            f"{rng.choice(['WA', 'KR', 'PO', 'GD', 'LU', 'EL', 'RZ', 'BI', 'WX'])} "
            f"{digits(rng, rng.choice([4, 5]))}{rng.choice(['', 'C', 'K'])}"
        )
    if c == "NL":
        return rng.choice(
            [
                f"{digits(rng, 2)}-{letters(rng, 3, 'BDFGHJKLNPRSTVXZ')}-{digits(rng, 1)}",
                f"{letters(rng, 1, 'GHJKLNPRSTXZ')}-{digits(rng, 3)}-{letters(rng, 2, 'BDFGHJKLNPRSTVXZ')}",
                f"{letters(rng, 2, 'GHJKLNPRSTXZ')}-{digits(rng, 3)}-{letters(rng, 1, 'BDFGHJKLNPRSTVXZ')}",
            ]
        )
    if c == "BR":
        return rng.choice(
            [
                f"{letters(rng, 3)}{digits(rng, 1)}{letters(rng, 1)}{digits(rng, 2)}",
                f"{letters(rng, 3)}-{digits(rng, 4)}",
            ]
        )
    if c == "MY":
        return (
            f"{rng.choice(['W', 'B', 'J', 'P', 'V', 'A', 'N'])}"
            f"{letters(rng, rng.choice([1, 2]), 'ABCDEFGHJKLMNPQRSTUVWXY')} {rng.randint(1, 9999)}"
        )
    if c == "LK":
        return f"{rng.choice(['WP', 'CP', 'SP', 'NW'])} {letters(rng, rng.choice([2, 3]))}-{digits(rng, 4)}"
    if c == "KH":
        return f"{rng.choice(['2A', '2B', '2C', '1A', '3E'])}-{digits(rng, 4)}"
    if c == "MM":
        return f"{rng.choice(['YGN', 'MDY'])} {rng.randint(1, 9)}{letters(rng, 1)}/{digits(rng, 4)}"
    if c == "AM":
        return f"{rng.randint(1, 99):02d} {letters(rng, 2)} {digits(rng, 3)}"
    if c == "KZ":
        return f"{digits(rng, 3)} {letters(rng, 3)} {rng.choice(['01', '02', '05', '13', '17'])}"
    if c == "NP":
        return rng.choice(
            [f"बा {rng.randint(1, 99)} प {digits(rng, 4)}", f"Ba {rng.randint(1, 99)} Pa {digits(rng, 4)}"]
        )
    if c == "LA":
        return f"{rng.choice(['ກຂ', 'ກງ', 'ນວ', 'ຂກ'])} {digits(rng, 4)}"
    if c == "MN":
        return f"{digits(rng, 4)} {letters(rng, 3, 'АБВГДЕЗИКЛМНОПРСТУХЦЧЭЯ')}"
    if c == "TH":
        return f"{rng.choice(['กข', 'ขค', '1กท', 'ฆอ', '2ขฬ'])} {digits(rng, 4, True)}"
    if c == "RU":
        return (
            f"{letters(rng, 1, 'АВЕКМНОРСТУХ')}{digits(rng, 3)}{letters(rng, 2, 'АВЕКМНОРСТУХ')}"
            f"{rng.choice(['77', '99', '197', '78', '50'])}"
        )
    if c == "DE":
        return f"{rng.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'DO'])}-{letters(rng, 2)} {rng.randint(1, 9999)}"
    if c == "FR":
        return f"{letters(rng, 2)}-{digits(rng, 3)}-{letters(rng, 2)}"
    if c == "TR":
        return (
            f"{rng.choice(['34', '06', '35', '16'])} {letters(rng, rng.choice([1, 2, 3]))} "
            f"{digits(rng, rng.choice([2, 3, 4]))}"
        )
    if c in ("ES", "MX"):
        return f"{digits(rng, 4)} {letters(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if c == "VN":
        return f"{rng.randint(11, 99)}{rng.choice(UPPER)}-{digits(rng, 3)}.{digits(rng, 2)}"
    if c == "CN":
        return (
            f"{rng.choice(['京', '沪', '粤', '川', '浙'])}{rng.choice(UPPER)}"
            f"·{letters(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
        )
    if c == "KR":
        return f"{rng.randint(10, 399)}{rng.choice(['가', '나', '다', '라', '마', '거', '너', '하'])} {digits(rng, 4)}"
    if c == "GR":
        return f"{letters(rng, 3, 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}-{digits(rng, 4)}"
    if c == "RO":
        return f"{rng.choice(['B', 'CJ', 'IS', 'TM'])} {digits(rng, 2)} {letters(rng, 3)}"
    return f"{letters(rng, 2)} {digits(rng, 4)}"


def money(rng: random.Random, cur: str) -> str:
    return f"{cur} {rng.randint(5, 900)}.{rng.randint(0, 99):02d}"
