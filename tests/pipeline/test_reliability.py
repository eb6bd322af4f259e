"""Reliable runs: idempotent re-runs, late rows exactly once, schema changes, quarantine, retries."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, make_context, run_pipeline
from pii_pipeline.sources import SchemaChangedError, SourceError

from .people_store import BASE, insert, make_people, people_pipeline, person

JAN = Interval(datetime(2026, 1, 1), datetime(2026, 2, 1))
FEB = Interval(datetime(2026, 2, 1), datetime(2026, 3, 1))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _partition(cfg, interval: Interval) -> Path:
    ctx = make_context(cfg, "x", interval)
    return ctx.layout.partition_file("people", "people", ctx.load_date)


def _run(cfg, interval: Interval, detector, run_id: str = "run"):  # noqa: ANN001, ANN202
    return run_pipeline(make_context(cfg, run_id, interval), detector=detector)


def _all_ids(cfg) -> list[int]:  # noqa: ANN001
    ids: list[int] = []
    for path in sorted((cfg.output.root / "parquet" / "people" / "people").glob("*/data.parquet")):
        ids += pq.read_table(path, columns=["id"]).column("id").to_pylist()
    return ids


@pytest.fixture(params=["sqlite", "postgres", "mariadb"])
def store_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'people.db'}"
    return request.getfixturevalue("pg_url" if request.param == "postgres" else "mariadb_url")


def test_same_interval_three_times_is_identical(store_url, tmp_path, key_file, detector) -> None:
    make_people(store_url, range(80))
    cfg = people_pipeline(tmp_path, store_url)
    digests = []
    for attempt in range(3):
        _run(cfg, JAN, detector, run_id=f"attempt{attempt}")
        digests.append(_digest(_partition(cfg, JAN)))
    assert len(set(digests)) == 1
    ids = _all_ids(cfg)
    assert len(ids) == len(set(ids)) > 0


def test_late_rows_appear_exactly_once(store_url, tmp_path, key_file, detector) -> None:
    make_people(store_url, range(60))
    cfg = people_pipeline(tmp_path, store_url, lookback="P40D")
    _run(cfg, JAN, detector)
    # A row arrives late, stamped inside January, which has already been published.
    late = person(500) | {"updated_at": BASE + timedelta(days=10)}
    insert(store_url, [late])
    _run(cfg, FEB, detector)  # the look-back window re-reads January
    _run(cfg, FEB, detector)  # and a re-run of February changes nothing
    ids = _all_ids(cfg)
    assert ids.count(500) == 1
    assert len(ids) == len(set(ids)) == 61


def test_backfill_over_intervals_then_rerun_of_one(tmp_path, key_file, detector) -> None:
    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(90))
    cfg = people_pipeline(tmp_path, url)
    _run(cfg, JAN, detector)
    _run(cfg, FEB, detector)
    before = _digest(_partition(cfg, JAN))
    _run(cfg, JAN, detector, run_id="cleared")
    assert _digest(_partition(cfg, JAN)) == before
    assert sorted(_all_ids(cfg)) == list(range(90))


def test_schema_change_stops_the_run_unless_allowed(tmp_path, key_file, detector) -> None:
    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(30))
    cfg = people_pipeline(tmp_path, url)
    _run(cfg, JAN, detector)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE people ADD COLUMN nickname VARCHAR(40)"))
    engine.dispose()
    with pytest.raises(SchemaChangedError, match=r"added: nickname"):
        _run(cfg, JAN, detector)
    evolving = people_pipeline(tmp_path, url, allow_schema_evolution="true")
    _run(evolving, JAN, detector)
    assert "nickname" in pq.read_table(_partition(cfg, JAN)).column_names


def test_bad_rows_are_quarantined_with_reasons(tmp_path, key_file, detector) -> None:
    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(20))
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        when = BASE + timedelta(days=3)
        # Bytes that are not UTF-8, stored as TEXT (SQLite allows it).
        conn.execute(
            sa.text(
                "INSERT INTO people VALUES (100, 'Zed Q', 'z@example.org', NULL, "
                "CAST(X'626164FFFE6279746573' AS TEXT), 1, :w)"
            ),
            {"w": when},
        )
        conn.execute(
            sa.text("INSERT INTO people VALUES (101, 'Yan R', 'y@example.org', NULL, :n, 1, :w)"),
            {"n": "x" * 6000, "w": when},
        )
        conn.execute(
            sa.text("INSERT INTO people VALUES (102, 'Xi S', 'x@example.org', NULL, 'ok', 'not a number', :w)"),
            {"w": when},
        )
        conn.execute(sa.text("INSERT INTO people VALUES (103, NULL, '', NULL, '', NULL, :w)"), {"w": when})
    engine.dispose()
    cfg = people_pipeline(tmp_path, url)
    ref = _run(cfg, JAN, detector)
    import json

    report = json.loads(Path(ref.json_path).read_text())["tables"][0]
    assert report["rows_quarantined"] == 3
    assert report["rows_read"] == report["rows_written"] + 3
    quarantine = next((cfg.output.root / "quarantine").rglob("*.parquet"))
    q = pq.read_table(quarantine).to_pylist()
    reasons = {(r["row_key"], r["column"], r["reason"]) for r in q}
    assert reasons == {
        ("100", "note", "invalid_utf8"),
        ("101", "note", "cell_too_large"),
        ("102", "amount", "type_mismatch"),
    }
    out = {r["id"]: r for r in pq.read_table(_partition(cfg, JAN)).to_pylist()}
    assert out[103]["full_name"] is None and out[103]["email"] == "" and out[103]["note"] == ""


def test_source_down_fails_clearly_and_publishes_nothing(tmp_path, key_file, detector) -> None:
    url = "postgresql+psycopg2://postgres@127.0.0.1:1/nowhere"
    cfg = people_pipeline(tmp_path, url)
    with pytest.raises(SourceError, match="people: reflect people: failed after 3 attempts"):
        _run(cfg, JAN, detector)
    assert not (cfg.output.root / "parquet").exists()


def test_connection_lost_mid_extraction_is_retried(tmp_path, key_file, detector, monkeypatch) -> None:
    from pii_pipeline.sources import sql

    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(100))
    cfg = people_pipeline(tmp_path, url)
    real_read = sql.SqlSource.read
    calls = {"n": 0}

    def flaky(self, *args, **kwargs):  # noqa: ANN001, ANN202
        calls["n"] += 1
        for i, item in enumerate(real_read(self, *args, **kwargs)):
            if calls["n"] == 1 and i == 1:
                raise sa.exc.OperationalError("SELECT", {}, Exception("server closed the connection"))
            yield item

    monkeypatch.setattr(sql.SqlSource, "read", flaky)
    _run(cfg, JAN, detector)
    assert calls["n"] == 2
    ids = _all_ids(cfg)
    assert len(ids) == len(set(ids)) and ids


def test_connection_lost_every_time_publishes_nothing(tmp_path, key_file, detector, monkeypatch) -> None:
    from pii_pipeline.sources import sql

    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(100))
    cfg = people_pipeline(tmp_path, url)
    real_read = sql.SqlSource.read

    def broken(self, *args, **kwargs):  # noqa: ANN001, ANN202
        for i, item in enumerate(real_read(self, *args, **kwargs)):
            if i == 1:
                raise sa.exc.OperationalError("SELECT", {}, Exception("server closed the connection"))
            yield item

    monkeypatch.setattr(sql.SqlSource, "read", broken)
    with pytest.raises(SourceError, match="extract people: failed after 3 attempts"):
        _run(cfg, JAN, detector)
    assert not (cfg.output.root / "parquet").exists()


def test_policy_naming_an_unknown_column_is_rejected_before_writing(tmp_path, key_file, detector) -> None:
    from pii_pipeline.deid.errors import PolicyError

    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(10))
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\ndefault: {operator: redact}\noverrides:\n"
        "  - match: {store: people, table: people, column: emial}\n    operator: drop\n"
    )
    cfg = people_pipeline(tmp_path, url, policy=str(policy))
    with pytest.raises(PolicyError, match=r"policy.yaml: overrides\[0\]\.match\.column: column 'emial' does not exist"):
        _run(cfg, JAN, detector)
    assert not (cfg.output.root / "parquet").exists()


def test_awkward_cells_have_defined_behaviour(tmp_path, key_file, detector) -> None:
    """An SSN stored as a float, a JSON document in a text column and a value split over lines."""
    url = f"sqlite:///{tmp_path / 'odd.db'}"
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    table = sa.Table(
        "people",
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("ssn", sa.Float),
        sa.Column("payload", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    meta.create_all(engine)
    rows = [
        {
            "id": i,
            "ssn": float(536_00_1000 + i),
            "payload": json.dumps({"contact": {"email": f"kofi.mensah{i}@example.org"}, "amount": i}),
            "note": f"Call back on\n(415) 555-{1000 + i:04d} after 5pm,\nthanks.",
            "updated_at": BASE + timedelta(days=1),
        }
        for i in range(12)
    ]
    with engine.begin() as conn:
        conn.execute(table.insert(), rows)
    engine.dispose()
    path = tmp_path / "odd.yaml"
    path.write_text(
        f"""
