"""Surprises: personal data where neither the configuration nor the previous run expected it.

These lead the report, because they are what a reviewer has to act on: an SSN in a memo column,
a new column that classifies as an identifier (or as a composite contact column), a column whose
classification changed.
"""

from __future__ import annotations

from typing import Any

from pii_pipeline.config import PipelineConfig

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
# Within a severity: values in a column published as-is come before columns that are protected anyway.
KIND_RANK = {
    "personal_data_in_clean_column": 0,
    "classification_changed": 1,
    "new_identifier_column": 2,
    "new_entity_types": 3,
    "new_column_with_personal_data": 4,
    "column_removed": 5,
}


def _surprise(
    severity: str, kind: str, table: str, column: str, types: list[str], findings: int, message: str, **extra: Any
) -> dict[str, Any]:
    return {
        "severity": severity,
        "kind": kind,
        "table": table,
        "column": column,
        "entity_types": sorted(types),
        "findings": findings,
        "message": message,
        "acknowledged": False,
        **extra,
    }


def _label(kind: str, types: list[str]) -> str:
    return f"{kind}[{', '.join(types)}]" if types else kind


def _previous_columns(previous: dict[str, Any] | None) -> tuple[set[str], dict[tuple[str, str], dict[str, Any]]]:
    if previous is None:
        return set(), {}
    tables = {t["table"] for t in previous.get("tables", [])}
    columns = {
        (t["table"], c["column"]): _current_kind(c) for t in previous.get("tables", []) for c in t.get("columns", [])
    }
    return tables, columns


def _current_kind(column: dict[str, Any]) -> dict[str, Any]:
    """A previous report's column as this version names it: before composite columns had a kind of
    their own, they were recorded as free text with entity types. Not a change of classification."""
    if column.get("kind") == "free_text" and column.get("entity_types"):
        return {**column, "kind": "composite"}
    return column


def find_surprises(
    pipeline: PipelineConfig,
    tables: list[dict[str, Any]],
    previous: dict[str, Any] | None,
    confirmed: list[dict[str, str]],
) -> list[dict[str, Any]]:
    prev_tables, prev_columns = _previous_columns(previous)
    out: list[dict[str, Any]] = []
    for t in tables:
        name = t["table"]
        try:
            cfg_pins = pipeline.table(name).columns
        except KeyError:
            cfg_pins = {}
        seen: set[str] = set()
        for c in t["columns"]:
            col, kind, n = c["column"], c["kind"], c["findings"]
            seen.add(col)
            found = list(c["findings_by_entity"])
            prev = prev_columns.get((name, col))
            if kind == "clean" and n:
                why = "pinned clean in the configuration" if col in cfg_pins else f"classified clean ({c['reason']})"
                before = ""
                if prev is not None:
                    old = sorted(set(found) & set(prev.get("findings_by_entity", {})))
                    before = "; the previous run found " + (", ".join(old) if old else "none of these")
                out.append(
                    _surprise(
                        "high", "personal_data_in_clean_column", name, col, found, n,
                        f"{n} finding(s) of {', '.join(sorted(found))} in a column {why}{before}",
                    )
                )  # fmt: skip
            if previous is not None and prev is None:
                where = "a new table" if name not in prev_tables else "a new column"
                if kind in ("identifier", "composite"):
                    what = "an identifier" if kind == "identifier" else "composite contact cells"
                    out.append(
                        _surprise(
                            "high", "new_identifier_column", name, col, c["entity_types"], n,
                            f"{where} since the previous run, classified as {what} of "
                            f"{', '.join(c['entity_types'])}",
                        )
                    )  # fmt: skip
                elif n and kind != "clean":
                    out.append(
                        _surprise(
                            "medium", "new_column_with_personal_data", name, col, found, n,
                            f"{where} since the previous run, classified {kind}, with {n} finding(s)",
                        )
                    )  # fmt: skip
            if prev is not None:
                old_kind, old_types = prev.get("kind", ""), sorted(prev.get("entity_types", []))
                if old_kind != kind or old_types != sorted(c["entity_types"]):
                    # Into or out of "clean" changes what analysts receive: that is the serious kind.
                    serious = (old_kind == "clean") != (kind == "clean")
                    out.append(
                        _surprise(
                            "high" if serious else "medium", "classification_changed", name, col,
                            sorted(set(c["entity_types"]) ^ set(old_types)) or c["entity_types"], n,
                            f"classification changed: {_label(old_kind, old_types)} in the previous run, "
                            f"now {_label(kind, sorted(c['entity_types']))}",
                            previous_kind=old_kind, previous_entity_types=old_types,
                        )
                    )  # fmt: skip
                elif kind != "clean":
                    new_types = sorted(set(found) - set(prev.get("findings_by_entity", {})) - set(c["entity_types"]))
                    if new_types:
                        m = sum(c["findings_by_entity"][e] for e in new_types)
                        out.append(
                            _surprise(
                                "medium", "new_entity_types", name, col, new_types, m,
                                f"{', '.join(new_types)} found here for the first time ({m} finding(s))",
                            )
                        )  # fmt: skip
        for (tname, col), prev in prev_columns.items():
            if tname == name and col not in seen:
                out.append(
                    _surprise(
                        "low", "column_removed", name, col, prev.get("entity_types", []), 0,
                        f"present in the previous run ({_label(prev.get('kind', ''), prev.get('entity_types', []))}), "
                        "absent now",
                    )
                )  # fmt: skip
    acks = {(c["table"], c["column"], c["entity_type"]) for c in confirmed}
    for s in out:
        s["acknowledged"] = bool(s["entity_types"]) and all(
            (s["table"], s["column"], e) in acks for e in s["entity_types"]
        )
    out.sort(
        key=lambda s: (
            s["acknowledged"],
            SEVERITY_RANK[s["severity"]],
            KIND_RANK[s["kind"]],
            -s["findings"],
            s["table"],
            s["column"],
        )
    )
    return out
