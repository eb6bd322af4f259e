"""People, names, handles, e-mails and profile links."""

from sources import _CULTURES, EMAIL_DOMAINS, HANDLE_WORDS, NICKNAMES, PROFILE_URLS
from values import V, dob_for_age, rdigits, strip_accents


def _pairs(field):
    out = []
    for item in field.split("|"):
        latin, _, native = item.partition(":")
        out.append((latin, native or None))
    return out


def _surnames(field):
    out = []
    for item in field.split("|"):
        latin, _, native = item.partition(":")
        lm, _, lf = latin.partition("/")
        nm, _, nf = native.partition("/") if native else ("", "", "")
        out.append({"m": (lm, nm or None), "f": (lf or lm, (nf or nm) or None)})
    return out


CULTURES = {}
for _code, (_order, _f, _m, _s) in _CULTURES.items():
    CULTURES[_code] = {"order": _order, "f": _pairs(_f), "m": _pairs(_m), "s": _surnames(_s)}
CULTURE_CODES = list(_CULTURES)
NO_SPACE_NATIVE = {"zh", "yue", "zh_tw", "ja", "ko"}
TWO_SURNAMES = {"es": 0.8, "es_mx": 0.7, "es_co": 0.6, "es_cl": 0.5, "qu_pe": 0.5, "es_ar": 0.2, "pt_br": 0.3}


class Person:
    def __init__(self, culture, sex, given, family, given_native, family_native, dob):
        self.culture = culture
        self.sex = sex
        self.given = given
        self.family = family
        self.given_native = given_native
        self.family_native = family_native
        self.dob = dob
        self.order = CULTURES[culture]["order"]

    def age(self, ref):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))

    @property
    def full(self):
        if self.order == "FG":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def native_full(self):
        if not self.given_native or not self.family_native:
            return None
        if self.culture in NO_SPACE_NATIVE:
            return self.family_native + self.given_native
        if self.order == "FG":
            return f"{self.family_native} {self.given_native}"
        return f"{self.given_native} {self.family_native}"

    @property
    def nick(self):
        return NICKNAMES.get(self.given)

    @property
    def ascii_given(self):
        return "".join(c for c in strip_accents(self.given).lower() if c.isalnum())

    @property
    def ascii_family(self):
        return "".join(c for c in strip_accents(self.family).lower() if c.isalnum())

    def he(self):
        return "she" if self.sex == "f" else "he"

    def his(self):
        return "her" if self.sex == "f" else "his"


def make_person(rng, ref, age=None, culture=None, sex=None, cultures=None):
    culture = culture or rng.choice(cultures or CULTURE_CODES)
    data = CULTURES[culture]
    sex = sex or rng.choice("fm")
    given, given_n = rng.choice(data["f" if sex == "f" else "m"])
    fam = rng.choice(data["s"])[sex]
    family, family_n = fam
    if culture in TWO_SURNAMES and rng.random() < TWO_SURNAMES[culture]:
        other = rng.choice(data["s"])[sex][0]
        if other != family:
            family = f"{family} {other}"
            family_n = None
    if culture == "ms":
        family = ("binti " if sex == "f" else "bin ") + family
    if age is None:
        age = rng.randint(19, 67)
    return Person(culture, sex, given, family, given_n, family_n, dob_for_age(rng, age, ref))


NAME_FORMS = ["full", "full", "full", "given", "family", "inverted", "initial", "caps", "lower", "native", "nick"]


def name(p, form="full"):
    if form == "full":
        out = p.full
    elif form == "given":
        out = p.given
    elif form == "family":
        out = p.family
    elif form == "inverted":
        out = f"{p.family.upper()}, {p.given}"
    elif form == "inverted_plain":
        out = f"{p.family}, {p.given}"
    elif form == "initial":
        out = f"{p.given[0]}. {p.family}" if p.order == "GF" else f"{p.family} {p.given[0]}."
    elif form == "initial_nodot":
        out = f"{p.given[0]} {p.family}"
    elif form == "caps":
        out = p.full.upper()
    elif form == "lower":
        out = p.full.lower()
    elif form == "native":
        out = p.native_full or p.full
    elif form == "native_given":
        out = p.given_native or p.given
    elif form == "nick":
        out = p.nick or p.given
    else:
        raise KeyError(form)
    return out


def pname(p, form="full"):
    return V(name(p, form), "PERSON")


