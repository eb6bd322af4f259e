"""Audit records of rights requests, appended to the same audit log as `reveal` (same hash chain,
same writer): who, when, why, which command, a hash of the query's tokens, and how much was found or
changed. Never a value, never a token of the subject: the hash is enough to tell two requests apart."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pii_pipeline.deid.keys import KeyRing
from pii_pipeline.errors import PiiPipelineError

AUDIT_LOG_ENV = "PII_PIPELINE_AUDIT_LOG"
DEFAULT_AUDIT_NAME = "audit.log"


class AuditError(PiiPipelineError, RuntimeError):
    """The audit line could not be written; nothing else was done or shown."""


def default_audit_log(output_root: Path) -> Path:
    """Next to the state of the (first) output root: security staff's side, never the analysts' tree."""
    return Path(output_root) / "_state" / DEFAULT_AUDIT_NAME


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        raise AuditError("cannot tell who you are: pass --actor") from None


def record(
    audit_log: Path,
    *,
    action: str,
    reason: str,
    actor: str,
    keyring: KeyRing,
    query_hash: str,
    entity_types: list[str],
    outcome: dict[str, Any],
) -> None:
    if not reason or not reason.strip():
        raise AuditError("a reason is required (it goes to the audit log)")
    entry = {
        "time": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "actor": actor.strip(),
        "action": action,
        "reason": reason.strip(),
        "key_source": keyring.source,
        "query": query_hash,
        "entity_types": sorted(set(entity_types)),
        "outcome": outcome,
    }
    _append(Path(audit_log), entry, keyring)


def _append(path: Path, entry: dict[str, Any], keyring: KeyRing) -> None:
    """Through reveal's writer (`deid.audit`), so every line is one link of the same keyed hash chain."""
    from pii_pipeline.deid.audit import append_chained
    from pii_pipeline.deid.errors import RevealError

    try:
        append_chained(path, entry, keyring)
    except RevealError as exc:
        raise AuditError(str(exc).replace("nothing was revealed", "nothing was done")) from None
