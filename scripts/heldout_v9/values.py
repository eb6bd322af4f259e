"""Identifier makers and the span-recording document builder."""

import datetime as dt
import re
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import ean, luhn, verhoeff
from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum.br import cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.id import nik
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import itin, rtn, ssn

import sources as S

D = string.digits
U = string.ascii_uppercase


class E:
    """A labelled value."""

    __slots__ = ("text", "label")

    def __init__(self, text, label):
        text = str(text)
        assert text and text == text.strip(), repr(text)
        self.text, self.label = text, label


class Doc:
    """Builds text and records spans while assembling."""

    PH = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")

    def __init__(self):
        self.buf, self.buf_parts, self.spans, self.pos = [], [], [], 0

    def put(self, x):
        if x is None:
            return self
        if isinstance(x, (list, tuple)):
            for y in x:
                self.put(y)
            return self
        if isinstance(x, E):
            self.spans.append({"start": self.pos, "end": self.pos + len(x.text), "label": x.label, "text": x.text})
            self.buf_parts.append(x)
            x = x.text
        else:
            x = str(x)
            self.buf_parts.append(x)
        self.buf.append(x)
        self.pos += len(x)
        return self

    def fill(self, tpl, ctx, rng=None, drop=0.3):
        """Fill {key} placeholders; lines starting with '?' are dropped with probability `drop`."""
        lines = []
        for line in tpl.split("\n"):
            if line.startswith("?"):
                if rng is not None and rng.random() < drop:
                    continue
                line = line[1:]
            lines.append(line)
        tpl = "\n".join(lines)
        i = 0
        for m in self.PH.finditer(tpl):
            self.put(tpl[i : m.start()])
            g = m.group(0)
            self.put("{" if g == "{{" else "}" if g == "}}" else ctx[m.group(1)])
            i = m.end()
        self.put(tpl[i:])
        return self

    @property
    def text(self):
        return "".join(self.buf)


def join(items, sep=", "):
    out = []
    for k, it in enumerate(items):
        if k:
            out.append(sep)
        out.append(it)
    return out


# ---------------------------------------------------------------- people
def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch in string.ascii_letters)


class Person:
    def __init__(self, rng, culture, ref, minor=None, sex=None, age=None, avoid=()):
        c = S.CULTURES[culture]
        self.culture, self.sex = culture, sex or rng.choice("MF")
        k = rng.randrange(len(c["fam"]))
        for _ in range(10):
            if c["fam"][k] not in avoid and c.get("fam_f", c["fam"])[k] not in avoid:
                break
            k = rng.randrange(len(c["fam"]))
        self.family = c["fam_f"][k] if self.sex == "F" and "fam_f" in c else c["fam"][k]
        self.given = rng.choice(c["m"] if self.sex == "M" else c["f"])
        self.order, self.sep = c.get("order", "GF"), c.get("sep", " ")
        pats = c.get("pat_m" if self.sex == "M" else "pat_f")
        self.patronymic = rng.choice(pats) if pats else None
        if age is None:
            age = rng.randint(4, 17) if minor else rng.randint(19, 74)
        self.dob = ref - dt.timedelta(days=int(age * 365.25) + rng.randint(3, 360))
        self.age = age_on(self.dob, ref)
        self.age_label = "MINOR_AGE" if self.age < 18 else "AGE"

    @property
    def full(self):
        if self.order == "FG":
            return self.family + self.sep + self.given
        return self.given + " " + self.family

    @property
    def official(self):  # family-first forms for RU/UK documents
        return " ".join(x for x in (self.family, self.given, self.patronymic) if x)

    @property
    def inverted(self):
        return self.family.upper() + ", " + self.given

    def name(self, rng, style=None):
        style = style or rng.choice(["full", "full", "full", "given", "inverted", "initial"])
        if style == "given":
            return E(self.given, "PERSON")
        if style == "family":
            return E(self.family, "PERSON")
        if style == "inverted" and self.order == "GF":
            return E(self.inverted, "PERSON")
        if style == "initial" and self.order == "GF" and self.given[0].isalpha():
            return E(self.given[0] + ". " + self.family, "PERSON")
        return E(self.full, "PERSON")

    def age_e(self, word=False):
        return E(num_word(self.age) if word else str(self.age), self.age_label)


NUMW = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()


