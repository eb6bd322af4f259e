"""`pii-pipeline eval`: precision, recall, F2 and protected recall of the detector on a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pii_pipeline.config import DEFAULT_SPACY_MODEL


def eval_command(
    corpus: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSON lines with `id`, `text`, `spans`."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    alias: list[str] = typer.Option([], "--alias", help="FROM=TO: map a corpus label onto ours."),
    model: str = typer.Option(DEFAULT_SPACY_MODEL, "--model", help="spaCy model package."),
) -> None:
    """Score detection on a labelled corpus (match rule: same type, overlapping spans)."""
    from pii_pipeline.detection.evaluate import evaluate, parse_aliases
    from pii_pipeline.detection.text import TextDetector

    try:
        aliases = parse_aliases(alias)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--alias") from exc
    report = evaluate(corpus, TextDetector(model_name=model), aliases)
    if json_out:
        typer.echo(json.dumps(report.as_dict(), indent=2))
        return
    table = Table(title=f"{corpus.name}: {report.documents} documents")
    for col in ("entity", "support", "predicted", "precision", "recall", "F2", "protected recall"):
        table.add_column(col, justify="left" if col == "entity" else "right", no_wrap=True)
    rows = [s for s in report.entities.values() if s.support or s.predicted] + [report.overall]
    for s in rows:
        table.add_row(
            s.entity,
            str(s.support),
            str(s.predicted),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f2:.3f}",
            f"{s.protected_recall:.3f}",
        )
    console = Console(width=max(Console().width, 110))
    console.print(table)
    console.print(
        f"documents with any finding: {report.documents_with_findings}/{report.documents} "
        f"({report.flagged_share:.1%}); findings on neutral labels (not scored): {report.neutral_findings}"
    )
