"""Progress of long work: a bar with rows/s and ETA on a terminal, plain log lines elsewhere.

Under Airflow or with output to a file, a bar would fill the log with control characters, so a
line is logged at most every `LOG_EVERY_S` seconds instead. Progress says how many rows or texts,
never which: nothing here sees a value. Imports nothing of the project (any layer may report).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

log = logging.getLogger("pii_pipeline.progress")
LOG_EVERY_S = 10.0
ENV = "PII_PIPELINE_PROGRESS"  # "bar", "log" or "off"; default: a bar on a terminal, log lines otherwise


class Meter(Protocol):
    def advance(self, n: int = 1) -> None: ...


class _LogMeter:
    def __init__(self, what: str, total: int | None, unit: str, every_s: float) -> None:
        self.what, self.total, self.unit, self.every_s = what, total, unit, every_s
        self.done = 0
        self.started = self.last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every_s:
            self.last = now
            log.info("%s", self.line(now))

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        if self.total:
            left = (self.total - self.done) / rate if rate > 0 else float("inf")
            eta = f", ETA {left:,.0f} s" if left != float("inf") else ""
            return f"{self.what}: {self.done:,}/{self.total:,} {self.unit} ({rate:,.0f} {self.unit}/s{eta})"
        return f"{self.what}: {self.done:,} {self.unit} ({rate:,.0f} {self.unit}/s)"


class _BarMeter:
    def __init__(self, bar, task) -> None:  # noqa: ANN001 - rich objects, imported lazily
        self.bar, self.task = bar, task

    def advance(self, n: int = 1) -> None:
        self.bar.advance(self.task, n)


class _Off:
    def advance(self, n: int = 1) -> None:
        return None


def mode() -> str:
    chosen = os.environ.get(ENV, "").strip().lower()
    if chosen in ("bar", "log", "off"):
        return chosen
    # Airflow task processes have no terminal; a terminal gets the bar.
    return "bar" if sys.stderr.isatty() and "AIRFLOW_CTX_DAG_ID" not in os.environ else "log"


@contextmanager
def progress(what: str, total: int | None = None, unit: str = "rows") -> Iterator[Meter]:
    """`with progress("tips.tips: detect", total=n) as meter: meter.advance(batch_rows)`."""
    chosen = mode()
    if chosen == "off":
        yield _Off()
        return
    if chosen == "log":
        meter = _LogMeter(what, total, unit, LOG_EVERY_S)
        yield meter
        log.info("%s, done", meter.line(time.monotonic()))
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:  # noqa: ANN001
            return Text(f"{task.speed or 0:,.0f} {unit}/s")

    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(what, total=total)
        yield _BarMeter(bar, task)
