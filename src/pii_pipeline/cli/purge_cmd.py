"""`pii-pipeline purge PIPELINE.yaml`: remove what is older than the pipeline's `retention` (registered by cli.app)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text


def purge_command(
    pipeline: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Pipeline YAML.")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Purge relative to this date (ISO); default: today (UTC).")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List what would go; remove nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Purge partitions, quarantine files and reports older than `retention` (pipeline or table)."""
    from pii_pipeline.config import load_pipeline
    from pii_pipeline.reports.render import render_index
    from pii_pipeline.rights.retention import purge
    from pii_pipeline.sinks import OutputLayout

    out, err = Console(), Console(stderr=True)
    cfg = load_pipeline(pipeline)
    when = date.fromisoformat(as_of) if as_of else datetime.now(UTC).date()
    result = purge(cfg, when, dry_run=dry_run)
    if result.reports and not dry_run:
        render_index(OutputLayout(cfg.output.root).reports_root())  # the index no longer links them
    if as_json:
        out.print_json(json.dumps(result.to_dict()))
        return
    verb = "would purge" if dry_run else "purged"
    if not any((cfg.retention, *(t.retention for t in cfg.tables))):
        err.print(Text(f"{cfg.name}: no retention set; nothing purged", style="yellow"))
    for p in result.partitions:
        out.print(Text(f"{verb} partition {cfg.name}.{p['table']} load_date={p['load_date']}"))
    for q in result.quarantine:
        out.print(Text(f"{verb} quarantine {cfg.name}.{q['table']} load_date={q['load_date']}"))
    for r in result.reports:
        out.print(Text(f"{verb} report {cfg.name}/{r['run_id']} (load_date {r['load_date']})"))
    out.print(
        Text(
            f"{cfg.name}: {verb} {len(result.partitions)} partition(s), {len(result.quarantine)} quarantine "
            f"folder(s), {len(result.reports)} report(s) older than the retention before {result.as_of}"
        )
    )
