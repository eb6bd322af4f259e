"""Register 4: shift_handover_logs - hotline staff handover notes and call-back lists."""

import ids
import world
from core import (
    Doc,
    E,
    age_en,
    age_label,
    date_fmt,
    email_for,
    full_name,
    initials,
    make_person,
    name_variant,
    num_words,
    username_for,
)

SHIFTS = [("EARLY", "LATE"), ("LATE", "NIGHT"), ("NIGHT", "EARLY"), ("DAY", "EVE"), ("AM", "PM")]
STAFF_CC = ["GB", "GB", "US", "CA", "AU", "NG", "KE", "IN", "ZA", "PL", "DE", "FR", "BR", "PK"]


def staff(rng, cc=None, gender=None):
    c = world.BY_CC[cc or rng.choice(STAFF_CC)]
    return c, make_person(rng, c, gender)


def case(rng):
    return rng.choice(
        [
            f"C-{rng.randint(10000, 99999)}",
            f"#{rng.randint(1000, 9999)}",
            f"CH/{rng.randint(24, 25)}/{rng.randint(100, 9999)}",
            f"T{rng.randint(100000, 999999)}",
        ]
    )


def hhmm(rng):
    return f"{rng.randint(6, 22):02d}{rng.choice(['00', '15', '30', '45'])}"


def age_short(rng, n):
    lab = age_label(n)
    st = rng.choice(["yo", "y", "paren", "aged", "words"])
    if st == "yo":
        return [(str(n), lab), "yo"]
    if st == "y":
        return [(str(n), lab), "y"]
    if st == "paren":
        return ["(", (str(n), lab), ")"]
    if st == "comma":
        return [", ", (str(n), lab), ","]
    if st == "aged":
        return ["aged ", (str(n), lab)]
    return [(num_words(n), lab), " y/o"]


def h_terse(rng, d):
    cc = rng.choice(["GB", "GB", "AU", "CA", "US", "ZA", "KE", "NG", "IN"])
    c = world.BY_CC[cc]
    _, s1 = staff(rng, cc)
    _, s2 = staff(rng)
    _, s3 = staff(rng)
    a, b = rng.choice(SHIFTS)
    d.f(
        "HANDOVER {dt}  {a} -> {b}  ({i1} -> {i2})\n",
        dt=date_fmt(ids.rand_date(rng, 2024, 2025), rng.choice(["dmy_slash", "iso"])),
        a=a,
        b=b,
        i1=E(initials(s1), "PERSON"),
        i2=E(initials(s2), "PERSON"),
    )
    d.f(
        "calls {x} in / {y} abnd / {z} CP refs\n\nOPEN\n",
        x=rng.randint(20, 90),
        y=rng.randint(0, 15),
        z=rng.randint(0, 6),
    )
    _, yp = staff(rng, cc)
    _, mum = staff(rng, cc, "f")
    mum["family"], mum["family_lat"] = yp["family"], yp["family_lat"]
    tn, tl = world.town_pair(rng, c)
    age = rng.randint(11, 16)
    d.f("- {r}: YP ", r=case(rng))
    d.put(
        [
            (yp["given"], "PERSON"),
            " ",
            *age_short(rng, age),
            " ",
            (tl, "LOCATION"),
            ", disclosed ",
            (rng.choice(world.SELFHARM), "MEDICAL_CONDITION"),
            " + ",
            (rng.choice(world.CONDITIONS), "MEDICAL_CONDITION"),
            ". mum (",
            (full_name(mum), "PERSON"),
            ") not aware. CB ",
            (ids.phone_gen(rng, c["region"]), "PHONE_NUMBER"),
            " after ",
            hhmm(rng),
            " ONLY - school phone rules\n",
        ]
    )
    _, nb = staff(rng, cc)
    d.f(
        "- {r}: anon adult re neighbour's kids at {ad}. police inf (log {lg}). NFA from us unless CB\n",
        r=case(rng),
        ad=E(c["addr"](rng, world.town_pair(rng, c)[0]), "STREET_ADDRESS"),
        lg=rng.randint(100, 9999),
    )
    _, lac = staff(rng, cc)
    _, sw = staff(rng, cc)
    tn2, tl2 = world.town_pair(rng, c)
    d.put(
        [
            "- ",
            case(rng),
            ": ",
            (name_variant(rng, lac, rng.choice(["given", "upper", "full"])), "PERSON"),
            " ",
            *age_short(rng, rng.randint(12, 17)),
            " LAC, placement in ",
            (tl2, "LOCATION"),
            " broke down. SW ",
            (name_variant(rng, sw, rng.choice(["full", "family"])), "PERSON"),
            " ",
            (ids.phone_gen(rng, c["region"]), "PHONE_NUMBER"),
            "\n",
        ]
    )
    d.f("\nSG: {i} to chase MASH re {r} before 1000\n", i=E(initials(s3), "PERSON"), r=case(rng))
    d.f(
        "STAFF: {n} off sick, {m} covering 22-06\n",
        n=E(name_variant(rng, s3, rng.choice(["given", "full"])), "PERSON"),
        m=E(name_variant(rng, s2, "full"), "PERSON"),
    )


