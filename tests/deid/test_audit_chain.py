"""Key files others can read are refused; the reveal audit log is a keyed hash chain that
`pii-pipeline audit verify` checks line by line (issue 14.7)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pii_pipeline.cli import audit_cmd
from pii_pipeline.deid.audit import verify
from pii_pipeline.deid.errors import KeyRingError
from pii_pipeline.deid.keys import generate_key_file, load_keyring
from pii_pipeline.deid.reveal import reveal_tokens
from pii_pipeline.deid.tokens import Tokenizer


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "key.json"
    path.parent.mkdir(mode=0o700)
    generate_key_file(path)
    return path


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644, 0o660, 0o666, 0o620])
def test_a_key_file_others_can_access_is_refused(key_path: Path, mode: int) -> None:
    key_path.chmod(mode)
    with pytest.raises(KeyRingError, match="refused") as info:
        load_keyring(key_path)
    assert str(key_path) in str(info.value) and f"{mode:o}" in str(info.value)
    key_path.chmod(0o600)
    assert load_keyring(key_path).current_version == 1


def _reveal_some(key_path: Path, log: Path, times: int) -> None:
    keyring = load_keyring(key_path)
    token = Tokenizer(keyring).encrypt("EMAIL_ADDRESS", "jane@example.com")
    for i in range(times):
        results = reveal_tokens([token], keyring, reason=f"case {i}", actor="analyst", audit_log=log)
        assert results[0].ok


def _verify_cli(log: Path, key_path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(audit_cmd.app, ["verify", str(log), "--key-file", str(key_path)])
    return result.exit_code, result.output


def test_an_untouched_log_verifies(key_path: Path, tmp_path: Path) -> None:
    log = tmp_path / "audit.log"
    _reveal_some(key_path, log, 4)
    assert verify(log, load_keyring(key_path)).ok
    code, output = _verify_cli(log, key_path)
    assert code == 0 and "OK: 4 line(s)" in output
    assert "jane@example.com" not in log.read_text()


def _edit(log: Path, edit) -> None:  # noqa: ANN001
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("".join(edit(lines)), encoding="utf-8")


def _change_reason(line: str) -> str:
    record = json.loads(line)
    record["reason"] = "nothing to see"
    return json.dumps(record, separators=(",", ":"), sort_keys=True, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    ("tamper", "bad_line"),
    [
        (lambda lines: [lines[0], _change_reason(lines[1]), *lines[2:]], 2),  # a line changed
        (lambda lines: lines[1:], 1),  # the first line removed
        (lambda lines: [lines[0], lines[2], lines[3]], 2),  # a middle line removed
        (lambda lines: [lines[0], lines[2], lines[1], lines[3]], 2),  # two lines swapped
        (lambda lines: [*lines[:2], lines[1], *lines[2:]], 3),  # a line copied in
        (lambda lines: [*lines[:3], lines[3][:-1]], 4),  # the last line cut short
    ],
)
def test_tampering_names_the_first_broken_line(key_path: Path, tmp_path: Path, tamper, bad_line: int) -> None:  # noqa: ANN001
    log = tmp_path / "audit.log"
    _reveal_some(key_path, log, 4)
    _edit(log, tamper)
    verdict = verify(log, load_keyring(key_path))
    assert not verdict.ok and verdict.bad_line == bad_line
    code, output = _verify_cli(log, key_path)
    assert code == 1 and f"line {bad_line}:" in output


def test_a_forged_chain_needs_the_key(key_path: Path, tmp_path: Path) -> None:
    log = tmp_path / "audit.log"
    _reveal_some(key_path, log, 2)
    other = tmp_path / "other.json"
    generate_key_file(other)
    assert verify(log, load_keyring(other)).bad_line == 1


def test_concurrent_reveals_keep_one_chain(key_path: Path, tmp_path: Path) -> None:
    log = tmp_path / "audit.log"
    threads = [threading.Thread(target=_reveal_some, args=(key_path, log, 5)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    verdict = verify(log, load_keyring(key_path))
    assert verdict.ok and verdict.lines == 30


def test_a_report_key_file_others_can_read_is_refused(tmp_path: Path) -> None:
    from pii_pipeline.review.evidence import ReportKeyError, generate_report_key_file, load_report_key

    path = tmp_path / "keys" / "report-key.json"
    made = generate_report_key_file(path)
    path.chmod(0o644)
    with pytest.raises(ReportKeyError, match="refused"):
        load_report_key(path)
    path.chmod(0o600)
    assert load_report_key(path) == made
