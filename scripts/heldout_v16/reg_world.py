"""Register 5: world_tips_f — web-form tips in 20 languages, 4 documents each."""

from __future__ import annotations

import core
from core import B, L, pick, digits, letters
import people as P
from world_langs import LANGS, ORDER, EN_FRAGMENTS


MALE = {
    "br": ["Yannig", "Tangi", "Erwan", "Loeiz", "Goulven"],
    "co": ["Ghjuvan", "Paulu", "Ghjacumu", "Francescu", "Dumenicu"],
    "hsb": ["Jan", "Pětr", "Beno", "Mikławš", "Feliks"],
    "rom": ["Dežo", "Štefan", "Rudolf", "Ernest", "Imrich"],
    "ce": ["Ислам", "Ахмад", "Хамзат", "Ибрагим"],
    "kmr": ["Rojhat", "Azad", "Şervan", "Baran", "Dilovan"],
    "prs": ["احمد", "عبدالله", "نجیب‌الله", "جاوید"],
    "bho": ["बबलू", "राजेश", "धर्मेंद्र", "विकास", "रिंकू"],
    "sat": ["ᱥᱟᱞᱠᱷᱟᱱ", "ᱢᱟᱝᱜᱟᱞ", "ᱞᱟᱠᱷᱟᱱ", "ᱥᱩᱠᱨᱟᱢ"],
    "hmn": ["Tou", "Kou", "Chue", "Pheng", "Txoov"],
    "tet": ["Armindo", "Jacinto", "Agostinho", "Domingos", "Mateus"],
    "to": ["Sione", "Viliami", "Tevita", "Siosaia", "Sitani"],
    "tpi": ["Boni", "Michael", "Simon", "Pius", "Jacob"],
    "ln": ["Fiston", "Dieudonné", "Blaise", "Trésor", "Exaucé"],
    "lg": ["Ssekandi", "Mukasa", "Kizito", "Ssali", "Lubega"],
    "st": ["Thabo", "Teboho", "Tšepo", "Mpho"],
    "tw": ["Kwame", "Kofi", "Kwadwo", "Kwabena"],
    "zgh": ["ⵢⵓⴱⴰ", "ⴰⵏⴰⵔ", "ⵎⴰⵙⵉⵍ", "ⴰⵎⴰⵍⵓ", "ⴰⴽⵙⵉⵍ"],
    "gn": ["Derlis", "Ever", "Celso", "Ñamandu"],
    "iu": ["ᐸᐅᓘᓯ", "ᔮᔨ", "ᖃᔮᖅ", "ᑕᒃᑐ", "ᐱᐅᓯ"],
}


