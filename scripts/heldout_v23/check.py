#!/usr/bin/env python3
"""Verify the v23 held-out corpus.

usage: check.py [DIR] [--no-determinism] [--verbose]

Hard checks (exit status 1 on failure):
  * both files exist, every line is a JSON object with id/register/text/spans;
  * 400 positive documents, 80 in each of the five registers, ids hv23-<register>-NNN;
  * 250 negatives, ids hv23-neg-NNN, 25 kinds x 10, empty spans;
  * every span: valid label, 0 <= start < end <= len(text), text[start:end] == span text, no surrounding
    whitespace, no overlaps; every positive document has at least one span;
  * CREDIT_CARD Luhn-valid, IBAN_CODE mod-97-valid, ABA_ROUTING_NUMBER checksum-valid, IP_ADDRESS parseable,
    US_SSN / US_ITIN structurally valid;
  * determinism: generate.py run twice with the default seed gives byte-identical files equal to DIR's,
    and a different seed gives different files (skipped with --no-determinism).
Soft checks (reported, not fatal): national IDs and phone numbers checked with python-stdnum / phonenumbers
when installed; unlabelled e-mail / IP / long-digit patterns in positives; e-mail / IBAN / IP patterns in negatives.
"""

import collections
import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {
    "PERSON",
    "USERNAME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "LOCATION",
    "GEO_COORDINATES",
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "NATIONAL_ID",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "URL",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "MEDICAL_CONDITION",
    "GENETIC_DATA",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
}
REGISTERS = [
    "sports_clubs_coaching",
    "online_gaming_moderation",
    "migrant_refugee_casework",
    "church_community_groups",
    "telehealth_pharmacy",
]
POS, NEG = "heldout_v23.jsonl", "heldout_negatives_v23.jsonl"

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}: bad JSON ({e})")
                continue
            if not isinstance(d, dict) or set(d) != {"id", "register", "text", "spans"}:
                err(f"{os.path.basename(path)}:{n}: wrong keys {sorted(d) if isinstance(d, dict) else type(d)}")
                continue
            docs.append(d)
    return docs


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) < 12:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def aba_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    return (
        bool(m)
        and m.group(1) not in ("000", "666")
        and not m.group(1).startswith("9")
        and m.group(2) != "00"
        and m.group(3) != "0000"
    )


def itin_ok(s):
    m = re.fullmatch(r"9(\d{2})-?(\d{2})-?(\d{4})", s)
    return bool(m) and (
        50 <= int(m.group(2)) <= 65
        or 70 <= int(m.group(2)) <= 88
        or int(m.group(2)) in (90, 91, 92)
        or 94 <= int(m.group(2)) <= 99
    )


def check_spans(d):
    text, spans = d["text"], d["spans"]
    prev_end = -1
    for s in sorted(spans, key=lambda x: (x["start"], x["end"])):
        if set(s) != {"start", "end", "label", "text"}:
            err(f"{d['id']}: span keys {sorted(s)}")
            continue
        if s["label"] not in LABELS:
            err(f"{d['id']}: unknown label {s['label']}")
        if not (isinstance(s["start"], int) and isinstance(s["end"], int) and 0 <= s["start"] < s["end"] <= len(text)):
            err(f"{d['id']}: bad offsets {s}")
            continue
        if text[s["start"] : s["end"]] != s["text"]:
            err(f"{d['id']}: text mismatch {s}")
        if s["text"] != s["text"].strip():
            err(f"{d['id']}: whitespace at span edge {s['text']!r}")
        if s["start"] < prev_end:
            err(f"{d['id']}: overlapping span {s}")
        prev_end = max(prev_end, s["end"])
        v, lab = s["text"], s["label"]
        if lab == "CREDIT_CARD" and not luhn_ok(v):
            err(f"{d['id']}: CREDIT_CARD fails Luhn: {v}")
        if lab == "IBAN_CODE" and not iban_ok(v):
            err(f"{d['id']}: IBAN fails mod-97: {v}")
        if lab == "ABA_ROUTING_NUMBER" and not aba_ok(v):
            err(f"{d['id']}: ABA checksum: {v}")
        if lab == "US_SSN" and not ssn_ok(v):
            err(f"{d['id']}: SSN structure: {v}")
        if lab == "US_ITIN" and not itin_ok(v):
            err(f"{d['id']}: ITIN structure: {v}")
        if lab == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                err(f"{d['id']}: IP not parseable: {v}")