def num_word(n):
    if n < 21:
        return NUMW[n]
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()[n // 10 - 2]
    return tens + ("-" + NUMW[n % 10] if n % 10 else "")


def en_culture(rng):
    return rng.choice(S.EN_CULTURES)


# ---------------------------------------------------------------- dates
MON_EN = "January February March April May June July August September October November December".split()


def ordinal(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def date_en(rng, d, us=None):
    us = rng.random() < 0.5 if us is None else us
    opts = [f"{d:%Y-%m-%d}", f"{MON_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MON_EN[d.month - 1][:3]} {d.year}"]
    opts += (
        [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}"]
        if us
        else [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{ordinal(d.day)} {MON_EN[d.month - 1]} {d.year}",
            f"{d:%d.%m.%Y}",
        ]
    )
    return rng.choice(opts)


def rand_date(rng, y0=2023, y1=2025):
    return dt.date(y0, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


# ---------------------------------------------------------------- contact
def phone(rng, region, mobile=True, style=None):
    ex = phonenumbers.example_number_for_type(region, PNT.MOBILE if mobile else PNT.FIXED_LINE)
    nsn = phonenumbers.national_significant_number(ex)
    keep = rng.choice([1, 2, 2, 3])
    if region in ("US", "CA"):
        nsn, keep = rng.choice(US_AREA) + nsn[3:], 3
    num = ex
    for _ in range(2000):
        cand = nsn[:keep] + "".join(rng.choice(D) for _ in range(len(nsn) - keep))
        n = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        if phonenumbers.is_valid_number(n) and cand != nsn:
            num = n
            break
    style = style or rng.choice(["intl", "intl", "nat", "nat", "e164", "sep", "00"])
    if style == "intl":
        return phonenumbers.format_number(num, PNF.INTERNATIONAL)
    if style == "nat":
        return phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, PNF.E164)
    if style == "00":
        return "00" + phonenumbers.format_number(num, PNF.INTERNATIONAL)[1:]
    if style == "paren0" or (style == "sep" and region in ("GB", "DE", "CH") and rng.random() < 0.5):
        i = phonenumbers.format_number(num, PNF.INTERNATIONAL).split(" ", 1)
        return f"{i[0]} (0){i[1]}"
    if region not in ("US", "CA", "GB", "DE", "FR", "NL", "IT", "ES", "PL", "CH", "AT", "BE", "IE", "AU"):
        return phonenumbers.format_number(num, PNF.NATIONAL)
    nat = re.sub(r"\D", "", phonenumbers.format_number(num, PNF.NATIONAL))
    sep = rng.choice([".", "-", " "])
    if region in ("US", "CA"):
        return sep.join([nat[:3], nat[3:6], nat[6:]])
    parts, i = [], 0
    while i < len(nat):
        w = 4 if len(nat) - i > 5 else len(nat) - i
        parts.append(nat[i : i + w])
        i += w
    return sep.join(parts)


US_AREA = "212 310 312 415 469 503 614 702 786 813 901 937 806 570 208 423 269 401 509 661 847 352 319 928 207 719 518 765 662 580 406 973 856 815 506 403 250".split()
SPOKEN = "zero one two three four five six seven eight nine".split()


def spoken_phone(rng, region):
    digits = re.sub(r"\D", "", phone(rng, region, style="nat"))
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        w = "oh" if d == "0" and rng.random() < 0.5 else SPOKEN[int(d)]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return rng.choice([" ", ", ", "-"]).join(out)


def local_part(rng, p=None):
    g = ascii_fold(p.given).lower() if p else ""
    f = ascii_fold(p.family).lower() if p else ""
    if not g or not f:
        return rng.choice(S.HANDLE_A) + rng.choice(["", ".", "_"]) + rng.choice(S.HANDLE_B) + str(rng.randint(1, 2009))
    return rng.choice(
        [
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}_{f[:3]}{rng.randint(70, 12000)}",
            f"{g}{rng.randint(1, 999)}",
        ]
    )


def email(rng, p=None, domain=None, obfuscate=0.0):
    lp, dom = local_part(rng, p), domain or rng.choice(S.MAIL_DOMAINS)
    if rng.random() < obfuscate:
        name, tld = dom.split(".", 1)
        return rng.choice(
            [
                f"{lp} at {name} dot {tld.replace('.', ' dot ')}",
                f"{lp}[at]{name}[dot]{tld}",
                f"{lp}%40{dom}",
                f"{lp}&#64;{dom}",
                f"{lp} (at) {dom}",
                f"{lp} @ {name} . {tld}",
            ]
        )
    return f"{lp}@{dom}"


def staff_email(p, dom):
    return f"{ascii_fold(p.given).lower() or 'staff'}.{ascii_fold(p.family).lower() or 'team'}@{dom}"


def username(rng, at=False):
    a, b = rng.choice(S.HANDLE_A), rng.choice(S.HANDLE_B)
    u = rng.choice(
        [
            f"{a}_{b}{rng.randint(1, 99)}",
            f"{a}{b.capitalize()}{rng.randint(2000, 2016)}",
            f"xX{a}{b}Xx",
            f"{a}.{b}",
            f"{b}_{rng.randint(100, 999)}",
            f"{a.upper()}{b}",
            f"the.{a}.{b}",
        ]
    )
    return "@" + u if at else u


def profile_url(rng, handle=None):
    h = (handle or username(rng)).lstrip("@")
    return rng.choice(
        [
            f"https://www.instagram.com/{h}/",
            f"https://www.tiktok.com/@{h}",
            f"twitter.com/{h}",
            f"https://www.facebook.com/profile.php?id=1000{rng.randint(10**10, 10**11 - 1)}",
            f"https://vk.com/id{rng.randint(10**6, 10**9)}",
            f"https://t.me/{h}",
            f"https://www.reddit.com/user/{h}",
            f"https://steamcommunity.com/id/{h}/",
            f"snapchat.com/add/{h}",
        ]
    )


def ipv4(rng):
    first = rng.choice([23, 31, 46, 62, 77, 81, 88, 94, 109, 151, 176, 185, 188, 203, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    return "2a02:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(3)) + "::" + f"{rng.randrange(65536):x}"


def ip(rng):
    return ipv6(rng) if rng.random() < 0.2 else ipv4(rng)


def mac(rng):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    st = rng.choice(["colon", "colon", "dash", "cisco"])
    if st == "cisco":
        h = "".join(f"{x:02x}" for x in b)
        return ".".join([h[:4], h[4:8], h[8:]])
    s = (":" if st == "colon" else "-").join(f"{x:02x}" for x in b)
    return s.upper() if rng.random() < 0.5 else s


def imei(rng, fmt=True):
    body = rng.choice(["35", "86", "01", "99"]) + "".join(rng.choice(D) for _ in range(12))
    n = body + luhn.calc_check_digit(body)
    assert std_imei.is_valid(n)
    return f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}" if fmt and rng.random() < 0.3 else n


def device_id(rng):
    k = rng.randrange(4)
    if k == 0:
        return imei(rng)
    if k == 1:
        return "".join(rng.choice("0123456789abcdef") for _ in range(16))  # Android ID
    if k == 2:
        h = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))  # IDFA / IDFV
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return serial(rng)


