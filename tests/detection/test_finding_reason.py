"""A finding's reason (issue 12.5): a well-formed identifier reported on its shape and check alone, with no word
naming it, is a finding with a lower score and the reason "no context word", carried from the recognizer through
the detector and the column scan to the findings (the report shows it: tests/reports/test_report.py). In a clean
column, a cell that is only a bare run of digits is not made a finding on its shape alone."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pii_pipeline.detection.protocol import NO_CONTEXT_REASON
from pii_pipeline.detection.table_scan import scan_batch
from pii_pipeline.detection.text import TextDetector
from pii_pipeline.types import ColumnDecision, ColumnKind

CASES = [
    # (text, entity, value, reason)
    ("she gave 212-45-6789 at intake", "US_SSN", "212-45-6789", NO_CONTEXT_REASON),
    ("SSN 212-45-6789 on file", "US_SSN", "212-45-6789", ""),
    ("paid with 4111 1111 1111 1111 yesterday", "CREDIT_CARD", "4111 1111 1111 1111", NO_CONTEXT_REASON),
    ("Visa 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111", ""),
    ("wire to GB82WEST12345698765432 today", "IBAN_CODE", "GB82WEST12345698765432", NO_CONTEXT_REASON),
    ("wire via 021000021 today", "ABA_ROUTING_NUMBER", "021000021", NO_CONTEXT_REASON),
    ("routing 021000021", "ABA_ROUTING_NUMBER", "021000021", ""),
    ("her NI number is AB 12 34 56 C", "NATIONAL_ID", "AB 12 34 56 C", ""),
    ("seen AB 12 34 56 C at the desk", "NATIONAL_ID", "AB 12 34 56 C", NO_CONTEXT_REASON),
    ("id_doc\nF123456789012\nG234567890123", "US_DRIVER_LICENSE", "G234567890123", NO_CONTEXT_REASON),
    ("Name | SSN\nAnn Lee | 212456789", "US_SSN", "212456789", ""),
]


@pytest.mark.parametrize(("text", "entity", "value", "reason"), CASES)
def test_the_detector_carries_the_reason(detector: TextDetector, text: str, entity: str, value: str, reason: str):
    (spans,) = detector.detect([text])
    found = [(text[s.start : s.end], s.reason) for s in spans if s.entity_type == entity]
    assert (value, reason) in found and {r for _, r in found} == {reason}
    if reason:  # lower than with its word
        assert all(s.score < 0.95 for s in spans if s.entity_type == entity)


def _batch(values: list[str], column: str = "note") -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict({column: pa.array(values, pa.string())})


def test_the_column_scan_carries_the_reason(detector: TextDetector) -> None:
    batch = _batch(["she gave 212-45-6789 at intake", "SSN 212-45-6789 on file", "nothing here"])
    found = scan_batch(batch, [ColumnDecision("note", ColumnKind.FREE_TEXT)], detector).to_pylist()
    by_row = {(f["row"], f["entity_type"]): f["reason"] for f in found}
    assert by_row[(0, "US_SSN")] == NO_CONTEXT_REASON
    assert by_row[(1, "US_SSN")] == ""


def test_a_format_column_says_no_context_word(detector: TextDetector) -> None:
    decision = ColumnDecision(
        "id_doc", ColumnKind.IDENTIFIER, ["US_DRIVER_LICENSE"], score=0.8,
        reason="distinct sampled values have one government-ID format (x); no context word",
    )  # fmt: skip
    found = scan_batch(_batch(["F123456789012", "G234567890123"], "id_doc"), [decision], detector).to_pylist()
    assert [f["reason"] for f in found] == [NO_CONTEXT_REASON] * 2
    named = ColumnDecision("dl", ColumnKind.IDENTIFIER, ["US_DRIVER_LICENSE"], score=0.9, reason="column name says so")
    assert {f["reason"] for f in scan_batch(_batch(["F123456789012"], "dl"), [named], detector).to_pylist()} == {""}


def test_a_clean_columns_bare_number_cells_are_not_findings(detector: TextDetector) -> None:
    codes = ["212456789", "536221947", "021000021"]
    # Alone, each is a finding on its shape (a bare SSN or routing number as a whole text) ...
    assert all(spans for spans in detector.detect(codes))
    # ... but a clean column's cells that are only such numbers are codes of that column: no findings.
    values = [*codes, "call me at 212-45-6789 please"]
    found = scan_batch(_batch(values), [ColumnDecision("note", ColumnKind.CLEAN)], detector).to_pylist()
    assert {f["row"] for f in found} == {3}