def soft_checks(pos, neg, verbose):
    rep = collections.Counter()
    notes = collections.defaultdict(list)
    try:
        import phonenumbers
    except ImportError:
        phonenumbers = None
    regions = [
        "GB",
        "IE",
        "US",
        "AU",
        "DE",
        "CH",
        "FR",
        "ES",
        "MX",
        "HN",
        "IT",
        "PL",
        "NL",
        "SE",
        "BR",
        "PT",
        "TR",
        "SY",
        "IQ",
        "AF",
        "IR",
        "ER",
        "ET",
        "SO",
        "UA",
        "RU",
        "CN",
        "JP",
        "KR",
        "IN",
        "LK",
        "PK",
        "GR",
        "IL",
        "VN",
        "PH",
        "NG",
        "KE",
        "RO",
        "SD",
        "CA",
    ]
    for d in pos:
        covered = [False] * len(d["text"])
        for s in d["spans"]:
            for i in range(s["start"], s["end"]):
                covered[i] = True
            if s["label"] == "PHONE_NUMBER" and phonenumbers is not None and any(c.isdigit() for c in s["text"]):
                ok = False
                for reg in ["ZZ"] if s["text"].startswith("+") else regions:
                    try:
                        if phonenumbers.is_valid_number(phonenumbers.parse(s["text"], None if reg == "ZZ" else reg)):
                            ok = True
                            break
                    except Exception:
                        pass
                rep["phone_valid" if ok else "phone_not_validated"] += 1
                if not ok:
                    notes["phone_not_validated"].append(s["text"])
        for name, rx in [
            ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
            ("ipv4", r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
            ("digits7+", r"(?<![\w.])\d[\d -]{6,}\d(?![\w])"),
        ]:
            for m in re.finditer(rx, d["text"]):
                if not all(covered[m.start() : m.end()]):
                    rep[f"unlabelled_{name}"] += 1
                    notes[f"unlabelled_{name}"].append(f"{d['id']}: {m.group(0)}")
    try:
        import importlib

        mods = []
        for m in [
            "gb.nhs",
            "ie.pps",
            "de.idnr",
            "ch.ssn",
            "fr.nir",
            "es.dni",
            "es.nie",
            "es.nss",
            "it.codicefiscale",
            "pl.pesel",
            "nl.bsn",
            "se.personnummer",
            "pt.nif",
            "br.cpf",
            "tr.tckimlik",
            "ro.cnp",
            "gr.amka",
            "ru.inn",
            "il.idnr",
            "ca.sin",
            "au.tfn",
            "in_.aadhaar",
            "in_.pan",
            "cn.ric",
            "kr.rrn",
            "mx.curp",
            "ua.rntrc",
            "jp.in_",
            "us.ssn",
            "us.itin",
            "us.rtn",
            "iban",
            "luhn",
        ]:
            try:
                mods.append(importlib.import_module("stdnum." + m))
            except ImportError:
                pass
    except Exception:
        mods = []
    if mods:
        for d in pos:
            for s in d["spans"]:
                if s["label"] in ("NATIONAL_ID", "US_SSN", "US_ITIN", "ABA_ROUTING_NUMBER", "IBAN_CODE"):
                    ok = [
                        m.__name__.replace("stdnum.", "")
                        for m in mods
                        if not m.__name__.endswith("luhn") and m.is_valid(s["text"])
                    ]
                    rep["id_checksum_validated_by_stdnum" if ok else "id_no_stdnum_checker_matched"] += 1
                    if not ok:
                        notes["id_no_stdnum_checker_matched"].append(s["text"])
    for d in neg:
        for name, rx in [("email", r"[\w.+-]+@[\w-]+\.[a-z]{2,}"), ("iban", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}")]:
            for m in re.finditer(rx, d["text"]):
                rep[f"negative_{name}"] += 1
                notes[f"negative_{name}"].append(f"{d['id']}: {m.group(0)}")
    return rep, notes


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def determinism(outdir):
    with tempfile.TemporaryDirectory() as t:
        a, b, c = (os.path.join(t, x) for x in "abc")
        for o, seed in ((a, "23"), (b, "23"), (c, "24")):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", o, "--seed", seed], check=True)
        for f in (POS, NEG):
            ha, hb, hc = sha(os.path.join(a, f)), sha(os.path.join(b, f)), sha(os.path.join(c, f))
            if ha != hb:
                err(f"{f}: two runs with the same seed differ")
            if ha == hc:
                err(f"{f}: seed 24 gives the same file as seed 23")
            if os.path.exists(os.path.join(outdir, f)) and sha(os.path.join(outdir, f)) != ha:
                err(f"{f}: file in {outdir} is not the default-seed output")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    outdir = args[0] if args else HERE
    verbose = "--verbose" in sys.argv
    pos, neg = load(os.path.join(outdir, POS)), load(os.path.join(outdir, NEG))

    # positives
    by_reg = collections.Counter(d["register"] for d in pos)
    if len(pos) != 400:
        err(f"expected 400 positives, got {len(pos)}")
    for reg in REGISTERS:
        if by_reg[reg] != 80:
            err(f"register {reg}: {by_reg[reg]} documents (expected 80)")
    if set(by_reg) - set(REGISTERS):
        err(f"unexpected registers {set(by_reg) - set(REGISTERS)}")
    ids = set()
    for d in pos:
        if not re.fullmatch(rf"hv23-{re.escape(d['register'])}-\d{{3}}", d["id"]):
            err(f"bad positive id {d['id']}")
        if d["id"] in ids:
            err(f"duplicate id {d['id']}")
        ids.add(d["id"])
        if not d["spans"]:
            err(f"{d['id']}: positive document without spans")
        check_spans(d)
    # negatives
    if len(neg) != 250:
        err(f"expected 250 negatives, got {len(neg)}")
    kinds = collections.Counter(d["register"] for d in neg)
    if len(kinds) != 25 or set(kinds.values()) != {10}:
        err(f"negatives: expected 25 kinds x 10, got {dict(kinds)}")
    for d in neg:
        if not re.fullmatch(r"hv23-neg-\d{3}", d["id"]):
            err(f"bad negative id {d['id']}")
        if d["id"] in ids:
            err(f"duplicate id {d['id']}")
        ids.add(d["id"])
        if d["spans"]:
            err(f"{d['id']}: negative with spans")
    if len({d["text"] for d in pos}) != len(pos) or len({d["text"] for d in neg}) != len(neg):
        err("duplicate document texts")

    if "--no-determinism" not in sys.argv:
        determinism(outdir)

    # report
    lab = collections.defaultdict(collections.Counter)
    for d in pos:
        for s in d["spans"]:
            lab[d["register"]][s["label"]] += 1
    total = collections.Counter()
    for reg in REGISTERS:
        total.update(lab[reg])
    print("label counts (register columns: sports, gaming, migrant, church, telehealth, total)")
    for l in sorted(LABELS):
        print(f"  {l:<20}" + "".join(f"{lab[r][l]:>7}" for r in REGISTERS) + f"{total[l]:>8}")
    print(f"  {'ALL':<20}" + "".join(f"{sum(lab[r].values()):>7}" for r in REGISTERS) + f"{sum(total.values()):>8}")
    rep, notes = soft_checks(pos, neg, verbose)
    print("soft checks:", dict(rep))
    if verbose:
        for k, v in notes.items():
            print(f"  {k}: {v[:25]}")
    for f in (POS, NEG):
        p = os.path.join(outdir, f)
        print(f"sha256 {f}: {sha(p)}  ({os.path.getsize(p)} bytes)")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("OK: all hard checks passed")


if __name__ == "__main__":
    main()
