"""A tiny store for reliability tests: a people table whose rows the tests add, change and break.

`PeopleStore` is one uniquely named table on SQLite, PostgreSQL or MariaDB (fixture `people_store` in
conftest.py), so repeated or parallel runs never share a table, and the table is dropped afterwards.
The module-level helpers keep working on a table called `people` for the SQLite-only tests.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from pii_pipeline.config import PipelineConfig, load_pipeline

BASE = datetime(2026, 1, 1)
FIRST = ["Alicja", "Bartholomew", "Chiamaka", "Dmitri", "Esperanza", "Fernando", "Giulia", "Hiroshi"]
LAST = ["Kowalczyk", "Okonkwo", "Vasquez", "Lindqvist", "Nakamura", "Moreau", "Ferreira", "Haddad"]


def person(i: int) -> dict:
    first, last = FIRST[i % len(FIRST)], LAST[(i * 3) % len(LAST)]
    return {
        "id": i,
        "full_name": f"{first} {last}",
        "email": f"{first.lower()}.{last.lower()}{i}@example.org",
        "ssn": f"{123 + i % 500:03d}-{45 + i % 40:02d}-{1000 + i:04d}",
        "note": f"Called {first} {last} back on 555-01{i % 100:02d} about the schedule.",
        "amount": i * 10,
        "updated_at": BASE + timedelta(days=i % 59, hours=i % 24),
    }


def _people_table(name: str) -> tuple[sa.MetaData, sa.Table]:
    meta = sa.MetaData()
    table = sa.Table(
        name,
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("full_name", sa.String(80)),
        sa.Column("email", sa.String(120)),
        sa.Column("ssn", sa.String(16)),
        sa.Column("note", sa.Text),
        sa.Column("amount", sa.Integer),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    return meta, table


def make_people(url: str, rows: range, table: str = "people") -> sa.Table:
    engine = sa.create_engine(url)
    meta, people = _people_table(table)
    meta.drop_all(engine)
    meta.create_all(engine)
    engine.dispose()
    insert(url, [person(i) for i in rows], table)
    return people


def insert(url: str, rows: list[dict], table: str = "people") -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.table(table, *[sa.column(c) for c in rows[0]]).insert(), rows)
    engine.dispose()


def people_pipeline(tmp_path: Path, url: str, table: str = "people", **extra: object) -> PipelineConfig:
    """The pipeline file `tmp_path/people.yaml`, writing under `tmp_path/out`."""
    text = f"""
name: people
store: {{url: "{url}", retries: 2, retry_backoff_s: 0}}
tables:
  - name: {table}
    primary_key: id
    watermark: updated_at
    free_text: [note]
    batch_size: 25
    max_cell_bytes: 5000
    columns:
      full_name: {{kind: identifier, entity_types: [PERSON]}}
      email: {{kind: identifier, entity_types: [EMAIL_ADDRESS]}}
      ssn: {{kind: identifier, entity_types: [US_SSN]}}
output: {{root: "{tmp_path / "out"}"}}
"""
    for key, value in extra.items():
        text += f"{key}: {value}\n"
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "people.yaml"
    path.write_text(text)
    return load_pipeline(path)


@dataclass
class PeopleStore:
    """One people table with a unique name, on one backend."""

    backend: str  # sqlite | postgres | mariadb
    url: str
    table: str = field(default_factory=lambda: f"people_{secrets.token_hex(4)}")

    def make(self, rows: range) -> None:
        make_people(self.url, rows, self.table)

    def insert(self, rows: list[dict]) -> None:
        insert(self.url, rows, self.table)

    def delete(self, ids: range) -> None:
        engine = sa.create_engine(self.url)
        _, people = _people_table(self.table)
        with engine.begin() as conn:
            conn.execute(people.delete().where(people.c.id.in_(list(ids))))
        engine.dispose()

    def drop(self) -> None:
        engine = sa.create_engine(self.url)
        meta, _ = _people_table(self.table)
        meta.drop_all(engine)
        engine.dispose()

    def exists(self) -> bool:
        engine = sa.create_engine(self.url)
        try:
            return sa.inspect(engine).has_table(self.table)
        finally:
            engine.dispose()

    def pipeline(self, folder: Path, **extra: object) -> PipelineConfig:
        return people_pipeline(folder, self.url, self.table, **extra)

    def kill_connection(self, connection: sa.Connection) -> object:
        """End `connection` from outside, as an operator or a failing server would; returns its id.

        PostgreSQL: pg_terminate_backend from another session. MariaDB: KILL <connection id> from
        another session. SQLite has no server: the query is interrupted (sqlite3_interrupt), which
        makes its next step fail with an OperationalError, as a dropped connection does.
        """
        dbapi = connection.connection.dbapi_connection
        if self.backend == "sqlite":
            dbapi.interrupt()
            return id(dbapi)
        engine = sa.create_engine(self.url, isolation_level="AUTOCOMMIT")
        if self.backend == "postgres":
            pid = dbapi.info.backend_pid
            kill = sa.text("SELECT pg_terminate_backend(:pid)").bindparams(pid=pid)
            alive = sa.text("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = :pid")
        else:
            pid = dbapi.thread_id()
            kill = sa.text(f"KILL {int(pid)}")
            alive = sa.text("SELECT COUNT(*) FROM information_schema.processlist WHERE id = :pid")
        try:
            with engine.connect() as admin:
                admin.execute(kill)
                # Wait for the event itself (the server ends it asynchronously); the generous bound only
                # stops a hung server from hanging the suite, it is no speed requirement.
                deadline = time.monotonic() + 120
                while admin.execute(alive, {"pid": pid}).scalar():
                    assert time.monotonic() < deadline, f"{self.backend} connection {pid} still listed 120 s after kill"
                    time.sleep(0.05)
        finally:
            engine.dispose()
        return pid
