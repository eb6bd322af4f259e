"""Reviewed decisions: validated file, pure application, and the report section that shows them."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from pii_pipeline.review import (
    ReviewError,
    TableReview,
    apply_to_decisions,
    finding_allowed,
    load_reviewed,
    read_applied,
)
from pii_pipeline.review.evidence import ReportKey, value_hash
from pii_pipeline.types import ColumnDecision, ColumnKind

from .synthetic import STORE, TABLE, context, february, january, pipeline_config, write_run

KEY = ReportKey(b"r" * 32)
WHO = "reviewer: a.lee\n    reviewed_on: 2026-02-03\n    reference: SEC-12"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "reviewed.yaml"
    path.write_text(body)
    return path


def reviewed_file(tmp_path: Path) -> Path:
    phone = value_hash("(555) 010-0199", "PHONE_NUMBER", KEY)
    return _write(
        tmp_path,
        f"""
version: 1
allow_columns:
  - table: {TABLE}
    column: memo
    entity_type: PERSON
    {WHO}
    note: "team names like Zebulon Quixfeather are not people"
  - table: {TABLE}
    column: gone_column
    entity_type: PERSON
    {WHO}
allow_values:
  - value_hash: "{phone}"
    entity_type: PHONE_NUMBER
    {WHO}
pins:
  - table: {TABLE}
    column: team_name
    kind: clean
    {WHO}
  - table: {TABLE}
    column: campaign_code
    kind: identifier
    entity_types: [US_SSN]
    {WHO}
confirmed:
  - table: {TABLE}
    column: donor_phone
    entity_type: PHONE_NUMBER
    {WHO}
""",
    )


def test_errors_name_file_and_field_never_the_value(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        f"""
allow_columns:
  - {{table: t, column: c, entity_type: PERSON, reviewer: a, reviewed_on: 2026-01-01}}
  - {{table: t, column: c, entity_type: SECRET_987-65-4329, reviewer: a, reviewed_on: 2026-01-01}}
pins:
  - {{table: t, column: c, kind: identifier, {WHO.replace(chr(10) + "    ", ", ")}}}
