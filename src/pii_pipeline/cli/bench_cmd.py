"""`pii-pipeline bench`: rows/s and texts/s of our pipeline against plain Presidio, in one run."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pii_pipeline.config import DEFAULT_SPACY_MODEL

# `pii-pipeline bench` alone runs the table and free-text figures; `bench redact|backfill|cluster` the others.
bench_app = typer.Typer(invoke_without_command=True, no_args_is_help=False)


@bench_app.callback()
def bench_command(
    ctx: typer.Context,
    rows: int = typer.Option(2000, "--rows", min=10, help="Rows per table for our pipeline."),
    baseline_rows: int = typer.Option(40, "--baseline-rows", min=5, help="Rows plain Presidio gets (it is slow)."),
    texts: int = typer.Option(400, "--texts", min=10, help="Narratives for the free-text run."),
    baseline_texts: int = typer.Option(80, "--baseline-texts", min=5),
    processes: int = typer.Option(os.cpu_count() or 1, "--processes", min=1),
    memory_rows: str = typer.Option(
        "10000,100000",
        "--memory-rows",
        help="Table sizes whose peak memory is measured, each in a fresh process running the pipeline "
        "(report included), comma-separated, e.g. 100000,1000000; empty to skip.",
    ),
    workdir: Path | None = typer.Option(None, "--workdir", help="Where generated data goes (default: a temp dir)."),
    model: str = typer.Option(DEFAULT_SPACY_MODEL, "--model"),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the figures as JSON."),
) -> None:
    """Benchmark our pipeline against plain Presidio on the same seeded data."""
    if ctx.invoked_subcommand is not None:
        return
    from pii_pipeline.bench.data import load_store, structured_only
    from pii_pipeline.bench.presidio_baseline import plain_analyzer
    from pii_pipeline.bench.run import bench_table, bench_texts, peak_memory
    from pii_pipeline.deid.engine import Deidentifier
    from pii_pipeline.deid.keys import generate_key_file, load_keyring
    from pii_pipeline.deid.policy import load_policy
    from pii_pipeline.detection.text import TextDetector

    console = Console()
    work = workdir or Path(tempfile.mkdtemp(prefix="pii-bench-"))
    key = work / "bench.key.json"
    work.mkdir(parents=True, exist_ok=True)
    if not key.exists():
        generate_key_file(key)
    keyring = load_keyring(key)
    policy = load_policy(None)
    # Plain Presidio first: its loader finds predefined recognizers by class name among every loaded
    # subclass; ours have names of their own, and building it first keeps it blind to ours regardless.
    analyzer = plain_analyzer(model)
    detector = TextDetector(model_name=model)
    measures = []
    with console.status("seeding") as status:
        # Enough tips for `texts` distinct narratives: our detector analyses a repeated text once, which
        # would flatter it against the baselines.
        sizes = {"volunteers": rows, "donations": rows, "tips": max(rows, texts)}
        tables = {store: load_store(store, size, work) for store, size in sizes.items()}
        for bench in (
            structured_only(tables["volunteers"]),
            structured_only(tables["donations"]),
            tables["donations"],
            tables["volunteers"],
        ):
            status.update(f"table {bench.name}")
            deid = Deidentifier(policy, keyring, store=bench.name, table=bench.name)
            measures.append(bench_table(bench, baseline_rows, detector, deid, analyzer))
        narratives = [t for t in tables["tips"].table.column("narrative").to_pylist() if t][:texts]
        while len(narratives) < texts:
            narratives += narratives[: texts - len(narratives)]
        status.update("free text")
        measures.append(bench_texts(narratives, baseline_texts, processes, analyzer, model))
        memory = {}
        for size in [int(s) for s in memory_rows.split(",") if s.strip()]:
            status.update(f"memory {size} rows")
            memory[size] = peak_memory(size, work / "memory")

    table = Table(title="pii-pipeline bench (ratios measured in this run)")
    for col in (
        "workload",
        "ours",
        "plain Presidio",
        "ratio",
        "leaks ours / Presidio",
        "clean cells ours / Presidio",
        "notes",
    ):
        table.add_column(col)
    for m in measures:
        notes = ""
        if "spacy_ner_rate" in m.extra:
            notes = (
                f"spaCy NER alone {m.extra['spacy_ner_rate']:.0f} {m.unit} (nlp.pipe n_process "
                f"{m.extra['spacy_ner_pipe_rate']:.0f}, forked workers {m.extra['spacy_ner_forked_rate']:.0f}); "
                f"ours = {m.extra['share_of_ner_pipe']:.0%} of nlp.pipe, {m.extra['share_of_ner']:.0%} of the faster; "
                f"{m.extra['distinct_texts']:.0f} distinct texts"
            )
        leaks = "" if m.ours_leaks is None else f"{m.ours_leaks} / {m.baseline_leaks}"
        table.add_row(
            m.name,
            f"{m.ours_rate:,.0f} {m.unit}",
            f"{m.baseline_rate:,.1f} {m.unit}",
            f"{m.ratio:,.1f}x",
            leaks,
            f"{m.ours_clean} / {m.baseline_clean}",
            notes,
        )
    console.print(table)
    for size, mib in memory.items():
        console.print(f"peak memory, {size:,} rows: {mib:,.0f} MiB")
    if len(memory) >= 2:
        sizes = sorted(memory)
        console.print(f"growth {sizes[0]:,} -> {sizes[-1]:,} rows: {memory[sizes[-1]] / memory[sizes[0]] - 1:+.1%}")
    if json_out:
        json_out.write_text(
            json.dumps(
                {
                    "measures": [m.__dict__ | {"ratio": m.ratio} for m in measures],
                    "peak_memory_mib": memory,
                    "processes": processes,
                },
                indent=2,
            )
        )


@bench_app.command("redact")
def bench_redact_command(
    rows: int = typer.Option(30_000, "--rows", min=10, help="Rows of the mixed (donations) table."),
    baseline_rows: int = typer.Option(
        600, "--baseline-rows", min=5, help="First rows of the same file plain Presidio gets (it is slow)."
    ),
    processes: int = typer.Option(os.cpu_count() or 1, "--processes", min=1, help="redact's --processes."),
    rounds: int = typer.Option(1, "--rounds", min=1, help="Runs of ours per setting; the fastest counts."),
    workdir: Path | None = typer.Option(None, "--workdir"),
    model: str = typer.Option(DEFAULT_SPACY_MODEL, "--model"),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the figures as JSON."),
) -> None:
    """`pii-pipeline redact` against plain Presidio's batch engines, each a whole process on the same file."""
    from pii_pipeline.bench.redact_bench import bench_redact

    console = Console()
    work = workdir or Path(tempfile.mkdtemp(prefix="pii-bench-redact-"))
    with console.status("redact bench"):
        figures = bench_redact(rows, baseline_rows, processes, work, model, rounds=rounds)
    table = Table(
        title=f"redact, {rows:,}-row mixed table (whole processes; load average {figures['load_average_after']:.1f})"
    )
    for col in ("run", "rows", "wall s", "rows/s", "CPU s", "rows/CPU s"):
        table.add_column(col)
    for run in figures["runs"].values():
        table.add_row(
            run["name"],
            f"{run['rows']:,}",
            f"{run['seconds']:.1f}",
            f"{run['rate']:,.1f}",
            f"{run['cpu_seconds']:.1f}",
            f"{run['cpu_rate']:,.1f}",
        )
    console.print(table)
    console.print(
        f"ratio ours/Presidio rows/s: {figures['ratio']:.1f}x (per CPU second {figures['cpu_ratio']:.1f}x; "
        f"to Presidio without its start-up {figures['ratio_to_presidio_without_startup']:.1f}x); "
        f"{processes} processes vs 1: {figures['speedup_over_1_process']:.2f}x, "
        f"output identical: {figures['identical_to_1_process']}; "
        f"leaks ours {figures['leaks_ours']}, Presidio {figures['leaks_presidio']} "
        f"(of {figures['planted_in_baseline_rows']} planted in its rows)"
    )
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2, default=str))


