"""The subject commands: a reason is required, no key means no search and no audit line, and every
call adds one link to the same audit chain as `reveal` (verifiable, no value in it)."""

from __future__ import annotations

import json
from datetime import date

from typer.testing import CliRunner

from pii_pipeline.cli.subject_cmd import app
from pii_pipeline.deid.audit import verify
from pii_pipeline.deid.keys import load_keyring

SECRET = "jane.doe@example.com"


def _invoke(published, *args: str, key: bool = True):  # noqa: ANN001, ANN202
    env = {"PII_PIPELINE_KEY_FILE": str(published.key_file) if key else ""}
    pipes = [a for p in published.pipelines for a in ("--pipeline", str(p))]
    return CliRunner().invoke(app, [*args, *pipes], env=env)


def test_find_then_erase_are_audited_in_one_verifiable_chain(published) -> None:
    published.write("gifts", date(2026, 1, 1), [{"id": 1, "email": published.token("EMAIL_ADDRESS", SECRET)}])
    found = _invoke(published, "find", "--email", SECRET.upper(), "--reason", "DSR-9", "--json")
    assert found.exit_code == 0, found.output
    assert [h["row_key"] for h in json.loads(found.stdout)["hits"]] == ["1"]
    erased = _invoke(published, "erase", "--email", SECRET, "--reason", "DSR-9", "--dry-run")
    assert erased.exit_code == 0 and "would change 1 cell(s)" in erased.stdout
    log = published.layout.root / "_state" / "audit.log"
    lines = [json.loads(x) for x in log.read_text().splitlines()]
    assert [x["action"] for x in lines] == ["subject find", "subject erase"]
    assert lines[0]["outcome"]["cells"] == 1 and lines[0]["reason"] == "DSR-9"
    assert SECRET not in log.read_text().lower()
    assert verify(log, load_keyring(published.key_file)).ok


def test_a_reason_is_required(published) -> None:
    result = _invoke(published, "find", "--email", SECRET)
    assert result.exit_code != 0 and "--reason" in result.output


def test_no_key_no_search_and_no_audit_line(published) -> None:
    result = _invoke(published, "find", "--email", SECRET, "--reason", "DSR-9", key=False)
    assert result.exit_code == 1 and "key" in result.output
    assert not (published.layout.root / "_state" / "audit.log").exists()
    assert SECRET not in result.output


def test_an_unknown_type_names_the_option_not_the_value(published) -> None:
    result = _invoke(published, "find", "--value", "SHOE_SIZE=secret-44", "--reason", "DSR-9")
    assert result.exit_code == 1 and "--value #1" in result.output and "secret-44" not in result.output
