"""The leak gate finds disguised values (issue 14.2) left in a staged file: its screen passes the cells and the
detector's normalisation undoes the disguise."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.pipeline import leak_gate, make_context

from .people_store import PeopleStore
from .test_crash_safety import JAN

DISGUISED = {
    1: ("clean text, nothing here", None),
    2: ("mail pat.okafor%40example.org today", "EMAIL_ADDRESS"),
    3: ("mail pat.okafor&#64;example.org today", "EMAIL_ADDRESS"),
    4: ("mail pat.okafor\u00a0@ example.org today", "EMAIL_ADDRESS"),
    5: ("mail p\u0430t.okafor@ex\u0430mple.org today", "EMAIL_ADDRESS"),
    6: ("ssn 219-09-\n9999 on the card", "US_SSN"),
    7: ("ssn \u202e9999-90-912\u202c on the card", "US_SSN"),
    8: ("mail pat.okafor@\nexample.org today", "EMAIL_ADDRESS"),
    9: ("mail pat.okafor at gmail dot com today", "EMAIL_ADDRESS"),
    10: ("mail pat.okafor[at]gmail[dot]com today", "EMAIL_ADDRESS"),
}


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_disguised_values_in_a_staged_file_are_leaks(people_store: PeopleStore, tmp_path: Path) -> None:
    cfg = people_store.pipeline(tmp_path / "work")
    staged = tmp_path / "data.parquet"
    ids = list(DISGUISED)
    pq.write_table(pa.table({"id": ids, "note": [DISGUISED[i][0] for i in ids]}), staged)
    table = cfg.table(people_store.table).model_copy(update={"primary_key": "id"})
    leaks = leak_gate.scan_output(make_context(cfg, "gate", JAN), table, staged)
    by_row = {int(leak["row_key"]): leak["entity_type"] for leak in leaks}
    expected = {i: kind for i, (_, kind) in DISGUISED.items() if kind}
    assert by_row == expected
    assert all(leak["column"] == "note" for leak in leaks)
