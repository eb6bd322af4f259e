"""The review queue: what security staff should look at in this run, each item with a ready-to-paste
reviewed-decision entry.

Surprises say what changed; the queue also says what was never confirmed. On the first run of a store
or table every column's classification is queued for a person to confirm (pin) it. After that, the
queue holds findings that scored near the threshold (likely false positives, or values the detector
barely saw), columns whose share of rows with findings moved, new entity types in a column, and
free-text findings of the privacy policy's special categories. An item a reviewed decision already
covers (a pin, a confirmation, an allowed column) is left out. Items carry row keys, types, scores and
masked evidence only, never a value.
"""

from __future__ import annotations

from typing import Any

import yaml

from pii_pipeline.entities import names_where

NEAR_THRESHOLD = 0.15  # a finding scoring below threshold + this is queued for a person to judge
SHARE_MOVED = 0.10  # absolute change of the share of rows with findings
SHARE_MIN_FINDINGS = 5
SAMPLES_PER_ITEM = 3
PLACEHOLDER_REVIEWER = "<your name>"


def _entry(section: str, today: str, **fields: Any) -> str:
    """One reviewed-decisions entry as YAML, under its section, to paste into the file."""
    item = {k: v for k, v in fields.items() if v not in (None, [], "")}
    item.update(reviewer=PLACEHOLDER_REVIEWER, reviewed_on=today)
    return yaml.safe_dump({section: [item]}, sort_keys=False, default_flow_style=False, allow_unicode=True).strip()


def _item(kind: str, priority: int, table: str, column: str, why: str, entry: str, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "priority": priority, "table": table, "column": column, "why": why, "entry": entry, **extra}


def _covered(reviewed: dict[str, Any], table: str, column: str) -> dict[str, set[str] | bool]:
    pins = {(p["table"], p["column"]) for p in reviewed.get("pins", [])}
    confirmed = {(c["table"], c["column"], c["entity_type"]) for c in reviewed.get("confirmed", [])}
    allowed = {(a["table"], a["column"], a["entity_type"]) for a in reviewed.get("allow_columns", [])}
    decided = {e for (t, c, e) in confirmed | allowed if (t, c) == (table, column)}
    return {"pinned": (table, column) in pins, "decided": decided}


def build_review_queue(
    *,
    tables: list[dict[str, Any]],
    previous: dict[str, Any] | None,
    reviewed: dict[str, Any],
    config_pins: dict[str, set[str]],
    threshold: float,
    today: str,
) -> list[dict[str, Any]]:
    """`tables` as in the run report (with `columns` and `low_samples`); `reviewed` the reviewed-decisions
    file as a dict (empty when none); `config_pins` the pinned columns per table in the pipeline file."""
    sensitive = names_where(sensitive=True)
    previous_tables = {t["table"]: t for t in (previous or {}).get("tables", [])}
    out: list[dict[str, Any]] = []
    for t in tables:
        name = t["table"]
        before = previous_tables.get(name)
        before_columns = {c["column"]: c for c in (before or {}).get("columns", [])}
        low = t.get("low_samples", [])
        for c in t["columns"]:
            col, kind, types = c["column"], c["kind"], list(c.get("entity_types", []))
            cover = _covered(reviewed, name, col)
            if before is None and not cover["pinned"] and col not in config_pins.get(name, set()):
                what = f"{kind}" + (f" of {', '.join(types)}" if types else "")
                out.append(
                    _item(
                        "first_run_classification", 1 if kind == "clean" and c["findings"] else 2, name, col,
                        f"first run of this table: classified {what} ({c.get('reason') or 'no reason given'}); "
                        "confirm it by pinning it",
                        _entry("pins", today, table=name, column=col, kind=kind, entity_types=types),
                        entity_types=types, findings=c["findings"],
                    )
                )  # fmt: skip
            found = dict(c.get("findings_by_entity", {}))
            for entity in sorted(found):
                if entity in cover["decided"]:
                    continue
                near = [
                    s for s in low
                    if s["column"] == col and s["entity_type"] == entity and s["score"] < threshold + NEAR_THRESHOLD
                ][:SAMPLES_PER_ITEM]  # fmt: skip
                if near:
                    hashed = next((s["value_hash"] for s in near if s.get("value_hash")), None)
                    entry = (
                        _entry("allow_values", today, value_hash=hashed, entity_type=entity, table=name, column=col)
                        if hashed
                        else _entry("allow_columns", today, table=name, column=col, entity_type=entity)
                    )
                    out.append(
                        _item(
                            "near_threshold", 2, name, col,
                            f"{entity} found with a score near the threshold ({near[0]['score']:.2f}, threshold "
                            f"{threshold:.2f}): a false positive? If so, allow it; if not, leave it",
                            entry, entity_types=[entity], findings=found[entity], samples=near,
                        )
                    )  # fmt: skip
                if kind == "free_text" and entity in sensitive:
                    out.append(
                        _item(
                            "sensitive_in_free_text", 1, name, col,
                            f"{found[entity]} finding(s) of {entity}, a special category, in free text",
                            _entry("confirmed", today, table=name, column=col, entity_type=entity),
                            entity_types=[entity], findings=found[entity],
                        )
                    )  # fmt: skip
                old = before_columns.get(col)
                if old is not None and entity not in old.get("findings_by_entity", {}) and entity not in types:
                    out.append(
                        _item(
                            "new_entity_type", 1, name, col,
                            f"{entity} found in this column for the first time ({found[entity]} finding(s))",
                            _entry("confirmed", today, table=name, column=col, entity_type=entity),
                            entity_types=[entity], findings=found[entity],
                        )
                    )  # fmt: skip
            old = before_columns.get(col)
            if old is not None and t.get("rows_read") and before.get("rows_read"):
                share = c.get("rows_with_findings", 0) / t["rows_read"]
                old_share = old.get("rows_with_findings", 0) / before["rows_read"]
                if abs(share - old_share) >= SHARE_MOVED and max(c["findings"], old.get("findings", 0)) >= (
                    SHARE_MIN_FINDINGS
                ):
                    out.append(
                        _item(
                            "share_moved", 2, name, col,
                            f"rows with findings: {old_share:.0%} in the previous run, {share:.0%} now",
                            _entry(
                                "confirmed", today, table=name, column=col,
                                entity_type=next(iter(sorted(found)), None),
                            ),
                            entity_types=sorted(found), findings=c["findings"],
                        )
                    )  # fmt: skip
    out.sort(key=lambda i: (i["priority"], i["table"], i["column"], i["kind"]))
    return out
