"""A failed task's exception lands in Airflow's log: only messages we wrote ourselves get through."""

from __future__ import annotations

import pytest

from pii_pipeline.errors import PiiPipelineError, WithheldError
from pii_pipeline.orchestration import tasks
from pii_pipeline.pipeline import stages
from pii_pipeline.pipeline.errors import LeakGateError


def test_library_messages_are_withheld(monkeypatch) -> None:
    def boom(ctx, table):  # noqa: ANN001, ANN202
        raise ValueError("could not convert '078-05-1120' with type str")

    monkeypatch.setattr(tasks, "run_context", lambda path, context: _Ctx())
    monkeypatch.setattr(stages, "extract", boom)
    with pytest.raises(WithheldError) as info:
        tasks.extract("pipelines/tips.yaml", "tips", {})
    assert isinstance(info.value, PiiPipelineError)
    assert "078-05-1120" not in str(info.value)
    assert "extract tips.tips: ValueError" in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_our_own_errors_pass_through(monkeypatch) -> None:
    def gate(ctx, table):  # noqa: ANN001, ANN202
        raise LeakGateError("tips.tips: 1 personal value(s) remain (narrative[42]=US_SSN)")

    monkeypatch.setattr(tasks, "run_context", lambda path, context: _Ctx())
    monkeypatch.setattr(stages, "extract", gate)
    with pytest.raises(LeakGateError, match=r"narrative\[42\]=US_SSN"):
        tasks.extract("pipelines/tips.yaml", "tips", {})


class _Ctx:
    class pipeline:  # noqa: N801 - stands in for the config object
        @staticmethod
        def table(name: str) -> str:
            return name
