"""Property: a personal value planted in any column of any text-carrying Arrow type never reaches the
published Parquet of `redact` (issue 14, part 1).

Hypothesis builds e-mails, SSNs and phone numbers, writes them (bare or inside a short sentence) into
a column of a random Arrow type at a random position among other columns, runs `redact`, and
searches the output file's bytes and its decoded rows for every planted value.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pii_pipeline.pipeline.redact_file import redact_file

ROWS = 6

_LOCAL = st.from_regex(r"[a-z]{2,8}(\.[a-z]{2,8})?[0-9]{0,3}", fullmatch=True)
EMAILS = st.builds(
    lambda local, domain: f"{local}@{domain}",
    _LOCAL,
    st.sampled_from(["example.org", "example.com", "mail.example.net"]),
)
SSNS = st.builds(
    lambda a, g, s: f"{a:03d}-{g:02d}-{s:04d}",
    st.integers(100, 665),
    st.integers(1, 99),
    st.integers(1, 9999),
)
PHONES = st.builds(
    lambda area, ex, line, fmt: fmt.format(area, ex, line),
    st.sampled_from([212, 213, 312, 404, 415, 512, 617, 702, 808, 919]),
    st.integers(201, 998),
    st.integers(1000, 9999),
    st.sampled_from(["({}) {}-{}", "{}-{}-{}", "{}.{}.{}"]),
)
VALUES = st.one_of(EMAILS, SSNS, PHONES)
TEMPLATES = st.sampled_from(["{}", "Please call {} today.", "Note: {}", "{} (left a message)"])

TYPES = [
    "string", "large_string", "string_view", "binary", "large_binary", "fixed_size_binary", "dictionary",
    "list", "large_list", "struct", "map",
]  # fmt: skip


def _array(kind: str, texts: list[str]) -> pa.Array:
    if kind in ("string", "large_string", "string_view"):
        return pa.array(texts, getattr(pa, kind)())
    if kind in ("binary", "large_binary"):
        return pa.array([t.encode() for t in texts], getattr(pa, kind)())
    if kind == "fixed_size_binary":
        width = max(len(t.encode()) for t in texts)
        return pa.array([t.encode().ljust(width) for t in texts], pa.binary(width))
    if kind == "dictionary":
        return pa.array(texts).dictionary_encode()
    if kind == "list":
        return pa.array([["x", t] for t in texts], pa.list_(pa.string()))
    if kind == "large_list":
        return pa.array([[t] for t in texts], pa.large_list(pa.large_string()))
    if kind == "struct":
        return pa.array(
            [{"n": i, "note": t} for i, t in enumerate(texts)], pa.struct([("n", pa.int64()), ("note", pa.string())])
        )
    if kind == "map":
        return pa.array([[("note", t)] for t in texts], pa.map_(pa.string(), pa.string()))
    raise AssertionError(kind)


@pytest.fixture(scope="module")
def keyring(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    from pii_pipeline.deid.keys import generate_key_file, load_keyring

    path = tmp_path_factory.mktemp("key") / "key.json"
    generate_key_file(path)
    return load_keyring(path)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(VALUES, min_size=ROWS, max_size=ROWS),
    template=TEMPLATES,
    kind=st.sampled_from(TYPES),
    position=st.integers(0, 2),
)
def test_a_planted_value_never_reaches_the_output(
    values: list[str], template: str, kind: str, position: int, detector, keyring
) -> None:  # noqa: ANN001
    columns = {"id": pa.array(range(ROWS)), "amount": pa.array([i * 2.5 for i in range(ROWS)])}
    names = list(columns)
    names.insert(position + 1 if position < 2 else 2, "planted")
    columns["planted"] = _array(kind, [template.format(v) for v in values])
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.parquet"
        pq.write_table(pa.table({n: columns[n] for n in names}), source)
        result = redact_file(source, Path(tmp) / "out", policy_path=None, keyring=keyring, detector=detector)
        table = pq.read_table(result.parquet_path)
        published = result.parquet_path.read_bytes().decode("utf-8", "ignore") + json.dumps(table.to_pylist())
        published += result.report_path.read_text()
        assert table.num_rows + result.rows_quarantined == ROWS
    leaked = [v for v in values if v in published]
    assert not leaked, f"{len(leaked)} planted value(s) published from a {kind} column"
