"""Whole-value shapes of structured identifiers, for vectorised work on columns (pyarrow.compute, RE2).

`FULL` patterns say "this cell is one X" (typing the cells of an identifier column); `SCREEN`
patterns say "this cell may contain an X" and pick the few cells of a clean column that the
recognizers must look at. Checksums (Luhn, ABA) then run over the candidate arrays only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

_SEP = r"[ \-.]?"
FULL: dict[str, str] = {
    "EMAIL_ADDRESS": r"^\s*[A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*$",
    "US_SSN": r"^\s*(?:00[1-9]|0[1-9]\d|[1-578]\d\d|6[0-57-9]\d|66[0-57-9])[ \-]?\d\d[ \-]?\d{4}\s*$",
    "US_ITIN": r"^\s*9\d\d[ \-]?(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])[ \-]?\d{4}\s*$",
    "PHONE_NUMBER": r"^\s*(?:\+?1[ \-.]?)?(?:\(\d{3}\)|\d{3})[ \-.]?\d{3}[ \-.]?\d{4}"
    r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?\s*$",
    "CREDIT_CARD": r"^\s*\d(?:[ \-]?\d){12,18}\s*$",
    "IP_ADDRESS": r"^\s*(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\s*$"
    r"|^\s*[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\s*$",
    "MAC_ADDRESS": r"^\s*[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}\s*$",
    "DEVICE_ID": r"^\s*(?:\d{15}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\s*$",
    "IBAN_CODE": r"^\s*[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\s*$",
    # Federal Reserve routing symbols: 00-12, 21-32, 61-72 (thrifts) and 80 (traveller's cheques).
    "ABA_ROUTING_NUMBER": r"^\s*(?:0\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)\d{7}\s*$",
    "US_BANK_NUMBER": r"^\s*\d{8,17}\s*$",
    "GEO_COORDINATES": r"^\s*[-+]?\d{1,2}\.\d{3,}\s*,\s*[-+]?\d{1,3}\.\d{3,}\s*$",
    "URL": r"^\s*https?://\S+\s*$",
}

# Substring screens for clean columns: only cells matching one are handed to the recognizers.
SCREEN: dict[str, str] = {
    "EMAIL_ADDRESS": r"[A-Za-z0-9._%+\-]@[A-Za-z0-9\-]+\.",
    "DIGITS": r"\d(?:[ \-.()/]*\d){6,}",  # SSN, ITIN, phone, card, bank, routing, IMEI
    "IP_ADDRESS": r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}",
    "MAC_ADDRESS": r"[0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}",
    "IBAN_CODE": r"[A-Z]{2}\d{2} ?[A-Z0-9]{4}",
    "DEVICE_ID": r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-",
    "URL": r"https?://|www\.",
    # Disguised values (detection/normalize.py undoes them): an encoded or spaced "@", an address with
    # look-alike letters of another script, bidi controls, a number broken across lines.
    "DISGUISED": r"%40|&#0*64;|&#[xX]0*40;|&commat;|[\w.]\s+@\s*[\w\-]+\.|@\s+[\w\-]+\.|"
    r"[\pL\d._%+\-]@[\pL\d\-]+\.|[\x{202A}-\x{202E}\x{2066}-\x{2069}]|\d[\-.]?\s*\n\s*[\-.]?\d|"
    # an address spelled out ("name at gmail dot com", "name[at]gmail[dot]com")
    r"(?i:[\[({<]\s*at\s*[\])}>]|\sat\s+[\w\-]+\s*(?:[\[({<]\s*)?dot\b)",
}

# When a value fits several shapes, the more specific one names it.
PRECEDENCE = (
    "EMAIL_ADDRESS", "URL", "MAC_ADDRESS", "IP_ADDRESS", "DEVICE_ID", "IBAN_CODE", "GEO_COORDINATES",
    "US_ITIN", "US_SSN", "ABA_ROUTING_NUMBER", "CREDIT_CARD", "PHONE_NUMBER", "US_BANK_NUMBER",
)  # fmt: skip


def luhn_valid(array: pa.Array) -> pa.Array:
    """Luhn check over an array of strings (separators ignored), as one matrix operation.

    Digits are left-padded with zeros to one width (padding does not change a Luhn sum), so the
    Arrow data buffer is an n x width matrix of ASCII digits.
    """
    digits = pc.replace_substring_regex(pc.fill_null(pc.cast(array, pa.string()), ""), r"\D", "")
    width = pc.max(pc.utf8_length(digits)).as_py() or 0
    if width == 0:
        return pa.array(np.zeros(len(array), dtype=bool))
    padded = (
        pc.utf8_lpad(digits, width=width, padding="0").combine_chunks()
        if isinstance(digits, pa.ChunkedArray)
        else pc.utf8_lpad(digits, width=width, padding="0")
    )
    padded = pa.concat_arrays([padded])  # a fresh, unsliced buffer
    data = np.frombuffer(padded.buffers()[2], dtype=np.uint8)[: len(padded) * width]
    matrix = data.reshape(len(padded), width).astype(np.int16) - 48
    doubled = (width - 1 - np.arange(width)) % 2 == 1
    matrix[:, doubled] *= 2
    matrix[matrix > 9] -= 9
    nonempty = np.asarray(pc.greater(pc.utf8_length(digits), 1).to_numpy(zero_copy_only=False))
    return pa.array((matrix.sum(axis=1) % 10 == 0) & nonempty)


def aba_valid(array: pa.Array) -> pa.Array:
    """ABA routing checksum 3-7-1 over nine-digit strings."""
    digits = pc.replace_substring_regex(pc.fill_null(pc.cast(array, pa.string()), ""), r"\D", "")
    ok_len = pc.equal(pc.utf8_length(digits), 9)
    fixed = pa.concat_arrays([pc.if_else(ok_len, digits, pa.scalar("000000001"))])
    data = np.frombuffer(fixed.buffers()[2], dtype=np.uint8)[: len(fixed) * 9]
    matrix = data.reshape(len(fixed), 9).astype(np.int32) - 48
    total = matrix @ np.array([3, 7, 1, 3, 7, 1, 3, 7, 1])
    return pc.and_(ok_len, pa.array((total % 10 == 0) & (total > 0)))


# Shapes made only of digits are ambiguous (a nine-digit number may be an SSN, an account or a
# routing number); they name a cell only when the column is of that type.
DISTINCTIVE = frozenset({"EMAIL_ADDRESS", "URL", "MAC_ADDRESS", "IP_ADDRESS", "IBAN_CODE", "GEO_COORDINATES"})

_CHECKSUMS = {"CREDIT_CARD": luhn_valid, "ABA_ROUTING_NUMBER": aba_valid}


# Government-ID formats exact enough that a column of distinct values of one of them is an identifier column
# whatever its name ("id_doc" full of Florida licences): (format, its entity type, whole-value RE2 pattern).
ID_FORMATS: tuple[tuple[str, str, str], ...] = (
    ("a letter and 12 digits (FL, MD, MI, MN licence)", "US_DRIVER_LICENSE", r"^\s*[A-Z]\d{12}\s*$"),
    ("a dashed Florida licence", "US_DRIVER_LICENSE", r"^\s*[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d\s*$"),
    ("a letter and 11 digits (IL licence)", "US_DRIVER_LICENSE", r"^\s*[A-Z]\d{11}\s*$"),
    ("a dashed Illinois licence", "US_DRIVER_LICENSE", r"^\s*[A-Z]\d{3}-\d{4}-\d{4}\s*$"),
    ("a letter and 13 digits (WI licence)", "US_DRIVER_LICENSE", r"^\s*[A-Z]\d{13}\s*$"),
    ("a dashed Wisconsin licence", "US_DRIVER_LICENSE", r"^\s*[A-Z]\d{3}-\d{4}-\d{4}-\d{2}\s*$"),
    ("a letter and 14 digits (NJ licence)", "US_DRIVER_LICENSE", r"^\s*[A-Z]\d{4} ?\d{5} ?\d{5}\s*$"),
    ("a dashed Maryland licence", "US_DRIVER_LICENSE", r"^\s*[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}\s*$"),
    ("a spaced Michigan licence", "US_DRIVER_LICENSE", r"^\s*[A-Z] \d{3} \d{3} \d{3} \d{3}\s*$"),
    ("a Washington licence", "US_DRIVER_LICENSE", r"^\s*WDL[A-Z0-9]{9}\s*$"),
    ("a letter and 8 digits (US passport)", "US_PASSPORT", r"^\s*[A-Z]\d{8}\s*$"),
    ("a UK National Insurance number", "NATIONAL_ID", r"^\s*[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\s*$"),
    ("a Swiss AHV number", "NATIONAL_ID", r"^\s*756\.\d{4}\.\d{4}\.\d{2}\s*$"),
    ("a Spanish DNI or NIE", "NATIONAL_ID", r"^\s*[XYZ]?\d{7,8}-?[A-Z]\s*$"),
    ("an Italian codice fiscale", "NATIONAL_ID", r"^\s*[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\s*$"),
    ("a Mexican CURP", "NATIONAL_ID", r"^\s*[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d\s*$"),
    ("a Korean resident registration number", "NATIONAL_ID", r"^\s*\d{6}-[1-8]\d{6}\s*$"),
    ("a Brazilian CPF", "NATIONAL_ID", r"^\s*\d{3}\.\d{3}\.\d{3}-\d{2}\s*$"),
    ("a Pakistani CNIC", "NATIONAL_ID", r"^\s*\d{5}-\d{7}-\d\s*$"),
    ("a Malaysian NRIC", "NATIONAL_ID", r"^\s*\d{6}-\d{2}-\d{4}\s*$"),
    ("a Chilean RUT", "NATIONAL_ID", r"^\s*\d{1,2}\.\d{3}\.\d{3}-[\dkK]\s*$"),
    ("a dashed Thai ID", "NATIONAL_ID", r"^\s*\d-\d{4}-\d{5}-\d{2}-\d\s*$"),
    (
        "a Chinese resident ID",
        "NATIONAL_ID",
        r"^\s*\d{6}(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]\s*$",
    ),
)


def id_format(array: pa.Array) -> tuple[str, str, float] | None:
    """The government-ID format most cells of `array` have: (format, entity type, share of cells), or None."""
    best = None
    for label, entity, pattern in ID_FORMATS:
        share = pc.mean(pc.cast(pc.fill_null(pc.match_substring_regex(array, pattern), False), pa.int8())).as_py()
        if share and (best is None or share > best[2]):
            best = (label, entity, share)
    return best


def full_match(array: pa.Array, entity: str) -> pa.Array:
    """Cells that are wholly one `entity`, checksum included where the type has one."""
    mask = pc.fill_null(pc.match_substring_regex(array, FULL[entity]), False)
    check = _CHECKSUMS.get(entity)
    if check is not None and pc.any(mask).as_py():
        mask = pc.and_(mask, check(array))
    if entity == "DEVICE_ID" and pc.any(mask).as_py():
        # A 15-digit IMEI carries a Luhn digit; an advertising ID is a UUID.
        is_uuid = pc.fill_null(pc.match_substring(array, "-"), False)
        mask = pc.and_(mask, pc.or_(is_uuid, luhn_valid(array)))
    return mask


def type_cells(array: pa.Array, column_types: list[str]) -> pa.Array:
    """Per cell, the entity type it is: a column type whose shape it has, else a distinctive shape it
    has (a stray e-mail in a phone column), else the column's first type."""
    result = pa.array([column_types[0]] * len(array), pa.string())
    candidates = [t for t in PRECEDENCE if t in DISTINCTIVE and t not in column_types]
    candidates += [t for t in reversed(column_types) if t in FULL]
    # Later assignments win: the column's own types (first listed strongest) override strays.
    for entity in candidates:
        mask = full_match(array, entity)
        if pc.any(mask).as_py():
            result = pc.if_else(mask, pa.scalar(entity), result)
    return result


