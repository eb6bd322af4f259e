"""The demo makes a report key too, so its reports carry value hashes a reviewer can allow-list."""

from __future__ import annotations

import stat
from pathlib import Path

from pii_pipeline.orchestration.demo import REPORT_KEY_FILE_NAME, airflow_env, ensure_key
from pii_pipeline.review.evidence import load_report_key


def test_demo_keys_and_the_environment_that_names_them(tmp_path: Path) -> None:
    key_file = ensure_key(tmp_path)
    report_key = key_file.with_name(REPORT_KEY_FILE_NAME)
    assert stat.S_IMODE(report_key.stat().st_mode) == 0o600
    load_report_key(report_key)  # a valid report key file
    env = airflow_env(tmp_path, key_file, base={})
    assert env["PII_PIPELINE_REPORT_KEY_FILE"] == str(report_key)
    before = report_key.read_bytes()
    assert ensure_key(tmp_path) == key_file and report_key.read_bytes() == before  # kept, not replaced
    # A key file kept elsewhere, without a report key beside it: no variable naming a missing file.
    other = tmp_path / "elsewhere" / "k.json"
    assert "PII_PIPELINE_REPORT_KEY_FILE" not in airflow_env(tmp_path, other, base={})
