"""Run failures. Messages name the table, column and row key; never a value."""

from __future__ import annotations


class PipelineError(RuntimeError):
    pass


class AccountingError(PipelineError):
    """Rows in != rows written + quarantined + de-duplicated."""


class LeakGateError(PipelineError):
    """A personal value remained in the staged output; nothing was published."""


# Error types whose messages we write ourselves: they name files, tables, columns and row keys,
# never a value. Any other exception may quote data (a driver or pyarrow echoing a cell).
SAFE_ERRORS = frozenset(
    {
        "ConfigError", "PipelineError", "AccountingError", "LeakGateError", "SourceError", "SchemaChangedError",
        "KeyRingError", "PolicyError", "ReviewError", "ModelNotInstalledError", "DemoError",
    }
)  # fmt: skip


def is_safe_error(exc: BaseException) -> bool:
    return any(cls.__name__ in SAFE_ERRORS for cls in type(exc).__mro__)


def withheld(exc: BaseException, where: str) -> PipelineError:
    """What to raise instead of an exception whose message may carry a value."""
    return PipelineError(f"{where}: {type(exc).__name__} (message withheld: it may quote data)")
