"""A tiny store for reliability tests: a people table whose rows the tests add, change and break."""

from __future__ import annotations

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


def make_people(url: str, rows: range) -> sa.Table:
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    table = sa.Table(
        "people",
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("full_name", sa.String(80)),
        sa.Column("email", sa.String(120)),
        sa.Column("ssn", sa.String(16)),
        sa.Column("note", sa.Text),
        sa.Column("amount", sa.Integer),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    meta.drop_all(engine)
    meta.create_all(engine)
    insert(url, [person(i) for i in rows])
    engine.dispose()
    return table


def insert(url: str, rows: list[dict]) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.table("people", *[sa.column(c) for c in rows[0]]).insert(), rows)
    engine.dispose()


def people_pipeline(tmp_path: Path, url: str, **extra: object) -> PipelineConfig:
    text = f"""
name: people
store: {{url: "{url}", retries: 2, retry_backoff_s: 0}}
tables:
  - name: people
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
    path = tmp_path / "people.yaml"
    path.write_text(text)
    return load_pipeline(path)
