"""A well-formed identifier with no context word, alone in an otherwise clean text column (issue 12.5),
and the leak gate of `redact` (issue 14).

A bare SSN scores 0.6 and a bare phone 0.75 with the real detector: below the 0.8 a clean column once
required and the 0.85 the gate once used, so both were published. They are findings at the detector's
threshold now, in the column scan and in the gate; and `redact` scans what it wrote, as `run` does.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.config import TableConfig
from pii_pipeline.detection.columns import classify_columns
from pii_pipeline.detection.table_scan import scan_batch
from pii_pipeline.pipeline.errors import LeakGateError
from pii_pipeline.pipeline.redact_file import redact_file
from pii_pipeline.types import ColumnKind

from .test_leak_gate_bites import MissesSsns

SSN = "536-22-1947"  # issued area, group and serial; no context word around it
PHONE = "415-555-0134"
PHRASES = [
    "Delivered on time.",
    "Package was damaged.",
    "Great service, thanks!",
    "Late again.",
    "Will order again.",
    "Box arrived open.",
    "No issues.",
    "Customer satisfied.",
]
ROWS = 200
SSN_ROW, PHONE_ROW = 50, 120


def _comments() -> list[str]:
    comments = [PHRASES[i % len(PHRASES)] for i in range(ROWS)]
    comments[SSN_ROW] = SSN
    comments[PHONE_ROW] = f"Please call {PHONE} today."
    return comments


@pytest.fixture
def keyring(key_file: Path):  # noqa: ANN201
    from pii_pipeline.deid.keys import load_keyring

    return load_keyring(key_file)


def _write_csv(path: Path, comments: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["order_id", "comment"])
        writer.writerows([i, c] for i, c in enumerate(comments))


# ---------------------------------------------------------------- the column scan (`run` and `redact`)
def test_a_bare_ssn_and_phone_in_a_clean_column_are_findings(detector) -> None:  # noqa: ANN001
    table = pa.table({"order_id": pa.array([str(i) for i in range(ROWS)]), "comment": _comments()})
    decisions = classify_columns(
        TableConfig(name="orders", primary_key="order_id", watermark="order_id"), table, detector
    )
    comment = next(d for d in decisions if d.column == "comment")
    assert comment.kind == ColumnKind.CLEAN  # the premise: one value in a hundred does not make it personal
    found = scan_batch(table.to_batches()[0], decisions, detector).to_pylist()
    by_row = {(f["row"], f["entity_type"]) for f in found if f["column"] == "comment"}
    assert (SSN_ROW, "US_SSN") in by_row and (PHONE_ROW, "PHONE_NUMBER") in by_row
    assert {r for r, _ in by_row} == {SSN_ROW, PHONE_ROW}  # and nothing else in the clean column


def test_redact_publishes_neither(tmp_path: Path, detector, keyring) -> None:  # noqa: ANN001
    source = tmp_path / "orders.csv"
    _write_csv(source, _comments())
    result = redact_file(source, tmp_path / "out", policy_path=None, keyring=keyring, detector=detector)
    comments = pq.read_table(result.parquet_path).column("comment").to_pylist()
    assert SSN not in comments[SSN_ROW] and PHONE not in comments[PHONE_ROW]
    assert comments[PHONE_ROW].startswith("Please call ")  # the sentence around the phone stays
    assert comments[:SSN_ROW] == _comments()[:SSN_ROW]  # the clean cells are untouched


def test_run_publishes_neither(tmp_path: Path, detector, key_file: Path) -> None:  # noqa: ANN001
    """The same column in a store, through `pii-pipeline run` (detect, de-identify, leak gate, publish)."""
    import sqlalchemy as sa

    from pii_pipeline.config import load_pipeline
    from pii_pipeline.pipeline import make_context, run_pipeline

    from .test_crash_safety import JAN

    url = f"sqlite:///{tmp_path / 'orders.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE orders (id INTEGER PRIMARY KEY, comment TEXT, updated_at TIMESTAMP)"))
        rows = [{"id": i, "c": c, "t": f"2026-01-{1 + i % 28:02d} 10:00:00"} for i, c in enumerate(_comments())]
        conn.execute(sa.text("INSERT INTO orders VALUES (:id, :c, :t)"), rows)
    engine.dispose()
    config = tmp_path / "orders.yaml"
    config.write_text(
        f'name: shop\nstore: {{url: "{url}"}}\n'
        "tables:\n  - {name: orders, primary_key: id, watermark: updated_at}\n"
        f'output: {{root: "{tmp_path / "out"}"}}\n'
    )
    ctx = make_context(load_pipeline(config), "bare", JAN)
    run_pipeline(ctx, detector=detector)
    published = pq.read_table(ctx.layout.partition_file("shop", "orders", ctx.load_date)).to_pylist()
    comments = {r["id"]: r["comment"] for r in published}
    assert len(comments) == ROWS
    assert SSN not in comments[SSN_ROW] and PHONE not in comments[PHONE_ROW]
    assert comments[0] == PHRASES[0]  # clean cells untouched


# ---------------------------------------------------------------- the gate itself
def test_the_gate_finds_a_bare_ssn_at_the_detection_threshold(tmp_path: Path, detector) -> None:  # noqa: ANN001
    from pii_pipeline.pipeline.leak_gate import scan_file  # here: the module's other tests run without it

    staged = tmp_path / "out.parquet"
    pq.write_table(pa.table({"comment": ["No issues.", SSN, "tok_v1_US_SSN_Q2xhc3NpZmllZA", "Late again."]}), staged)
    leaks = scan_file(
        staged, table="orders", key_column=None, batch_size=2, threshold=0.5, detector=detector, where="test"
    )
    assert [(x["column"], x["row_key"], x["entity_type"]) for x in leaks] == [("comment", "row 2", "US_SSN")]
    assert x_lacks_value(leaks)


def x_lacks_value(leaks: list[dict]) -> bool:
    text = json.dumps(leaks)
    return SSN not in text and "1947" not in text


# ---------------------------------------------------------------- the gate of `redact` bites
def test_redact_whose_detector_misses_fails_and_writes_nothing(tmp_path: Path, detector, keyring) -> None:  # noqa: ANN001
    """Detection misses the SSN (a recognizer broken at detect time); the gate's scan, with the real
    detector, finds it: the redact fails naming column and row, and leaves no file behind."""
    source = tmp_path / "orders.csv"
    comments = _comments()
    comments[SSN_ROW] = f"Her SSN is {SSN}, per the intake form."  # a context word: the real detector is sure
    _write_csv(source, comments)
    out = tmp_path / "out"
    with pytest.raises(LeakGateError) as raised:
        redact_file(
            source, out, policy_path=None, keyring=keyring, detector=MissesSsns(detector), gate_detector=detector
        )
    message = str(raised.value)
    assert f"column comment row {SSN_ROW + 1} (US_SSN)" in message
    assert SSN not in message and "1947" not in message
    assert sorted(p.name for p in out.iterdir()) == []  # no output, no report, no .partial


def test_the_gate_threshold_is_the_detection_threshold_unless_set() -> None:
    from pii_pipeline.config.models import DetectionConfig
    from pii_pipeline.pipeline.leak_gate import threshold_of

    assert threshold_of(DetectionConfig(score_threshold=0.45)) == 0.45
    assert threshold_of(DetectionConfig(score_threshold=0.45, leak_threshold=0.7)) == 0.7
