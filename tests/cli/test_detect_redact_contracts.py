"""The two stable contracts, `detect` and `redact`, on files the project did not write."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.types import ALL_ENTITIES

# Vendored in the repository (tests/data/corpora/README.md): a plain clone has everything it needs.
SYNTH_CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpora" / "presidio_research_synth_v2.jsonl"


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-m", "pii_pipeline.cli.app", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def key_env(tmp_path: Path) -> dict[str, str]:
    from pii_pipeline.deid.keys import generate_key_file

    key = tmp_path / "k" / "key.json"
    key.parent.mkdir()
    generate_key_file(key)
    return {"PII_PIPELINE_KEY_FILE": str(key)}


def test_detect_contract_on_the_shared_corpus(tmp_path: Path) -> None:
    docs = [json.loads(line) for line in SYNTH_CORPUS.read_text().splitlines()[:120]]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": d["id"], "text": d["text"]}) for d in docs) + "\n")
    out = tmp_path / "out.jsonl"
    proc = cli("detect", str(source), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in results] == [d["id"] for d in docs]
    found = 0
    for doc, result in zip(docs, results, strict=True):
        for e in result["entities"]:
            assert set(e) == {"type", "start", "end", "score"}
            assert e["type"] in ALL_ENTITIES
            assert 0 <= e["start"] < e["end"] <= len(doc["text"])
            assert 0 < e["score"] <= 1
            found += 1
    assert found > 50
    # Labelled credit cards and emails in this slice are found at their offsets.
    gold = {
        (d["id"], s["start"], s["end"])
        for d in docs
        for s in d["spans"]
        if s["label"] in ("CREDIT_CARD", "EMAIL_ADDRESS")
    }
    got = {(r["id"], e["start"], e["end"]) for r in results for e in r["entities"]}
    assert gold and gold <= got


def _hand_written_rows() -> list[dict[str, str]]:
    return [
        {
            "Ticket": "T-1001",
            "Contact Info": "jane.roe@mailbox.org",
            "Notes": "Caller Jane Roe asked about the gala.",
            "Amount (USD)": "25.00",
            "zip": "02134",
            "When": "2026-03-01",
        },
        {
            "Ticket": "T-1002",
            "Contact Info": "(617) 555-0199",
            "Notes": "No personal details given.",
            "Amount (USD)": "100.50",
            "zip": "94110",
            "When": "2026-03-02",
        },
        {
            "Ticket": "T-1003",
            "Contact Info": "kwame.mensah@example.net",
            "Notes": "SSN on file 078-05-1120, call back.",
            "Amount (USD)": "7.25",
            "zip": "10001",
            "When": "2026-03-03",
        },
        {
            "Ticket": "T-1004",
            "Contact Info": "",
            "Notes": "",
            "Amount (USD)": "0.00",
            "zip": "60601",
            "When": "2026-03-04",
        },
    ]


PLANTED = ["jane.roe@mailbox.org", "(617) 555-0199", "kwame.mensah@example.net", "078-05-1120", "Jane Roe"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_redact_contract(tmp_path: Path, key_env: dict[str, str], suffix: str) -> None:
    rows = _hand_written_rows()
    source = tmp_path / f"intake{suffix}"
    if suffix == ".csv":
        with source.open("w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif suffix == ".jsonl":
        source.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    else:
        pq.write_table(pa.Table.from_pylist(rows), source)
    out_dir = tmp_path / "out"
    proc = cli("redact", str(source), "--out", str(out_dir), env=key_env)
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out_dir / "intake.parquet")
    report = json.loads((out_dir / "intake.report.json").read_text())
    assert table.column_names == list(rows[0])
    got = table.to_pylist()
    assert [r["Ticket"] for r in got] == [r["Ticket"] for r in rows]
    for before, after in zip(rows, got, strict=True):
        for clean in ("Ticket", "Amount (USD)", "When", "zip"):
            assert after[clean] == before[clean]
        assert "gala" in after["Notes"] or before["Notes"] != rows[0]["Notes"]
    assert got[1]["Notes"] == "No personal details given."
    assert got[3]["Contact Info"] == "" and got[3]["Notes"] == ""
    blob = json.dumps(got) + json.dumps(report) + proc.stdout + proc.stderr
    for value in PLANTED:
        assert value not in blob
    assert report["rows"] == 4 and report["findings"] >= 4
