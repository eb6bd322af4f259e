# -*- coding: utf-8 -*-
"""Independent re-check of the v19 held-out files (does not import the generator).

usage: verify_output.py [--dir DIR]   (default DIR = /work/main/tests/data/heldout)
Exit status 0 when every check passes; problems are printed one per line.
"""

import argparse
import collections
import ipaddress
import json
import os
import re
import sys

import phonenumbers as pn
from stdnum import iban as s_iban
from stdnum import imei as s_imei
from stdnum import luhn as s_luhn
from stdnum import mac as s_mac
from stdnum.us import itin as s_itin
from stdnum.us import rtn as s_rtn
from stdnum.us import ssn as s_ssn

LABELS = [
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "STREET_ADDRESS",
    "LOCATION",
    "AGE",
    "MINOR_AGE",
    "DATE_OF_BIRTH",
    "USERNAME",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "GEO_COORDINATES",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "NATIONAL_ID",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "URL",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "GENDER_IDENTITY",
    "SEXUAL_ORIENTATION",
]
REGISTERS = ["kyc_aml_finance", "youth_sport_clubs", "emergency_dispatch", "education_admin", "world_tips_i"]
EDGE = set(" \t\r\n.,;:!?'\"")
NOSPACE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# regions that national-format numbers may belong to (typed here independently of the generator)
REGIONS = [
    "GB",
    "IE",
    "US",
    "CA",
    "AU",
    "ZA",
    "DE",
    "AT",
    "NL",
    "BE",
    "FR",
    "ES",
    "PT",
    "IT",
    "CH",
    "SE",
    "PL",
    "GR",
    "TR",
    "RU",
    "UA",
    "BR",
    "MX",
    "IN",
    "PK",
    "BD",
    "NG",
    "KE",
    "EG",
    "SA",
    "AE",
    "IR",
    "CN",
    "JP",
    "KR",
    "VN",
    "ID",
    "TH",
    "PH",
]

# keyword (as written before the value) -> stdnum module; None = no module (format not validated)
ID_KEYWORDS = [
    (r"Steuer-ID", "de.idnr"),
    (r"BSN", "nl.bsn"),
    (r"DNI/NIE", "es.dni|es.nie"),
    (r"\bDNI\b", "es.dni"),
    (r"\bNIE\b", "es.nie"),
    (r"s[ée]curit[ée] sociale", "fr.nir"),
    (r"num[ée]ro fiscal", "fr.nif"),
    (r"[Cc]odice fiscale", "it.codicefiscale"),
    (r"\bPPSN?\b", "ie.pps"),
    (r"[Bb]elgian national number", "be.nn"),
    (r"PESEL", "pl.pesel"),
    (r"\bNIF\b", "pt.nif"),
    (r"\bCPF\b", "br.cpf"),
    (r"\bCURP\b", "mx.curp"),
    (r"Aadhaar", "in_.aadhaar"),
    (r"\bPAN\b", "in_.pan"),
    (r"Resident ID", "cn.ric"),
    (r"SA ID", "za.idnr"),
    (r"ID number", "za.idnr"),
    (r"\bTFN\b", "au.tfn"),
    (r"\bSIN\b", "ca.sin"),
    (r"NHS", "gb.nhs"),
    (r"personnummer", "se.personnummer"),
    (r"Kimlik", "tr.tckimlik"),
    (r"\bRRN\b", "kr.rrn"),
    (r"\bCNIC\b", "pk.cnic"),
    (r"My Number", "jp.in_"),
    (r"\bAHV\b", "ch.ssn"),
    (r"RNOKPP", "ua.rntrc"),
    (r"\bINN\b", "ru.inn"),
    (r"\bAMKA\b", "gr.amka"),
    (r"KRA PIN", "ke.pin"),
    (r"paspoortnummer", "nl.identiteitskaartnummer"),
    (
        r"[Pp]assport|passaporte|Ausweis|CNI|carta d'identit|dowód|\bRG\b|\bINE\b|\bNIN\b|national ID|Emirates ID|PhilSys|CCCD|NI number|driving licence|"
        r"[Dd]river licence|Medicare|Health card|internal passport|ID-kaart|N° CNI|Personalausweis",
        None,
    ),
]
ID_KEYWORDS = [(re.compile(k), m) for k, m in ID_KEYWORDS]
PROFILE_HOSTS = [
    "instagram.com/",
    "tiktok.com/@",
    "facebook.com/",
    "linkedin.com/in/",
    "x.com/",
    "youtube.com/@",
    "vk.com/",
    "t.me/",
    "snapchat.com/add/",
]


