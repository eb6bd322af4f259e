"""Shared phrase lists and layout helpers for the registers (all hand-typed)."""

from __future__ import annotations

import json

from core import V

MED_EN = [
    "type 2 diabetes",
    "post-traumatic stress disorder",
    "latent tuberculosis",
    "chronic hepatitis B",
    "scabies",
    "epilepsy",
    "sickle cell disease",
    "asthma",
    "iron-deficiency anaemia",
    "hypertension",
    "major depressive disorder",
    "shrapnel wounds to the left thigh",
    "untreated dental abscess",
    "hearing loss in the right ear",
    "kidney stones",
    "malaria",
    "HIV",
    "beta thalassaemia minor",
    "chronic insomnia",
    "frostbite on both feet",
    "panic attacks",
    "a fractured wrist",
    "whiplash",
    "a concussion",
    "a torn knee ligament",
    "bruised ribs",
    "cervical spine strain",
    "rheumatoid arthritis",
    "COPD",
    "bipolar disorder",
    "alcohol dependence",
    "opioid dependence",
    "schizophrenia",
    "multiple sclerosis",
    "heart failure",
    "a learning disability",
    "autism spectrum disorder",
    "ADHD",
]
MED_INJ = [
    "whiplash",
    "a concussion",
    "a fractured wrist",
    "a torn knee ligament",
    "bruised ribs",
    "cervical spine strain",
    "a broken collarbone",
    "lacerations to the forearm",
    "a sprained ankle",
    "a fractured tibia",
    "lower back strain",
]
MED_DE = [
    "Schleudertrauma",
    "Gehirnerschütterung",
    "Rippenprellung",
    "Handgelenksfraktur",
    "Diabetes mellitus Typ 2",
    "Depression",
    "Epilepsie",
    "Asthma bronchiale",
    "Alkoholabhängigkeit",
    "Bandscheibenvorfall",
    "Multiple Sklerose",
]
MED_FR = [
    "entorse cervicale",
    "commotion cérébrale",
    "fracture du poignet",
    "contusions thoraciques",
    "diabète de type 2",
    "dépression sévère",
    "épilepsie",
    "asthme",
    "schizophrénie",
    "insuffisance cardiaque",
]
MED_NL = [
    "whiplash",
    "hersenschudding",
    "gebroken pols",
    "diabetes type 2",
    "depressie",
    "epilepsie",
    "astma",
    "COPD",
    "verslaving aan alcohol",
    "hartfalen",
]
CRIM_EN = [
    "a conviction for shoplifting in 2019",
    "a suspended sentence for assault (2021)",
    "two convictions for drink-driving",
    "a caution for possession of cannabis",
    "a prior conviction for burglary",
    "served 14 months for fraud",
    "a conviction for criminal damage in 2020",
    "a community order for theft",
    "an unspent conviction for ABH",
    "a fine for driving without insurance in 2022",
    "a conviction for benefit fraud (2018)",
]
CRIM_DE = [
    "Vorstrafe wegen Diebstahls (2019)",
    "Bewährungsstrafe wegen Körperverletzung",
    "Verurteilung wegen Betrugs 2020",
    "Geldstrafe wegen Fahrens ohne Fahrerlaubnis",
]
CRIM_FR = ["condamnation pour vol en 2019", "sursis pour violences volontaires", "condamné pour escroquerie en 2021"]
CRIM_NL = ["veroordeling voor diefstal (2019)", "taakstraf wegens mishandeling", "eerdere veroordeling voor inbraak"]
GENDER_EN = ["transgender woman", "trans man", "non-binary", "transgender", "genderqueer"]
ORIENT_EN = ["gay", "lesbian", "bisexual", "homosexual"]


def kv(d, pairs, sep=": ", eol="\n", cap_fmt="{}"):
    for cap, val in pairs:
        d.t(cap_fmt.format(cap) + sep)
        d.put(val)
        d.t(eol)
    return d


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class Q(list):
    """A JSON string value made of several parts (plain str and V)."""


def json_obj(d, obj, indent=2, level=0):
    """Serialise a nested dict/list whose leaves may be V values, keeping spans."""
    pad = " " * (indent * (level + 1)) if indent else ""
    end = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    sp = " " if indent else ""
    if isinstance(obj, dict):
        d.t("{" + nl)
        items = list(obj.items())
        for k, (key, val) in enumerate(items):
            d.t(pad + json.dumps(key, ensure_ascii=False) + ":" + sp)
            json_obj(d, val, indent, level + 1)
            d.t(("," if k < len(items) - 1 else "") + nl)
        d.t(end + "}")
    elif isinstance(obj, Q):
        d.t('"')
        for part in obj:
            if isinstance(part, V):
                assert jstr(part.text) == part.text
                d.v(part)
            else:
                d.t(jstr(part))
        d.t('"')
    elif isinstance(obj, list):
        d.t("[" + nl)
        for k, val in enumerate(obj):
            d.t(pad)
            json_obj(d, val, indent, level + 1)
            d.t(("," if k < len(obj) - 1 else "") + nl)
        d.t(end + "]")
    elif isinstance(obj, V):
        if obj.text.isdigit() and obj.label in ("AGE", "MINOR_AGE"):
            d.v(obj)
        else:
            esc = jstr(obj.text)
            assert esc == obj.text, obj.text
            d.t('"')
            d.v(obj)
            d.t('"')
    elif obj is None:
        d.t("null")
    elif isinstance(obj, bool):
        d.t("true" if obj else "false")
    elif isinstance(obj, (int, float)):
        d.t(str(obj))
    else:
        d.t(json.dumps(obj, ensure_ascii=False))
    return d


def table(d, header, rows, sep=" | ", border=True):
    """Pipe table; cells may be str or V or lists."""
    if border:
        d.t(sep.strip() + " ")
    d.t(sep.join(header))
    if border:
        d.t(" " + sep.strip())
    d.t("\n")
    if border:
        d.t("|" + "|".join("-" * (len(h) + 2) for h in header) + "|\n")
    for r in rows:
        if border:
            d.t(sep.strip() + " ")
        for k, c in enumerate(r):
            if k:
                d.t(sep)
            d.put(c)
        if border:
            d.t(" " + sep.strip())
        d.t("\n")
    return d


def csv_rows(d, header, rows, sep=","):
    d.t(sep.join(header) + "\n")
    for r in rows:
        for k, c in enumerate(r):
            if k:
                d.t(sep)
            if isinstance(c, V) and sep in c.text:
                d.t('"')
                d.v(c)
                d.t('"')
            else:
                d.put(c)
        d.t("\n")
    return d


def _strip_art(xs):
    out = []
    for x in xs:
        for a in ("a ", "an "):
            if x.startswith(a):
                x = x[len(a) :]
        out.append(x)
    return out


MED_EN = _strip_art(MED_EN)
MED_INJ = _strip_art(MED_INJ)
CRIM_EN = _strip_art(CRIM_EN)
