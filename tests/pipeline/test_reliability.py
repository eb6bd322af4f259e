"""Reliable runs: idempotent re-runs, late rows exactly once, schema changes, quarantine, a source down.

Kills: test_crash_safety.py (the writer) and test_source_killed.py (the source's connection)."""

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

from .people_store import BASE, make_people, people_pipeline, person

JAN = Interval(datetime(2026, 1, 1), datetime(2026, 2, 1))
FEB = Interval(datetime(2026, 2, 1), datetime(2026, 3, 1))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _partition(cfg, interval: Interval, table: str = "people") -> Path:  # noqa: ANN001
    ctx = make_context(cfg, "x", interval)
    return ctx.layout.partition_file("people", table, ctx.load_date)


def _run(cfg, interval: Interval, detector, run_id: str = "run"):  # noqa: ANN001, ANN202
    return run_pipeline(make_context(cfg, run_id, interval), detector=detector)


def _all_ids(cfg, table: str = "people") -> list[int]:  # noqa: ANN001
    ids: list[int] = []
    for path in sorted((cfg.output.root / "parquet" / "people" / table).glob("*/data.parquet")):
        ids += pq.read_table(path, columns=["id"]).column("id").to_pylist()
    return ids


def _dataset_files(cfg) -> list[str]:  # noqa: ANN001
    root = cfg.output.root / "parquet"
    # The data dictionary (`_schema.json`) is published beside the partitions; everything else is data.
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != "_schema.json")


def test_same_interval_three_times_is_identical(people_store, tmp_path, key_file, detector) -> None:
    people_store.make(range(80))
    january = sorted(i for i in range(80) if person(i)["updated_at"] < JAN.end)
    cfg = people_store.pipeline(tmp_path)
    table = people_store.table
    state = cfg.output.root / "_state" / "people" / table
    digests, keys = [], []
    for attempt in range(3):
        _run(cfg, JAN, detector, run_id=f"attempt{attempt}")
        digests.append(_digest(_partition(cfg, JAN, table)))
        keys.append(_digest(state / "keys" / "load_date=2026-01-01.parquet"))
    assert len(set(digests)) == 1 and len(set(keys)) == 1
    assert _dataset_files(cfg) == [f"people/{table}/load_date=2026-01-01/data.parquet"]
    ids = _all_ids(cfg, table)
    assert len(ids) == len(set(ids)) and sorted(ids) == january


def test_late_rows_with_a_passed_watermark_appear_exactly_once(people_store, tmp_path, key_file, detector) -> None:
    people_store.make(range(60))
    table = people_store.table
    cfg = people_store.pipeline(tmp_path, lookback="P40D")
    _run(cfg, JAN, detector)
    january = pq.read_table(_partition(cfg, JAN, table))
    state = cfg.output.root / "_state" / "people" / table
    high = datetime.fromisoformat(json.loads((state / "watermark.json").read_text())["high_watermark"])
    assert high == person(30)["updated_at"]  # the latest row of January
    # Rows arrive late, stamped with watermarks already passed: the committed high watermark itself,
    # and the watermark of a row published in January (ties with published rows, different keys).
    late = [person(500) | {"updated_at": high}, person(501) | {"updated_at": person(10)["updated_at"]}]
    people_store.insert(late)
    _run(cfg, FEB, detector)  # the look-back window re-reads January
    february = _digest(_partition(cfg, FEB, table))
    _run(cfg, FEB, detector, run_id="feb-again")  # a re-run of February changes nothing
    _run(cfg, JAN, detector, run_id="jan-cleared")  # nor does clearing January afterwards
    assert _digest(_partition(cfg, FEB, table)) == february
    # Same rows and cells; not the same bytes: the late rows, skipped, shift the row-group boundaries.
    assert pq.read_table(_partition(cfg, JAN, table)).equals(january)
    in_feb = pq.read_table(_partition(cfg, FEB, table), columns=["id"]).column("id").to_pylist()
    assert 500 in in_feb and 501 in in_feb
    ids = _all_ids(cfg, table)
    assert ids.count(500) == 1 and ids.count(501) == 1
    assert sorted(ids) == [*range(60), 500, 501]
    manifest = json.loads((state / "manifest-2026-01-01.json").read_text())
    assert manifest["rows_deduplicated"] == 2 and manifest["rows_written"] == len(ids) - len(in_feb)


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
