"""The report renders in headless Chromium: key elements in the DOM, a non-blank screenshot.

No skip: without Chromium these tests fail and say what to install (CI installs it).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from pii_pipeline.reports.screenshot import ChromiumError, dump_dom, find_chromium, screenshot

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chromium() -> str:
    try:
        return find_chromium()
    except ChromiumError as exc:
        pytest.fail(f"{exc} (the report rendering tests need it; they are not skipped)", pytrace=False)


def _png_pixels(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def test_report_renders_in_chromium(two_runs, chromium: str, tmp_path: Path) -> None:  # noqa: ANN001
    _, ref = two_runs()
    dom = dump_dom(ref.html_path)
    for needle in (
        'id="summary"',
        'id="surprises"',
        'id="surprises-table"',
        'id="chart-by-entity"',
        'id="chart-by-column"',
        'id="chart-trend"',
        'id="chart-scores"',
        'class="table-section"',
        'id="table-donations"',
        'data-kind="personal_data_in_clean_column"',
    ):
        assert needle in dom, needle
    assert dom.count("<svg") >= 4 and "<rect" in dom
    assert dom.index('id="surprises"') < dom.index('id="summary"')
    png = screenshot(ref.html_path, tmp_path / "report.png", width=1280, height=2000)
    assert png.stat().st_size > 20_000
    width, height, raw = _png_pixels(png)
    assert (width, height) == (1280, 2000)
    # Not blank: a white page decompresses to a handful of distinct byte values.
    assert len(set(raw[:1_000_000])) > 32


def test_index_renders_in_chromium(two_runs, chromium: str, tmp_path: Path) -> None:  # noqa: ANN001
    _, ref = two_runs()
    dom = dump_dom(ref.index_path)
    assert 'id="runs"' in dom and 'id="trend-donations"' in dom and "<polyline" in dom
    png = screenshot(ref.index_path, tmp_path / "index.png", height=800)
    assert png.stat().st_size > 10_000


def test_missing_chromium_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PII_PIPELINE_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with pytest.raises(ChromiumError, match="no such file"):
        find_chromium()