GEO_CENTER = {
    "US": (39.5, -90.0),
    "GB": (52.5, -1.5),
    "ES": (40.4, -3.7),
    "BR": (-22.9, -47.1),
    "FR": (46.5, 2.5),
    "DE": (51.0, 9.5),
    "IT": (42.0, 12.5),
    "NL": (52.2, 5.5),
    "PL": (52.0, 19.5),
    "TR": (39.5, 32.0),
    "RU": (55.5, 38.0),
    "UA": (49.5, 30.5),
    "EG": (30.5, 31.2),
    "IN": (25.5, 80.5),
    "ID": (-6.5, 107.0),
    "CN": (27.0, 114.0),
    "JP": (35.7, 139.7),
    "KR": (37.4, 127.0),
    "CH": (47.0, 8.0),
    "IE": (53.3, -7.5),
}


def serial(rng):
    return rng.choice(["F", "C", "D", "G", "R5"]) + "".join(rng.choice(U.replace("O", "") + D) for _ in range(10))


def geo(rng, lat0=None, lon0=None, cc=None):
    if cc in GEO_CENTER:
        lat0, lon0 = GEO_CENTER[cc]
    lat = (lat0 if lat0 is not None else rng.uniform(-35, 60)) + rng.uniform(-1.5, 1.5)
    lon = (lon0 if lon0 is not None else rng.uniform(-120, 140)) + rng.uniform(-1.5, 1.5)
    k = rng.randrange(3)
    if k == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if k == 1:
        return f"{lat:.6f},{lon:.6f}"

    def dms(v, pos, neg):
        a = abs(v)
        d, m = int(a), int((a % 1) * 60)
        s = round(((a % 1) * 60 % 1) * 60, 1)
        return f"{d}°{m:02d}'{s:04.1f}\"{pos if v >= 0 else neg}"

    return dms(lat, "N", "S") + " " + dms(lon, "E", "W")


