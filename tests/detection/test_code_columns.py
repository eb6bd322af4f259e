"""A column of case, ticket and invoice numbers ("CT-2026-000123", "INV-2026-0042") is not a column of
names: its letter prefix glued to digits once read as a PERSON before a phone number, so the column was
classified free text and every code published as `tok_v1_PERSON_…-2026-000123`."""

from __future__ import annotations

import pyarrow as pa

from pii_pipeline.config import TableConfig
from pii_pipeline.detection.columns import classify_columns
from pii_pipeline.detection.table_scan import scan_batch
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import ColumnKind

CFG = TableConfig(name="cases", primary_key="id", watermark="updated")
PREFIXES = ["CT", "AB", "INV", "TKT", "SR"]
ROWS = 150


def _codes() -> list[str]:
    return [f"{PREFIXES[i % len(PREFIXES)]}-2026-{123 + i:06d}" for i in range(ROWS)]


def test_a_column_of_case_codes_is_clean_and_has_no_person(detector: TextDetector) -> None:
    table = pa.table({"id": list(range(ROWS)), "case_ref": _codes(), "updated": list(range(ROWS))})
    decisions = classify_columns(CFG, table, detector)
    (decision,) = [d for d in decisions if d.column == "case_ref"]
    assert "PERSON" not in decision.entity_types, decision.reason
    assert decision.kind == ColumnKind.CLEAN, decision.reason
    found = scan_batch(table.to_batches()[0], decisions, detector)
    assert found.filter(pa.compute.equal(found["column"], "case_ref")).num_rows == 0