name: odd
store: {{url: "{url}"}}
tables:
  - name: people
    primary_key: id
    watermark: updated_at
    free_text: [payload, note]
    columns:
      ssn: {{kind: identifier, entity_types: [US_SSN]}}
output: {{root: "{tmp_path / "out"}"}}
"""
    )
    cfg = load_pipeline(path)
    ctx = make_context(cfg, "odd", JAN)
    run_pipeline(ctx, detector=detector)
    out = pq.read_table(ctx.layout.partition_file("odd", "people", ctx.load_date)).to_pylist()
    assert len(out) == 12
    for row, src in zip(out, rows, strict=True):
        # The float is read as the nine digits it stands for and tokenised like the same SSN as text.
        assert row["ssn"].startswith("tok_v1_US_SSN_")
        assert row["ssn"] == _token("US_SSN", str(int(src["ssn"])), key_file)
        # Inside JSON the e-mail is replaced and the document stays valid JSON.
        doc = json.loads(row["payload"])
        assert doc["amount"] == src["id"] and "@" not in json.dumps(doc)
        # A phone on its own line is found; the line breaks stay.
        assert "555-" not in row["note"] and row["note"].count("\n") == 2


def _token(entity: str, value: str, key_file: Path) -> str:
    from pii_pipeline.deid.engine import Deidentifier
    from pii_pipeline.deid.keys import load_keyring
    from pii_pipeline.deid.policy import load_policy

    return Deidentifier(load_policy(None), load_keyring(key_file), store="x", table="y").value(value, entity)
