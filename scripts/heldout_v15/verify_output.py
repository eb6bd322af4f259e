#!/usr/bin/env python3
"""Independent re-check of the v15 held-out files (does not import the generator).

Usage: python verify_output.py [--dir /work/main/tests/data/heldout]
Exit status 0 only if every check passes.
"""

import argparse
import collections
import ipaddress
import json
import os
import re
import sys
import unicodedata

import phonenumbers
from stdnum import iban, imei, imsi, luhn, mac, verhoeff
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.id import nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import itin, rtn, ssn
from stdnum.za import idnr as za_idnr

LABELS = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER STREET_ADDRESS LOCATION USERNAME URL IP_ADDRESS MAC_ADDRESS DEVICE_ID "
    "GEO_COORDINATES CREDIT_CARD IBAN_CODE US_BANK_NUMBER ABA_ROUTING_NUMBER US_SSN US_ITIN US_PASSPORT "
    "US_DRIVER_LICENSE NATIONAL_ID CREDENTIAL VEHICLE_PLATE DATE_OF_BIRTH AGE MINOR_AGE ETHNIC_ORIGIN "
    "GENDER_IDENTITY SEXUAL_ORIENTATION MEDICAL_CONDITION CRIMINAL_HISTORY"
).split()
REGISTERS = ["telecom_disclosures", "stream_voice_logs", "dating_app_reports", "shift_handover_logs", "world_tips_e"]
BAD_EDGE = set(" \t\r\n.,;:!?'\"")
PHONE_REGIONS = [
    "US",
    "GB",
    "DE",
    "FR",
    "BR",
    "IN",
    "NG",
    "JP",
    "KR",
    "CN",
    "RU",
    "PL",
    "TR",
    "MX",
    "EG",
    "KE",
    "ID",
    "VN",
    "TH",
    "IL",
    "GR",
    "ZA",
    "SE",
    "CA",
    "AU",
    "PK",
    "UA",
    "LU",
    "CH",
    "FO",
    "ES",
    "NL",
    "BA",
    "TM",
    "ZW",
    "ET",
    "SN",
    "HT",
    "PE",
    "NZ",
    "WS",
    "PH",
    "BE",
]
NUMWORD = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
DIGWORD = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}


def to_ascii_digits(s):
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def phone_valid(s):
    cand = s
    if re.search(r"[a-z]{2,}", s.lower()):
        out, dbl = [], 1
        for t in re.split(r"[\s,]+", s.lower()):
            if t == "double":
                dbl = 2
                continue
            if t not in DIGWORD:
                return False
            out.append(DIGWORD[t] * dbl)
            dbl = 1
        cand = "".join(out)
    for reg in [None] + PHONE_REGIONS:
        try:
            p = phonenumbers.parse(cand, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p):
            return True
    return False


def words_number(s):
    s = s.lower().strip()
    if s in NUMWORD:
        return NUMWORD[s]
    parts = s.split("-")
    if parts[0] in TENS and (
        len(parts) == 1 or (len(parts) == 2 and parts[1] in NUMWORD and 0 < NUMWORD[parts[1]] < 10)
    ):
        return TENS[parts[0]] + (NUMWORD[parts[1]] if len(parts) == 2 else 0)
    return None


def age_value(s):
    a = to_ascii_digits(s)
    if a.isdigit():
        return int(a)
    return words_number(s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s)


def _lu(v):
    c = compact(v)
    return len(c) == 13 and c.isdigit() and luhn.is_valid(c[:12]) and verhoeff.is_valid(c[:11] + c[12])


def _jmbg(v):
    c = compact(v)
    if len(c) != 13 or not c.isdigit():
        return False
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(a) * b for a, b in zip(c, w)) % 11
    return (0 if m == 11 else m) == int(c[12])


def _ausweis(v):
    if not re.fullmatch(r"[CFGHJKLMNPRTVWXYZ0-9]{9}", v):
        return False
    tot = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * [7, 3, 1][i % 3] for i, ch in enumerate(v[:8]))
    return tot % 10 == int(v[8])


