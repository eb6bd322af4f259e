"""`pii-pipeline subject find|erase`: a person's rights over the analysts' copies (registered by cli.app).

Both take the same selection (`--email`, `--phone`, `--ssn`, `--name`, `--value TYPE=VALUE`,
`--from-file`) and a required `--reason`; both write one audit line (a hash of the query, never a
value) before showing or changing anything.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pii_pipeline.deid.keys import KEY_FILE_ENV

app = typer.Typer(no_args_is_help=True, help="Find or erase one person's tokens in every published table.")

Emails = Annotated[list[str], typer.Option("--email", help="An e-mail address (repeatable).")]
Phones = Annotated[list[str], typer.Option("--phone", help="A phone number (repeatable).")]
Ssns = Annotated[list[str], typer.Option("--ssn", help="A US SSN (repeatable).")]
Names = Annotated[list[str], typer.Option("--name", help="A full name, as written in the data (repeatable).")]
Values = Annotated[list[str], typer.Option("--value", help="TYPE=VALUE with an entity type (repeatable).")]
FromFile = Annotated[
    Path | None, typer.Option("--from-file", dir_okay=False, help="One TYPE=VALUE a line (email=…, US_SSN=…).")
]
Reason = Annotated[str, typer.Option("--reason", help="Why (the request's reference); recorded in the audit log.")]
Pipelines = Annotated[
    list[Path],
    typer.Option("--pipeline", dir_okay=False, help="Pipeline file(s) to cover; default: every configured pipeline."),
]
AuditLog = Annotated[
    Path | None,
    typer.Option(
        "--audit-log", envvar="PII_PIPELINE_AUDIT_LOG", dir_okay=False, help="Default: <output root>/_state/audit.log"
    ),
]
KeyFile = Annotated[Path | None, typer.Option("--key-file", envvar=KEY_FILE_ENV, dir_okay=False)]
Actor = Annotated[str | None, typer.Option("--actor", help="Who asks (default: the OS user).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _selection(emails, phones, ssns, names, values, from_file):  # noqa: ANN001, ANN202
    from pii_pipeline.rights.subject import SubjectValue, parse_pair, read_file

    chosen = [SubjectValue("EMAIL_ADDRESS", v) for v in emails]
    chosen += [SubjectValue("PHONE_NUMBER", v) for v in phones]
    chosen += [SubjectValue("US_SSN", v) for v in ssns]
    chosen += [SubjectValue("PERSON", v) for v in names]
    chosen += [parse_pair(v, f"--value #{i}") for i, v in enumerate(values, 1)]
    if from_file is not None:
        chosen += read_file(from_file)
    return chosen


def _prepare(selection, key_file, pipelines, audit_log):  # noqa: ANN001, ANN202
    from pii_pipeline.deid.keys import KeyRingError, load_keyring
    from pii_pipeline.rights.audit import default_audit_log
    from pii_pipeline.rights.datasets import datasets, load_configs, output_roots
    from pii_pipeline.rights.subject import subject_tokens

    if key_file is None:
        raise KeyRingError(f"no key file: pass --key-file or set {KEY_FILE_ENV}")
    keyring = load_keyring(key_file)
    subject = subject_tokens(selection, keyring)
    configs = load_configs(pipelines)
    roots = output_roots(configs)
    return keyring, subject, list(datasets(configs)), audit_log or default_audit_log(roots[0])


def _run(action, reason, actor, key_file, pipelines, audit_log, selection_args, as_json, **erase_opts):  # noqa: ANN001, ANN202, PLR0913
    from pii_pipeline.config import ConfigError
    from pii_pipeline.deid.errors import KeyRingError
    from pii_pipeline.rights import audit
    from pii_pipeline.rights.erase import erase, plan
    from pii_pipeline.rights.search import find
    from pii_pipeline.rights.subject import SubjectError

    out, err = Console(), Console(stderr=True)
    try:
        if not reason.strip():
            raise audit.AuditError("--reason must not be empty (it goes to the audit log)")
        selection = _selection(*selection_args)
        keyring, subject, sets, log_path = _prepare(selection, key_file, pipelines, audit_log)
        hits = find(sets, subject.by_token)
        outcome: dict = {"cells": len(hits), "partitions": len(plan(hits))}
        if action == "erase":
            outcome |= {"dry_run": erase_opts["dry_run"], "drop_rows": erase_opts["drop_rows"]}
        audit.record(
            log_path,
            action=f"subject {action}",
            reason=reason,
            actor=actor or audit.os_user(),
            keyring=keyring,
            query_hash=subject.query_hash(),
            entity_types=[v.entity_type for v in selection],
            outcome=outcome,
        )
        result = None
        if action == "erase":
            result = erase(sets, hits, subject.by_token, request=subject.query_hash(), **erase_opts)
    except (SubjectError, KeyRingError, ConfigError, audit.AuditError) as exc:
        err.print(Text(f"error: {exc}", style="red"))
        raise typer.Exit(1) from None
    if as_json:
        doc = {
            "query": subject.query_hash(),
            "searched": [f"{d.store}.{d.table}" for d in sets],
            "hits": [h.to_dict() for h in hits],
        }
        if result is not None:
            doc["erase"] = {
                "dry_run": result.dry_run,
                "drop_rows": result.drop_rows,
                "cells": result.cells,
                "rows_dropped": result.rows_dropped,
                "suppressed_tokens_added": result.suppressed_tokens_added,
                "partitions": [vars(p) for p in result.partitions],
            }
        out.print_json(json.dumps(doc))
    else:
        _print_hits(out, hits)
        if result is not None:
            verb = "would change" if result.dry_run else "changed"
            dropped = f", {result.rows_dropped} row(s) dropped" if result.drop_rows else ""
            out.print(Text(f"erase {verb} {result.cells} cell(s) in {len(result.partitions)} partition(s){dropped}"))
    err.print(Text(f"recorded in {log_path}", style="dim"))


def _print_hits(out: Console, hits) -> None:  # noqa: ANN001
    table = Table(title=f"{len(hits)} cell(s)")
    for name in ("store", "table", "load_date", "row_key", "column", "types", "match"):
        table.add_column(name, overflow="fold")
    for h in hits:
        table.add_row(
            h.store, h.table, h.load_date, Text(str(h.row_key)), h.column, ",".join(h.entity_types),
            "cell" if h.whole_cell else "in text",
        )  # fmt: skip
    out.print(table)
    per_table = Counter((h.store, h.table) for h in hits)
    for (store, tbl), n in sorted(per_table.items()):
        rows = len({(h.load_date, h.row) for h in hits if (h.store, h.table) == (store, tbl)})
        out.print(Text(f"{store}.{tbl}: {rows} row(s), {n} cell(s)"))


@app.command("find")
def find_command(
    reason: Reason,
    email: Emails = [],  # noqa: B006 - typer reads the default, never mutates it
    phone: Phones = [],  # noqa: B006
    ssn: Ssns = [],  # noqa: B006
    name: Names = [],  # noqa: B006
    value: Values = [],  # noqa: B006
    from_file: FromFile = None,
    pipeline: Pipelines = [],  # noqa: B006
    audit_log: AuditLog = None,
    key_file: KeyFile = None,
    actor: Actor = None,
    as_json: AsJson = False,
) -> None:
    """List every store, table, partition, row and column that holds the person's tokens."""
    _run("find", reason, actor, key_file, pipeline, audit_log, (email, phone, ssn, name, value, from_file), as_json)


@app.command("erase")
def erase_command(
    reason: Reason,
    email: Emails = [],  # noqa: B006
    phone: Phones = [],  # noqa: B006
    ssn: Ssns = [],  # noqa: B006
    name: Names = [],  # noqa: B006
    value: Values = [],  # noqa: B006
    from_file: FromFile = None,
    pipeline: Pipelines = [],  # noqa: B006
    audit_log: AuditLog = None,
    key_file: KeyFile = None,
    actor: Actor = None,
    as_json: AsJson = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; change nothing.")] = False,
    drop_rows: Annotated[bool, typer.Option("--drop-rows", help="Remove whole rows instead of the tokens.")] = False,
) -> None:
    """Replace the person's tokens with [erased] in every published partition (or drop their rows), and
    add them to the suppression list so later runs and re-runs erase them too."""
    _run(
        "erase", reason, actor, key_file, pipeline, audit_log, (email, phone, ssn, name, value, from_file), as_json,
        dry_run=dry_run, drop_rows=drop_rows,
    )  # fmt: skip
