"""Every column whose values can carry text is scanned by `run` and by the leak gate (issue 14, part 1).

A BLOB / bytea column, a PostgreSQL text[] or jsonb column, a MariaDB JSON column: each holds a
sentence with a name, an SSN and an e-mail. None of them may reach the published Parquet, and a
binary cell that is not valid UTF-8 is quarantined with its row key and column, never its value.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, make_context, run_pipeline

ALL_TIME = Interval(datetime(2025, 1, 1), datetime(2027, 1, 1))
FIRST = ["Maria", "Tomasz", "Aisha", "Kenji", "Olga", "Pedro", "Ingrid", "Samuel"]
LAST = ["Lopez", "Nowak", "Okafor", "Tanaka", "Petrova", "Alves", "Berg", "Mensah"]
ROWS = 24
BAD_ROW = 999  # its binary cell is not valid UTF-8


def _sentence(i: int) -> tuple[str, list[str]]:
    """A sentence holding a name, an SSN and an e-mail; and those values, to search the output for."""
    first, last = FIRST[i % len(FIRST)], LAST[(i * 3) % len(LAST)]
    ssn = f"536-{22 + i:02d}-{1947 + i:04d}"
    email = f"{first.lower()}.{last.lower()}{i}@example.org"
    return f"Call {first} {last}, SSN {ssn}, {email}", [ssn, email]


def _columns(backend: str) -> dict[str, sa.types.TypeEngine]:
    if backend == "postgres":
        return {"blob": postgresql.BYTEA(), "tags": postgresql.ARRAY(sa.Text), "doc": postgresql.JSONB()}
    if backend == "mariadb":
        return {"blob": mysql.BLOB(), "doc": mysql.JSON(), "long": mysql.LONGBLOB()}
    return {"blob": sa.LargeBinary()}


def _cell(column: str, text: str, i: int) -> object:
    if column in ("blob", "long"):
        return text.encode("utf-8")
    if column == "tags":
        return ["callback", text]
    return {"note": text, "n": i, "nested": {"again": [text]}}


def _make_table(url: str, backend: str, name: str) -> list[str]:
    """The table with ROWS good rows and one bad one; returns the planted values."""
    extra = _columns(backend)
    meta = sa.MetaData()
    table = sa.Table(
        name,
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        *[sa.Column(c, t) for c, t in extra.items()],
    )
    engine = sa.create_engine(url)
    meta.drop_all(engine)
    meta.create_all(engine)
    planted: list[str] = []
    rows = []
    for i in range(ROWS):
        text, values = _sentence(i)
        planted += values
        rows.append(
            {"id": i, "updated_at": datetime(2026, 1, 1) + timedelta(hours=i), **{c: _cell(c, text, i) for c in extra}}
        )
    bad = {"id": BAD_ROW, "updated_at": datetime(2026, 2, 1), **{c: _cell(c, "ok", 0) for c in extra}}
    bad["blob"] = b"Call Olga \xff\xfe SSN 536-99-1234"
    planted.append("536-99-1234")
    rows.append(bad)
    with engine.begin() as conn:
        conn.execute(table.insert(), rows)
    engine.dispose()
    return planted


def _pipeline(tmp_path: Path, url: str, name: str):  # noqa: ANN202
    path = tmp_path / "p.yaml"
    path.write_text(
        f"""
name: odd
store: {{url: "{url}", retries: 0, retry_backoff_s: 0}}
tables:
  - name: {name}
    primary_key: id
    watermark: updated_at
output: {{root: "{tmp_path / "out"}"}}
"""
    )
    return load_pipeline(path)


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


def test_binary_array_and_json_columns_are_scanned(
    backend_url: tuple[str, str], tmp_path: Path, key_file: Path, detector
) -> None:  # noqa: ANN001
    backend, url = backend_url
    name = f"odd_{tmp_path.name[-12:].replace('-', '_').lower()}"
    planted = _make_table(url, backend, name)
    cfg = _pipeline(tmp_path, url, name)
    ctx = make_context(cfg, "t1", ALL_TIME)
    ref = run_pipeline(ctx, detector=detector)
    part = ctx.layout.partition_file("odd", name, ctx.load_date)
    data = part.read_bytes()
    out = pq.read_table(part)
    rows = json.dumps(out.to_pylist(), default=str)
    for value in planted:
        assert value.encode() not in data and value not in rows, f"{backend}: a planted value was published"
    assert "Maria Lopez" not in rows
    # The undecodable cell went to quarantine, named by row key and column.
    summary = json.loads(Path(ref.json_path).read_text())["tables"][0]
    assert summary["rows_read"] == ROWS + 1
    assert out.num_rows == ROWS and summary["rows_quarantined"] == 1
    quarantine = pq.read_table(next((tmp_path / "out" / "quarantine").rglob("*.parquet"))).to_pylist()
    assert [(q["row_key"], q["column"], q["reason"]) for q in quarantine] == [(str(BAD_ROW), "blob", "invalid_utf8")]
    # Published binary columns are text now, so the leak gate reads them.
    assert str(out.schema.field("blob").type) == "string"
    engine = sa.create_engine(url)
    sa.Table(name, sa.MetaData(), autoload_with=engine).drop(engine)
    engine.dispose()


def test_the_leak_gate_reads_every_text_carrying_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A staged file whose SSNs sit in bytes, a dictionary, a list and a struct: each is a leak; a
    column of a type the gate cannot read fails it instead of passing unscanned."""
    import pyarrow as pa

    from pii_pipeline.arrow_text import UnscannableColumnError
    from pii_pipeline.pipeline import leak_gate

    from .people_store import people_pipeline

    cfg = people_pipeline(tmp_path / "work", f"sqlite:///{tmp_path / 'x.db'}")
    table = cfg.tables[0].model_copy(update={"primary_key": "id"})
    ctx = make_context(cfg, "gate", ALL_TIME)
    texts = [f"ssn 536-{22 + i:02d}-{1947 + i:04d} on file" for i in range(4)]
    columns = {
        "blob": pa.array([t.encode() for t in texts], pa.binary()),
        "labels": pa.array(texts).dictionary_encode(),
        "tags": pa.array([["x", t] for t in texts], pa.list_(pa.string())),
        "doc": pa.array([{"n": i, "note": t} for i, t in enumerate(texts)]),
        "view": pa.array(texts, pa.string_view()),
    }
    for column, array in columns.items():
        staged = tmp_path / f"{column}.parquet"
        pq.write_table(pa.table({"id": list(range(4)), column: array}), staged)
        leaks = leak_gate.scan_output(ctx, table, staged)
        assert sorted((leak["column"], leak["row_key"]) for leak in leaks) == [(column, str(i)) for i in range(4)], (
            column
        )
    odd = tmp_path / "odd.parquet"
    pq.write_table(pa.table({"id": [1]}), odd)
    real = pq.ParquetFile

    class WithUnion(real):  # Parquet cannot store a union; the gate sees one through its schema
        @property
        def schema_arrow(self) -> pa.Schema:
            return pa.schema([pa.field("id", pa.int64()), pa.field("u", pa.dense_union([pa.field("s", pa.string())]))])

    monkeypatch.setattr(leak_gate.pq, "ParquetFile", WithUnion)
    with pytest.raises(UnscannableColumnError, match="column u"):
        leak_gate.scan_output(ctx, table, odd)