def credential(rng):
    k = rng.randrange(5)
    if k == 0:
        return (
            rng.choice(["Summer", "Bailey", "Liverpool", "Sunshine", "Dragon", "Passw0rd", "Mittwoch", "Qwerty"])
            + str(rng.randint(1, 2025))
            + rng.choice(["!", "", "#", "$"])
        )
    if k == 1:
        return "%04d" % rng.randrange(10000)
    if k == 2:
        return "".join(rng.choice(string.ascii_letters + D) for _ in range(rng.randint(10, 14)))
    if k == 3:
        return "tok_" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return rng.choice(S.HANDLE_A) + rng.choice(["&", "_", "*"]) + rng.choice(S.HANDLE_B) + str(rng.randint(10, 99))


# ---------------------------------------------------------------- addresses
def postcode(rng, cc):
    r = lambda n: "".join(rng.choice(D) for _ in range(n))  # noqa: E731
    L = lambda n: "".join(rng.choice("ABDEFGHJLNPRSTUWXYZ") for _ in range(n))  # noqa: E731
    return {
        "US": r(5),
        "GB": f"{L(rng.choice([1, 2]))}{rng.randint(1, 29)} {r(1)}{L(2)}",
        "NL": f"{rng.randint(1000, 9999)} {L(2)}",
        "PL": f"{r(2)}-{r(3)}",
        "CH": str(rng.randint(1000, 9658)),
        "AT": str(rng.randint(1010, 9992)),
        "BR": f"{r(5)}-{r(3)}",
        "RU": "1" + r(5),
        "UA": r(5),
        "IN": str(rng.randint(110001, 855117)),
        "JP": f"〒{r(3)}-{r(4)}",
        "CN": r(6),
        "IE": f"{L(1)}{r(2)} {L(1)}{r(1)}{L(2)}",
        "PT": f"{r(4)}-{r(3)}",
        "BE": str(rng.randint(1000, 9992)),
        "CA": f"{L(1)}{r(1)}{L(1)} {r(1)}{L(1)}{r(1)}",
    }.get(cc, r(5))


def street(rng, cc):
    s, n = rng.choice(S.STREETS[cc]), rng.randint(1, 240)
    if cc in ("US", "GB", "IE", "KE"):
        base = f"{n} {s}" if cc != "US" else f"{rng.randint(100, 9899)} {s}"
        if cc == "US" and rng.random() < 0.35:
            base += rng.choice(
                [
                    f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                    f" #{rng.randint(2, 30)}",
                    f", Unit {rng.randint(1, 12)}",
                ]
            )
        if cc in ("GB", "IE") and rng.random() < 0.25:
            base = f"Flat {rng.randint(1, 30)}, {base}"
        return base
    if cc in ("DE", "CH", "AT", "NL", "BE", "PL", "IT", "ES", "PT"):
        if cc == "ES":
            return f"{s}, {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}"
        if cc == "IT":
            return f"{s}, {n}" + (f", int. {rng.randint(1, 20)}" if rng.random() < 0.3 else "")
        if cc == "PL":
            return f"{s} {n}" + (f"/{rng.randint(1, 80)}" if rng.random() < 0.6 else "")
        if cc == "CH" and s.startswith(("Rue", "Chemin", "Via")):
            return f"{s} {n}" if s.startswith("Via") else f"{n} {s}"
        return f"{s} {n}" + (rng.choice(["a", "b", ""]) if rng.random() < 0.3 else "")
    if cc == "FR":
        return f"{n}{rng.choice(['', '', ' bis'])} {s}"
    if cc == "BR":
        return f"{s}, {n}" + (f", apto {rng.randint(11, 304)}" if rng.random() < 0.4 else "")
    if cc == "TR":
        return f"{s} No: {n}" + (f" Daire: {rng.randint(1, 20)}" if rng.random() < 0.5 else "")
    if cc == "RU":
        return f"{s}, д. {n}" + (f", кв. {rng.randint(1, 300)}" if rng.random() < 0.7 else "")
    if cc == "UA":
        return f"{s}, буд. {n}" + (f", кв. {rng.randint(1, 200)}" if rng.random() < 0.7 else "")
    if cc == "EG":
        return f"{n} {s}"
    if cc == "IN":
        return f"मकान नं. {n}, {s}"
    if cc == "ID":
        return f"{s} No. {n} RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d}"
    if cc == "CN":
        return f"{s}{n}号{rng.randint(1, 30)}栋{rng.randint(101, 2604)}室"
    if cc == "JP":
        return f"{s}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if cc == "KR":
        return f"{s} {n}, {rng.randint(101, 115)}동 {rng.randint(101, 2304)}호"
    return f"{n} {s}"


