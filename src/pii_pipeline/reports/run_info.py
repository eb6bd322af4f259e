"""What the report needs to know about a run, as types of its own: reports sit above the stages'
inputs and outputs but never import the pipeline that wires them (the pipeline's RunContext fits
`RunInfo` as it is)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Protocol, Self

from pii_pipeline.config import PipelineConfig
from pii_pipeline.sinks import OutputLayout


class RunInterval(Protocol):
    def to_dict(self) -> dict[str, str | None]: ...


class RunInfo(Protocol):
    """One run of one pipeline: its configuration, id, interval and where its output goes."""

    @property
    def pipeline(self) -> PipelineConfig: ...

    @property
    def run_id(self) -> str: ...

    @property
    def interval(self) -> RunInterval: ...

    @property
    def load_date(self) -> date: ...

    @property
    def layout(self) -> OutputLayout: ...


@dataclass
class ReportRef:
    """Where a run's report landed; handed on through XCom (paths only)."""

    store: str
    run_id: str
    json_path: str
    html_path: str
    findings_path: str
    index_path: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**data)