def occurrences(text, value):
    if NOSPACE.search(value):
        pat = re.compile(re.escape(value), re.I)
    else:
        pat = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.I)
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def phone_ok(v):
    try:
        if v.startswith("+"):
            return pn.is_valid_number(pn.parse(v, None))
        for r in REGIONS:
            try:
                if pn.is_valid_number(pn.parse(v, r)):
                    return True
            except pn.NumberParseException:
                continue
    except pn.NumberParseException:
        return False
    return False


def national_id_check(text, start, value):
    """Return (validated, ok) using the nearest keyword before the value."""
    window = text[max(0, start - 120) : start]
    best = None
    for pat, mod in ID_KEYWORDS:
        for m in pat.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), mod)
    if not best or best[1] is None:
        return False, True
    import importlib

    ok = any(importlib.import_module("stdnum." + m).is_valid(value) for m in best[1].split("|"))
    return True, ok


def value_check(text, sp, stats):
    v, lab = sp["text"], sp["label"]
    digits = re.sub(r"\D", "", v)
    if lab == "PHONE_NUMBER":
        return phone_ok(v)
    if lab == "IBAN_CODE":
        return s_iban.is_valid(v)
    if lab == "CREDIT_CARD":
        if re.search(r"[X*]", v):
            return bool(re.match(r"^\d{4}[ -]?\d{2}[\dX* -]+\d{4}$", v))
        return 13 <= len(digits) <= 19 and s_luhn.is_valid(digits) and re.fullmatch(r"[\d -]+", v) is not None
    if lab == "US_SSN":
        return s_ssn.is_valid(v)
    if lab == "US_ITIN":
        return s_itin.is_valid(v)
    if lab == "ABA_ROUTING_NUMBER":
        return s_rtn.is_valid(v)
    if lab == "US_PASSPORT":
        return re.fullmatch(r"[A-Z]?\d{8,9}", v) is not None
    if lab == "US_BANK_NUMBER":
        return re.fullmatch(r"\d{6,17}", v) is not None
    if lab == "US_DRIVER_LICENSE":
        return re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{4,20}", v) is not None
    if lab == "NATIONAL_ID":
        validated, ok = national_id_check(text, sp["start"], v)
        stats["nid_validated" if validated else "nid_format_only"] += 1
        return ok
    if lab == "DEVICE_ID":
        if re.fullmatch(r"\d{15}", v):
            return s_imei.is_valid(v)
        if re.fullmatch(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}", v):
            return True
        return re.fullmatch(r"[A-Z0-9]{7,16}", v) is not None
    if lab == "MAC_ADDRESS":
        if re.fullmatch(r"[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}", v):
            h = v.replace(".", "")
            v = ":".join(h[i : i + 2] for i in range(0, 12, 2))
        return s_mac.is_valid(v)
    if lab == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if lab == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v) is not None
    if lab == "GEO_COORDINATES":
        nums = re.findall(r"-?\d+(?:\.\d+)?", v)
        return len(nums) >= 2
    if lab in ("AGE", "MINOR_AGE"):
        if not v.isdigit():
            return False
        n = int(v)
        return n >= 18 if lab == "AGE" else n < 18
    if lab == "DATE_OF_BIRTH":
        return re.search(r"\d", v) is not None
    if lab == "URL":
        return any(h in v for h in PROFILE_HOSTS)
    return len(v.strip()) > 0


def check_file_common(recs, errs, name):
    ids = collections.Counter(r.get("id") for r in recs)
    for k, n in ids.items():
        if n > 1:
            errs.append("%s: duplicate id %s" % (name, k))
    for r in recs:
        if set(r) != {"id", "register", "text", "spans"}:
            errs.append("%s %s: keys %s" % (name, r.get("id"), sorted(r)))
        if not (200 <= len(r["text"]) <= 2800):
            errs.append("%s %s: length %d" % (name, r["id"], len(r["text"])))


