"""Core helpers: span-tracking document builder, people, addresses, ages, dates."""

import unicodedata

import v22_ids as I
from v22_pools import L, COUNTRY_NAME


class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def x(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                text, label = it
                text = str(text)
                if text:
                    self.spans.append({"start": self.n, "end": self.n + len(text), "label": label, "text": text})
                self.parts.append(text)
                self.n += len(text)
            elif isinstance(it, list):
                self.x(*it)
            else:
                s = str(it)
                self.parts.append(s)
                self.n += len(s)
        return self

    def text(self):
        return "".join(self.parts)


P = lambda v: (v, "PERSON")  # noqa: E731
LOC = lambda v: (v, "LOCATION")  # noqa: E731

CHINESE_SURN = {
    "Chan",
    "Wong",
    "Leung",
    "Cheung",
    "Lau",
    "Ho",
    "Ng",
    "Tsang",
    "Lee",
    "Lam",
    "Tang",
    "Tan",
    "Lim",
    "Goh",
    "Ong",
    "Yeo",
    "Wong",
    "Teo",
    "Koh",
    "Chua",
}


class Person:
    def __init__(self, full, short, given, family, female, loc, ascii_full):
        self.full, self.short, self.given, self.family = full, short, given, family
        self.female, self.loc, self.ascii = female, loc, ascii_full

    def formal(self, upper=False):
        """'SURNAME, Given' style (court lists)."""
        if self.family and self.given and self.family != self.full:
            fam = self.family.upper() if upper else self.family
            return "%s, %s" % (fam, self.given)
        return self.full.upper() if upper else self.full


def asciify(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in s if c.isascii())


def person(r, loc, female=None, native_p=0.0):
    d = L[loc]
    if female is None:
        female = r.random() < 0.5
    if d.get("native") and r.random() < native_p:
        full = r.choice(d["native"])
        return Person(full, full, full, "", female, loc, "")
    g = r.choice(d["f"] if female else d["m"])
    if loc in ("SG", "HK"):
        toks = g.split()
        if toks[0] in CHINESE_SURN and len(toks) >= 3:
            return Person(g, toks[0], " ".join(toks[1:]), toks[0], female, loc, asciify(g))
        if len(toks) == 2:
            return Person(g, toks[1], toks[0], toks[1], female, loc, asciify(g))
        return Person(g, toks[0], g, "", female, loc, asciify(g))
    if loc == "MY":
        toks = g.split()
        if toks[0] in CHINESE_SURN:
            return Person(g, toks[0], " ".join(toks[1:]), toks[0], female, loc, asciify(g))
        pat = r.choice([s for s in d["s"] if ("binti" in s or "a/p" in s) == female] or d["s"])
        father = r.choice(
            ["Ismail", "Ahmad", "Subramaniam", "Rajan", "Abdullah", "Hassan", "Osman", "Yusof", "Kamal", "Ramasamy"]
        )
        pat = pat.split()[0] + " " + father
        full = g + " " + pat
        return Person(full, toks[0], g, "", female, loc, asciify(g))
    s = r.choice(d["s"])
    if loc == "ES" or (loc == "MX" and r.random() < 0.8):
        s2 = r.choice([x for x in d["s"] if x != s])
        s = s + " " + s2
    if loc == "PH" and r.random() < 0.6:
        full = "%s %s %s" % (g, r.choice(d["mid"]), s)
    elif loc == "LK" and r.random() < 0.3:
        full = "%s %s %s" % (r.choice(["W.M.", "H.K.", "R.M.", "K.A.", "D.M."]), g, s)
    else:
        full = g + " " + s
    return Person(
        full, s.split()[-1] if loc == "MX" else (g if r.random() < 0.25 else s), g, s, female, loc, asciify(full)
    )


# ---------------------------------------------------------------- ages / dates
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n >= 100:
        return "one hundred" + (" and " + words(n - 100) if n > 100 else "")
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


def agetxt(r, n, wp=0.2):
    if r.random() < wp:
        w = words(n)
        return w.capitalize() if r.random() < 0.2 else w
    return str(n)


MONTHS = "January February March April May June July August September October November December".split()


def rdate(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def fmt_date(r, y, m, d, loc="UK"):
    if loc in ("US", "PH"):
        st = r.choice(["%02d/%02d/%04d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1], d, y), "%d/%d/%d" % (m, d, y)])
    elif loc in ("SE", "CH", "DE", "PL", "NL"):
        st = r.choice(["%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y)])
    elif loc in ("HK", "SG", "MY") and r.random() < 0.3:
        st = "%04d-%02d-%02d" % (y, m, d)
    else:
        st = r.choice(
            [
                "%02d/%02d/%04d" % (d, m, y),
                "%d %s %d" % (d, MONTHS[m - 1], y),
                "%d %s %d" % (d, MONTHS[m - 1][:3], y),
                "%02d-%02d-%04d" % (d, m, y),
                "%02d.%02d.%02d" % (d, m, y % 100),
            ]
        )
    return st


def event_date(r, loc="UK"):
    y, m, d = rdate(r, 2023, 2025)
    return fmt_date(r, y, m, d, loc)


# ---------------------------------------------------------------- addresses
def house(r):
    return str(r.choice([r.randint(1, 40), r.randint(1, 200), r.randint(1, 9)])) + r.choice(["", "", "", "", "a", "B"])


def street_line(r, loc):
    d = L[loc]
    st = r.choice(d["streets"]) if d["streets"] else "Main Street"
    n = house(r)
    if loc in ("DE", "NL", "SE", "CH", "PL"):
        s = "%s %s" % (st, n)
        if loc == "PL" and r.random() < 0.5:
            s += " m. %d" % r.randint(1, 60)
        if loc == "DE" and r.random() < 0.3:
            s += ", %d. OG links" % r.randint(1, 5)
        return s
    if loc in ("ES", "MX"):
        return (
            "%s %s, %dº %s" % (st, n, r.randint(1, 8), r.choice("ABCDI"))
            if loc == "ES"
            else "%s %s, Int. %d" % (st, n, r.randint(1, 20))
        )
    if loc == "IT":
        return "%s %s" % (st, n)
    if loc == "FR":
        return "%s %s" % (n, st)
    if loc == "SG":
        return "Blk %d %s, #%02d-%d" % (r.randint(100, 999), st, r.randint(2, 20), r.randint(10, 999))
    if loc == "HK":
        return "Flat %s, %d/F, %s %s" % (
            r.choice("ABCDEFGH"),
            r.randint(2, 38),
            r.choice(["Block 3,", "Wing On Building,", "Hoi Fu House,", ""]) + " " + str(r.randint(1, 400)),
            st,
        )
    if loc == "IN":
        return r.choice(
            [
                "Flat No. %d, %s Apartments, %s"
                % (r.randint(101, 1204), r.choice(["Sai Krupa", "Shanti Niketan", "Green Park", "Lakshmi"]), st),
                "H.No. %d-%d, %s" % (r.randint(1, 20), r.randint(1, 300), st),
                "%d, %s" % (r.randint(1, 300), st),
            ]
        )
    if loc == "PK":
        return r.choice(
            [
                "House No. %d, %s" % (r.randint(1, 900), st),
                "Flat %d, Block %s, %s" % (r.randint(1, 40), r.choice("ABCDEFGHJ"), st),
            ]
        )
    if loc == "BD":
        return "House %d, %s" % (r.randint(1, 120), st)
    if loc == "PH":
        return r.choice(
            ["Blk %d Lot %d, %s" % (r.randint(1, 40), r.randint(1, 40), st), "%d %s" % (r.randint(1, 2000), st)]
        )
    if loc == "MY":
        return "No. %d, %s" % (r.randint(1, 120), st)
    if loc in ("KE", "UG", "ZM", "GH") and r.random() < 0.35:
        return r.choice(
            [
                "P.O. Box %d" % r.randint(100, 99999),
                "PO Box %d-00100" % r.randint(100, 9999) if loc == "KE" else "P.O. Box %d" % r.randint(10, 9999),
            ]
        )
    if loc in ("UK", "SC", "IE", "AU", "NZ", "US", "CA", "ZA") and r.random() < 0.2:
        return r.choice(
            [
                "Flat %d, %s %s" % (r.randint(1, 30), n, st),
                "Apt %d, %s %s" % (r.randint(1, 30), n, st),
                "%d/%s %s" % (r.randint(1, 20), n, st),
            ]
        )
    return "%s %s" % (n, st)


def address(r, loc, town=None, post_p=0.4, region_p=0.15):
    """Returns a list of parts: street line, town, optional postcode/region (postcode unlabelled)."""
    d = L[loc]
    town = town or r.choice(d["towns"])
    parts = [(street_line(r, loc), "STREET_ADDRESS"), ", "]
    pc = d["post"](r) if d.get("post") else ""
    if loc in ("DE", "FR", "ES", "IT", "CH", "SE", "NL", "PL", "MX") and pc and r.random() < 0.7:
        parts += [pc + " ", (town, "LOCATION")]
    else:
        parts.append((town, "LOCATION"))
        if d["region"] and r.random() < region_p:
            parts += [", ", (r.choice(d["region"]), "LOCATION")]
        if pc and r.random() < post_p:
            parts.append((" " if loc in ("US", "AU", "CA") else ", ") + pc)
    return parts


# ---------------------------------------------------------------- contact
DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "icloud.com",
    "proton.me",
    "yahoo.co.in",
    "rediffmail.com",
    "ymail.com",
    "live.ie",
    "bigpond.com",
    "xtra.co.nz",
    "web.de",
    "gmx.de",
    "libero.it",
    "orange.fr",
    "wp.pl",
]


def handle(r, p):
    base = asciify(p.given.split()[0] if p.given else p.full).lower() or "user"
    fam = asciify(p.family.split()[-1]).lower() if p.family else ""
    opts = [
        base + "_" + fam,
        base + str(r.randint(1, 99)),
        (base[:1] + fam) or base + "x",
        base + "." + fam + str(r.randint(70, 2009)),
        r.choice(["xx", "its", "real", "the", "lil"]) + base + r.choice(["", "xo", "_official", "254", "234", "_ph"]),
        fam + "_" + base[:3] + str(r.randint(1, 999)),
    ]
    h = r.choice(opts).replace("'", "").replace(" ", "").strip("._") or "user%d" % r.randint(10, 999)
    return h


def email(r, p, obfus_p=0.08):
    base = asciify(p.given.split()[0] if p.given else "").lower() or "mail"
    fam = asciify(p.family.split()[-1]).lower().replace("'", "") if p.family else ""
    fam = fam or str(r.randint(10, 999))
    local = r.choice(
        [
            base + "." + fam,
            base + fam + str(r.randint(1, 99)),
            base[0] + fam,
            base + "_" + fam,
            fam + base[:2] + str(r.randint(1, 9)),
        ]
    )
    dom = r.choice(DOMAINS)
    if r.random() < obfus_p:
        host, tld = dom.split(".", 1)
        return "%s at %s dot %s" % (local, host, tld.replace(".", " dot "))
    return local + "@" + dom


def profile_url(r, h):
    return (
        r.choice(
            [
                "https://www.facebook.com/",
                "facebook.com/",
                "https://instagram.com/",
                "instagram.com/",
                "https://x.com/",
                "tiktok.com/@",
                "https://www.linkedin.com/in/",
            ]
        )
        + h
    )


CENTRE = {
    "UK": (53.4, -1.5),
    "SC": (55.86, -4.25),
    "IE": (53.3, -6.3),
    "US": (39.8, -84.2),
    "CA": (43.7, -79.4),
    "AU": (-33.8, 151.0),
    "NZ": (-36.9, 174.8),
    "ZA": (-26.2, 28.0),
    "IN": (19.1, 72.9),
    "PK": (31.5, 74.3),
    "BD": (23.8, 90.4),
    "LK": (6.9, 79.9),
    "NG": (6.5, 3.4),
    "GH": (5.6, -0.2),
    "KE": (-1.29, 36.82),
    "UG": (0.35, 32.6),
    "ZM": (-15.4, 28.3),
    "PH": (14.6, 121.0),
    "MY": (3.1, 101.6),
    "SG": (1.35, 103.85),
    "HK": (22.32, 114.17),
    "JM": (18.0, -76.8),
    "TT": (10.65, -61.5),
}


def coords(r, loc):
    la, lo = CENTRE.get(loc, (51.5, -0.1))
    la += r.uniform(-0.3, 0.3)
    lo += r.uniform(-0.3, 0.3)
    if r.random() < 0.7:
        return "%.5f, %.5f" % (la, lo)
    ns = "N" if la >= 0 else "S"
    ew = "E" if lo >= 0 else "W"
    return "%.4f°%s %.4f°%s" % (abs(la), ns, abs(lo), ew)


def national_id(r, loc, p=None, dob=None):
    """Returns (label_word, value, label)."""
    y, m, d = dob or rdate(r, 1960, 2004)
    female = p.female if p else r.random() < 0.5
    if loc in ("UK", "SC"):
        return r.choice(
            [("NI number", I.uk_nino(r)), ("NHS no.", I.nhs(r)), ("passport no.", I.passport_generic(r, "GB"))]
        ) + ("NATIONAL_ID",)
    if loc == "IE":
        return r.choice([("PPSN", I.pps(r)), ("passport", I.passport_generic(r, "IE"))]) + ("NATIONAL_ID",)
    if loc == "US":
        k = r.random()
        if k < 0.5:
            return ("SSN", I.ssn(r), "US_SSN")
        if k < 0.7:
            return ("ITIN", I.itin(r), "US_ITIN")
        if k < 0.85:
            return ("passport no.", I.us_passport(r), "US_PASSPORT")
        st, v = I.us_dl(r)
        return ("%s driver's license" % st, v, "US_DRIVER_LICENSE")
    if loc == "CA":
        return ("SIN", I.sin_ca(r), "NATIONAL_ID")
    if loc == "AU":
        return r.choice([("TFN", I.tfn(r)), ("Medicare no.", I.medicare_au(r))]) + ("NATIONAL_ID",)
    if loc == "NZ":
        return ("IRD number", I.ird(r), "NATIONAL_ID")
    if loc == "ZA":
        return ("ID no.", I.za_id(r, y, m, d, female), "NATIONAL_ID")
    if loc == "IN":
        ini = (p.family[:1] if p and p.family else "S") or "S"
        return r.choice(
            [
                ("Aadhaar", I.aadhaar(r)),
                ("PAN", I.pan(r, asciify(ini) or "S")),
                ("passport", I.passport_generic(r, "IN")),
            ]
        ) + ("NATIONAL_ID",)
    if loc == "PK":
        return ("CNIC", I.cnic_pk(r), "NATIONAL_ID")
    if loc == "BD":
        return ("NID", I.nid_bd(r), "NATIONAL_ID")
    if loc == "LK":
        return ("NIC", I.nic_lk(r, y), "NATIONAL_ID")
    if loc == "NG":
        return r.choice([("NIN", I.nin_ng(r)), ("BVN", I.nin_ng(r))]) + ("NATIONAL_ID",)
    if loc == "GH":
        return ("Ghana Card", I.ghana_card(r), "NATIONAL_ID")
    if loc == "KE":
        return r.choice([("ID No.", I.ke_id(r)), ("KRA PIN", I.kra_pin(r))]) + ("NATIONAL_ID",)
    if loc == "UG":
        return ("NIN", I.ug_nin(r, female), "NATIONAL_ID")
    if loc == "ZM":
        return ("NRC", I.zm_nrc(r), "NATIONAL_ID")
    if loc == "PH":
        return r.choice([("PhilSys no.", I.ph_psn(r)), ("SSS no.", I.ph_sss(r))]) + ("NATIONAL_ID",)
    if loc == "MY":
        return ("IC no.", I.mykad(r, y, m, d), "NATIONAL_ID")
    if loc == "SG":
        return ("NRIC", I.nric_sg(r, "S" if y < 2000 else "T"), "NATIONAL_ID")
    if loc == "HK":
        return ("HKID", I.hkid(r), "NATIONAL_ID")
    if loc == "JM":
        return ("TRN", I.jm_trn(r), "NATIONAL_ID")
    if loc == "TT":
        return ("ID card no.", I.tt_id(r, y, m, d), "NATIONAL_ID")
    if loc == "DE":
        return ("Steuer-ID", I.steuer_id(r), "NATIONAL_ID")
    if loc == "ES":
        return r.choice([("DNI", I.dni(r)), ("NIE", I.nie(r))]) + ("NATIONAL_ID",)
    if loc == "IT":
        g = asciify(p.given) if p else "Mario"
        f = asciify(p.family) if p else "Rossi"
        return ("codice fiscale", I.codice_fiscale(r, f or "Rossi", g or "Mario", female, y, m, d), "NATIONAL_ID")
    if loc == "NL":
        return ("BSN", I.bsn(r), "NATIONAL_ID")
    if loc == "PL":
        return ("PESEL", I.pesel(r, y, m, d, female), "NATIONAL_ID")
    if loc == "SE":
        return ("personnummer", I.personnummer(r, y, m, d), "NATIONAL_ID")
    if loc == "CH":
        return ("AHV-Nr.", I.ahv(r), "NATIONAL_ID")
    if loc == "FR":
        return ("passeport", letters2(r), "NATIONAL_ID")
    if loc == "MX":
        if p and p.family and " " in p.family:
            s1, s2 = p.family.split()[:2]
        else:
            s1, s2 = "PEREZ", "LOPEZ"
        return (
            "CURP",
            I.curp(
                r,
                asciify(s1).upper(),
                asciify(s2).upper(),
                asciify(p.given.split()[0]).upper() if p else "JUAN",
                female,
                y,
                m,
                d,
            ),
            "NATIONAL_ID",
        )
    return ("passport", I.passport_generic(r, loc), "NATIONAL_ID")


def letters2(r):
    return "%02d%s%05d" % (r.randint(10, 99), I.letters(r, 2), r.randint(0, 99999))


def country(loc):
    return COUNTRY_NAME.get(loc, "")