def h_callback_table(rng, d):
    cc = rng.choice(["GB", "US", "AU", "CA", "IE" if False else "ZA", "NG", "KE"])
    c = world.BY_CC[cc]
    _, own = staff(rng, cc)
    d.f(
        "CALL-BACK LIST  {dt}  owner: {o}\n",
        dt=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_slash"),
        o=E(initials(own), "PERSON"),
    )
    d.t("#  | time  | who                                | number              | notes\n")
    d.t("---|-------|------------------------------------|---------------------|------------------------------\n")
    for i in range(rng.randint(3, 6)):
        _, adult = staff(rng, cc)
        _, kid = staff(rng, cc)
        kid["family"], kid["family_lat"] = adult["family"], adult["family_lat"]
        rel = rng.choice(["mum of", "dad of", "nan of", "aunt of", "teacher re", "foster carer of"])
        who = [
            (name_variant(rng, adult, rng.choice(["full", "rev", "upper"])), "PERSON"),
            f" ({rel} ",
            (kid["given"], "PERSON"),
            ", ",
            (str(rng.randint(6, 17)), "MINOR_AGE"),
            ")",
        ]
        tel = ids.phone_gen(rng, c["region"])
        d.f("{i}  | {t} | ", i=i + 1, t=f"{rng.randint(8, 21):02d}:{rng.choice(['00', '15', '30', '45'])}")
        d.put(who)
        d.f(
            " | {p} | {n}\n",
            p=E(tel, "PHONE_NUMBER"),
            n=rng.choice(
                [
                    "2nd attempt, VM full",
                    "safe word: ask for 'Sam'",
                    "do NOT leave msg - partner checks phone",
                    "wants female worker",
                    "interpreter needed (Polish)",
                    "call from withheld no.",
                ]
            ),
        )
    d.f(
        "\nnote: {n} asked if we can text instead - check policy w/ {s}\n",
        n=E(full_name(make_person(rng, c)), "PERSON"),
        s=E(name_variant(rng, make_person(rng, c), "given"), "PERSON"),
    )


