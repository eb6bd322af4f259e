"""Person and address helpers built on the hand-typed pools."""

from __future__ import annotations

import unicodedata

from core import V
import vals

EMAIL_DOMAINS = {
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "icloud.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "AT": ["gmx.at", "aon.at", "chello.at"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com"],
    "SE": ["telia.com", "gmail.com", "bredband.net"],
    "NO": ["online.no", "gmail.com", "hotmail.no"],
    "DK": ["mail.dk", "gmail.com", "jubii.dk"],
    "FI": ["kolumbus.fi", "gmail.com", "luukku.com"],
    "IT": ["libero.it", "tiscali.it", "virgilio.it", "gmail.com"],
    "ES": ["telefonica.net", "gmail.com", "yahoo.es"],
    "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "*": ["gmail.com", "yahoo.com", "outlook.com", "proton.me", "hotmail.com", "mail.ru", "icloud.com"],
}


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss").replace("ı", "i")
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ɛ", "e").replace("ɔ", "o").replace("ŋ", "ng")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def slug(s):
    s = ascii_fold(s).lower()
    return "".join(c if c.isalnum() else "." for c in s).strip(".").replace("..", ".")


class Person:
    def __init__(self, rng, pool, female=None, age=None, ref=None, cc="*", fem_sur=None):
        self.female = rng.random() < 0.5 if female is None else female
        g = rng.choice(pool["f"] if self.female else pool["m"])
        s = rng.choice(pool["s"])
        if fem_sur and self.female:
            s = fem_sur(s)
        self.g_lat, self.g_nat = g
        self.s_lat, self.s_nat = s
        self.ref = ref or vals.ref_date(rng)
        self.age = age if age is not None else rng.randint(19, 78)
        self.dob = vals.dob_for_age(rng, self.age, self.ref)
        self.cc = cc

    # latin forms
    def full(self, order="gs"):
        t = (
            f"{self.g_lat} {self.s_lat}"
            if order == "gs"
            else (f"{self.s_lat.upper()} {self.g_lat}" if order == "SG" else f"{self.s_lat}, {self.g_lat}")
        )
        return V(t, "PERSON")

    def given(self):
        return V(self.g_lat, "PERSON")

    def sur(self):
        return V(self.s_lat, "PERSON")

    def has_native(self):
        return bool(self.g_nat and self.s_nat)

    def full_nat(self, sep=" "):
        if not self.has_native():
            return None
        return V(f"{self.g_nat}{sep}{self.s_nat}", "PERSON")

    def given_nat(self):
        return V(self.g_nat, "PERSON") if self.g_nat else self.given()

    def email(self, rng, domains=None):
        doms = domains or EMAIL_DOMAINS.get(self.cc, EMAIL_DOMAINS["*"])
        g, s = slug(self.g_lat), slug(self.s_lat).replace(".", "")
        local = rng.choice(
            [
                f"{g}.{s}",
                f"{g[0]}{s}",
                f"{s}.{g}",
                f"{g}{s[:3]}{self.dob.year % 100:02d}",
                f"{g}_{s}{rng.randint(1, 99)}",
            ]
        )
        return V(f"{local}@{rng.choice(doms)}", "EMAIL_ADDRESS", None)

    def email_obf(self, rng):
        e = self.email(rng).text
        loc, dom = e.split("@")
        form = rng.choice(["{l} [at] {d}", "{l} (at) {d}", "{l} at {dd}", "{l}[at]{dd2}"])
        d_dot = dom.replace(".", " dot ")
        d_br = dom.replace(".", "[dot]")
        return V(form.format(l=loc, d=dom, dd=d_dot, dd2=d_br), "EMAIL_ADDRESS", None)

    def dob_v(self, style):
        return vals.dob_v(self.dob, style)

    def age_v(self):
        return V(str(self.age), "AGE" if self.age >= 18 else "MINOR_AGE")

    def handle(self, rng):
        g, s = slug(self.g_lat).replace(".", ""), slug(self.s_lat).replace(".", "")
        h = rng.choice(
            [
                f"{g}_{s[:4]}",
                f"{g}{self.dob.year % 100:02d}",
                f"{s}.{g[:1]}",
                f"{g[:3]}{s[:3]}{rng.randint(1, 999)}",
                f"x{g}x{rng.randint(1, 99)}",
            ]
        )
        return V(h, "USERNAME")


def age_label(a):
    return "AGE" if a >= 18 else "MINOR_AGE"


def age_v(a):
    return V(str(a), age_label(a))


def postcode(rng, cc, code):
    d = vals.digits
    if cc == "GB":
        dist = str(rng.randint(1, 28)) if len(code) == 1 else str(rng.randint(1, 19))
        return f"{code}{dist} {rng.randint(1, 9)}{vals.letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if cc == "IE":
        return code + " " + "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    if cc in ("DE", "IT", "ES", "FI"):
        return code + d(rng, 5 - len(code))
    if cc == "AT":
        return code + d(rng, 2) + "0" if code == "1" else code + d(rng, 3)
    if cc == "NL":
        return (
            code
            + d(rng, 2)
            + " "
            + rng.choice(["AB", "BK", "CX", "DL", "EJ", "GH", "KL", "LX", "MN", "PR", "TV", "XZ", "HG", "RW"])
        )
    if cc == "CH":
        return code + d(rng, 2)
    if cc == "FR":
        return code + "0" + d(rng, 2)
    if cc in ("BE", "DK"):
        return code
    if cc == "SE":
        return code + str(rng.randint(1, 9)) + " " + d(rng, 2)
    if cc == "NO":
        return code + d(rng, 2)
    if cc == "PL":
        return code + "-" + d(rng, 3)
    return code


class Address:
    def __init__(self, rng, cc, town=None):
        from pools import NUMBER_FIRST, STREETS, TOWNS

        self.cc = cc
        t, code = town or rng.choice(TOWNS[cc])
        self.town = t
        self.pc = postcode(rng, cc, code)
        st = rng.choice(STREETS[cc])
        no = str(rng.randint(1, 180))
        if rng.random() < 0.15 and cc not in ("GB", "IE"):
            no += rng.choice(["a", "b", "A", "B"])
        if cc == "AT" and rng.random() < 0.6:
            no += f"/{rng.randint(1, 24)}"
        if cc == "FI" and rng.random() < 0.6:
            no += f" {rng.choice('ABC')} {rng.randint(1, 40)}"
        if cc in NUMBER_FIRST:
            self.street = f"{no} {st}"
            if cc == "GB" and rng.random() < 0.25:
                self.street = f"Flat {rng.randint(1, 12)}, {self.street}"
        else:
            self.street = f"{st} {no}"
            if cc == "DK" and rng.random() < 0.5:
                self.street += f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}"
            if cc == "ES" and rng.random() < 0.5:
                self.street += f", {rng.randint(1, 8)}º {rng.choice('ABCD')}"
        if cc in ("GB", "IE"):
            self.line = f"{self.street}, {self.town} {self.pc}"
        else:
            self.line = f"{self.street}, {self.pc} {self.town}"

    def full(self):
        return V(self.line, "STREET_ADDRESS")

    def street_v(self):
        return V(self.street, "STREET_ADDRESS")

    def town_v(self):
        return V(self.town, "LOCATION")
