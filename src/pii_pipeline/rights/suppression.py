"""The suppression list: tokens of erased people, so no later run or re-run brings them back.

    <output root>/_state/suppression.json   (owner-only)
    {"version": 1, "entries": [{"token", "entity_type", "mode": "replace"|"drop", "request", "added"}]}

Tokens only, never values: the list says nothing an analyst's copy did not already hold. The
de-identification stage applies it to every batch it writes (`Suppressor`), replacing the tokens with
`[erased]` (or dropping the rows, for entries erased with --drop-rows). A key rotation makes new
tokens: erase again under the new key (the list keeps the old tokens for old partitions).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa

from .matching import TokenMatcher, scrub_batch

FILE_NAME = "suppression.json"
MODES = ("replace", "drop")


def suppression_file(output_root: Path) -> Path:
    return Path(output_root) / "_state" / FILE_NAME


def read_entries(output_root: Path) -> list[dict]:
    path = suppression_file(output_root)
    if not path.exists():
        return []
    doc = json.loads(path.read_text(encoding="utf-8"))
    return list(doc.get("entries", []))


def add_entries(output_root: Path, by_token: dict[str, str], *, mode: str, request: str) -> int:
    """Add tokens (an existing token keeps the stronger mode: drop beats replace); returns how many are new."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    entries = {e["token"]: e for e in read_entries(output_root)}
    added = 0
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    for token, entity in sorted(by_token.items()):
        old = entries.get(token)
        if old is None:
            added += 1
            entries[token] = {"token": token, "entity_type": entity, "mode": mode, "request": request, "added": now}
        elif mode == "drop" and old["mode"] != "drop":
            old["mode"] = "drop"
    _write(suppression_file(output_root), {"version": 1, "entries": sorted(entries.values(), key=lambda e: e["token"])})
    return added


def _write(path: Path, doc: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass
class Suppressor:
    """Applies a suppression list to batches; counts what it changed."""

    replace: TokenMatcher
    drop: TokenMatcher
    cells: int = 0
    rows_dropped: int = 0

    @classmethod
    def for_root(cls, output_root: Path) -> Suppressor:
        return cls.from_entries(read_entries(output_root))

    @classmethod
    def from_entries(cls, entries: Iterable[dict]) -> Suppressor:
        entries = list(entries)
        return cls(
            TokenMatcher(e["token"] for e in entries if e.get("mode") != "drop"),
            TokenMatcher(e["token"] for e in entries if e.get("mode") == "drop"),
        )

    def __bool__(self) -> bool:
        return bool(self.replace) or bool(self.drop)

    def apply(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        batch, cells, dropped = scrub_batch(batch, self.drop, drop_rows=True)
        self.cells += cells
        self.rows_dropped += dropped
        batch, cells, _ = scrub_batch(batch, self.replace, drop_rows=False)
        self.cells += cells
        return batch
