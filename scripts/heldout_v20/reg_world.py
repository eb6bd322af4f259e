"""Register 5: world_tips_j — informal hotline tips in 20 language varieties."""

from __future__ import annotations

import json
import re

import ids
from core import MID, OPEN, L
from people import REF, ascii_fold
from world_langs import IBAN_CC, ID_MAKERS, LANGS, ORDER, date_for

ROM = {
    "ka": ["nino", "giorgi", "beridze", "lasha", "tamuna", "dato"],
    "hy": ["ani", "aram", "petrosyan", "tigran", "gayane", "vahe"],
    "kk": ["aigul", "erlan", "nurlan", "dinara", "askar", "moldir"],
    "mn": ["bat", "oyunaa", "temuulen", "nomin", "enkhbold", "saraa"],
    "km": ["sophea", "sokha", "dara", "chanthy", "rathana", "vannak"],
    "lo": ["somphone", "manivone", "bounmy", "keo", "thongsouk", "daovy"],
    "my": ["kyawzin", "maythu", "aungko", "nhinwei", "zawwin", "theint"],
    "si": ["dilrukshi", "chaminda", "ruwan", "perera", "kasun", "tharushi"],
    "ne": ["bikash", "sita", "shrestha", "gurung", "deepak", "puja"],
    "am": ["selam", "dawit", "tesfaye", "bekele", "meseret", "yohannes"],
}
DOMAINS = {
    "eu": ["euskaltel.net", "gmail.com"],
    "cy": ["btinternet.com", "gmail.com"],
    "ga": ["eircom.net", "gmail.com"],
    "mt": ["maltanet.net", "gmail.com"],
    "lb": ["pt.lu", "gmail.com"],
    "is": ["simnet.is", "gmail.com"],
    "ka": ["mail.ru", "gmail.com"],
    "hy": ["mail.ru", "yandex.ru"],
    "az": ["mail.ru", "gmail.com"],
    "kk": ["mail.kz", "mail.ru"],
    "mn": ["gmail.com", "yahoo.com"],
    "km": ["gmail.com", "yahoo.com"],
    "lo": ["gmail.com", "laotel.com"],
    "my": ["gmail.com", "yahoo.com"],
    "si": ["gmail.com", "sltnet.lk"],
    "ne": ["gmail.com", "wlink.com.np"],
    "am": ["gmail.com", "ethionet.et"],
    "so": ["gmail.com", "hotmail.com"],
    "yo": ["yahoo.com", "gmail.com"],
    "zu": ["webmail.co.za", "gmail.com"],
}
NATIVE_DIGITS = {"km", "lo", "my", "ne"}
CODESWITCH = [
    "pls",
    "ASAP",
    "btw",
    "ok?",
    "FYI",
    "sorry",
    "thanks",
    "urgent!!",
    "lol no joke",
    "idk",
]


class Local:
    def __init__(self, rng, lang, sex=None, age=None):
        self.rng = rng
        self.lang = lang
        self.sex = sex or rng.choice("FM")
        g = rng.choice(lang["fem"] if self.sex == "F" else lang["mal"])
        self.first = g
        sur = lang.get("sur")
        if sur is None:
            self.full = g
        elif lang.get("mongol"):
            pat = rng.choice(sur)
            self.full = rng.choice([f"{pat} {g}", f"{pat[0]}. {g}", f"{pat[0]}.{g}"])
        else:
            if self.sex == "F" and lang.get("sur_f"):
                s = rng.choice(lang["sur_f"])
            else:
                s = rng.choice(sur)
                if self.sex == "F" and lang.get("fem_suffix"):
                    s += lang["fem_suffix"]
            if lang.get("two_surnames"):
                s = f"{s} {rng.choice([x for x in sur if x != s])}"
            self.full = f"{s} {g}" if lang.get("family_first") else f"{g} {s}"
        self.age = age if age is not None else rng.randint(19, 78)
        y = REF.year - self.age
        self.dob = ids.rand_date(rng, y - 1, y - 1) if rng.random() < 0.25 else ids.rand_date(rng, y, y)
        if (self.dob.month, self.dob.day) > (REF.month, REF.day) and self.dob.year == y:
            self.dob = self.dob.replace(year=y - 1)

    def romanised(self):
        code = self.lang["code"]
        base = ascii_fold(self.first) if code not in ROM else self.rng.choice(ROM[code])
        if not base:
            base = self.rng.choice(ROM.get(code, ["info"]))
        return base


