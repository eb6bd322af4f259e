"""The de-identifier the pipeline calls: whole identifier columns, spans inside free text, single values.

Columns are dictionary-encoded, each distinct value is de-identified once (and cached per rule,
entity type and value), then the results are taken back into row order.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc

from pii_pipeline.types import Span

from . import operators
from .errors import KeyRingError
from .keys import KeyRing
from .normalize_values import normalize
from .policy import Policy, Rule
from .tokens import Tokenizer, check_entity_name

CACHE_SIZE = 4096  # values seen again soon (free text repeats names); bounded so memory does not grow with rows


class _LRU:
    """A small LRU for (rule, entity, value) -> output. Holds raw values in memory only, never logged."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[tuple[Rule, str, str], str | None] = OrderedDict()

    def __repr__(self) -> str:
        return f"_LRU(entries={len(self._data)}, size={self.size})"

    def get(self, key: tuple[Rule, str, str]) -> tuple[bool, str | None]:
        if key in self._data:
            self._data.move_to_end(key)
            return True, self._data[key]
        return False, None

    def put(self, key: tuple[Rule, str, str], value: str | None) -> None:
        self._data[key] = value
        if len(self._data) > self.size:
            self._data.popitem(last=False)


class Deidentifier:
    def __init__(
        self,
        policy: Policy,
        keyring: KeyRing | None,
        *,
        store: str,
        table: str,
        today: date | None = None,
        cache_size: int = CACHE_SIZE,
    ) -> None:
        needs_key = sorted({r.operator for r in policy.rules_for_table(store, table) if r.needs_key})
        if keyring is None and needs_key:
            # Fail closed: without a key no token can be made, so nothing may be written.
            raise KeyRingError(
                f"{policy.source}: operators {', '.join(needs_key)} need a key for {store}.{table}, and none was given"
            )
        self.policy = policy
        self.store = store
        self.table = table
        self._tokens = Tokenizer(keyring) if keyring is not None else None
        self._today = today
        self._cache = _LRU(cache_size)

    def __repr__(self) -> str:
        return f"Deidentifier(store={self.store!r}, table={self.table!r}, policy={self.policy.source!r})"

    def rule(self, entity_type: str, column: str | None) -> Rule:
        return self.policy.rule_for(entity_type, store=self.store, table=self.table, column=column)

    def operator_for(self, entity_type: str, column: str | None) -> str:
        return self.rule(entity_type, column).operator

    # ------------------------------------------------------------ single values
    def value(self, value: str, entity_type: str, column: str | None = None) -> str | None:
        """The de-identified value; None when the rule drops it."""
        return self._apply(self.rule(entity_type, column), entity_type, value)

    def _apply(self, rule: Rule, entity_type: str, value: str) -> str | None:
        key = (rule, entity_type, value)
        hit, out = self._cache.get(key)
        if not hit:
            out = self._compute(rule, entity_type, value)
            self._cache.put(key, out)
        return out

    def _compute(self, rule: Rule, entity_type: str, value: str) -> str | None:
        op = rule.operator
        if op == "keep":
            return value
        if op == "drop":
            return None
        if op == "redact":
            return operators.redact(entity_type)
        if op == "mask":
            return operators.mask(value, rule.keep_last)
        if op == "generalize":
            return operators.generalize(value, entity_type, rule, self._today)
        if self._tokens is None:  # cannot happen after __init__'s check; kept as a guard
            raise KeyRingError(f"operator {op} needs a key and none was given")
        normalized = normalize(entity_type, value)
        check_entity_name(entity_type)
        if op == "pseudonymize":
            return self._tokens.pseudonym(entity_type, normalized)
        if op == "encrypt":
            return self._tokens.encrypt(entity_type, normalized)
        raise ValueError(f"unknown operator {op!r}")

    # ------------------------------------------------------------ columns
    def column(self, values: pa.Array | pa.ChunkedArray, column: str, entity_type: str) -> pa.Array | None:
        """The column de-identified; None means drop the column. Nulls stay null. Text out, except `keep`."""
        rule = self.rule(entity_type, column)
        if rule.operator == "drop":
            return None
        if rule.operator == "keep":
            return values
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        if pa.types.is_dictionary(values.type):
            values = values.dictionary_decode()
        if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
            values = pc.cast(values, pa.string())
        if rule.operator == "redact":
            # Every non-null cell gets the same marker: no per-value work.
            marker = pa.scalar(operators.redact(entity_type), pa.string())
            return pc.if_else(pc.is_null(values), pa.scalar(None, pa.string()), marker)
        encoded = pc.dictionary_encode(values)
        distinct = encoded.dictionary.to_pylist()
        if rule.operator == "pseudonymize" and self._tokens is not None:
            # The hot path of a table: each distinct value once, HMACs and encoding in bulk.
            check_entity_name(entity_type)
            tokens = self._tokens.pseudonyms(entity_type, [normalize(entity_type, v) for v in distinct])
            mapped = pa.array(tokens, type=pa.string())
        else:
            mapped = pa.array([self._apply(rule, entity_type, v) for v in distinct], type=pa.string())
        return pc.take(mapped, encoded.indices)

    # ------------------------------------------------------------ free text
    def text(self, text: str, spans: Sequence[Span], column: str) -> str:
        """`text` with each span replaced per its type's rule; everything outside the spans unchanged."""
        if not text or not spans:
            return text
        pieces: list[str] = []
        pos = 0
        for start, end, entity_type in merge_spans(spans, len(text)):
            rule = self.rule(entity_type, column)
            out = self._apply(rule, entity_type, text[start:end])
            pieces.append(text[pos:start])
            # Inside a text a dropped value still leaves a marker, so the sentence keeps its shape.
            pieces.append(operators.redact(entity_type) if out is None else out)
            pos = end
        pieces.append(text[pos:])
        return "".join(pieces)


def merge_spans(spans: Sequence[Span], length: int) -> list[tuple[int, int, str]]:
    """Sorted, clipped to the text, overlaps merged. A merged region takes the type of its longest span
    (ties: higher score), so `Jane Doe` inside `Jane Doe, 555-0100` stays one PERSON."""
    cleaned = sorted(
        ((max(0, s.start), min(length, s.end), s) for s in spans if min(length, s.end) > max(0, s.start)),
        key=lambda item: (item[0], item[1]),
    )
    merged: list[tuple[int, int, Span]] = []
    for start, end, span in cleaned:
        if merged and start < merged[-1][1]:
            m_start, m_end, m_span = merged[-1]
            if (end - start, span.score) > (m_span.end - m_span.start, m_span.score):
                m_span = span
            merged[-1] = (m_start, max(m_end, end), m_span)
        else:
            merged.append((start, end, span))
    return [(start, end, span.entity_type) for start, end, span in merged]
