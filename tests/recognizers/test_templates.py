"""The shipped template recognizers for an organisation-specific ID: loading either registers its type, which is
then detected, pinnable and given a policy rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pii_pipeline import entities
from pii_pipeline.config.models import ColumnPin
from pii_pipeline.deid.policy import load_policy
from pii_pipeline.detection.text import TextDetector

TEMPLATES = Path(__file__).resolve().parents[2] / "recognizers" / "templates"
TEXT = "Caller asked about case CT-2026-000123, opened last week; ticket CT-1999-000001 is older."


@pytest.mark.parametrize("template", ["case_number.yaml", "case_number.py"])
def test_template_registers_and_finds_its_type(template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(TEMPLATES / template, tmp_path / template)
    monkeypatch.setenv(entities.RECOGNIZERS_ENV, str(tmp_path))
    assert entities.is_known("CASE_NUMBER")  # read from the folder, before any analyzer is built
    assert ColumnPin(kind="identifier", entity_types=["CASE_NUMBER"]).entity_types == ["CASE_NUMBER"]
    assert load_policy().rule_for("CASE_NUMBER").operator == "redact"

    found = [s for s in TextDetector().detect([TEXT])[0] if s.entity_type == "CASE_NUMBER"]
    assert [TEXT[s.start : s.end] for s in found] == ["CT-2026-000123"]  # not the 1999 code
