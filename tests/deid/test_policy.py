from __future__ import annotations

import pytest

from pii_pipeline.deid.errors import PolicyError
from pii_pipeline.deid.policy import load_policy
from pii_pipeline.types import ALL_ENTITIES


def test_default_policy_covers_the_contract() -> None:
    policy = load_policy()
    ops = {e: policy.rule_for(e).operator for e in ALL_ENTITIES}
    for e in (
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "USERNAME",
        "US_SSN",
        "US_ITIN",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "DEVICE_ID",
        "STREET_ADDRESS",
        "URL",
    ):
        assert ops[e] == "pseudonymize", e
    assert ops["CREDIT_CARD"] == "mask" and policy.rule_for("CREDIT_CARD").keep_last == 4
    for e in (
        "US_BANK_NUMBER",
        "ABA_ROUTING_NUMBER",
        "IBAN_CODE",
        "ETHNIC_ORIGIN",
        "SEXUAL_ORIENTATION",
        "GENDER_IDENTITY",
        "MEDICAL_CONDITION",
        "GENETIC_DATA",
        "CRIMINAL_HISTORY",
    ):
        assert ops[e] == "redact", e
    assert policy.rule_for("DATE_OF_BIRTH").granularity == "year"
    assert ops["GEO_COORDINATES"] == ops["MINOR_AGE"] == "generalize"
    assert policy.rule_for("SOMETHING_NEW").operator == "redact"


POLICY = """
version: 1
default: {operator: redact}
entities:
  US_SSN: {operator: pseudonymize}
  CREDIT_CARD: {operator: mask, keep_last: 4}
overrides:
  - match: {store: volunteers, table: volunteers, column: ssn}
    operator: encrypt
  - match: {store: donations, column: memo_internal}
    operator: drop
  - match: {store: volunteers}
    operator: keep
  - match: {table: volunteers, entity: US_SSN}
    operator: mask
  - match: {entity: CREDIT_CARD}
    operator: redact
"""


def test_most_specific_rule_wins(write_policy) -> None:
    policy = load_policy(write_policy(POLICY))
    rule = policy.rule_for
    assert rule("US_SSN", store="volunteers", table="volunteers", column="ssn").operator == "encrypt"
    assert rule("PERSON", store="donations", table="any", column="memo_internal").operator == "drop"
    assert rule("US_SSN", store="tips", table="volunteers", column="x").operator == "mask"  # table > store
    assert rule("PERSON", store="volunteers", table="t", column="x").operator == "keep"  # store > entity
    assert rule("CREDIT_CARD", store="tips").operator == "redact"  # entity-matching override > entity rule
    assert rule("US_SSN", store="tips", table="t").operator == "pseudonymize"
    assert rule("UNKNOWN_TYPE").operator == "redact"
    assert rule("PERSON", store="donations", table="x", column=None).operator == "redact"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "version: 1\nentities:\n  US_SNN: {operator: pseudonymize}\n",
            "policy.yaml: entities.US_SNN: unknown entity type",
        ),
        (
            "version: 1\noverrides:\n  - match: {column: a}\n    operator: drop\n"
            "  - match: {column: b}\n    operator: hashh\n",
            "policy.yaml: overrides[1].operator: unknown operator 'hashh'",
        ),
        (
            "version: 1\nentities:\n  CREDIT_CARD: {operator: mask, keep_last: four}\n",
            "policy.yaml: entities.CREDIT_CARD.keep_last: ",
        ),
        (
            "version: 1\nentities:\n  CREDIT_CARD: {operator: mask, keep_last: -1}\n",
            "policy.yaml: entities.CREDIT_CARD.keep_last: ",
        ),
        (
            "version: 1\nentities:\n  US_SSN: {operator: pseudonymize, keep_last: 4}\n",
            "policy.yaml: entities.US_SSN: parameter 'keep_last' does not apply to operator 'pseudonymize'",
        ),
        (
            "version: 1\nentities:\n  US_SSN: {operator: redact, colour: red}\n",
            "policy.yaml: entities.US_SSN.colour: unknown key",
        ),
        ("version: 1\nfoo: 1\n", "policy.yaml: foo: unknown key"),
        ("version: 2\n", "policy.yaml: version: "),
        ("entities: {}\n", "policy.yaml: version: required key is missing"),
        ("version: 1\noverrides:\n  - match: {}\n    operator: drop\n", "policy.yaml: overrides[0].match: "),
        (
            "version: 1\noverrides:\n  - match: {tabel: x}\n    operator: drop\n",
            "policy.yaml: overrides[0].match.tabel: unknown key",
        ),
        (
            "version: 1\noverrides:\n  - match: {entity: NOPE}\n    operator: drop\n",
            "policy.yaml: overrides[0].match.entity: unknown entity type 'NOPE'",
        ),
        (
            "version: 1\nentities:\n  DATE_OF_BIRTH: {operator: generalize, granularity: month}\n",
            "policy.yaml: entities.DATE_OF_BIRTH.granularity: ",
        ),
        (
            "version: 1\nentities:\n  MINOR_AGE: {operator: generalize, edges: [5, 1]}\n",
            "policy.yaml: entities.MINOR_AGE.edges: edges must be strictly increasing",
        ),
        ("version: 1\nentities: [US_SSN]\n", "policy.yaml: entities: "),
        ("version: 1\nversion: 1\n", "policy.yaml: line 2: invalid YAML (duplicate key 'version')"),
        ("version: 1\nentities: {US_SSN: {operator: [}\n", "policy.yaml: line "),
        ("- 1\n", "policy.yaml: (top level): "),
    ],
)
def test_policy_errors_name_file_and_place(write_policy, text: str, expected: str) -> None:
    path = write_policy(text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert any(line.startswith(str(path.parent / expected)) for line in str(info.value).splitlines()), str(info.value)


def test_unreadable_policy_file(tmp_path) -> None:
    with pytest.raises(PolicyError, match="missing.yaml: cannot read"):
        load_policy(tmp_path / "missing.yaml")


def test_known_entities_can_be_extended(write_policy) -> None:
    path = write_policy("version: 1\nentities:\n  ZIP_CODE: {operator: generalize}\n")
    with pytest.raises(PolicyError):
        load_policy(path)
    assert load_policy(path, known_entities=["ZIP_CODE"]).rule_for("ZIP_CODE").operator == "generalize"


def test_check_columns_names_file_and_override(write_policy) -> None:
    policy = load_policy(write_policy(POLICY))
    policy.check_columns("volunteers", "volunteers", ["ssn", "name"], source="volunteers.volunteers schema")
    policy.check_columns("donations", "gifts", ["amount"], source="schema")  # store-wide override: not checkable
    with pytest.raises(PolicyError) as info:
        policy.check_columns("volunteers", "volunteers", ["name"], source="sqlite schema")
    message = str(info.value)
    assert message.startswith(policy.source) and "overrides[0].match.column" in message and "'ssn'" in message


def test_fingerprint_is_content_not_formatting(write_policy) -> None:
    a = load_policy(write_policy("version: 1\nentities:\n  US_SSN: {operator: pseudonymize}\n", "a.yaml"))
    b = load_policy(write_policy("# comment\nversion: 1\nentities:\n  US_SSN:\n    operator: pseudonymize\n", "b.yaml"))
    c = load_policy(write_policy("version: 1\nentities:\n  US_SSN: {operator: encrypt}\n", "c.yaml"))
    assert a.fingerprint() == b.fingerprint() != c.fingerprint()
    assert a.fingerprint().startswith("sha256:") and len(a.fingerprint()) == 7 + 64
