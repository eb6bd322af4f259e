"""`redact` on odd and hostile files (issue 14, parts 1, 6 and 8).

Every Arrow type that can carry text is scanned; a bad row is quarantined next to the output (never
the whole file failed); errors name the file, line or row and column, never the value.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.pipeline.redact_file import redact_file
from pii_pipeline.sources import SourceError

FIRST = ["Maria", "Tomasz", "Aisha", "Kenji", "Olga", "Pedro", "Ingrid", "Samuel"]
LAST = ["Lopez", "Nowak", "Okafor", "Tanaka", "Petrova", "Alves", "Berg", "Mensah"]
ROWS = 16


def sentence(i: int) -> tuple[str, list[str]]:
    first, last = FIRST[i % len(FIRST)], LAST[(i * 3) % len(LAST)]
    ssn = f"536-{22 + i:02d}-{1947 + i:04d}"
    email = f"{first.lower()}.{last.lower()}{i}@example.org"
    return f"Call {first} {last}, SSN {ssn}, {email}", [ssn, email]


TEXTS = [sentence(i)[0] for i in range(ROWS)]
PLANTED = [v for i in range(ROWS) for v in sentence(i)[1]]
WIDTH = max(len(t.encode()) for t in TEXTS)


def _column(kind: str) -> pa.Array:
    if kind == "dictionary":
        return pa.array(TEXTS).dictionary_encode()
    if kind == "binary":
        return pa.array([t.encode() for t in TEXTS], pa.binary())
    if kind == "large_binary":
        return pa.array([t.encode() for t in TEXTS], pa.large_binary())
    if kind == "large_string":
        return pa.array(TEXTS, pa.large_string())
    if kind == "string_view":
        return pa.array(TEXTS, pa.string_view())
    if kind == "fixed_size_binary":
        return pa.array([t.encode().ljust(WIDTH) for t in TEXTS], pa.binary(WIDTH))
    if kind == "list":
        return pa.array([["call back", t] for t in TEXTS], pa.list_(pa.string()))
    if kind == "struct":
        typ = pa.struct([("note", pa.string()), ("n", pa.int64())])
        return pa.array([{"note": t, "n": i} for i, t in enumerate(TEXTS)], typ)
    if kind == "map":
        return pa.array([[("note", t)] for t in TEXTS], pa.map_(pa.string(), pa.string()))
    raise AssertionError(kind)


KINDS = [
    "dictionary", "binary", "large_binary", "large_string", "string_view", "fixed_size_binary", "list", "struct", "map"
]  # fmt: skip


@pytest.fixture
def keyring(key_file: Path):  # noqa: ANN201
    from pii_pipeline.deid.keys import load_keyring

    return load_keyring(key_file)


def _published_text(path: Path) -> str:
    """The output's bytes and its decoded rows (Parquet pages are compressed)."""
    table = pq.read_table(path)
    return path.read_bytes().decode("utf-8", "ignore") + json.dumps(table.to_pylist(), default=str)


@pytest.mark.parametrize("kind", KINDS)
def test_every_text_carrying_parquet_type_is_scanned(kind: str, tmp_path: Path, detector, keyring) -> None:  # noqa: ANN001
    source = tmp_path / f"{kind}.parquet"
    pq.write_table(pa.table({"id": list(range(ROWS)), "memo": _column(kind)}), source)
    result = redact_file(source, tmp_path / "out", policy_path=None, keyring=keyring, detector=detector)
    text = _published_text(result.parquet_path)
    leaked = [v for v in PLANTED if v in text]
    assert not leaked, f"{kind}: {len(leaked)} planted value(s) published"
    assert "Maria Lopez" not in text
    assert result.rows == ROWS
    report = json.loads(result.report_path.read_text())
    assert report["findings"] >= 2 * ROWS


def test_a_type_that_cannot_be_scanned_fails_naming_the_column(detector) -> None:  # noqa: ANN001
    from pii_pipeline import arrow_text
    from pii_pipeline.config import TableConfig
    from pii_pipeline.detection.columns import classify_columns

    union = pa.UnionArray.from_sparse(
        pa.array([0, 1], pa.int8()), [pa.array(TEXTS[:2]), pa.array([1, 2], pa.int64())], ["s", "n"]
    )
    for odd in (union, pa.RunEndEncodedArray.from_arrays([2], pa.array(TEXTS[:1]))):
        with pytest.raises(arrow_text.UnscannableColumnError, match="f.parquet: column odd"):
            arrow_text.text_schema(pa.schema([pa.field("odd", odd.type)]), "f.parquet")
    # Bytes that no source read as text are never called clean.
    raw = pa.table({"id": [1, 2], "blob": pa.array([t.encode() for t in TEXTS[:2]])})
    with pytest.raises(arrow_text.UnscannableColumnError, match="column blob"):
        classify_columns(TableConfig(name="t", primary_key="id", watermark="id"), raw, detector)


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _quarantine(out: Path, stem: str) -> list[dict]:
    path = out / f"{stem}.quarantine.parquet"
    assert path.exists()
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    return pq.read_table(path).to_pylist()