def _values(rng, lang):
    code = lang["code"]
    p = Local(rng, lang, sex="M" if code in MALE_SUBJECT else None)
    q = Local(rng, lang)
    r = p.romanised()
    ph = ids.phone(rng, lang["region"], style=rng.choice(["intl", "national", "national", "e164"]))
    if code in NATIVE_DIGITS and rng.random() < 0.5:
        ph = ph.translate(lang["digits"])
    email = f"{r}{rng.choice(['', '.', '_'])}{rng.choice([str(p.dob.year), str(rng.randint(1, 99)), ascii_fold(p.full.split()[-1])[:6] if code not in ROM else ''])}@{rng.choice(DOMAINS[code])}"
    email = email.replace("._@", "@").replace(".@", "@").replace("_@", "@")
    kid_age = str(rng.randint(3, 16))
    age = str(p.age)
    if code in NATIVE_DIGITS and rng.random() < 0.5:
        kid_age = kid_age.translate(lang["digits"])
        age = age.translate(lang["digits"])
    v = {
        "P": L("PERSON", p.full),
        "F": L("PERSON", p.first),
        "Q": L("PERSON", q.full),
        "A": L("AGE", age),
        "K": L("MINOR_AGE", kid_age),
        "T": L("LOCATION", rng.choice(lang["towns"])),
        "S": L("STREET_ADDRESS", lang["addr"](rng, L)),
        "PH": L("PHONE_NUMBER", ph),
        "D": L("DATE_OF_BIRTH", date_for(code, p.dob, rng)),
        "ID": L("NATIONAL_ID", ID_MAKERS[code](rng, p.dob)),
        "E": L("EMAIL_ADDRESS", email),
        "C": L("MEDICAL_CONDITION", rng.choice(lang["med"])),
        "X": L("CRIMINAL_HISTORY", rng.choice(lang["crime"])),
        "U": L("USERNAME", "@" + r + str(rng.randint(1, 999))),
    }
    cc = IBAN_CC.get(code)
    v["IB"] = L("IBAN_CODE", ids.iban(rng, cc)) if cc else None
    return v


def _fill(s, v):
    return re.sub(r"\{([A-Z]+)\}", lambda m: v[m.group(1)] or "", s)


def _sentences(rng, lang, v, n=None):
    s = lang["s"]
    n = n or rng.randint(3, len(s))
    chosen = [s[0]] + sorted(rng.sample(s[1:], n - 1), key=s.index)
    return [_fill(x, v) for x in chosen]


def _lower(t):
    t = t.lower()
    return re.sub(f"{OPEN}([a-z_]+){MID}", lambda m: f"{OPEN}{m.group(1).upper()}{MID}", t)


def _upper(t):
    return re.sub(f"{OPEN}([A-Z_]+){MID}", lambda m: f"{OPEN}{m.group(1)}{MID}", t.upper())


def _fields(lang, v, keys):
    f = lang["f"]
    m = {
        "name": "P",
        "born": "D",
        "age": "A",
        "town": "T",
        "addr": "S",
        "phone": "PH",
        "id": "ID",
        "email": "E",
    }
    return [(f[k], v[m[k]]) for k in keys]


def s_narrative(rng, lang, v):
    paras = [" ".join(_sentences(rng, lang, v))]
    for _ in range(rng.choice([0, 0, 0, 1, 3, 5])):
        paras.append(" ".join(_sentences(rng, lang, _values(rng, lang))))
    return "\n\n".join(paras)


def s_form(rng, lang, v):
    keys = ["name", "born", "age", "town", "addr", "phone", "id", "email"]
    keys = [k for k in keys if rng.random() < 0.85 or k == "name"]
    lines = [f"{lang['f']['tip'].upper()} #{ids.digits(rng, 5)}"] + [f"{a}: {b}" for a, b in _fields(lang, v, keys)]
    lines.append(f"{lang['f']['note']}: " + " ".join(_sentences(rng, lang, v, 2)[1:]))
    return "\n".join(lines)


def s_sms(rng, lang, v):
    return (
        _lower(" ".join(_sentences(rng, lang, v)).replace("。", " ").replace(". ", " "))
        + " "
        + rng.choice(["🙏", "!!", "...", ""])
    )


def s_chat(rng, lang, v):
    h, m = rng.randint(6, 23), rng.randint(0, 50)
    out = []
    sents = _sentences(rng, lang, v)
    for _ in range(rng.choice([0, 0, 1, 2])):
        sents += _sentences(rng, lang, _values(rng, lang))
    for s in sents:
        m += rng.randint(0, 4)
        out.append(f"[{h:02d}:{m % 60:02d}] {s}")
    return "\n".join(out)