STDNUM_NID = [
    ("cpf", cpf),
    ("aadhaar", aadhaar),
    ("pan", pan),
    ("de.idnr", idnr),
    ("fr.nir", nir),
    ("gb.nhs/chi", nhs),
    ("jp.mynumber", mynumber),
    ("kr.rrn", rrn),
    ("cn.ric", ric),
    ("ru.inn", inn),
    ("pl.pesel", pesel),
    ("tr.tckimlik", tckimlik),
    ("mx.curp", curp),
    ("id.nik", nik),
    ("th.pin", th_pin),
    ("il.idnr", il_idnr),
    ("gr.amka", amka),
    ("es.dni", dni),
    ("ch.ahv", ch_ssn),
    ("nl.bsn", bsn),
    ("za.idnr", za_idnr),
    ("se.personnummer", personnummer),
    ("ca.sin", sin),
    ("au.tfn", tfn),
    ("nz.ird", ird),
    ("pe.cui", cui),
    ("pk.cnic", cnic),
    ("ua.rntrc", rntrc),
]
FORMAT_NID = [
    ("lu.matricule(luhn+verhoeff)", _lu),
    ("ba.jmbg(mod11)", _jmbg),
    ("de.ausweis(icao)", _ausweis),
    ("gb.nino", lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v) is not None),
    ("ng.nin", lambda v: re.fullmatch(r"[1-9]\d{10}", v) is not None),
    ("eg.national_id", lambda v: re.fullmatch(r"[23]\d{13}", v) is not None),
    ("ke.id", lambda v: re.fullmatch(r"[23]\d{7}", v) is not None),
    ("vn.cccd", lambda v: re.fullmatch(r"0\d{11}", v) is not None),
    ("fo.ptal", lambda v: re.fullmatch(r"\d{6}-\d{3}", v) is not None),
    ("tm.passport", lambda v: re.fullmatch(r"I-[A-ZŞ]{2} \d{6}", v) is not None),
    ("zw.national_id", lambda v: re.fullmatch(r"\d{2}-\d{6} ?[A-Z] ?\d{2}", v) is not None),
    ("et.fayda", lambda v: re.fullmatch(r"\d{4} \d{4} \d{4}", v) is not None),
    ("sn.cni", lambda v: re.fullmatch(r"[12] \d{3} \d{4} \d{5}", v) is not None),
    ("ht.nif", lambda v: re.fullmatch(r"\d{3}-\d{3}-\d{3}-\d", v) is not None),
    ("ph.philsys_pcn", lambda v: re.fullmatch(r"\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}", v) is not None),
    ("fr.cni_old", lambda v: re.fullmatch(r"\d{12}", v) is not None),
    ("tm/other passport", lambda v: False),
]


def nid_kind(v):
    for name, mod in STDNUM_NID:
        try:
            if mod.is_valid(v):
                return name
        except Exception:  # noqa: BLE001
            pass
    for name, fn in FORMAT_NID:
        if fn(v):
            return name
    return None


DL_RX = [
    r"[A-Z]\d{7}",
    r"[1-4]\d{7}",
    r"\d{3} \d{3} \d{3}",
    r"[A-Z]-\d{3}-\d{3}-\d{2}-\d{3}-\d",
    r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d",
    r"[A-Z]\d{3}-\d{4}-\d{4}",
    r"[A-Z]{2}\d{6}",
    r"\d{2} \d{3} \d{3}",
    r"[A-Z] \d{3} \d{3} \d{3} \d{3}",
    r"WDL[A-Z0-9]{9}",
    r"[A-Z]\d{4} \d{5} \d{5}",
    r"0\d{8}",
    r"[ABDY]\d{8}",
]


