"""Applying reviewed decisions: pure functions the detect stage calls, and what the report shows."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
from pydantic import ValidationError

from pii_pipeline.config.errors import config_error_from_validation
from pii_pipeline.config.yaml_file import read_yaml_mapping
from pii_pipeline.types import ColumnDecision, ColumnKind, pinned_entity_types

from .models import Reviewed, ReviewError


@dataclass
class AppliedDecision:
    """One reviewed decision as it met this run: what it changed, or why it did not."""

    rule: str  # "pin" | "allow_column" | "allow_value" | "confirmed"
    table: str
    column: str | None
    entity_type: str | None = None
    value_hash: str | None = None
    effect: str = ""
    applied: bool = True
    findings_ignored: int = 0
    reviewer: str = ""
    reviewed_on: str = ""
    reference: str = ""  # never the note: it may name someone

    def key(self) -> tuple:
        return (self.rule, self.table, self.column, self.entity_type, self.value_hash)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_reviewed(path: Path | str) -> Reviewed:
    """Read and validate a reviewed-decisions YAML file; errors name the file and the field."""
    path = Path(path)
    raw = read_yaml_mapping(path, error=ReviewError, allow_empty=True)
    try:
        return Reviewed.model_validate({**raw, "source": str(path)})
    except ValidationError as exc:
        raise ReviewError(str(config_error_from_validation(path, exc))) from None


def _who(entry: Any) -> dict[str, str]:
    return {"reviewer": entry.reviewer, "reviewed_on": entry.reviewed_on.isoformat(), "reference": entry.reference}


def apply_to_decisions(
    decisions: list[ColumnDecision], table: str, reviewed: Reviewed | None
) -> tuple[list[ColumnDecision], list[AppliedDecision]]:
    """Reviewed pins and column allow lists applied to one table's column decisions.

    A configuration pin wins over a reviewed pin (the configuration is the audited contract); the
    conflict is reported, not hidden. A reviewed entry naming a column that is not there is
    reported as not applied, so stale entries get noticed.
    """
    if reviewed is None:
        return list(decisions), []
    by_column = {d.column: d for d in decisions}
    out = {d.column: d for d in decisions}
    applied: list[AppliedDecision] = []

    for pin in (p for p in reviewed.pins if p.table == table):
        current = by_column.get(pin.column)
        if current is None:
            applied.append(
                AppliedDecision(
                    "pin", table, pin.column, effect="no such column in this run", applied=False, **_who(pin)
                )
            )
            continue
        if current.pinned:
            applied.append(
                AppliedDecision(
                    "pin", table, pin.column, effect="not applied: the configuration pins this column", applied=False,
                    **_who(pin),
                )
            )  # fmt: skip
            continue
        types = pinned_entity_types(pin.kind, pin.entity_types)
        was = f"{current.kind.value}[{', '.join(current.entity_types)}]"
        now = f"{pin.kind.value}[{', '.join(types)}]"
        out[pin.column] = replace(
            current,
            kind=pin.kind,
            entity_types=types,
            pinned=True,
            reason=f"reviewed: pinned as {now} (classified {was})",
        )
        applied.append(AppliedDecision("pin", table, pin.column, effect=f"{was} -> {now}", **_who(pin)))

    for allow in (a for a in reviewed.allow_columns if a.table == table):
        current = out.get(allow.column)
        if current is None:
            applied.append(
                AppliedDecision(
                    "allow_column", table, allow.column, allow.entity_type, effect="no such column in this run",
                    applied=False, **_who(allow),
                )
            )  # fmt: skip
            continue
        effect = f"{allow.entity_type} findings ignored"
        if current.kind == ColumnKind.IDENTIFIER and allow.entity_type in current.entity_types and not current.pinned:
            types = [t for t in current.entity_types if t != allow.entity_type]
            # A column with no personal type left is published as it is: that is the reviewer's call.
            kind = ColumnKind.IDENTIFIER if types else ColumnKind.CLEAN
            out[allow.column] = replace(
                current,
                kind=kind,
                entity_types=types,
                reason=f"{current.reason}; reviewed: {allow.entity_type} is a false positive",
            )
            effect = f"{allow.entity_type} removed from identifier types" + ("" if types else "; column now clean")
        applied.append(
            AppliedDecision("allow_column", table, allow.column, allow.entity_type, effect=effect, **_who(allow))
        )

    for conf in (c for c in reviewed.confirmed if c.table == table):
        present = conf.column in out
        applied.append(
            AppliedDecision(
                "confirmed", table, conf.column, conf.entity_type,
                effect="surprise acknowledged" if present else "no such column in this run", applied=present,
                **_who(conf),
            )
        )  # fmt: skip
    return [out[d.column] for d in decisions], applied


def finding_allowed(
    table: str, column: str, entity_type: str, value_hash: str | None, reviewed: Reviewed | None
) -> bool:
    """True when a reviewed decision says this finding is a false positive (drop it)."""
    if reviewed is None:
        return False
    if reviewed.column_allowed(table, column, entity_type):
        return True
    if value_hash is None:
        return False
    for v in reviewed.value_entries(value_hash):
        if (
            (v.table is None or v.table == table)
            and (v.column is None or v.column == column)
            and (v.entity_type is None or v.entity_type == entity_type)
        ):
            return True
    return False


def screen_findings(
    table: str, found: pa.Table, hashes: list[str | None], reviewed: Reviewed | None
) -> tuple[list[bool], Counter[tuple]]:
    """Which of `scan_batch`'s findings to keep, and how many each allow rule dropped.

    The counter's keys match `AppliedDecision.key()`; pass it to `count_ignored`.
    """
    if reviewed is None or reviewed.is_empty() or found.num_rows == 0:
        return [True] * found.num_rows, Counter()
    keep: list[bool] = []
    ignored: Counter[tuple] = Counter()
    columns = found.column("column").to_pylist()
    types = found.column("entity_type").to_pylist()
    for column, entity, h in zip(columns, types, hashes, strict=True):
        if reviewed.column_allowed(table, column, entity):
            ignored[("allow_column", table, column, entity, None)] += 1
            keep.append(False)
        elif finding_allowed(table, column, entity, h, reviewed):
            ignored[("allow_value", table, None, None, h)] += 1
            keep.append(False)
        else:
            keep.append(True)
    return keep, ignored


def count_ignored(
    applied: list[AppliedDecision], ignored: Counter[tuple], table: str, reviewed: Reviewed | None
) -> list[AppliedDecision]:
    """Add the per-rule counts of dropped findings; value allow entries appear once they matched."""
    out = list(applied)
    index = {a.key(): a for a in out}
    for key, n in ignored.items():
        if key in index:
            index[key].findings_ignored += n
        elif key[0] == "allow_value" and reviewed is not None:
            entry = reviewed.value_entries(key[4])[0]
            a = AppliedDecision(
                "allow_value", table, entry.column, entry.entity_type, key[4], effect="findings of this value ignored",
                findings_ignored=n, **_who(entry),
            )  # fmt: skip
            out.append(a)
            index[key] = a
    return out


def applied_path(report_dir: Path, table: str) -> Path:
    return report_dir / f"reviewed-{table}.json"


def write_applied(report_dir: Path, table: str, applied: list[AppliedDecision]) -> Path:
    """Persist what was applied to one table, for the run report."""
    path = applied_path(report_dir, table)
    path.write_text(json.dumps([a.to_dict() for a in applied], indent=2), encoding="utf-8")
    return path


def read_applied(report_dir: Path, table: str) -> list[AppliedDecision] | None:
    path = applied_path(report_dir, table)
    if not path.exists():
        return None
    return [AppliedDecision(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
