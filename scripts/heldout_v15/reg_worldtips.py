"""Register 5: world_tips_e - web-form and free-text tips in 20 languages."""

import ids
import worldtips_data as W
from core import Doc, E, date_fmt, email_for, full_name, lower_keep, make_person, nat, username_for

CODES = [
    "lb",
    "rm",
    "fo",
    "gl",
    "gd",
    "fy",
    "bs",
    "tk",
    "tt",
    "yi",
    "as",
    "sn",
    "xh",
    "om",
    "wo",
    "ht",
    "qu",
    "mi",
    "sm",
    "ceb",
]
ENG = [
    "PS (English): the man is {adult} and his number is {phone}. The child is only {age}.",
    "English: please help, {child} is {age} years old and the address is {addr}.",
    "[in English] He calls himself {user} online and he is about {aage}.",
    "Sorry my English - {adult} is dangerous, he is {aage} and she is {age}!",
]


def make_ctx(rng, code):
    L = W.LOCALES[code]
    c = dict(cc=code, f=L["f"], m=L["m"], fam=L["fam"], order="gf")
    k = dict(code=code, L=L, P=W.PB[code])
    k["child"] = make_person(rng, c)
    k["adult"] = make_person(rng, c, "m")
    for _ in range(20):
        if k["adult"]["given"] != k["child"]["given"]:
            break
        k["adult"] = make_person(rng, c, "m")
    k["rep"] = make_person(rng, c, "f")
    town = rng.choice(L["towns"])
    k["town"] = town
    k["town_in"] = L.get("loc", {}).get(town, town)
    region = L["region"]
    nid = L["nid"]
    nid_label = "NATIONAL_ID"
    if code == "yi":
        region = W.YI_LOC[town]
        if region == "IL":
            nid = ("ת.ז.", ids.il_idnr_gen)
        elif region == "US":
            nid = ("Social Security", ids.us_ssn_gen)
            nid_label = "US_SSN"
        elif region == "GB":
            nid = ("National Insurance", ids.gb_nino)
    if code == "sm" and town in ("Māngere", "Ōtara"):
        region = "NZ"
        nid = ("Numera IRD", ids.nz_ird_gen)
    k["region"] = region
    k["nid"] = nid
    k["nid_label"] = nid_label
    dg = L.get("digits")
    k["dg"] = dg
    k["age"] = rng.randint(5, 16)
    k["aage"] = rng.randint(22, 61)
    k["raage"] = rng.randint(30, 70)
    k["phone_a"] = ids.phone_gen(rng, region)
    k["phone_r"] = ids.phone_gen(rng, region)
    if dg and rng.random() < 0.4:
        k["phone_r"] = nat(k["phone_r"], dg)
    k["email_r"] = email_for(rng, k["rep"])
    k["user"] = username_for(rng, k["adult"])
    born = ids.rand_date(rng, 2025 - k["age"] - 1, 2025 - k["age"])
    k["dob"] = nat(date_fmt(born, L["dob"]), dg) if dg else date_fmt(born, L["dob"])
    k["addr"] = L["addr"](rng, town)
    return k


def A(k, n):
    s = str(n)
    return nat(s, k["dg"]) if k["dg"] else s


def ents(rng, k, lower=False, child_mode=None):
    ch = k["child"]
    cm = child_mode or rng.choice(["full", "given", "given"])
    cname = full_name(ch) if cm == "full" else ch["given"]
    aname = full_name(k["adult"]) if rng.random() < 0.8 else full_name(k["adult"]).upper()
    rname = full_name(k["rep"])
    town_in = k["town_in"]
    if lower:
        cname, aname, rname, town_in = lower_keep(cname), lower_keep(aname), lower_keep(rname), lower_keep(town_in)
    return dict(
        child=E(cname, "PERSON"),
        adult=E(aname, "PERSON"),
        me=E(rname, "PERSON"),
        age=E(A(k, k["age"]), "MINOR_AGE"),
        town=E(town_in, "LOCATION"),
        phone=E(k["phone_a"], "PHONE_NUMBER"),
        user=E(k["user"], "USERNAME"),
        addr=E(k["addr"], "STREET_ADDRESS"),
        dob=E(k["dob"], "DATE_OF_BIRTH"),
    )


def sent(d, k, key, lower=False, **kw):
    t = k["P"][key]
    if lower:
        t = lower_keep(t)
    d.f(t, **kw)


