"""Rendering a report in headless Chromium: a PNG for the README, the DOM for tests.

Chromium runs offline (no background networking, no component updates, a throwaway profile);
the report's CSP forbids any fetch anyway.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from pii_pipeline.errors import PiiPipelineError

CHROMIUM_ENV = "PII_PIPELINE_CHROMIUM"
_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")


class ChromiumError(PiiPipelineError, RuntimeError):
    """Chromium is missing or failed; the message says what to install or what went wrong."""


def find_chromium() -> str:
    explicit = os.environ.get(CHROMIUM_ENV)
    if explicit:
        if Path(explicit).exists():
            return explicit
        raise ChromiumError(f"{CHROMIUM_ENV}={explicit}: no such file")
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise ChromiumError(
        f"headless Chromium not found: install it (`apt-get install -y chromium`) or set {CHROMIUM_ENV} to its path"
    )


def _run(args: list[str], timeout_s: float) -> subprocess.CompletedProcess[bytes]:
    with tempfile.TemporaryDirectory(prefix="pii-chromium-") as profile:
        cmd = [
            find_chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ]
        # Own process group: on a timeout the renderer children go too.
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise ChromiumError(f"chromium did not finish within {timeout_s:.0f}s") from None
        return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def screenshot(
    html_path: Path | str, png_path: Path | str, *, width: int = 1280, height: int = 2000, timeout_s: float = 90
) -> Path:
    """Render `html_path` to `png_path`; raises ChromiumError when no image is produced."""
    html = Path(html_path).resolve()
    png = Path(png_path).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    result = _run([f"--screenshot={png}", f"--window-size={width},{height}", html.as_uri()], timeout_s)
    if not png.exists() or png.stat().st_size == 0:
        tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise ChromiumError(f"chromium wrote no screenshot (exit {result.returncode}): {' | '.join(tail)}")
    return png


def dump_dom(html_path: Path | str, *, timeout_s: float = 90) -> str:
    """The DOM after Chromium parsed and laid out the page."""
    result = _run(["--dump-dom", Path(html_path).resolve().as_uri()], timeout_s)
    dom = result.stdout.decode("utf-8", "replace")
    if result.returncode != 0 or "<html" not in dom:
        tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise ChromiumError(f"chromium --dump-dom failed (exit {result.returncode}): {' | '.join(tail)}")
    return dom
