"""Canary sweeps: which planted values turn up in a body of text (output files, logs, reports)."""

from __future__ import annotations

# A sweep allows no planted value at all (issue #6): structured identifiers (found by format and checksum)
# and contextual ones alike (names, addresses, usernames, phones and sensitive phrases in free text).

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


def leaks_by_type(texts: list[str], planted_by_type: dict[str, set[str]]) -> dict[str, list[str]]:
    """The planted values found in `texts`, by entity type (sorted; types with none left out)."""
    found = find_planted(texts, {v for values in planted_by_type.values() for v in values})
    leaks = {t: sorted(values & found) for t, values in sorted(planted_by_type.items())}
    return {t: values for t, values in leaks.items() if values}


def describe_leaks(leaks: dict[str, list[str]], shown: int = 5) -> str:
    """An assertion message: "3 planted values leaked: PERSON 2 ('Jane Doe', ...); PHONE_NUMBER 1 (...)"."""
    total = sum(len(v) for v in leaks.values())
    parts = [
        f"{t} {len(v)} ({', '.join(map(repr, v[:shown]))}{', ...' if len(v) > shown else ''})" for t, v in leaks.items()
    ]
    return f"{total} planted values leaked: " + "; ".join(parts)
