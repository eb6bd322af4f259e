"""Shared helpers for positive-document templates."""

import unicodedata

import core
import pools as P
from core import Doc  # noqa: F401

_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "æ": "ae",
        "'": "",
        " ": "",
        "-": "",
    }
)


def fold(s):
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128).lower()


STEMS = [
    "sunrise",
    "seaman",
    "captain",
    "moonlight",
    "happy",
    "kitty",
    "tiger",
    "ocean",
    "bluewave",
    "starboy",
    "lotus",
    "dragon",
    "angel",
    "sailor",
    "rainbow",
    "falcon",
    "cherry",
    "panda",
    "storm",
    "phoenix",
]
DOMAINS = {
    "default": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me"],
    "GB": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "IT": ["libero.it", "virgilio.it"],
    "ES": ["telefonica.net"],
    "UA": ["ukr.net", "i.ua"],
    "RU": ["mail.ru", "yandex.ru"],
    "CN": ["qq.com", "163.com", "126.com"],
    "KR": ["naver.com", "daum.net"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp"],
    "PL": ["wp.pl", "onet.pl", "o2.pl"],
    "BR": ["uol.com.br", "bol.com.br"],
    "NL": ["ziggo.nl", "kpnmail.nl"],
    "IN": ["rediffmail.com"],
    "NO": ["online.no"],
    "SE": ["telia.com"],
    "CH": ["bluewin.ch"],
    "TR": ["yandex.com.tr"],
}


def latin_bits(r, p):
    if p.script == "latin" and p.cc != "MM":
        g = fold(p.given.split(" ")[0]) or r.choice(STEMS)
        f = fold(p.family.split(" ")[0]) if p.family else ""
        return g, f
    return r.choice(STEMS), ""


def email_str(r, p):
    g, f = latin_bits(r, p)
    dom = r.choice(DOMAINS.get(p.cc, []) + DOMAINS["default"])
    y = str(p.dob[0])
    forms = [g + "." + f, g + f[:1], g[:1] + f, g + "_" + f + y[2:], f + "." + g, g + y, g + f + str(r.randint(1, 99))]
    local = r.choice(
        [x for x in forms if x and not x.endswith(".") and not x.startswith(".") and "._" not in x] or [g + y]
    )
    local = local.strip("._") or (g + y)
    return local + "@" + dom


def email(r, p, obfuscate=None):
    e = email_str(r, p)
    if obfuscate is None:
        obfuscate = r.random() < 0.08
    if obfuscate:
        local, dom = e.split("@")
        e = local + r.choice([" at ", " [at] ", "(at)"]) + dom.replace(".", r.choice([" dot ", " [dot] ", "(dot)"]))
    return (e, "EMAIL_ADDRESS")


def handle_str(r, p):
    g, f = latin_bits(r, p)
    y = str(p.dob[0])
    forms = [
        g + "_" + f[:3],
        g + y[2:],
        "the_real_" + g,
        g + "." + f,
        f + g[:1] + str(r.randint(1, 999)),
        r.choice(STEMS) + "_" + g,
        g.capitalize() + r.choice(["XD", "Gamer", "Fit", "Lift", "Pro", "OG"]),
        "xx" + g + "xx",
        g + "_" + r.choice(STEMS),
    ]
    return r.choice([x.strip("._") for x in forms if x.strip("._")])


def user(r, p):
    return (handle_str(r, p), "USERNAME")


def url(r, p):
    h = handle_str(r, p)
    g, f = latin_bits(r, p)
    return (
        r.choice(
            [
                "https://www.instagram.com/%s/" % h,
                "instagram.com/" + h,
                "https://www.facebook.com/" + h.replace("_", "."),
                "https://www.linkedin.com/in/%s-%s-%d" % (g, f or "x", r.randint(10, 999)),
                "https://www.tiktok.com/@" + h,
                "https://github.com/" + h.replace(".", "-"),
                "https://vk.com/id%d" % r.randint(100000, 999999999),
                "twitch.tv/" + h.replace(".", "_"),
            ]
        ),
        "URL",
    )


def N(r, p, style=None):
    style = style or r.choice(["full"] * 7 + ["formal", "upper", "lower"])
    if style == "formal":
        return (p.formal(), "PERSON")
    if style == "upper":
        return (p.full.upper(), "PERSON")
    if style == "lower" and p.script == "latin":
        return (p.full.lower(), "PERSON")
    return (p.full, "PERSON")


def F(p):
    return (p.first() if p.cc != "MM" else p.full, "PERSON")


def S(p):
    return (p.family or p.full, "PERSON")


def ph(r, cc, style=None, kind="mobile"):
    return (core.phone(r, P.C[cc]["phone"] if cc in P.C else cc, style, kind), "PHONE_NUMBER")


def dob(r, p, style=None):
    return (P.date(r, p.dob, style), "DATE_OF_BIRTH")


def loc(r, cc, script="latin"):
    return P.city_split(r, cc, script)


def locn(name):
    return (name, "LOCATION")


def addr(r, cc, script="latin"):
    return (P.street(r, cc, script), "STREET_ADDRESS")


def full_addr(r, cc, script="latin", sep=", ", postcode=None):
    parts = [addr(r, cc, script), sep] + loc(r, cc, script)
    if postcode is None:
        postcode = r.random() < 0.4
    if postcode and script == "latin":
        parts += [" " + P.postcode(r, cc)]
    return parts


def age(n, minor=None, words=False):
    if minor is None:
        minor = n < 18
    s = P.age_words(n) if words else str(n)
    return (s, "MINOR_AGE" if minor else "AGE")


def natid(r, p, i=0):
    ids = P.national_ids(r, p)
    name, val, lab = ids[min(i, len(ids) - 1)]
    return name, (val, lab)


def pick(r, lst):
    return r.choice(lst)


def maybe(r, prob, val, alt=""):
    return val if r.random() < prob else alt


def case(r, s):
    x = r.random()
    if x < 0.1:
        return s.lower()
    if x < 0.18:
        return s.upper()
    return s


def typo(r, s):
    """Introduce a single realistic typo in unlabelled prose."""
    if len(s) < 8 or r.random() < 0.6:
        return s
    i = r.randint(1, len(s) - 3)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


MED_EN = [
    "hypertension",
    "type 2 diabetes",
    "type 1 diabetes",
    "asthma",
    "epilepsy",
    "depression",
    "generalised anxiety disorder",
    "appendicitis",
    "kidney stones",
    "suspected myocardial infarction",
    "a fractured wrist",
    "malaria",
    "dengue fever",
    "pneumonia",
    "hepatitis B",
    "HIV",
    "bipolar disorder",
    "PTSD",
    "ADHD",
    "coeliac disease",
    "sickle cell disease",
    "multiple sclerosis",
    "Crohn's disease",
    "migraine",
    "a herniated disc",
    "COPD",
    "atrial fibrillation",
    "gout",
    "sciatica",
    "panic attacks",
    "insomnia",
    "an eating disorder",
    "hypothyroidism",
    "high cholesterol",
    "a torn ACL",
    "plantar fasciitis",
]
MEDS = [
    "metformin 500mg",
    "salbutamol inhaler",
    "sertraline 50mg",
    "levothyroxine",
    "warfarin",
    "insulin",
    "amlodipine 5mg",
    "lamotrigine",
    "fluoxetine",
    "methylphenidate",
    "an EpiPen",
    "atorvastatin",
    "propranolol",
    "omeprazole",
    "citalopram 20mg",
    "bisoprolol",
    "apixaban",
    "mirtazapine",
    "prednisolone",
]
CAUSES = [
    ("metastatic pancreatic cancer", "liver failure"),
    ("ischaemic heart disease", "coronary artery atheroma"),
    ("bronchopneumonia", "Alzheimer's disease"),
    ("COPD", "lung cancer"),
    ("sepsis", "urinary tract infection"),
    ("cerebrovascular accident", "hypertension"),
    ("acute myocardial infarction", "type 2 diabetes"),
    ("motor neurone disease", ""),
    ("chronic kidney disease", "diabetic nephropathy"),
    ("congestive cardiac failure", "aortic stenosis"),
    ("frailty of old age", ""),
    ("hypoxic brain injury", "cardiac arrest"),
    ("glioblastoma", ""),
    ("cirrhosis of the liver", "alcohol misuse"),
]
CRIMES = [
    "convicted of theft",
    "cautioned for possession of cannabis",
    "arrested for drink-driving",
    "charged with common assault",
    "served 18 months for burglary",
    "given a suspended sentence for fraud",
    "convicted of shoplifting",
    "arrested on suspicion of criminal damage",
    "fined for possession of a bladed article",
    "convicted of handling stolen goods",
    "given a community order for affray",
    "cautioned for harassment",
]
ETHNIC = [
    "White British",
    "Black African",
    "Black Caribbean",
    "Asian – Pakistani",
    "Asian – Bangladeshi",
    "Mixed White and Black Caribbean",
    "Chinese",
    "Roma",
    "Kurdish",
    "Tamil",
    "Irish Traveller",
    "Arab",
    "White – Polish",
    "Hazara",
    "Gypsy/Roma",
    "Mixed White and Asian",
    "Black British",
    "South Asian",
]
ORIENT = ["gay", "lesbian", "bisexual", "asexual", "pansexual", "queer"]
GENDER = ["trans woman", "trans man", "non-binary", "genderfluid", "transgender", "agender", "trans girl", "trans boy"]
GENETIC = [
    "BRCA1 carrier",
    "BRCA2 pathogenic variant",
    "APOE ε4/ε4",
    "APOE e3/e4",
    "ACTN3 RR genotype",
    "ACTN3 XX genotype",
    "haplogroup H1",
    "Y-DNA haplogroup R1b-M269",
    "mtDNA haplogroup U5",
    "sickle cell trait (HbAS)",
    "cystic fibrosis carrier (F508del)",
    "Factor V Leiden heterozygous",
    "MTHFR C677T homozygous",
    "HLA-B27 positive",
    "Lynch syndrome (MLH1 variant)",
]


def ts(r, y=2025):
    return "%02d/%02d/%d %02d:%02d" % (r.randint(1, 28), r.randint(1, 12), y, r.randint(7, 22), r.randint(0, 59))


def hm(r):
    return "%02d:%02d" % (r.randint(6, 23), r.randint(0, 59))


def dt(r, y=2025):
    return "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), y)