""",
    )
    with pytest.raises(ReviewError) as err:
        load_reviewed(path)
    msg = str(err.value)
    assert str(path) in msg
    assert "allow_columns[1].entity_type" in msg
    assert "pins[0]" in msg
    assert "987-65-4329" not in msg
    bad_yaml = _write(tmp_path, "pins: [unclosed")
    with pytest.raises(ReviewError, match=r"reviewed\.yaml: line \d+: not valid YAML"):
        load_reviewed(bad_yaml)
    hash_typo = _write(
        tmp_path, "allow_values:\n  - {value_hash: '123-45-6789', reviewer: a, reviewed_on: 2026-01-01}\n"
    )
    with pytest.raises(ReviewError, match=r"allow_values\[0\]\.value_hash") as err:
        load_reviewed(hash_typo)
    assert "123-45-6789" not in str(err.value)


def test_apply_to_decisions(tmp_path: Path) -> None:
    reviewed = load_reviewed(reviewed_file(tmp_path))
    decisions = february().decisions
    out, applied = apply_to_decisions(decisions, TABLE, reviewed)
    by = {d.column: d for d in out}
    # Reviewed pin applies over classification ...
    assert by["team_name"].kind == ColumnKind.CLEAN and by["team_name"].pinned
    # ... but never over a configuration pin: reported as not applied.
    assert by["campaign_code"].kind == ColumnKind.CLEAN
    status = {(a.rule, a.column): a for a in applied}
    assert not status[("pin", "campaign_code")].applied
    assert "configuration" in status[("pin", "campaign_code")].effect
    assert status[("pin", "team_name")].applied
    assert not status[("allow_column", "gone_column")].applied  # stale entries are visible
    assert status[("confirmed", "donor_phone")].applied
    assert [d.column for d in out] == [d.column for d in decisions]
    assert decisions[5].kind == ColumnKind.IDENTIFIER  # inputs are not mutated
    # An allow list on an identifier column's only type makes it clean.
    ident = [ColumnDecision("nick", ColumnKind.IDENTIFIER, ["PERSON"], 300, 0.9, 0.8)]
    allow = _write(
        tmp_path,
        f"allow_columns:\n  - {{table: {TABLE}, column: nick, entity_type: PERSON, "
        "reviewer: a, reviewed_on: 2026-01-01}\n",
    )
    out, applied = apply_to_decisions(ident, TABLE, load_reviewed(allow))
    assert out[0].kind == ColumnKind.CLEAN and out[0].entity_types == []
    assert apply_to_decisions(ident, TABLE, None) == (ident, [])


def test_finding_allowed(tmp_path: Path) -> None:
    reviewed = load_reviewed(reviewed_file(tmp_path))
    phone = value_hash("555 010 0199", "PHONE_NUMBER", KEY)  # same number, other layout
    assert finding_allowed(TABLE, "memo", "PERSON", None, reviewed)
    assert not finding_allowed(TABLE, "memo", "US_SSN", None, reviewed)
    assert not finding_allowed("other", "memo", "PERSON", None, reviewed)
    assert finding_allowed(TABLE, "donor_phone", "PHONE_NUMBER", phone, reviewed)
    assert not finding_allowed(TABLE, "donor_phone", "PERSON", phone, reviewed)  # narrowed to PHONE_NUMBER
    assert not finding_allowed(TABLE, "memo", "PERSON", None, None)


def test_table_review_drops_allowed_findings_and_report_shows_it(tmp_path: Path) -> None:
    path = reviewed_file(tmp_path)
    cfg = pipeline_config(tmp_path, path)
    jan = context(cfg, 1)
    from pii_pipeline.reports import write_run_report

    write_run_report(jan, write_run(jan, january()))
    feb = context(cfg, 2)
    review = TableReview.for_table(cfg.reviewed_decisions, TABLE, KEY)
    decisions = review.decisions(february().decisions)
    batch = pa.record_batch(
        {
            "memo": ["met Zebulon Quixfeather", "ssn 987-65-4329"],
            "donor_phone": ["(555) 010-0199", "(555) 010-0142"],
        }
    )
    found = pa.table(
        {
            "row": pa.array([0, 1, 0, 1], pa.int32()),
            "column": ["memo", "memo", "donor_phone", "donor_phone"],
            "entity_type": ["PERSON", "US_SSN", "PHONE_NUMBER", "PHONE_NUMBER"],
            "start": pa.array([4, 4, None, None], pa.int32()),
            "end": pa.array([23, 15, None, None], pa.int32()),
            "score": pa.array([0.85, 0.9, 0.9, 0.9], pa.float32()),
            "recognizer": ["spacy", "SocialSecurityNumberRecognizer", "shape", "shape"],
        }
    )
    kept, masked, hashes = review.screen(batch, found)
    assert kept["entity_type"].to_pylist() == ["US_SSN", "PHONE_NUMBER"]
    assert masked == ["***-**-4329", "(***) ***-0142"]
    assert len(hashes) == 2
    report_dir = feb.layout.run_report_dir(STORE, feb.run_id)
    run = february()
    run.decisions = decisions
    refs = write_run(feb, run)
    review.write(report_dir)
    counts = {(a.rule, a.column): a.findings_ignored for a in read_applied(report_dir, TABLE)}
    assert counts[("allow_column", "memo")] == 1
    assert counts[("allow_value", None)] == 1

    ref = write_run_report(feb, refs)
    report = json.loads(Path(ref.json_path).read_text())
    section = report["review"]
    assert section["configured"] and section["file"] == "reviewed.yaml"
    rules = {(a["rule"], a["column"]): a for a in section["applied"]}
    assert rules[("allow_value", None)]["findings_ignored"] == 1
    assert rules[("pin", "team_name")]["applied"]
    # The confirmed surprise (new phone column) is acknowledged and sorted after the open ones.
    phone = next(s for s in report["surprises"] if s["column"] == "donor_phone")
    assert phone["acknowledged"]
    assert report["surprises"][-1]["column"] == "donor_phone"
    html = Path(ref.html_path).read_text()
    assert 'id="review-applied"' in html and "SEC-12" in html
    # The reviewer's note may name someone: it is never shown.
    assert "Zebulon" not in html and "Zebulon" not in Path(ref.json_path).read_text()


def test_allow_values_without_the_report_key_is_an_error_naming_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PII_PIPELINE_REPORT_KEY_FILE", raising=False)
    path = reviewed_file(tmp_path)
    with pytest.raises(ReviewError, match="PII_PIPELINE_REPORT_KEY_FILE") as err:
        TableReview.for_table(path, TABLE)
    assert "keygen" in str(err.value) and "--purpose report" in str(err.value)
    # Without allow_values the key is not needed.
    no_values = _write(tmp_path, f"pins:\n  - table: {TABLE}\n    column: team_name\n    kind: clean\n    {WHO}\n")
    assert TableReview.for_table(no_values, TABLE).key is None


def test_keygen_purpose_report_makes_a_key_the_review_can_use(tmp_path: Path, monkeypatch) -> None:
    import stat
    import subprocess
    import sys

    key_file = tmp_path / "keys" / "report.key.json"
    proc = subprocess.run(
        [sys.executable, "-m", "pii_pipeline.cli.app", "keygen", str(key_file), "--purpose", "report"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    again = subprocess.run(
        [sys.executable, "-m", "pii_pipeline.cli.app", "keygen", str(key_file), "--purpose", "report"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert again.returncode == 1 and "exists" in again.stderr
    monkeypatch.setenv("PII_PIPELINE_REPORT_KEY_FILE", str(key_file))
    review = TableReview.for_table(reviewed_file(tmp_path), TABLE)
    assert review.key is not None and review.key.secret != KEY.secret
