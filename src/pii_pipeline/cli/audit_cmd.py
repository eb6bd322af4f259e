"""`pii-pipeline audit verify LOG`: check the reveal audit log's chain (registered by cli.app)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from pii_pipeline.deid.keys import KEY_FILE_ENV

app = typer.Typer(add_completion=False, no_args_is_help=True)


@app.callback()
def audit() -> None:
    """The reveal audit log."""  # a group even with one command: `audit verify LOG`


@app.command("verify")
def verify_command(
    log: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The audit log (JSON lines).")],
    key_file: Annotated[Path | None, typer.Option("--key-file", envvar=KEY_FILE_ENV, dir_okay=False)] = None,
) -> None:
    """Check every line's link and MAC; name the first broken line (exit 1), or say OK."""
    from pii_pipeline.deid.audit import verify
    from pii_pipeline.deid.errors import KeyRingError
    from pii_pipeline.deid.keys import load_keyring

    out, err = Console(), Console(stderr=True)
    if key_file is None:
        raise KeyRingError(f"no key file: pass --key-file or set {KEY_FILE_ENV} (the chain's MACs need it)")
    verdict = verify(log, load_keyring(key_file))
    if verdict.ok:
        out.print(Text(f"OK: {verdict.lines} line(s), chain intact ({log})"), soft_wrap=True)
        return
    err.print(Text(f"{log}: line {verdict.bad_line}: {verdict.reason}", style="red"), soft_wrap=True)
    raise typer.Exit(1)
