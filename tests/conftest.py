"""Shared fixtures: throwaway databases on the local PostgreSQL and MariaDB servers, and SQLite files.

The server fixtures fail (never skip) when a server is down: a skipped backend test would hide
that the code was not checked against it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

PG_SERVER = os.environ.get("PII_TEST_PG_SERVER", "postgresql+psycopg2://postgres@127.0.0.1:5432")
MARIADB_SERVER = os.environ.get("PII_TEST_MARIADB_SERVER", "mysql+pymysql://root@127.0.0.1:3306")


def _db_name() -> str:
    return f"pii_test_{os.getpid()}_{secrets.token_hex(4)}"


def _admin_engine(url: str, what: str) -> sa.Engine:
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    try:
        engine.connect().close()
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        reason = str(exc).splitlines()[0]
        pytest.fail(f"{what} is unreachable at {sa.make_url(url)!r} (is the server running?): {reason}", pytrace=False)
    return engine


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL database, dropped at the end of the session."""
    admin = _admin_engine(f"{PG_SERVER}/postgres", "PostgreSQL")
    name = _db_name()
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with admin.connect() as conn:
            # FORCE: a test that left an engine open must not make the drop fail.
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="session")
def mariadb_url() -> Iterator[str]:
    """URL of a fresh MariaDB database (utf8mb4), dropped at the end of the session."""
    admin = _admin_engine(f"{MARIADB_SERVER}/", "MariaDB")
    name = _db_name()
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    try:
        yield f"{MARIADB_SERVER}/{name}?charset=utf8mb4"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"