class Ctx:
    def __init__(self, rng, code):
        self.rng = rng
        self.code = code
        self.lg = lg = LANGS[code]
        males = [n for n in lg["names"] if n[0].split()[0] in MALE[code]]
        females = [n for n in lg["names"] if n[0].split()[0] not in MALE[code]]
        assert len(males) >= 2 and len(females) >= 2, code
        self.susp = pick(rng, males)
        self.child = pick(rng, females)
        self.rep = pick(rng, [n for n in lg["names"] if n is not self.susp and n is not self.child])
        self.sage = rng.randrange(19, 58)
        self.cage = rng.randrange(9, 17)
        self.town = pick(rng, lg["towns"])
        self.town2 = pick(rng, [t for t in lg["towns"] if t is not self.town])
        reg, pre = lg["phone"]
        self.ph_s = self._phone(reg, pre)
        self.ph_r = self._phone(reg, pre)
        lat_s = self.susp[1] or self.susp[0]
        self.email_s = self._email(lat_s)
        self.email_r = self._email(self.rep[1] or self.rep[0])
        self.user = P.username(rng, P.Person(P.ascii_fold(lat_s.split()[0]), "x", "gb"))
        self.addr = self._addr()
        self.idv = self._id()
        self.geo = core.geo(rng, self.town[3], self.town[4], pick(rng, ["dec", "dec6"]), 0.02)

    def _phone(self, reg, pre):
        rng = self.rng
        prefix, n = pick(rng, pre)
        s = core.phone_prefixed(rng, reg, prefix, n)
        if "digits" in self.lg and rng.random() < 0.35:
            s = core.to_native_digits(s, self.lg["digits"])
        return s

    def _email(self, latin):
        rng = self.rng
        parts = P.ascii_fold(latin).lower().replace("'", "").replace("-", "").split()
        local = pick(
            rng,
            [
                ".".join(parts),
                parts[0] + str(rng.randrange(10, 99)),
                parts[-1] + "_" + parts[0][:3],
                parts[0] + parts[-1][:1] + str(rng.randrange(1990, 2010)),
            ],
        )
        return (
            local
            + "@"
            + pick(
                rng,
                [
                    "gmail.com",
                    "yahoo.com",
                    "outlook.com",
                    "hotmail.com",
                    "proton.me",
                    "mail.ru" if self.code == "ce" else "gmail.com",
                ],
            )
        )

    def tname(self, t=None, latin_ok=True):
        t = t or self.town
        if t[1] and latin_ok and self.rng.random() < 0.2 and not self.lg.get("addr_latin"):
            return t[1]
        return t[0]

    def _addr(self):
        rng = self.rng
        pat = pick(rng, self.lg["addr"])
        t = self.town
        tn = t[1] if (self.lg.get("addr_latin") and t[1]) else t[0]
        pc = P.fill(rng, t[2]) if t[2] else ""
        n = str(rng.randrange(1, 300))
        if "digits" in self.lg and not self.lg.get("addr_latin") and rng.random() < 0.5:
            n = core.to_native_digits(n, self.lg["digits"])
        return pat.format(n=n, pc=pc, t=tn).replace(" ,", ",").strip()

    def _id(self):
        rng = self.rng
        kind = self.lg["id"]
        if kind == "us.ssn":
            return core.ssn(rng)
        d = P.dob(rng, 1965, 2004)
        return core.national_id(rng, kind, dob=d)[1]

    def age(self, n):
        lab = "MINOR_AGE" if n < 18 else "AGE"
        s = str(n)
        if "digits" in self.lg and self.rng.random() < 0.5:
            s = core.to_native_digits(s, self.lg["digits"])
        return L(s, lab)

    def person(self, nm, both=False):
        return L(nm[0], "PERSON")


def _sent(b, ctx, key, *vals):
    b.f(ctx.lg[key], *vals)


def _narr(b, ctx, en=False, lower=False):
    rng = ctx.rng
    lg = ctx.lg
    lw = (lambda s: s.lower()) if lower else (lambda s: s)
    parts = []

    def put(key, *vals):
        fmt = lw(lg[key])
        vv = [L(lw(v[0]), v[1]) if isinstance(v, tuple) else v for v in vals]
        b.f(fmt, *vv)
        b.t(" ")

    put("s_man", L(ctx.susp[0], "PERSON"), ctx.age(ctx.sage), L(ctx.tname(), "LOCATION"))
    if ctx.susp[1] and rng.random() < 0.5 and not lower:
        b.f("(§) ", L(ctx.susp[1], "PERSON"))
    put("s_child", L(ctx.child[0], "PERSON"), ctx.age(ctx.cage))
    if en:
        b.t(pick(rng, EN_FRAGMENTS) + " ")
    put("s_phone", L(ctx.ph_s, "PHONE_NUMBER"))
    put("s_user", L(ctx.user, "USERNAME"))
    if en:
        b.f("his snap is @§ and whatsapp § ", L(ctx.user, "USERNAME"), L(ctx.ph_s, "PHONE_NUMBER"))
    if "ethnic" in lg and rng.random() < 0.7 and not lower:
        fmt, opts = lg["ethnic"]
        b.f(fmt, L(pick(rng, opts), "ETHNIC_ORIGIN"))
        b.t(" ")
    if not lower:
        put("s_addr", L(ctx.addr, "STREET_ADDRESS"))
    put("s_saw", L(ctx.tname(ctx.town2), "LOCATION"))
    if en:
        b.t(pick(rng, EN_FRAGMENTS) + ". ")
    b.t(lw(lg["s_help"]))


