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
from pii_pipeline.detection.columns import classify_columns, is_composite
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
    assert decision.kind == ColumnKind.FREE_TEXT and is_composite(decision)
    assert decision.entity_types[0] == "PERSON"
    assert set(decision.entity_types) == {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"}
    assert decision.match_share == 1.0


def test_words_without_phones_or_unconfirmed_names_are_not_composite() -> None:
    assert not is_composite(_classify("status", ["applied", "active", "screening"] * 10, NameDetector()))
    # Fits the split, but the model calls none of the leading words people: not a contact column.
    offices = ["Front desk - 415-555-0100", "Main office, 415-555-0111", "Warehouse (rear) 415-555-0122"] * 10
    assert not is_composite(_classify("extension", offices, NameDetector(people=False)))


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(load_policy(None), KeyRing({1: os.urandom(32)}, 1, "test"), store="s", table="t")


def test_names_and_phones_are_replaced_and_relations_kept(deid: Deidentifier) -> None:
    odd = "ask for Maria Lopez after 5pm"  # the split does not fit: the detector sees it
    batch = pa.record_batch({"id": pa.array(range(len(CONTACTS) + 2)), "contact": [*CONTACTS, odd, None]})
    decision = ColumnDecision("contact", ColumnKind.FREE_TEXT, ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"])
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
