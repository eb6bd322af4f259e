"""The `pii-pipeline` command line."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import typer
from rich.console import Console

from pii_pipeline.config import DEFAULT_SPACY_MODEL

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Find personal information and de-identify it.")
err = Console(stderr=True)
out = Console()


def _setup_logging(verbose: bool) -> None:
    from pii_pipeline.errors import CredentialFilter

    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(CredentialFilter())  # a URL in any log line loses its password


@app.command("detect")
def detect_command(
    source: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSON lines with `id` and `text`."),
    out_path: Path = typer.Option(..., "--out", help="JSON lines with `id` and `entities`."),
    model: str = typer.Option(DEFAULT_SPACY_MODEL, "--model", help="spaCy model package."),
    threshold: float = typer.Option(0.5, "--threshold", min=0.0, max=1.0),
    processes: int = typer.Option(1, "--processes", min=1),
    batch_size: int = typer.Option(1000, "--batch-size", min=1),
) -> None:
    """Find personal values in texts; offsets are characters into `text`, end exclusive."""
    from pii_pipeline.detection.text import TextDetector

    detector = TextDetector(model_name=model, score_threshold=threshold, processes=processes)
    from pii_pipeline.progress import progress

    count = 0
    tmp = out_path.with_name(out_path.name + ".partial")
    with source.open(encoding="utf-8") as fh:
        total = sum(1 for line in fh if line.strip())
    with (
        source.open(encoding="utf-8") as fh,
        tmp.open("w", encoding="utf-8") as sink,
        progress(f"detect {source.name}", total=total, unit="texts") as meter,
    ):
        chunk: list[dict] = []

        def flush() -> None:
            results = detector.detect([doc.get("text") for doc in chunk])
            for doc, spans in zip(chunk, results, strict=True):
                entities = [
                    {"type": s.entity_type, "start": s.start, "end": s.end, "score": round(float(s.score), 4)}
                    for s in spans
                ]
                sink.write(json.dumps({"id": doc.get("id"), "entities": entities}, ensure_ascii=False) + "\n")
            meter.advance(len(chunk))
            chunk.clear()

        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                raise typer.BadParameter(f"{source}: line {line_no}: not valid JSON") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str | None):
                raise typer.BadParameter(f"{source}: line {line_no}: expected an object with a string `text`")
            chunk.append(doc)
            count += 1
            if len(chunk) >= batch_size:
                flush()
        if chunk:
            flush()
    tmp.replace(out_path)
    err.print(f"{count} documents -> {out_path}")


@app.command("redact")
def redact_command(
    source: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .csv, .parquet or .jsonl table."),
    out_dir: Path = typer.Option(..., "--out", help="Folder for <stem>.parquet and <stem>.report.json."),
    policy: Path | None = typer.Option(None, "--policy", exists=True, dir_okay=False, help="Policy YAML."),
    model: str = typer.Option(DEFAULT_SPACY_MODEL, "--model"),
    threshold: float = typer.Option(0.5, "--threshold", min=0.0, max=1.0),
    processes: int = typer.Option(
        0, "--processes", min=0, help="Processes for free text (same output for any number); 0: every core."
    ),
) -> None:
    """De-identify a table file: same rows, same order, same column names."""
    from pii_pipeline.detection.text import TextDetector
    from pii_pipeline.pipeline.redact_file import redact_file

    keyring = _redact_keyring()
    detector = TextDetector(model_name=model, score_threshold=threshold, processes=processes or os.cpu_count() or 1)
    result = redact_file(source, out_dir, policy_path=policy, keyring=keyring, detector=detector)
    err.print(f"{result.rows} rows, {result.findings} findings -> {result.parquet_path} (report {result.report_path})")
    if result.quarantine_path is not None:
        err.print(f"{result.rows_quarantined} row(s) quarantined -> {result.quarantine_path}")


def _redact_keyring():  # noqa: ANN202
    """The configured key file; with none configured, a per-user key created once (and said so)."""
    from pii_pipeline.deid.keys import generate_key_file, load_keyring
    from pii_pipeline.pipeline.keys import KEY_FILE_ENV, default_user_key_file

    if os.environ.get(KEY_FILE_ENV):
        return load_keyring(Path(os.environ[KEY_FILE_ENV]))
    path = default_user_key_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        generate_key_file(path)
        err.print(f"[yellow]{KEY_FILE_ENV} is not set: created a key file at {path}[/yellow]")
    else:
        err.print(f"[dim]{KEY_FILE_ENV} is not set: using {path}[/dim]")
    return load_keyring(path)


@app.command("seed")
def seed_command(
    workdir: Path = typer.Option(Path("demo"), "--workdir", help="Stores go to WORKDIR/stores/<store>.db."),
    rows: int = typer.Option(3000, "--rows", min=1, help="Rows per store."),
    url: list[str] = typer.Option([], "--url", help="STORE=SQLALCHEMY_URL to seed a server instead of SQLite."),
) -> None:
    """Create the three synthetic stores (tips, donations, volunteers)."""
    from pii_pipeline.seeding import STORES, seed_store

    urls = dict(item.split("=", 1) for item in url)
    (workdir / "stores").mkdir(parents=True, exist_ok=True)
    from pii_pipeline.progress import progress

    with progress("seed", total=len(STORES), unit="stores") as meter:
        for store in STORES:
            target = urls.get(store) or f"sqlite:///{(workdir / 'stores' / f'{store}.db').resolve()}"
            result = seed_store(store, target, rows=rows)
            err.print(f"{store}: {sum(result.tables.values())} rows")
            meter.advance()


@app.command("run")
def run_command(
    pipeline: Path = typer.Argument(..., exists=True, dir_okay=False, help="Pipeline YAML."),
    start: str | None = typer.Option(None, "--start", help="Interval start (ISO date/time)."),
    end: str | None = typer.Option(None, "--end", help="Interval end (ISO date/time), exclusive."),
    run_id: str | None = typer.Option(None, "--run-id"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Run one pipeline for one interval in this process (no Airflow)."""
    from datetime import datetime

    from pii_pipeline.config import load_pipeline
    from pii_pipeline.names import new_run_id, validate_run_id
    from pii_pipeline.pipeline import Interval, make_context, run_pipeline

    # A given id is checked before anything is read or written; a default one is unique (random suffix).
    rid = validate_run_id(run_id) if run_id is not None else new_run_id()
    _setup_logging(verbose)
    cfg = load_pipeline(pipeline)
    interval = Interval(datetime.fromisoformat(start) if start else None, datetime.fromisoformat(end) if end else None)
    ref = run_pipeline(make_context(cfg, rid, interval))
    out.print(f"report: {ref.html_path}")


