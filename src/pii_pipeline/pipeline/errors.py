"""Run failures. Messages name the table, column and row key; never a value."""

from __future__ import annotations

from pii_pipeline.errors import PiiPipelineError, is_safe_error, withheld

__all__ = [
    "AccountingError",
    "LeakGateError",
    "PipelineError",
    "StagingLockedError",
    "is_safe_error",
    "withheld",
]


class PipelineError(PiiPipelineError, RuntimeError):
    pass


class AccountingError(PipelineError):
    """Rows in != rows written + quarantined + de-duplicated."""


class LeakGateError(PipelineError):
    """A personal value remained in the staged output; nothing was published."""


class StagingLockedError(PipelineError):
    """Another run, or another live process of this run, holds the run directory."""
