"""Column classification: identifier, free-text, composite or clean column, with its evidence.

A decision rests on the column's name, its Arrow type and a sample of distinct values scanned by the
recognizers. A person's pin in the pipeline configuration always wins.

A *composite* column holds short cells that join a person's name, a relation and a phone or e-mail
("Ana Ruiz (wife) 415-555-0134"). Its cells are split by shape over the whole column
(`shapes.composite_parts`); only cells the split does not fit go to the NER model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline import arrow_text
from pii_pipeline.config import TableConfig
from pii_pipeline.types import ColumnDecision, ColumnKind, Span, pinned_entity_types

from .protocol import SpanDetector
from .shapes import DISTINCTIVE, FULL, PRECEDENCE, composite_parts, contact_types, full_match, id_format

# Names that say what a non-text column holds; a date of birth or a child's age is personal
# even though no text recognizer will ever see it.
_BIRTH_NAME = re.compile(r"(^|_)(dob|birth|born|birthdate|date_of_birth)(_|$)", re.IGNORECASE)
_AGE_NAME = re.compile(r"(^|_)age(_|$)", re.IGNORECASE)

IDENTIFIER_SHARE = 0.5  # share of sampled values that must be wholly one personal value
ID_FORMAT_SHARE = 0.9  # share of sampled values of one government-ID format, for a column named for nothing
ID_FORMAT_DISTINCT = 0.9  # and nearly all distinct: one per person, not a category code
TYPE_SHARE = 0.05  # a type must explain this share of the sample to be one of the column's types
FREE_TEXT_MIN_LENGTH = 40  # mean length above which a column with findings reads as prose
FREE_TEXT_SHARE = 0.1
NER_SAMPLE = 120
HINT_NER_SAMPLE = 40  # where the column name already decides, the model only adds evidence
COMPOSITE_SHARE = 0.3  # short cells with findings this often are composite values, handled span by span
COMPOSITE_MAX_MEAN_LENGTH = 80
COMPOSITE_SPLIT_SHARE = 0.8  # share of sampled cells the contact split must fit
COMPOSITE_ID_SHARE = 0.3  # share of sampled cells that must hold a phone or e-mail
COMPOSITE_PERSON_SHARE = 0.5  # share of sampled name parts the NER model must confirm as people
# A column named for contacts needs less NER confirmation that its name parts are people.
_CONTACT_NAME = re.compile(r"(^|_)(contacts?|emergency|kin|guardian|reference|referee)(_|$)", re.IGNORECASE)


def alnum_count(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def covers_value(text: str, spans: Sequence[Span], *, share: float = 0.9) -> Span | None:
    """The span that covers (nearly) all of a value's letters and digits, if any."""
    total = alnum_count(text)
    if total == 0:
        return None
    best: Span | None = None
    for span in spans:
        covered = alnum_count(text[span.start : span.end])
        if covered >= share * total and (best is None or span.score > best.score):
            best = span
    return best


def sample_values(array: pa.Array | pa.ChunkedArray, size: int) -> list[str]:
    """Up to `size` distinct non-empty values, in first-seen order (deterministic)."""
    values = pc.unique(pc.drop_null(array))
    if len(values) > size:
        values = values.slice(0, size)
    return [v for v in values.to_pylist() if isinstance(v, str) and v.strip()]


def classify_columns(
    table_cfg: TableConfig,
    sample: pa.Table,
    detector: SpanDetector,
    *,
    sample_size: int = 500,
) -> list[ColumnDecision]:
    decisions: list[ColumnDecision] = []
    for field in sample.schema:
        decisions.append(_classify(table_cfg, field, sample.column(field.name), detector, sample_size))
    return decisions


