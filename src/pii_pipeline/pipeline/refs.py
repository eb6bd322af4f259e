"""References that tasks hand each other (through XCom): paths and counts, never data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Self

from pii_pipeline.reports.run_info import ReportRef

__all__ = ["ChunkRef", "DeidRef", "DetectRef", "ExtractRef", "PublishRef", "ReportRef"]


class _Ref:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**data)


@dataclass
class ChunkRef(_Ref):
    """One chunk of a table's extract (rows offset .. offset + rows), as it passes detect and
    de-identify: each stage fills in its own fields. The column decisions are the table's, made once."""

    table: str
    index: int
    offset: int
    rows: int
    raw_path: str
    decisions_path: str = ""
    findings_path: str = ""
    findings: int = 0
    staged_path: str = ""  # the chunk's de-identified rows (Arrow IPC), not yet a partition
    rows_written: int = 0
    rows_erased: int = 0
    cells_erased: int = 0
    detect_seconds: float = 0.0
    deidentify_seconds: float = 0.0
    seconds: float = 0.0  # the last stage's


@dataclass
class ExtractRef(_Ref):
    table: str
    raw_path: str  # the first chunk's (the whole extract's when there is one chunk)
    rows_read: int
    rows_deduplicated: int
    rows_quarantined: int
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    quarantine_path: str | None = None
    max_watermark: str | None = None
    seconds: float = 0.0
    chunks: list[dict] = field(default_factory=list)  # ChunkRef dicts, in row order
    decisions_path: str = ""  # set once the table's columns are classified

    def chunk_refs(self) -> list[ChunkRef]:
        """The extract's chunks; a reference made without them is one chunk of every kept row."""
        if self.chunks:
            return [ChunkRef.from_dict(c) for c in self.chunks]
        kept = self.rows_read - self.rows_quarantined - self.rows_deduplicated
        return [ChunkRef(self.table, 0, 0, kept, self.raw_path, decisions_path=self.decisions_path)]


@dataclass
class DetectRef(_Ref):
    table: str
    decisions_path: str
    findings_path: str
    findings: int
    seconds: float = 0.0
    chunks: list[dict] = field(default_factory=list)  # ChunkRef dicts with their findings


@dataclass
class DeidRef(_Ref):
    table: str
    staged_path: str
    rows_written: int
    operators: dict[str, str] = field(default_factory=dict)  # column -> operator(s) applied
    seconds: float = 0.0
    rows_erased: int = 0  # rows dropped for people on the suppression list (erased with --drop-rows)
    cells_erased: int = 0  # cells whose tokens the suppression list replaced with [erased]
    privacy: dict = field(default_factory=dict)  # quasi-identifier measures (k-anonymity), if declared


@dataclass
class PublishRef(_Ref):
    table: str
    partition_path: str
    rows_read: int
    rows_written: int
    rows_quarantined: int
    rows_deduplicated: int
    leak_findings: int
    leak_gate: str  # "passed" / "failed"
    manifest_path: str
    seconds: float = 0.0
