"""Core helpers for the v16 held-out corpus: document builder, identifier generators.

Only the standard library, stdnum and phonenumbers are used.
"""

from __future__ import annotations

import random
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn
from stdnum.us import itin as us_itin

EDGE_BAD = set(" \t\r\n.,;:!?'\"")


class DocError(Exception):
    pass


def L(value, label):
    return (value, label)


class B:
    """Accumulates text; labelled pieces become spans."""

    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def __len__(self):
        return self.n

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, s, label):
        if not s:
            raise DocError("empty span")
        if s[0] in EDGE_BAD or s[-1] in EDGE_BAD:
            raise DocError(f"bad span edge {label}: {s!r}")
        self.spans.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        self.parts.append(s)
        self.n += len(s)
        return self

    def f(self, fmt, *vals):
        """Format with the placeholder '§'. vals: str (plain) or (value, label)."""
        pieces = fmt.split("§")
        if len(pieces) - 1 != len(vals):
            raise DocError(f"placeholder mismatch in {fmt[:40]!r}: {len(pieces) - 1} vs {len(vals)}")
        for i, p in enumerate(pieces):
            if p:
                self.t(p)
            if i < len(vals):
                x = vals[i]
                if isinstance(x, tuple):
                    self.v(x[0], x[1])
                elif x is None:
                    pass
                else:
                    self.t(str(x))
        return self

    def text(self):
        return "".join(self.parts)


def _isalnum(ch):
    return ch.isalnum()


def find_unlabelled_reoccurrence(text, spans, minlen=4):
    """Return list of (value, pos) where a labelled value (>= minlen) occurs outside every span."""
    low = text.lower()
    problems = []
    seen = []
    for sp in spans:
        val = sp["text"]
        if len(val) < minlen:
            continue
        lv = val.lower()
        if lv in seen:
            continue
        seen.append(lv)
        start = 0
        while True:
            i = low.find(lv, start)
            if i < 0:
                break
            j = i + len(lv)
            start = i + 1
            # alphanumeric boundary check (only matters when the value edge is alphanumeric)
            if i > 0 and _isalnum(low[i - 1]) and _isalnum(lv[0]):
                continue
            if j < len(low) and _isalnum(low[j]) and _isalnum(lv[-1]):
                continue
            covered = any(s["start"] <= i and j <= s["end"] for s in spans)
            if not covered:
                problems.append((val, i))
    return problems


# --------------------------------------------------------------------------------------------
# random helpers


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def letters(rng, n, alphabet=string.ascii_uppercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def sample(rng, seq, k):
    idx = rng.sample(range(len(seq)), k)
    return [seq[i] for i in idx]


def luhn_complete(body):
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------------------------
# phones


def phone(rng, region, style=None, kind=None):
    """Return a phonenumbers-valid number for region, formatted in a random style."""
    types = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    if kind == "mobile":
        types = [phonenumbers.PhoneNumberType.MOBILE]
    elif kind == "fixed":
        types = [phonenumbers.PhoneNumberType.FIXED_LINE]
    t = pick(rng, types)
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for _ in range(1500):
        keep = max(1, min(len(nsn) - 3, rng.choice([1, 2, 2, 3, 4])))
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(cc) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    else:
        num = ex
    return fmt_phone(rng, num, region, style)


def fmt_phone(rng, num, region, style=None):
    styles = ["intl", "intl", "national", "national", "e164", "00", "compact_nat", "dots", "dashes_intl"]
    if style is None:
        style = pick(rng, styles)
    if style == "intl":
        return phonenumbers.format_number(num, PNF.INTERNATIONAL)
    if style == "national":
        return phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, PNF.E164)
    if style == "00":
        return "00" + phonenumbers.format_number(num, PNF.INTERNATIONAL)[1:]
    if style == "compact_nat":
        s = phonenumbers.format_number(num, PNF.NATIONAL)
        return re.sub(r"[\s\-\(\)]", "", s)
    if style == "dots":
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        return s.replace(" ", ".").replace("-", ".")
    if style == "dashes_intl":
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        return s.replace(" ", "-", 1) if False else s.replace(" ", "-")
    return phonenumbers.format_number(num, PNF.INTERNATIONAL)


