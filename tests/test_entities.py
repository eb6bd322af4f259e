"""The entity registry: every list that names types is derived from it, and declared types are first-class."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_pipeline import entities
from pii_pipeline.deid.operators import generalize
from pii_pipeline.deid.policy import Rule, load_policy
from pii_pipeline.detection.resolve import resolve_overlaps
from pii_pipeline.detection.table_scan import STRICT_TYPES
from pii_pipeline.review.evidence import TAIL_TYPES
from pii_pipeline.types import ALL_ENTITIES, SENSITIVE_ENTITIES, Span

NEW_TYPES = ("AGE", "LOCATION", "NATIONAL_ID", "CREDENTIAL", "VEHICLE_PLATE")


def test_new_types_are_registered_with_their_default_operators() -> None:
    policy = load_policy()
    expected = {
        "AGE": "generalize",
        "LOCATION": "generalize",
        "NATIONAL_ID": "pseudonymize",
        "CREDENTIAL": "redact",
        "VEHICLE_PLATE": "pseudonymize",
    }
    for name, operator in expected.items():
        assert name in ALL_ENTITIES
        assert policy.rule_for(name).operator == operator, name
    assert "MINOR_AGE" in SENSITIVE_ENTITIES and "AGE" not in SENSITIVE_ENTITIES


def test_shipped_policy_rules_are_the_registry_defaults() -> None:
    policy = load_policy()
    for spec in entities.builtin_specs():
        assert policy.rule_for(spec.name) == Rule.model_validate(dict(spec.default_rule)), spec.name


def test_derived_lists_follow_the_specs() -> None:
    assert STRICT_TYPES == {s.name for s in entities.builtin_specs() if s.strict}
    assert TAIL_TYPES == {s.name for s in entities.builtin_specs() if s.evidence == entities.Evidence.TAIL}
    assert "NATIONAL_ID" in TAIL_TYPES and "CREDENTIAL" not in TAIL_TYPES  # a secret shows no tail at all


def test_specificity_decides_between_equal_scores() -> None:
    # A credential and a username guess over the same characters, same score: the more specific type wins.
    spans = [Span("USERNAME", 0, 10, 0.8), Span("CREDENTIAL", 0, 10, 0.8)]
    assert [s.entity_type for s in resolve_overlaps(spans)] == ["CREDENTIAL"]
    assert entities.specificity("CREDENTIAL") > entities.specificity("USERNAME")


def test_location_generalizes_to_its_region_or_is_redacted() -> None:
    rule = Rule(operator="generalize", kind="location")
    assert generalize("Dayton, OH", "LOCATION", rule) == "Ohio"
    assert generalize("Tulsa", "LOCATION", rule) == "Oklahoma"
    assert generalize("Leeds", "LOCATION", rule) == "United Kingdom"
    # Unknown to the gazetteer, or shared by several countries: no region, so the value is redacted.
    assert generalize("Qwzzyton", "LOCATION", rule) == generalize("Paris", "LOCATION", rule)
    assert "Qwzzyton" not in generalize("Qwzzyton", "LOCATION", rule)


def test_age_generalizes_to_a_band() -> None:
    rule = load_policy().rule_for("AGE")
    assert [generalize(v, "AGE", rule) for v in ("34", "aged 34", "a 52-year-old")] == ["25-34", "25-34", "45-54"]


@pytest.mark.parametrize("bad", ["case_number", "9LIVES", "CASE-NUMBER", ""])
def test_a_name_that_cannot_be_a_type_fails(bad: str) -> None:
    with pytest.raises(ValueError):
        entities.register_custom(bad)


def test_declared_types_are_read_without_running_the_files(tmp_path: Path) -> None:
    (tmp_path / "case_number.py").write_text(
        'raise SystemExit("never executed")\nclass R:\n    ENTITY = "CASE_NUMBER"\n', encoding="utf-8"
    )
    (tmp_path / "ticket.yaml").write_text(
        "recognizers:\n  - name: Member\n    supported_entity: MEMBER_ID\n    patterns: []\n", encoding="utf-8"
    )
    (tmp_path / "_helper.py").write_text('class H:\n    ENTITY = "NOT_A_RECOGNIZER"\n', encoding="utf-8")
    assert entities.declared_types(str(tmp_path)) == ("CASE_NUMBER", "MEMBER_ID")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("bad.py", 'class R:\n    ENTITY = "case number"\n'),
        ("bad.yaml", "recognizers:\n  - name: R\n    supported_entity: case-number\n    patterns: []\n"),
    ],
)
def test_a_declared_type_with_a_bad_name_fails_at_load(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="case.number"):
        entities.declared_types(str(tmp_path))


def test_custom_type_is_pinnable_and_has_a_policy_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pii_pipeline.config.models import ColumnPin

    (tmp_path / "member.py").write_text('class R:\n    ENTITY = "MEMBER_NUMBER"\n', encoding="utf-8")
    with pytest.raises(ValueError):
        ColumnPin(kind="identifier", entity_types=["MEMBER_NUMBER"])
    monkeypatch.setenv(entities.RECOGNIZERS_ENV, str(tmp_path))
    pin = ColumnPin(kind="identifier", entity_types=["MEMBER_NUMBER"])
    assert pin.entity_types == ["MEMBER_NUMBER"]
    assert entities.spec("MEMBER_NUMBER").category == entities.Category.CUSTOM
    assert load_policy().rule_for("MEMBER_NUMBER").operator == "redact"  # fail closed
