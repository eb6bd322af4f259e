"""Canary sweeps: which planted values turn up in a body of text (output files, logs, reports)."""

from __future__ import annotations

# Structured identifiers are found by format and checksum and replaced wherever they stand: a sweep
# allows none of them. Names, addresses, usernames, phones and sensitive phrases inside free text rest
# on context and the NER model; a sweep holds them to a bar (their recall is measured by `eval`).
STRUCTURED_TYPES = frozenset(
    {
        "EMAIL_ADDRESS", "US_SSN", "US_ITIN", "CREDIT_CARD", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IBAN_CODE",
        "IP_ADDRESS", "MAC_ADDRESS", "DEVICE_ID", "US_DRIVER_LICENSE", "US_PASSPORT", "GEO_COORDINATES",
    }
)  # fmt: skip
CONTEXTUAL_LEAK_BAR = 0.02

_PREFIX = 6  # planted values are at least this long (the seeding module skips shorter ones)


def find_planted(texts: list[str], planted: set[str]) -> set[str]:
    """The planted values that occur in `texts`, by a prefix index: linear in the text, not in
    texts x values."""
    index: dict[str, list[str]] = {}
    for value in planted:
        if len(value) >= _PREFIX:
            index.setdefault(value[:_PREFIX], []).append(value)
    found: set[str] = set()
    for text in texts:
        for i in range(len(text) - _PREFIX + 1):
            candidates = index.get(text[i : i + _PREFIX])
            if candidates:
                found.update(v for v in candidates if text.startswith(v, i))
    return found


def split_planted(planted_by_type: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """(structured values, contextual values)."""
    structured = {v for t, values in planted_by_type.items() if t in STRUCTURED_TYPES for v in values}
    contextual = {v for t, values in planted_by_type.items() if t not in STRUCTURED_TYPES for v in values}
    return structured, contextual - structured
