"""On demo-like output (seeded stores, real runs): a donor who is also a volunteer is found in every
row of both stores that holds them, checked against the stores; erase leaves no token of theirs; a
re-run of the interval keeps them erased (the suppression list)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from pii_pipeline.cli.subject_cmd import app
from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, make_context, run_pipeline

REPO = Path(__file__).resolve().parents[2]
ROWS = 120
ALL_TIME = Interval(datetime(2025, 1, 1), datetime(2027, 1, 1))


@pytest.fixture(scope="module")
def detector():
    from pii_pipeline.detection.text import TextDetector

    return TextDetector()


def _rows(url: str, table: str, key: str) -> list[dict]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.text(f"SELECT * FROM {table}"))]  # noqa: SLF001
    engine.dispose()
    return rows


def _holds(row: dict, email: str, phone: str) -> bool:
    """Whether a source row holds the person's email (any letter case) or phone (any formatting)."""
    texts = [v for v in row.values() if isinstance(v, str)]
    return any(email in t.casefold() or phone in re.sub(r"\D", "", t) for t in texts)


def _run_all(home: Path, detector) -> list[Path]:  # noqa: ANN001
    files = []
    for store in ("donations", "volunteers"):
        path = REPO / "pipelines" / f"{store}.yaml"
        cfg = load_pipeline(path, env={"PII_PIPELINE_HOME": str(home)})
        run_pipeline(make_context(cfg, f"demo-{store}", ALL_TIME), detector=detector)
        files.append(path)
    return files


def _cli(args: list[str], home: Path, key: Path) -> dict:
    env = {"PII_PIPELINE_HOME": str(home), "PII_PIPELINE_KEY_FILE": str(key)}
    result = CliRunner().invoke(app, args, env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_find_erase_and_rerun_on_seeded_stores(tmp_path, monkeypatch, detector) -> None:
    from pii_pipeline.deid.keys import generate_key_file
    from pii_pipeline.seeding import seed_store

    home = tmp_path / "home"
    (home / "stores").mkdir(parents=True)
    urls = {}
    for store in ("donations", "volunteers"):
        urls[store] = f"sqlite:///{home / 'stores' / f'{store}.db'}"
        seed_store(store, urls[store], rows=ROWS)
    key = home / "keys" / "demo.key.json"
    key.parent.mkdir()
    generate_key_file(key)
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(key))
    monkeypatch.setenv("PII_PIPELINE_HOME", str(home))
    pipelines = _run_all(home, detector)

    donations = _rows(urls["donations"], "donations", "donation_id")
    volunteers = _rows(urls["volunteers"], "volunteers", "volunteer_id")
    shared = sorted({d["donor_email"].casefold() for d in donations} & {v["email"].casefold() for v in volunteers})
    assert shared, "the seeded stores share people"
    email = shared[0]
    volunteer = next(v for v in volunteers if v["email"].casefold() == email)
    phone = re.sub(r"\D", "", volunteer["phone"])[-10:]
    expected = {("donations", str(r["donation_id"])) for r in donations if _holds(r, email, phone)}
    expected |= {("volunteers", str(r["volunteer_id"])) for r in volunteers if _holds(r, email, phone)}
    assert {s for s, _ in expected} == {"donations", "volunteers"}

    pipe_args = [a for p in pipelines for a in ("--pipeline", str(p))]
    who = ["--email", volunteer["email"], "--phone", volunteer["phone"]]  # as the volunteers store writes them
    found = _cli(["find", *who, "--reason", "DSR-7 access", "--json", *pipe_args], home, key)
    assert {(h["store"], h["row_key"]) for h in found["hits"]} == expected
    audit = (home / "output" / "_state" / "audit.log").read_text(encoding="utf-8")
    assert "DSR-7 access" in audit and email not in audit.casefold() and phone not in audit

    erased = _cli(["erase", *who, "--reason", "DSR-7 erasure", "--json", *pipe_args], home, key)
    assert erased["erase"]["cells"] == len(found["hits"])
    again = _cli(["find", *who, "--reason", "DSR-7 check", "--json", *pipe_args], home, key)
    assert again["hits"] == []

    # Every interval run again: the suppression list erases the person in the new partitions too.
    _run_all(home, detector)
    after = _cli(["find", *who, "--reason", "DSR-7 re-run check", "--json", *pipe_args], home, key)
    assert after["hits"] == []
    marked = set()
    for store, key_col in (("donations", "donation_id"), ("volunteers", "volunteer_id")):
        for f in (home / "output" / "parquet" / store).rglob("data.parquet"):
            for row in pq.read_table(f).to_pylist():
                if any(isinstance(v, str) and "[erased]" in v for v in row.values()):
                    marked.add((store, str(row[key_col])))
    assert marked == expected


def test_demo_output_has_a_dictionary_and_meets_k(tmp_path, monkeypatch, detector) -> None:
    """Every published table has `_schema.json` (join keys across stores, quasi-identifiers typed) and
    meets min_k; the reports index links the dictionary page."""
    from pii_pipeline.deid.keys import generate_key_file
    from pii_pipeline.privacy.kanon import class_ids
    from pii_pipeline.seeding import seed_store

    home = tmp_path / "home"
    (home / "stores").mkdir(parents=True)
    for store in ("donations", "volunteers"):
        seed_store(store, f"sqlite:///{home / 'stores' / f'{store}.db'}", rows=ROWS)
    key = home / "key.json"
    generate_key_file(key)
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(key))
    _run_all(home, detector)
    parquet = home / "output" / "parquet"
    docs = {s: json.loads((parquet / s / s / "_schema.json").read_text()) for s in ("donations", "volunteers")}
    email = next(c for c in docs["volunteers"]["columns"] if c["column"] == "email")
    assert "donations.donations.donor_email" in email["joins_with"]
    dob = next(c for c in docs["volunteers"]["columns"] if c["column"] == "date_of_birth")
    assert dob["kind"] == "quasi_identifier" and dob["type"] == "int32"
    for store, doc in docs.items():
        qi = [c["column"] for c in doc["columns"] if c["kind"] == "quasi_identifier"]
        assert qi, store
        for f in (parquet / store / store).rglob("data.parquet"):
            t = pq.read_table(f)
            assert [c["column"] for c in doc["columns"]] == t.column_names
            assert t.schema.field(qi[0]).metadata[b"pii.kind"] == b"quasi_identifier"  # Parquet field metadata
            _, sizes = class_ids([t[c].combine_chunks() for c in qi])
            assert sizes.min() >= 5, f"{store}: smallest class {sizes.min()}"
        report = json.loads(next((home / "output" / "reports" / store).glob("*/report.json")).read_text())
        assert report["tables"][0]["privacy"]["meets_k"] is True
    page = (home / "output" / "reports" / "dictionary.html").read_text()
    assert "tok_v&lt;N&gt;" in page and "[erased]" in page
    assert 'href="dictionary.html"' in (home / "output" / "reports" / "index.html").read_text()