def _classify(
    table_cfg: TableConfig, field: pa.Field, column: pa.ChunkedArray, detector: SpanDetector, sample_size: int
) -> ColumnDecision:
    name = field.name
    pin = table_cfg.columns.get(name)
    if pin is not None:
        types = pinned_entity_types(pin.kind, pin.entity_types)
        return ColumnDecision(name, pin.kind, types, pinned=True, score=1.0, reason="pinned in configuration")
    if name in table_cfg.free_text:
        return ColumnDecision(name, ColumnKind.FREE_TEXT, pinned=True, score=1.0, reason="listed as free text")
    if name in (table_cfg.primary_key, table_cfg.watermark):
        return ColumnDecision(name, ColumnKind.CLEAN, reason="primary key or watermark")
    typ = field.type
    if pa.types.is_date(typ) or pa.types.is_timestamp(typ):
        if _BIRTH_NAME.search(name):
            return ColumnDecision(
                name, ColumnKind.IDENTIFIER, ["DATE_OF_BIRTH"], score=0.9, reason="date column named as a birth date"
            )
        return ColumnDecision(name, ColumnKind.CLEAN, reason="date column")
    if pa.types.is_integer(typ) and _AGE_NAME.search(name):
        ages = pc.drop_null(column)
        minors = int(pc.sum(pc.less(ages, 18)).as_py() or 0) if len(ages) else 0
        share = minors / len(ages) if len(ages) else 0.0
        if share > 0:
            return ColumnDecision(
                name,
                ColumnKind.IDENTIFIER,
                ["MINOR_AGE"],
                sample_size=len(ages),
                match_share=share,
                score=0.9,
                reason="age column holding ages under 18",
            )
    if pa.types.is_string(typ) or pa.types.is_large_string(typ):
        return _classify_text(name, column, detector, sample_size)
    if arrow_text.kind(typ) == "inert":
        return ColumnDecision(name, ColumnKind.CLEAN, reason=f"{typ} column")
    # The sources read every column that can carry text as `string`; anything else reaching here
    # (bytes, a list of strings, a union) was not read as text, and is never called clean.
    arrow_text.check_field(field, f"table {table_cfg.name}")
    raise arrow_text.UnscannableColumnError(
        f"table {table_cfg.name}: column {name} has type {typ}; it must be read as text before it is classified"
    )


# What a column's name says it holds. Person-name columns need a person word before "name", so
# that team_name or campaign_name are not taken for people.
_NAME_HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), entity)
    for pattern, entity in (
        (r"(^|_)(ssn|social_security)", "US_SSN"),
        (r"(^|_)itin($|_)", "US_ITIN"),
        (r"(^|_)(routing|aba)($|_)", "ABA_ROUTING_NUMBER"),
        (r"(^|_)iban($|_)", "IBAN_CODE"),
        (r"(^|_)(bank_?account|account_?(number|no)|acct)", "US_BANK_NUMBER"),
        (r"(^|_)(card|cc|pan)(_?(number|no|num))?($|_)", "CREDIT_CARD"),
        (r"(^|_)(e_?mail)($|_)", "EMAIL_ADDRESS"),
        (r"(^|_)(phone|mobile|tel|telephone|fax|cell)($|_)", "PHONE_NUMBER"),
        (r"(^|_)(ip|ip_?address|source_ip|client_ip)($|_)", "IP_ADDRESS"),
        (r"(^|_)mac($|_)", "MAC_ADDRESS"),
        (r"(^|_)(imei|device_?id|idfa|gaid|ad_?id)($|_)", "DEVICE_ID"),
        (r"(^|_)passport", "US_PASSPORT"),
        (r"(^|_)(drivers?_?licen[cs]e|dl_?(number|no))", "US_DRIVER_LICENSE"),
        (r"(^|_)(user_?name|handle|screen_?name|login)($|_)", "USERNAME"),
        (r"(^|_)(street|home|mailing|postal)?_?address($|_)", "STREET_ADDRESS"),
        (r"(^|_)(lat_?lon|coordinates|geo|location)($|_)", "GEO_COORDINATES"),
        (r"(^|_)(dob|birth_?date|date_of_birth)($|_)", "DATE_OF_BIRTH"),
        (
            r"^(name|(full|first|last|middle|given|family|sur|donor|reporter|applicant|suspect|child|victim"
            r"|contact|guardian|parent|volunteer|employee|customer|patient|person)_?name)$",
            "PERSON",
        ),
    )
)
# Types no shape can confirm: the name decides when the values look like short identifiers.
_HINT_DECIDES = frozenset({"PERSON", "USERNAME", "US_PASSPORT", "US_DRIVER_LICENSE", "STREET_ADDRESS", "DATE_OF_BIRTH"})
_HINT_MAX_MEAN_LENGTH = 80


