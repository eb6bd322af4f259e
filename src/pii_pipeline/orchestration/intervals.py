"""Which rows a DAG run reads: its data interval, decided the same way by every task of the run.

Airflow 3 does not give manual runs the interval their logical date names: `airflow dags trigger
--logical-date 2026-02-01` infers the interval from the trigger *time* (the last complete month
before now), the REST API infers it from the logical date as the month *before* it, and `dag.test`
does the same. Scheduled and backfill runs are consistent: logical date = interval start. So:

1. `params.start` and `params.end` (`--conf '{"start": "2026-02-01", "end": "2026-03-01"}'`) win;
2. scheduled and backfill runs keep Airflow's data interval;
3. any other run with a logical date reads the schedule's interval that *starts* at it, as the
   scheduler would label it; a logical date that is not an interval start is refused, naming it;
4. a manual run without a logical date (the UI's default) reads the last complete interval before
   it was triggered, as Airflow infers it;
5. `schedule: null`: every row (the publish step skips rows already published elsewhere).

Messages name the DAG, dates and the schedule, never data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from pii_pipeline.pipeline.errors import PipelineError

SCHEDULED_TYPES = {"scheduled", "backfill"}


class IntervalError(PipelineError):
    """A run's interval cannot be decided as asked; the message says what to pass instead."""


@dataclass(frozen=True)
class RunInterval:
    start: datetime | None  # naive UTC, as the stores keep timestamps
    end: datetime | None
    load_date: date
    source: str  # params / scheduler / logical_date / run_after / all_rows: shown in task logs


def naive_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _param_time(params: Mapping[str, Any], name: str, dag_id: str) -> datetime | None:
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    if isinstance(raw, datetime):
        return naive_utc(raw)
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day)
    try:
        return naive_utc(datetime.fromisoformat(str(raw)))
    except ValueError:
        raise IntervalError(f"{dag_id}: params.{name}: expected an ISO date such as 2026-02-01") from None


def _run_type(context: Mapping[str, Any]) -> str:
    dag_run = context.get("dag_run")
    run_type = getattr(dag_run, "run_type", None) if dag_run is not None else None
    return str(getattr(run_type, "value", run_type) or "")


def _cron(schedule: str, at: datetime) -> Any:
    # croniter, as Airflow's cron timetables use (presets such as @monthly included), in UTC.
    from croniter import croniter

    return croniter(schedule, at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC))


def _matches(schedule: str, at: datetime) -> bool:
    from croniter import croniter

    return croniter.match(schedule, at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC))


def interval_starting_at(schedule: str, logical_date: datetime, dag_id: str) -> tuple[datetime, datetime]:
    """The schedule's data interval whose start is `logical_date`; IntervalError if none starts there."""
    if logical_date.second or logical_date.microsecond or not _matches(schedule, logical_date):
        nxt = _cron(schedule, logical_date).get_next(datetime)
        raise IntervalError(
            f"{dag_id}: logical date {logical_date.isoformat()} is not the start of a data interval of "
            f"schedule {schedule} (the next starts {nxt:%Y-%m-%d %H:%M}); trigger with a logical date on "
            "an interval start, or pass params start and end "
            '(--conf \'{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}\')'
        )
    return logical_date, _cron(schedule, logical_date).get_next(datetime)


def last_complete_interval(schedule: str, run_after: datetime) -> tuple[datetime, datetime]:
    """As Airflow's CronDataIntervalTimetable.infer_manual_data_interval: the last period ending by run_after."""
    end = run_after if _matches(schedule, run_after) and not run_after.second else None
    if end is None:
        end = _cron(schedule, run_after).get_prev(datetime)
    return _cron(schedule, end).get_prev(datetime), end


def resolve_interval(context: Mapping[str, Any], schedule: str | None, dag_id: str) -> RunInterval:
    """The run's interval (see the module doc for the rules)."""
    params = context.get("params") or {}
    start, end = _param_time(params, "start", dag_id), _param_time(params, "end", dag_id)
    if start is not None or end is not None:
        if start is None or end is None:
            raise IntervalError(f"{dag_id}: params start and end go together; only one was given")
        if start >= end:
            raise IntervalError(f"{dag_id}: params.start must be before params.end")
        return RunInterval(start, end, start.date(), "params")

    di_start, di_end = context.get("data_interval_start"), context.get("data_interval_end")
    logical = context.get("logical_date")
    if schedule is None or schedule in ("@once", "@continuous"):
        when = logical or getattr(context.get("dag_run"), "run_after", None) or datetime.now(UTC)
        return RunInterval(None, None, naive_utc(when).date(), "all_rows")
    if _run_type(context) in SCHEDULED_TYPES and di_start is not None and di_end is not None and di_start < di_end:
        return RunInterval(naive_utc(di_start), naive_utc(di_end), naive_utc(di_start).date(), "scheduler")
    if logical is not None:
        s, e = interval_starting_at(schedule, logical, dag_id)
        return RunInterval(naive_utc(s), naive_utc(e), naive_utc(s).date(), "logical_date")
    run_after = getattr(context.get("dag_run"), "run_after", None)
    if run_after is None:
        raise IntervalError(f"{dag_id}: the run has neither a logical date nor params start and end")
    s, e = (naive_utc(t) for t in last_complete_interval(schedule, run_after))
    return RunInterval(s, e, s.date(), "run_after")
