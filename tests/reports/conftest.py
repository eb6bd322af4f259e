"""Fixtures for report tests: two synthetic monthly runs of one store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pii_pipeline.pipeline import RunContext

from .synthetic import context, february, january, pipeline_config, write_run


@pytest.fixture
def two_runs(tmp_path: Path) -> Callable[..., tuple[RunContext, Any]]:
    """January then February for the same store; returns February's context and ReportRef."""
    from pii_pipeline.reports import write_run_report

    def make(reviewed: Path | None = None) -> tuple[RunContext, Any]:
        cfg = pipeline_config(tmp_path, reviewed)
        jan = context(cfg, 1)
        write_run_report(jan, write_run(jan, january()))
        feb = context(cfg, 2)
        return feb, write_run_report(feb, write_run(feb, february()))

    return make
