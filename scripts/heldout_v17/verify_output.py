"""Verify the v17 held-out corpus files.

Checks: JSON shape, unique ids and id format, per-register/kind counts, allowed labels, offsets and
span text, no overlaps, no whitespace/punctuation at span edges, negatives without spans,
checksums of generated identifiers, and that no labelled value re-occurs unlabelled in its document.

Usage: python verify_output.py [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.dk import cpr
from stdnum.gb import nhs
from stdnum.mx import curp
from stdnum.no import fodselsnummer
from stdnum.pt import cc as ptcc
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.us import itin, rtn, ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BAD_EDGE, LABELS, sg_nric_valid, tw_id_valid  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "heldout"
REGISTERS = ("esp_incident_reports", "donor_crm_profiles", "social_data_exports", "transcribed_letters", "world_tips_g")
SKIP_RECUR = {"AGE", "MINOR_AGE"}  # bare small numbers legitimately recur inside dates/times


def _digits(s):
    return re.sub(r"\D", "", s)


def check_value(label: str, value: str) -> str | None:
    """Return an error string if a generated identifier fails its checksum, else None."""
    d = _digits(value)
    v = value.replace(" ", "").replace(".", "").replace("-", "")
    if label == "US_SSN" and not ssn.is_valid(d):
        return "bad SSN"
    if label == "US_ITIN" and not itin.is_valid(d):
        return "bad ITIN"
    if label == "ABA_ROUTING_NUMBER" and not rtn.is_valid(d):
        return "bad routing number"
    if label == "IBAN_CODE" and not iban.is_valid(value):
        return "bad IBAN"
    if label == "CREDIT_CARD" and "*" not in value and "X" not in value.upper() and not luhn.is_valid(d):
        return "bad card checksum"
    if label == "DEVICE_ID" and re.fullmatch(r"\d{15}", value) and value[:2] in ("35", "86", "01", "49", "99"):
        if not luhn.is_valid(value):
            return "bad IMEI"
    if label == "DEVICE_ID" and re.fullmatch(r"89\d{17,18}", value) and not luhn.is_valid(value):
        return "bad ICCID"
    if label == "NATIONAL_ID":
        if v.startswith("756") and len(d) == 13 and not ahv.is_valid(d):
            return "bad AHV"
        tests = [
            (r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", lambda: nn.is_valid(d), "bad Belgian RRN"),
            (r"\d{4} \d{6}", lambda: vnr.is_valid(d), "bad Austrian SVNR"),
            (r"\d{3} \d{3} \d{3}", lambda: sin.is_valid(d) or nif.is_valid(d), "bad SIN/NIF"),
            (r"\d{6}-\d{4}", lambda: cpr.is_valid(d) or personnummer.is_valid(value), "bad CPR/personnummer"),
            (r"\d{8}-\d{4}", lambda: personnummer.is_valid(value), "bad personnummer"),
            (r"\d{6} \d{5}", lambda: fodselsnummer.is_valid(d), "bad fødselsnummer"),
            (r"(20|23|24|27)-\d{8}-\d", lambda: cuit.is_valid(d), "bad CUIL"),
            (r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", lambda: curp.is_valid(value), "bad CURP"),
            (r"[A-Z][12]\d{8}", lambda: tw_id_valid(value), "bad Taiwan ID"),
            (r"[STFG]\d{7}[A-Z]", lambda: sg_nric_valid(value), "bad NRIC"),
            (r"\d{8} \d [A-Z]{2}\d", lambda: ptcc.is_valid(value), "bad Cartão de Cidadão"),
        ]
        for pat, ok, msg in tests:
            if re.fullmatch(pat, value) and not ok():
                return msg
    if label == "NATIONAL_ID" and re.fullmatch(r"[123]\d{8}|[123]\d{2} \d{3} \d{3}", value):
        if not nif.is_valid(d) and not sin.is_valid(d):
            return "bad NIF"
    if label == "NATIONAL_ID" and re.fullmatch(r"\d{3} \d{3} \d{4}", value) and not nhs.is_valid(d):
        return "bad NHS number"
    if label == "PHONE_NUMBER" and value.startswith("+") and re.fullmatch(r"\+[\d ().\-]+", value):
        try:
            if not phonenumbers.is_valid_number(phonenumbers.parse(value, None)):
                return "invalid phone"
        except phonenumbers.NumberParseException:
            return "unparseable phone"
    return None


def _covered(start, end, spans):
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def check_doc(doc, negative: bool) -> list[str]:
    errs = []
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["empty text"]
    spans = doc.get("spans")
    if not isinstance(spans, list):
        return ["spans missing"]
    if negative and spans:
        errs.append("negative has spans")
    prev_end = -1
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        st, en, lab, t = s["start"], s["end"], s["label"], s["text"]
        if lab not in LABELS:
            errs.append(f"bad label {lab}")
        if not (0 <= st < en <= len(text)) or text[st:en] != t:
            errs.append(f"offset mismatch {st}-{en}")
            continue
        if st < prev_end:
            errs.append(f"overlap at {st}")
        prev_end = max(prev_end, en)
        if t[0] in BAD_EDGE or t[-1] in BAD_EDGE:
            errs.append(f"bad edge {t!r}")
        e = check_value(lab, t)
        if e:
            errs.append(f"{e}: {t!r}")
    # labelled values must not re-occur unlabelled (case-insensitive, on word boundaries)
    low = text.lower()
    for s in spans:
        if s["label"] in SKIP_RECUR or len(s["text"]) < 3:
            continue
        pat = re.compile(r"(?<![\w@.\-])" + re.escape(s["text"].lower()) + r"(?![\w@\-]|\.\w)")
        for m in pat.finditer(low):
            if not _covered(m.start(), m.end(), spans):
                errs.append(f"unlabelled repeat of {s['label']} {s['text']!r} at {m.start()}")
    return errs


def verify(directory: Path) -> int:
    problems = 0
    ids = set()
    pos_path = directory / "heldout_v17.jsonl"
    neg_path = directory / "heldout_negatives_v17.jsonl"
    reg_counts, kind_counts, label_counts = Counter(), Counter(), Counter()
    for path, negative in ((pos_path, False), (neg_path, True)):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            doc = json.loads(line)
            did, reg = doc.get("id"), doc.get("register")
            if set(doc) != {"id", "register", "text", "spans"}:
                print(f"{path.name}:{n} unexpected keys {sorted(doc)}")
                problems += 1
            if did in ids:
                print(f"{path.name}:{n} duplicate id {did}")
                problems += 1
            ids.add(did)
            prefix = "v17n" if negative else "v17"
            if not re.fullmatch(rf"{prefix}-{re.escape(reg)}-\d+", did or ""):
                print(f"{path.name}:{n} bad id {did}")
                problems += 1
            (kind_counts if negative else reg_counts)[reg] += 1
            for s in doc.get("spans", []):
                label_counts[s["label"]] += 1
            for e in check_doc(doc, negative):
                print(f"{did}: {e}")
                problems += 1
    if set(reg_counts) != set(REGISTERS) or any(c != 80 for c in reg_counts.values()):
        print(f"register counts wrong: {dict(reg_counts)}")
        problems += 1
    if len(kind_counts) != 25 or any(c != 10 for c in kind_counts.values()):
        print(f"look-alike counts wrong: {dict(kind_counts)}")
        problems += 1
    missing = [lab for lab in LABELS if not label_counts[lab]]
    if missing:
        print(f"labels never used: {missing}")
    print(
        f"documents: {sum(reg_counts.values())} labelled, {sum(kind_counts.values())} look-alikes; "
        f"spans: {sum(label_counts.values())}; problems: {problems}"
    )
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = ap.parse_args(argv)
    return 1 if verify(args.dir) else 0


if __name__ == "__main__":
    sys.exit(main())
