"""Held-out corpus generator: labelled texts the detector was never tuned on.

    python scripts/heldout/generate.py [--seed 20261203] [--out tests/data/heldout]

Writes `heldout_v2.jsonl` (four registers: chat logs, OCR'd and pasted forms, international hotline tips,
donation and volunteer memos) and `heldout_negatives_v2.jsonl` (PII-free look-alikes). One JSON object a line:
`{"id", "register", "text", "spans": [{"start", "end", "label", "text"}]}`, character offsets, end exclusive,
computed while the text is built; every span's `text` equals `text[start:end]` (checked before writing).

Independent of scripts/make_corpus.py on purpose: own templates, own name and place sources (sources.py),
identifiers with valid checksums from python-stdnum and phonenumbers (values.py). Deterministic for a seed.
No detection rule may be written against these templates or files (tests/data/heldout/README.md).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

import values as V
from sources import CHAT_FIRST, FIRMS, PRODUCTS, ROOMS, TOWNS_INTL, TOWNS_MISSPELLED, TOWNS_NONLATIN, TOWNS_US

DEFAULT_SEED = 20261203
Rng = random.Random


class Doc:
    """A text built piece by piece; labelled pieces record their offsets as they are appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def v(self, label: str, value: str) -> Doc:
        if not value or value != value.strip():
            raise ValueError("a labelled value must be non-empty and carry no outer blanks")
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "label": label, "text": value})
        return self.t(value)

    def build(self, doc_id: str, register: str) -> dict:
        text = "".join(self.parts).rstrip()  # trailing blanks only: no value ends with one
        for s in self.spans:
            assert text[s["start"] : s["end"]] == s["text"], (doc_id, s)
        return {"id": doc_id, "register": register, "text": text, "spans": self.spans}


# --- shared pieces ------------------------------------------------------------------------------------------


def age(rng: Rng, minor: bool | None = None) -> tuple[str, str]:
    """(number, label): children's ages are MINOR_AGE, everyone else's AGE."""
    minor = rng.random() < 0.5 if minor is None else minor
    n = rng.randint(6, 17) if minor else rng.randint(18, 79)
    return str(n), "MINOR_AGE" if n < 18 else "AGE"


def town(rng: Rng) -> tuple[str, str]:
    """(town, optional region suffix written after it)."""
    roll = rng.random()
    if roll < 0.4:
        name, state = rng.choice(TOWNS_US)
        return name, (", " + state) if rng.random() < 0.7 else ""
    if roll < 0.75:
        return rng.choice(TOWNS_INTL), ""
    if roll < 0.88:
        return rng.choice(TOWNS_NONLATIN), ""
    return rng.choice(TOWNS_MISSPELLED), ""


def put_town(d: Doc, rng: Rng, case: str = "") -> None:
    name, suffix = town(rng)
    if case == "lower":
        name, suffix = name.lower(), suffix.lower()
    elif case == "upper":
        name, suffix = name.upper(), suffix.upper()
    d.v("LOCATION", name).t(suffix)


def any_name(rng: Rng) -> str:
    return V.script_name(rng) if rng.random() < 0.55 else V.latin_name(rng)


def dob(rng: Rng, minor: bool = False) -> str:
    y = rng.randint(2008, 2019) if minor else rng.randint(1948, 2005)
    m, day = rng.randint(1, 12), rng.randint(1, 28)
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return rng.choice([f"{m:02d}/{day:02d}/{y}", f"{day:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{day:02d}",
                       f"{day} {months[m - 1]} {y}"])  # fmt: skip


# --- register 1: chat logs ----------------------------------------------------------------------------------