def handle(rng, p=None):
    w = rng.choice(HANDLE_WORDS)
    w2 = rng.choice(HANDLE_WORDS)
    n = str(rng.randint(1, 99))
    yy = f"{rng.randint(0, 12):02d}" if rng.random() < 0.5 else str(rng.randint(80, 99))
    pats = [
        f"{w}_{w2}{n}",
        f"xX{w}{w2}Xx",
        f"{w}{w2}_{rdigits(rng, 3)}",
        f"the.{w}.{w2}",
        f"{w}.{w2}{yy}",
        f"{w2}{w}{n}",
        f"_{w}{w2}_",
    ]
    if p is not None:
        g, f = p.ascii_given, p.ascii_family
        pats += [
            f"{g}{yy}",
            f"{g}_{w}",
            f"{g}.{f[:1]}{n}",
            f"{w}{g}{n}",
            f"{g}{f}",
            f"its_{g}_{w}",
            f"{g[:3]}{f[:3]}{yy}",
            f"{f}.{g}",
        ]
    out = rng.choice(pats)
    if rng.random() < 0.2:
        out = out.capitalize()
    return out.strip("._") or "user" + rdigits(rng, 4)


def username(rng, p=None, at=False):
    h = handle(rng, p)
    return V(("@" + h) if at else h, "USERNAME")


def email_local(rng, p=None):
    if p is None:
        return handle(rng).replace("_", ".")
    g, f = p.ascii_given, p.ascii_family
    yy = str(p.dob.year)[2:] if rng.random() < 0.5 else str(p.dob.year)
    pats = [
        f"{g}.{f}",
        f"{g}{f}",
        f"{g[:1]}{f}",
        f"{g}.{f}{yy}",
        f"{f}.{g}",
        f"{g}_{f[:1]}{yy}",
        f"{g}{rdigits(rng, 3)}",
        f"{f}{g[:1]}",
        f"{g}-{f}",
        f"{rng.choice(HANDLE_WORDS)}.{g}",
    ]
    return rng.choice(pats)


def email(rng, p=None, domain=None):
    return V(f"{email_local(rng, p)}@{domain or rng.choice(EMAIL_DOMAINS)}", "EMAIL_ADDRESS")


def obfuscated_email(rng, p=None):
    local = email_local(rng, p)
    dom = rng.choice(EMAIL_DOMAINS)
    host, _, tld = dom.partition(".")
    style = rng.randint(0, 4)
    if style == 0:
        out = f"{local} at {host} dot {tld.replace('.', ' dot ')}"
    elif style == 1:
        out = f"{local}[at]{host}[dot]{tld.replace('.', '[dot]')}"
    elif style == 2:
        out = f"{local} (at) {dom}"
    elif style == 3:
        out = f"{local} @ {host} . {tld}"
    else:
        out = f"{local}(a){dom}"
    return V(out, "EMAIL_ADDRESS", obfuscated=True)


def spoken_email(rng, p=None):
    local = email_local(rng, p).replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    dom = rng.choice(
        ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "eircom.net", "bigpond.com"]
    )
    return V(f"{local} at {dom.replace('.', ' dot ')}", "EMAIL_ADDRESS", obfuscated=True)


def profile_url(rng, p=None, handle_text=None):
    site, pat = rng.choice(PROFILE_URLS)
    h = handle_text or handle(rng, p)
    h = h.lstrip("@").replace(".", "_") if "tumblr" in pat or "blogspot" in pat else h.lstrip("@")
    if "tumblr" in pat or "blogspot" in pat:
        h = h.replace("_", "-").lower()
    url = pat.format(u=h, n=rdigits(rng, rng.choice([9, 10, 15])).lstrip("0") or "42")
    if rng.random() < 0.2:
        url = url.replace("https://", "").replace("www.", "")
    return site, V(url, "URL")


def personal_site(rng, p):
    g, f = p.ascii_given, p.ascii_family
    tld = rng.choice(["com", "net", "de", "fr", "nl", "co.uk", "me", "pl", "it", "se", "fi", "io"])
    return V(
        rng.choice([f"https://www.{g}-{f}.{tld}", f"http://{g}{f}.{tld}/about", f"https://{f}{g[:1]}.{tld}/"]), "URL"
    )


def child(rng, ref, age, culture=None, sex=None, parent=None):
    """A child; shares the parent's family name when a parent is given."""
    kid = make_person(rng, ref, age=age, culture=culture or (parent.culture if parent else None), sex=sex)
    for _ in range(10):
        if parent is None or kid.given != parent.given:
            break
        kid = make_person(rng, ref, age=age, culture=culture or parent.culture, sex=sex)
    if parent is not None and parent.culture not in ("is", "ms", "mn") and rng.random() < 0.75:
        kid.family = parent.family if kid.sex == parent.sex else _other_sex_family(parent, kid.sex)
        kid.family_native = parent.family_native
    return kid


def _other_sex_family(parent, sex):
    for fam in CULTURES[parent.culture]["s"]:
        if fam[parent.sex][0] == parent.family:
            return fam[sex][0]
    return parent.family