def name_hint(column: str) -> str | None:
    for pattern, entity in _NAME_HINTS:
        if pattern.search(column):
            return entity
    return None


def _column_types(counts: Counter[str], n: int, hint: str | None) -> list[str]:
    """The types that explain enough of the sample, most frequent first; the one the name says leads."""
    types = [t for t, c in counts.most_common() if c / n >= TYPE_SHARE] or [counts.most_common(1)[0][0]]
    if hint in types:
        types.remove(hint)
        types.insert(0, hint)
    return types


def _shape_decision(name: str, values: list[str], hint: str | None) -> ColumnDecision | None:
    """Decide from whole-value shapes and checksums alone (no NER), when they are clear."""
    array = pa.array(values, pa.string())
    n = len(values)
    types_order = [hint] if hint in FULL else []
    types_order += [
        t for t in PRECEDENCE if t not in types_order and (t in DISTINCTIVE or t == hint or t in _DIGIT_TYPES)
    ]
    assigned = pa.nulls(n, pa.string())
    for entity in reversed(types_order):  # the first in order wins
        mask = full_match(array, entity)
        assigned = pc.if_else(mask, pa.scalar(entity), assigned)
    counts = Counter(v for v in assigned.to_pylist() if v is not None)
    covered = sum(counts.values()) / n
    if covered < IDENTIFIER_SHARE:
        return None
    types = _column_types(counts, n, hint)
    return ColumnDecision(
        name,
        ColumnKind.IDENTIFIER,
        types,
        sample_size=n,
        match_share=covered,
        score=0.95,
        reason="sampled values have the shape (and checksum) of " + ", ".join(types),
    )


def _id_format_decision(name: str, values: list[str], column: pa.ChunkedArray) -> ColumnDecision | None:
    """A column of distinct values of one government-ID format is an identifier column, whatever its name says:
    a whole column published unchanged leaks far more than a code column pseudonymized."""
    found = id_format(pa.array(values, pa.string()))
    if found is None or found[2] < ID_FORMAT_SHARE:
        return None
    present = len(column) - column.null_count  # `values` are distinct already: the share is the column's
    if pc.count_distinct(column).as_py() < ID_FORMAT_DISTINCT * present:
        return None
    label, entity, share = found
    return ColumnDecision(
        name,
        ColumnKind.IDENTIFIER,
        [entity],
        sample_size=len(values),
        match_share=share,
        score=0.8,
        reason=f"distinct sampled values have one government-ID format ({label}); no context word",
    )


# Digit-only types without a checksum are named by shape only when nothing better fits.
_DIGIT_TYPES = frozenset({"US_SSN", "US_ITIN", "CREDIT_CARD", "PHONE_NUMBER", "DEVICE_ID"})