def chat(rng: Rng, d: Doc) -> None:
    a, b = V.handle(rng), V.handle(rng)
    while b == a:
        b = V.handle(rng)
    stamp = rng.random() < 0.4
    clock = [rng.randint(0, 22 * 60)]  # minutes since midnight, moving forward line by line
    if rng.random() < 0.5:
        d.t(rng.choice(["pasted by reporter:\n", "chat export (discord dm)\n", "screenshot transcript:\n", ""]))
    turns: list[Callable[[Doc, str], None]] = []

    def line(speaker: str, body: Callable[[Doc], None]) -> Callable[[Doc, str], None]:
        def emit(doc: Doc, _: str) -> None:
            if stamp:
                clock[0] = min(clock[0] + rng.randint(0, 9), 23 * 60 + 59)
                doc.t(f"[{clock[0] // 60:02d}:{clock[0] % 60:02d}] ")
            doc.v("USERNAME", speaker).t(rng.choice([": ", ": ", " : ", ":"]))
            body(doc)
            doc.t("\n")

        return emit

    filler = ["hey", "sup", "wyd", "lol", "ok", "u there?", "brb", "omg", "ya", "k", "dont tell ur mom ok",
              "this is our secret", "send a pic", "nvm", "haha same", "why r u so quiet"]  # fmt: skip

    def f(text: str) -> Callable[[Doc], None]:
        return lambda doc: doc.t(text)

    def real_name(doc: Doc) -> None:
        style = rng.randrange(4)
        if style == 0:
            doc.t(rng.choice(["", "its ", "im "])).v("PERSON", rng.choice(CHAT_FIRST))
        elif style == 1:
            doc.t("its ").v("PERSON", V.latin_name(rng).lower())
        elif style == 2:
            doc.v("PERSON", V.script_name(rng))
        else:
            doc.t("my name is ").v("PERSON", V.latin_name(rng))

    def how_old(doc: Doc) -> None:
        n, label = age(rng, minor=rng.random() < 0.7)
        style = rng.randrange(4)
        if style == 0:
            doc.v(label, n)
        elif style == 1:
            doc.t("im ").v(label, n).t(rng.choice(["", " u?", " wbu"]))
        elif style == 2:
            doc.v(label, n).t("/" + rng.choice("fm") + "/")
            put_town(doc, rng, "lower")
        else:
            doc.t("turning ").v(label, n).t(" next month")

    def add_me(doc: Doc) -> None:
        style = rng.randrange(4)
        if style == 0:
            doc.t(rng.choice(["add me on snap ", "add me: ", "add me on discord "])).v("USERNAME", V.handle(rng))
        elif style == 1:
            doc.t("my insta ").v("URL", V.profile_url(rng))
        elif style == 2:
            doc.t("text me ").v("PHONE_NUMBER", V.phone(rng))
        else:
            doc.t("email me ").v("EMAIL_ADDRESS", V.email_obfuscated(rng))

    def login(doc: Doc) -> None:
        style = rng.randrange(3)
        if style == 0:
            doc.t("my login is ").v("USERNAME", V.handle(rng)).t(" pw ").v("CREDENTIAL", V.password(rng))
        elif style == 1:
            doc.t("login: ").v("USERNAME", V.handle(rng)).t(" / pass: ").v("CREDENTIAL", V.password(rng))
        else:
            doc.t("the pin for my phone is ").v("CREDENTIAL", V.pin(rng))

    def where(doc: Doc) -> None:
        style = rng.randrange(4)
        if style == 0:
            doc.t(rng.choice(["i live in ", "im from ", "im near "]))
            put_town(doc, rng, "lower")
        elif style == 1:
            doc.t("come to ").v("STREET_ADDRESS", V.street(rng)).t(" after school")
        elif style == 2:
            doc.t("my sister ").v("PERSON", rng.choice(CHAT_FIRST)).t(" is home alone")
        else:
            doc.t("meet at the park in ")
            put_town(doc, rng)

    questions = [
        (rng.choice(["whats ur real name", "wats ur name", "real name?"]), real_name),
        (rng.choice(["how old r u", "asl?", "u look older, how old", "age?"]), how_old),
        (rng.choice(["how do i find u", "got snap?", "whats ur number"]), add_me),
        (rng.choice(["how do i log in to ur account", "give me ur login", "what's ur pin"]), login),
        (rng.choice(["where do u live", "u close by?", "where r u"]), where),
    ]
    rng.shuffle(questions)
    for q, answer in questions[: rng.randint(2, 4)]:
        if rng.random() < 0.4:
            turns.append(line(rng.choice([a, b]), f(rng.choice(filler))))
        turns.append(line(a, f(q)))
        turns.append(line(b, answer))
    for emit in turns:
        emit(d, "")


