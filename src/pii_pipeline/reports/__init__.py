from .build import build_run_report, write_run_report
from .render import render_index

__all__ = ["build_run_report", "render_index", "write_run_report"]
