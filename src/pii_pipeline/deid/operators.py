"""The value operators that need no key: redact, mask, generalize.

Anything generalize cannot parse becomes the redaction marker: an unparsed value is never passed through.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime

from .places import region_of
from .policy import Rule

DEFAULT_KEEP_LAST = 4
DEFAULT_ZIP_DIGITS = 3
DEFAULT_DECIMALS = 1
AGE_EDGES: tuple[float, ...] = (0, 6, 13, 18, 25, 35, 45, 55, 65)
AMOUNT_EDGES: tuple[float, ...] = (0, 10, 25, 50, 100, 250, 500, 1000, 5000, 10000)

_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_ZIP = re.compile(r"(?<!\d)(\d{5})(?:-\d{4})?(?!\d)")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%m/%d/%Y",
    "%m-%d-%Y",
    "%m/%d/%y",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y%m%d",
)


def redact(entity_type: str) -> str:
    return f"<{entity_type}>"


def mask(value: str, keep_last: int | None = None) -> str:
    """Letters and digits become `*` except the last `keep_last`; separators stay: `***-**-1120`.

    At most half of the letters and digits are kept, so a short value is never shown whole.
    """
    keep = DEFAULT_KEEP_LAST if keep_last is None else keep_last
    alnum = sum(ch.isalnum() for ch in value)
    keep = min(keep, alnum // 2)
    out = []
    for ch in reversed(value):
        if ch.isalnum():
            if keep > 0:
                keep -= 1
                out.append(ch)
            else:
                out.append("*")
        else:
            out.append(ch)
    return "".join(reversed(out))


def generalize_kind(entity_type: str, rule: Rule) -> str:
    if rule.kind and rule.kind != "auto":
        return rule.kind
    name = entity_type.upper()
    if name == "DATE_OF_BIRTH" or "DATE" in name:
        return "date"
    if "AGE" in name:
        return "age"
    if "GEO" in name or "COORD" in name:
        return "coordinates"
    if name == "LOCATION":
        return "location"
    if "ZIP" in name or "POSTAL" in name:
        return "zip"
    if "AMOUNT" in name or "MONEY" in name:
        return "amount"
    return "none"


def generalize(value: str, entity_type: str, rule: Rule, today: date | None = None) -> str:
    kind = generalize_kind(entity_type, rule)
    today = rule.as_of or today or date.today()
    result: str | None = None
    if kind == "date":
        result = _date(value, rule.granularity or "year", rule.edges or AGE_EDGES, today)
    elif kind == "age":
        age = parse_age(value)
        result = band(age, rule.edges or AGE_EDGES, integral=True) if age is not None else None
    elif kind == "zip":
        result = zip3(value, DEFAULT_ZIP_DIGITS if rule.digits is None else rule.digits)
    elif kind == "coordinates":
        result = coordinates(value, DEFAULT_DECIMALS if rule.decimals is None else rule.decimals)
    elif kind == "location":
        result = region_of(value)  # a town's state or region; unknown or ambiguous places are redacted
    elif kind == "amount":
        amount = parse_amount(value)
        result = band(amount, rule.edges or AMOUNT_EDGES, integral=False) if amount is not None else None
    return result if result is not None else redact(entity_type)


def parse_date(value: str, today: date) -> date | None:
    text = value.strip()
    if "T" in text[:20] or " " in text[10:11]:
        text = text[:10]
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if parsed > today and "%y" in fmt:  # a two-digit year in the future is last century
            parsed = parsed.replace(year=parsed.year - 100)
        return parsed
    return None


def _date(value: str, granularity: str, edges: Sequence[float], today: date) -> str | None:
    parsed = parse_date(value, today)
    if parsed is None:
        year_match = _YEAR.search(value)
        if year_match is None:
            return None
        year = int(year_match.group(1))
        if granularity == "year":
            return str(year) if year <= today.year else None
        age = today.year - year  # year only: may be one year high; bands are wide enough
    else:
        if parsed > today:
            return None
        if granularity == "year":
            return str(parsed.year)
        age = today.year - parsed.year - ((today.month, today.day) < (parsed.month, parsed.day))
    return band(age, edges, integral=True)


def parse_age(value: str) -> float | None:
    match = _NUMBER.search(value)
    if match is None:
        return None
    number = float(match.group())
    lowered = value.lower()
    if any(unit in lowered for unit in ("month", "week", "day")):
        number = 0
    return number if 0 <= number <= 130 else None


def parse_amount(value: str) -> float | None:
    text = re.sub(r"[\s,$€£]", "", value)
    match = _NUMBER.fullmatch(text) or _NUMBER.search(text)
    if match is None:
        return None
    number = float(match.group())
    return number if math.isfinite(number) else None


def band(x: float, edges: Sequence[float], *, integral: bool) -> str | None:
    """Label of the band holding x: `13-17` (integral, inclusive) or `10-25` (amounts, [lo, hi)); top `65+`."""
    if x < edges[0]:
        return None if integral else f"<{_num(edges[0])}"
    for lo, hi in zip(edges, edges[1:], strict=False):
        if lo <= x < hi:
            upper = _num(math.ceil(hi) - 1) if integral else _num(hi)
            return f"{_num(lo)}-{upper}"
    return f"{_num(edges[-1])}+"


def zip3(value: str, digits: int) -> str | None:
    match = _ZIP.search(value)
    if match is None:
        return None
    code = match.group(1)
    return code[:digits] + "*" * (5 - digits)


def coordinates(value: str, decimals: int) -> str | None:
    numbers = [float(n) for n in _NUMBER.findall(value)]
    if not numbers or len(numbers) > 2:
        return None
    if len(numbers) == 2 and not (-90 <= numbers[0] <= 90 and -180 <= numbers[1] <= 180):
        return None
    return ", ".join(f"{round(n, decimals) + 0.0:.{decimals}f}" for n in numbers)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
