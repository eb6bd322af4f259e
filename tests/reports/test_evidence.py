"""Masked evidence and report-domain hashes: useful to a reviewer, useless to a reader of the report."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pyarrow as pa
import pytest

from pii_pipeline.review.evidence import (
    EVIDENCE_SCHEMA,
    HASH_PATTERN,
    ReportKey,
    ReportKeyError,
    derive_report_key,
    evidence_for_batch,
    finding_values,
    generate_report_key_file,
    load_report_key,
    mask_value,
    report_key_from_env,
    value_hash,
    with_evidence,
)
from pii_pipeline.types import FINDINGS_SCHEMA

KEY = ReportKey(b"k" * 32)


@pytest.mark.parametrize(
    ("value", "entity", "masked"),
    [
        ("123-45-1120", "US_SSN", "***-**-1120"),
        ("4111 1111 1111 1111", "CREDIT_CARD", "**** **** **** 1111"),
        ("(555) 010-0199", "PHONE_NUMBER", "(***) ***-0199"),
        ("12-34", "US_SSN", "***"),  # too short: 4 characters would be most of it
        ("Zebulon Quixfeather", "PERSON", "***"),
        ("zq@example.org", "EMAIL_ADDRESS", "***"),
        ("1 Elm St, Springfield", "STREET_ADDRESS", "***"),
        ("123-45-1120" * 5, "US_SSN", "***"),  # long text is not shape-preserved
    ],
)
def test_mask_shows_at_most_the_last_four(value: str, entity: str, masked: str) -> None:
    out = mask_value(value, entity)
    assert out == masked
    shown = [ch for ch in out if ch.isalnum()]
    assert len(shown) <= 4


def test_hash_is_keyed_normalised_and_not_the_value() -> None:
    h = value_hash("123-45-1120", "US_SSN", KEY)
    assert HASH_PATTERN.match(h)
    assert h == value_hash("123451120", "US_SSN", KEY)  # separators do not split one value in two
    assert h != value_hash("123-45-1120", "US_SSN", ReportKey(b"x" * 32))
    assert value_hash("Ann Lee", "PERSON", KEY) == value_hash("  ann  LEE ", "PERSON", KEY)
    assert "123451120" not in h


def test_report_key_is_not_the_deid_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deid_secret = b"d" * 32
    derived = derive_report_key(deid_secret)
    assert derived.secret != deid_secret and deid_secret not in derived.secret
    assert "secret" not in repr(derived)  # the key never reaches a log line
    path = tmp_path / "keys" / "report-key.json"
    made = generate_report_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_report_key(path) == made
    monkeypatch.setenv("PII_PIPELINE_REPORT_KEY_FILE", str(path))
    assert report_key_from_env() == made
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"report_key": "not base64!"}))
    bad.chmod(0o600)
    with pytest.raises(ReportKeyError, match="bad.json: not a report key file"):
        load_report_key(bad)


def _scan_like() -> tuple[pa.RecordBatch, pa.Table]:
    batch = pa.record_batch(
        {
            "id": pa.array(["r1", "r2"]),
            "ssn": pa.array(["123-45-1120", None]),
            "memo": pa.array(["call Zebulon Quixfeather today", "ssn 987-65-4329 on file"]),
        }
    )
    found = pa.table(
        {
            "row": pa.array([0, 0, 1], pa.int32()),
            "column": ["ssn", "memo", "memo"],
            "entity_type": ["US_SSN", "PERSON", "US_SSN"],
            "start": pa.array([None, 5, 4], pa.int32()),
            "end": pa.array([None, 24, 15], pa.int32()),
            "score": pa.array([1.0, 0.85, 0.9], pa.float32()),
            "recognizer": ["shape", "spacy", "SocialSecurityNumberRecognizer"],
        }
    )
    return batch, found


def test_evidence_for_a_scanned_batch() -> None:
    batch, found = _scan_like()
    assert finding_values(batch, found) == ["123-45-1120", "Zebulon Quixfeather", "987-65-4329"]
    masked, hashes = evidence_for_batch(batch, found, KEY)
    assert masked == ["***-**-1120", "***", "***-**-4329"]
    assert all(HASH_PATTERN.match(h) for h in hashes)
    _, no_key = evidence_for_batch(batch, found, None)
    assert no_key == [None, None, None]
    public = pa.table(
        {
            "table": ["t"] * 3,
            "column": found["column"],
            "row_key": ["r1", "r1", "r2"],
            "entity_type": found["entity_type"],
            "start": found["start"],
            "end": found["end"],
            "score": found["score"],
            "recognizer": found["recognizer"],
            "reason": ["", "", "no context word"],
        },
        schema=FINDINGS_SCHEMA,
    )
    out = with_evidence(public, masked, hashes)
    assert out.schema == EVIDENCE_SCHEMA
    text = json.dumps(out.to_pylist())
    assert "Zebulon" not in text and "987-65-4329" not in text and "123-45-1120" not in text
