"""The leak gate and the row accounting fire: with the real detector, a value de-identification left behind
stops the publish (nothing published, old partition byte-for-byte, a leak report without the value), and
so do row counts that do not add up. Each test fails if its check is switched off."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pii_pipeline.pipeline import make_context, run_pipeline, stages
from pii_pipeline.pipeline.errors import AccountingError, LeakGateError
from pii_pipeline.pipeline.leak_gate import scan_output

from .people_store import PeopleStore, person
from .test_crash_safety import JAN

PLANTED_SSN = "536-22-1947"  # a valid SSN (area, group and serial all issued)
PLANTED_ID = 7


class MissesSsns:
    """The real detector with its SSN findings dropped: a recognizer that fails at detect time."""

    def __init__(self, real) -> None:  # noqa: ANN001
        self.real = real

    def detect(self, texts, column_hint=None):  # noqa: ANN001, ANN201
        found = self.real.detect(texts, column_hint=column_hint)
        return [[s for s in spans if s.entity_type != "US_SSN"] for spans in found]


def _snapshot(cfg) -> dict[str, str]:  # noqa: ANN001
    """Every file under the output root except reports and quarantine: path -> sha256."""
    root = Path(cfg.output.root)
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).parts[0] in ("parquet", "_state")
    }


def _planted_row() -> dict:
    row = person(PLANTED_ID)
    row["note"] = f"Called back; her SSN is {PLANTED_SSN} per the intake form."
    return row


def _published_once(store: PeopleStore, work: Path, detector) -> tuple[object, dict[str, str]]:  # noqa: ANN001
    """A first run publishes the interval without the planted row; returns the config and a snapshot."""
    store.make(range(6))
    cfg = store.pipeline(work)
    run_pipeline(make_context(cfg, "old", JAN), detector=detector)
    before = _snapshot(cfg)
    assert any(k.startswith("parquet/") for k in before)
    store.insert([_planted_row()])
    return cfg, before


# ---------------------------------------------------------------- the scan itself
@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_scan_finds_a_planted_ssn_and_names_column_and_key(people_store: PeopleStore, tmp_path: Path, detector) -> None:
    cfg = people_store.pipeline(tmp_path / "work")
    table = cfg.table(people_store.table)
    staged = tmp_path / "data.parquet"
    notes = [
        "nothing personal here",
        f"her SSN is {PLANTED_SSN}",  # left behind: a leak
        "her SSN is tok_v1_US_SSN_Q2xhc3NpZmllZA",  # what de-identification writes: not a leak
        "card ***-**-1947 masked",
    ]
    pq.write_table(pa.table({"id": [10, 11, 12, 13], "note": notes, "ssn": ["", "", "", ""]}), staged)
    leaks = scan_output(make_context(cfg, "gate", JAN), table, staged, detector=detector)
    assert [(x["column"], x["row_key"], x["entity_type"]) for x in leaks] == [("note", "11", "US_SSN")]
    assert PLANTED_SSN not in json.dumps(leaks) and "1947" not in json.dumps(leaks)


# ---------------------------------------------------------------- through the stages
@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_leak_left_by_detection_stops_the_publish(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path
) -> None:
    cfg, before = _published_once(people_store, tmp_path / "work", detector)
    ctx = make_context(cfg, "leaky", JAN)
    table = cfg.table(people_store.table)
    extracted = stages.extract(ctx, table)
    detected = stages.detect(ctx, table, extracted, detector=MissesSsns(detector))
    deidentified = stages.deidentify(ctx, table, extracted, detected)
    staged = Path(deidentified.staged_path)
    notes = pq.read_table(staged).column("note").to_pylist()
    assert any(PLANTED_SSN in (n or "") for n in notes)  # the premise: de-identification left it there
    with pytest.raises(LeakGateError) as raised:
        stages.publish(ctx, table, extracted, deidentified, detector=detector)  # the real detector
    message = str(raised.value)
    assert f"note[{PLANTED_ID}]=US_SSN" in message and PLANTED_SSN not in message
    assert not staged.exists()  # the unpublished file is gone
    leak_file = ctx.layout.state_dir(cfg.name, table.name) / f"leaks-{ctx.load_date.isoformat()}.json"
    assert message.endswith(f"details in {leak_file}")  # security staff are told where the list is
    leaks = json.loads(leak_file.read_text(encoding="utf-8"))
    assert {(x["column"], x["row_key"], x["entity_type"]) for x in leaks} == {("note", str(PLANTED_ID), "US_SSN")}
    assert PLANTED_SSN not in leak_file.read_text(encoding="utf-8")
    after = _snapshot(cfg)
    after.pop(str(leak_file.relative_to(cfg.output.root)))
    assert after == before  # partition, keys, watermark and manifest byte for byte


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_a_run_whose_detector_misses_fails_and_publishes_nothing(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `pii-pipeline run` does it: detection misses, the gate (its own real detector) does not."""
    cfg, before = _published_once(people_store, tmp_path / "work", detector)
    real_publish = stages.publish
    monkeypatch.setattr(stages, "publish", lambda *a, detector=None: real_publish(*a, detector=detector.real))
    with pytest.raises(LeakGateError):
        run_pipeline(make_context(cfg, "leaky", JAN), detector=MissesSsns(detector))
    after = {k: v for k, v in _snapshot(cfg).items() if "/leaks-" not in k}
    assert after == before
    assert len(list((Path(cfg.output.root) / "reports").rglob("report.json"))) == 1  # the first run's only


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
@pytest.mark.parametrize("leaks", [10, 11])
def test_the_leak_message_names_ten_leaks_and_says_when_there_are_more(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path, leaks: int
) -> None:
    cfg, before = _published_once(people_store, tmp_path / "work", detector)
    ids = range(PLANTED_ID + 1, PLANTED_ID + leaks)  # more rows, each with the SSN left in
    people_store.insert([{**_planted_row(), "id": i} for i in ids])
    ctx = make_context(cfg, "many", JAN)
    table = cfg.table(people_store.table)
    extracted = stages.extract(ctx, table)
    deidentified = stages.deidentify(
        ctx, table, extracted, stages.detect(ctx, table, extracted, detector=MissesSsns(detector))
    )
    with pytest.raises(LeakGateError) as raised:
        stages.publish(ctx, table, extracted, deidentified, detector=detector)
    listed = ", ".join(f"note[{i}]=US_SSN" for i in range(PLANTED_ID, PLANTED_ID + 10))
    more = ", …" if leaks > 10 else ""
    expected = f"{leaks} personal value(s) remain after de-identification ({listed}{more}); partition not published"
    assert expected in str(raised.value)


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_publish_gates_with_the_detector_it_is_given(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path
) -> None:
    # A caller's detector (the run's, already loaded) is the one the gate asks; it finds the value left behind.
    class Recording:
        def __init__(self) -> None:
            self.asked: list[str] = []

        def detect(self, texts, column_hint=None):  # noqa: ANN001, ANN201
            self.asked.extend(texts)
            return detector.detect(texts, column_hint=column_hint)

    cfg, _ = _published_once(people_store, tmp_path / "work", detector)
    ctx = make_context(cfg, "given", JAN)
    table = cfg.table(people_store.table)
    extracted = stages.extract(ctx, table)
    missed = stages.detect(ctx, table, extracted, detector=MissesSsns(detector))
    deidentified = stages.deidentify(ctx, table, extracted, missed)
    given = Recording()
    with pytest.raises(LeakGateError):
        stages.publish(ctx, table, extracted, deidentified, detector=given)
    assert any(PLANTED_SSN in text for text in given.asked)


