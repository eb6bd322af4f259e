"""The conftest guard: opening a file outside the repository, the venv, system and tmp folders is recorded
(and the test that did it fails). Reads of a folder beside the checkout are the case it exists for."""

from __future__ import annotations

import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# A checkout placed directly in tmp (or in /) has tmp itself as its parent: nothing beside it can be told apart
# from tmp (tests/conftest.py says so), so the tests of what sits beside the checkout do not apply there.
_PARENT = REPO.parent.resolve()
beside_checkout = pytest.mark.skipif(
    _PARENT == Path(tempfile.gettempdir()).resolve() or _PARENT == Path("/"),
    reason="the checkout sits directly in tmp or /: its siblings are tmp itself",
)


def _try_open(path: Path) -> None:
    try:
        path.open(encoding="utf-8").close()
    except OSError:
        pass  # the audit event fires before the open itself: a missing file is still flagged


@beside_checkout
def test_a_sibling_of_the_checkout_is_flagged(outside_opens: list[str]) -> None:
    sibling = REPO.parent / "shared" / "corpora" / "presidio_research_synth_v2.jsonl"
    outside_opens.clear()
    _try_open(sibling)
    flagged = list(outside_opens)
    outside_opens.clear()  # planted on purpose: this test must not fail for it
    assert flagged == [str(sibling)]


@beside_checkout
def test_a_name_that_only_starts_like_the_repository_is_flagged(outside_opens: list[str]) -> None:
    lookalike = REPO.parent / f"{REPO.name}-{secrets.token_hex(4)}" / "x.txt"
    outside_opens.clear()
    _try_open(lookalike)
    flagged = list(outside_opens)
    outside_opens.clear()
    assert flagged == [str(lookalike)]


def test_var_tmp_is_not_tmp(outside_opens: list[str]) -> None:
    if Path(tempfile.gettempdir()).resolve() == Path("/var/tmp").resolve():
        pytest.fail("this machine's tmp is /var/tmp; pick another outside folder for this test")
    target = Path("/var/tmp") / f"pii-guard-{secrets.token_hex(4)}.txt"
    outside_opens.clear()
    try:
        target.write_text("x", encoding="utf-8")
        flagged = list(outside_opens)
    finally:
        outside_opens.clear()
        target.unlink(missing_ok=True)
    assert flagged == [str(target)]


@beside_checkout
def test_a_symlink_in_tmp_to_outside_is_flagged(tmp_path: Path, outside_opens: list[str]) -> None:
    link = tmp_path / "corpora"
    link.symlink_to(REPO.parent / "shared" / "corpora")
    outside_opens.clear()
    _try_open(link / "x.jsonl")
    flagged = list(outside_opens)
    outside_opens.clear()
    assert flagged == [str(REPO.parent / "shared" / "corpora" / "x.jsonl")]


def test_allowed_places_are_not_flagged(tmp_path: Path, outside_opens: list[str]) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (REPO / "README.md").read_text(encoding="utf-8")
    Path(pytest.__file__).read_bytes()  # the venv's site-packages
    Path("/proc/self/status").read_text(encoding="utf-8")
    assert outside_opens == []


def test_the_test_that_opened_outside_fails(tmp_path: Path) -> None:
    """End to end, in a child pytest over a checkout that sits in tmp (as a clone in /tmp/x/ does): the tests
    that opened a file outside, or beside the checkout, are reported FAILED and the run exits non-zero."""
    checkout = tmp_path / "checkout"
    (checkout / "tests").mkdir(parents=True)
    shutil.copy(REPO / "tests" / "conftest.py", checkout / "tests" / "conftest.py")
    (checkout / "README.md").write_text("inside\n", encoding="utf-8")
    outside = Path("/var/tmp") / f"pii-guard-{secrets.token_hex(4)}-absent.txt"
    beside = tmp_path / "shared" / "corpora" / "x.jsonl"
    (checkout / "tests" / "test_offender.py").write_text(
        "from pathlib import Path\n"
        "\n"
        "def _try(path):\n"
        "    try:\n"
        "        open(path).close()\n"
        "    except OSError:\n"
        "        pass\n"
        "\n"
        f"def test_reads_outside():\n    _try({str(outside)!r})\n"
        "\n"
        f"def test_reads_beside_the_checkout():\n    _try({str(beside)!r})\n"
        "\n"
        "def test_innocent(tmp_path):\n"
        "    (tmp_path / 'a.txt').write_text('x')\n"
        "    assert Path(__file__).parents[1].joinpath('README.md').read_text() == 'inside\\n'\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(checkout / "tests")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=checkout,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "2 failed, 1 passed" in proc.stdout, proc.stdout
    for name, path in (("test_reads_outside", outside), ("test_reads_beside_the_checkout", beside)):
        assert f"FAILED tests/test_offender.py::{name}" in proc.stdout, proc.stdout
        assert str(path) in proc.stdout
