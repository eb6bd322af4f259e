"""Markup helpers: templates embed labelled values with L(); build() strips the
markers and computes character offsets."""

from __future__ import annotations

import re

OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"

LABELS = [
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
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "NATIONAL_ID",
    "CREDENTIAL",
    "VEHICLE_PLATE",
    "MEDICAL_CONDITION",
    "GENETIC_DATA",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
]
_LABELSET = frozenset(LABELS)


def L(label: str, value) -> str:
    """Wrap a value so that build() turns it into a labelled span."""
    value = str(value)
    if label not in _LABELSET:
        raise ValueError(label)
    if value != value.strip() or not value:
        raise ValueError(f"bad span value {value!r}")
    return f"{OPEN}{label}{MID}{value}{CLOSE}"


_MARK = re.compile(f"{OPEN}([A-Z_]+){MID}(.*?){CLOSE}", re.DOTALL)


def build(doc_id: str, register: str, marked: str) -> dict:
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        label, value = m.group(1), m.group(2)
        spans.append({"start": cur, "end": cur + len(value), "label": label, "text": value})
        out.append(value)
        cur += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if OPEN in text or MID in text or CLOSE in text:
        raise ValueError(f"stray marker in {doc_id}")
    return {"id": doc_id, "register": register, "text": text, "spans": spans}


def plain(doc_id: str, register: str, text: str) -> dict:
    if OPEN in text:
        raise ValueError(f"negative {doc_id} contains a labelled value")
    return {"id": doc_id, "register": register, "text": text, "spans": []}


def wrap_pdf(text: str, width: int, rng) -> str:
    """Hard-wrap marked text like a PDF copy-paste, never breaking inside a
    marked value unless the value itself contains a space (then the break
    stays inside the span, which is allowed: no leading/trailing space)."""
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            vis = len(_MARK.sub(lambda m: m.group(2), line + " " + w))
            if line and vis > width + rng.randint(-6, 6) and (not _inside(line) or rng.random() < 0.35):
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
    return "\n".join(lines)


def _inside(s: str) -> bool:
    return s.count(OPEN) > s.count(CLOSE)