# ---------------------------------------------------------------- row accounting
@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
@pytest.mark.parametrize("off_by", [1, -1], ids=["a row lost", "a row from nowhere"])
def test_rows_that_do_not_add_up_stop_the_publish(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path, off_by: int
) -> None:
    cfg, before = _published_once(people_store, tmp_path / "work", detector)
    people_store.delete(range(PLANTED_ID, PLANTED_ID + 1))
    people_store.insert([person(PLANTED_ID)])  # no leak this time: only the counts are wrong
    ctx = make_context(cfg, "miscounted", JAN)
    table = cfg.table(people_store.table)
    extracted = stages.extract(ctx, table)
    detected = stages.detect(ctx, table, extracted, detector=detector)
    deidentified = stages.deidentify(ctx, table, extracted, detected)
    assert deidentified.rows_written == extracted.rows_read == 7
    wrong = dataclasses.replace(extracted, rows_read=extracted.rows_read + off_by)
    with pytest.raises(AccountingError, match=rf"read {7 + off_by} rows but written 7 \+ quarantined 0"):
        stages.publish(ctx, table, wrong, deidentified, detector=detector)
    assert _snapshot(cfg) == before
    # The same refs with the right count publish: the failure above was the count alone.
    stages.publish(ctx, table, extracted, deidentified, detector=detector)
    assert _snapshot(cfg) != before


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
@pytest.mark.parametrize("term", ["quarantined", "deduplicated", "erased"])
def test_every_term_of_the_row_accounting_counts(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path, term: str
) -> None:
    # Rows read = written + quarantined + de-duplicated + erased: two more rows read are accounted for by
    # two rows of any one of the other terms, and not by one.
    cfg, before = _published_once(people_store, tmp_path / "work", detector)
    ctx = make_context(cfg, "terms", JAN)
    table = cfg.table(people_store.table)
    extracted = stages.extract(ctx, table)
    deidentified = stages.deidentify(ctx, table, extracted, stages.detect(ctx, table, extracted, detector=detector))
    read = extracted.rows_read

    def refs(n: int) -> tuple:
        if term == "erased":
            return dataclasses.replace(extracted, rows_read=read + 2), dataclasses.replace(deidentified, rows_erased=n)
        return dataclasses.replace(extracted, rows_read=read + 2, **{f"rows_{term}": n}), deidentified

    with pytest.raises(AccountingError, match=rf"read {read + 2} rows but written {read} "):
        stages.publish(ctx, table, *refs(1), detector=detector)
    assert _snapshot(cfg) == before
    published = stages.publish(ctx, table, *refs(2), detector=detector)
    assert published.rows_read == read + 2 and _snapshot(cfg) != before