def w_form(rng, d, k):
    P, cap = k["P"], k["P"]["caps"]
    ch, ad, rp = k["child"], k["adult"], k["rep"]
    sep = rng.choice([": ", " : ", ":\t", " - "])
    d.t(P["title"] + "\n" + rng.choice(["=" * 30, "-" * 24, "~~~"]) + "\n")
    d.f("[{s}]\n", s=cap[11])
    d.f(cap[0] + sep + "{v}\n", v=E(ch["given"], "PERSON"))
    d.f(cap[1] + sep + "{v}\n", v=E(ch["family"] if rng.random() < 0.6 else ch["family"].upper(), "PERSON"))
    d.f(cap[5] + sep + "{v}\n", v=E(A(k, k["age"]), "MINOR_AGE"))
    if rng.random() < 0.6:
        d.f(cap[4] + sep + "{v}\n", v=E(k["dob"], "DATE_OF_BIRTH"))
    d.f(cap[8] + sep + "{v}\n", v=E(k["town"], "LOCATION"))
    d.f("\n[{s}]\n", s=cap[12])
    d.f(cap[0] + sep + "{v}\n", v=E(full_name(ad), "PERSON"))
    d.f(cap[5] + sep + "~{v}\n", v=E(A(k, k["aage"]), "AGE"))
    d.f(cap[3] + sep + "{v}\n", v=E(k["phone_a"], "PHONE_NUMBER"))
    if rng.random() < 0.5:
        d.f(cap[2] + sep + "{v}\n", v=E(k["addr"], "STREET_ADDRESS"))
    d.f("\n[{s}]\n", s=cap[10])
    d.f(cap[0] + sep + "{v}\n", v=E(full_name(rp), "PERSON"))
    d.f(cap[3] + sep + "{v}\n", v=E(k["phone_r"], "PHONE_NUMBER"))
    d.f(cap[6] + sep + "{v}\n", v=E(k["email_r"], "EMAIL_ADDRESS"))
    if k["nid"]:
        d.f(k["nid"][0] + sep + "{v}\n", v=E(k["nid"][1](rng), k["nid_label"]))
    d.f("\n" + cap[9] + sep + "\n")
    e = ents(rng, k)
    sent(d, k, "concern")
    d.t(" ")
    sent(d, k, "online", user=e["user"])
    d.t("\n")


def w_narr(rng, d, k, english=False):
    P = k["P"]
    e = ents(rng, k)
    d.t(P["title"] + ("\n\n" if rng.random() < 0.6 else "\n"))
    order = ["intro", "child", "lives", "adult", "adult_age", "phone", "concern"]
    if rng.random() < 0.5:
        order.insert(3, "addr")
    if rng.random() < 0.5:
        order.append("online")
    for key in order:
        kw = dict(e)
        if key == "adult_age":
            kw["age"] = E(A(k, k["aage"]), "AGE")
        sent(d, k, key, **kw)
        d.t(rng.choice([" ", " ", "\n"]))
    d.t("\n")
    sent(d, k, "me", me=e["me"])
    d.t(" ")
    sent(d, k, "contact", phone=E(k["phone_r"], "PHONE_NUMBER"))
    d.t(" ")
    sent(d, k, "close")
    d.t("\n")
    if english:
        t = rng.choice(ENG)
        d.t("\n")
        d.f(
            t,
            adult=E(full_name(k["adult"], True), "PERSON"),
            phone=e["phone"],
            child=E(k["child"]["given_lat"], "PERSON"),
            age=E(str(k["age"]), "MINOR_AGE"),
            addr=e["addr"],
            user=e["user"],
            aage=E(str(k["aage"]), "AGE"),
        )
        d.t("\n")


def w_table(rng, d, k):
    cap = k["P"]["caps"]
    rows = [
        (cap[11] + " / " + cap[0], E(full_name(k["child"]), "PERSON")),
        (cap[5], E(A(k, k["age"]), "MINOR_AGE")),
        (cap[2], E(k["addr"], "STREET_ADDRESS")),
        (cap[12] + " / " + cap[0], E(full_name(k["adult"]), "PERSON")),
        (cap[12] + " / " + cap[3], E(k["phone_a"], "PHONE_NUMBER")),
        (cap[10] + " / " + cap[6], E(k["email_r"], "EMAIL_ADDRESS")),
    ]
    if rng.random() < 0.6:
        rows.insert(2, (cap[4], E(k["dob"], "DATE_OF_BIRTH")))
    if k["L"].get("plate") and rng.random() < 0.6:
        rows.append(("🚗", E(ids.plate(rng, k["L"]["plate"]), "VEHICLE_PLATE")))
    d.t(k["P"]["title"] + "\n\n")
    w = max(len(r[0]) for r in rows) + 1
    d.t("|" + "-" * (w + 1) + "|" + "-" * 10 + "\n")
    for c, v in rows:
        d.f("| " + c.ljust(w) + "| {v} |\n", v=v)
    d.t("\n" + cap[9] + ":\n")
    sent(d, k, "concern")
    d.t("\n")


def w_kv(rng, d, k):
    e = ents(rng, k)
    d.f("form=tip-{code}; ts={ts}; lang={code}\n", code=k["code"], ts=ids.rand_ts(rng, 2024, 2025, "T"))
    parts = [
        ("child_name", e["child"]),
        ("child_age", e["age"]),
        ("child_town", E(k["town"], "LOCATION")),
        ("suspect_name", e["adult"]),
        ("suspect_phone", e["phone"]),
        ("suspect_handle", e["user"]),
        ("reporter_name", e["me"]),
        ("reporter_email", E(k["email_r"], "EMAIL_ADDRESS")),
    ]
    rng.shuffle(parts)
    for key, v in parts:
        d.f(key + "={v}; ", v=v)
    d.t("\nmessage=")
    sent(d, k, "intro")
    d.t(" ")
    sent(d, k, "child", child=e["child"], age=e["age"])
    d.t(" ")
    sent(d, k, "concern")
    d.t("\n")


