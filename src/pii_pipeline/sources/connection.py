"""Turning a store configuration into a SQLAlchemy engine, with retries and without leaking passwords."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from pii_pipeline.config import StoreConfig
from pii_pipeline.errors import mask_credentials

from .errors import SourceError

log = logging.getLogger(__name__)
T = TypeVar("T")


def resolve_url(store: StoreConfig) -> str:
    """The store's SQLAlchemy URL: from the configuration, or from an Airflow connection."""
    if store.url is not None:
        return store.url
    from airflow.sdk import BaseHook  # only when a connection id is configured

    conn = BaseHook.get_connection(store.conn_id)
    uri = conn.get_uri()
    # Airflow names drivers its own way; SQLAlchemy wants dialect+driver.
    for prefix, replacement in (("postgres://", "postgresql+psycopg2://"), ("mysql://", "mysql+pymysql://")):
        if uri.startswith(prefix):
            uri = replacement + uri[len(prefix) :]
    return uri


def redacted_url(url: str) -> str:
    """The URL as it may appear in a log line or error: no password, in the user part or in the query
    (`?password=`, `?token=`, … which SQLAlchemy's own hiding leaves in place)."""
    try:
        return mask_credentials(make_url(url).render_as_string(hide_password=True))
    except Exception:  # noqa: BLE001 - an unparsable URL is shown by its scheme only
        return url.split(":", 1)[0] + "://…"


def make_engine(url: str, connect_timeout_s: float) -> sa.Engine:
    parsed = make_url(url)
    connect_args: dict[str, object] = {}
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        connect_args["connect_timeout"] = max(1, int(connect_timeout_s))
    elif backend in ("mysql", "mariadb"):
        connect_args["connect_timeout"] = max(1, int(connect_timeout_s))
        connect_args["charset"] = "utf8mb4"
    elif backend == "sqlite":
        connect_args["timeout"] = connect_timeout_s
    engine = sa.create_engine(url, connect_args=connect_args, pool_pre_ping=True)
    if backend == "sqlite":
        # SQLite will hold bytes that are not UTF-8 in a TEXT column, and the driver then fails the
        # whole query. Decode leniently; the row is quarantined as invalid_utf8 later.
        @sa.event.listens_for(engine, "connect")
        def _lenient_text(dbapi_conn, _record) -> None:  # noqa: ANN001
            dbapi_conn.text_factory = lambda raw: raw.decode("utf-8", errors="surrogateescape")

    return engine


def with_retries(
    what: str, action: Callable[[], T], *, retries: int, backoff_s: float, sleep: Callable[[float], None] = time.sleep
) -> T:
    """Run `action`, retrying transient database errors with exponential back-off."""
    attempt = 0
    while True:
        try:
            return action()
        except (sa.exc.OperationalError, sa.exc.InterfaceError, TimeoutError, ConnectionError) as exc:
            attempt += 1
            if attempt > retries:
                # The driver's message can include the query's parameters; keep only its class.
                raise SourceError(f"{what}: failed after {attempt} attempts ({type(exc).__name__})") from None
            delay = backoff_s * 2 ** (attempt - 1)
            log.warning("%s: attempt %d failed (%s); retrying in %.1fs", what, attempt, type(exc).__name__, delay)
            sleep(delay)
