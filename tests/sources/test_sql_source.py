"""The same reader serves SQLite, PostgreSQL and MariaDB, in bounded batches, by watermark interval."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pyarrow as pa
import pytest
import sqlalchemy as sa

from pii_pipeline.config import StoreConfig, TableConfig
from pii_pipeline.sources import SourceError, SqlSource
from pii_pipeline.sources.connection import redacted_url, with_retries

BASE = datetime(2026, 1, 1)


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ]
)
def backend_url(request: pytest.FixtureRequest, tmp_path) -> tuple[str, str]:  # noqa: ANN001
    if request.param == "sqlite":
        return "sqlite", f"sqlite:///{tmp_path / 'store.db'}"
    return request.param, request.getfixturevalue("pg_url" if request.param == "postgres" else "mariadb_url")


@pytest.fixture
def table_name(request: pytest.FixtureRequest) -> Iterator[str]:
    """A table name of the test's own in the session's database; the table is dropped afterwards."""
    name = f"src_people_{secrets.token_hex(4)}"
    yield name
    for fixture in ("pg_url", "mariadb_url", "backend_url"):
        if fixture in request.fixturenames:
            value = request.getfixturevalue(fixture)
            url = value[1] if isinstance(value, tuple) else value
            engine = sa.create_engine(url)
            with engine.begin() as conn:
                conn.execute(sa.text(f"DROP TABLE IF EXISTS {name}"))
            engine.dispose()


def _make_table(url: str, rows: int = 50, name: str = "src_people") -> list[dict]:
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    table = sa.Table(
        name,
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("name", sa.String(64)),
        sa.Column("notes", sa.Text),
        sa.Column("amount", sa.Numeric(10, 2)),
        sa.Column("born", sa.Date),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    meta.drop_all(engine)
    meta.create_all(engine)
    data = [
        {
            "id": i,
            "name": f"Person {i}" if i % 7 else None,
            "notes": "Ünïcode ✓ " * (i % 3),
            "amount": Decimal(f"{i}.{i % 100:02d}"),
            "born": date(1980, 1, 1) + timedelta(days=i),
            "updated_at": BASE + timedelta(hours=i),
        }
        for i in range(rows)
    ]
    with engine.begin() as conn:
        conn.execute(table.insert(), data)
    engine.dispose()
    return data


def _read(url: str, name: str = "src_people", **kwargs) -> tuple[list[pa.RecordBatch], SqlSource]:
    source = SqlSource(StoreConfig(url=url), name="people")
    cfg = TableConfig(name=name, primary_key="id", watermark="updated_at", batch_size=7)
    return list(source.read_batches(cfg, **kwargs)), source


def _check_backend(url: str, name: str = "src_people") -> None:
    data = _make_table(url, name=name)
    batches, source = _read(url, name)
    assert max(b.num_rows for b in batches) <= 7, "batches must be bounded"
    table = pa.Table.from_batches(batches)
    assert table.num_rows == len(data)
    assert table.schema.field("amount").type == pa.decimal128(10, 2)
    assert table.schema.field("born").type == pa.date32()
    assert table.schema.field("updated_at").type == pa.timestamp("us")
    got = table.to_pylist()
    for want, have in zip(data, got, strict=True):
        assert have == want
    # A half-open interval on the watermark.
    window, _ = _read(url, name, since=BASE + timedelta(hours=10), until=BASE + timedelta(hours=20))
    ids = pa.Table.from_batches(window).column("id").to_pylist() if window else []
    assert ids == list(range(10, 20))
    source.engine.dispose()


def test_sqlite(tmp_path) -> None:
    _check_backend(f"sqlite:///{tmp_path / 'store.db'}")


@pytest.mark.postgres
def test_postgres(pg_url: str, table_name: str) -> None:
    _check_backend(pg_url, table_name)


@pytest.mark.mariadb
def test_mariadb(mariadb_url: str, table_name: str) -> None:
    _check_backend(mariadb_url, table_name)


def _kill(backend: str, url: str, connection: sa.Connection) -> None:
    """End the reader's connection from another session and wait until the server has ended it
    (SQLite has no server: interrupt the reader's query)."""
    dbapi = connection.connection.dbapi_connection
    if backend == "sqlite":
        dbapi.interrupt()
        return
    if backend == "postgres":
        pid = int(dbapi.info.backend_pid)
        kill, alive = f"SELECT pg_terminate_backend({pid})", f"SELECT COUNT(*) FROM pg_stat_activity WHERE pid = {pid}"
    else:
        pid = int(dbapi.thread_id())
        kill, alive = f"KILL {pid}", f"SELECT COUNT(*) FROM information_schema.processlist WHERE id = {pid}"
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as admin:
        admin.exec_driver_sql(kill)
        # Wait for the event itself (the server ends the session asynchronously); the bound only stops a
        # hung server from hanging the suite, it is no speed requirement.
        deadline = time.monotonic() + 120
        while admin.exec_driver_sql(alive).scalar():
            assert time.monotonic() < deadline, f"{backend} connection {pid} still listed 120 s after its kill"
            time.sleep(0.05)
    engine.dispose()


def test_connection_killed_mid_read_raises_a_retryable_error(backend_url, table_name) -> None:
    """The reader does not retry inside an iteration (batches already given out cannot be taken back):
    it raises an error `with_retries` retries, so the caller restarts the read; the same source
    then reads every row (its pool drops the dead connection)."""
    from pii_pipeline.failpoints import acting

    backend, url = backend_url
    _make_table(url, rows=30, name=table_name)
    source = SqlSource(StoreConfig(url=url), name="people")
    cfg = TableConfig(name=table_name, primary_key="id", watermark="updated_at", batch_size=7)
    killed: list[sa.Connection] = []

    def kill_once(connection: sa.Connection) -> None:
        if not killed:
            killed.append(connection)
            _kill(backend, url, connection)

    got = 0
    with acting("source.between_batches", kill_once), pytest.raises((sa.exc.OperationalError, sa.exc.InterfaceError)):
        for batch in source.read_batches(cfg):
            got += batch.num_rows
    assert killed
    # PostgreSQL and SQLite fail at the next batch; MariaDB's driver had every row buffered already
    # and fails when the read's transaction ends. Either way no read ends quietly after a kill.
    assert got == (30 if backend == "mariadb" else 7)
    assert sum(b.num_rows for b in source.read_batches(cfg)) == 30
    source.engine.dispose()


def test_missing_table_is_a_clear_error(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    sa.create_engine(url).connect().close()
    source = SqlSource(StoreConfig(url=url), name="people")
    with pytest.raises(SourceError, match="table nope does not exist"):
        source.schema("nope")


def test_retries_with_backoff_then_fails_without_driver_message() -> None:
    calls: list[float] = []

    def down() -> None:
        raise sa.exc.OperationalError("SELECT secret_value", {}, Exception("connection refused"))

    with pytest.raises(SourceError) as info:
        with_retries("tips: read", down, retries=3, backoff_s=0.5, sleep=calls.append)
    assert calls == [0.5, 1.0, 2.0]
    assert "secret_value" not in str(info.value)
    assert "after 4 attempts" in str(info.value)


def test_retry_succeeds_after_transient_failure() -> None:
    attempts = {"n": 0}

    def flaky() -> str:
        attempts["n"] += 1
        if attempts["n"] < 3:
            raise sa.exc.OperationalError("x", {}, Exception("timeout"))
        return "ok"

    assert with_retries("x", flaky, retries=5, backoff_s=0, sleep=lambda s: None) == "ok"
    assert attempts["n"] == 3


def test_read_without_retry_opens_once_and_raises_the_driver_error(tmp_path) -> None:
    """`retry=False`: the caller runs the only retry loop (the extract stage), so none nests in it."""
    from pii_pipeline.failpoints import acting

    url = f"sqlite:///{tmp_path / 'store.db'}"
    _make_table(url, rows=3)
    source = SqlSource(StoreConfig(url=url, retries=3, retry_backoff_s=0), name="people")
    cfg = TableConfig(name="src_people", primary_key="id", watermark="updated_at")
    opened: list[int] = []

    def refuse() -> None:
        opened.append(1)
        raise sa.exc.OperationalError("x", {}, Exception("refused"))

    with acting("source.open", refuse):
        with pytest.raises(sa.exc.OperationalError):
            list(source.read_batches(cfg, retry=False))
        assert len(opened) == 1
        with pytest.raises(SourceError, match="people: read src_people: failed after 4 attempts"):
            list(source.read_batches(cfg))  # on its own, the reader retries
        assert len(opened) == 5
    source.engine.dispose()


def test_unreachable_server_fails_clearly() -> None:
    store = StoreConfig(url="postgresql+psycopg2://postgres@127.0.0.1:1/none", retries=1, retry_backoff_s=0)
    source = SqlSource(store, name="tips")
    with pytest.raises(SourceError, match="tips: reflect tips: failed after 2 attempts"):
        source.schema("tips")


def test_redacted_url_hides_password() -> None:
    shown = redacted_url("postgresql+psycopg2://app:s3cr3t@db:5432/tips")
    assert "s3cr3t" not in shown and "db:5432/tips" in shown
