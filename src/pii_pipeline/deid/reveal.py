"""Reveal: open `enc_` tokens for an authorised person, with a reason, and leave an audit trail.

Every call appends one JSON line to the audit log (who, when in UTC, why, each token and its outcome;
never a revealed value). If that line cannot be written, nothing is returned: no reveal without audit.
The log is a keyed hash chain (`deid.audit`): `pii-pipeline audit verify LOG` finds a changed line.
`tok_` tokens are one-way (keyed hash) and are reported as such.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .audit import append_chained
from .errors import RevealError
from .keys import KeyRing
from .tokens import ENTITY_NAME, TokenError, Tokenizer, parse

REVEALED = "revealed"


@dataclass(frozen=True, slots=True, repr=False)
class RevealResult:
    token: str
    outcome: str  # revealed | one_way | not_a_token | key_version_missing | invalid
    message: str
    entity_type: str | None = None
    version: int | None = None
    value: str | None = None  # the secret: never in a repr

    def __repr__(self) -> str:
        # Input that is not a token may be a raw value pasted by mistake; a revealed value is the secret.
        token = "<not a token>" if self.outcome == "not_a_token" else self.token
        return f"RevealResult(token={token!r}, outcome={self.outcome!r}, entity_type={self.entity_type!r})"

    @property
    def ok(self) -> bool:
        return self.outcome == REVEALED


def reveal_tokens(
    tokens: Iterable[str], keyring: KeyRing, *, reason: str, actor: str, audit_log: Path
) -> list[RevealResult]:
    if not isinstance(reason, str) or not reason.strip():
        raise RevealError("a reason is required to reveal tokens (it goes to the audit log)")
    if not isinstance(actor, str) or not actor.strip():
        raise RevealError("an actor is required to reveal tokens (it goes to the audit log)")
    tokens = list(tokens)
    if not tokens:
        raise RevealError("no tokens given")
    tokenizer = Tokenizer(keyring)
    results = [_reveal_one(tokenizer, token) for token in tokens]
    append_chained(
        Path(audit_log),
        {
            "time": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "actor": actor.strip(),
            "reason": reason.strip(),
            "key_source": keyring.source,
            "tokens": [_audit_entry(r) for r in results],
        },
        keyring,
    )
    return results


def _reveal_one(tokenizer: Tokenizer, token: str) -> RevealResult:
    try:
        opened = tokenizer.decrypt(token)
    except TokenError as exc:
        return RevealResult(token=token, outcome=exc.outcome, message=str(exc), **_labels(token))
    return RevealResult(
        token=token,
        outcome=REVEALED,
        message="revealed",
        entity_type=opened.entity_type,
        version=opened.version,
        value=opened.value,
    )


def _labels(token: str) -> dict[str, Any]:
    """Version (and, for one-way tokens, type) read from the token's text, for the report."""
    try:
        kind, version, rest = parse(token)
    except TokenError:
        return {}
    entity = rest.rsplit("_", 1)[0] if kind == "tok" else None
    return {"version": version, "entity_type": entity if entity and ENTITY_NAME.fullmatch(entity) else None}


def _audit_entry(result: RevealResult) -> dict[str, Any]:
    # Input that is not a token may be a value pasted by mistake: the log does not repeat it.
    token = None if result.outcome == "not_a_token" else result.token
    return {"token": token, "outcome": result.outcome, "entity_type": result.entity_type, "version": result.version}