def test_bad_csv_rows_are_quarantined_not_fatal(tmp_path: Path, detector, keyring) -> None:  # noqa: ANN001
    source = tmp_path / "people.csv"
    good = [["id", "note"]] + [[str(i), t] for i, t in enumerate(TEXTS)]
    _write_csv(source, good)
    with source.open("ab") as fh:
        fh.write(b"100,Call Olga \xff\xfe SSN 536-99-1234\n")  # line 18: not UTF-8
        fh.write(b"101,one,too,many\n")  # line 19: ragged
        # line 20: a 5 MB cell, over spaCy's million characters and over pyarrow's 4 MB CSV block
        fh.write(b'102,"' + b"Maria Lopez 536-98-1111 " * 220_000 + b'"\n')
        fh.write(b"103,Last good row\n")
    out = tmp_path / "out"
    result = redact_file(source, out, policy_path=None, keyring=keyring, detector=detector)
    published = _published_text(result.parquet_path)
    assert "536-99-1234" not in published and "536-98-1111" not in published
    table = pq.read_table(result.parquet_path)
    assert table.column("id").to_pylist() == [str(i) for i in range(ROWS)] + ["103"]
    quarantined = _quarantine(out, "people")
    assert [(q["row_key"], q["column"], q["reason"]) for q in quarantined] == [
        ("line 18", "note", "invalid_utf8"),
        ("line 19", "", "ragged_row"),
        ("line 20", "note", "cell_too_large"),
    ]
    report = json.loads(result.report_path.read_text())
    assert report["rows_read"] == ROWS + 4
    assert report["rows"] == report["rows_written"] == ROWS + 1
    assert report["rows_quarantined"] == 3
    assert report["quarantine_reasons"] == {
        "invalid_utf8:note": 1,
        "ragged_row": 1,
        "cell_too_large:note": 1,
    }
    assert "536-9" not in result.report_path.read_text()


def test_bad_jsonl_and_parquet_rows_are_quarantined(tmp_path: Path, detector, keyring) -> None:  # noqa: ANN001
    source = tmp_path / "notes.jsonl"
    lines = [json.dumps({"id": i, "note": t}).encode() for i, t in enumerate(TEXTS[:4])]
    lines.insert(2, b'{"id": 50, "note": "Olga \xff SSN 536-99-1234"}')
    lines.insert(4, b'{"id": 51, "note": "cut off')
    lines.append(b'{"id": 52, "note": "Maria Lopez 536-97-1234", "note": "kept"}')
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out"
    result = redact_file(source, out, policy_path=None, keyring=keyring, detector=detector)
    assert pq.read_table(result.parquet_path).column("id").to_pylist() == [0, 1, 2, 3]
    assert [(q["row_key"], q["reason"]) for q in _quarantine(out, "notes")] == [
        ("line 3", "invalid_utf8"),
        ("line 5", "invalid_json"),
        ("line 7", "duplicate_key"),
    ]
    # Parquet: a binary cell that is not UTF-8, named by its row number.
    source = tmp_path / "blobs.parquet"
    values = [t.encode() for t in TEXTS[:3]] + [b"Olga \xff SSN 536-99-1234"]
    pq.write_table(pa.table({"id": [1, 2, 3, 4], "memo": pa.array(values, pa.binary())}), source)
    result = redact_file(source, out, policy_path=None, keyring=keyring, detector=detector)
    assert "536-99-1234" not in _published_text(result.parquet_path)
    assert [(q["row_key"], q["column"], q["reason"]) for q in _quarantine(out, "blobs")] == [
        ("row 4", "memo", "invalid_utf8")
    ]
    report = json.loads(result.report_path.read_text())
    assert (report["rows_read"], report["rows_written"], report["rows_quarantined"]) == (4, 3, 1)


def test_duplicate_columns_fail_clearly_and_leave_no_partial(tmp_path: Path, detector, keyring) -> None:  # noqa: ANN001
    source = tmp_path / "dup.csv"
    _write_csv(source, [["id", "note", "note"], ["1", "a", "b"]])
    out = tmp_path / "out"
    with pytest.raises(SourceError, match=r"dup\.csv.*duplicate column name.*note"):
        redact_file(source, out, policy_path=None, keyring=keyring, detector=detector)
    assert not out.exists()


def test_a_failed_redact_leaves_no_partial_file(
    tmp_path: Path, detector, keyring, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    source = tmp_path / "ok.csv"
    _write_csv(source, [["id", "note"]] + [[str(i), t] for i, t in enumerate(TEXTS)])
    with source.open("ab") as fh:
        fh.write(b"100,Olga \xff\n")  # a quarantined row: the quarantine file is started too

    def failing(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise KeyError("Call Maria Lopez")  # a library error whose message quotes a value

    from pii_pipeline.pipeline import apply

    monkeypatch.setattr(apply, "apply_batch", failing)
    out = tmp_path / "out"
    with pytest.raises(Exception) as caught:
        redact_file(source, out, policy_path=None, keyring=keyring, detector=detector)
    message = str(caught.value)
    assert "Maria" not in message
    assert "ok.csv" in message and "KeyError" in message and "batch 1" in message
    assert sorted(p.name for p in out.iterdir()) == []