def town(rng, cc):
    if cc == "US":
        return rng.choice(S.US_TOWNS)
    if cc == "GB":
        return rng.choice(S.GB_TOWNS), None
    return rng.choice(S.TOWNS.get(cc) or S.IE_TOWNS), None


def address(rng, cc="US", oneline=None):
    """Return parts list: street, town and postcode in the local order."""
    oneline = rng.random() < 0.6 if oneline is None else oneline
    br = ", " if oneline else "\n"
    st = E(street(rng, cc), "STREET_ADDRESS")
    t, state = town(rng, cc)
    pc = postcode(rng, cc)
    if cc == "US":
        return [st, br, E(t, "LOCATION"), ", ", state, " ", pc]
    if cc in ("GB", "IE", "CA"):
        return [st, br, E(t, "LOCATION"), " ", pc] if rng.random() < 0.7 else [st, br, E(t, "LOCATION")]
    if cc == "BR":
        return [st, br, E(t, "LOCATION"), " - ", rng.choice(S.BR_UF), ", CEP ", pc]
    if cc in ("RU", "UA"):
        return [pc, ", г. " if cc == "RU" else ", м. ", E(t, "LOCATION"), ", ", st]
    if cc == "JP":
        pref, t = rng.choice(S.JP_TOWNS)
        return [pc, " ", pref, E(t, "LOCATION"), st]
    if cc == "CN":
        prov, t, dis = rng.choice(S.CN_TOWNS)
        return [prov, E(t, "LOCATION"), "市", E(dis, "LOCATION") if dis else "", st]
    if cc == "KR":
        t, dis = rng.choice(S.KR_TOWNS)
        return [E(t, "LOCATION"), " ", [E(dis, "LOCATION"), " "] if dis else "", st]
    if cc in ("EG", "IN", "ID"):
        return [st, br, E(t, "LOCATION")] + ([" ", pc] if cc != "EG" else [])
    return [st, br, pc, " ", E(t, "LOCATION")]


# ---------------------------------------------------------------- vehicle plates
def plate(rng, cc):
    d = lambda n: "".join(rng.choice(D) for _ in range(n))  # noqa: E731
    a = lambda n, al="ABCDEFGHJKLMNPRSTVWXYZ": "".join(rng.choice(al) for _ in range(n))  # noqa: E731
    f = {
        "US": lambda: rng.choice(
            [f"{rng.randint(1, 9)}{a(3)}{d(3)}", f"{a(3)}-{d(4)}", f"{a(3)} {d(4)}", f"{d(3)} {a(3)}"]
        ),
        "GB": lambda: f"{a(2)}{rng.choice(['19', '21', '68', '70', '72', '23', '73'])} {a(3)}",
        "DE": lambda: f"{rng.choice(['M', 'B', 'WUP', 'GE', 'N', 'OF', 'CB'])}-{a(2)} {rng.randint(1, 9999)}",
        "FR": lambda: f"{a(2)}-{d(3)}-{a(2)}",
        "ES": lambda: f"{d(4)} {a(3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "IT": lambda: f"{a(2)} {d(3)}{a(2)}",
        "NL": lambda: f"{d(2)}-{a(3, 'GHJKLNPRSTXZ')}-{d(1)}",
        "PL": lambda: f"{rng.choice(['WA', 'KR', 'CB', 'WR', 'GD'])} {d(5)}",
        "TR": lambda: f"{rng.choice(['34', '06', '27', '35'])} {a(3)} {d(3)}",
        "RU": lambda: f"{a(1, 'АВЕКМНОРСТУХ')}{d(3)}{a(2, 'АВЕКМНОРСТУХ')} {rng.choice(['77', '50', '163', '35'])}",
        "UA": lambda: f"{a(2, 'АВСЕНІКМОРТХ')}{d(4)}{a(2, 'АВСЕНІКМОРТХ')}",
        "CH": lambda: f"{rng.choice(['ZH', 'BE', 'TI', 'VD', 'GE'])} {rng.randint(1000, 999999)}",
        "BR": lambda: f"{a(3)}{d(1)}{a(1)}{d(2)}",
        "ID": lambda: f"{rng.choice(['B', 'D', 'L', 'AB'])} {d(4)} {a(3)}",
        "KR": lambda: f"{d(2)}{rng.choice('가나다라마바사하허호')} {d(4)}",
        "CN": lambda: f"{rng.choice('京粤浙皖')}{a(1)}·{d(5)}",
        "JP": lambda: (
            f"{rng.choice(['品川', '練馬', '大阪', '多摩'])} {d(3)} {rng.choice('あいうかさた')} {d(2)}-{d(2)}"
        ),
        "IN": lambda: f"{rng.choice(['UP', 'MP', 'DL', 'BR'])} {d(2)} {a(2)} {d(4)}",
        "EG": lambda: f"{d(4)} {rng.choice(['أ ب ج', 'س ص ع', 'ن ل م'])}",
    }
    return f.get(cc, f["US"])()


