"""The de-identification policy: which operator, with which parameters, for each entity type.

A YAML file validated by pydantic. Rules are given per entity type and may be overridden per store,
table and column; the most specific match wins (column > table > store > entity > default).
Errors name the file and the place in it (`policy.yaml: overrides[1].operator: ...`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from pii_pipeline.entities import builtin_specs, entity_names
from pii_pipeline.yaml_safe import BoundedSafeLoader

from .errors import PolicyError

OPERATORS: tuple[str, ...] = ("drop", "redact", "mask", "pseudonymize", "encrypt", "generalize", "keep")
KEYED_OPERATORS = frozenset({"pseudonymize", "encrypt"})
# Which parameters each operator takes; any other parameter is a mistake worth rejecting.
OPERATOR_PARAMS: dict[str, frozenset[str]] = {
    "mask": frozenset({"keep_last"}),
    "generalize": frozenset({"kind", "granularity", "digits", "decimals", "edges", "as_of"}),
}
PARAM_FIELDS = frozenset().union(*OPERATOR_PARAMS.values())
DEFAULT_POLICY = "default_policy.yaml"


class Rule(BaseModel):
    """One operator and its parameters. Frozen, so it can key a cache."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    operator: str
    keep_last: int | None = Field(default=None, ge=0, le=64)
    kind: Literal["auto", "date", "age", "zip", "coordinates", "amount", "location"] | None = None
    granularity: Literal["year", "age_band"] | None = None
    digits: int | None = Field(default=None, ge=0, le=5)
    decimals: int | None = Field(default=None, ge=0, le=6)
    edges: tuple[float, ...] | None = None
    as_of: date | None = None

    @field_validator("operator", mode="before")
    @classmethod
    def _known_operator(cls, value: Any) -> Any:
        if not isinstance(value, str):
            raise PydanticCustomError("operator_type", "operator must be a string")
        if value not in OPERATORS:
            known = ", ".join(OPERATORS)
            raise PydanticCustomError(
                "unknown_operator", "unknown operator '{op}' (one of: {known})", {"op": value, "known": known}
            )
        return value

    @field_validator("edges", mode="before")
    @classmethod
    def _edges(cls, value: Any) -> Any:
        if value is None:
            return value
        if not isinstance(value, list | tuple) or not value:
            raise PydanticCustomError("edges", "edges must be a non-empty list of numbers")
        if any(isinstance(v, bool) or not isinstance(v, int | float) for v in value):
            raise PydanticCustomError("edges", "edges must be a non-empty list of numbers")
        if any(b <= a for a, b in zip(value, value[1:], strict=False)):
            raise PydanticCustomError("edges", "edges must be strictly increasing")
        return tuple(float(v) for v in value)

    @model_validator(mode="after")
    def _params_fit_operator(self) -> Rule:
        allowed = OPERATOR_PARAMS.get(self.operator, frozenset())
        for name in sorted((self.model_fields_set & PARAM_FIELDS) - allowed):
            raise PydanticCustomError(
                "param", "parameter '{p}' does not apply to operator '{op}'", {"p": name, "op": self.operator}
            )
        return self

    @property
    def needs_key(self) -> bool:
        return self.operator in KEYED_OPERATORS

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump(mode="json", exclude_none=True).items() if k in PARAM_FIELDS}


