"""The entity registry: one spec per entity type, from which every list that names types is derived.

A spec says what the type is in the organisation's privacy policy (its category), how specific a finding
of it is when two overlap, which operator the shipped policy applies, how a report's evidence shows it,
and whether its recognizer rests on formats and checksums strict enough to trust inside clean columns.

A recognizer may declare a type not listed here (an organisation's `CASE_NUMBER`). It is registered as a
custom type (`custom_spec`): detected, pinnable, given a policy rule (redact unless the policy says
otherwise) and reported like any other. Types are discovered from the recognizer folders' declarations
(`ENTITY = "…"` in a Python file, `supported_entity:` in a YAML file) without importing them, so a
pipeline or policy file naming a custom type validates before the analyzer is built.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

RECOGNIZERS_ENV = "PII_PIPELINE_RECOGNIZERS"
NAME_PATTERN = re.compile(r"^[A-Z][A-Z0-9_]*$")  # a type names tokens (`tok_v1_<TYPE>_…`)


class Category(StrEnum):
    """The categories of personal information in the organisation's privacy policy."""

    NAME = "name"
    CONTACT = "contact information"
    ONLINE_IDENTIFIER = "online identifier"
    GOVERNMENT_ID = "governmental identification number"
    FINANCIAL = "financial information"
    DEMOGRAPHIC = "demographic information"
    GEOLOCATION = "geolocation"
    CREDENTIAL = "account credentials"
    VEHICLE = "vehicle identifier"
    SPECIAL = "special category"
    CUSTOM = "organisation-specific identifier"


class Evidence(StrEnum):
    """How a report shows a finding's value: never in full."""

    TAIL = "tail"  # `***-**-1120`: the last four characters of a long structured identifier
    HIDDEN = "hidden"  # `***`


@dataclass(frozen=True, slots=True)
class EntitySpec:
    name: str
    category: Category
    specificity: int  # overlap resolution: checksummed formats beat loose shapes, shapes beat NER guesses
    default_rule: Mapping[str, Any] = field(default_factory=lambda: {"operator": "redact"})
    evidence: Evidence = Evidence.HIDDEN
    sensitive: bool = False  # a special category of the privacy policy (health, orientation, …)
    strict: bool = False  # format and checksum strict enough to trust inside a column judged clean
    contract: bool = True  # a type of the product's detect/redact contract (built-in types)
    description: str = ""

    def __post_init__(self) -> None:
        if not NAME_PATTERN.match(self.name):
            raise ValueError(f"entity type {self.name!r}: use A-Z, 0-9 and _, starting with a letter")
        object.__setattr__(self, "default_rule", MappingProxyType(dict(self.default_rule)))