def device_ok(v):
    c = re.sub(r"[\s-]", "", v)
    if c.isdigit():
        if len(c) == 15 and imei.is_valid(c):
            return "imei"
        if len(c) in (19, 20) and c.startswith("89") and luhn.is_valid(c):
            return "iccid"
        if len(c) == 15 and imsi.is_valid(c):
            return "imsi"
        if len(c) == 12:
            return "serial"
        return None
    if re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", v):
        return "advertising-id"
    if re.fullmatch(r"[0-9a-f]{16}", v):
        return "android-id"
    if re.fullmatch(r"[A-Z0-9]{10,14}", v):
        return "serial"
    return None


def ident_check(label, v):
    """Return (ok, detail)."""
    if label == "PHONE_NUMBER":
        return phone_valid(v), "phonenumbers"
    if label == "CREDIT_CARD":
        c = re.sub(r"[ -]", "", v)
        return c.isdigit() and 13 <= len(c) <= 19 and luhn.is_valid(c), "luhn"
    if label == "IBAN_CODE":
        return iban.is_valid(v), "iban"
    if label == "US_SSN":
        return ssn.is_valid(v), "ssn"
    if label == "US_ITIN":
        return itin.is_valid(v), "itin"
    if label == "ABA_ROUTING_NUMBER":
        return rtn.is_valid(v), "rtn"
    if label == "US_BANK_NUMBER":
        return re.fullmatch(r"\d{8,17}", v) is not None, "digits"
    if label == "US_PASSPORT":
        return re.fullmatch(r"[A-Z0-9]\d{8}", v) is not None, "format"
    if label == "US_DRIVER_LICENSE":
        return any(re.fullmatch(rx, v) for rx in DL_RX), "state-format"
    if label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True, "ip"
        except ValueError:
            return False, "ip"
    if label == "MAC_ADDRESS":
        w = v
        if re.fullmatch(r"[0-9a-fA-F]{4}(\.[0-9a-fA-F]{4}){2}", v):
            h = v.replace(".", "")
            w = ":".join(h[i : i + 2] for i in range(0, 12, 2))
        return mac.is_valid(w), "mac+oui"
    if label == "DEVICE_ID":
        k = device_ok(v)
        return k is not None, k or "?"
    if label == "NATIONAL_ID":
        k = nid_kind(v)
        return k is not None, k or "?"
    if label == "EMAIL_ADDRESS":
        ok = re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) or re.fullmatch(
            r"[\w.+-]+ ?(\[at\]|\(at\)| at ) ?[\w-]+( ?(\[dot\]|\(dot\)| dot ) ?[\w-]+)+", v
        )
        return ok is not None, "email"
    if label == "URL":
        return re.fullmatch(r"https?://\S+", v) is not None, "url"
    if label == "GEO_COORDINATES":
        ok = re.fullmatch(r"-?\d{1,2}\.\d+[,;] ?-?\d{1,3}\.\d+", v) or re.fullmatch(
            r"\d{1,2}°\d{2}′\d{2}\.\d″[NS] \d{1,3}°\d{2}′\d{2}\.\d″[EW]", v
        )
        return ok is not None, "geo"
    if label in ("AGE", "MINOR_AGE"):
        n = age_value(v)
        if n is None:
            return False, "age"
        return (n >= 18) if label == "AGE" else (n < 18), "age"
    if label == "DATE_OF_BIRTH":
        return re.search(r"\d", to_ascii_digits(v)) is not None, "date"
    return True, "-"


def keep_lower(s):
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


