"""Phone numbers in a country's own national notation, without a country word: "07700 900123" (UK), "06 12 34 56
78" (France), "090-1234-5678" (Japan), "8 (912) 345-67-89" (Russia), "138 1234 5678" (China).

libphonenumber (phonenumbers) decides, for the countries a hotline hears from: the digits must be a valid number of
one of them, and written in that country's own grouping (the groups of `format_number(..., NATIONAL)`); that
grouping is what sets a phone number apart from an account code or a price with as many digits. With a phone word
near it ("call", "mobile", "my number"), a valid number in any grouping is enough; bare digits need that word too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import PhoneNumberFormat

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer, counting_run, luhn_ok
from .phone_number import PHONE_CONTEXT, PHONE_CONTEXT_UNSPACED

# Countries whose national notation is read: Europe, the UK and Switzerland, and where callers to an international
# hotline most often live. (The US and Canada have their own recognizer; "+" numbers are read by phone_number.)
REGIONS = "GB IE FR DE AT CH IT ES PT NL BE DK SE NO FI PL GR RO UA RU TR IL JP CN KR IN PH AU BR MX NG KE ZA".split()
# The phone words of those countries' languages ("nomor HP", "số điện thoại", "simu") before a number.
_OTHER_LANGUAGE_CUE = re.compile(
    r"(?i:nomor|\bhp\b|telepon|đi[ệe]n\s+tho[ạa]i|s[đd]t|simu|nambari|telepono|hatif|هاتف|جوال|موبايل|"
    r"เบอร์|โทร|telefon|tel[ée]fono|celular|handy)"
)
# More countries, tried only after a phone word ("Nomor HP: 0812-3456-7890"): every region more is a check more for
# each number-like value of a table, most of which are no phone numbers.
CUED_REGIONS = "ID VN TH MY PK BD EG SA AE MA AR CO PE CL SG NZ CZ HU".split()
GROUPED_SCORE = 0.6
# A lottery draw's or a game's numbers, in the partners' languages.
_DRAW = re.compile(
    r"(?i:lott(?:o|ery|erie)|loto|draw|drawn|jackpot|bonus\s+ball|powerball|euromillions?|euro\s*jackpot|"
    r"thunderball|winning\s+numbers|tirage|ziehung|sorteo|estrazione|losowanie|bingo|keno)"
)
# libphonenumber compiles each country's patterns on use; more of them than Python's regex cache holds would be
# recompiled for every number. Its own switch keeps them compiled.
phonenumbers.re_util.enable_pattern_cache()
CUED_SCORE = 0.85
# A mobile number as its owner dials it (trunk prefix and all) with no phone word: below a grouped one's score.
MOBILE_SCORE = 0.5
# A run of digit groups: an optional single trunk digit and a bracketed area code ("8 (912)"), then groups joined
# by one space, dash, dot or slash; 7 to 15 digits in all (counted in `candidates`). Letters of Latin script glued
# on make a code ("A1234567"); those of other scripts may touch the digits ("电话13812345678").
_CANDIDATE = re.compile(
    r"(?<![0-9A-Za-z_\u00c0-\u024f+\-./,])(?:"
    r"\d(?:[ \-]\d){6,14}(?![ \-]?\d)|"  # digit by digit, as speech is transcribed: "0 7 7 0 0 9 0 0 1 2 3"
    r"(?:\d[ \u00a0])?(?:\(\d{1,5}\)[ \u00a0]?)?\d{1,15}(?:[ \u00a0\-./]\d{1,10}){0,5}"
    r")(?![0-9A-Za-z_\u00c0-\u024f\-]|[.,/]\d)"
)
_DATE_LIKE = re.compile(r"\d{1,4}([\-./ ])\d{1,2}\1\d{1,4}")
# Two years joined by a dash or a slash: a period ("2026-2030", "1998/1999"), never a phone number.
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d[ \-/]{1,3}(?:19|20)\d\d")
_GROUPS = re.compile(r"\d+")
_US_SHAPE = re.compile(r"(?:1[ \-.])?[2-9]\d\d[ \-.]\d{3}[ \-.]\d{4}")
_SEPARATED = re.compile(r"\d[ \u00a0\-./()]+\d")


@functools.cache
def _plans(cued: bool = False) -> tuple[tuple[str, int, str, frozenset[int]], ...]:
    """Per region: its country code, its national (trunk) prefix ("0" in most of Europe, "8" in Russia, none in
    Italy or Spain) and the lengths its national numbers may have, from libphonenumber's metadata."""
    plans = []
    for region in REGIONS + (CUED_REGIONS if cued else []):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is not None and metadata.general_desc is not None:
            lengths = frozenset(metadata.general_desc.possible_length or ())
            plans.append((region, metadata.country_code, metadata.national_prefix or "", lengths))
    return tuple(plans)


def _numbers_for(digits: str, cued: bool = False) -> Iterator[tuple[str, phonenumbers.PhoneNumber]]:
    """`digits` as a number of each region whose plan allows its length, built directly (no `parse` per region):
    with its trunk prefix dropped, or as written (mobile numbers in China and Brazil go without one)."""
    for region, code, trunk, lengths in _plans(cued):
        national = digits[len(trunk) :] if trunk and digits.startswith(trunk) else digits
        if len(national) not in lengths:
            continue
        number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
        zeros = len(national) - len(national.lstrip("0"))
        if zeros:  # Italy keeps the leading zero of its landlines
            number.italian_leading_zero = True
            number.number_of_leading_zeros = zeros if zeros > 1 else None
        yield region, number