def w_sms(rng, d, k):
    e = ents(rng, k, lower=True, child_mode="given")
    d.t(rng.choice(["!!! ", "", "urgent - ", ">> "]) + lower_keep(k["P"]["title"]) + "\n")
    for key in ["child", "lives", "adult", "phone", "concern", "contact"]:
        d.t(rng.choice(["- ", "* ", "· "]))
        kw = dict(e)
        if key == "contact":
            kw["phone"] = E(k["phone_r"], "PHONE_NUMBER")
        sent(d, k, key, lower=True, **kw)
        d.t("\n")
    d.f(
        "{x}\n",
        x=E(
            k["rep"]["given"].lower()
            if k["rep"]["given"].lower() == lower_keep(k["rep"]["given"])
            else k["rep"]["given"],
            "PERSON",
        ),
    )


def w_email(rng, d, k):
    e = ents(rng, k)
    d.f("From: {n} <{m}>\nSubject: {s}\n\n", n=e["me"], m=E(k["email_r"], "EMAIL_ADDRESS"), s=k["P"]["title"])
    for key in ["intro", "child", "dob", "lives", "addr", "adult", "adult_age", "online", "concern"]:
        kw = dict(e)
        if key == "adult_age":
            kw["age"] = E(A(k, k["aage"]), "AGE")
        sent(d, k, key, **kw)
        d.t(" " if rng.random() < 0.7 else "\n")
    d.t("\n\n")
    sent(d, k, "contact", phone=E(k["phone_r"], "PHONE_NUMBER"))
    d.t("\n")
    d.f("{n}\n", n=E(full_name(k["rep"]), "PERSON"))


def w_json(rng, d, k):
    cap = k["P"]["caps"]
    d.t("{\n")
    d.f('  "lang": "{c}",\n  "title": "{t}",\n', c=k["code"], t=k["P"]["title"])
    d.f(
        '  "{a}": {"{n}": "{v}", "{ag}": {g}, "{tw}": "{t}"},\n',
        a=cap[11],
        n=cap[0],
        v=E(full_name(k["child"]), "PERSON"),
        ag=cap[5],
        g=E(str(k["age"]), "MINOR_AGE"),
        tw=cap[8],
        t=E(k["town"], "LOCATION"),
    )
    d.f(
        '  "{a}": {"{n}": "{v}", "{ph}": "{p}", "{ag}": {g}},\n',
        a=cap[12],
        n=cap[0],
        v=E(full_name(k["adult"]), "PERSON"),
        ph=cap[3],
        p=E(k["phone_a"], "PHONE_NUMBER"),
        ag=cap[5],
        g=E(str(k["aage"]), "AGE"),
    )
    d.f(
        '  "{a}": {"{n}": "{v}", "{em}": "{m}"},\n',
        a=cap[10],
        n=cap[0],
        v=E(full_name(k["rep"]), "PERSON"),
        em=cap[6],
        m=E(k["email_r"], "EMAIL_ADDRESS"),
    )
    d.f('  "{ds}": "', ds=cap[9])
    sent(d, k, "concern")
    d.t(" ")
    sent(d, k, "online", user=E(k["user"], "USERNAME"))
    d.t('"\n}\n')


def w_reporter_first(rng, d, k, english=True):
    e = ents(rng, k)
    sent(d, k, "me", me=e["me"])
    d.t(" ")
    sent(d, k, "contact", phone=E(k["phone_r"], "PHONE_NUMBER"))
    d.t("\n\n")
    for key in ["intro", "child", "dob", "addr", "adult", "adult_age", "phone", "concern"]:
        kw = dict(e)
        if key == "adult_age":
            kw["age"] = E(A(k, k["aage"]), "AGE")
        sent(d, k, key, **kw)
        d.t(rng.choice([" ", "\n"]))
    if k["nid"]:
        d.f("\n{c}: {v}", c=k["nid"][0], v=E(k["nid"][1](rng), k["nid_label"]))
    d.t("\n")
    if english:
        d.t("\n")
        d.f(
            rng.choice(ENG),
            adult=E(full_name(k["adult"], True), "PERSON"),
            phone=e["phone"],
            child=E(k["child"]["given_lat"], "PERSON"),
            age=E(str(k["age"]), "MINOR_AGE"),
            addr=e["addr"],
            user=e["user"],
            aage=E(str(k["aage"]), "AGE"),
        )
        d.t("\n")


TEMPLATES = [
    w_form,
    w_narr,
    lambda r, d, k: w_narr(r, d, k, True),
    w_table,
    w_kv,
    w_sms,
    w_email,
    w_json,
    w_reporter_first,
]


def generate(rng, idx):
    code = CODES[idx % len(CODES)]
    k = make_ctx(rng, code)
    t = (idx % len(CODES) + 7 * (idx // len(CODES))) % len(TEMPLATES)
    d = Doc()
    TEMPLATES[t](rng, d, k)
    return d