class Match(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    store: str | None = None
    table: str | None = None
    column: str | None = None
    entity: str | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Match:
        if not any((self.store, self.table, self.column, self.entity)):
            raise PydanticCustomError("match", "match needs at least one of store, table, column, entity")
        return self

    def fits(self, entity: str, store: str | None, table: str | None, column: str | None) -> bool:
        pairs = ((self.store, store), (self.table, table), (self.column, column), (self.entity, entity))
        return all(want is None or want == got for want, got in pairs)

    @property
    def specificity(self) -> tuple[bool, bool, bool, bool]:
        return (self.column is not None, self.table is not None, self.store is not None, self.entity is not None)


class Override(Rule):
    match: Match


class _PolicyDoc(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    kind: Literal["policy"] = "policy"
    version: Literal[1]
    # `extends: default`: start from the shipped policy and change only what this file names.
    extends: Literal["default"] | None = None
    default: Rule = Rule(operator="redact")
    entities: dict[str, Rule] = Field(default_factory=dict)
    overrides: list[Override] = Field(default_factory=list)


# The model a policy file is validated with (its JSON Schema ships with the package).
POLICY_MODEL = _PolicyDoc


@dataclass(frozen=True)
class Policy:
    """A validated policy. `source` names the file it came from, for error messages and reports."""

    source: str
    default: Rule
    entities: Mapping[str, Rule]
    overrides: tuple[Override, ...]

    def rule_for(
        self, entity_type: str, *, store: str | None = None, table: str | None = None, column: str | None = None
    ) -> Rule:
        best: Override | None = None
        best_rank: tuple[bool, ...] = ()
        for override in self.overrides:
            if override.match.fits(entity_type, store, table, column):
                rank = override.match.specificity
                if best is None or rank >= best_rank:  # equal rank: the later override wins
                    best, best_rank = override, rank
        if best is not None:
            return best
        return self.entities.get(entity_type, self.default)

    def rules_for_table(self, store: str, table: str) -> Iterator[Rule]:
        """Every rule that may apply somewhere in this table (to check up front that keys exist)."""
        yield self.default
        yield from self.entities.values()
        for o in self.overrides:
            if o.match.store in (None, store) and o.match.table in (None, table):
                yield o

    def check_columns(self, store: str, table: str, columns: Iterable[str], source: str) -> None:
        """Reject overrides that name this table and a column it does not have (typos would silently not apply)."""
        present = set(columns)
        problems = [
            f"{self.source}: overrides[{i}].match.column: column '{o.match.column}' does not exist in "
            f"{store}.{table} ({source})"
            for i, o in enumerate(self.overrides)
            if o.match.table == table
            and o.match.store in (None, store)
            and o.match.column is not None
            and o.match.column not in present
        ]
        if problems:
            raise PolicyError("\n".join(problems))

    def canonical(self) -> dict[str, Any]:
        return {
            "version": 1,
            "default": self.default.model_dump(mode="json", exclude_none=True),
            "entities": {k: r.model_dump(mode="json", exclude_none=True) for k, r in sorted(self.entities.items())},
            "overrides": [o.model_dump(mode="json", exclude_none=True) for o in self.overrides],
        }

    def fingerprint(self) -> str:
        """sha256 of the canonical content: the same rules give the same fingerprint, whatever the formatting."""
        blob = json.dumps(self.canonical(), sort_keys=True, separators=(",", ":")).encode()
        return "sha256:" + hashlib.sha256(blob).hexdigest()


def load_policy(path: Path | None = None, *, known_entities: Iterable[str] | None = None) -> Policy:
    """Read and validate a policy file; None gives the shipped default. `known_entities` defaults to every
    type of the entity registry (built-in and declared by the recognizer folder)."""
    if path is None:
        source = f"{DEFAULT_POLICY} (shipped)"
        text = resources.files("pii_pipeline.deid").joinpath(DEFAULT_POLICY).read_text(encoding="utf-8")
    else:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"{source}: cannot read policy file ({type(exc).__name__})") from None
    return parse_policy(text, source=source, known_entities=known_entities)


def parse_policy(text: str, *, source: str, known_entities: Iterable[str] | None = None) -> Policy:
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(file)"
        problem = getattr(exc, "problem", None) or "syntax error"
        raise PolicyError(f"{source}: {where}: invalid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: (top level): expected a mapping with version, default, entities, overrides")
    problems = _unknown_entities(data, frozenset(entity_names() if known_entities is None else known_entities))
    try:
        doc = _PolicyDoc.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_input=False, include_url=False)
        problems += [f"{_location(e['loc'])}: {_message(e)}" for e in errors]
        doc = None
    if problems or doc is None:
        raise PolicyError("\n".join(f"{source}: {p}" for p in problems))
    if doc.extends == "default":
        base = load_policy(None, known_entities=known_entities)
        return Policy(
            source=source,
            default=doc.default if "default" in data else base.default,
            entities={**base.entities, **doc.entities},
            overrides=base.overrides + tuple(doc.overrides),
        )
    entities = dict(doc.entities)
    if source.endswith("(shipped)"):
        # The shipped policy's per-type rules are the entity registry's default operators; its file may add to them.
        entities = {**registry_rules(), **entities}
    return Policy(source=source, default=doc.default, entities=entities, overrides=tuple(doc.overrides))


def registry_rules() -> dict[str, Rule]:
    """Each built-in type's default rule, from the entity registry (custom types fall to `default`)."""
    return {s.name: Rule.model_validate(dict(s.default_rule)) for s in builtin_specs()}


def _unknown_entities(data: dict[str, Any], known: frozenset[str]) -> list[str]:
    problems = []
    entities = data.get("entities")
    if isinstance(entities, dict):
        problems += [f"entities.{name}: unknown entity type" for name in entities if name not in known]
    overrides = data.get("overrides")
    if isinstance(overrides, list):
        for i, o in enumerate(overrides):
            match = o.get("match") if isinstance(o, dict) else None
            entity = match.get("entity") if isinstance(match, dict) else None
            if isinstance(entity, str) and entity not in known:
                problems.append(f"overrides[{i}].match.entity: unknown entity type '{entity}'")
    return problems


def _message(error: Mapping[str, Any]) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown key"
    if error["type"] == "missing":
        return "required key is missing"
    return str(error["msg"])


def _location(loc: tuple[object, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        parts.append(f"[{item}]" if isinstance(item, int) else ("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


class _StrictLoader(BoundedSafeLoader):
    """SafeLoader that rejects duplicate keys: YAML would silently keep the last, hiding a mistake."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