def repeats(text, spans):
    low = keep_lower(text)
    cov = [(s["start"], s["end"]) for s in spans]
    out = []
    for s in spans:
        if len(s["text"]) < 4:
            continue
        needle = keep_lower(s["text"])
        pos = low.find(needle)
        while pos != -1:
            end = pos + len(needle)
            left = pos == 0 or not text[pos - 1].isalnum()
            right = end == len(text) or not text[end].isalnum()
            if left and right and not any(a <= pos and end <= b for a, b in cov):
                out.append(f"{s['label']} {s['text']!r} re-occurs unlabelled at {pos}")
            pos = low.find(needle, pos + 1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/work/main/tests/data/heldout")
    a = ap.parse_args()
    errors = []
    texts = collections.Counter()
    kinds = collections.Counter()
    lab_count = collections.Counter()
    docs = {}
    for fn, neg in (("heldout_v15.jsonl", False), ("heldout_negatives_v15.jsonl", True)):
        path = os.path.join(a.dir, fn)
        rows = []
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    errors.append(f"{fn}:{ln} bad json {exc}")
        docs[fn] = rows
        for r in rows:
            rid = r.get("id", "?")
            if set(r) != {"id", "register", "text", "spans"}:
                errors.append(f"{rid}: keys {sorted(r)}")
            text, spans = r["text"], r["spans"]
            texts[text] += 1
            if not 200 <= len(text) <= 3000:
                errors.append(f"{rid}: length {len(text)}")
            if neg:
                if r["register"] != "negative" or not re.fullmatch(r"hv15-neg-\d{3}", rid):
                    errors.append(f"{rid}: negative id/register")
                if spans:
                    errors.append(f"{rid}: negative has spans")
                if re.search(r"[\w.]+@[\w-]+\.\w+", text):
                    errors.append(f"{rid}: e-mail-like string in negative")
                for m in re.finditer(r"\b\d{1,3}(\.\d{1,3}){3}\b", text):
                    try:
                        ipaddress.ip_address(m.group(0))
                        errors.append(f"{rid}: IPv4 in negative")
                    except ValueError:
                        pass
                continue
            if r["register"] not in REGISTERS or not re.fullmatch(rf"hv15-{r['register']}-\d{{3}}", rid):
                errors.append(f"{rid}: id/register mismatch")
            if not spans:
                errors.append(f"{rid}: no spans")
            prev_end = 0
            for s in spans:
                if set(s) != {"start", "end", "label", "text"}:
                    errors.append(f"{rid}: span keys")
                    continue
                lab_count[s["label"]] += 1
                if s["label"] not in LABELS:
                    errors.append(f"{rid}: unknown label {s['label']}")
                if text[s["start"] : s["end"]] != s["text"]:
                    errors.append(f"{rid}: offset mismatch {s}")
                if s["start"] < prev_end:
                    errors.append(f"{rid}: overlapping/unsorted span {s}")
                prev_end = s["end"]
                if not s["text"] or s["text"][0] in BAD_EDGE or s["text"][-1] in BAD_EDGE:
                    errors.append(f"{rid}: bad edge {s['text']!r}")
                ok, kind = ident_check(s["label"], s["text"])
                if not ok:
                    errors.append(f"{rid}: invalid {s['label']} {s['text']!r}")
                elif s["label"] in ("NATIONAL_ID", "DEVICE_ID"):
                    kinds[f"{s['label']}:{kind}"] += 1
            errors += [f"{rid}: {m}" for m in repeats(text, spans)]
    dup = [t for t, n in texts.items() if n > 1]
    if dup:
        errors.append(f"{len(dup)} duplicate texts")
    pos = docs.get("heldout_v15.jsonl", [])
    neg = docs.get("heldout_negatives_v15.jsonl", [])
    per_reg = collections.Counter(r["register"] for r in pos)
    if len(pos) != 400 or any(per_reg[x] != 80 for x in REGISTERS):
        errors.append(f"positive counts {dict(per_reg)}")
    if len(neg) != 250:
        errors.append(f"negative count {len(neg)}")
    print(f"positives: {len(pos)} ({', '.join(f'{k}={per_reg[k]}' for k in REGISTERS)}); negatives: {len(neg)}")
    print(f"spans: {sum(lab_count.values())}; labels used: {len(lab_count)}/{len(LABELS)}")
    missing = [x for x in LABELS if not lab_count[x]]
    print("labels never used:", ", ".join(missing) if missing else "none")
    print("identifier kinds recognised:")
    for k, n in sorted(kinds.items()):
        print(f"  {k:<40} {n}")
    print(
        "checks: json keys, ids, lengths 200-3000, offsets, sort/overlap, edge characters, label set, identifier validity,"
        " unlabelled repeats (>=4 chars), duplicates, negatives free of spans/e-mails/IPv4"
    )
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