def phone_spoken_en(rng, region="GB"):
    """A phone number spelled out in English digit words (national format)."""
    p = phone(rng, region, style="compact_nat", kind="mobile")
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    out = [words[int(c)] for c in p if c.isdigit()]
    return " ".join(out)


# --------------------------------------------------------------------------------------------
# device / network

TACS = [
    "35328910",
    "35391110",
    "35467011",
    "35209900",
    "86753104",
    "35884811",
    "35692005",
    "01326300",
    "35145120",
    "86978203",
    "35760607",
    "35303311",
]


def imei(rng, sep=False):
    s = luhn_complete(pick(rng, TACS) + digits(rng, 6))
    if sep:
        return f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}"
    return s


def iccid(rng, cc="44"):
    body = "89" + cc + digits(rng, 2) + digits(rng, 18 - 4 - 2 + 1)  # 19 digits before check? -> total 20
    body = body[:19]
    return luhn_complete(body)


def imsi(rng, mccmnc="23415"):
    return mccmnc + digits(rng, 15 - len(mccmnc))


def mac(rng, style="colon", upper=None):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] = b[0] & 0xFC
    if upper is None:
        upper = rng.random() < 0.5
    hx = ["%02x" % x for x in b]
    if upper:
        hx = [h.upper() for h in hx]
    if style == "colon":
        return ":".join(hx)
    if style == "dash":
        return "-".join(hx)
    if style == "cisco":
        j = "".join(hx)
        return f"{j[0:4]}.{j[4:8]}.{j[8:12]}"
    return ":".join(hx)


def ipv4(rng, private=False):
    if private:
        k = rng.randrange(3)
        if k == 0:
            return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if k == 1:
            return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    first = pick(
        rng,
        [
            31,
            37,
            46,
            62,
            77,
            78,
            81,
            82,
            85,
            86,
            88,
            89,
            91,
            94,
            95,
            102,
            105,
            109,
            141,
            151,
            176,
            178,
            185,
            188,
            193,
            195,
            197,
            212,
            213,
            217,
            24,
            47,
            66,
            71,
            73,
            98,
            99,
            174,
            201,
            41,
        ],
    )
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng):
    pre = pick(
        rng,
        [
            "2a02:8109",
            "2a01:cb19",
            "2001:4860",
            "2600:1700",
            "2a00:23c5",
            "2c0f:fb50",
            "2405:201",
            "2a0d:5600",
            "2804:14c",
            "2a04:4e42",
        ],
    )
    rest = ":".join("%x" % rng.randrange(1, 65536) for _ in range(rng.choice([2, 3, 4])))
    if rng.random() < 0.5:
        return f"{pre}:{rest}::{'%x' % rng.randrange(1, 65536)}"
    groups = pre.split(":") + ["%x" % rng.randrange(65536) for _ in range(8 - len(pre.split(":")))]
    return ":".join(groups)


