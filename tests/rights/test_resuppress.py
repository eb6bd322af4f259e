"""A person erased while a run is de-identifying is not published by that run: publish applies the
suppression list again, and the manifest's accounting counts the rows it dropped."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, make_context, run_pipeline, stages
from pii_pipeline.rights.suppression import add_entries

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def detector():
    from pii_pipeline.detection.text import TextDetector

    return TextDetector()


def test_an_erasure_during_a_run_is_applied_at_publish(tmp_path, monkeypatch, detector) -> None:
    from pii_pipeline.deid.keys import generate_key_file
    from pii_pipeline.seeding import seed_store

    home = tmp_path / "home"
    (home / "stores").mkdir(parents=True)
    seed_store("donations", f"sqlite:///{home / 'stores' / 'donations.db'}", rows=60)
    key = tmp_path / "key.json"
    generate_key_file(key)
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(key))
    erased: dict[str, str] = {}
    original = stages.deidentify

    def erase_meanwhile(ctx, table, extracted, detected):  # noqa: ANN001, ANN202
        ref = original(ctx, table, extracted, detected)
        token = pq.read_table(ref.staged_path, columns=["donor_email"])["donor_email"][0].as_py()
        erased["token"] = token
        add_entries(ctx.layout.root, {token: "EMAIL_ADDRESS"}, mode="drop", request="sha256:race")
        return ref

    monkeypatch.setattr(stages, "deidentify", erase_meanwhile)
    cfg = load_pipeline(REPO / "pipelines" / "donations.yaml", env={"PII_PIPELINE_HOME": str(home)})
    ctx = make_context(cfg, "race", Interval(datetime(2025, 1, 1), datetime(2027, 1, 1)))
    run_pipeline(ctx, detector=detector)
    published = pq.read_table(ctx.layout.partition_file("donations", "donations", ctx.load_date))
    cells = [v for c in published.columns if str(c.type) == "string" for v in c.to_pylist() if v]
    assert erased["token"].startswith("tok_v1_EMAIL_ADDRESS_")
    assert not any(erased["token"] in v for v in cells)
    state = ctx.layout.state_dir("donations", "donations")
    m = json.loads((state / f"manifest-{ctx.load_date}.json").read_text())
    assert m["rows_erased"] >= 1 and m["rows_written"] == published.num_rows
    assert m["rows_read"] == m["rows_written"] + m["rows_quarantined"] + m["rows_deduplicated"] + m["rows_erased"]