_P = {"operator": "pseudonymize"}
_R = {"operator": "redact"}
C = Category
_BUILTIN: tuple[EntitySpec, ...] = (
    EntitySpec("PERSON", C.NAME, 50, _P, description="a person's name, in any script"),
    EntitySpec("EMAIL_ADDRESS", C.CONTACT, 82, _P, strict=True, description="an e-mail address, also obfuscated"),
    EntitySpec("PHONE_NUMBER", C.CONTACT, 74, _P, Evidence.TAIL, strict=True, description="a phone number"),
    EntitySpec("STREET_ADDRESS", C.CONTACT, 58, _P, description="a street address"),
    EntitySpec("USERNAME", C.ONLINE_IDENTIFIER, 56, _P, description="a user name or handle"),
    EntitySpec("URL", C.ONLINE_IDENTIFIER, 80, _P, description="a personal URL (profile, page)"),
    EntitySpec("US_SSN", C.GOVERNMENT_ID, 86, _P, Evidence.TAIL, strict=True, description="a US social security no."),
    EntitySpec("US_ITIN", C.GOVERNMENT_ID, 88, _P, Evidence.TAIL, strict=True, description="a US taxpayer ID"),
    EntitySpec("US_PASSPORT", C.GOVERNMENT_ID, 70, _P, Evidence.TAIL, description="a passport number"),
    EntitySpec("US_DRIVER_LICENSE", C.GOVERNMENT_ID, 68, _P, Evidence.TAIL, description="a driver's licence number"),
    EntitySpec(
        "NATIONAL_ID", C.GOVERNMENT_ID, 87, _P, Evidence.TAIL,
        description="a national ID outside the US (NINO, NHS, SIN, Aadhaar, DNI, AHV…); the country is in the finding",
    ),
    EntitySpec(
        "CREDIT_CARD", C.FINANCIAL, 90, {"operator": "mask", "keep_last": 4}, Evidence.TAIL, strict=True,
        description="a payment card number",
    ),
    EntitySpec("US_BANK_NUMBER", C.FINANCIAL, 60, _R, Evidence.TAIL, description="a bank account number"),
    EntitySpec("ABA_ROUTING_NUMBER", C.FINANCIAL, 85, _R, Evidence.TAIL, strict=True, description="a routing number"),
    EntitySpec("IBAN_CODE", C.FINANCIAL, 90, _R, Evidence.TAIL, strict=True, description="an IBAN"),
    EntitySpec("IP_ADDRESS", C.ONLINE_IDENTIFIER, 83, _P, strict=True, description="an IPv4 or IPv6 address"),
    EntitySpec("MAC_ADDRESS", C.ONLINE_IDENTIFIER, 84, _P, Evidence.TAIL, strict=True, description="a MAC address"),
    EntitySpec("DEVICE_ID", C.ONLINE_IDENTIFIER, 84, _P, Evidence.TAIL, strict=True, description="an IMEI or ad ID"),
    EntitySpec(
        "CREDENTIAL", C.CREDENTIAL, 89, _R, description="a password, PIN, API key, token or private key"
    ),
    EntitySpec(
        "VEHICLE_PLATE", C.VEHICLE, 72, _P, Evidence.TAIL, description="a vehicle registration (licence) plate"
    ),
    EntitySpec(
        "GEO_COORDINATES", C.GEOLOCATION, 78, {"operator": "generalize", "decimals": 1},
        description="latitude and longitude",
    ),
    EntitySpec(
        "LOCATION", C.GEOLOCATION, 48, {"operator": "generalize", "kind": "location"},
        description="a town, city or region below the country (generalized to its state or region)",
    ),
    EntitySpec(
        "DATE_OF_BIRTH", C.DEMOGRAPHIC, 76, {"operator": "generalize", "granularity": "year"},
        description="a date of birth",
    ),
    EntitySpec(
        "AGE", C.DEMOGRAPHIC, 53, {"operator": "generalize", "kind": "age"},
        description="an age of 18 or more (younger ages are MINOR_AGE)",
    ),
    # Special categories are phrases ("type 1 diabetes"): more specific than a name guess inside them.
    EntitySpec("ETHNIC_ORIGIN", C.SPECIAL, 62, _R, sensitive=True, description="ethnic or racial origin"),
    EntitySpec("SEXUAL_ORIENTATION", C.SPECIAL, 64, _R, sensitive=True, description="sexual orientation"),
    EntitySpec("GENDER_IDENTITY", C.SPECIAL, 64, _R, sensitive=True, description="gender identity"),
    EntitySpec("MEDICAL_CONDITION", C.SPECIAL, 66, _R, sensitive=True, description="a health condition"),
    EntitySpec("GENETIC_DATA", C.SPECIAL, 66, _R, sensitive=True, description="genetic information"),
    EntitySpec("CRIMINAL_HISTORY", C.SPECIAL, 64, _R, sensitive=True, description="offences and convictions"),
    EntitySpec(
        "MINOR_AGE", C.DEMOGRAPHIC, 54, {"operator": "generalize", "kind": "age"}, sensitive=True,
        description="a child's age (under 18) or school year",
    ),
)  # fmt: skip
del C

BUILTIN_NAMES: tuple[str, ...] = tuple(s.name for s in _BUILTIN)


def builtin_specs() -> tuple[EntitySpec, ...]:
    return _BUILTIN


_registry: dict[str, EntitySpec] = {s.name: s for s in _BUILTIN}
CUSTOM_SPECIFICITY = 55  # an organisation's declared ID shape beats a name guess, not a checksummed format


def custom_spec(name: str, description: str = "") -> EntitySpec:
    """The spec a type declared only by a recognizer gets: fail closed (redact), evidence hidden."""
    return EntitySpec(
        name,
        Category.CUSTOM,
        CUSTOM_SPECIFICITY,
        _R,
        contract=False,
        description=description or "declared by a recognizer",
    )


def register(spec: EntitySpec) -> EntitySpec:
    """Add a type; registering the same name again returns the spec already there (first one wins)."""
    return _registry.setdefault(spec.name, spec)


