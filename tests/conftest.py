"""Shared fixtures: throwaway databases on the local PostgreSQL and MariaDB servers, and SQLite files.

The server fixtures fail (never skip) when a server is down: a skipped backend test would hide
that the code was not checked against it.

A guard keeps a plain clone self-sufficient: every file a test opens must be inside the repository, the
virtual environment, the system's Python and library folders, or a temporary folder. An audit hook on
`open` records any other path, and the test that opened it fails (child processes are not watched).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

PG_SERVER = os.environ.get("PII_TEST_PG_SERVER", "postgresql+psycopg2://postgres@127.0.0.1:5432")
MARIADB_SERVER = os.environ.get("PII_TEST_MARIADB_SERVER", "mysql+pymysql://root@127.0.0.1:3306")


REPO_ROOT = Path(__file__).resolve().parents[1]


def _roots(paths: list[str | Path]) -> tuple[str, ...]:
    # Resolved, with a trailing separator: "/work/main" must not admit "/work/main-other".
    return tuple(sorted({os.path.join(os.path.realpath(p), "") for p in paths}))


# The checkout, the venv and the Python it runs on: always allowed.
OWN_ROOTS = _roots(
    [REPO_ROOT, sys.prefix, sys.exec_prefix, sys.base_prefix, *(p for p in sys.path if p and "site-packages" in p)]
)
# System library folders and tmp: allowed, except what sits beside the checkout (below).
SYSTEM_ROOTS = _roots(["/usr", "/lib", "/lib64", "/etc", "/proc", "/sys", "/dev", tempfile.gettempdir()])
# Folders beside the checkout (../shared) are refused even under tmp, as in a clone made in /tmp/x/; only a
# checkout placed directly in tmp (or in /) cannot be told apart from tmp itself.
_PARENT = os.path.join(os.path.realpath(REPO_ROOT.parent), "")
BESIDE = "" if _PARENT in SYSTEM_ROOTS or _PARENT == os.sep else _PARENT
OUTSIDE_OPENS: list[str] = []  # the hook appends; the runtest hooks below turn entries into failures


def _outside(path: object) -> str | None:
    if not isinstance(path, str | bytes | os.PathLike):
        return None  # a file descriptor, not a path
    full = os.path.join(os.path.realpath(os.fsdecode(path)), "")
    if full.startswith(OWN_ROOTS):
        return None
    if (BESIDE and full.startswith(BESIDE)) or not full.startswith(SYSTEM_ROOTS):
        return full.rstrip(os.sep)
    return None


def _open_guard(event: str, args: tuple) -> None:
    if event != "open":
        return
    try:
        found = _outside(args[0])
    except Exception:  # an audit hook that raises would break the `open` it watches
        return
    if found is not None:
        OUTSIDE_OPENS.append(found)


sys.addaudithook(_open_guard)  # cannot be removed: installed once per test process


def pytest_configure(config: pytest.Config) -> None:
    global OWN_ROOTS
    if config.option.basetemp:  # pytest's own tmp folders, wherever --basetemp puts them
        OWN_ROOTS = (*OWN_ROOTS, *_roots([config.option.basetemp]))


@pytest.fixture
def outside_opens() -> list[str]:
    """The guard's record, for the test that proves the guard fires (it must clear what it planted)."""
    return OUTSIDE_OPENS


def _fail_on_outside_opens(when: str) -> None:
    if OUTSIDE_OPENS:
        paths = sorted(set(OUTSIDE_OPENS))
        OUTSIDE_OPENS.clear()
        pytest.fail(f"opened outside the repository, venv and tmp during {when}: {paths}", pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    OUTSIDE_OPENS.clear()  # what collection or an earlier test did is reported there, not here
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    result = yield
    _fail_on_outside_opens("setup or call")
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    result = yield
    _fail_on_outside_opens("teardown")
    return result


def pytest_sessionstart(session: pytest.Session) -> None:
    # The hook outlives a session (pytest.main called again in one process, as mutmut does): what the
    # process opened before this session is not this session's doing.
    OUTSIDE_OPENS.clear()


def pytest_collection_finish(session: pytest.Session) -> None:
    if OUTSIDE_OPENS:
        raise pytest.UsageError(f"collection opened files outside the repository: {sorted(set(OUTSIDE_OPENS))}")


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
