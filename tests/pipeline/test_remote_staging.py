"""Staging in an S3 store (moto's real server on 127.0.0.1) shared by workers with private disks.

Each stage runs in its own process with its own HOME and TMPDIR, as tasks on separate machines do;
only the bucket (and the output tree the partitions are published to) is shared.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pyarrow.parquet as pq
import pytest

from pii_pipeline.config import load_pipeline
from pii_pipeline.orchestration import tasks
from pii_pipeline.pipeline import handoff
from pii_pipeline.pipeline.context import Interval
from pii_pipeline.pipeline.run import make_context, run_table
from pii_pipeline.sinks.staging_store import StagingCipher, StagingStoreError

from .moto_s3 import moto_endpoint
from .people_store import make_people, person

LOAD_DATE = date(2026, 1, 1)
ROWS = range(40)
BUCKET = "pii-staging"

# One Airflow task, as a worker runs it: the task function, its upstream references from XCom.
# detect and deidentify run once per chunk (mapped tasks), `index` says which.
STAGE = """
import json, sys
from datetime import datetime, UTC
from pathlib import Path
from types import SimpleNamespace
from pii_pipeline.orchestration import tasks

cfg_path, run_id, stage, refs_path, index = sys.argv[1:]
refs = json.loads(Path(refs_path).read_text())
start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
pushed = {}
context = {"run_id": run_id, "logical_date": start, "data_interval_start": start, "data_interval_end": end,
           "params": {"start": None, "end": None}, "dag_run": SimpleNamespace(run_type="backfill", run_after=end),
           "ti": SimpleNamespace(xcom_push=lambda key, value: pushed.__setitem__(key, value))}
if stage == "extract":
    refs["chunks"] = tasks.extract(cfg_path, "people", context)
    refs["extract"] = pushed[tasks.EXTRACT_KEY]
elif stage == "detect":
    refs.setdefault("detect", {})[index] = tasks.detect(cfg_path, "people", refs["chunks"][int(index)], context)
elif stage == "deidentify":
    chunk = refs["detect"][index]
    refs.setdefault("deidentify", {})[index] = tasks.deidentify(cfg_path, "people", refs["extract"], chunk, context)
else:
    chunks = [refs["deidentify"][i] for i in sorted(refs["deidentify"], key=int)]
    refs["publish"] = tasks.publish(cfg_path, "people", refs["extract"], chunks, context)
Path(refs_path).write_text(json.dumps(refs, default=str))
"""


@pytest.fixture(scope="module")
def s3_endpoint():  # noqa: ANN201
    with moto_endpoint() as url:
        yield url


def _pipeline_file(
    folder: Path, db_url: str, staging: str | None, endpoint: str | None, chunk_rows: int = 50_000
) -> Path:
    output = f'root: "{folder / "out"}"'
    if staging is not None:
        output += f', staging: "{staging}"'
    if endpoint is not None:
        output += f', staging_options: {{endpoint_url: "{endpoint}"}}'
    text = f"""
name: people
store: {{url: "{db_url}", retries: 0}}
tables:
  - name: people
    primary_key: id
    watermark: updated_at
    free_text: [note]
    batch_size: 15
    chunk_rows: {chunk_rows}
    columns:
      full_name: {{kind: identifier, entity_types: [PERSON]}}
      email: {{kind: identifier, entity_types: [EMAIL_ADDRESS]}}
      ssn: {{kind: identifier, entity_types: [US_SSN]}}
