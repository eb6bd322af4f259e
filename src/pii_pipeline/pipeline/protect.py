"""What the de-identification stage does for people's rights and re-identification risk, kept out of
`stages.py`: the suppression list (erased people stay erased in every later run and re-run) and the
quasi-identifier step (typed generalisation and k-anonymity) over the staged partition."""

from __future__ import annotations

from pathlib import Path

from pii_pipeline.config import TableConfig
from pii_pipeline.rights.suppression import Suppressor

from .context import RunContext


def suppressor(ctx: RunContext) -> Suppressor:
    """The output root's suppression list; empty (a no-op) when nobody was erased."""
    return Suppressor.for_root(ctx.layout.root)


def finish_partition(ctx: RunContext, table: TableConfig, staged_path: Path) -> dict:
    """Quasi-identifiers of the staged partition generalised until it meets the table's min_k; the
    measures for the manifest and report ({} when the table declares none)."""
    from pii_pipeline.privacy.enforce import enforce_file

    return enforce_file(staged_path, table, ctx.load_date)