@bench_app.command("backfill")
def bench_backfill_command(
    rows: int = typer.Option(12_000, "--rows", min=12, help="Donations rows, spread over the months."),
    months: int = typer.Option(12, "--months", min=1, max=12),
    workdir: Path | None = typer.Option(None, "--workdir", help="An empty folder (default: a temp dir)."),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the figures as JSON."),
) -> None:
    """Monthly `pii-pipeline run`s of one store all at once against one after another: same output?"""
    from pii_pipeline.bench.backfill import bench_backfill

    console = Console()
    work = workdir or Path(tempfile.mkdtemp(prefix="pii-bench-backfill-"))
    with console.status(f"backfill bench: {months} months, concurrent then sequential"):
        figures = bench_backfill(rows, months, work)
    console.print(
        f"{months} monthly runs, {figures['rows']:,} rows published in {len(figures['partitions'])} partitions: "
        f"concurrent {figures['seconds_concurrent']:.1f} s, sequential {figures['seconds_sequential']:.1f} s; "
        f"identical: {'yes' if figures['identical'] else 'NO'} (rows {figures['rows_identical']}, "
        f"bytes {figures['bytes_identical']}, state {figures['state_identical']}"
        f"{', differs in ' + ', '.join(figures['state_differs_in']) if figures['state_differs_in'] else ''}; "
        f"raw extracts left {len(figures['raw_extracts_left'])})"
    )
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2, default=str))


