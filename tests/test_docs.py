"""The docs site builds offline, and the command blocks of "getting started" and "adding a store" run
as written, in a fresh folder, with only the installed `pii-pipeline` (and `python`) on the PATH.

Blocks fenced `bash` are run, in order, as one script per page; blocks fenced `console` show commands
that need the whole repository (`make demo`, `make test`, which CI itself runs) or a real case id.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
FENCE = re.compile(r"^```bash\n(.*?)^```", re.S | re.M)
# Anything a browser would fetch by itself (links a reader may follow are fine).
REMOTE = re.compile(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["'](?:https?:)?//""")


def bash_blocks(page: Path) -> list[str]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


def test_site_builds_strict_and_offline(tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).with_name("mkdocs")
    site = tmp_path / "site"
    proc = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(site)], cwd=REPO, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-4000:]
    pages = list(site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        remote = REMOTE.findall(page.read_text(encoding="utf-8"))
        assert not remote, f"{page.relative_to(site)} loads something from the network: {remote}"


@pytest.mark.parametrize("page", ["getting-started.md", "adding-a-store.md"])
def test_command_blocks_run_as_written(page: str, tmp_path: Path) -> None:
    blocks = bash_blocks(DOCS / page)
    assert len(blocks) >= 2
    folder = tmp_path / "fresh"
    folder.mkdir()
    script = "set -euo pipefail\n" + "\n".join(blocks)
    bin_dir = str(Path(sys.executable).parent)
    env = {
        "PATH": bin_dir + os.pathsep + "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "PII_PIPELINE_PROGRESS": "off",
    }
    proc = subprocess.run(["bash", "-c", script], cwd=folder, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, f"{page}: exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    if page == "adding-a-store.md":
        assert (folder / "output/parquet/shop/customers/load_date=2026-01-01/data.parquet").exists()
        assert "tok_v1_EMAIL_ADDRESS_" in proc.stdout and "ana.ruiz@example.org" not in proc.stdout
    else:
        assert (folder / "redacted/people.parquet").exists() and "ana.ruiz@example.org" not in proc.stdout
