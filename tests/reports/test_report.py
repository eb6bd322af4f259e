"""Run reports from synthetic run folders: surprises first, same numbers in JSON and HTML, no value."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from pii_pipeline.reports import write_run_report
from pii_pipeline.review.evidence import EVIDENCE_SCHEMA, ReportKey, evidence_for_batch

from .synthetic import STORE, TABLE, Finding, context, february, january, pipeline_config, write_run


class _DataJson(HTMLParser):
    """Collects (data-json path, text) pairs and the order of section ids."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[tuple[str, str]] = []
        self.sections: list[str] = []
        self._open: list[tuple[str, str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section" and a.get("id"):
            self.sections.append(a["id"] or "")
        if a.get("data-json"):
            self._open.append((tag, a["data-json"] or "", []))

    def handle_data(self, data: str) -> None:
        for _, _, parts in self._open:
            parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            _, path, parts = self._open.pop()
            self.values.append((path, "".join(parts).strip()))


def _lookup(doc: object, path: str) -> object:
    for part in path.split("."):
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]  # type: ignore[index]
    return doc


def test_surprises_come_first(two_runs) -> None:  # noqa: ANN001
    _, ref = two_runs()
    report = json.loads(Path(ref.json_path).read_text())
    kinds = [(s["kind"], s["column"]) for s in report["surprises"]]
    assert kinds[:3] == [
        ("personal_data_in_clean_column", "campaign_code"),
        ("classification_changed", "team_name"),
        ("new_identifier_column", "donor_phone"),
    ]
    assert all(s["severity"] == "high" for s in report["surprises"][:3])
    assert report["summary"]["surprises"] == len(report["surprises"])
    assert report["previous_run"]["load_date"] == "2026-01-01"
    # In the JSON document, the surprises precede the summary and the tables ...
    keys = list(report)
    assert keys.index("surprises") < keys.index("summary") < keys.index("tables")
    # ... in the page, the surprises section is the first section.
    parser = _DataJson()
    parser.feed(Path(ref.html_path).read_text())
    assert parser.sections[0] == "surprises"
    assert parser.sections.index("summary-section") < parser.sections.index("tables")
    # Evidence for surprising columns leads the sample table.
    samples = report["tables"][0]["samples"]
    assert samples[0]["column"] in {"campaign_code", "team_name", "donor_phone"}
    assert samples[0]["evidence"] in {"***-**-1120", "***", "(***) ***-0199"}


def test_first_run_has_no_baseline_but_still_flags_clean_columns(tmp_path: Path) -> None:
    cfg = pipeline_config(tmp_path)
    ctx = context(cfg, 2)
    ref = write_run_report(ctx, write_run(ctx, february()))
    report = json.loads(Path(ref.json_path).read_text())
    assert report["previous_run"] is None
    assert [s["kind"] for s in report["surprises"]] == ["personal_data_in_clean_column"]


def test_json_and_html_carry_the_same_numbers(two_runs) -> None:  # noqa: ANN001
    _, ref = two_runs()
    report = json.loads(Path(ref.json_path).read_text())
    parser = _DataJson()
    parser.feed(Path(ref.html_path).read_text())
    assert len(parser.values) > 30
    for path, text in parser.values:
        want = _lookup(report, path)
        assert text.replace(",", "") == str(want), path
    summary = report["summary"]
    tables = report["tables"]
    assert summary["findings"] == sum(summary["findings_by_entity"].values()) == 80
    assert summary["findings"] == sum(c["findings"] for t in tables for c in t["columns"])
    assert summary["rows_scanned"] == 120 and summary["rows_quarantined"] == 2
    assert summary["run_seconds"] == 2.75
    assert sum(report["score_histogram"]["counts"]) == 80
    assert report["trend"][-1]["findings"] == 80 and report["trend"][0]["findings"] == 48
    columns = {c["column"]: c for c in tables[0]["columns"]}
    assert columns["campaign_code"]["findings_by_entity"] == {"US_SSN": 2}
    assert columns["donor_name"]["operator"] == "hmac"
    assert columns["donor_name"]["match_share"] == 0.96
    # Self-contained: the CSP stays, nothing is fetched (the SVG namespace URI is a name, not a fetch).
    html = Path(ref.html_path).read_text()
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for needle in ("<script", "<link", " src=", "url(", "@import"):
        assert needle not in html, needle
    # The findings table of the run: every finding, with evidence columns, no value.
    findings = pq.read_table(ref.findings_path)
    assert findings.schema.equals(EVIDENCE_SCHEMA) and findings.num_rows == 80


def test_index_lists_runs_newest_first_with_trend(two_runs) -> None:  # noqa: ANN001
    feb, ref = two_runs()
    html = Path(ref.index_path).read_text()
    jan_href = "donations/scheduled__2026-01-01T00_00_00_00_00/report.html"
    feb_href = "donations/scheduled__2026-02-01T00_00_00_00_00/report.html"
    assert html.index(feb_href) < html.index(jan_href)
    assert 'id="trend-donations"' in html and "<polyline" in html
    assert (Path(ref.index_path).parent / feb_href).exists()


def test_rerun_compares_with_the_run_before_not_itself(two_runs) -> None:  # noqa: ANN001
    feb, _ = two_runs()
    ref = write_run_report(feb, write_run(feb, february()))
    report = json.loads(Path(ref.json_path).read_text())
    assert report["previous_run"]["load_date"] == "2026-01-01"
    assert len(report["trend"]) == 2


def test_findings_without_evidence_columns(tmp_path: Path) -> None:
    cfg = pipeline_config(tmp_path)
    ctx = context(cfg, 1)
    run = january()
    run.with_evidence = False
    ref = write_run_report(ctx, write_run(ctx, run))
    findings = pq.read_table(ref.findings_path)
    assert findings.num_rows == len(run.findings)
    assert findings["evidence"].null_count == findings.num_rows


CANARIES = {
    "ssn": "987-65-4329",
    "name": "Zebulon Quixfeather",
    "email": "zq.canary@example.org",
    "card": "4111 1111 1111 1111",
}


def _all_text(root: Path) -> str:
    parts = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.name in {"raw.arrow", "planted-quarantine.parquet", "leaks.json"}:
            continue
        parts.append(path.name)
        if path.suffix == ".parquet":
            parts.append(json.dumps(pq.read_table(path).to_pylist(), default=str))
            parts.append(str(pq.read_metadata(path).metadata))
        else:
            parts.append(path.read_text(errors="replace"))
    return "\n".join(parts)


def test_canary_values_never_reach_the_report(tmp_path: Path) -> None:
    """Plant values wherever a careless report builder could pick them up; none may come out."""
    cfg = pipeline_config(tmp_path)
    ctx = context(cfg, 1)
    run = january()
    values = list(CANARIES.values())
    # Raw extract, quarantine and leak files hold the values; the refs point at them.
    raw_path = ctx.staging_dir(TABLE) / "raw.arrow"
    raw_path.parent.mkdir(parents=True)
    raw = pa.table({"donation_id": ["D900", "D901", "D902", "D903"], "memo": values})
    with ipc.new_file(raw_path, raw.schema) as w:
        w.write_table(raw)
    quarantine = tmp_path / "planted-quarantine.parquet"
    pq.write_table(raw, quarantine)
    state = ctx.layout.state_dir(STORE, TABLE)
    state.mkdir(parents=True)
    (state / "leaks.json").write_text(json.dumps([{"column": "memo", "value": v} for v in values]))
    run.extract_extra = {"quarantine_path": str(quarantine), "max_watermark": CANARIES["name"]}
    # Evidence comes from the real evidence function over a batch holding the values.
    batch = raw.to_batches()[0]
    found = pa.table(
        {
            "row": pa.array([0, 1, 2, 3], pa.int32()),
            "column": ["memo"] * 4,
            "entity_type": ["US_SSN", "PERSON", "EMAIL_ADDRESS", "CREDIT_CARD"],
            "start": pa.nulls(4, pa.int32()),
            "end": pa.nulls(4, pa.int32()),
            "score": pa.array([0.9] * 4, pa.float32()),
            "recognizer": ["r"] * 4,
        }
    )
    masked, hashes = evidence_for_batch(batch, found, ReportKey(b"c" * 32))
    run.findings += [
        Finding("memo", key, entity, 0.9, evidence=m, value_hash=h)
        for key, entity, m, h in zip(
            raw["donation_id"].to_pylist(), found["entity_type"].to_pylist(), masked, hashes, strict=True
        )
    ]
    refs = write_run(ctx, run)
    ref = write_run_report(ctx, refs)
    text = _all_text(ctx.layout.reports_root())
    leaked = [k for k, v in CANARIES.items() if v in text or v.replace(" ", "") in text]
    assert not leaked, f"planted values leaked: {leaked}"
    # Masked forms are there (the feature works), at most the last 4 characters.
    assert "***-**-4329" in Path(ref.html_path).read_text()
    for row in pq.read_table(ref.findings_path).to_pylist():
        if row["evidence"]:
            assert sum(ch.isalnum() for ch in row["evidence"]) <= 4
    # The sweep itself works: a value written into the reports tree is found.
    probe = ctx.layout.reports_root() / "probe.parquet"
    pq.write_table(pa.table({"x": [CANARIES["ssn"]]}), probe, compression="zstd")
    assert CANARIES["ssn"] in _all_text(ctx.layout.reports_root())
    probe.unlink()


def test_a_findings_reason_reaches_the_report(tmp_path: Path) -> None:
    """A well-formed identifier reported with no context word says so in the report's samples (issue 12.5)."""
    cfg = pipeline_config(tmp_path)
    ctx = context(cfg, 1)
    run = january()
    run.findings = [f for f in run.findings if f.column != "memo"]
    run.findings.append(Finding("memo", "D900", "US_SSN", 0.6, 4, 15, "SocialSecurityNumberRecognizer",
                                evidence="***-**-6789", reason="no context word"))  # fmt: skip
    ref = write_run_report(ctx, write_run(ctx, run))
    report = json.loads(Path(ref.json_path).read_text())
    samples = [s for t in report["tables"] for s in t["samples"] if s["column"] == "memo"]
    assert [(s["entity_type"], s["reason"]) for s in samples] == [("US_SSN", "no context word")]
    others = [s["reason"] for t in report["tables"] for s in t["samples"] if s["column"] != "memo"]
    assert others and set(others) == {""}
    assert "(no context word)" in Path(ref.html_path).read_text()
    assert pq.read_table(ref.findings_path).column("reason").to_pylist().count("no context word") == 1