def uuid4(rng, upper=False):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + pick(rng, "89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def android_id(rng):
    return hexs(rng, 16)


def serial_apple(rng):
    return letters(rng, 1, "CDFGHJ") + letters(rng, 11, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")


def serial_samsung(rng):
    return (
        "R"
        + pick(rng, ["58", "5C", "F8", "9N"])
        + letters(rng, 1)
        + digits(rng, 2)
        + letters(rng, 6, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ")
    )


def geo(rng, lat, lon, style=None, spread=0.05):
    la = lat + rng.uniform(-spread, spread)
    lo = lon + rng.uniform(-spread, spread)
    if style is None:
        style = pick(rng, ["dec", "dec", "dec6", "paren", "dms"])
    if style == "dec":
        return f"{la:.5f}, {lo:.5f}"
    if style == "dec6":
        return f"{la:.6f},{lo:.6f}"
    if style == "paren":
        return f"{la:.4f} {lo:.4f}"

    # dms
    def dms(x, pos, neg):
        h = pos if x >= 0 else neg
        x = abs(x)
        d = int(x)
        m = int((x - d) * 60)
        s = ((x - d) * 60 - m) * 60
        return f"{d}°{m:02d}'{s:04.1f}\"{h}"

    return f"{dms(la, 'N', 'S')} {dms(lo, 'E', 'W')}"


# --------------------------------------------------------------------------------------------
# finance


def card(rng, brand=None, style=None):
    if brand is None:
        brand = pick(rng, ["visa", "visa", "mc", "mc", "amex", "disc", "maestro"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = pick(rng, ["51", "52", "53", "54", "55"]) + digits(rng, 13)
    elif brand == "amex":
        body = pick(rng, ["34", "37"]) + digits(rng, 12)
    elif brand == "disc":
        body = "6011" + digits(rng, 11)
    else:
        body = "6759" + digits(rng, 11)
    n = luhn_complete(body)
    if style is None:
        style = pick(rng, ["space", "space", "plain", "dash"])
    if len(n) == 15:
        groups = [n[:4], n[4:10], n[10:]]
    else:
        groups = [n[i : i + 4] for i in range(0, len(n), 4)]
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    return n


def card_masked(rng):
    c = card(rng, pick(rng, ["visa", "mc"]), style="plain")
    k = rng.randrange(3)
    if k == 0:
        return c[:6] + "******" + c[-4:]
    if k == 1:
        return c[:4] + " " + c[4:6] + "** **** " + c[-4:]
    return c[:6] + "XXXXXX" + c[-4:]


IBAN_STRUCT = {
    "DE": "18n",
    "FR": "23n",
    "GB": "4a14n",
    "CH": "17n",
    "NL": "4a10n",
    "ES": "20n",
    "IT": "1a10n12n",
    "BE": "12n",
    "AT": "16n",
    "IE": "4a14n",
    "PL": "24n",
    "LU": "16n",
    "PT": "21n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "CZ": "20n",
    "RO": "4a16n",
    "LT": "16n",
    "HU": "24n",
    "TR": "5n1n16n",
    "GR": "23n",
    "HR": "17n",
    "SI": "15n",
    "SK": "20n",
    "LI": "17n",
    "MT": "4a23n",
}
BANK_PREFIX = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ"],
    "RO": ["BTRL", "RNCB", "BRDE"],
    "IT": ["X"],
    "MT": ["MALT", "VALL"],
}


def iban(rng, cc, grouped=None):
    struct = IBAN_STRUCT[cc]
    for _ in range(5000):
        parts = re.findall(r"(\d+)([an])", struct)
        bban = ""
        first = True
        for cnt, kind in parts:
            cnt = int(cnt)
            if kind == "a":
                if first and cc in BANK_PREFIX and cnt == 4:
                    bban += pick(rng, BANK_PREFIX[cc])
                else:
                    bban += letters(rng, cnt)
            else:
                bban += digits(rng, cnt)
            first = False
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
        check = std_iban.calc_check_digits(cc + "00" + bban)
        val = cc + check + bban
        if std_iban.is_valid(val):
            break
    else:
        raise DocError("iban gen failed " + cc)
    if grouped is None:
        grouped = rng.random() < 0.7
    if grouped:
        return " ".join(val[i : i + 4] for i in range(0, len(val), 4))
    return val


def aba(rng):
    prefix = pick(
        rng,
        [
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "10",
            "11",
            "12",
            "21",
            "22",
            "23",
            "26",
            "28",
            "31",
            "32",
            "26",
            "06",
            "07",
        ],
    )
    for _ in range(200):
        body = prefix + digits(rng, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(body))
        chk = (10 - s % 10) % 10
        val = body + str(chk)
        if us_rtn.is_valid(val):
            return val
    raise DocError("aba")


def us_account(rng):
    return digits(rng, rng.choice([8, 9, 10, 10, 11, 12])).lstrip("0").rjust(rng.choice([8, 10]), "3")


def ssn(rng, style="dash"):
    for _ in range(200):
        a = rng.randrange(1, 900)
        if a == 666:
            continue
        g = rng.randrange(1, 100)
        s = rng.randrange(1, 10000)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if us_ssn.is_valid(v):
            if style == "plain":
                return v.replace("-", "")
            if style == "space":
                return v.replace("-", " ")
            return v
    raise DocError("ssn")


def itin(rng):
    for _ in range(200):
        g = pick(rng, list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        v = f"9{digits(rng, 2)}-{g:02d}-{digits(rng, 4)}"
        if us_itin.is_valid(v):
            return v
    raise DocError("itin")


def us_passport(rng):
    if rng.random() < 0.5:
        return digits(rng, 9).replace("0", "5", 1)
    return letters(rng, 1, "ACEFGHJKLMNPRSTXZ") + digits(rng, 8)


def us_dl(rng, state=None):
    if state is None:
        state = pick(rng, ["CA", "NY", "TX", "FL", "IL", "WA", "PA", "MN", "OH", "NJ", "MI", "AZ"])
    if state == "CA":
        v = letters(rng, 1) + digits(rng, 7)
    elif state == "NY":
        d = digits(rng, 9)
        v = f"{d[:3]} {d[3:6]} {d[6:]}"
    elif state == "TX":
        v = "4" + digits(rng, 7)
    elif state == "FL":
        d = digits(rng, 12)
        v = f"{letters(rng, 1)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    elif state == "IL":
        d = digits(rng, 11)
        v = f"{letters(rng, 1)}{d[:3]}-{d[3:7]}-{d[7:]}"
    elif state == "WA":
        v = "WDL" + letters(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + digits(rng, 3)
    elif state == "PA":
        v = digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3)
    elif state == "MN":
        v = letters(rng, 1) + digits(rng, 12)
    elif state == "OH":
        v = letters(rng, 2) + digits(rng, 6)
    elif state == "NJ":
        d = digits(rng, 14)
        v = f"{letters(rng, 1)}{d[:4]} {d[4:9]} {d[9:]}"
    elif state == "MI":
        d = digits(rng, 12)
        v = f"{letters(rng, 1)} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    else:
        v = letters(rng, 1) + digits(rng, 8)
    return state, v


# --------------------------------------------------------------------------------------------
# national ids (validated via stdnum where a module exists)


def _brute(rng, make, mod, tries=5000):
    for _ in range(tries):
        c = make()
        if mod.is_valid(c):
            return c
    raise DocError("id brute failed " + mod.__name__)


def _complete(mod, body, alphabet="0123456789", n=1, fmt=None):
    import itertools

    for combo in itertools.product(alphabet, repeat=n):
        c = body + "".join(combo)
        if mod.is_valid(fmt(c) if fmt else c):
            return c
    return None


def _date_parts(rng, y0=1950, y1=2012):
    y = rng.randrange(y0, y1 + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return y, m, d


def national_id(rng, kind, dob=None):
    """Return (scheme_name, value). dob=(y,m,d) optional for date-bearing ids."""
    import importlib

    if dob is None:
        dob = _date_parts(rng)
    y, m, d = dob
    if kind == "fr.nir":
        from stdnum.fr import nir

        body = f"{rng.choice([1, 2])}{y % 100:02d}{m:02d}{rng.randrange(1, 96):02d}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
        key = 97 - int(body) % 97
        v = body + f"{key:02d}"
        assert nir.is_valid(v)
        return "NIR", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if kind == "de.idnr":
        from stdnum.de import idnr

        v = None
        while not v:
            v = _complete(idnr, str(rng.randrange(1, 10)) + digits(rng, 9))
        return "Steuer-ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if rng.random() < 0.5 else v
    if kind == "gb.nhs":
        from stdnum.gb import nhs

        v = None
        while not v:
            v = _complete(nhs, str(rng.randrange(4, 7)) + digits(rng, 8))
        return "NHS number", f"{v[:3]} {v[3:6]} {v[6:]}"
    if kind == "gb.nino":
        pre = pick(rng, ["AB", "CE", "JM", "NP", "PR", "SL", "TW", "WK", "ZE", "HT", "RB", "EM"])
        return "NI number", f"{pre} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {pick(rng, 'ABCD')}"
    if kind == "nl.bsn":
        from stdnum.nl import bsn

        v = _brute(rng, lambda: str(rng.randrange(1, 7)) + digits(rng, 8), bsn)
        return "BSN", v
    if kind == "es.dni":
        from stdnum.es import dni

        b = digits(rng, 8)
        return "DNI", b + dni.calc_check_digit(b)
    if kind == "es.nie":
        from stdnum.es import nie

        v = _brute(rng, lambda: pick(rng, "XYZ") + digits(rng, 7) + pick(rng, "TRWAGMYFPDXBNJZSQVHLCKE"), nie)
        return "NIE", v
    if kind == "it.cf":
        from stdnum.it import codicefiscale as cf

        months = "ABCDEHLMPRST"
        day = d + (40 if rng.random() < 0.5 else 0)
        b = (
            letters(rng, 3, "BCDFGLMNPRSTVZ")
            + letters(rng, 3, "BCDFGLMNPRSTVZAEIO")
            + f"{y % 100:02d}"
            + months[m - 1]
            + f"{day:02d}"
            + pick(rng, "ADFGHLMCZ")
            + digits(rng, 3)
        )
        return "codice fiscale", b + cf.calc_check_digit(b)
    if kind == "pl.pesel":
        from stdnum.pl import pesel

        mm = m + (20 if y >= 2000 else 0)
        b = f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 4)}"
        return "PESEL", b + pesel.calc_check_digit(b)
    if kind == "se.pnr":
        from stdnum.se import personnummer as pn

        b = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
        v = b + luhn.calc_check_digit(b)
        v = f"{v[:6]}-{v[6:]}"
        assert pn.is_valid(v), v
        return "personnummer", v
    if kind == "dk.cpr":
        from stdnum.dk import cpr

        v = _brute(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}{digits(rng, 4)}", cpr)
        return "CPR", f"{v[:6]}-{v[6:]}"
    if kind == "fi.hetu":
        from stdnum.fi import hetu

        sep = "-" if y < 2000 else "A"
        b = f"{d:02d}{m:02d}{y % 100:02d}{sep}{rng.randrange(2, 900):03d}"
        return "henkilötunnus", _complete(hetu, b, "0123456789ABCDEFHJKLMNPRSTUVWXY")
    if kind == "ch.ahv":
        from stdnum.ch import ssn as chssn

        b = "756" + digits(rng, 9)
        from stdnum import ean

        v = b + ean.calc_check_digit(b)
        assert chssn.is_valid(v)
        return "AHV-Nr.", f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if kind == "at.vnr":
        from stdnum.at import vnr

        v = _brute(rng, lambda: str(rng.randrange(1, 10)) + digits(rng, 3) + f"{d:02d}{m:02d}{y % 100:02d}", vnr)
        return "SV-Nummer", f"{v[:4]} {v[4:]}"
    if kind == "ie.pps":
        from stdnum.ie import pps

        b = digits(rng, 7)
        return "PPSN", _complete(pps, b, "WABCDEFGHIJKLMNOPQRSTUV")
    if kind == "be.nn":
        from stdnum.be import nn

        def mk():
            b = f"{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1, 998):03d}"
            base = int(("2" if y >= 2000 else "") + b)
            return b + f"{97 - base % 97:02d}"

        v = _brute(rng, mk, nn)
        return "numéro national", f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if kind == "pt.cc":
        from stdnum.pt import cc

        def mk():
            b = digits(rng, 8) + str(rng.randrange(10)) + letters(rng, 2) + str(rng.randrange(10))
            return b[:-1] + cc.calc_check_digit(b[:-1])

        v = _brute(rng, mk, cc)
        return "Cartão de Cidadão", f"{v[:8]} {v[8]} {v[9:]}"
    if kind == "br.cpf":
        from stdnum.br import cpf

        b = digits(rng, 9)
        v = _complete(cpf, b, n=2)
        return "CPF", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if kind == "tr.tc":
        from stdnum.tr import tckimlik

        b = str(rng.randrange(1, 10)) + digits(rng, 8)
        return "TC Kimlik No", b + tckimlik.calc_check_digits(b)
    if kind == "ro.cnp":
        from stdnum.ro import cnp

        s = (1 if rng.random() < 0.5 else 2) + (4 if y >= 2000 else 0)
        b = f"{s}{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1, 47):02d}{rng.randrange(1, 1000):03d}"
        return "CNP", b + cnp.calc_check_digit(b)
    if kind == "in.aadhaar":
        from stdnum.in_ import aadhaar
        from stdnum import verhoeff

        b = str(rng.randrange(2, 10)) + digits(rng, 10)
        v = b + verhoeff.calc_check_digit(b)
        assert aadhaar.is_valid(v)
        return "Aadhaar", f"{v[:4]} {v[4:8]} {v[8:]}"
    if kind == "in.pan":
        from stdnum.in_ import pan

        v = _brute(rng, lambda: letters(rng, 3) + "P" + letters(rng, 1) + digits(rng, 4) + letters(rng, 1), pan)
        return "PAN", v
    if kind == "za.idnr":
        from stdnum.za import idnr

        b = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 4)}08"
        v = b + luhn.calc_check_digit(b)
        if not idnr.is_valid(v):
            v = _brute(
                rng, lambda: luhn_complete(f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 4)}0{rng.randrange(8, 10)}"), idnr
            )
        return "ID number", v
    if kind == "ca.sin":
        from stdnum.ca import sin

        v = luhn_complete(str(rng.randrange(1, 8)) + digits(rng, 7))
        assert sin.is_valid(v)
        return "SIN", f"{v[:3]} {v[3:6]} {v[6:]}"
    if kind == "ru.inn":
        from stdnum.ru import inn

        b = pick(rng, ["20", "77", "50", "78", "05", "06"]) + digits(rng, 8)
        v = b + inn.calc_personal_check_digits(b)
        return "ИНН", v
    if kind == "th.pin":
        from stdnum.th import pin

        b = str(rng.randrange(1, 9)) + digits(rng, 11)
        v = b + pin.calc_check_digit(b)
        return "เลขประจำตัวประชาชน", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    if kind == "cz.rc":
        from stdnum.cz import rc

        mm = m + (50 if rng.random() < 0.5 else 0)
        v = _brute(rng, lambda: f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 4)}", rc)
        return "rodné číslo", f"{v[:6]}/{v[6:]}"
    if kind == "sk.rc":
        from stdnum.sk import rc

        mm = m + (50 if rng.random() < 0.5 else 0)
        v = _brute(rng, lambda: f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 4)}", rc)
        return "rodné číslo", f"{v[:6]}/{v[6:]}"
    if kind == "bg.egn":
        from stdnum.bg import egn

        mm = m + (40 if y >= 2000 else 0)
        b = f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 3)}"
        return "ЕГН", b + egn.calc_check_digit(b)
    if kind == "mx.curp":
        from stdnum.mx import curp

        def mk():
            b = (
                letters(rng, 1, "BCDGHLMPRSTV")
                + pick(rng, "AEIOU")
                + letters(rng, 2, "ABCDEGHLMNOPRSTUV")
                + f"{y % 100:02d}{m:02d}{d:02d}"
                + pick(rng, "HM")
                + pick(rng, ["DF", "JC", "NL", "PL", "OC", "GR", "VZ"])
                + letters(rng, 3, "BCDFGLMNPRSTVZ")
                + ("0" if y < 2000 else "A")
            )
            return b + curp.calc_check_digit(b)

        return "CURP", _brute(rng, mk, curp)
    if kind == "py.ci":
        return "C.I. N°", f"{rng.randrange(1, 7)}.{digits(rng, 3)}.{digits(rng, 3)}"
    if kind == "ug.nin":
        return "NIN", pick(rng, ["CM", "CF"]) + f"{y % 100:02d}" + digits(rng, 3) + letters(rng, 1) + digits(
            rng, 3
        ) + letters(rng, 4)
    if kind == "gh.card":
        b = digits(rng, 9)
        return "Ghana Card", f"GHA-{b}-{rng.randrange(10)}"
    if kind == "ma.cin":
        return "CNIE", pick(rng, ["AB", "BE", "BK", "CD", "EE", "JA", "JC", "F", "G"]) + digits(rng, 6)
    if kind == "af.tazkira":
        return "تذکره", f"{y + 621 - 0:04d}-{digits(rng, 4)}-{digits(rng, 5)}"
    if kind == "tl.ce":
        return "Kartaun Eleitorál", digits(rng, 2) + "-" + digits(rng, 6)
    if kind == "to.nid":
        return "ID", "TO" + digits(rng, 7)
    if kind == "pg.nid":
        return "NID", digits(rng, 10)
    if kind == "cd.voter":
        return "carte d'électeur", digits(rng, 10) + letters(rng, 2) + digits(rng, 1)
    if kind == "ls.nid":
        return "ID", digits(rng, 12)
    if kind == "dz.nin":
        return "NIN", "1" + digits(rng, 17)
    raise DocError("unknown id kind " + kind)


def phone_prefixed(rng, region, prefix, nsn_len, style=None):
    """Valid number whose national significant number starts with prefix."""
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(2000):
        cand = prefix + digits(rng, nsn_len - len(prefix))
        num = phonenumbers.parse("+" + str(cc) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return fmt_phone(rng, num, region, style)
    raise DocError("phone_prefixed " + region + prefix)


def to_native_digits(s, native):
    return "".join(native[int(c)] if c.isdigit() and c in "0123456789" else c for c in s)
