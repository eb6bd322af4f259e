"""Document builder that records labelled spans while text is assembled."""

from __future__ import annotations

import re

LABELS: tuple[str, ...] = (
    "PERSON",
    "USERNAME",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "URL",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "GEO_COORDINATES",
    "STREET_ADDRESS",
    "LOCATION",
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
    "VEHICLE_PLATE",
    "CREDENTIAL",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
)
Val = "str | tuple[str, str]"
_EDGE_BAD = set(" \t\r\n.,;:!?\"'“”‘’«»„")
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")


class Doc:
    """Append-only text with spans; slots are plain strings or (label, value) pairs."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[dict[str, object]] = []

    def add(self, text: str) -> Doc:
        self._parts.append(text)
        self._len += len(text)
        return self

    def pii(self, label: str, value: str) -> Doc:
        if label not in LABELS:
            raise ValueError(f"unknown label {label}")
        self.spans.append({"start": self._len, "end": self._len + len(value), "label": label, "text": value})
        return self.add(value)

    def put(self, value: Val) -> Doc:
        if isinstance(value, tuple):
            return self.pii(value[0], value[1])
        return self.add(value)

    def tpl(self, template: str, **slots: Val) -> Doc:
        pos = 0
        for m in _SLOT.finditer(template):
            self.add(template[pos : m.start()])
            self.put(slots[m.group(1)])
            pos = m.end()
        return self.add(template[pos:])

    def line(self, template: str = "", **slots: Val) -> Doc:
        return self.tpl(template, **slots).add("\n")

    def seq(self, *parts: Val) -> Doc:
        for part in parts:
            self.put(part)
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._len


def _edge_ok(value: str) -> bool:
    if not value or value[0] in _EDGE_BAD or value[-1] in _EDGE_BAD:
        return False
    if value[0] in _PAIRS and _PAIRS[value[0]] not in value:
        return False
    closers = {v: k for k, v in _PAIRS.items()}
    if value[-1] in closers and closers[value[-1]] not in value:
        return False
    return True


def finish(doc: Doc) -> tuple[str, list[dict[str, object]]]:
    """Strip outer whitespace, shift spans, and assert every invariant."""
    raw = doc.text
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    spans: list[dict[str, object]] = []
    last_end = -1
    for sp in doc.spans:
        start = int(sp["start"]) - lead  # type: ignore[call-overload]
        end = int(sp["end"]) - lead  # type: ignore[call-overload]
        value = str(sp["text"])
        assert 0 <= start < end <= len(text), (sp, len(text))
        assert text[start:end] == value, (text[start:end], value)
        assert start >= last_end, ("overlap", sp)
        assert _edge_ok(value), ("edge", value)
        spans.append({"start": start, "end": end, "label": sp["label"], "text": value})
        last_end = end
    return text, spans
