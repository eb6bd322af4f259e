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


def test_field_metadata_carries_the_dictionary_and_survives_an_erasure(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from pii_pipeline.privacy.dictionary import annotate
    from pii_pipeline.rights.matching import TokenMatcher, scrub_batch
    from pii_pipeline.sinks import StagedParquetFile, write_parquet

    table = pa.table({"id": [1, 2], "donor_email": ["tok_v1_EMAIL_ADDRESS_a", "tok_v1_EMAIL_ADDRESS_b"]})
    path = tmp_path / "data.parquet"
    write_parquet(path, table.to_batches(), table.schema)
    assert pq.read_schema(path).field("donor_email").metadata is None
    annotate(path, _doc("gifts", "donor_email"))
    meta = pq.read_schema(path).field("donor_email").metadata
    assert meta[b"pii.kind"] == b"identifier" and meta[b"pii.operator"] == b"pseudonymize"
    assert pq.read_table(path).equals(table)  # same data
    # An erasure streams the file through the same writer: the descriptions stay.
    pf = pq.ParquetFile(path)
    out = StagedParquetFile(tmp_path / "erased.parquet", pf.schema_arrow)
    for batch in pf.iter_batches():
        out.write(scrub_batch(batch, TokenMatcher(["tok_v1_EMAIL_ADDRESS_a"]), drop_rows=False)[0])
    out.close()
    assert pq.read_schema(tmp_path / "erased.parquet").field("donor_email").metadata[b"pii.kind"] == b"identifier"
    assert pq.read_table(tmp_path / "erased.parquet")["donor_email"].to_pylist()[0] == "[erased]"