# ---------------------------------------------------------------- US identifiers
def us_ssn(rng, fmt=None):
    while True:
        n = "%03d%02d%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn.is_valid(n):
            break
    fmt = fmt or rng.choice(["-", "-", "-", " ", ""])
    return fmt.join([n[:3], n[3:5], n[5:]]) if fmt != "none" else n


def us_itin(rng):
    while True:
        n = "9%02d%02d%04d" % (
            rng.randint(0, 99),
            rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]),
            rng.randint(0, 9999),
        )
        if itin.is_valid(n):
            return rng.choice(["-", "-", " ", ""]).join([n[:3], n[3:5], n[5:]])


def us_passport(rng):
    return rng.choice(
        [str(rng.randint(100000000, 599999999)), rng.choice("ACEFGHJKLMN") + str(rng.randint(10000000, 99999999))]
    )


def us_dl(rng, state=None):
    state = state or rng.choice(["CA", "NY", "TX", "FL", "IL", "PA", "OH", "WA", "MI", "NJ"])
    d = lambda n: "".join(rng.choice(D) for _ in range(n))  # noqa: E731
    L = rng.choice(U)
    v = {
        "CA": f"{L}{d(7)}",
        "NY": rng.choice([d(9), f"{d(3)} {d(3)} {d(3)}"]),
        "TX": d(8),
        "FL": f"{L}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
        "IL": f"{L}{d(3)}-{d(4)}-{d(4)}",
        "PA": f"{d(2)} {d(3)} {d(3)}",
        "OH": f"{L}{rng.choice(U)}{d(6)}",
        "WA": "WDL" + "".join(rng.choice(U + D) for _ in range(9)),
        "MI": f"{L} {d(3)} {d(3)} {d(3)} {d(3)}",
        "NJ": f"{L}{d(4)} {d(5)} {d(5)}",
    }[state]
    return state, v


def aba(rng):
    while True:
        body = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33))) + "".join(rng.choice(D) for _ in range(6))
        n = body + rtn.calc_check_digit(body)
        if rtn.is_valid(n):
            return n


def bank_account(rng):
    return "".join(rng.choice(D) for _ in range(rng.randint(8, 12)))


def card(rng, brand=None, fmt=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "amex", "disc", "mc2"])
    pre, ln = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
    }[brand]
    body = pre + "".join(rng.choice(D) for _ in range(ln - len(pre) - 1))
    n = body + luhn.calc_check_digit(body)
    sep = fmt if fmt is not None else rng.choice([" ", " ", "-", ""])
    if ln == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


BBAN = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a10n12n",
    "NL": "4a10n",
    "BE": "12n",
    "AT": "16n",
    "CH": "17n",
    "PL": "24n",
    "PT": "21n",
    "IE": "4a14n",
    "TR": "6n16n",
    "SE": "20n",
    "LU": "16n",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "MIDL", "LOYD", "MONZ"],
    "NL": ["INGB", "RABO", "ABNA", "TRIO"],
    "IE": ["AIBK", "BOFI"],
}


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(list(BBAN))
    for _ in range(5000):
        bb = ""
        for n, kind in re.findall(r"(\d+)([an])", BBAN[cc]):
            n = int(n)
            if kind == "a":
                bb += rng.choice(BANK_CODES.get(cc, ["ABCD"])) if n == 4 else "".join(rng.choice(U) for _ in range(n))
            else:
                bb += "".join(rng.choice(D) for _ in range(n))
        if cc == "TR":
            bb = bb[:5] + "0" + bb[6:]
        if cc == "CH" and rng.random() < 0.5:
            bb = str(rng.randint(30000, 31999)) + bb[5:]  # QR-IID
        num = cc + std_iban.calc_check_digits(cc + "00" + bb) + bb
        if std_iban.is_valid(num):
            break
    grouped = rng.random() < 0.7 if grouped is None else grouped
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if grouped else num


# ---------------------------------------------------------------- non-US national identifiers
def _loop(rng, make, check):
    for _ in range(20000):
        n = make()
        if check(n):
            return n
    raise RuntimeError("no valid id")