def screen(array: pa.Array) -> pa.Array:
    """Cells that may hold a structured identifier."""
    mask = None
    for pattern in SCREEN.values():
        m = pc.fill_null(pc.match_substring_regex(array, pattern), False)
        mask = m if mask is None else pc.or_(mask, m)
    return mask if mask is not None else pa.array([False] * len(array))


# ---------------------------------------------------------------- composite contact cells
# Short cells that join a name, an optional relation and a phone or e-mail ("Ana Ruiz (wife)
# 415-555-0134", "Ana Ruiz - ana@example.org"). One RE2 pattern splits a whole column into its parts;
# its groups cover the cell end to end, so each part's offsets are sums of the lengths before it.
RELATIONS = (
    "mother", "father", "parent", "wife", "husband", "spouse", "partner", "sister", "brother", "sibling",
    "daughter", "son", "child", "aunt", "uncle", "niece", "nephew", "cousin", "grandmother", "grandfather",
    "grandparent", "grandma", "grandpa", "guardian", "friend", "neighbor", "neighbour", "roommate", "fiance",
    "fiancee", "boyfriend", "girlfriend", "colleague", "coworker", "employer", "caregiver", "mom", "dad",
    "stepmother", "stepfather", "in-law",
)  # fmt: skip
_WORD = r"\p{L}[\p{L}\p{M}'’.\-]*"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r"){0,5}"
_RELATION = r"(?i:" + "|".join(RELATIONS) + r")"
# Lower-case words in brackets (a relation, "mobile") or a relation word between separators.
_NOTE = r"\((?:\s*[a-z][a-z '\-/]*|\s*" + _RELATION + r"(?:[\s\-/]+[A-Za-z]+)*\s*)\)"
_GLUE = r"(?:\s*(?:[,;:/|\-–—]|" + _NOTE + r"|\b" + _RELATION + r"\b))*\s*"


