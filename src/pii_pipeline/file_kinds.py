"""Which of the project's YAML files a document is: a pipeline, a policy or a reviewed-decisions file.

Policy and reviewed-decisions files sit next to the pipeline files (their relative paths resolve
from there), so every reader of that folder must tell them apart. An explicit `kind:` wins; without
one, the keys only a kind can have decide. yaml-only: the DAG processor imports this at parse time.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from pii_pipeline.yaml_safe import safe_load

PIPELINE = "pipeline"
POLICY = "policy"
REVIEWED_DECISIONS = "reviewed_decisions"
KINDS: tuple[str, ...] = (PIPELINE, POLICY, REVIEWED_DECISIONS)

_SIGNATURE_KEYS: dict[str, frozenset[str]] = {
    PIPELINE: frozenset({"store", "tables", "output"}),
    POLICY: frozenset({"entities", "overrides", "default"}),
    REVIEWED_DECISIONS: frozenset({"allow_columns", "allow_values", "pins", "confirmed"}),
}


def kind_of(doc: Any) -> str | None:
    """The kind a parsed YAML document declares or, without `kind:`, the only kind whose keys it has."""
    if not isinstance(doc, Mapping):
        return None
    declared = doc.get("kind")
    if declared is not None:
        return declared if declared in KINDS else None
    matches = [kind for kind, keys in _SIGNATURE_KEYS.items() if keys & doc.keys()]
    return matches[0] if len(matches) == 1 else None


def split_pipeline_files(directory: Path | str) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The folder's `*.yaml`/`*.yml` files that are pipelines, and the others with their kind.

    A file that cannot be read or parsed counts as a pipeline, so its reader reports the error
    (naming the file) instead of it vanishing from the list.
    """
    pipelines: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for path in sorted(Path(directory).glob("*.y*ml")):
        try:
            doc = safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            pipelines.append(path)
            continue
        kind = kind_of(doc)
        if kind in (POLICY, REVIEWED_DECISIONS):
            skipped.append((path, kind))
        else:
            pipelines.append(path)
    return pipelines, skipped
