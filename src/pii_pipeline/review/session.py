"""One table's review inside the detect stage: the pure functions wired together, with counts kept."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pii_pipeline.review.evidence import REPORT_KEY_ENV, ReportKey, evidence_for_batch, report_key_from_env
from pii_pipeline.types import ColumnDecision

from .apply import AppliedDecision, apply_to_decisions, count_ignored, load_reviewed, screen_findings, write_applied
from .models import Reviewed, ReviewError


@dataclass
class TableReview:
    table: str
    reviewed: Reviewed | None
    key: ReportKey | None
    applied: list[AppliedDecision] = field(default_factory=list)
    ignored: Counter[tuple] = field(default_factory=Counter)

    @classmethod
    def for_table(cls, reviewed_path: Path | None, table: str, key: ReportKey | None = None) -> TableReview:
        """Loads the reviewed file (a broken file fails the run before anything is scanned)."""
        reviewed = load_reviewed(reviewed_path) if reviewed_path is not None else None
        key = key if key is not None else report_key_from_env()
        if reviewed is not None and reviewed.allow_values and key is None:
            # Without the key no finding has a hash, so every allow_values entry would be skipped silently.
            raise ReviewError(
                f"{reviewed_path}: allow_values needs the report key that made its hashes: set {REPORT_KEY_ENV} "
                "(create one with `pii-pipeline keygen FILE --purpose report`)"
            )
        return cls(table, reviewed, key)

    def decisions(self, decisions: list[ColumnDecision]) -> list[ColumnDecision]:
        decisions, self.applied = apply_to_decisions(decisions, self.table, self.reviewed)
        return decisions

    def screen(self, batch: pa.RecordBatch, found: pa.Table) -> tuple[pa.Table, list[str | None], list[str | None]]:
        """Drops allowed findings; returns the kept findings with their masked forms and hashes."""
        masked, hashes = evidence_for_batch(batch, found, self.key)
        keep, ignored = screen_findings(self.table, found, hashes, self.reviewed)
        self.ignored.update(ignored)
        if all(keep):
            return found, masked, hashes
        kept = found.filter(pa.array(keep, pa.bool_()))
        return (
            kept,
            [m for m, k in zip(masked, keep, strict=True) if k],
            [h for h, k in zip(hashes, keep, strict=True) if k],
        )

    def write(self, report_dir: Path) -> Path:
        return write_applied(
            report_dir, self.table, count_ignored(self.applied, self.ignored, self.table, self.reviewed)
        )