# --- register 2: OCR'd and pasted forms ---------------------------------------------------------------------


def form_line(rng: Rng, d: Doc) -> None:
    sep = rng.choice([" | ", " | ", "; ", "\t", "  "])
    label = lambda s: rng.choice([s, s.replace("O", "0"), s.replace("S", "5"), s + ":", s.replace(" ", "")])  # noqa: E731
    name_value = rng.choice(
        [V.latin_name(rng).upper(), V.latin_name(rng).upper(), V.latin_name(rng), V.script_name(rng)]
    )

    def nm() -> None:
        d.t(label("NAME") + " ").v("PERSON", name_value)

    def db() -> None:
        d.t(label("DOB") + " ").v("DATE_OF_BIRTH", dob(rng))

    def sn() -> None:
        d.t(label("SSN") + " ").v("US_SSN", V.ssn(rng))

    def nid() -> None:
        value, word = V.national_id(rng)
        d.t(word.upper() + " ").v("NATIONAL_ID", value)

    def ph() -> None:
        d.t(label("PHONE") + " ").v("PHONE_NUMBER", V.phone(rng))

    def ad() -> None:
        d.t(label("ADDRESS") + " ").v("STREET_ADDRESS", V.street(rng).upper()).t(", ")
        put_town(d, rng, "upper")

    def ag() -> None:
        n, lab = age(rng)
        d.t(label("AGE") + " ").v(lab, n)

    def pl() -> None:
        d.t(label("VEH REG") + " ").v("VEHICLE_PLATE", V.plate(rng))

    def em() -> None:
        d.t(label("EMAIL") + " ").v("EMAIL_ADDRESS", rng.choice([V.email_plain, V.email_obfuscated])(rng))

    fields = [nm, rng.choice([db, ag]), rng.choice([sn, nid, nid]), ph, ad, pl, em]
    first, rest = fields[0], fields[1:]
    rng.shuffle(rest)
    chosen = [first, *rest[: rng.randint(2, 5)]]
    if rng.random() < 0.3:
        d.t(rng.choice(["INTAKE FORM (scan p.2)\n", "== OCR ==\n", "REPORTING PARTY\n"]))
    for i, field_fn in enumerate(chosen):
        if i:
            d.t(sep)
        field_fn()


def pasted_table(rng: Rng, d: Doc) -> None:
    """A pasted table: a header, then rows of values with no context word in the cells."""
    kinds: list[tuple[str, str, Callable[[Rng], str]]] = [
        ("ssn", "US_SSN", V.ssn),
        ("card", "CREDIT_CARD", V.card),
        ("iban", "IBAN_CODE", V.iban_code),
        ("routing", "ABA_ROUTING_NUMBER", V.routing),
        ("id_doc", "US_DRIVER_LICENSE", V.florida_licence),
        ("ref", "NATIONAL_ID", lambda r: V.national_id(r)[0]),
        ("contact", "PHONE_NUMBER", V.phone),
        ("tag", "VEHICLE_PLATE", V.plate),
        ("src", "IP_ADDRESS", V.ipv6),
        ("acct", "US_BANK_NUMBER", V.bank_account),
    ]
    cols = rng.sample(kinds, rng.randint(1, 3))
    header = rng.choice(["name", "Name", "who", "col1"])
    if rng.random() < 0.5:  # headers that say nothing about the values
        cols_header = [f"c{i + 2}" for i in range(len(cols))]
    else:
        cols_header = [c[0] for c in cols]
    d.t(" | ".join([header, *cols_header]) + "\n")
    for _ in range(rng.randint(2, 4)):
        nm = rng.choice([V.latin_name(rng), V.latin_name(rng).upper(), V.script_name(rng)])
        d.v("PERSON", nm)
        for _, label, make in cols:
            d.t(" | ").v(label, make(rng))
        d.t("\n")


