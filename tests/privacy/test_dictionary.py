"""The data dictionary: kinds, typed quasi-identifiers, operators, join keys between tables."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from pii_pipeline.privacy.dictionary import build, join_keys, publish


def _doc(store: str, column: str) -> dict:
    schema = pa.schema([("id", pa.int64()), (column, pa.string()), ("zip_code", pa.string()), ("memo", pa.string())])
    decisions = [
        {"column": column, "kind": "identifier", "entity_types": ["EMAIL_ADDRESS"]},
        {"column": "memo", "kind": "free_text", "entity_types": []},
    ]
    privacy = {"quasi_identifiers": {"zip_code": "zip"}, "levels": {"zip_code": 1}, "min_k": 5}
    return build(store, store, schema, decisions, {column: "pseudonymize"}, privacy)


def test_columns_say_kind_type_operator_and_meaning() -> None:
    doc = _doc("gifts", "donor_email")
    cols = {c["column"]: c for c in doc["columns"]}
    assert cols["donor_email"]["kind"] == "identifier" and cols["donor_email"]["operator"] == "pseudonymize"
    assert "tok_" in cols["donor_email"]["meaning"]
    assert cols["zip_code"]["kind"] == "quasi_identifier" and cols["zip_code"]["level"] == 1
    assert cols["memo"]["kind"] == "free_text" and cols["id"]["kind"] == "clean"
    assert "[erased]" in doc["markers"] and any("CRIMINAL_HISTORY" in k for k in doc["markers"])


def test_join_keys_link_token_columns_of_the_same_type_across_tables(tmp_path: Path) -> None:
    gifts, helpers = _doc("gifts", "donor_email"), _doc("helpers", "email")
    assert join_keys([gifts, helpers]) == {"EMAIL_ADDRESS": ["gifts.gifts.donor_email", "helpers.helpers.email"]}
    assert join_keys([gifts]) == {}
    root = tmp_path / "out"
    publish(gifts, root / "parquet" / "gifts" / "gifts", root)
    path = publish(helpers, root / "parquet" / "helpers" / "helpers", root)
    email = next(c for c in json.loads(path.read_text())["columns"] if c["column"] == "email")
    assert email["joins_with"] == ["gifts.gifts.donor_email"]
    page = (root / "reports" / "dictionary.html").read_text()
    assert "helpers.helpers.email" in page and "gifts.gifts" in page
