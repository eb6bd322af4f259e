from __future__ import annotations

import json
import stat
from pathlib import Path

import typer
from typer.testing import CliRunner

from pii_pipeline.cli.keys_cmd import keygen_command, reveal_command
from pii_pipeline.deid.engine import Deidentifier
from pii_pipeline.deid.keys import load_keyring
from pii_pipeline.deid.policy import parse_policy

app = typer.Typer()
app.command("keygen")(keygen_command)
app.command("reveal")(reveal_command)
runner = CliRunner()


def test_keygen_and_reveal(tmp_path: Path, monkeypatch) -> None:
    key = tmp_path / "key.json"
    assert runner.invoke(app, ["keygen", str(key)]).exit_code == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert json.loads(key.read_text())["key"] not in runner.invoke(app, ["keygen", str(key), "--version", "2"]).output
    refused = runner.invoke(app, ["keygen", str(key)])
    assert refused.exit_code == 1 and "refusing to overwrite" in refused.output

    policy = parse_policy("version: 1\ndefault: {operator: encrypt}\n", source="p.yaml")
    token = Deidentifier(policy, load_keyring(key), store="s", table="t").value("[bold]Jane", "PERSON")
    log = tmp_path / "audit.log"
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(key))
    monkeypatch.setenv("PII_PIPELINE_AUDIT_LOG", str(log))
    monkeypatch.setenv("COLUMNS", "300")  # tokens fold at narrow widths; keep them on one line here
    result = runner.invoke(app, ["reveal", token, "--reason", "case 7", "--actor", "bob"])
    assert result.exit_code == 0, result.output
    assert "[bold]jane" in result.output and token in result.output  # printed literally, not as markup
    assert json.loads(log.read_text())["actor"] == "bob"

    one_way = runner.invoke(app, ["reveal", "tok_v2_PERSON_abcdefgh", "--reason", "r"])
    assert one_way.exit_code == 1 and "one-way" in one_way.output
    assert len(log.read_text().splitlines()) == 2

    no_reason = runner.invoke(app, ["reveal", token, "--reason", " "])
    assert no_reason.exit_code == 1 and "reason is required" in no_reason.output
    assert len(log.read_text().splitlines()) == 2


def test_reveal_without_key_file_fails(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PII_PIPELINE_KEY_FILE", raising=False)
    result = runner.invoke(app, ["reveal", "enc_v1_X_a", "--reason", "r", "--audit-log", str(tmp_path / "a.log")])
    assert result.exit_code == 1 and "no key file" in result.output
    assert not (tmp_path / "a.log").exists()


def _encrypted(key: Path, value: str, entity: str) -> str:
    policy = parse_policy("version: 1\ndefault: {operator: encrypt}\n", source="p.yaml")
    return Deidentifier(policy, load_keyring(key), store="s", table="t").value(value, entity)


def test_reveal_never_wraps_a_value_and_has_json(tmp_path: Path, monkeypatch) -> None:
    key = tmp_path / "key.json"
    assert runner.invoke(app, ["keygen", str(key)]).exit_code == 0
    value = "jane.miller.longname@example-organisation.org"
    token = _encrypted(key, value, "EMAIL_ADDRESS")
    monkeypatch.setenv("PII_PIPELINE_KEY_FILE", str(key))
    monkeypatch.setenv("PII_PIPELINE_AUDIT_LOG", str(tmp_path / "audit.log"))
    monkeypatch.setenv("COLUMNS", "60")  # narrower than token + value
    table = runner.invoke(app, ["reveal", token, "--reason", "case 7", "--actor", "bob"])
    assert table.exit_code == 0, table.output
    assert value in table.output  # on one line, whole
    as_json = runner.invoke(app, ["reveal", token, "tok_v1_PERSON_abc", "--reason", "r", "--actor", "bob", "--json"])
    assert as_json.exit_code == 1  # the one-way token is not revealed
    docs = [json.loads(line) for line in as_json.stdout.splitlines() if line.startswith("{")]
    assert [d["outcome"] for d in docs] == ["revealed", "one_way"]
    assert docs[0]["value"] == value and docs[0]["token"] == token and docs[1]["value"] is None


def test_encrypt_tokens_do_not_tell_the_value_length(tmp_path: Path) -> None:
    key = tmp_path / "key.json"
    assert runner.invoke(app, ["keygen", str(key)]).exit_code == 0
    lengths = {len(_encrypted(key, "x" * n + "@ex.org", "EMAIL_ADDRESS")) for n in range(1, 20)}
    assert len(lengths) == 1, lengths  # 8 to 26 characters: one bucket
    longer = _encrypted(key, "x" * 40 + "@ex.org", "EMAIL_ADDRESS")
    assert len(longer) > lengths.pop()