def kv_block(rng: Rng, d: Doc) -> None:
    """A key-value block from an OCR'd intake form, labels in caps."""
    c = V.CULTURES[rng.randrange(len(V.CULTURES))]
    d.t("SURNAME: ").v("PERSON", rng.choice(c.family).upper() if c.latin else rng.choice(c.family))
    d.t("\nGIVEN NAMES: ").v("PERSON", rng.choice(c.given).upper() if c.latin else rng.choice(c.given))
    d.t("\nDATE OF BIRTH: ").v("DATE_OF_BIRTH", dob(rng, minor=rng.random() < 0.5))
    if rng.random() < 0.7:
        d.t("\nTOWN: ")
        put_town(d, rng, "upper" if rng.random() < 0.5 else "")
    value, word = V.national_id(rng)
    d.t(f"\n{word.upper()}: ").v("NATIONAL_ID", value)
    if rng.random() < 0.5:
        d.t("\nEMERGENCY CONTACT: ").v("PERSON", any_name(rng)).t(" ").v("PHONE_NUMBER", V.phone(rng))
    if rng.random() < 0.4:
        d.t("\nIP LOG: ").v("IP_ADDRESS", V.ipv6(rng)).t(rng.choice(["/64", "/48", "%eth0", ""]))
    d.t("\n")


def forms(rng: Rng, d: Doc) -> None:
    rng.choice([form_line, form_line, pasted_table, kv_block])(rng, d)


# --- register 3: international hotline tips -----------------------------------------------------------------


