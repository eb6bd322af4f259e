"""Progress: a bar with a rate on a terminal, plain log lines elsewhere, counts only."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_pipeline import progress as progress_module
from pii_pipeline.progress import progress


def test_log_mode_reports_counts_rate_and_eta(monkeypatch, caplog) -> None:
    monkeypatch.setenv(progress_module.ENV, "log")
    monkeypatch.setattr(progress_module, "LOG_EVERY_S", 0.0)
    with caplog.at_level(logging.INFO, logger="pii_pipeline.progress"):
        with progress("tips.tips: detect", total=30) as meter:
            for _ in range(3):
                meter.advance(10)
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0].startswith("tips.tips: detect: 10/30 rows (") and "ETA" in lines[0]
    assert lines[-1].startswith("tips.tips: detect: 30/30 rows") and lines[-1].endswith("done")


def test_off_mode_is_silent(monkeypatch, caplog) -> None:
    monkeypatch.setenv(progress_module.ENV, "off")
    with caplog.at_level(logging.INFO, logger="pii_pipeline.progress"), progress("x", total=1) as meter:
        meter.advance()
    assert not caplog.records


@pytest.mark.parametrize(("env", "tty", "airflow", "expected"), [
    ("", True, False, "bar"), ("", False, False, "log"), ("", True, True, "log"), ("off", True, False, "off"),
])  # fmt: skip
def test_mode_follows_the_terminal(monkeypatch, env: str, tty: bool, airflow: bool, expected: str) -> None:
    monkeypatch.setenv(progress_module.ENV, env)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    if airflow:
        monkeypatch.setenv("AIRFLOW_CTX_DAG_ID", "pii_tips")
    else:
        monkeypatch.delenv("AIRFLOW_CTX_DAG_ID", raising=False)
    assert progress_module.mode() == expected


def test_detect_shows_a_bar_with_texts_per_second_and_no_value(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps({"id": i, "text": f"Call Maria Lopez at 415-555-01{i:02d}"}) for i in range(5)),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pii_pipeline.cli.app", "detect", str(source), "--out", str(tmp_path / "out.jsonl")],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, progress_module.ENV: "bar", "COLUMNS": "120"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "5/5" in proc.stderr and "texts/s" in proc.stderr
    assert "Maria" not in proc.stderr and "555" not in proc.stderr


def test_redact_logs_rows_per_second(tmp_path: Path) -> None:
    from pii_pipeline.deid.keys import generate_key_file

    source = tmp_path / "people.csv"
    source.write_text("id,note\n" + "".join(f"{i},no personal data here\n" for i in range(40)), encoding="utf-8")
    key = tmp_path / "keys" / "k.json"
    key.parent.mkdir(mode=0o700)
    generate_key_file(key)
    code = (
        "import logging, sys; from pii_pipeline.cli.app import main; logging.basicConfig(level=logging.INFO);"
        "sys.argv = ['pii-pipeline', 'redact', sys.argv[1], '--out', sys.argv[2]]; main()"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(source), str(tmp_path / "out")], capture_output=True, text=True,
        timeout=600, env={**os.environ, progress_module.ENV: "log", "PII_PIPELINE_KEY_FILE": str(key)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "redact people.csv: 40 rows (" in proc.stderr and "rows/s), done" in proc.stderr
