"""The command line never prints a library exception's message (it may quote data): the type only, exit 1.
Our own errors, whose messages we write without values, are printed in full."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_pipeline.cli import app as cli_app
from pii_pipeline.pipeline.errors import AccountingError

PLANTED = "536-22-1947"


@pytest.mark.parametrize("library_error", [ValueError, KeyError, OSError, UnicodeDecodeError])
def test_a_library_message_is_withheld(
    library_error: type[Exception], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail() -> None:
        if library_error is UnicodeDecodeError:
            raise UnicodeDecodeError("utf-8", PLANTED.encode(), 0, 1, f"bad byte in {PLANTED}")
        raise library_error(f"row with ssn={PLANTED} could not be converted")

    monkeypatch.setattr(cli_app, "_register_optional", lambda: None)
    monkeypatch.setattr(cli_app, "app", fail)
    monkeypatch.delenv("PII_PIPELINE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exited:
        cli_app.main()
    assert exited.value.code == 1
    out, err = capsys.readouterr()
    assert PLANTED not in out + err
    assert "error:" in err and library_error.__name__ in err


def test_our_own_message_is_shown(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def fail() -> None:
        raise AccountingError("people.people: read 8 rows but written 7; nothing published")

    monkeypatch.setattr(cli_app, "_register_optional", lambda: None)
    monkeypatch.setattr(cli_app, "app", fail)
    with pytest.raises(SystemExit) as exited:
        cli_app.main()
    assert exited.value.code == 1
    assert "read 8 rows but written 7; nothing published" in capsys.readouterr().err


def test_a_real_library_failure_on_the_command_line(tmp_path: Path) -> None:
    """pyarrow quotes the value it cannot convert (a string in a column of numbers); `redact` shows only the
    exception's type."""
    from pii_pipeline.deid.keys import generate_key_file

    key = tmp_path / "k" / "key.json"
    key.parent.mkdir()
    generate_key_file(key)
    source = tmp_path / "mixed.jsonl"
    source.write_text(f'{{"id": 1, "v": 5}}\n{{"id": 2, "v": "{PLANTED}"}}\n', encoding="utf-8")
    env = {**os.environ, "PII_PIPELINE_KEY_FILE": str(key)}
    env.pop("PII_PIPELINE_DEBUG", None)
    command = [sys.executable, "-m", "pii_pipeline.cli.app", "redact", str(source), "--out", str(tmp_path / "out")]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 1, proc.stderr
    assert PLANTED not in proc.stdout + proc.stderr
    assert "error:" in proc.stderr
    # The control: the library's own message does carry the value (shown only where debugging is allowed).
    debug = subprocess.run(command, capture_output=True, text=True, timeout=600, env={**env, "PII_PIPELINE_DEBUG": "1"})
    assert PLANTED in debug.stderr
