"""In-generator document checks (the independent re-check lives in verify_output.py)."""

import ipaddress
import re

import phonenumbers
from stdnum import iban, luhn, mac
from stdnum.us import itin, rtn, ssn

LABELS = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "LOCATION",
    "USERNAME",
    "URL",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "GEO_COORDINATES",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "NATIONAL_ID",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "ETHNIC_ORIGIN",
    "GENDER_IDENTITY",
    "SEXUAL_ORIENTATION",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
}
EDGE = set(" \t\r\n.,;:!?'\"")
REGIONS = [
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
WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "double": "D",
    "plus": "+",
}


def words_to_digits(s):
    toks = re.split(r"[\s,-]+", s.lower())
    out = []
    dbl = False
    for t in toks:
        if t == "double":
            dbl = True
            continue
        if t in WORDS:
            out.append(WORDS[t] * (2 if dbl else 1))
        elif t.isdigit():
            out.append(t)
        else:
            return None
        dbl = False
    return "".join(out)


def phone_ok(s):
    cand = [s]
    if re.search(r"[a-z]{3}", s.lower()):
        w = words_to_digits(s)
        if not w:
            return False
        cand = [w]
    for c in cand:
        for reg in [None] + REGIONS:
            try:
                p = phonenumbers.parse(c, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(p):
                return True
    return False


def ident_ok(label, v):
    if label == "PHONE_NUMBER":
        return phone_ok(v)
    if label == "CREDIT_CARD":
        return luhn.is_valid(re.sub(r"[ -]", "", v))
    if label == "IBAN_CODE":
        return iban.is_valid(v)
    if label == "US_SSN":
        return ssn.is_valid(v)
    if label == "US_ITIN":
        return itin.is_valid(v)
    if label == "ABA_ROUTING_NUMBER":
        return rtn.is_valid(v)
    if label == "MAC_ADDRESS":
        if re.fullmatch(r"[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}", v):
            h = v.replace(".", "")
            v = ":".join(h[i : i + 2] for i in range(0, 12, 2))
        return mac.is_valid(v)
    if label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    return True


def _bound(text, i, j):
    return (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum())


def unlabelled_repeats(text, spans):
    covered = [(s["start"], s["end"]) for s in spans]
    low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    bad = []
    for s in spans:
        v = s["text"]
        if len(v) < 4:
            continue
        lv = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in v)
        i = low.find(lv)
        while i >= 0:
            j = i + len(lv)
            if _bound(text, i, j) and not any(a <= i and j <= b for a, b in covered):
                bad.append(f"unlabelled repeat of {v!r} ({s['label']}) at {i}")
            i = low.find(lv, i + 1)
    return bad


def check_doc(text, spans, positive=True):
    errs = []
    if not 200 <= len(text) <= 3000:
        errs.append(f"length {len(text)}")
    if positive and not spans:
        errs.append("no spans")
    if not positive and spans:
        errs.append("negative with spans")
    prev = 0
    for s in spans:
        if s["label"] not in LABELS:
            errs.append("bad label " + s["label"])
        if text[s["start"] : s["end"]] != s["text"]:
            errs.append("offset mismatch")
        if s["start"] < prev:
            errs.append("overlap")
        prev = s["end"]
        if not s["text"] or s["text"][0] in EDGE or s["text"][-1] in EDGE:
            errs.append(f"edge {s['text']!r}")
        if not ident_ok(s["label"], s["text"]):
            errs.append(f"invalid {s['label']} {s['text']!r}")
    errs += unlabelled_repeats(text, spans)
    return errs