def register_custom(name: str) -> EntitySpec:
    """Register `name` as a custom type if it is unknown; raises ValueError for a name that cannot be a type."""
    known = _registry.get(name)
    return known if known is not None else register(custom_spec(name))


def spec(name: str) -> EntitySpec:
    """The spec of a known type (built-in, registered, or declared in a recognizer folder); KeyError otherwise."""
    found = _registry.get(name)
    if found is None:
        _discover()
        found = _registry.get(name)
    if found is None:
        raise KeyError(name)
    return found


def specs() -> tuple[EntitySpec, ...]:
    _discover()
    return tuple(_registry.values())


def entity_names() -> tuple[str, ...]:
    """Every known type: built-in first, then custom ones in the order they were registered."""
    return tuple(s.name for s in specs())


def is_known(name: str) -> bool:
    try:
        spec(name)
    except KeyError:
        return False
    return True


def specificity(name: str) -> int:
    found = _registry.get(name)
    return found.specificity if found is not None else CUSTOM_SPECIFICITY


def names_where(**conditions: Any) -> frozenset[str]:
    """Built-in and registered types whose spec fields equal `conditions` (`names_where(strict=True)`)."""
    return frozenset(s.name for s in _registry.values() if all(getattr(s, k) == v for k, v in conditions.items()))


# ------------------------------------------------------------------ recognizer folders and declared types
RECOGNIZERS_PACKAGE = "pii_pipeline_recognizers"  # the built-in recognizers (recognizers/ in the source tree)


def default_recognizers_dir() -> Path:
    """The folder of the installed built-in recognizer package, found by the import system (not imported)."""
    spec = importlib.util.find_spec(RECOGNIZERS_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the recognizer package {RECOGNIZERS_PACKAGE} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def extra_recognizer_dirs() -> tuple[Path, ...]:
    """The extra recognizer folders `PII_PIPELINE_RECOGNIZERS` lists (`:`-separated)."""
    return tuple(Path(p) for p in os.environ.get(RECOGNIZERS_ENV, "").split(os.pathsep) if p.strip())


def recognizer_dirs() -> tuple[Path, ...]:
    """The built-in recognizer package's folder, then the extra folders `PII_PIPELINE_RECOGNIZERS` lists."""
    return (default_recognizers_dir(), *extra_recognizer_dirs())


def _discover() -> None:
    for folder in recognizer_dirs():
        for name in declared_types(str(folder)):
            register_custom(name)


@functools.cache
def declared_types(folder: str) -> tuple[str, ...]:
    """The types recognizer files in `folder` declare, read without running them: `ENTITY = "X"` (or
    `SUPPORTED_ENTITIES = [...]`) assigned in a Python file's classes, `supported_entity` in a YAML file.
    A declaration that is not a valid type name fails here, at load time, naming the file."""
    path = Path(folder)
    if not path.is_dir():
        return ()
    found: list[str] = []
    for file in sorted(path.glob("*.py")):
        if not file.name.startswith("_"):
            found += _python_declarations(file)
    for file in sorted(path.glob("*.y*ml")):
        found += _yaml_declarations(file)
    for name in found:
        if not NAME_PATTERN.match(name):
            raise ValueError(f"{folder}: a recognizer declares entity type {name!r}; use A-Z, 0-9 and _")
    return tuple(dict.fromkeys(found))


def _python_declarations(file: Path) -> list[str]:
    tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
    out: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        for stmt in node.body:
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None
            if isinstance(stmt, ast.AnnAssign):
                target = stmt.target
            if not isinstance(target, ast.Name) or stmt.value is None:
                continue
            if target.id == "ENTITY" and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
                if stmt.value.value:
                    out.append(stmt.value.value)
            elif target.id == "SUPPORTED_ENTITIES" and isinstance(stmt.value, ast.List | ast.Tuple):
                out += [e.value for e in stmt.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return out


def _yaml_declarations(file: Path) -> list[str]:
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    items = data.get("recognizers", []) if isinstance(data, dict) else []
    out: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            one = item.get("supported_entity")
            many = item.get("supported_entities") or []
            out += [one] if isinstance(one, str) else []
            out += [e for e in many if isinstance(e, str)]
    return out


def check_known(names: Iterable[str]) -> list[str]:
    """The names in `names` that are not known types."""
    return [n for n in names if not is_known(n)]