def _inner(entity: str) -> str:
    """A FULL pattern without its anchors and surrounding blanks, to be embedded in a larger one."""
    return FULL[entity].removeprefix(r"^\s*").removesuffix(r"\s*$")


COMPOSITE_TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS")
_CONTACT_ID = "(?:" + "|".join(_inner(t) for t in COMPOSITE_TYPES) + ")"
COMPOSITE = (
    rf"^(?P<lead>\s*)(?P<name>{_NAME})(?P<glue1>{_GLUE})(?P<id1>{_CONTACT_ID})?"
    rf"(?P<glue2>{_GLUE})(?P<id2>{_CONTACT_ID})?(?P<tail>{_GLUE})$"
)
_PARTS = ("lead", "name", "glue1", "id1", "glue2", "id2", "tail")
SPANNED_PARTS = ("name", "id1", "id2")


@dataclass(frozen=True)
class CompositeSplit:
    """Composite contact cells split into parts: which cells fit, and per spanned part its text and
    (start, end) offsets in code points. A part a cell lacks is empty (end == start)."""

    fits: pa.Array
    texts: dict[str, pa.Array]
    offsets: dict[str, tuple[pa.Array, pa.Array]]

    def present(self, part: str) -> pa.Array:
        start, end = self.offsets[part]
        return pc.and_(self.fits, pc.greater(end, start))


def composite_parts(array: pa.Array) -> CompositeSplit:
    """Split a whole column of composite contact cells with one RE2 pass."""
    parts = pc.extract_regex(array, COMPOSITE)
    fits = pc.fill_null(pc.is_valid(parts), False)
    texts: dict[str, pa.Array] = {}
    offsets: dict[str, tuple[pa.Array, pa.Array]] = {}
    start = pa.array(np.zeros(len(array), dtype=np.int32))
    for i, part in enumerate(_PARTS):
        text = pc.struct_field(parts, [i])
        end = pc.add(start, pc.cast(pc.utf8_length(text), pa.int32()))
        if part in SPANNED_PARTS:
            texts[part] = text
            offsets[part] = (start, end)
        start = end
    return CompositeSplit(fits, texts, offsets)


def contact_types(values: pa.Array) -> pa.Array:
    """The type of each structured part of a composite cell (an e-mail, else a phone)."""
    is_email = pc.fill_null(pc.match_substring(values, "@"), False)
    return pc.if_else(is_email, pa.scalar("EMAIL_ADDRESS"), pa.scalar("PHONE_NUMBER"))