def h_shorthand(rng, d):
    cc = rng.choice(["GB", "AU", "NG", "KE", "IN", "ZA", "CA"])
    c = world.BY_CC[cc]
    d.t(rng.choice(["hndvr notes (pls read b4 logging on)\n", "Handover - night team\n", "ho // quick notes\n"]))
    for _ in range(rng.randint(3, 5)):
        _, yp = staff(rng, cc, "f")
        tn, tl = world.town_pair(rng, c)
        kind = rng.choice(["cse", "dv", "oh", "med", "crim"])
        d.f("* {r} ", r=case(rng))
        if kind == "cse":
            d.put(
                [
                    (yp["given"].lower() if rng.random() < 0.4 else yp["given"], "PERSON"),
                    " ",
                    *age_short(rng, rng.randint(12, 16)),
                    " - poss CSE, older bf ",
                    (name_variant(rng, make_person(rng, c, "m"), "given"), "PERSON"),
                    " ",
                    *age_short(rng, rng.randint(19, 30)),
                    " picks her up in car reg ",
                    (ids.plate(rng, c.get("plate") or "GB"), "VEHICLE_PLATE"),
                    ". lives ",
                    (tl, "LOCATION"),
                    "\n",
                ]
            )
        elif kind == "dv":
            d.put(
                [
                    "DV in home, ",
                    (name_variant(rng, yp, "full"), "PERSON"),
                    " ",
                    *age_short(rng, rng.randint(8, 15)),
                    " rang from bathroom. addr ",
                    (c["addr"](rng, tn), "STREET_ADDRESS"),
                    ". 999 called by us @ ",
                    hhmm(rng),
                    "\n",
                ]
            )
        elif kind == "oh":
            d.put(
                [
                    "online harm, YP ",
                    (yp["given"], "PERSON"),
                    " sent imgs to ",
                    (rng.choice(["snap", "insta", "discord"]), None),
                    " user ",
                    ("@", None),
                    (username_for(rng), "USERNAME"),
                    ". Report Remove explained. YP ",
                    (str(rng.randint(13, 17)), "MINOR_AGE"),
                    "\n",
                ]
            )
        elif kind == "med":
            d.put(
                [
                    (name_variant(rng, yp, "upper"), "PERSON"),
                    " ",
                    *age_short(rng, rng.randint(13, 17)),
                    " - ",
                    (rng.choice(world.CONDITIONS), "MEDICAL_CONDITION"),
                    ", on ",
                    (rng.choice(world.MEDS), "MEDICAL_CONDITION"),
                    ", ran out of meds, dad won't collect. GP aware? ",
                    rng.choice(["y", "n", "?"]),
                    "\n",
                ]
            )
        else:
            cr = rng.choice(world.CRIMINAL)
            d.put(
                [
                    "mum's new partner ",
                    (name_variant(rng, make_person(rng, c, "m"), "full"), "PERSON"),
                    " - ",
                    cr[1],
                    (cr[2], "CRIMINAL_HISTORY"),
                    " per caller. kids ",
                    (str(rng.randint(3, 9)), "MINOR_AGE"),
                    " & ",
                    (str(rng.randint(10, 15)), "MINOR_AGE"),
                    ". LADO/MASH ref done\n",
                ]
            )
    _, s = staff(rng)
    d.f("-- {n}\n", n=E(name_variant(rng, s, rng.choice(["given", "initials", "full"])), "PERSON"))


