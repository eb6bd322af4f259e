"""The subject-find bench at a tiny size: it finds exactly the rows it planted, and says so."""

from __future__ import annotations

import json

from pii_pipeline.bench.subject_find import PLANT_EVERY, main


def test_bench_finds_every_planted_row(tmp_path, capsys) -> None:
    rows = 2 * PLANT_EVERY + 100
    main([str(rows), str(tmp_path / "out"), "--partitions", "3"])
    result = json.loads(capsys.readouterr().out)
    assert result["rows"] == rows
    assert result["expected_rows"] == 3  # ids 7, 50007, 100007
    assert result["all_found"] is True and result["hits"] == 3
    assert result["find_seconds"] > 0
