from .context import Interval, RunContext
from .errors import AccountingError, LeakGateError, PipelineError
from .run import make_context, run_pipeline, run_table

__all__ = [
    "AccountingError",
    "Interval",
    "LeakGateError",
    "PipelineError",
    "RunContext",
    "make_context",
    "run_pipeline",
    "run_table",
]