def t_form(ctx):
    b = B()
    lab = ctx.lg["lab"]
    rng = ctx.rng
    b.f(
        "§\n\n[§]\n§: §\n§: §\n§: §\n§: §\n",
        lab["title"],
        lab["suspect"],
        lab["name"],
        L(ctx.susp[0], "PERSON"),
        lab["age"],
        ctx.age(ctx.sage),
        lab["phone"],
        L(ctx.ph_s, "PHONE_NUMBER"),
        lab["place"],
        L(ctx.tname(), "LOCATION"),
    )
    if rng.random() < 0.5:
        b.f("GPS: §\n", L(ctx.geo, "GEO_COORDINATES"))
    b.f(
        "\n[§]\n§: §\n§: §\n\n[§]\n§: §\n§: §\n§: §\n§: §\n\n§:\n",
        lab["child"],
        lab["name"],
        L(ctx.child[0], "PERSON"),
        lab["age"],
        ctx.age(ctx.cage),
        lab["reporter"],
        lab["name"],
        L(ctx.rep[0], "PERSON"),
        lab["phone"],
        L(ctx.ph_r, "PHONE_NUMBER"),
        lab["email"],
        L(ctx.email_r, "EMAIL_ADDRESS"),
        lab["addr"],
        L(ctx.addr, "STREET_ADDRESS"),
        lab["desc"],
    )
    if rng.random() < 0.6:
        b.f("§: §\n", lab["id"], L(ctx.idv, ctx.lg["id_label"]))
    _sent(b, ctx, "s_user", L(ctx.user, "USERNAME"))
    b.t(" ")
    _sent(b, ctx, "s_saw", L(ctx.tname(ctx.town2), "LOCATION"))
    b.t(" ")
    _sent(b, ctx, "s_help")
    return b


def t_narrative(ctx):
    b = B()
    b.f("§\n\n", ctx.lg["lab"]["title"])
    _narr(b, ctx)
    b.t("\n\n")
    _sent(b, ctx, "s_me", L(ctx.rep[0], "PERSON"), L(ctx.ph_r, "PHONE_NUMBER"))
    return b


def t_narr_en(ctx):
    b = B()
    b.f("§ / Report\n\n", ctx.lg["lab"]["title"])
    _narr(b, ctx, en=True)
    b.t("\n\n")
    _sent(b, ctx, "s_me", L(ctx.rep[0], "PERSON"), L(ctx.ph_r, "PHONE_NUMBER"))
    b.t(" ")
    _sent(b, ctx, "s_email", L(ctx.email_r, "EMAIL_ADDRESS"))
    b.t("\n(contact me by whatsapp pls)")
    return b


def t_table(ctx):
    b = B()
    lab = ctx.lg["lab"]
    b.f(
        "§\n\n| # | § | § | § | § |\n|---|---|---|---|---|\n",
        lab["title"],
        lab["name"],
        lab["age"],
        lab["phone"],
        lab["place"],
    )
    b.f(
        "| § | § | § | § | § |\n",
        lab["suspect"],
        L(ctx.susp[0], "PERSON"),
        ctx.age(ctx.sage),
        L(ctx.ph_s, "PHONE_NUMBER"),
        L(ctx.tname(), "LOCATION"),
    )
    b.f(
        "| § | § | § | — | § |\n",
        lab["child"],
        L(ctx.child[0], "PERSON"),
        ctx.age(ctx.cage),
        L(ctx.tname(ctx.town2), "LOCATION"),
    )
    b.f("| § | § | — | § | — |\n\n", lab["reporter"], L(ctx.rep[0], "PERSON"), L(ctx.ph_r, "PHONE_NUMBER"))
    _sent(b, ctx, "s_user", L(ctx.user, "USERNAME"))
    b.t(" ")
    _sent(b, ctx, "s_addr", L(ctx.addr, "STREET_ADDRESS"))
    b.t(" ")
    _sent(b, ctx, "s_help")
    return b


def t_kv(ctx):
    b = B()
    lab = ctx.lg["lab"]
    b.f("form=tip\nlang=§\n", ctx.code)
    b.f(
        "§.§=§\n§.§=§\n§.§=§\n§.§=§\n",
        lab["suspect"],
        lab["name"],
        L(ctx.susp[0], "PERSON"),
        lab["suspect"],
        lab["age"],
        ctx.age(ctx.sage),
        lab["suspect"],
        lab["phone"],
        L(ctx.ph_s, "PHONE_NUMBER"),
        lab["suspect"],
        "handle",
        L(ctx.user, "USERNAME"),
    )
    if ctx.susp[1]:
        b.f("§.latin=§\n", lab["suspect"], L(ctx.susp[1], "PERSON"))
    b.f(
        "§.§=§\n§.§=§\n",
        lab["child"],
        lab["name"],
        L(ctx.child[0], "PERSON"),
        lab["child"],
        lab["age"],
        ctx.age(ctx.cage),
    )
    b.f("§=§\ngeo=§\n", lab["place"], L(ctx.tname(), "LOCATION"), L(ctx.geo, "GEO_COORDINATES"))
    b.f(
        "§.§=§\n§.§=§\n§.§=§\n",
        lab["reporter"],
        lab["name"],
        L(ctx.rep[0], "PERSON"),
        lab["reporter"],
        lab["email"],
        L(ctx.email_r, "EMAIL_ADDRESS"),
        lab["reporter"],
        lab["id"],
        L(ctx.idv, ctx.lg["id_label"]),
    )
    b.f("submitted_ip=§\n", L(core.ipv4(ctx.rng), "IP_ADDRESS"))
    return b