def h_email(rng, d):
    cc = rng.choice(["GB", "US", "CA", "AU", "ZA"])
    c = world.BY_CC[cc]
    _, sup = staff(rng, cc)
    team = [staff(rng)[1] for _ in range(3)]
    d.f(
        "From: {n} <{e}>\n",
        n=E(full_name(sup, True), "PERSON"),
        e=E(email_for(rng, sup, False).split("@")[0] + "@helpline-staff.org", "EMAIL_ADDRESS"),
    )
    d.f(
        "To: night-team\nCc: {a}; {b}\nSubject: Handover {dt} - 3 live cases\n\n",
        a=E(full_name(team[0], True), "PERSON"),
        b=E(full_name(team[1], True), "PERSON"),
        dt=date_fmt(ids.rand_date(rng, 2024, 2025), "long_en"),
    )
    d.f("Hi all,\n\nQuick summary before I log off:\n\n")
    _, k1 = staff(rng, cc, "f")
    tn, tl = world.town_pair(rng, c)
    d.put(
        [
            "1) ",
            (full_name(k1), "PERSON"),
            ", DOB ",
            (date_fmt(ids.rand_date(rng, 2008, 2014), c["dob"]), "DATE_OF_BIRTH"),
            ", rang twice from ",
            (tl, "LOCATION"),
            ". Says her step-dad took her phone. If she calls back, keep her on the line and use ",
            (ids.phone_gen(rng, c["region"]), "PHONE_NUMBER"),
            " (her friend's mobile) only if she agrees.\n",
        ]
    )
    _, k2 = staff(rng, cc)
    d.put(
        [
            "2) Caller ",
            (name_variant(rng, k2, "given"), "PERSON"),
            " ",
            *age_en(rng, rng.randint(13, 17)),
            " identifies as ",
            (rng.choice(world.GENDER), "GENDER_IDENTITY"),
            " and is being threatened with outing at school (",
            (rng.choice(world.ORIENT), "SEXUAL_ORIENTATION"),
            "). Wants info only, no referral.\n",
        ]
    )
    _, k3 = staff(rng, cc)
    d.put(
        [
            "3) Professional call from ",
            (full_name(k3, True), "PERSON"),
            " (school DSL) re a ",
            (rng.choice(world.ETHNIC), "ETHNIC_ORIGIN"),
            " family; interpreter booked. Her direct line: ",
            (ids.phone_gen(rng, c["region"], mobile=False), "PHONE_NUMBER"),
            ".\n\n",
        ]
    )
    d.f(
        "{n} is on call for escalations tonight.\n\nThanks,\n{s}\n",
        n=E(team[2]["given"], "PERSON"),
        s=E(sup["given"], "PERSON"),
    )


def h_whiteboard(rng, d):
    cc = rng.choice(["GB", "NG", "KE", "AU", "IN"])
    c = world.BY_CC[cc]
    d.f(
        "[photo of whiteboard, transcribed {dt} {t}]\n",
        dt=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_slash"),
        t=f"{rng.randint(19, 23)}:{rng.randint(0, 59):02d}",
    )
    d.t("ON SHIFT: ")
    names = [staff(rng)[1] for _ in range(rng.randint(3, 5))]
    for i, p in enumerate(names):
        if i:
            d.t(" / ")
        d.put((name_variant(rng, p, rng.choice(["upper", "given", "initials"])).upper(), "PERSON"))
    d.t("\n\nCHASE:\n")
    for _ in range(rng.randint(2, 4)):
        _, k = staff(rng, cc)
        tn, tl = world.town_pair(rng, c)
        d.put(
            [
                "  ",
                (k["given"].upper(), "PERSON"),
                " ",
                (str(rng.randint(9, 17)), "MINOR_AGE"),
                " ",
                (tl.upper(), "LOCATION"),
                " -> ",
                rng.choice(["SW", "school", "police", "GP", "CAMHS"]),
                "  ",
                (ids.phone_gen(rng, c["region"]), "PHONE_NUMBER"),
                "\n",
            ]
        )
    d.t("\nDO NOT CALL BACK: ")
    d.put(
        [
            (ids.phone_gen(rng, c["region"]), "PHONE_NUMBER"),
            " (perp's phone - ",
            (full_name(make_person(rng, c, "m"), True).upper(), "PERSON"),
            ")\n",
        ]
    )
    d.t("WIFI PW: ")
    d.put([(ids.token_gen(rng, "pw"), "CREDENTIAL"), "  (change Fri!)\n"])


