"""Which interval a run reads: params win, scheduled and backfill runs keep Airflow's interval, a manual
run reads the interval its logical date starts or is refused, naming the date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest

from pii_pipeline.orchestration.intervals import IntervalError, resolve_interval
from pii_pipeline.pipeline.errors import is_safe_error

pytestmark = pytest.mark.airflow

MONTHLY = "@monthly"
FEB, MAR = datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC)
NOV, DEC = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)


def _context(run_type: str, logical=None, interval=(None, None), params=None, run_after=None) -> dict:
    return {
        "dag_run": SimpleNamespace(run_type=run_type, run_after=run_after or datetime(2026, 12, 3, 22, tzinfo=UTC)),
        "logical_date": logical,
        "data_interval_start": interval[0],
        "data_interval_end": interval[1],
        "params": params or {"start": None, "end": None},
    }


def test_cli_trigger_with_a_logical_date_reads_that_month_not_the_trigger_time() -> None:
    # What `airflow dags trigger --logical-date 2026-02-01` gives the tasks: the interval inferred
    # from the trigger time (November, in December).
    got = resolve_interval(_context("manual", FEB, (NOV, DEC)), MONTHLY, "pii_tips")
    assert (got.start, got.end, got.load_date) == (datetime(2026, 2, 1), datetime(2026, 3, 1), date(2026, 2, 1))
    assert got.source == "logical_date"


def test_a_logical_date_that_starts_no_interval_is_refused_naming_it() -> None:
    with pytest.raises(IntervalError) as err:
        resolve_interval(_context("manual", datetime(2026, 2, 15, tzinfo=UTC)), MONTHLY, "pii_tips")
    message = str(err.value)
    assert "pii_tips: logical date 2026-02-15T00:00:00+00:00 is not the start" in message
    assert "the next starts 2026-03-01" in message and "params start and end" in message
    assert is_safe_error(err.value), "the message is ours: Airflow's task log may show it"


def test_params_win_over_the_logical_date() -> None:
    params = {"start": "2026-01-01", "end": "2026-01-15"}
    got = resolve_interval(_context("manual", FEB, params=params), MONTHLY, "pii_tips")
    assert (got.start, got.end, got.source) == (datetime(2026, 1, 1), datetime(2026, 1, 15), "params")


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"start": "2026-01-01", "end": None}, "go together"),
        ({"start": "2026-02-01", "end": "2026-01-01"}, "before params.end"),
        ({"start": "first of May", "end": "2026-06-01"}, "params.start: expected an ISO date"),
    ],
)
def test_bad_params_are_refused(params: dict, says: str) -> None:
    with pytest.raises(IntervalError, match=says):
        resolve_interval(_context("manual", params=params), MONTHLY, "pii_tips")


@pytest.mark.parametrize("run_type", ["scheduled", "backfill"])
def test_scheduler_runs_keep_airflows_interval(run_type: str) -> None:
    got = resolve_interval(_context(run_type, FEB, (FEB, MAR)), MONTHLY, "pii_tips")
    assert (got.start, got.end, got.source) == (datetime(2026, 2, 1), datetime(2026, 3, 1), "scheduler")


def test_manual_run_without_a_logical_date_reads_the_last_complete_interval() -> None:
    got = resolve_interval(_context("manual", run_after=datetime(2026, 4, 10, tzinfo=UTC)), MONTHLY, "pii_tips")
    assert (got.start, got.end, got.source) == (datetime(2026, 3, 1), datetime(2026, 4, 1), "run_after")


def test_unscheduled_pipeline_reads_every_row() -> None:
    got = resolve_interval(_context("manual", FEB), None, "pii_tips")
    assert (got.start, got.end, got.load_date) == (None, None, date(2026, 2, 1))
