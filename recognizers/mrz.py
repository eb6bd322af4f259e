"""The machine-readable zone of a passport or an identity card (ICAO Doc 9303), as OCR prints it under a scanned
document: the holder's name, document number, date of birth and personal number, read by their place in the zone.

Three layouts: TD3 (passports, two lines of 44), TD2 (two lines of 36) and TD1 (identity cards, three lines of 30).
Fields are padded with "<"; a name is "SURNAME<<GIVEN<NAMES". OCR drops or adds a filler here and there, so a
line is read by where its fields start, and a check digit (weights 7, 3, 1) only raises the score of a number it
confirms: a number whose digit OCR misread is still the holder's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

SCORE = 0.85
CHECKED_SCORE = 0.95
# A line of the zone: capitals, digits and "<" fillers, 28 to 46 of them (OCR drops or adds a filler).
_LINE = re.compile(r"^[ \t]*(?P<z>(?=[A-Z0-9]*<)[A-Z0-9<]{28,46})[ \t]*$", re.MULTILINE)
_NAME = re.compile(r"[A-Z]+(?:<{1,2}[A-Z]+)*")
_WEIGHTS = (7, 3, 1)
# Issuing states whose passport number is a US passport's (the rest are another country's government number).
_US = frozenset({"USA"})


def _value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - ord("A") + 10


def check_digit(field: str) -> str:
    """ICAO 9303's check digit of a field: its characters' values weighted 7, 3, 1 in turn, modulo 10."""
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def _zones(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of two or three zone lines one under the other, each line as (offset, text)."""
    run: list[tuple[int, str]] = []
    for m in _LINE.finditer(text):
        if run and text.count("\n", run[-1][0], m.start()) != 1:
            if len(run) >= 2:
                yield run
            run = []
        run.append((m.start("z"), m.group("z")))
    if len(run) >= 2:
        yield run


def _name(offset: int, field: str) -> Iterator[tuple[str, int, int, float]]:
    """ "SURNAME<<GIVEN<NAMES" as one name, without the fillers after it."""
    m = _NAME.search(field)
    if m is not None and len(m.group()) >= 2:
        yield "PERSON", offset + m.start(), offset + m.end(), SCORE


def _number(
    entity: str, offset: int, field: str, check: str | None, minimum: int = 5
) -> Iterator[tuple[str, int, int, float]]:
    """A number field without its fillers; a score raised when its check digit confirms it."""
    value = field.rstrip("<")
    lead = len(value) - len(value.lstrip("<"))
    value = value.strip("<")
    if len(value) < minimum or not any(c.isdigit() for c in value):
        return
    score = CHECKED_SCORE if check is not None and check_digit(field) == check else SCORE
    yield entity, offset + lead, offset + lead + len(value), score


def _birth(offset: int, field: str, check: str | None) -> Iterator[tuple[str, int, int, float]]:
    if re.fullmatch(r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", field):
        score = CHECKED_SCORE if check is not None and check_digit(field) == check else SCORE
        yield "DATE_OF_BIRTH", offset, offset + 6, score


def zone_values(text: str) -> Iterator[tuple[str, int, int, float]]:
    """(entity, start, end, score) of each personal field of each machine-readable zone in `text`."""
    for run in _zones(text):
        width = max(len(line) for _, line in run)
        if len(run) >= 3 and width <= 32:  # TD1: number and personal number / birth / name
            (o1, l1), (o2, l2), (o3, l3) = run[:3]
            yield from _number("NATIONAL_ID", o1 + 5, l1[5:14], l1[14:15] or None)
            yield from _number("NATIONAL_ID", o1 + 15, l1[15:30], None)
            yield from _birth(o2, l2[0:6], l2[6:7] or None)
            yield from _name(o3, l3)
        elif width >= 33:  # TD3 (44) or TD2 (36): type, state and name / number, nationality, birth, …
            (o1, l1), (o2, l2) = run[:2]
            state = l1[2:5].replace("<", "")
            yield from _name(o1 + 5, l1[5:])
            number_entity = "US_PASSPORT" if state in _US and l1.startswith("P") else "NATIONAL_ID"
            yield from _number(number_entity, o2, l2[0:9], l2[9:10] or None)
            yield from _birth(o2 + 13, l2[13:19], l2[19:20] or None)
            if width >= 40:
                yield from _number("NATIONAL_ID", o2 + 28, l2[28:42], l2[42:43] or None)


class MrzRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    SUPPORTED_ENTITIES = ["PERSON", "NATIONAL_ID", "US_PASSPORT", "DATE_OF_BIRTH"]
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    TYPED_BY_PATTERN = True  # each candidate is yielded under its field's type
    SCREEN = needs(substrings=["<<"])

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        yield from zone_values(text)

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base
