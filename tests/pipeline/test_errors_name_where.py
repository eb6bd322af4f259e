"""A library error inside a run names the store, table, stage, rows and keys, never the value
(issue 14, part 8): a bare `KeyError` or `ArrowInvalid` is not actionable."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest

from pii_pipeline.errors import WithheldError, describe
from pii_pipeline.pipeline import Interval, make_context, run_pipeline

from .people_store import make_people, people_pipeline


@pytest.mark.parametrize("stage", ["detect", "deidentify"])
def test_a_library_error_names_where_it_happened(
    stage: str, tmp_path: Path, key_file: Path, detector, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'people.db'}"
    make_people(url, range(60))
    cfg = people_pipeline(tmp_path, url)  # batches of 25 rows

    calls = {"n": 0}

    def failing_on_second_batch(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls["n"] += 1
        if calls["n"] == 2:
            raise pa.ArrowInvalid("cannot convert 'Alicja Kowalczyk'")  # as a library would, quoting a cell
        return real(*args, **kwargs)

    if stage == "detect":
        from pii_pipeline.detection import table_scan as module

        name = "scan_batch"
    else:
        from pii_pipeline.pipeline import apply as module

        name = "apply_batch"
    real = getattr(module, name)
    monkeypatch.setattr(module, name, failing_on_second_batch)
    ctx = make_context(cfg, "t1", Interval(datetime(2025, 1, 1), datetime(2027, 1, 1)))
    with pytest.raises(WithheldError) as caught:
        run_pipeline(ctx, detector=detector)
    shown = describe(caught.value)
    assert "Alicja" not in shown and "Kowalczyk" not in shown
    assert f"people.people: {stage}, rows 26-50" in shown
    assert "ArrowInvalid" in shown and "keys " in shown