def t_sms(ctx):
    b = B()
    _narr(b, ctx, lower=True)
    b.f("\n- §", L(ctx.rep[0].lower(), "PERSON"))
    return b


def t_email(ctx):
    b = B()
    rng = ctx.rng
    b.f(
        "From: § <§>\nTo: tips@hotline.example\nSubject: §\nX-Originating-IP: §\n\n",
        L(ctx.rep[0], "PERSON"),
        L(ctx.email_r, "EMAIL_ADDRESS"),
        ctx.lg["subj"],
        L(core.ipv4(rng), "IP_ADDRESS"),
    )
    _narr(b, ctx)
    b.t("\n\n")
    _sent(b, ctx, "s_email", L(ctx.email_s, "EMAIL_ADDRESS"))
    b.f("\n\n--\n§\n§\n§\n", L(ctx.rep[0], "PERSON"), L(ctx.ph_r, "PHONE_NUMBER"), L(ctx.addr, "STREET_ADDRESS"))
    if rng.random() < 0.6:
        b.f("§: §\n", ctx.lg["lab"]["id"], L(ctx.idv, ctx.lg["id_label"]))
    return b


def t_json(ctx):
    b = B()
    rng = ctx.rng
    b.f(
        '{"form": "tip", "lang": "§", "reporter": {"name": "§", "phone": "§", "email": "§"}, ',
        ctx.code,
        L(ctx.rep[0], "PERSON"),
        L(ctx.ph_r, "PHONE_NUMBER"),
        L(ctx.email_r, "EMAIL_ADDRESS"),
    )
    b.f(
        '"suspect": {"name": "§", "age": "§", "town": "§", "handle": "§", "phone": "§"}, ',
        L(ctx.susp[0], "PERSON"),
        ctx.age(ctx.sage),
        L(ctx.tname(), "LOCATION"),
        L(ctx.user, "USERNAME"),
        L(ctx.ph_s, "PHONE_NUMBER"),
    )
    b.f(
        '"child": {"name": "§", "age": "§"}, "geo": "§", "text": "',
        L(ctx.child[0], "PERSON"),
        ctx.age(ctx.cage),
        L(ctx.geo, "GEO_COORDINATES"),
    )
    _sent(b, ctx, "s_saw", L(ctx.tname(ctx.town2), "LOCATION"))
    b.t(" ")
    _sent(b, ctx, "s_help")
    b.t('"}')
    return b


def t_reporter_first(ctx):
    b = B()
    b.f("§\n\n", ctx.lg["lab"]["title"])
    _sent(b, ctx, "s_me", L(ctx.rep[0], "PERSON"), L(ctx.ph_r, "PHONE_NUMBER"))
    b.t(" ")
    _sent(b, ctx, "s_id", L(ctx.idv, ctx.lg["id_label"]))
    b.t("\n\n")
    _narr(b, ctx)
    b.t(" ")
    _sent(b, ctx, "s_email", L(ctx.email_s, "EMAIL_ADDRESS"))
    return b


KINDS = [t_form, t_narrative, t_narr_en, t_table, t_kv, t_sms, t_email, t_json, t_reporter_first]


def make(index):
    code = ORDER[index // 4]
    kind = KINDS[(index // 4 * 4 + index % 4 + index // 4) % len(KINDS)]

    def fn(rng):
        return kind(Ctx(rng, code))

    fn.__name__ = f"{code}:{kind.__name__}"
    return fn


class _Templates:
    """Indexable so that the driver's templates[i % len] maps index -> (language, template)."""

    def __len__(self):
        return 80

    def __getitem__(self, i):
        return make(i)


TEMPLATES = _Templates()
