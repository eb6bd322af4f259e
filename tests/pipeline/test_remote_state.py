"""Table state in an S3 store (moto's real server on 127.0.0.1): `output.state: s3://…`.

The same runs publish the same partitions as with the default `<root>/_state`; nothing of the state
is left under the output root; de-duplication reads the row keys from the bucket; concurrent
watermark updates lose none; retention and erasure reach the remote state.
"""

from __future__ import annotations

import json
import threading
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.config import load_pipeline
from pii_pipeline.pipeline import Interval, make_context
from pii_pipeline.pipeline.run import run_table
from pii_pipeline.sinks import state_remote
from pii_pipeline.sinks.state_store import FsspecStateStore, LocalStateStore, StateStore, StateStoreError

from .moto_s3 import moto_endpoint
from .people_store import make_people

BUCKET = "pii-state"
JAN = Interval(datetime(2026, 1, 1), datetime(2026, 2, 1))
FEB = Interval(datetime(2026, 2, 1), datetime(2026, 3, 1))


@pytest.fixture(scope="module")
def s3_endpoint():  # noqa: ANN201
    from moto.s3.responses import S3Response

    # moto checks `If-None-Match` and then stores the object in two steps, S3 in one: one PUT at a time
    # makes moto's server as atomic as S3, so what the concurrency tests measure is our code.
    original, lock = S3Response.put_object, threading.Lock()

    def put_object(self):  # noqa: ANN001, ANN202
        with lock:
            return original(self)

    S3Response.put_object = put_object
    try:
        with moto_endpoint() as url:
            yield url
    finally:
        S3Response.put_object = original


def _objects(fs) -> dict[str, bytes]:  # noqa: ANN001
    fs.invalidate_cache()
    return {path: fs.cat_file(path) for path in fs.find(BUCKET)}


def _pipeline(folder: Path, db_url: str, state: str | None, endpoint: str | None, extra: str = "") -> Path:
    output = f'root: "{folder / "out"}"'
    if state is not None:
        output += f', state: "{state}"'
    if endpoint is not None:
        output += f', state_options: {{endpoint_url: "{endpoint}"}}'
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "people.yaml"
    path.write_text(
        f"""
name: people
store: {{url: "{db_url}", retries: 0}}
lookback: P40D
{extra}
tables:
  - name: people
    primary_key: id
    watermark: updated_at
    free_text: [note]
    columns:
      full_name: {{kind: identifier, entity_types: [PERSON]}}
      email: {{kind: identifier, entity_types: [EMAIL_ADDRESS]}}
      ssn: {{kind: identifier, entity_types: [US_SSN]}}
output: {{{output}}}
"""
    )
    return path


def _partitions(root: Path) -> dict[str, list[dict]]:
    folder = root / "parquet" / "people" / "people"
    return {
        p.parent.name: sorted(pq.read_table(p).to_pylist(), key=lambda row: row["id"])
        for p in sorted(folder.glob("*/data.parquet"))
    }


def _remote(s3_endpoint: str, prefix: str = "state/people/people") -> FsspecStateStore:
    from pii_pipeline.pipeline.keys import pipeline_keyring

    base = f"s3://{BUCKET}/{prefix}"
    return FsspecStateStore(base, {"endpoint_url": s3_endpoint}, pipeline_keyring, context="people/people")


# ---------------------------------------------------------------- whole runs
def test_runs_with_remote_state_publish_what_local_state_does(s3, s3_endpoint, tmp_path, key_file, detector) -> None:  # noqa: ANN001
    db = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(db, range(60))  # January and February; February's run looks back 40 days into January
    local = load_pipeline(_pipeline(tmp_path / "local", db, None, None))
    remote = load_pipeline(_pipeline(tmp_path / "remote", db, f"s3://{BUCKET}/state", s3_endpoint))
    refs = {}
    for cfg in (local, remote):
        for interval in (JAN, FEB):
            run = make_context(cfg, f"run-{interval.start:%m}", interval)
            refs[(cfg is remote, interval.start.month)] = run_table(run, "people", detector=detector)

    assert _partitions(remote.output.root) == _partitions(local.output.root)
    assert sorted(_partitions(remote.output.root)) == ["load_date=2026-01-01", "load_date=2026-02-01"]
    # February read January's rows again (look-back) and skipped them: the keys came from the bucket.
    feb, feb_local = refs[(True, 2)], refs[(False, 2)]
    assert feb["publish"].rows_deduplicated == feb_local["publish"].rows_deduplicated > 0
    assert feb["publish"].manifest_path == f"s3://{BUCKET}/state/people/people/manifest-2026-02-01.json"

    assert not (remote.output.root / "_state").exists()  # nothing of the state on the output volume
    objects = {path.removeprefix(f"{BUCKET}/state/people/people/"): data for path, data in _objects(s3).items()}
    assert sorted(objects) == [
        "keys/load_date=2026-01-01.parquet",
        "keys/load_date=2026-02-01.parquet",
        "manifest-2026-01-01.json",
        "manifest-2026-02-01.json",
        "schema.json",
        "watermark/v000000001.json",
        "watermark/v000000002.json",
    ]
    local_state = local.output.root / "_state" / "people" / "people"
    watermark = json.loads((local_state / "watermark.json").read_text())
    remote_watermark = json.loads(objects["watermark/v000000002.json"])
    for doc in (watermark, remote_watermark):
        for day in doc["published"].values():
            day.pop("run_id")
    assert remote_watermark == watermark
    # Row keys are sealed in the bucket and open to the same Parquet as the local state holds.
    assert all(objects[name].startswith(b"PIISTG1\n") for name in objects if name.startswith("keys/"))
    state = _remote(s3_endpoint)
    with state.read_file("keys/load_date=2026-01-01.parquet") as path:
        assert pq.read_table(path) == pq.read_table(local_state / "keys" / "load_date=2026-01-01.parquet")