@app.command("demo")
def demo_command(
    workdir: Path = typer.Option(Path("demo"), "--workdir", help="Everything the demo makes goes here."),
    rows: int = typer.Option(3000, "--rows", min=10, help="Rows per store."),
) -> None:
    """Seed the embedded stores and run the three DAGs through Airflow."""
    from pii_pipeline.orchestration.demo import run_demo

    summary = run_demo(workdir.resolve(), rows=rows, console=err)
    out.print(f"Parquet:  {summary.parquet_root}")
    out.print(f"Reports:  {summary.reports_index}")
    out.print(f"Key file: {summary.key_file}")


def _register_optional() -> None:
    """Commands whose modules live with their parts."""
    from pii_pipeline.cli import bench_cmd, config_cmd, eval_cmd, keys_cmd

    app.command("eval")(eval_cmd.eval_command)
    app.command("keygen")(keys_cmd.keygen_command)
    app.command("reveal")(keys_cmd.reveal_command)
    app.add_typer(bench_cmd.bench_app, name="bench")
    app.add_typer(config_cmd.config_app, name="config")
    from pii_pipeline.cli import audit_cmd

    app.add_typer(audit_cmd.app, name="audit")
    from pii_pipeline.cli import purge_cmd, subject_cmd

    app.add_typer(subject_cmd.app, name="subject")
    app.command("purge")(purge_cmd.purge_command)


def main() -> None:
    _register_optional()
    try:
        app()
    except Exception as exc:  # noqa: BLE001
        # Our errors name files, tables, columns and row keys, never values; anything else is
        # reported by its type only, since a library's message may quote data.
        from rich.text import Text

        from pii_pipeline.errors import WithheldError, describe, is_safe_error

        safe = is_safe_error(exc)
        # Text, not markup: a message such as `narrative[42]=US_SSN` must print as written.
        err.print(Text("error: ", style="red") + Text(describe(exc)), soft_wrap=True)  # one line, grep-able
        if os.environ.get("PII_PIPELINE_DEBUG"):
            if isinstance(exc, WithheldError) and exc.original is not None:
                raise exc.original from None
            if not safe:
                raise
        sys.exit(1)


if __name__ == "__main__":
    main()