def rd(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


def es_dni(rng):
    n = "%08d" % rng.randrange(10**7, 10**8)
    return n + dni.calc_check_digit(n)


def es_nie(rng):
    p, n = rng.choice("XYZ"), rd(rng, 7)
    v = p + n + nie.calc_check_digit(p + n)
    assert nie.is_valid(v)
    return v


def br_cpf(rng):
    n = _loop(rng, lambda: rd(rng, 11), cpf.is_valid)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if rng.random() < 0.7 else n


def fr_nir(rng, p):
    b = (
        ("1" if p.sex == "M" else "2")
        + f"{p.dob.year % 100:02d}{p.dob.month:02d}"
        + rng.choice(["75", "93", "59", "69", "13", "29"])
        + rd(rng, 6)
    )
    n = b + nir.calc_check_digits(b)
    assert nir.is_valid(n)
    return nir.format(n) if rng.random() < 0.6 else n


def de_idnr(rng):
    def mk():
        ds = rng.sample(D, 9)
        if ds[0] == "0":
            ds[0], ds[1] = ds[1], ds[0]
        ds.insert(rng.randint(1, 9), rng.choice(ds))
        b = "".join(ds)
        for c in D:
            if idnr.is_valid(b + c):
                return b + c
        return ""

    n = _loop(rng, mk, idnr.is_valid)
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if rng.random() < 0.5 else n


CF_MONTH = "ABCDEHLMPRST"


def it_cf(rng, p):
    def cons(s):
        s = ascii_fold(s).upper()
        c = [ch for ch in s if ch not in "AEIOU"]
        v = [ch for ch in s if ch in "AEIOU"]
        return c, v

    fc, fv = cons(p.family)
    gc, gv = cons(p.given)
    sur = (fc + fv + ["X"] * 3)[:3]
    nam = [gc[0], gc[2], gc[3]] if len(gc) > 3 else (gc + gv + ["X"] * 3)[:3]
    day = p.dob.day + (40 if p.sex == "F" else 0)
    b = (
        "".join(sur + nam)
        + f"{p.dob.year % 100:02d}{CF_MONTH[p.dob.month - 1]}{day:02d}"
        + rng.choice(["H501", "F839", "A794", "B963", "E506", "D612"])
    )
    n = b + codicefiscale.calc_check_digit(b)
    assert codicefiscale.is_valid(n), n
    return n


def nl_bsn(rng):
    return _loop(rng, lambda: str(rng.randint(1, 9)) + rd(rng, 8), bsn.is_valid)


def pl_pesel(rng, p):
    y, m = p.dob.year, p.dob.month + (20 if p.dob.year >= 2000 else 0)
    b = f"{y % 100:02d}{m:02d}{p.dob.day:02d}{rd(rng, 3)}" + rng.choice("13579" if p.sex == "M" else "02468")
    n = b + pesel.calc_check_digit(b)
    assert pesel.is_valid(n)
    return n


def tr_tckn(rng):
    b = str(rng.randint(1, 9)) + rd(rng, 8)
    n = b + tckimlik.calc_check_digits(b)
    assert tckimlik.is_valid(n)
    return n


def ru_inn(rng):
    b = rng.choice(["77", "50", "63", "35", "44"]) + rd(rng, 8)
    n = b + inn.calc_personal_check_digits(b)
    assert inn.is_valid(n)
    return n


def ru_passport(rng):
    return f"{rd(rng, 2)} {rng.randint(0, 24):02d} {rd(rng, 6)}"


def ua_rntrc(rng, p):
    days = (p.dob - dt.date(1899, 12, 31)).days
    b = f"{days:05d}{rd(rng, 3)}" + rng.choice("13579" if p.sex == "M" else "02468")
    n = b + rntrc.calc_check_digit(b)
    assert rntrc.is_valid(n)
    return n


def id_nik(rng, p):
    day = p.dob.day + (40 if p.sex == "F" else 0)
    n = (
        rng.choice(["327504", "327601", "367403", "351501", "320101", "327702"])
        + f"{day:02d}{p.dob.month:02d}{p.dob.year % 100:02d}"
        + f"{rng.randint(1, 999):04d}"
    )
    assert nik.is_valid(n), n
    return n


def in_aadhaar(rng):
    def mk():
        b = str(rng.randint(2, 9)) + rd(rng, 10)
        return b + verhoeff.calc_check_digit(b)

    n = _loop(rng, mk, aadhaar.is_valid)
    return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.7 else n


def in_pan(rng, p):
    fam = (ascii_fold(p.family) or "X").upper()[0]
    return "".join(rng.choice(U) for _ in range(3)) + "P" + fam + rd(rng, 4) + rng.choice(U)


def cn_ric(rng, p):
    def mk():
        b = (
            rng.choice(["441900", "440104", "330302", "340104", "530102", "130102", "110105", "320102", "510104"])
            + f"{p.dob:%Y%m%d}"
            + rd(rng, 2)
            + rng.choice("13579" if p.sex == "M" else "02468")
        )
        return b + ric.calc_check_digit(b + "0")

    return _loop(rng, mk, ric.is_valid)


def kr_rrn(rng, p):
    g = ("1" if p.sex == "M" else "2") if p.dob.year < 2000 else ("3" if p.sex == "M" else "4")
    b = f"{p.dob:%y%m%d}" + g + rng.choice(["0", "1", "2"]) + rd(rng, 4)
    n = b + rrn.calc_check_digit(b)
    if not rrn.is_valid(n):
        return kr_rrn(rng, p)
    return n[:6] + "-" + n[6:]


def jp_mynumber(rng):
    b = rd(rng, 11)
    n = b + jp_in.calc_check_digit(b)
    assert jp_in.is_valid(n)
    return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.6 else n


def ch_ahv(rng):
    b = "756" + rd(rng, 9)
    n = b + ean.calc_check_digit(b)
    assert ch_ssn.is_valid(n)
    return ch_ssn.format(n) if rng.random() < 0.8 else n


def gb_nhs(rng):
    def mk():
        b = str(rng.randint(4, 6)) + rd(rng, 8)
        s = sum(int(c) * (10 - i) for i, c in enumerate(b))
        c = (11 - s % 11) % 11
        return "" if c == 10 else b + str(c)

    n = _loop(rng, mk, lambda x: bool(x) and nhs.is_valid(x))
    return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.7 else n


def ie_pps(rng):
    from stdnum.ie import pps

    b = rd(rng, 7)
    return _loop(rng, lambda: b + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + rng.choice(["", "", "A", "W"]), pps.is_valid)


def gb_nino(rng):
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if a in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        a = "AB"
    n, s = rd(rng, 6), rng.choice("ABCD")
    return f"{a} {n[:2]} {n[2:4]} {n[4:]} {s}" if rng.random() < 0.5 else a + n + s


def eg_nid(rng, p):
    return (
        ("2" if p.dob.year < 2000 else "3")
        + f"{p.dob:%y%m%d}"
        + rng.choice(["01", "02", "21", "13", "16"])
        + rd(rng, 3)
        + rng.choice("13579" if p.sex == "M" else "02468")
        + rd(rng, 1)
    )


def passport(rng, cc):
    a = lambda n: "".join(rng.choice("CFGHJKLMNPRTVWXYZ") for _ in range(n))  # noqa: E731
    return {
        "DE": "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "GB": rd(rng, 9),
        "FR": rd(rng, 2) + a(2) + rd(rng, 5),
        "ES": "P" + a(2) + rd(rng, 6),
        "IT": "Y" + a(1) + rd(rng, 7),
        "NL": a(2) + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(6)) + rd(rng, 1),
        "CH": "X" + rd(rng, 7),
        "PL": a(2) + rd(rng, 7),
        "TR": "U" + rd(rng, 8),
        "IN": a(1) + rd(rng, 7),
        "NG": "A" + rd(rng, 8),
        "KE": "AK" + rd(rng, 7),
        "BR": "F" + a(1) + rd(rng, 6),
        "PK": a(2) + rd(rng, 7),
        "UA": "F" + a(1) + rd(rng, 6),
        "IE": "P" + a(1) + rd(rng, 7),
    }.get(cc, a(2) + rd(rng, 7))


# ---------------------------------------------------------------- unlabelled noise
def ticket(rng, pre=None):
    pre = pre or rng.choice(["HL", "CASE", "INC", "REF", "TIP", "CR", "SR"])
    return f"{pre}-{rng.randint(2022, 2025)}-{rng.randint(100, 99999):05d}"


def sku(rng):
    return (
        rng.choice(["SKU ", "Art.-Nr. ", "Model ", "Lot "])
        + "".join(rng.choice(U) for _ in range(3))
        + "-"
        + rd(rng, 4)
        + rng.choice(["", "-B", "/2"])
    )


def version(rng):
    return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"


def money(rng, cur="$"):
    return (
        f"{cur}{rng.randint(5, 2500)}.{rng.choice(['00', '50', '99'])}"
        if cur in "$£€"
        else f"{cur} {rng.randint(5, 2500)}.00"
    )