@pytest.mark.parametrize("people_store", ["sqlite"], indirect=True)
def test_a_published_partition_is_described_by_its_manifest(
    people_store: PeopleStore, tmp_path: Path, detector, key_file: Path
) -> None:
    cfg, _ = _published_once(people_store, tmp_path / "work", detector)
    ctx = make_context(cfg, "described", JAN)
    table = cfg.table(people_store.table)
    extracted = stages.extract(ctx, table)
    deidentified = stages.deidentify(ctx, table, extracted, stages.detect(ctx, table, extracted, detector=detector))
    published = stages.publish(ctx, table, extracted, deidentified, detector=detector)
    manifest = json.loads(Path(published.manifest_path).read_text(encoding="utf-8"))
    final = Path(published.partition_path)
    expected = {
        "store": cfg.name,
        "table": table.name,
        "run_id": ctx.run_id,
        "interval": ctx.interval.to_dict(),
        "load_date": ctx.load_date.isoformat(),
        "rows_read": extracted.rows_read,
        "rows_written": deidentified.rows_written,
        "rows_quarantined": extracted.rows_quarantined,
        "rows_deduplicated": extracted.rows_deduplicated,
        "quarantine_reasons": extracted.quarantine_reasons,
        "max_watermark": extracted.max_watermark,
        "rows_erased": deidentified.rows_erased,
        "cells_erased": deidentified.cells_erased,
        "privacy": deidentified.privacy,
        "leak_gate": "passed",
        "partition": str(final.relative_to(ctx.layout.root)),
    }
    assert {k: manifest.get(k) for k in expected} == json.loads(json.dumps(expected))
    assert final.is_file() and published.leak_gate == "passed" and published.rows_read == extracted.rows_read
    assert not ctx.staging_dir(table.name).exists()  # the run's staged files are gone once published


def test_the_leak_threshold_when_set_replaces_the_detection_threshold() -> None:
    from pii_pipeline.config.models import DetectionConfig
    from pii_pipeline.pipeline.leak_gate import threshold_of

    assert threshold_of(DetectionConfig(score_threshold=0.6)) == 0.6
    assert threshold_of(DetectionConfig(score_threshold=0.6, leak_threshold=0.3)) == 0.3
    assert threshold_of(DetectionConfig(score_threshold=0.3, leak_threshold=0.6)) == 0.6


def test_the_gates_detector_is_the_configured_model() -> None:
    from pii_pipeline.config.models import DetectionConfig
    from pii_pipeline.pipeline.leak_gate import strict_detector

    with pytest.raises(Exception, match="xx_not_installed_model"):
        strict_detector(DetectionConfig(model="xx_not_installed_model"))


def test_the_gates_detector_reports_the_strict_types_down_to_the_gates_threshold() -> None:
    # Neither a higher threshold (the detection default) nor the loose types (a PERSON winning an overlap and
    # hiding an SSN) may come between the gate and a leak.
    from pii_pipeline.config.models import DetectionConfig
    from pii_pipeline.detection.table_scan import STRICT_TYPES
    from pii_pipeline.pipeline.leak_gate import strict_detector

    gate = strict_detector(DetectionConfig(score_threshold=0.7, leak_threshold=0.35))
    assert gate.score_threshold == 0.35
    assert gate.entities == frozenset(STRICT_TYPES)
