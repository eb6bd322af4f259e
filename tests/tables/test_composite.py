"""Composite contact columns ("Ana Ruiz (wife) 415-555-0134"): classified as such, split by shape over
the whole column, names and phones replaced, relation words and separators kept."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

import pyarrow as pa
import pytest

from pii_pipeline.config import TableConfig
from pii_pipeline.deid.engine import Deidentifier
from pii_pipeline.deid.keys import KeyRing
from pii_pipeline.deid.policy import load_policy
from pii_pipeline.detection.columns import classify_columns
from pii_pipeline.detection.shapes import composite_parts
from pii_pipeline.detection.table_scan import scan_batch
from pii_pipeline.pipeline.apply import apply_batch, output_schema
from pii_pipeline.types import ColumnDecision, ColumnKind, Span

CONTACTS = [
    "Melle van de Wiel - +1 763 953 4204",
    "Laurens van den Nuwenhuijzen (friend) 4103316322",
    "Gun Iciek, 925-978-8985",
    "José Núñez (husband) 415.555.0134",
    "Ana Ruiz - ana.ruiz@example.org",
    "Bo Li, mother, (415) 555-0199",
]
NAMES = ["Melle van de Wiel", "Laurens van den Nuwenhuijzen", "Gun Iciek", "José Núñez", "Ana Ruiz", "Bo Li"]
IDS = ["+1 763 953 4204", "4103316322", "925-978-8985", "415.555.0134", "ana.ruiz@example.org", "(415) 555-0199"]


class NameDetector:
    """A stand-in for the NER model: capitalised word runs are people; it records what it was asked."""

    def __init__(self, people: bool = True) -> None:
        self.people = people
        self.seen: list[str] = []

    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]:
        self.seen.extend(t for t in texts if t)
        pattern = r"[A-ZÀ-Ý][\w'’]+(?: (?:van|de|den|der|[A-ZÀ-Ý][\w'’]+))+"
        return [
            [Span("PERSON", m.start(), m.end(), 0.85, "fake") for m in re.finditer(pattern, t)]
            if t and self.people
            else []
            for t in texts
        ]


def _classify(column: str, values: list[str], detector: NameDetector) -> ColumnDecision:
    cfg = TableConfig(name="t", primary_key="id", watermark="id")
    sample = pa.table({"id": pa.array(range(len(values))), column: pa.array(values, pa.string())})
    return classify_columns(cfg, sample, detector)[1]


def test_the_split_finds_each_part_and_its_offsets() -> None:
    split = composite_parts(pa.array([*CONTACTS, "Call after 5pm: 555-0134", None], pa.string()))
    assert split.fits.to_pylist() == [True] * len(CONTACTS) + [False, False]
    for i, cell in enumerate(CONTACTS):
        start, end = (a[i].as_py() for a in split.offsets["name"])
        assert cell[start:end] == NAMES[i]
        start, end = (a[i].as_py() for a in split.offsets["id1"])
        assert cell[start:end] == IDS[i] == split.texts["id1"][i].as_py()


def test_a_contact_column_is_classified_composite() -> None:
    decision = _classify("emergency_contact", CONTACTS * 5, NameDetector())
    assert decision.kind == ColumnKind.COMPOSITE
    assert decision.entity_types[0] == "PERSON"
    assert set(decision.entity_types) == {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"}
    assert decision.match_share == 1.0


def test_words_without_phones_or_unconfirmed_names_are_not_composite() -> None:
    assert _classify("status", ["applied", "active", "screening"] * 10, NameDetector()).kind == ColumnKind.CLEAN
    # Fits the split, but the model calls none of the leading words people: not a contact column.
    offices = ["Front desk - 415-555-0100", "Main office, 415-555-0111", "Warehouse (rear) 415-555-0122"] * 10
    assert _classify("extension", offices, NameDetector(people=False)).kind != ColumnKind.COMPOSITE


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(load_policy(None), KeyRing({1: os.urandom(32)}, 1, "test"), store="s", table="t")


def test_names_and_phones_are_replaced_and_relations_kept(deid: Deidentifier) -> None:
    odd = "ask for Maria Lopez after 5pm"  # the split does not fit: the detector sees it
    batch = pa.record_batch({"id": pa.array(range(len(CONTACTS) + 2)), "contact": [*CONTACTS, odd, None]})
    decision = ColumnDecision("contact", ColumnKind.COMPOSITE, ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"])
    decisions = [ColumnDecision("id", ColumnKind.CLEAN), decision]
    detector = NameDetector()
    found = scan_batch(batch, decisions, detector)
    assert detector.seen == [odd]  # no model for the cells the split fits
    out = apply_batch(batch, found, decisions, deid, output_schema(batch.schema, decisions, deid))
    cells = out.column("contact").to_pylist()
    for cell, name, ident in zip(cells, NAMES, IDS, strict=False):
        assert name not in cell and ident not in cell
        assert "tok_v1_PERSON_" in cell
    assert "tok_v1_EMAIL_ADDRESS_" in cells[4] and "tok_v1_PHONE_NUMBER_" in cells[1]
    assert " (friend) " in cells[1] and " (husband) " in cells[3] and ", mother, " in cells[5]
    assert cells[0].count(" - ") == 1
    assert "Maria Lopez" not in cells[6] and cells[6].startswith("ask for tok_v1_PERSON_")
    assert cells[7] is None


def test_free_text_with_entity_types_is_not_composite() -> None:
    """Only the composite kind splits cells; free text (even with types) goes to the detector whole."""
    decision = ColumnDecision("contact", ColumnKind.FREE_TEXT, ["PERSON", "PHONE_NUMBER"])
    assert decision.kind != ColumnKind.COMPOSITE
    batch = pa.record_batch({"id": pa.array(range(2)), "contact": CONTACTS[:2]})
    detector = NameDetector()
    scan_batch(batch, [ColumnDecision("id", ColumnKind.CLEAN), decision], detector)
    assert detector.seen == CONTACTS[:2]


# ---------------------------------------------------------------- pinned in the configuration
def _pinned(pin: dict) -> TableConfig:
    return TableConfig.model_validate(
        {"name": "t", "primary_key": "id", "watermark": "id", "columns": {"notes": {"kind": "composite", **pin}}}
    )


def test_a_pin_selects_composite_whatever_the_values() -> None:
    # Values the classifier would never call composite: the pin wins, and scanning splits them.
    sample = pa.table({"id": pa.array(range(3)), "notes": pa.array(["x", "y", "z"], pa.string())})
    decision = classify_columns(_pinned({}), sample, NameDetector(people=False))[1]
    assert decision.kind == ColumnKind.COMPOSITE and decision.pinned
    assert decision.entity_types == ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]  # what the split finds
    decision = classify_columns(_pinned({"entity_types": ["PHONE_NUMBER"]}), sample, NameDetector())[1]
    assert decision.entity_types == ["PHONE_NUMBER"]

    batch = pa.record_batch({"id": pa.array(range(2)), "notes": CONTACTS[2:4]})
    detector = NameDetector()
    found = scan_batch(batch, [ColumnDecision("id", ColumnKind.CLEAN), decision], detector)
    assert detector.seen == []
    assert set(found.column("recognizer").to_pylist()) == {"composite"}
    assert sorted(found.column("entity_type").to_pylist()) == ["PERSON", "PERSON", "PHONE_NUMBER", "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ({"kind": "composite", "entity_types": ["US_SSN"]}, "a composite column holds PERSON, PHONE_NUMBER"),
        ({"kind": "free_text", "entity_types": ["PERSON"]}, "use kind: composite"),
        ({"kind": "clean", "entity_types": ["PERSON"]}, "no effect on a clean column"),
    ],
)
def test_pins_that_would_not_do_what_they_say_are_rejected(pin: dict, message: str) -> None:
    from pydantic import ValidationError

    from pii_pipeline.review.models import ReviewedPin

    with pytest.raises(ValidationError, match=message):
        TableConfig.model_validate({"name": "t", "primary_key": "id", "watermark": "id", "columns": {"c": pin}})
    # The reviewed-decisions file holds its pins to the same rules.
    with pytest.raises(ValidationError, match=message):
        ReviewedPin.model_validate({"table": "t", "column": "c", "reviewer": "a", "reviewed_on": "2026-01-01", **pin})


def test_a_reviewed_composite_pin_means_every_part_it_splits() -> None:
    from pii_pipeline.review import apply_to_decisions
    from pii_pipeline.review.models import Reviewed

    reviewed = Reviewed.model_validate(
        {"pins": [{"table": "t", "column": "notes", "kind": "composite", "reviewer": "a", "reviewed_on": "2026-01-01"}]}
    )
    current = [ColumnDecision("notes", ColumnKind.FREE_TEXT)]
    (decision,), applied = apply_to_decisions(current, "t", reviewed)
    assert decision.kind == ColumnKind.COMPOSITE and decision.pinned
    assert decision.entity_types == ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]
    assert applied[0].effect == "free_text[] -> composite[PERSON, PHONE_NUMBER, EMAIL_ADDRESS]"


def test_the_report_names_the_operators_of_a_composite_column(deid: Deidentifier) -> None:
    from pii_pipeline.pipeline.apply import column_operators

    decision = ColumnDecision("contact", ColumnKind.COMPOSITE, ["PERSON", "PHONE_NUMBER"])
    assert column_operators(decision, deid) == ",".join(
        sorted({deid.operator_for("PERSON", "contact"), deid.operator_for("PHONE_NUMBER", "contact")})
    )
    assert column_operators(ColumnDecision("memo", ColumnKind.FREE_TEXT), deid) == ""