@functools.lru_cache(maxsize=4096)
def _valid_in(number: str, cued: bool = False) -> tuple[bool, bool]:
    """(valid in some region, valid and written as its people write it: in that region's national grouping, or in
    groups after the region's trunk prefix, "07700 900 123", or digit by digit as speech is transcribed)."""
    groups = _GROUPS.findall(number)
    digits = "".join(groups)
    if digits.startswith("00") and len(digits) >= 11 and _international(digits[2:]):
        return True, len(groups) > 1  # "0063 908 002 1487": the international prefix dialled from Europe or Asia
    spoken = len(groups) >= 7 and all(len(g) == 1 for g in groups)  # "0 7 7 0 0 9 0 0 1 2 3"
    valid = False
    for region, parsed in _numbers_for(digits, cued):
        if not phonenumbers.is_valid_number_for_region(parsed, region):
            continue
        valid = True
        if len(groups) > 1 and (
            spoken
            or _GROUPS.findall(phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)) == groups
            or (" " in number and "." not in number and "/" not in number and _after_trunk(region, groups))
        ):
            return True, True
    return valid, False


@functools.cache
def _trunk(region: str) -> str:
    """The region's national (trunk) prefix, "" for none (or a region whose plan is not read)."""
    return next((t for r, _, t, _ in _plans(True) if r == region), "")


@functools.lru_cache(maxsize=4096)
def _mobile_after_trunk(digits: str) -> bool:
    """Whether `digits` open with a region's trunk prefix ("0", Russia's "8") and are then a valid mobile number of
    that region, at its full length ("07400091748", "0612746053", "89686744646"). An order's or a ticket's number
    rarely opens with a trunk prefix and a mobile range at once; ten digits at least (a serial's eight do not count)."""
    if len(digits) < 10:
        return False
    for region, parsed in _numbers_for(digits):
        trunk = _trunk(region)
        if trunk and digits.startswith(trunk) and phonenumbers.is_valid_number_for_region(parsed, region):
            if phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE:
                return True
    return False


def _international(digits: str) -> bool:
    """Whether `digits` are a country code and a valid number of that country."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


def _after_trunk(region: str, groups: list[str]) -> bool:
    """Groups of three to five digits, the first (of four or five: the trunk prefix and an area or mobile code)
    opening with the region's trunk prefix, ten digits at least ("07700 900 123"; not "046 454 286", an ID's
    threes)."""
    trunk = _trunk(region)
    if not trunk or not groups[0].startswith(trunk) or len(groups[0]) < 4 or sum(map(len, groups)) < 10:
        return False
    return all(3 <= len(g) <= 5 for g in groups)


class NationalPhoneRecognizer(ContextRegexRecognizer):
    ENTITY = "PHONE_NUMBER"
    LABEL = "PHONE_NUMBER"
    CONTEXT = PHONE_CONTEXT
    CONTEXT_UNSPACED = PHONE_CONTEXT_UNSPACED
    CONTEXT_WINDOW = 40
    # Every candidate has two digits in a row.
    SCREEN = needs(substrings="0 1 2 3 4 5 6 7 8 9")

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _CANDIDATE.finditer(text):
            value, start, end = m.group(), m.start(), m.end()
            number = "".join(_GROUPS.findall(value))
            if not 8 <= len(number) <= 15 or _DATE_LIKE.fullmatch(value) or _US_SHAPE.fullmatch(value):
                continue  # a date; a US shape is phone_number's
            if _YEAR_RANGE.fullmatch(value):
                continue  # "Strategic plan 2026-2030", "the 2019/2020 season": two years, not a phone
            if (len(number) >= 13 and luhn_ok(number)) or self._is_reference(text, start):
                continue  # a card number; "invoice SKU 4929…"
            cued = self.has_context(text, start, end)
            if cued and sum(c.isdigit() for c in text[max(0, start - self.CONTEXT_WINDOW) : start]) >= 7:
                cued = None  # "phone 314 261 4521, paid with 3725 …": the phone word was another number's
            if cued is False:
                continue  # another identifier's label
            if not cued and counting_run(number):
                continue  # "0123456789" under a font's alphabet: a sample of digits (a phone word keeps France's
                # "01 23 45 67 89")
            if not cued and _DRAW.search(text, max(0, start - 80), start):
                continue  # "EuroMillions: 02 15 23 41 44": a draw's numbers, grouped in pairs like a French phone
            if not cued and not _SEPARATED.search(value):
                if _mobile_after_trunk(number):
                    yield "national_mobile", start, end, MOBILE_SCORE  # "yes 07400 091748" typed without gaps
                continue  # other bare digits: not without a phone word
            extra = bool(cued) and (
                _OTHER_LANGUAGE_CUE.search(text, max(0, start - self.CONTEXT_WINDOW), start) is not None
            )
            valid, grouped = _valid_in(value, extra)
            if not valid:
                continue
            if cued:
                yield "national_cued", start, end, CUED_SCORE
            elif grouped and cued is None:
                yield "national_grouped", start, end, GROUPED_SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base  # the context and libphonenumber's checks were applied in `candidates`