def tip(rng: Rng, d: Doc) -> None:
    d.t(rng.choice(["", "Tip received via web form. ", "Caller (anonymous) states: ", "Referral from partner line: "]))
    sentences: list[Callable[[], None]] = []

    def suspect_age() -> None:
        n, label = age(rng, minor=False)
        style = rng.randrange(3)
        if style == 0:
            d.t("An " if n.startswith("8") or n in ("11", "18") else "A ").v(label, n).t("-year-old man from ")
            put_town(d, rng)
            d.t(" has been contacting girls online. ")
        elif style == 1:
            d.t("The suspect, aged ").v(label, n).t(", lives near ")
            put_town(d, rng)
            d.t(". ")
        else:
            d.t("Her stepfather ").v("PERSON", any_name(rng)).t(" (aged ").v(label, n).t(") drives her to school. ")

    def child() -> None:
        n, label = age(rng, minor=True)
        style = rng.randrange(3)
        if style == 0:
            d.v("PERSON", rng.choice([V.latin_name(rng), V.name(rng, full=False), V.script_name(rng)]))
            d.t(", ").v(label, n).t(", was last seen in ")
            put_town(d, rng)
            d.t(". ")
        elif style == 1:
            d.t("Her daughter ").v("PERSON", any_name(rng)).t(" is only ").v(label, n).t(". ")
        else:
            d.t("The boy, ").v(label, n).t(", attends a school in ")
            put_town(d, rng)
            d.t(rng.choice([". ", " according to his teacher. "]))

    def contact() -> None:
        style = rng.randrange(4)
        if style == 0:
            d.t("He gave his number as ").v("PHONE_NUMBER", V.phone(rng)).t(". ")
        elif style == 1:
            d.t("He writes from ").v("EMAIL_ADDRESS", V.email_obfuscated(rng)).t(". ")
        elif style == 2:
            d.t("His profile: ").v("URL", V.profile_url(rng)).t(" ")
        else:
            d.t("Uses the handle ").v("USERNAME", V.handle(rng)).t(" on several games. ")

    def ident() -> None:
        value, word = V.national_id(rng)
        d.t(rng.choice(["The caller read out his ", "A photo of the ID shows ", "She gave the girl's "]))
        d.t(word + " ").v("NATIONAL_ID", value).t(". ")

    def vehicle() -> None:
        d.t(rng.choice(["He drives a grey Corolla, plate ", "Van with registration ", "Car tag "]))
        d.v("VEHICLE_PLATE", V.plate(rng)).t(rng.choice([". ", " seen twice outside the school. "]))

    def network() -> None:
        d.t("Uploads came from ").v("IP_ADDRESS", V.ipv6(rng)).t(rng.choice(["/64", "", "%wlan0", "/56"]) + " and ")
        d.v("IP_ADDRESS", V.ipv4(rng)).t(". ")

    def cred() -> None:
        style = rng.randrange(3)
        if style == 0:
            d.t("He took her login: ").v("USERNAME", V.handle(rng)).t(" / ").v("CREDENTIAL", V.password(rng)).t(". ")
        elif style == 1:
            d.t("A cloud key was posted with the files: ").v("CREDENTIAL", V.aws_key(rng)).t(" secret ")
            d.v("CREDENTIAL", V.aws_secret(rng)).t(". ")
        else:
            d.t("The bot token in the channel: ").v("CREDENTIAL", V.github_token(rng)).t(". ")

    def place() -> None:
        d.t(rng.choice(["They meet at ", "She stays at "])).v("STREET_ADDRESS", V.street(rng)).t(" in ")
        put_town(d, rng)
        d.t(". ")

    sentences = [suspect_age, child, contact, ident, vehicle, network, cred, place]
    first = rng.choice([suspect_age, child])
    rest = [s for s in sentences if s is not first]
    rng.shuffle(rest)
    for s in [first, *rest[: rng.randint(1, 3)]]:
        s()


# --- register 4: donation and volunteer memos ---------------------------------------------------------------


def memo(rng: Rng, d: Doc) -> None:
    if rng.random() < 0.5:
        d.t(rng.choice(["Donation memo. ", "GIFT LOG - ", "Donor note: "]))
        d.t(rng.choice(["Donor ", "From ", "Received from "])).v("PERSON", any_name(rng))
        paren = rng.random() < 0.5
        d.t(" (" if paren else ", ").v("EMAIL_ADDRESS", rng.choice([V.email_plain, V.email_obfuscated])(rng))
        d.t("), " if paren else ", ")
        pay = rng.randrange(4)
        if pay == 0:
            d.t(f"${rng.randint(10, 5000)} by card ").v("CREDIT_CARD", V.card(rng)).t(". ")
        elif pay == 1:
            d.t("transfer from IBAN ").v("IBAN_CODE", V.iban_code(rng)).t(". ")
        elif pay == 2:
            d.t("ACH routing ").v("ABA_ROUTING_NUMBER", V.routing(rng)).t(" account ")
            d.v("US_BANK_NUMBER", V.bank_account(rng)).t(". ")
        else:
            d.t("cheque, drawn on ").v("ABA_ROUTING_NUMBER", V.routing(rng)).t(". ")
        if rng.random() < 0.6:
            d.t(rng.choice(["In memory of her grandmother ", "In honour of ", "Gift for "]))
            d.v("PERSON", any_name(rng)).t(rng.choice([". ", ", who loved this work. "]))
        if rng.random() < 0.4:
            d.t("Mailing address ").v("STREET_ADDRESS", V.street(rng)).t(", ")
            put_town(d, rng)
            d.t(".")
        return
    d.t(rng.choice(["Volunteer file: ", "VOLUNTEER ONBOARDING - ", "Background check note: "]))
    nm = V.latin_name(rng).upper() if rng.random() < 0.3 else any_name(rng)
    n, label = age(rng, minor=rng.random() < 0.15)
    d.v("PERSON", nm).t(", ").v(label, n).t(", from ")
    put_town(d, rng)
    d.t(". ")
    extras: list[Callable[[], None]] = [
        lambda: d.t("Emergency contact: ").v("PERSON", any_name(rng)).t(" ").v("PHONE_NUMBER", V.phone(rng)).t(". "),
        lambda: d.t("DL ").v("US_DRIVER_LICENSE", V.florida_licence(rng)).t(". "),
        lambda: d.t("Parks a car with plate ").v("VEHICLE_PLATE", V.plate(rng)).t(". "),
        lambda: d.t("SSN on file ").v("US_SSN", V.ssn(rng)).t(", DOB ").v("DATE_OF_BIRTH", dob(rng)).t(". "),
        lambda: (lambda val_word: d.t(val_word[1] + ": ").v("NATIONAL_ID", val_word[0]).t(". "))(V.national_id(rng)),
        lambda: (
            d.t("Portal login ")
            .v("USERNAME", V.handle(rng))
            .t(", temp password ")
            .v("CREDENTIAL", V.password(rng))
            .t(". ")
        ),
        lambda: d.t("CRM API key ").v("CREDENTIAL", V.stripe_key(rng)).t(" was pasted in her e-mail by mistake. "),
        lambda: d.t("Lives at ").v("STREET_ADDRESS", V.street(rng)).t(". "),
    ]
    rng.shuffle(extras)
    for e in extras[: rng.randint(2, 4)]:
        e()


