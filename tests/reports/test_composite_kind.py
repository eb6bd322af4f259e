"""Composite contact columns in the report: a kind of their own, shown and compared as such."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pii_pipeline.reports.surprises import find_surprises

from .synthetic import pipeline_config


def _column(kind: str, types: list[str], findings: int = 4) -> dict[str, Any]:
    found = {t: findings // len(types) for t in types} if types and findings else {}
    return {
        "column": "emergency_contact",
        "kind": kind,
        "entity_types": types,
        "findings": findings,
        "findings_by_entity": found,
        "reason": "short composite cells",
    }


def _tables(column: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"table": "donations", "columns": [column]}]


def test_a_new_composite_column_is_a_high_surprise(tmp_path: Path) -> None:
    cfg = pipeline_config(tmp_path)
    previous = {"tables": [{"table": "donations", "columns": []}]}
    found = find_surprises(cfg, _tables(_column("composite", ["PERSON", "PHONE_NUMBER"])), previous, [])
    assert [(s["severity"], s["kind"]) for s in found] == [("high", "new_identifier_column")]
    assert "composite contact cells of PERSON, PHONE_NUMBER" in found[0]["message"]


def test_free_text_with_types_in_an_older_report_is_the_same_classification(tmp_path: Path) -> None:
    cfg = pipeline_config(tmp_path)
    types = ["PERSON", "PHONE_NUMBER"]
    older = {"tables": _tables(_column("free_text", types))}
    assert find_surprises(cfg, _tables(_column("composite", types)), older, []) == []
    # Plain free text before, composite now: a change of classification (not into or out of clean).
    plain = {"tables": _tables(_column("free_text", []))}
    (changed,) = find_surprises(cfg, _tables(_column("composite", types)), plain, [])
    assert (changed["kind"], changed["severity"]) == ("classification_changed", "medium")
    assert "now composite[PERSON, PHONE_NUMBER]" in changed["message"]


def test_the_page_styles_the_composite_kind() -> None:
    from importlib.resources import files

    css = (files("pii_pipeline.reports") / "templates" / "base.css.j2").read_text(encoding="utf-8")
    assert ".kind-composite{" in css