def h_csv(rng, d):
    cc = rng.choice(["US", "CA", "GB", "AU", "ZA", "PH" if False else "NG"])
    c = world.BY_CC[cc]
    d.t("queue_id,priority,caller_name,relationship,child_first,child_age,callback_no,window,assigned,notes\n")
    for i in range(rng.randint(4, 7)):
        _, a = staff(rng, cc)
        _, k = staff(rng, cc)
        _, s = staff(rng)
        d.f("{q},{p},", q=rng.randint(50000, 99999), p=rng.choice(["P1", "P2", "P2", "P3"]))
        q = '"' if rng.random() < 0.3 else ""
        nm = name_variant(rng, a, rng.choice(["full", "lat", "lower"]))
        d.put([q, (nm, "PERSON"), q])
        d.f(
            ",{r},{k},{age},{t},{w},{s},{n}\n",
            r=rng.choice(["parent", "grandparent", "self", "neighbour", "teacher"]),
            k=E(k["given"], "PERSON"),
            age=E(str(rng.randint(5, 17)), "MINOR_AGE"),
            t=E(ids.phone_gen(rng, c["region"], style="e164"), "PHONE_NUMBER"),
            w=f"{rng.randint(8, 12)}-{rng.randint(13, 20)}",
            s=E(initials(s), "PERSON"),
            n=rng.choice(["", "repeat caller", "use interpreter", "no VM", "safe to text"]),
        )
    d.t("# exported by queue tool; names visible to shift leads only\n")


def h_multisite(rng, d):
    sites = [
        ("Manila", "PH"),
        ("Nairobi", "KE"),
        ("São Paulo", "BR"),
        ("Leeds", "GB"),
        ("Toronto", "CA"),
        ("Johannesburg", "ZA"),
    ]
    rng.shuffle(sites)
    d.f("GLOBAL HOTLINE - FOLLOW-THE-SUN HANDOVER {dt} UTC\n", dt=ids.rand_ts(rng, 2024, 2025)[:16])
    for site, _ in sites[:3]:
        cc = rng.choice(["KE", "BR", "GB", "CA", "ZA", "NG", "IN", "MX", "ID", "TR"])
        c = world.BY_CC[cc]
        _, lead = staff(rng)
        d.f(
            "\n== {s} desk (lead: {l}) ==\n",
            s=site,
            l=E(name_variant(rng, lead, rng.choice(["full", "given"])), "PERSON"),
        )
        for _ in range(rng.randint(1, 2)):
            _, k = staff(rng, cc)
            tn, tl = world.town_pair(rng, c)
            d.put(
                [
                    "  - ",
                    case(rng),
                    " ",
                    (full_name(k), "PERSON"),
                    " ",
                    *age_short(rng, rng.randint(10, 17)),
                    ", ",
                    (tl, "LOCATION"),
                    ": ",
                    rng.choice(
                        [
                            "sextortion, paid once",
                            "runaway, staying w/ adult male",
                            "forced marriage risk",
                            "online grooming, ongoing",
                            "trafficking indicators",
                        ]
                    ),
                    ". ",
                    rng.choice(["CB ", "WhatsApp "]),
                    (ids.phone_gen(rng, c["region"], style="intl"), "PHONE_NUMBER"),
                    "\n",
                ]
            )
        if rng.random() < 0.5:
            cap, fn = rng.choice(c["nid"])
            d.put(["    ID given by caller (", cap, "): ", (fn(rng), "NATIONAL_ID"), "\n"])
    d.t("\nNext sync 06:00 UTC. Escalations to duty manager.\n")


