"""References that tasks hand each other (through XCom): paths and counts, never data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Self

from pii_pipeline.reports.run_info import ReportRef

__all__ = ["DeidRef", "DetectRef", "ExtractRef", "PublishRef", "ReportRef"]


class _Ref:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**data)


@dataclass
class ExtractRef(_Ref):
    table: str
    raw_path: str
    rows_read: int
    rows_deduplicated: int
    rows_quarantined: int
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    quarantine_path: str | None = None
    max_watermark: str | None = None
    seconds: float = 0.0


@dataclass
class DetectRef(_Ref):
    table: str
    decisions_path: str
    findings_path: str
    findings: int
    seconds: float = 0.0


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