# --- PII-free look-alikes -----------------------------------------------------------------------------------


def _price(rng: Rng) -> str:
    return rng.choice(["$", "€", "£", "USD "]) + f"{rng.randint(5, 99999):,}.{rng.randint(0, 99):02d}"


def _date(rng: Rng) -> str:
    us = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2019, 2026)}"
    iso = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return rng.choice([us, iso, f"Q{rng.randint(1, 4)} 2025"])


def _hex(rng: Rng, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _isbn(rng: Rng) -> str:
    from stdnum import ean

    body = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    v = body + ean.calc_check_digit(body)
    return f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}" if rng.random() < 0.5 else v


def _ver(rng: Rng) -> str:
    return f"{rng.randint(0, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 20)}"


def negative(rng: Rng, d: Doc) -> None:
    r = rng
    options: list[Callable[[], str]] = [
        lambda: (
            f"Vendor review {_date(r)}: invoices from {r.choice(FIRMS)} and {r.choice(FIRMS)} approved; "
            f"PO-{r.randint(100000, 999999)} for {_price(r)}."
        ),
        lambda: (
            f"Meeting moved to {r.choice(ROOMS)} on {_date(r)} at {r.randint(1, 12)}:{r.choice(['00', '30'])} pm. "
            f"Bring the {r.choice(FIRMS)} contract (ref CT-{r.randint(1000, 9999)})."
        ),
        lambda: (
            f"Ticket OPS-{r.randint(100, 9999)} / INC{r.randint(1000000, 9999999)}: build {_hex(r, 7)} failed on "
            f"v{_ver(r)}; rolled back to {_ver(r)}."
        ),
        lambda: f"ISBN {_isbn(r)} ordered for the library from Barnes & Noble, {_price(r)}; delivery {_date(r)}.",
        lambda: (
            f"Grant R01-HD-{r.randint(100000, 999999)} awarded; cost centre GL {r.randint(1000, 9999)}-"
            f"{r.randint(100, 999)}; account code ACC-{r.randint(10, 99)}-{r.randint(1000, 9999)}."
        ),
        lambda: (
            f"SKU {r.randint(1000, 9999)}-{r.randint(10, 99)}-{r.choice('XYZ')} {r.choice(PRODUCTS)} restocked: "
            f"{r.randint(2, 400)} units at {_price(r)} each."
        ),
        lambda: f"Commit {_hex(r, 40)} merged into release-{_ver(r)}; image sha256:{_hex(r, 64)}.",
        lambda: (
            f"Board minutes {_date(r)}: {r.choice(ROOMS)} will be renovated; {r.choice(FIRMS)} donated "
            f"{_price(r)} worth of equipment."
        ),
        lambda: (
            f"Hotline stats week {r.randint(1, 52)}: {r.randint(50, 900)} calls, {r.randint(5, 300)} chats, "
            f"average wait {r.randint(1, 30)} min; {r.randint(1, 99)}% answered in {r.randint(1, 5)} rings."
        ),
        lambda: (
            f"Password policy: at least {r.randint(10, 16)} characters, rotated every {r.choice([60, 90])} days; "
            f"MFA required for the {r.choice(FIRMS)} portal."
        ),
        lambda: (
            f"Summer programme for ages {r.randint(6, 9)}-{r.randint(10, 14)}; capacity {r.randint(10, 60)}; "
            f"sessions in {r.choice(ROOMS)}."
        ),
        lambda: (
            f"trace id {_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-a{_hex(r, 3)}-{_hex(r, 12)} latency "
            f"{r.randint(20, 900)} ms; status 200; version {_ver(r)}."
        ),
        lambda: (
            f"Cafeteria menu: 拉面 ¥{r.randint(600, 1200)}, 김치찌개 ₩{r.randint(7, 12)},000, καφές "
            f"€{r.randint(1, 4)}.{r.choice(['20', '50'])}; order #{r.randint(1000, 9999)}."
        ),
        lambda: (
            f"Shares of {r.choice(FIRMS)} closed at {_price(r)}; {r.choice(FIRMS)} "
            f"fell {r.randint(1, 9)}.{r.randint(0, 9)}% on {_date(r)}."
        ),
        lambda: (
            f"Fleet: {r.choice(['Harley-Davidson', 'Ford Transit', 'Mercedes-Benz Sprinter'])} unit "
            f"{r.randint(10, 99)} serviced; odometer {r.randint(10000, 99999)} km; next service {_date(r)}."
        ),
        lambda: (
            f"WAREHOUSE {r.choice('ABCD')}{r.randint(1, 9)} - BIN {r.randint(100, 999)} - LOT {r.randint(10000, 99999)}"
            f" - QTY {r.randint(1, 500)} - {r.choice(PRODUCTS).upper()}."
        ),
        lambda: (
            f"Release notes {_ver(r)}: fixed the {r.choice(ROOMS)} booking bug (#{r.randint(100, 9999)}); "
            f"upgraded libssl to {_ver(r)}."
        ),
    ]
    picks = rng.sample(options, rng.randint(1, 3))
    d.t(" ".join(p() for p in picks))


REGISTERS: tuple[tuple[str, Callable[[Rng, Doc], None]], ...] = (
    ("chat", chat),
    ("form", forms),
    ("tip", tip),
    ("memo", memo),
)


def generate(seed: int = DEFAULT_SEED, per_register: int = 100, negatives: int = 200) -> tuple[list, list]:
    rng = random.Random(seed)
    docs = []
    for name, make in REGISTERS:
        for i in range(per_register):
            d = Doc()
            make(rng, d)
            docs.append(d.build(f"ho2-{name}-{i:03d}", name))
    negs = []
    for i in range(negatives):
        d = Doc()
        negative(rng, d)
        negs.append(d.build(f"ho2-neg-{i:03d}", "negative"))
    return docs, negs


def write(path: Path, docs: list[dict]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=Path("tests/data/heldout"))
    args = parser.parse_args()
    docs, negs = generate(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "heldout_v2.jsonl", docs)
    write(args.out / "heldout_negatives_v2.jsonl", negs)
    print(f"wrote {len(docs)} + {len(negs)} documents to {args.out}")


if __name__ == "__main__":
    main()
