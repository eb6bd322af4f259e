"""Run failures. Messages name the table, column and row key; never a value."""

from __future__ import annotations


class PipelineError(RuntimeError):
    pass


class AccountingError(PipelineError):
    """Rows in != rows written + quarantined + de-duplicated."""


class LeakGateError(PipelineError):
    """A personal value remained in the staged output; nothing was published."""
