"""One store end to end, on SQLite, PostgreSQL and MariaDB: rows in = rows out, clean cells unchanged,
no planted value anywhere in the output, and no network connection beyond loopback."""

from __future__ import annotations

import ipaddress
import json
import socket
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from pii_pipeline.bench.canary import describe_leaks, leaks_by_type
from pii_pipeline.pipeline import Interval, make_context, run_pipeline

from .conftest import ROWS, load_store_pipeline

ALL_TIME = Interval(datetime(2025, 1, 1), datetime(2027, 1, 1))

# Dates the pipelines declare as quasi-identifiers (received_at, donated_at, event_date) are generalised
# to the month for k-anonymity (tests/privacy), so they are not among the untouched columns.
CLEAN_COLUMNS = {
    "tips": ["tip_id", "updated_at", "channel", "category", "priority", "case_number"],
    "donations": ["donation_id", "updated_at", "amount", "currency", "campaign", "team_name", "gift_id"],
    "volunteers": ["volunteer_id", "applied_at", "updated_at", "status", "shifts_completed", "hours"],
}


def _same(have: object, want: object) -> bool:
    """Equal as values: drivers differ in how they hand over NUMERIC (Decimal or float) and dates."""
    if have == want:
        return True
    if isinstance(have, int | float | Decimal) and isinstance(want, int | float | Decimal):
        return abs(float(have) - float(want)) < 1e-9
    iso = [x.isoformat(sep=" ") if isinstance(x, datetime) else x.isoformat() if hasattr(x, "isoformat") else str(x)
           for x in (have, want)]  # fmt: skip
    return iso[0] == iso[1]


def _all_files_text(root: Path) -> str:
    chunks = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and "quarantine" not in path.parts:
            chunks.append(path.name)
            data = path.read_bytes()
            chunks.append(data.decode("utf-8", errors="ignore"))
            if path.suffix == ".parquet":
                table = pq.read_table(path)
                chunks.append(json.dumps(table.to_pylist(), default=str))
    return "\n".join(chunks)


def _source_rows(url: str, table: str, key: str) -> dict:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.text(f"SELECT * FROM {table}"))]
    engine.dispose()
    return {r[key]: r for r in rows}


def _run_store(store: str, home: Path, url: str, planted: dict[str, set[str]], detector) -> None:
    cfg = load_store_pipeline(store, home, url)
    ctx = make_context(cfg, f"test_{store}", ALL_TIME)
    ref = run_pipeline(ctx, detector=detector)
    table = cfg.tables[0]
    part = ctx.layout.partition_file(store, table.name, ctx.load_date)
    out = pq.read_table(part)
    source = _source_rows(url, table.name, table.primary_key)
    report = json.loads(Path(ref.json_path).read_text())
    summary = report["tables"][0]
    # Nothing lost: every row is written or quarantined.
    assert summary["rows_read"] == ROWS
    assert out.num_rows + summary["rows_quarantined"] + summary["rows_deduplicated"] == ROWS
    assert out.num_rows == ROWS
    # Clean columns come out untouched.
    out_rows = {r[table.primary_key]: r for r in out.to_pylist()}
    for key, src in source.items():
        for column in CLEAN_COLUMNS[store]:
            want, have = src[column], out_rows[key][column]
            if isinstance(want, str) and isinstance(have, datetime):
                want = datetime.fromisoformat(want)
            assert _same(have, want), (store, key, column)
    # Canary sweep: no planted value in Parquet (data or metadata), reports, file names.
    text = [_all_files_text(cfg.output.root)]
    leaks = leaks_by_type(text, planted)
    assert not leaks, describe_leaks(leaks)


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail any connection that is not to this machine (TCP/UDP); records attempts."""
    attempts: list[str] = []
    real_connect = socket.socket.connect

    def guarded(self, address):  # noqa: ANN001, ANN202
        host = address[0] if isinstance(address, tuple) else None
        if host is not None:
            try:
                ok = ipaddress.ip_address(host).is_loopback
            except ValueError:
                ok = host == "localhost"
            if not ok:
                attempts.append(str(host))
                raise OSError("network access blocked by test")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "getaddrinfo", _no_dns(socket.getaddrinfo, attempts))
    return attempts


def _no_dns(real, attempts: list[str]):  # noqa: ANN001, ANN202
    def lookup(host, *args, **kwargs):  # noqa: ANN001, ANN202
        if host not in (None, "localhost", "127.0.0.1", "::1"):
            attempts.append(f"dns:{host}")
            raise OSError("name resolution blocked by test")
        return real(host, *args, **kwargs)

    return lookup


@pytest.mark.parametrize("store", ["tips", "donations", "volunteers"])
def test_sqlite_end_to_end_without_network(store, seeded_home, key_file, detector, loopback_only) -> None:
    home, planted = seeded_home
    _run_store(store, home, f"sqlite:///{home / 'stores' / f'{store}.db'}", planted[store], detector)
    assert loopback_only == [], "the pipeline tried to reach the network"


@pytest.mark.postgres
def test_postgres_end_to_end(pg_url, tmp_path, key_file, detector) -> None:
    from pii_pipeline.seeding import seed_store

    planted = seed_store("donations", pg_url, rows=ROWS).planted
    _run_store("donations", tmp_path / "home", pg_url, planted, detector)


@pytest.mark.mariadb
def test_mariadb_end_to_end(mariadb_url, tmp_path, key_file, detector) -> None:
    from pii_pipeline.seeding import seed_store

    planted = seed_store("volunteers", mariadb_url, rows=ROWS).planted
    _run_store("volunteers", tmp_path / "home", mariadb_url, planted, detector)


def test_missing_key_fails_before_anything_is_written(seeded_home, monkeypatch, detector) -> None:
    from pii_pipeline.deid.keys import KeyRingError

    home, _ = seeded_home
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(home / "no-such-key.json"))
    cfg = load_store_pipeline("tips", home)
    with pytest.raises(KeyRingError):
        run_pipeline(make_context(cfg, "nokey", ALL_TIME), detector=detector)
    assert not (cfg.output.root / "parquet").exists()
