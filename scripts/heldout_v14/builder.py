"""Text builder that records exact character offsets for labelled slots."""

from __future__ import annotations

import re
from typing import Union

LABELS = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "STREET_ADDRESS",
    "LOCATION",
    "DATE_OF_BIRTH",
    "AGE",
    "MINOR_AGE",
    "USERNAME",
    "URL",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "DEVICE_ID",
    "GEO_COORDINATES",
    "CREDENTIAL",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "NATIONAL_ID",
    "VEHICLE_PLATE",
    "MEDICAL_CONDITION",
    "CRIMINAL_HISTORY",
    "ETHNIC_ORIGIN",
    "SEXUAL_ORIENTATION",
    "GENDER_IDENTITY",
)
BAD_EDGE = ".,;:!?'\""
OPEN_TO_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">"}
CLOSE_TO_OPEN = {v: k for k, v in OPEN_TO_CLOSE.items()}
SLOT_RE = re.compile(r"\[\[(\w+)\]\]")

Slot = Union[str, tuple[str, str]]


def check_span_text(value: str) -> None:
    """Assert the edge rules for a labelled value."""
    assert value, "empty span"
    assert not value[0].isspace() and not value[-1].isspace(), repr(value)
    assert value[0] not in BAD_EDGE and value[-1] not in BAD_EDGE, repr(value)
    if value[0] in OPEN_TO_CLOSE:
        assert OPEN_TO_CLOSE[value[0]] in value[1:], repr(value)
    if value[-1] in CLOSE_TO_OPEN:
        assert CLOSE_TO_OPEN[value[-1]] in value[:-1], repr(value)


class Builder:
    """Append plain text and (label, value) slots; offsets are computed while appending."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0
        self.lower = False

    def text(self, value: str) -> Builder:
        if self.lower and len(value.lower()) == len(value):
            value = value.lower()
        self.parts.append(value)
        self.pos += len(value)
        return self

    def slot(self, label: str, value: str) -> Builder:
        assert label in LABELS, label
        if self.lower and len(value.lower()) == len(value):
            value = value.lower()
        check_span_text(value)
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "label": label, "text": value})
        return self.text(value)

    def add(self, item: Slot) -> Builder:
        if isinstance(item, tuple):
            return self.slot(item[0], item[1])
        return self.text(item)

    def fill(self, template: str, **slots: Slot) -> Builder:
        """Append a template where [[key]] is replaced by slots[key] (a str or a (label, value) tuple)."""
        last = 0
        for match in SLOT_RE.finditer(template):
            self.text(template[last : match.start()])
            self.add(slots[match.group(1)])
            last = match.end()
        return self.text(template[last:])

    def line(self, template: str = "", **slots: Slot) -> Builder:
        return self.fill(template, **slots).text("\n")

    def build(self, doc_id: str, register: str) -> dict:
        text = "".join(self.parts)
        spans = sorted(self.spans, key=lambda s: (s["start"], s["end"]))
        validate(text, spans)
        return {"id": doc_id, "register": register, "text": text, "spans": spans}


def validate(text: str, spans: list[dict]) -> None:
    """Assert all span invariants for one document."""
    prev_end = -1
    for span in spans:
        assert span["label"] in LABELS
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]
        assert span["start"] >= prev_end, "overlap"
        check_span_text(span["text"])
        prev_end = span["end"]