def h_police(rng, d):
    cc = rng.choice(["GB", "AU", "NG", "ZA", "US"])
    c = world.BY_CC[cc]
    _, off = staff(rng, cc)
    _, wk = staff(rng)
    _, susp = staff(rng, cc, "m")
    tn, tl = world.town_pair(rng, c)
    d.f("ESCALATION LOG - police liaison\nWorker: {w}\n", w=E(full_name(wk, True), "PERSON"))
    t0 = rng.randint(18, 22)
    mins = sorted(rng.sample(range(60), 4))
    d.f("{h}:{m}  child (", h=t0, m=f"{mins[0]:02d}")
    d.put(
        [
            (name_variant(rng, make_person(rng, c, "f"), "given"), "PERSON"),
            ", ",
            (str(rng.randint(9, 15)), "MINOR_AGE"),
            ") reports adult in home ",
            (full_name(susp), "PERSON"),
            " threatening her. addr ",
            (c["addr"](rng, tn), "STREET_ADDRESS"),
            "\n",
        ]
    )
    d.f(
        "{h}:{m}  rang control room, spoke to {rk} ",
        h=t0,
        m=f"{mins[1]:02d}",
        rk=rng.choice(["Sgt", "PC", "Insp", "DC"]),
    )
    d.put(
        [
            (name_variant(rng, off, rng.choice(["family", "full"])), "PERSON"),
            " (collar ",
            str(rng.randint(1000, 9999)),
            ")\n",
        ]
    )
    d.f("{h}:{m}  ", h=t0, m=f"{mins[2]:02d}")
    cr = rng.choice(world.CRIMINAL)
    d.put(
        [
            "police confirm suspect ",
            cr[1][3:],
            (cr[2], "CRIMINAL_HISTORY"),
            "; DOB on PNC ",
            (date_fmt(ids.rand_date(rng, 1965, 1995), c["dob"]), "DATE_OF_BIRTH"),
            "; car ",
            (ids.plate(rng, c["plate"]), "VEHICLE_PLATE"),
            "\n",
        ]
    )
    d.f("{h}:{m}  units on scene. child safe w/ neighbour. closing call.\n", h=t0 + 1, m=f"{mins[3]:02d}")
    d.f(
        "Debrief booked w/ {n} tomorrow 1400.\n",
        n=E(name_variant(rng, make_person(rng, c), rng.choice(["given", "initials"])), "PERSON"),
    )


def h_es(rng, d):
    c = world.BY_CC["MX"]
    _, s1 = staff(rng, "MX")
    _, s2 = staff(rng, "US")
    d.f(
        "ENTREGA DE TURNO / shift handover - {dt}\nSale: {a}  Entra: {b}\n\n",
        dt=date_fmt(ids.rand_date(rng, 2024, 2025), "dmy_slash"),
        a=E(full_name(s1), "PERSON"),
        b=E(full_name(s2), "PERSON"),
    )
    for _ in range(rng.randint(2, 4)):
        _, k = staff(rng, "MX")
        tn, tl = world.town_pair(rng, c)
        age = rng.randint(8, 17)
        d.put(
            [
                "• ",
                case(rng),
                " - ",
                (name_variant(rng, k, rng.choice(["full", "given", "upper"])), "PERSON"),
                ", ",
                (str(age), "MINOR_AGE"),
                " años, ",
                (tl, "LOCATION"),
                ". ",
                rng.choice(
                    [
                        "abuso en casa, la mamá no cree",
                        "acoso en línea (sextorsión)",
                        "se fue de casa, está con un adulto",
                        "pide info, dice que es ",
                    ]
                ),
            ]
        )
        if d.buf[-1].endswith("es "):
            d.put([(rng.choice(["gay", "lesbiana", "bisexual"]), "SEXUAL_ORIENTATION")])
        d.put([". Devolver llamada: ", (ids.phone_gen(rng, "MX"), "PHONE_NUMBER"), "\n"])
    d.put(
        [
            "\nEN: caller ",
            (name_variant(rng, make_person(rng, c), "given"), "PERSON"),
            " (",
            (str(rng.randint(14, 17)), "MINOR_AGE"),
            ") gave CURP ",
            (ids.mx_curp_gen(rng), "NATIONAL_ID"),
            " so we can find her file - do not read it back to her.\n",
        ]
    )


TEMPLATES = [h_terse, h_callback_table, h_shorthand, h_email, h_whiteboard, h_csv, h_multisite, h_police, h_es]


def generate(rng, idx):
    d = Doc()
    TEMPLATES[idx % len(TEMPLATES)](rng, d)
    return d
