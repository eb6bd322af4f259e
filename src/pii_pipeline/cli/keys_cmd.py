"""`pii-pipeline keygen` and `pii-pipeline reveal` (registered by cli.app)."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pii_pipeline.deid.errors import KeyRingError, RevealError
from pii_pipeline.deid.keys import KEY_FILE_ENV, generate_key_file, load_keyring


def _consoles() -> tuple[Console, Console]:
    # Made per call, so the terminal (or a test's COLUMNS) at that moment decides the width.
    return Console(), Console(stderr=True)


def keygen_command(
    path: Annotated[Path, typer.Argument(dir_okay=False, help="Key file to write (JSON, mode 0600).")],
    version: Annotated[
        int | None,
        typer.Option("--version", min=1, help="Add this key version to an existing file; it becomes current."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing file or version (its tokens stop matching).")
    ] = False,
    purpose: Annotated[
        str,
        typer.Option(
            "--purpose",
            help="deid: de-identification key (PII_PIPELINE_KEY_FILE); report: the key of the reports' value "
            "hashes (PII_PIPELINE_REPORT_KEY_FILE), which reviewed `allow_values` entries need.",
        ),
    ] = "deid",
) -> None:
    """Create a de-identification key file, or add a new key version to one (key rotation)."""
    _, err = _consoles()
    if purpose not in ("deid", "report"):
        raise typer.BadParameter("--purpose is deid or report")
    # A new folder for keys is the owner's alone, like ~/.ssh.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if purpose == "report":
        _write_report_key(path, force, err)
        return
    try:
        written = generate_key_file(path, version, force=force)
    except KeyRingError as exc:
        err.print(Text(f"error: {exc}", style="red"))
        raise typer.Exit(1) from None
    # Never print the key itself: only where it is and which version is current.
    err.print(Text(f"key version {written} written to {path} (mode 0600); it is now the current version"))
    err.print(Text(f"use it with: export {KEY_FILE_ENV}={path.resolve()}", style="dim"))


def reveal_command(
    tokens: Annotated[list[str], typer.Argument(help="enc_… tokens to open (tok_… tokens are one-way).")],
    reason: Annotated[str, typer.Option("--reason", help="Why; recorded in the audit log.")],
    audit_log: Annotated[Path, typer.Option("--audit-log", envvar="PII_PIPELINE_AUDIT_LOG", dir_okay=False)],
    key_file: Annotated[Path | None, typer.Option("--key-file", envvar=KEY_FILE_ENV, dir_okay=False)] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Who asks (default: the OS user).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per token, for scripts.")] = False,
) -> None:
    """Reveal encrypted tokens. Every call is written to the audit log; exit 1 unless all were revealed."""
    from pii_pipeline.deid.reveal import reveal_tokens

    out, err = _consoles()
    try:
        if key_file is None:
            raise KeyRingError(f"no key file: pass --key-file or set {KEY_FILE_ENV}")
        keyring = load_keyring(key_file)
        results = reveal_tokens(tokens, keyring, reason=reason, actor=actor or _os_user(), audit_log=audit_log)
    except (KeyRingError, RevealError) as exc:
        err.print(Text(f"error: {exc}", style="red"))
        raise typer.Exit(1) from None
    if as_json:
        for i, r in enumerate(results, 1):
            doc = {
                "argument": i,
                "token": None if r.outcome == "not_a_token" else r.token,
                "entity_type": r.entity_type,
                "version": r.version,
                "outcome": r.outcome,
                "value": r.value if r.ok else None,
                "message": None if r.ok else r.message,
            }
            typer.echo(json.dumps(doc, ensure_ascii=False))
        err.print(Text(f"recorded in {audit_log}", style="dim"))
        if not all(r.ok for r in results):
            raise typer.Exit(1)
        return
    table = Table()
    # Values are never wrapped or cut (the user copies them from here): the value column takes the room it needs.
    for name in ("token", "type", "version", "outcome"):
        table.add_column(name, overflow="fold")
    longest = max((len(r.value) for r in results if r.ok and r.value is not None), default=5)
    table.add_column("value", no_wrap=True, overflow="ignore", min_width=max(5, longest))
    for i, r in enumerate(results, 1):
        token = f"(argument {i}: not a token)" if r.outcome == "not_a_token" else r.token
        # Text(), not str: a revealed value must not be read as rich markup.
        table.add_row(
            Text(token),
            Text(r.entity_type or ""),
            Text("" if r.version is None else str(r.version)),
            Text(r.outcome, style="green" if r.ok else "yellow"),
            Text(r.value if r.ok and r.value is not None else r.message),
        )
    out.print(table)
    err.print(Text(f"recorded in {audit_log}", style="dim"))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        raise RevealError("cannot tell who you are: pass --actor") from None


def _write_report_key(path: Path, force: bool, err: Console) -> None:
    from pii_pipeline.review.evidence import REPORT_KEY_ENV, generate_report_key_file

    if path.exists():
        if not force:
            err.print(Text(f"error: {path} exists; refusing to overwrite it (--force replaces it)", style="red"))
            raise typer.Exit(1)
        path.unlink()
    generate_report_key_file(path)
    err.print(Text(f"report key written to {path} (mode 0600)"))
    err.print(Text(f"use it with: export {REPORT_KEY_ENV}={path.resolve()}", style="dim"))