def test_retention_and_erasure_reach_the_remote_state(s3, s3_endpoint, tmp_path, key_file) -> None:  # noqa: ANN001
    from pii_pipeline.rights.datasets import datasets
    from pii_pipeline.rights.erase import PartitionErasure, _record
    from pii_pipeline.rights.retention import purge

    cfg = load_pipeline(_pipeline(tmp_path, "sqlite://", f"s3://{BUCKET}/state", s3_endpoint, extra="retention: 400d"))
    state = _remote(s3_endpoint)
    old, kept = date(2025, 1, 1), date(2026, 1, 1)
    for day in (old, kept):
        partition = cfg.output.root / "parquet" / "people" / "people" / f"load_date={day}" / "data.parquet"
        partition.parent.mkdir(parents=True)
        partition.write_bytes(b"PAR1")
        state.write_json(f"manifest-{day}.json", {"rows_written": 5})
        state.write_file(f"keys/load_date={day}.parquet", lambda p: pq.write_table(pa.table({"key": ["1"]}), p))

    (ds,) = datasets([cfg])
    _record(ds, kept, PartitionErasure("people", "people", str(kept), "f", cells=2, rows_dropped=1), request="r1")
    manifest = state.read_json(f"manifest-{kept}.json")
    assert manifest["rows_written"] == 4 and manifest["erasures"][0]["request"] == "r1"

    result = purge(cfg, date(2026, 3, 1))
    assert sorted(result.state_files) == [
        f"s3://{BUCKET}/state/people/people/keys/load_date={old}.parquet",
        f"s3://{BUCKET}/state/people/people/manifest-{old}.json",
    ]
    assert state.list("keys", ".parquet") == [f"load_date={kept}.parquet"]
    assert not state.exists(f"manifest-{old}.json") and state.exists(f"manifest-{kept}.json")


# ---------------------------------------------------------------- the store interface
@pytest.fixture(params=["local", "s3"])
def store(request, tmp_path, key_file) -> StateStore:  # noqa: ANN001
    if request.param == "local":
        return LocalStateStore(tmp_path / "state" / "people" / "people")
    request.getfixturevalue("s3")
    return _remote(request.getfixturevalue("s3_endpoint"))


def test_the_store_interface(store: StateStore) -> None:
    assert store.read_json("schema.json") is None and not store.exists("schema.json")
    store.write_json("schema.json", {"id": "int64"})
    assert store.read_json("schema.json") == {"id": "int64"} and store.exists("schema.json")

    first = store.update_json("watermark.json", lambda doc: {**doc, "a": 1})
    second = store.update_json("watermark.json", lambda doc: {**doc, "b": 2})
    assert (first, second) == ({"a": 1, "version": 1}, {"a": 1, "b": 2, "version": 2})
    assert store.read_json("watermark.json") == second

    table = pa.table({"key": ["1", "2"], "watermark": ["t1", "t2"]})
    where = store.write_file("keys/load_date=2026-01-01.parquet", lambda p: pq.write_table(table, p))
    assert where == store.where("keys/load_date=2026-01-01.parquet")
    store.write_file("keys/load_date=2026-02-01.parquet", lambda p: pq.write_table(table, p))
    assert store.list("keys", ".parquet") == ["load_date=2026-01-01.parquet", "load_date=2026-02-01.parquet"]
    with store.read_file("keys/load_date=2026-01-01.parquet") as path:
        assert pq.read_table(path) == table
    assert store.delete("keys/load_date=2026-01-01.parquet") is True
    assert store.delete("keys/load_date=2026-01-01.parquet") is False
    assert store.list("keys", ".parquet") == ["load_date=2026-02-01.parquet"]
    with pytest.raises(FileNotFoundError), store.read_file("keys/load_date=2026-01-01.parquet"):
        pass
    assert store.list("nothing") == []


def _add_days(store: StateStore, worker: int, per_worker: int, barrier: threading.Barrier) -> None:
    barrier.wait()
    for n in range(per_worker):
        day = f"2026-{worker + 1:02d}-{n + 1:02d}"
        store.update_json("watermark.json", lambda doc, day=day: {"published": {**doc.get("published", {}), day: 1}})


