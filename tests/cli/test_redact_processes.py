"""`redact --processes N`: free text is analysed by N forked workers, and the output is the same bytes
as with one process (Parquet, report and quarantine), for Parquet and CSV input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pii_pipeline.cli.app import app
from pii_pipeline.detection import text as text_module

SYNTH_CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpora" / "presidio_research_synth_v2.jsonl"
ROWS = 160


def _table() -> pa.Table:
    texts = [json.loads(line)["text"] for line in SYNTH_CORPUS.read_text().splitlines()[:ROWS]]
    return pa.table(
        {
            "id": list(range(ROWS)),
            "email": [f"user{i}@example.org" for i in range(ROWS)],
            "amount": [i * 3 for i in range(ROWS)],
            "note": texts,
        }
    )


@pytest.fixture
def key_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pii_pipeline.deid.keys import generate_key_file

    key = tmp_path / "key.json"
    generate_key_file(key)
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(key))


@pytest.mark.parametrize("kind", ["parquet", "csv"])
def test_redact_with_two_processes_writes_the_same_bytes_as_one(
    tmp_path: Path, key_env: None, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    table = _table()
    source = tmp_path / f"in.{kind}"
    if kind == "parquet":
        pq.write_table(table, source)
    else:
        with source.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(table.column_names)
            writer.writerows(zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True))
    # Count the forked path's calls: with two processes it must run, with one it must not.
    parallel_calls: list[int] = []
    original = text_module.TextDetector._detect_parallel

    def spy(self, texts, column_hint):  # noqa: ANN001, ANN202
        parallel_calls.append(len(texts))
        return original(self, texts, column_hint)

    monkeypatch.setattr(text_module.TextDetector, "_detect_parallel", spy)
    outputs = {}
    calls = {}
    for processes in (1, 2):
        out = tmp_path / f"out{processes}"
        before = len(parallel_calls)
        result = CliRunner().invoke(app, ["redact", str(source), "--out", str(out), "--processes", str(processes)])
        assert result.exit_code == 0, result.output
        calls[processes] = len(parallel_calls) - before
        outputs[processes] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert calls[1] == 0
    assert calls[2] >= 1  # the free-text column went through the forked workers
    assert outputs[2] == outputs[1]
    # Something was found and replaced in the free text, so equal bytes are not two empty results.
    report = json.loads(outputs[1]["in.report.json"])
    note = next(c for c in report["columns"] if c["column"] == "note")
    assert sum(note["findings_by_entity"].values()) > 50
    written = pq.read_table(tmp_path / "out2" / "in.parquet")
    assert written.num_rows == ROWS
    assert written.column("note").to_pylist() != table.column("note").to_pylist()