def s_email(rng, lang, v):
    f = lang["f"]
    body = "\n\n".join(_sentences(rng, lang, v))
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        body += "\n\n———\n\n" + "\n\n".join(_sentences(rng, lang, _values(rng, lang)))
    return f"{f['subj']}: {f['tip']} — {v['T']}\n{f['email']}: {v['E']}\n\n" + body + f"\n\n{v['Q']}\n{v['PH']}"


def s_table(rng, lang, v):
    f = lang["f"]
    other = _values(rng, lang)
    rows = [
        f"| {f['name']} | {f['age']} | {f['town']} | {f['phone']} |",
        "|---|---|---|---|",
    ]
    for vv in (v, other):
        rows.append(f"| {vv['P']} | {vv['A']} | {vv['T']} | {vv['PH']} |")
    return "\n".join(rows) + "\n\n" + " ".join(_sentences(rng, lang, v, 3)[1:])


def s_json(rng, lang, v):
    f = lang["f"]
    obj = {
        f["name"]: v["P"],
        f["born"]: v["D"],
        f["addr"]: v["S"],
        f["phone"]: v["PH"],
        f["id"]: v["ID"],
        f["note"]: " ".join(_sentences(rng, lang, v, 3)[1:]),
    }
    if v["IB"]:
        obj["IBAN"] = v["IB"]
    return json.dumps(obj, ensure_ascii=False, indent=2)


def s_bullets(rng, lang, v):
    f = lang["f"]
    sents = _sentences(rng, lang, v)
    items = [
        f"• {f['who']}: {v['P']} ({v['A']})",
        f"• {f['addr']}: {v['S']}, {v['T']}",
        f"• {f['phone']}: {v['PH']}",
        f"• {f['what']}: {sents[-1]}",
    ]
    if v["IB"]:
        items.append(f"• IBAN: {v['IB']}")
    return "\n".join(items)


def s_codeswitch(rng, lang, v):
    sents = _sentences(rng, lang, v)
    out = []
    for s in sents:
        out.append(s)
        if rng.random() < 0.5:
            out.append(rng.choice(CODESWITCH))
    return " ".join(out) + f" {v['U']}"


CASELESS = {"ka", "km", "lo", "my", "si", "ne", "am"}
MALE_SUBJECT = {"ga", "cy", "mt", "lb", "is", "so", "am"}


def s_caps(rng, lang, v):
    if lang["code"] in CASELESS:
        return " ".join(_sentences(rng, lang, v)) + " !!!"
    return _upper(" ".join(_sentences(rng, lang, v))) + " !!!"


def s_quoted(rng, lang, v):
    sents = _sentences(rng, lang, v, 4)
    return "> " + "\n> ".join(sents[:2]) + "\n\n" + " ".join(sents[2:]) + f"\n{v['E']}"


def s_voicemail(rng, lang, v):
    sents = _sentences(rng, lang, v)
    return f"🎙 0{rng.randint(0, 2)}:{rng.randint(10, 59)}\n" + " … ".join(sents) + f" … {v['PH']} … {v['PH']}"


def s_csv(rng, lang, v):
    f = lang["f"]
    other = _values(rng, lang)
    head = ";".join([f["name"], f["born"], f["id"], f["phone"], f["email"]])
    rows = [";".join([vv["P"], vv["D"], vv["ID"], vv["PH"], vv["E"]]) for vv in (v, other)]
    return head + "\n" + "\n".join(rows) + "\n# " + " ".join(_sentences(rng, lang, v, 2)[1:])


def s_kv(rng, lang, v):
    f = lang["f"]
    extra = f" IBAN={v['IB']}" if v["IB"] else ""
    return (
        f'{f["time"]}={rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} {f["name"]}="{v["P"]}" {f["age"]}={v["A"]} {f["town"]}="{v["T"]}" '
        f"{f['phone']}={v['PH']} {f['id']}={v['ID']}{extra}\n" + " ".join(_sentences(rng, lang, v, 3)[1:])
    )


STRUCTURES = [
    s_narrative,
    s_form,
    s_sms,
    s_chat,
    s_email,
    s_table,
    s_json,
    s_bullets,
    s_codeswitch,
    s_caps,
    s_quoted,
    s_voicemail,
    s_csv,
    s_kv,
]


def _make(k):
    code = ORDER[k % len(ORDER)]
    struct = STRUCTURES[(k * 3 + k // len(ORDER)) % len(STRUCTURES)]

    def tpl(rng):
        lang = LANGS[code]
        v = _values(rng, lang)
        return struct(rng, lang, v)

    tpl.__name__ = f"world_{code}_{struct.__name__}"
    return tpl


TEMPLATES = [_make(k) for k in range(80)]
