"""Evidence without exposure: masked forms and report-domain keyed hashes of found values.

The detect stage is the only place that holds a value next to its finding; it calls
`evidence_for_batch` and stores the two strings per finding. The report never sees a value.

A masked form keeps at most the last 4 characters, and only for long structured identifiers
(`***-**-1120`); names, addresses, e-mails and dates are shown as `***`. A value hash is
HMAC-SHA256 under a *report* key, so one value seen twice gives the same hash (staff can
correlate and allow-list it) while the hash cannot be looked up without the key. The report key
is never the de-identification key: load it from its own file, or derive it one-way from the
de-identification secret with a distinct label.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pii_pipeline.entities import Evidence, names_where
from pii_pipeline.errors import PiiPipelineError
from pii_pipeline.types import FINDINGS_SCHEMA

REPORT_KEY_ENV = "PII_PIPELINE_REPORT_KEY_FILE"
HASH_PREFIX = "rh1:"
HASH_PATTERN = re.compile(r"^rh1:[0-9a-f]{24}$")
_DERIVE_LABEL = b"pii-pipeline/report-domain-hash/v1"

# Structured identifiers long enough that 4 trailing characters do not identify anyone by themselves.
TAIL_TYPES = names_where(evidence=Evidence.TAIL)  # from the entity registry
TAIL = 4
TAIL_MIN_ALNUM = 8  # show the tail only when it is at most half of the value
_MAX_SHAPED = 40  # longer values are not shape-preserved (would reveal layout of free text)

# The findings table with evidence: FINDINGS_SCHEMA plus the masked form and the value hash.
EVIDENCE_SCHEMA = pa.schema(
    list(FINDINGS_SCHEMA) + [pa.field("evidence", pa.string()), pa.field("value_hash", pa.string())]
)


class ReportKeyError(PiiPipelineError, ValueError):
    """The report key file is missing or malformed; the message names the file, never the key."""


@dataclass(frozen=True)
class ReportKey:
    """The report-domain HMAC key. `key_id` is shown in reports so staff know which hashes compare."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) < 16:
            raise ReportKeyError("a report key needs at least 16 bytes")

    @property
    def key_id(self) -> str:
        return hashlib.sha256(b"key-id:" + self.secret).hexdigest()[:8]


def derive_report_key(deid_secret: bytes) -> ReportKey:
    """A report key derived one-way from the de-identification secret (HMAC with a fixed label)."""
    return ReportKey(hmac.new(deid_secret, _DERIVE_LABEL, hashlib.sha256).digest())


def generate_report_key_file(path: Path) -> ReportKey:
    """A new random report key in its own file, readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"report_key": base64.b64encode(secret).decode("ascii")}, fh)
    return ReportKey(secret)


def load_report_key(path: Path) -> ReportKey:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0
    if mode & 0o077:
        # As ssh refuses a private key others can read: with this key anyone can test guesses against report hashes.
        raise ReportKeyError(f"{path}: mode {mode:o}: group or others can access it; refused (chmod 600 it)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ReportKey(base64.b64decode(data["report_key"], validate=True))
    except FileNotFoundError:
        raise ReportKeyError(f"{path}: report key file not found") from None
    except (ValueError, KeyError, TypeError):
        raise ReportKeyError(f'{path}: not a report key file (expected {{"report_key": base64}})') from None


def report_key_from_env() -> ReportKey | None:
    """The key named by PII_PIPELINE_REPORT_KEY_FILE, or None (then findings carry no hash)."""
    path = os.environ.get(REPORT_KEY_ENV)
    return load_report_key(Path(path)) if path else None


def _alnum(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum())


def normalise(value: str, entity_type: str) -> str:
    """The form that is hashed: case and width folded; separators dropped for structured numbers."""
    text = unicodedata.normalize("NFKC", value).strip().casefold()
    if entity_type in TAIL_TYPES:
        return _alnum(text)
    return " ".join(text.split())


def value_hash(value: str, entity_type: str, key: ReportKey) -> str:
    digest = hmac.new(key.secret, normalise(value, entity_type).encode("utf-8"), hashlib.sha256).hexdigest()
    return HASH_PREFIX + digest[:24]


def mask_value(value: str, entity_type: str) -> str:
    """`***-**-1120` for long structured identifiers; `***` for everything else."""
    if entity_type not in TAIL_TYPES or len(value) > _MAX_SHAPED:
        return "***"
    alnum = sum(ch.isalnum() for ch in value)
    keep = TAIL if alnum >= TAIL_MIN_ALNUM else 0
    if keep == 0:
        return "***"
    out: list[str] = []
    seen = 0
    for ch in reversed(value.strip()):
        if ch.isalnum():
            seen += 1
            out.append(ch if seen <= keep else "*")
        else:
            # Separators show the layout (`***-**-`); anything odd is masked too.
            out.append(ch if ch in "-. ()/+:" else "*")
    return "".join(reversed(out))


def finding_values(batch: pa.RecordBatch, found: pa.Table) -> list[str | None]:
    """The text each finding covers (the whole cell when start/end are null). Stays in the detect stage."""
    rows = found.column("row").to_pylist()
    columns = found.column("column").to_pylist()
    starts = found.column("start").to_pylist()
    ends = found.column("end").to_pylist()
    cells: dict[str, list] = {}
    out: list[str | None] = []
    for row, column, start, end in zip(rows, columns, starts, ends, strict=True):
        if column not in cells:
            cells[column] = batch.column(column).to_pylist()
        cell = cells[column][row]
        if cell is None:
            out.append(None)
            continue
        text = cell if isinstance(cell, str) else str(cell)
        out.append(text if start is None else text[start:end])
    return out


def evidence_for_batch(
    batch: pa.RecordBatch, found: pa.Table, key: ReportKey | None
) -> tuple[list[str | None], list[str | None]]:
    """Masked form and value hash per finding of `scan_batch`, aligned with `found`'s rows."""
    types = found.column("entity_type").to_pylist()
    masked: list[str | None] = []
    hashes: list[str | None] = []
    for value, entity in zip(finding_values(batch, found), types, strict=True):
        if value is None:
            masked.append(None)
            hashes.append(None)
            continue
        masked.append(mask_value(value, entity))
        hashes.append(value_hash(value, entity, key) if key is not None else None)
    return masked, hashes


def with_evidence(public: pa.Table, masked: Sequence[str | None], hashes: Sequence[str | None]) -> pa.Table:
    """`public_findings(...)` plus the evidence columns, in EVIDENCE_SCHEMA."""
    return pa.table(
        [*public.columns, pa.array(masked, pa.string()), pa.array(hashes, pa.string())], schema=EVIDENCE_SCHEMA
    )
