"""`pii-pipeline config schema` and `pii-pipeline config check` (registered by cli.app)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.console import Console

from pii_pipeline.file_kinds import KINDS, PIPELINE, POLICY, REVIEWED_DECISIONS, kind_of

config_app = typer.Typer(no_args_is_help=True, help="The pipeline, policy and reviewed-decisions files.")
_SHIPPED = Path(__file__).resolve().parents[1] / "config" / "json_schema"
_DOCS = Path(__file__).resolve().parents[3] / "docs" / "reference"


@config_app.command("schema")
def schema_command(
    kind: Annotated[str, typer.Argument(help=f"One of: {', '.join(KINDS)}.")] = PIPELINE,
    write: Annotated[
        bool, typer.Option("--write", help="Rewrite the shipped schemas and docs/reference from the models.")
    ] = False,
) -> None:
    """Print the JSON Schema of a file kind (made from the models that validate it)."""
    from pii_pipeline.cli.file_reference import markdown_reference, schema_text

    if kind not in KINDS:
        raise typer.BadParameter(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
    if write:
        _DOCS.mkdir(parents=True, exist_ok=True)
        for each in KINDS:
            (_SHIPPED / f"{each}.schema.json").write_text(schema_text(each), encoding="utf-8")
            (_DOCS / f"{each}-file.md").write_text(markdown_reference(each), encoding="utf-8")
        Console(stderr=True).print(f"wrote {_SHIPPED} and {_DOCS}")
        return
    typer.echo(schema_text(kind), nl=False)


@config_app.command("check")
def check_command(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A pipeline, policy or reviewed file.")],
    kind: Annotated[str | None, typer.Option("--kind", help="Skip detection of the file's kind.")] = None,
) -> None:
    """Validate one file and print what it resolved to (URLs shown without credentials)."""
    from pii_pipeline.config.errors import ConfigError

    err = Console(stderr=True)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        doc = None  # the loader below names the line
    kind = kind or kind_of(doc)
    if kind is None:
        raise ConfigError(
            f"{path}: cannot tell what kind of file this is; add `kind:` ({', '.join(KINDS)}) or pass --kind"
        )
    resolved = _resolve(kind, path)
    typer.echo(json.dumps(resolved, indent=2, sort_keys=True, default=str))
    err.print(f"[green]ok[/green]: {path} is a valid {kind.replace('_', ' ')} file")


def _resolve(kind: str, path: Path) -> dict[str, Any]:
    if kind == PIPELINE:
        from pii_pipeline.config import load_pipeline
        from pii_pipeline.sources.connection import redacted_url

        cfg = load_pipeline(path)
        data = cfg.model_dump(mode="json")
        if cfg.store.url:
            data["store"]["url"] = redacted_url(cfg.store.url)
        data["staging_root"] = str(cfg.staging_root)
        for section in ("staging_options", "state_options"):
            for option in data["output"].get(section, {}):
                if re.search(r"key|secret|token|password|credential", option, re.IGNORECASE):
                    data["output"][section][option] = "***"  # belongs in the environment; never echoed
        return data
    if kind == POLICY:
        from pii_pipeline.deid.policy import load_policy

        policy = load_policy(path)
        return {"source": policy.source, "fingerprint": policy.fingerprint(), **policy.canonical()}
    if kind == REVIEWED_DECISIONS:
        from pii_pipeline.review.apply import load_reviewed

        return load_reviewed(path).model_dump(mode="json")
    raise typer.BadParameter(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
