"""JSON Schemas of the three YAML files a user writes, made from the pydantic models that validate them.

The generated files ship with the package (`config/json_schema/*.schema.json`) so editors can validate
while typing; a test keeps them equal to the models, and the docs' file reference is made from them.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from pii_pipeline.file_kinds import KINDS, PIPELINE, POLICY, REVIEWED_DECISIONS


def model_for(kind: str) -> Any:
    """The pydantic model that validates a file of `kind` (imported here: deid and review sit above config)."""
    if kind == PIPELINE:
        from pii_pipeline.config.models import PipelineConfig

        return PipelineConfig
    if kind == POLICY:
        from pii_pipeline.deid.policy import POLICY_MODEL

        return POLICY_MODEL
    if kind == REVIEWED_DECISIONS:
        from pii_pipeline.review.models import Reviewed

        return Reviewed
    raise ValueError(f"unknown file kind {kind!r} (one of: {', '.join(KINDS)})")


def generate_schema(kind: str) -> dict[str, Any]:
    schema = model_for(kind).model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"pii-pipeline {kind.replace('_', ' ')} file"
    return schema


def schema_text(kind: str) -> str:
    return json.dumps(generate_schema(kind), indent=2, sort_keys=True) + "\n"


def shipped_schema_text(kind: str) -> str:
    return resources.files("pii_pipeline.config").joinpath("json_schema", f"{kind}.schema.json").read_text("utf-8")


def markdown_reference(kind: str) -> str:
    """A Markdown table per object of the schema: field, type, default, what it means."""
    schema = generate_schema(kind)
    defs = schema.get("$defs", {})
    lines = [
        f"## The {kind.replace('_', ' ')} file",
        "",
        f"Made from the models by `pii-pipeline config schema --write`; JSON Schema: `{kind}.schema.json`.",
        "",
    ]
    sections = [(schema["title"], schema)] + [(name, d) for name, d in sorted(defs.items()) if "properties" in d]
    for name, obj in sections:
        if obj is not schema:
            lines += [f"### `{name}`", ""]
        if obj.get("description"):
            lines += [" ".join(obj["description"].split()), ""]
        required = set(obj.get("required", ()))
        lines += ["| field | type | default | meaning |", "|---|---|---|---|"]
        for field, prop in obj.get("properties", {}).items():
            if field in required:
                default = "required"
            elif "default" in prop:
                default = f"`{json.dumps(prop['default'])}`"
            else:
                default = "see its fields"
            meaning = " ".join(prop.get("description", "").split()).replace("|", "\\|")
            lines.append(f"| `{field}` | {_type_of(prop)} | {default} | {meaning} |")
        lines.append("")
    return "\n".join(lines)


def _type_of(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return f"`{prop['$ref'].rsplit('/', 1)[-1]}`"
    if "anyOf" in prop:
        return " or ".join(_type_of(p) for p in prop["anyOf"])
    if "enum" in prop:
        return " \\| ".join(f"`{v}`" for v in prop["enum"])
    if "const" in prop:
        return f"`{prop['const']}`"
    kind = prop.get("type", "any")
    if kind == "array":
        return f"list of {_type_of(prop.get('items', {}))}"
    if kind == "object" and "additionalProperties" in prop and isinstance(prop["additionalProperties"], dict):
        return f"map of {_type_of(prop['additionalProperties'])}"
    return str(kind)