output: {{{output}}}
"""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "people.yaml"
    path.write_text(text)
    return path


def _objects(fs) -> dict[str, bytes]:  # noqa: ANN001
    fs.invalidate_cache()
    return {path: fs.cat_file(path) for path in fs.find(BUCKET)}


def _published(root: Path) -> list[dict]:
    table = pq.read_table(root / "parquet" / "people" / "people" / f"load_date={LOAD_DATE}" / "data.parquet")
    return sorted(table.to_pylist(), key=lambda row: row["id"])


def _january(run_id: str) -> dict:
    start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
    return {
        "run_id": run_id,
        "logical_date": start,
        "data_interval_start": start,
        "data_interval_end": end,
        "params": {"start": None, "end": None},
        "dag_run": SimpleNamespace(run_type="backfill", run_after=end),
    }


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.mark.parametrize("lost", [None, "raw.arrow"])
def test_stages_on_separate_workers_share_only_the_bucket(s3, s3_endpoint, tmp_path, key_file, detector, lost) -> None:  # noqa: ANN001
    """`lost`: the raw extract is gone from the bucket before detect runs (swept, or lost): detect
    extracts the interval again instead of failing on every retry."""
    db = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(db, ROWS)
    planted = [person(i)["email"].encode() for i in ROWS] + [person(i)["ssn"].encode() for i in ROWS]

    # The reference: every stage in one process, local staging, the same interval (January).
    local = tasks.run_context(_pipeline_file(tmp_path / "local", db, None, None), _january("reference"))
    assert local.load_date == LOAD_DATE
    run_table(local, "people", detector=detector)
    expected = _published(tmp_path / "local" / "out")
    assert 0 < len(expected) < len(ROWS)

    # January's 31 rows in batches of 15, chunks of 30: two chunks, each detected and de-identified
    # by its own task on its own worker.
    cfg_path = _pipeline_file(tmp_path / "remote", db, f"s3://{BUCKET}/staging", s3_endpoint, chunk_rows=30)
    refs_path = tmp_path / "refs.json"
    refs_path.write_text("{}")
    seen: dict[str, bytes] = {}
    workers = {}
    for stage in ("extract", "detect", "deidentify", "publish"):
        indexes = [str(i) for i in range(len(json.loads(refs_path.read_text()).get("chunks", [])))]
        for index in indexes if stage in ("detect", "deidentify") else ["-"]:
            worker = tmp_path / f"worker-{stage}-{index}"
            (worker / "tmp").mkdir(parents=True)
            (worker / "home").mkdir()
            workers[(stage, index)] = worker
            _run_task(cfg_path, stage, refs_path, index, worker)
        if stage != "publish":
            seen.update(_objects(s3))  # what the bucket holds between tasks
        if stage == "extract" and lost:
            (gone,) = [path for path in seen if path.endswith(lost)]
            s3.rm(gone)
        # Nothing staged stays on the workers' own disks once their tasks are over.
        leftovers = [p for w in workers.values() for p in _files(w) if p.suffix in (".arrow", ".parquet", ".partial")]
        assert leftovers == []

    refs = json.loads(refs_path.read_text())
    assert len(refs["chunks"]) == 2
    chunk_refs = [*refs["detect"].values(), *refs["deidentify"].values()]
    redone = [ref[tasks.REDONE] for ref in chunk_refs if tasks.REDONE in ref]
    if lost:  # detect extracted again; deidentify passed that extract on (did not extract a third time)
        assert len(redone) == 2 and redone[0] == redone[1] == refs["deidentify"]["0"][tasks.REDONE]
    else:
        assert redone == []  # each task found its input in the bucket
    handed = [refs["extract"]["raw_path"]]
    handed += [c["raw_path"] for c in refs["chunks"]] + [c["findings_path"] for c in refs["detect"].values()]
    handed += [c["staged_path"] for c in refs["deidentify"].values()]
    assert all(ref.startswith(f"s3://{BUCKET}/staging/people/remote-run/people/") for ref in handed)
    assert not any(str(w) in json.dumps(refs) for w in workers.values())  # no worker's local path in XCom

    # The published partition is what the one-process, local-staging run gives, data dictionary too.
    assert _published(tmp_path / "remote" / "out") == expected
    dictionary = json.loads(
        (tmp_path / "remote" / "out" / "parquet" / "people" / "people" / "_schema.json").read_text()
    )
    assert dictionary == json.loads(
        (tmp_path / "local" / "out" / "parquet" / "people" / "people" / "_schema.json").read_text()
    )
    # Raw chunks, findings and de-identified chunks went through the bucket, sealed: no planted value
    # in any object's bytes; and after publish the run left nothing there.
    names = {path.rsplit("/", 1)[-1] for path in seen}
    assert {"raw.arrow", "raw-00001.arrow", "findings.arrow", "findings-00001.arrow", "deid.arrow"} <= names
    for path, data in seen.items():
        assert data == b"" or data.startswith(b"PIISTG1\n"), path
        assert not any(value in data for value in planted), path
    assert _objects(s3) == {}


def _run_task(cfg_path: Path, stage: str, refs_path: Path, index: str, worker: Path) -> None:
    """One task in a process of its own, with its own HOME and TMPDIR: a worker on another machine."""
    env = {**os.environ, "TMPDIR": str(worker / "tmp"), "HOME": str(worker / "home")}
    done = subprocess.run(
        [sys.executable, "-c", STAGE, str(cfg_path), "remote-run", stage, str(refs_path), index],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_remote_run_in_one_process_cleans_up(s3, s3_endpoint, tmp_path, key_file, detector, monkeypatch) -> None:  # noqa: ANN001
    """`pii-pipeline run` with an S3 staging URI: same output, no object and no local copy left."""
    db = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(db, ROWS)
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)  # botocore's own variable, instead of staging_options
    cfg = load_pipeline(_pipeline_file(tmp_path / "remote", db, f"s3://{BUCKET}/staging", None))
    refs = run_table(make_context(cfg, "one-process", Interval(), LOAD_DATE), "people", detector=detector)
    assert refs["publish"].rows_written == len(ROWS)
    assert _objects(s3) == {}
    assert not [p for p in _files(cfg.staging_root) if p.suffix in (".arrow", ".parquet")]


def test_sweep_removes_only_abandoned_runs(s3, s3_endpoint, tmp_path, key_file) -> None:  # noqa: ANN001
    cfg = load_pipeline(_pipeline_file(tmp_path / "remote", "sqlite://", f"s3://{BUCKET}/staging", s3_endpoint))
    old, live, own = (make_context(cfg, run, Interval(), LOAD_DATE) for run in ("old", "live", "own"))
    for ctx in (old, live, own):
        src = tmp_path / ctx.run_id / "raw.arrow"
        src.parent.mkdir()
        src.write_bytes(b"rows of " + ctx.run_id.encode())
        handoff.hand_off(ctx, "people", src)
    handoff.renew(live, "people")
    assert handoff.sweep_abandoned_objects(own) == []  # now: every run is within its lease
    # Seen from a clock past the lease of everything, every other run is abandoned; own stays.
    removed = handoff.sweep_abandoned_objects(own, now=time.time() + 2 * own.lease_s)
    assert sorted(removed) == [f"s3://{BUCKET}/staging/people/{r}" for r in ("live", "old")]
    assert [p.split("/")[3] for p in _objects(s3)] == ["own"]


def test_references_from_another_run_are_refused(s3, s3_endpoint, tmp_path, key_file) -> None:  # noqa: ANN001
    cfg = load_pipeline(_pipeline_file(tmp_path / "remote", "sqlite://", f"s3://{BUCKET}/staging", s3_endpoint))
    mine, other = make_context(cfg, "mine", Interval(), LOAD_DATE), make_context(cfg, "other", Interval(), LOAD_DATE)
    src = tmp_path / "raw.arrow"
    src.write_bytes(b"raw rows")
    ref = handoff.hand_off(other, "people", src)
    with pytest.raises(Exception, match="not this run's staged raw.arrow"):
        handoff.take(mine, "people", ref, tmp_path / "mine" / "raw.arrow")
    # Copied under this run's name, the object does not open: the run id is bound into every chunk.
    s3.copy(ref.removeprefix("s3://"), f"{BUCKET}/staging/people/mine/people/raw.arrow")
    with pytest.raises(StagingStoreError, match="sealed for another run"):
        handoff.take(mine, "people", ref.replace("/other/", "/mine/"), tmp_path / "mine" / "raw.arrow")
    assert not (tmp_path / "mine" / "raw.arrow").exists()


class _Keys:
    current_version = 1

    def purpose_key(self, purpose: str, version: int | None = None) -> bytes:
        return bytes([version or 1]) * 32


@pytest.mark.parametrize("size", [0, 1, (1 << 20) - 1, 1 << 20, (1 << 20) * 2 + 5])
def test_cipher_round_trip_and_tamper(size: int) -> None:
    plain = os.urandom(size)
    sealed = io.BytesIO()
    StagingCipher(_Keys(), "run").seal(io.BytesIO(plain), sealed, "a/raw.arrow")
    data = sealed.getvalue()
    back = io.BytesIO()
    StagingCipher(_Keys(), "run").open(io.BytesIO(data), back, "a/raw.arrow")
    assert back.getvalue() == plain
    for broken, name, run in (
        (data[:-1], "a/raw.arrow", "run"),  # cut short
        (data[:-20] + bytes([data[-20] ^ 1]) + data[-19:], "a/raw.arrow", "run"),  # a flipped bit
        (data, "b/raw.arrow", "run"),  # another object's name
        (data, "a/raw.arrow", "other"),  # another run
    ):
        with pytest.raises(StagingStoreError):
            StagingCipher(_Keys(), run).open(io.BytesIO(broken), io.BytesIO(), name)


def test_staging_is_a_folder_or_a_uri(tmp_path: Path) -> None:
    remote = load_pipeline(_pipeline_file(tmp_path / "a", "sqlite://", "s3://bucket/prefix/", "http://127.0.0.1:1"))
    assert remote.output.staging_uri == "s3://bucket/prefix"  # kept as written, not taken for a relative path
    assert remote.output.staging_options == {"endpoint_url": "http://127.0.0.1:1"}
    assert remote.staging_root.is_relative_to(Path(tempfile.gettempdir()))  # the worker's private copies
    local = load_pipeline(_pipeline_file(tmp_path / "b", "sqlite://", "stage", None).parent / "people.yaml")
    assert local.output.staging_uri is None and local.staging_root == (tmp_path / "b" / "stage").resolve()


def test_local_copies_only_in_a_folder_of_ours(s3, s3_endpoint, tmp_path, key_file, monkeypatch) -> None:  # noqa: ANN001
    cfg = load_pipeline(_pipeline_file(tmp_path / "remote", "sqlite://", f"s3://{BUCKET}/staging", s3_endpoint))
    ctx = make_context(cfg, "mine", Interval(), LOAD_DATE)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "shared-tmp"))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    (tmp_path / "shared-tmp").mkdir()
    (tmp_path / "elsewhere").mkdir()
    planted = cfg.staging_root.parent
    planted.symlink_to(tmp_path / "elsewhere")  # someone else made the folder first
    with pytest.raises(Exception, match="not a folder of this user's own"):
        handoff.check_work_root(ctx)
    planted.unlink()
    handoff.check_work_root(ctx)
    assert stat.S_IMODE(planted.stat().st_mode) == 0o700 and not planted.is_symlink()


def test_a_refused_partition_leaves_the_bucket(s3, s3_endpoint, tmp_path, key_file, detector) -> None:  # noqa: ANN001
    """Tasks one after another (each its own hold): the leak gate refuses, and the staged partition
    goes from the bucket as it goes from a local staging folder."""
    from pii_pipeline.pipeline import stages
    from pii_pipeline.pipeline.errors import LeakGateError

    from .people_store import insert
    from .test_leak_gate_bites import MissesSsns, _planted_row

    db = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(db, range(6))
    insert(db, [_planted_row()])
    cfg = load_pipeline(_pipeline_file(tmp_path / "remote", db, f"s3://{BUCKET}/staging", s3_endpoint))
    ctx, table = make_context(cfg, "leaky", Interval(), LOAD_DATE), cfg.tables[0]
    extracted = stages.extract(ctx, table)
    detected = stages.detect(ctx, table, extracted, detector=MissesSsns(detector))
    deidentified = stages.deidentify(ctx, table, extracted, detected)
    assert any(path.endswith("/data.parquet") for path in _objects(s3))
    with pytest.raises(LeakGateError):
        stages.publish(ctx, table, extracted, deidentified, detector=detector)
    left = sorted(path.rsplit("/", 1)[-1] for path in _objects(s3))
    assert left == [".lease", "_schema.json", "findings.arrow", "raw.arrow"]  # for the run's retry, or the sweep


def test_publish_fetches_the_dictionary_from_the_bucket(s3, s3_endpoint, tmp_path, key_file, detector) -> None:  # noqa: ANN001
    """The de-identify task's worker keeps no copy of what it staged (its task's end drops them): the publish task
    fetches the data dictionary staged beside the partition from the bucket and publishes it beside the table."""
    from pii_pipeline.pipeline import stages

    db = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(db, range(6))
    cfg = load_pipeline(_pipeline_file(tmp_path / "remote", db, f"s3://{BUCKET}/staging", s3_endpoint))
    ctx, table = make_context(cfg, "dictionary", Interval(), LOAD_DATE), cfg.tables[0]
    extracted = stages.extract(ctx, table)
    deidentified = stages.deidentify(ctx, table, extracted, stages.detect(ctx, table, extracted, detector=detector))
    handoff.drop_local_copies(ctx, table.name)  # the end of the de-identify task
    staged_dir = ctx.layout.publish_staging(ctx.pipeline.name, table.name, ctx.run_id)
    assert not (staged_dir / "_schema.json").exists()
    assert "_schema.json" in {path.rsplit("/", 1)[-1] for path in _objects(s3)}
    stages.publish(ctx, table, extracted, deidentified, detector=detector)
    dictionary = json.loads((ctx.layout.dataset(ctx.pipeline.name, table.name) / "_schema.json").read_text())
    assert dictionary["table"] == table.name
    assert _objects(s3) == {}


def test_config_check_shows_the_staging_uri_but_no_secret(tmp_path: Path) -> None:
    from pii_pipeline.cli.config_cmd import _resolve

    path = _pipeline_file(tmp_path, "sqlite://", "s3://bucket/prefix", "http://127.0.0.1:9")
    path.write_text(path.read_text().replace("endpoint_url:", 'secret: "s3cr3t-value", endpoint_url:'))
    resolved = _resolve("pipeline", path)
    assert resolved["output"]["staging"] == "s3://bucket/prefix"
    assert resolved["output"]["staging_options"] == {"secret": "***", "endpoint_url": "http://127.0.0.1:9"}
    assert "s3cr3t-value" not in json.dumps(resolved)