def _classify_text(name: str, column: pa.ChunkedArray, detector: SpanDetector, sample_size: int) -> ColumnDecision:
    values = sample_values(column, sample_size)
    if not values:
        return ColumnDecision(name, ColumnKind.CLEAN, reason="no values in sample")
    hint = name_hint(name)
    # A name that says passport, licence, person, username… names a type no shape confirms; nine
    # digits in a passport column are a passport, not an SSN.
    decided = None if hint in _HINT_DECIDES else _shape_decision(name, values, hint)
    if decided is None:
        decided = _id_format_decision(name, values, column)
    if decided is not None:
        return decided
    # Shapes looked at the whole sample; the NER model, the costly part, sees a smaller one, and a
    # smaller one still where the column's name already decides (the model only adds evidence).
    values = values[: HINT_NER_SAMPLE if hint in _HINT_DECIDES else NER_SAMPLE]
    results = detector.detect(values, column_hint=name)
    whole: Counter[str] = Counter()
    with_findings = 0
    scores: list[float] = []
    for text, spans in zip(values, results, strict=True):
        if spans:
            with_findings += 1
        span = covers_value(text, spans)
        if span is not None:
            whole[span.entity_type] += 1
            scores.append(span.score)
    n = len(values)
    share = sum(whole.values()) / n
    mean_length = sum(len(v) for v in values) / n
    if share >= IDENTIFIER_SHARE:
        types = _column_types(whole, n, hint)
        return ColumnDecision(
            name,
            ColumnKind.IDENTIFIER,
            types,
            sample_size=n,
            match_share=share,
            score=sum(scores) / len(scores),
            reason="sampled values are each one personal value",
        )
    composite = _composite_decision(name, values, results, mean_length)
    if composite is not None:
        return composite
    if hint in _HINT_DECIDES and mean_length <= _HINT_MAX_MEAN_LENGTH:
        return ColumnDecision(
            name,
            ColumnKind.IDENTIFIER,
            [hint],
            sample_size=n,
            match_share=share,
            score=0.7,
            reason=f"column name says {hint}; {share:.0%} of sampled values recognised as a whole",
        )
    finding_share = with_findings / n
    if finding_share >= FREE_TEXT_SHARE and (mean_length >= FREE_TEXT_MIN_LENGTH or finding_share >= COMPOSITE_SHARE):
        # Prose, or short composite cells ("Maria Lopez, (415) 555-0134"): replace the spans inside.
        return ColumnDecision(
            name,
            ColumnKind.FREE_TEXT,
            sample_size=n,
            match_share=finding_share,
            score=finding_share,
            reason="personal values inside longer text"
            if mean_length >= FREE_TEXT_MIN_LENGTH
            else "cells combine several personal values",
        )
    if finding_share > 0 and whole:
        # Short cells, some wholly personal: a mixed identifier column (a contact column).
        if share >= 0.2:
            types = [t for t, _ in whole.most_common()]
            return ColumnDecision(
                name,
                ColumnKind.IDENTIFIER,
                types,
                sample_size=n,
                match_share=share,
                score=0.6,
                reason="a share of sampled values are each one personal value",
            )
    return ColumnDecision(
        name, ColumnKind.CLEAN, sample_size=n, match_share=finding_share, reason="few or no personal values in sample"
    )


def _composite_decision(
    name: str, values: list[str], results: Sequence[Sequence[Span]], mean_length: float
) -> ColumnDecision | None:
    """Short cells that the contact split fits, holding phones or e-mails, whose name parts the NER
    model confirms as people (on a smaller share when the column is named for contacts)."""
    if mean_length > COMPOSITE_MAX_MEAN_LENGTH:
        return None
    n = len(values)
    split = composite_parts(pa.array(values, pa.string()))
    fits = split.fits.to_pylist()
    if sum(fits) < COMPOSITE_SPLIT_SHARE * n:
        return None
    id_types: Counter[str] = Counter()
    for part in ("id1", "id2"):
        found = pc.filter(split.texts[part], split.present(part))
        id_types.update(contact_types(found).to_pylist())
    if sum(id_types.values()) < COMPOSITE_ID_SHARE * n:
        return None
    person_share = _confirmed_names(fits, split.offsets["name"], results)
    needed = COMPOSITE_PERSON_SHARE / 2 if _CONTACT_NAME.search(name) else COMPOSITE_PERSON_SHARE
    if person_share < needed:
        return None
    types = ["PERSON"] + [t for t, _ in id_types.most_common()]
    return ColumnDecision(
        name,
        ColumnKind.COMPOSITE,
        types,
        sample_size=n,
        match_share=sum(fits) / n,
        score=person_share,
        reason=f"short composite cells (name, relation, {' or '.join(types[1:])}) split by shape; "
        f"{person_share:.0%} of sampled names confirmed as people",
    )


def _confirmed_names(fits: list[bool], name: tuple[pa.Array, pa.Array], results: Sequence[Sequence[Span]]) -> float:
    """Share of the split cells (among those the detector saw) whose name part overlaps a PERSON span."""
    starts, ends = name[0].to_pylist(), name[1].to_pylist()
    named = confirmed = 0
    for i, spans in enumerate(results):
        if not fits[i] or ends[i] <= starts[i]:
            continue
        named += 1
        confirmed += any(s.entity_type == "PERSON" and s.start < ends[i] and s.end > starts[i] for s in spans)
    return confirmed / named if named else 0.0