@bench_app.command("cluster")
def bench_cluster_command(
    rows: int = typer.Option(200_000, "--rows", min=100, help="Donations rows, all in the run's interval."),
    workers: str = typer.Option("1,2", "--workers", help="Celery worker counts to run, comma-separated."),
    chunk_rows: int | None = typer.Option(None, "--chunk-rows", min=1, help="Table chunk size (default: the file's)."),
    batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="Rows per batch (default: the file's)."),
    workdir: Path | None = typer.Option(None, "--workdir", help="Seeded store is kept here between runs."),
    timeout: float = typer.Option(3600, "--timeout", help="Seconds one run may take."),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the figures as JSON."),
) -> None:
    """One big interval through Airflow's CeleryExecutor with 1 worker and with N (concurrency 1 each)."""
    from pii_pipeline.bench.cluster import bench_cluster
    from pii_pipeline.orchestration.demo import airflow_env

    console = Console()
    counts = [int(w) for w in workers.split(",") if w.strip()]
    work = workdir or Path(tempfile.mkdtemp(prefix="pii-bench-cluster-"))
    with console.status(f"cluster bench: {rows:,} rows, workers {counts}"):
        figures = bench_cluster(
            rows, counts, work.resolve(), airflow_env, chunk_rows=chunk_rows, timeout_s=timeout, batch_size=batch_size
        )
    table = Table(title=f"{rows:,}-row table through Celery (load average after {figures['load_average_after']:.1f})")
    for col in ("workers", "run", "seconds", "vs first", "tasks (mapped)", "tasks by worker"):
        table.add_column(col)
    for s in figures["settings"]:
        table.add_row(
            str(s["workers"]),
            s["state"],
            f"{s['seconds']:.1f}",
            f"{figures['time_ratio_to_first'][str(s['workers'])]:.2f}",
            f"{s['tasks']} ({s['mapped_tasks']})",
            ", ".join(f"{k} {len(v)}" for k, v in sorted(s["tasks_by_worker"].items())),
        )
    console.print(table)
    console.print(
        f"rows published {figures['rows_published']:,}; same rows in every setting: "
        f"{figures['same_rows_in_every_setting']}"
    )
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2, default=str))