@pytest.mark.parametrize("kind", ["local", "s3"])
def test_concurrent_watermark_updates_lose_none(kind: str, request, tmp_path) -> None:  # noqa: ANN001
    """8 runs commit at once, several times each: every one of their load dates is in the watermark.

    Against the bucket this is what create-only writes buy: with a plain write in their place, runs
    that read the same version overwrite each other and this test fails."""
    workers, per_worker = 8, 4
    if kind == "local":
        stores = [LocalStateStore(tmp_path / "state") for _ in range(workers)]
    else:
        request.getfixturevalue("s3")
        endpoint = request.getfixturevalue("s3_endpoint")
        stores = [FsspecStateStore(f"s3://{BUCKET}/state/t", {"endpoint_url": endpoint}) for _ in range(workers)]
    barrier = threading.Barrier(workers)
    threads = [threading.Thread(target=_add_days, args=(stores[w], w, per_worker, barrier)) for w in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    doc = stores[0].read_json("watermark.json")
    assert len(doc["published"]) == workers * per_worker
    assert doc["version"] == workers * per_worker


def test_old_versions_are_pruned_only_when_long_superseded(s3, s3_endpoint, monkeypatch) -> None:  # noqa: ANN001
    store = FsspecStateStore(f"s3://{BUCKET}/state/t", {"endpoint_url": s3_endpoint})
    monkeypatch.setattr(state_remote, "_KEEP", 2)
    for n in range(4):
        store.update_json("watermark.json", lambda doc, n=n: {"n": n})
    assert len(store._versions("watermark.json")) == 4  # all within _PRUNE_AFTER_S of the newest
    monkeypatch.setattr(state_remote, "_PRUNE_AFTER_S", -1.0)
    store.update_json("watermark.json", lambda doc: {"n": 4})
    assert [v for v, _ in store._versions("watermark.json")] == [4, 5]
    assert store.read_json("watermark.json") == {"n": 4, "version": 5}


def test_a_stale_read_is_not_written(s3, s3_endpoint, monkeypatch) -> None:  # noqa: ANN001
    """An update that took longer than _FRESH_S between its read and its write reads again."""
    store = FsspecStateStore(f"s3://{BUCKET}/state/t", {"endpoint_url": s3_endpoint})
    monkeypatch.setattr(state_remote, "_FRESH_S", -1.0)
    monkeypatch.setattr(state_remote, "_ATTEMPTS", 3)
    with pytest.raises(StateStoreError, match="gave up"):
        store.update_json("watermark.json", lambda doc: {"n": 1})
    assert store.read_json("watermark.json") is None


def test_row_keys_need_the_key_ring(s3, s3_endpoint) -> None:  # noqa: ANN001
    store = FsspecStateStore(f"s3://{BUCKET}/state/t", {"endpoint_url": s3_endpoint})
    with pytest.raises(StateStoreError, match="key ring"):
        store.write_file("keys/x.parquet", lambda p: p.write_bytes(b"PAR1"))


# ---------------------------------------------------------------- configuration
def test_state_is_a_folder_or_a_uri(tmp_path: Path) -> None:
    from pii_pipeline.cli.config_cmd import _resolve

    remote = load_pipeline(_pipeline(tmp_path / "a", "sqlite://", "s3://bucket/prefix/", "http://127.0.0.1:1"))
    assert remote.output.state == "s3://bucket/prefix"
    assert remote.output.state_options == {"endpoint_url": "http://127.0.0.1:1"}
    default = load_pipeline(_pipeline(tmp_path / "b", "sqlite://", None, None))
    assert default.output.state is None
    relative = load_pipeline(_pipeline(tmp_path / "c", "sqlite://", "state", None))
    assert relative.output.state == (tmp_path / "c" / "state").resolve()

    path = _pipeline(tmp_path / "d", "sqlite://", "s3://bucket/prefix", "http://127.0.0.1:9")
    path.write_text(path.read_text().replace("endpoint_url:", 'secret: "s3cr3t-value", endpoint_url:'))
    resolved = _resolve("pipeline", path)
    assert resolved["output"]["state_options"] == {"secret": "***", "endpoint_url": "http://127.0.0.1:9"}
    assert "s3cr3t-value" not in json.dumps(resolved)


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ("staging/state", "must not overlap output.staging"),
        (".", "must not overlap output.staging"),  # contains the default staging folder
        ("out/parquet/state", "must be outside output.root"),
        ("out", "must be outside output.root"),
    ],
)
def test_a_local_state_folder_stays_apart(tmp_path: Path, state: str, message: str) -> None:
    from pii_pipeline.config import ConfigError

    with pytest.raises(ConfigError, match=message):
        load_pipeline(_pipeline(tmp_path, "sqlite://", state, None))
    ok = load_pipeline(_pipeline(tmp_path, "sqlite://", "out/_state", None))
    assert ok.output.state == (tmp_path / "out" / "_state").resolve()
