"""A table cut into several chunks under Airflow (dag.test): detect and deidentify are mapped per
chunk, publish joins them, and the partitions equal what `pii-pipeline run` publishes in one piece."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pii_pipeline.orchestration.demo import run_airflow

from .cluster import EXPECTED
from .conftest import REPO, network_attempts

pytestmark = [pytest.mark.airflow, pytest.mark.slow]

STORE = "donations"
CHUNKING = "    batch_size: 2\n    chunk_rows: 4\n"  # about 20 rows a month: 5 chunks


def chunked_pipelines(folder: Path, store: str = STORE, chunking: str = CHUNKING) -> Path:
    """A copy of the repo's pipeline files whose `store` table is read in small chunks."""
    shutil.copytree(REPO / "pipelines", folder)
    path = folder / f"{store}.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "    watermark: updated_at\n"
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, anchor + chunking), encoding="utf-8")
    return folder


def _content(path: Path) -> tuple[list[dict], object]:
    table = pq.read_table(path)
    return table.to_pylist(), table.schema


@pytest.fixture(scope="module")
def chunked_run(seeded_workdir: Path, tmp_path_factory: pytest.TempPathFactory, child_env) -> Path:
    workdir = tmp_path_factory.mktemp("chunked")
    (workdir / "stores").symlink_to(seeded_workdir / "stores")
    key = seeded_workdir / "keys" / "demo.key.json"
    env = child_env(workdir, key_file=key)
    extra = {k: env[k] for k in ("PYTHONPYCACHEPREFIX", "PYTHONPATH", "PII_TEST_NETWORK_LOG") if k in env}
    extra["PII_PIPELINE_CONFIG_DIR"] = str(chunked_pipelines(workdir / "pipelines"))
    run_airflow(workdir, key, start="2026-01-01", end="2026-04-01", dag_ids=[f"pii_{STORE}"], extra_env=extra)
    return workdir


def test_chunks_are_mapped_and_the_partitions_equal_pii_pipeline_run(chunked_run: Path, cli_reference: Path) -> None:
    workdir = chunked_run
    db = sqlite3.connect(workdir / "airflow" / "airflow.db")
    try:
        mapped = db.execute(
            "SELECT run_id, COUNT(*) FROM task_instance WHERE task_id = ? AND state = 'success' GROUP BY run_id",
            (f"deidentify_{STORE}",),
        ).fetchall()
        xcom_rows = db.execute("SELECT value FROM xcom WHERE dag_id = ?", (f"pii_{STORE}",)).fetchall()
    finally:
        db.close()
    assert len(mapped) == 3 and all(n >= 3 for _, n in mapped), mapped
    months = [start for start, _ in EXPECTED[STORE]]
    for month in months:
        part = Path("parquet") / STORE / STORE / f"load_date={month}" / "data.parquet"
        got, want = workdir / "output" / part, cli_reference / "output" / part
        assert _content(got) == _content(want), month
        manifest = json.loads((workdir / "output" / "_state" / STORE / STORE / f"manifest-{month}.json").read_text())
        assert (
            manifest["rows_read"]
            == manifest["rows_written"]
            + manifest["rows_quarantined"]
            + manifest["rows_deduplicated"]
            + manifest["rows_erased"]
        )
    # XCom holds references (paths, URIs, counts): the chunk lists are there, no table data.
    assert xcom_rows and all(len(bytes(v) if not isinstance(v, str) else v.encode()) < 20_000 for (v,) in xcom_rows)
    assert not [p for p in workdir.rglob("*.arrow")], "no raw or chunk file outlives its run"
    assert network_attempts(workdir) == []
