"""Column names with a backtick or a double quote work on every backend (issue 14, part 8).

MariaDB's reflection used to leave a backtick doubled, so every read named a column that does not
exist and the run failed four times with an OperationalError that reads like "store down".
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, make_context, run_pipeline

ODD = {"sqlite": 'we"ird`note', "postgres": 'we"ird note', "mariadb": "we`ird note"}


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ]
)
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    if request.param == "sqlite":
        return "sqlite", f"sqlite:///{tmp_path / 'odd.db'}"
    return request.param, request.getfixturevalue("pg_url" if request.param == "postgres" else "mariadb_url")


def test_quoted_column_names_are_read(backend_url: tuple[str, str], tmp_path: Path, key_file: Path, detector) -> None:  # noqa: ANN001
    backend, url = backend_url
    column = ODD[backend]
    name = f"quoted_{tmp_path.name[-10:].replace('-', '_').lower()}"
    meta = sa.MetaData()
    table = sa.Table(
        name,
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column(column, sa.Text),
    )
    engine = sa.create_engine(url)
    meta.create_all(engine)
    notes = [f"Reached Maria Lopez at 536-{22 + i:02d}-{1947 + i:04d} about shift {i}" for i in range(6)]
    with engine.begin() as conn:
        conn.execute(
            table.insert(), [{"id": i, "updated_at": datetime(2026, 1, 2), column: n} for i, n in enumerate(notes)]
        )
    path = tmp_path / "p.yaml"
    path.write_text(
        f"""
name: quoted
store: {{url: "{url}", retries: 0, retry_backoff_s: 0}}
tables:
  - name: {name}
    primary_key: id
    watermark: updated_at
output: {{root: "{tmp_path / "out"}"}}
"""
    )
    try:
        ctx = make_context(load_pipeline(path), "t1", Interval(datetime(2026, 1, 1), datetime(2026, 2, 1)))
        run_pipeline(ctx, detector=detector)
        out = pq.read_table(ctx.layout.partition_file("quoted", name, ctx.load_date))
        assert out.column_names == ["id", "updated_at", column]
        published = out.column(column).to_pylist()
        assert len(published) == len(notes)
        assert not any("536-" in v for v in published)
    finally:
        table.drop(engine)
        engine.dispose()
