"""Analysts join on tokens: a donor who is also a volunteer carries the same email token in both
outputs, and the same input and key give the same bytes in a fresh output folder."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import sqlalchemy as sa

from pii_pipeline.pipeline import Interval, make_context, run_pipeline

from .conftest import load_store_pipeline

ALL_TIME = Interval(datetime(2025, 1, 1), datetime(2027, 1, 1))


def _emails(url: str, table: str, column: str) -> set[str]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        values = {row[0].casefold() for row in conn.execute(sa.text(f"SELECT {column} FROM {table}")) if row[0]}
    engine.dispose()
    return values


def _run(store: str, home: Path, detector) -> Path:  # noqa: ANN001
    cfg = load_store_pipeline(store, home, f"sqlite:///{home / 'stores' / f'{store}.db'}")
    ctx = make_context(cfg, "join", ALL_TIME)
    run_pipeline(ctx, detector=detector)
    return ctx.layout.partition_file(store, cfg.tables[0].name, ctx.load_date)


def test_donor_and_volunteer_join_on_the_email_token(seeded_home, key_file, detector) -> None:
    home, _ = seeded_home
    stores = home / "stores"
    overlap = _emails(f"sqlite:///{stores / 'donations.db'}", "donations", "donor_email") & _emails(
        f"sqlite:///{stores / 'volunteers.db'}", "volunteers", "email"
    )
    assert overlap, "the seeded stores share some people"
    donations = _run("donations", home, detector)
    volunteers = _run("volunteers", home, detector)
    # The query the README shows analysts.
    joined = duckdb.sql(
        f"""
        SELECT count(DISTINCT v.email) AS people
        FROM read_parquet('{donations}') d
        JOIN read_parquet('{volunteers}') v ON d.donor_email = v.email
        """
    ).fetchall()[0][0]
    assert joined == len(overlap)
    tokens = pq.read_table(volunteers, columns=["email"]).column("email").to_pylist()
    assert all(t.startswith("tok_v1_EMAIL_ADDRESS_") for t in tokens if t)


def test_same_input_and_key_give_the_same_bytes_in_a_fresh_folder(seeded_home, key_file, detector, tmp_path) -> None:
    home, _ = seeded_home
    digests = []
    for attempt in ("first", "second"):
        out = tmp_path / attempt / "home"
        out.mkdir(parents=True)
        cfg = load_store_pipeline("tips", out, f"sqlite:///{home / 'stores' / 'tips.db'}")
        ctx = make_context(cfg, f"run-{attempt}", ALL_TIME)
        run_pipeline(ctx, detector=detector)
        digests.append(
            hashlib.sha256(ctx.layout.partition_file("tips", "tips", ctx.load_date).read_bytes()).hexdigest()
        )
    assert digests[0] == digests[1]
