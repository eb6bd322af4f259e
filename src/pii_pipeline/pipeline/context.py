"""What one run of one pipeline is: its configuration, run id and data interval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pii_pipeline.config import PipelineConfig
from pii_pipeline.names import check_path_name, validate_run_id
from pii_pipeline.sinks import OutputLayout, safe_name


@dataclass(frozen=True)
class Interval:
    """Rows with `start <= watermark < end`; either bound may be open."""

    start: datetime | None = None
    end: datetime | None = None

    def load_date(self, fallback: date) -> date:
        return self.start.date() if self.start is not None else fallback

    def to_dict(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, str | None]) -> Interval:
        return cls(
            datetime.fromisoformat(data["start"]) if data.get("start") else None,
            datetime.fromisoformat(data["end"]) if data.get("end") else None,
        )


@dataclass(frozen=True)
class RunContext:
    pipeline: PipelineConfig
    run_id: str
    interval: Interval
    load_date: date

    def __post_init__(self) -> None:
        # Checked before anything is read or written: the id names this run's folders.
        validate_run_id(self.run_id)

    @property
    def layout(self) -> OutputLayout:
        return OutputLayout(self.pipeline.output.root)

    @property
    def lease_s(self) -> float:
        """How long this run's folders stay reserved between two of its tasks."""
        return self.pipeline.output.staging_lease_hours * 3600.0

    def staging_dir(self, table: str) -> Path:
        """Raw extracts between tasks: kept out of the analysts' tree and removed after publishing."""
        store = check_path_name(self.pipeline.name, "store name")
        return self.pipeline.staging_root / store / safe_name(self.run_id) / check_path_name(table, "table name")

    def report_dir(self) -> Path:
        return self.layout.run_report_dir(self.pipeline.name, self.run_id)