def verify(dirpath):
    errs = []
    stats = collections.Counter()
    pos_path = os.path.join(dirpath, "heldout_v19.jsonl")
    neg_path = os.path.join(dirpath, "heldout_negatives_v19.jsonl")
    pos = [json.loads(l) for l in open(pos_path, encoding="utf-8")]
    neg = [json.loads(l) for l in open(neg_path, encoding="utf-8")]
    check_file_common(pos, errs, "pos")
    check_file_common(neg, errs, "neg")
    # counts
    rc = collections.Counter(r["register"] for r in pos)
    if len(pos) != 400 or any(rc[x] != 80 for x in REGISTERS) or set(rc) != set(REGISTERS):
        errs.append("positive counts %s" % dict(rc))
    nc = collections.Counter(r["register"] for r in neg)
    if (
        len(neg) != 250
        or len(nc) != 25
        or any(v != 10 for v in nc.values())
        or not all(k.startswith("neg_") for k in nc)
    ):
        errs.append("negative counts %s" % dict(nc))
    labels = collections.Counter()
    person_values = set()
    for r in pos:
        t = r["text"]
        prev = 0
        for sp in r["spans"]:
            a, b, lab = sp["start"], sp["end"], sp["label"]
            if lab not in LABELS:
                errs.append("%s: bad label %s" % (r["id"], lab))
            if not (0 <= a < b <= len(t)) or t[a:b] != sp["text"]:
                errs.append("%s: offset mismatch %r" % (r["id"], sp))
                continue
            if a < prev:
                errs.append("%s: overlap/unsorted at %d" % (r["id"], a))
            prev = b
            if t[a] in EDGE or t[b - 1] in EDGE:
                errs.append("%s: edge %r" % (r["id"], sp["text"]))
            if not value_check(t, sp, stats):
                errs.append("%s: invalid %s %r" % (r["id"], lab, sp["text"]))
            labels[lab] += 1
            if lab == "PERSON":
                person_values.add(sp["text"])
        ranges = [(s["start"], s["end"]) for s in r["spans"]]
        for v in sorted(set(s["text"] for s in r["spans"])):
            for a, b in occurrences(t, v):
                if not any(x <= a and b <= y for x, y in ranges):
                    errs.append("%s: unlabelled re-occurrence of %r at %d" % (r["id"], v, a))
    for lab in LABELS:
        need = 5 if lab.startswith("US_") else 10
        if labels[lab] < need:
            errs.append("label %s only %d times" % (lab, labels[lab]))
    # negatives
    ppat = []
    for v in sorted(person_values):
        ppat.append(
            re.compile(re.escape(v), re.I)
            if NOSPACE.search(v)
            else re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)", re.I)
        )
    for r in neg:
        t = r["text"]
        if r["spans"]:
            errs.append("%s: negative has spans" % r["id"])
        if "@" in t or "://" in t or "www." in t.lower():
            errs.append("%s: forbidden token" % r["id"])
        for m in re.finditer(r"\d+(?:[ -]\d+)*", t):
            groups = re.split(r"[ -]", m.group(0))
            for i in range(len(groups)):
                s = ""
                for j in range(i, len(groups)):
                    s += groups[j]
                    if len(s) > 19:
                        break
                    if len(s) >= 13 and s_luhn.is_valid(s):
                        errs.append("%s: Luhn-valid run %s" % (r["id"], s))
        for m in re.finditer(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}", t):
            c = m.group(0).replace(" ", "")
            for ln in range(15, min(34, len(c)) + 1):
                if s_iban.is_valid(c[:ln]):
                    errs.append("%s: valid IBAN %s" % (r["id"], c[:ln]))
        for m in pn.PhoneNumberMatcher(t, None, leniency=pn.Leniency.VALID):
            errs.append("%s: international phone %s" % (r["id"], m.raw_string))
        for p in ppat:
            m = p.search(t)
            if m:
                errs.append("%s: PERSON value %r" % (r["id"], m.group(0)))
    return errs, labels, stats, rc, nc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/work/main/tests/data/heldout")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    errs, labels, stats, rc, nc = verify(a.dir)
    if not a.quiet:
        print("registers:", dict(rc))
        print("negative kinds: %d" % len(nc))
        print("label counts:", dict(sorted(labels.items())))
        print(
            "national ids: validated with stdnum %d, format-only %d"
            % (stats["nid_validated"], stats["nid_format_only"])
        )
    for e in errs[:200]:
        print("ERROR", e)
    print("FAIL (%d problems)" % len(errs) if errs else "OK")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
