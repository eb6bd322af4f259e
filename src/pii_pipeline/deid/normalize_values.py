"""Canonical form of a value before it is tokenised, so formatting does not split one person in two.

`078-05-1120`, `078 05 1120` and `078051120` are one SSN; `Jane@X.org ` and `jane@x.org` one email.
A value that does not parse as its type falls back to the generic form (NFKC, trimmed, spaces
collapsed, case-folded): never to an empty string, which would merge unrelated values into one token.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

import phonenumbers

DEFAULT_PHONE_REGION = "US"

_SPACES = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_HEX = re.compile(r"[^0-9a-f]+")
_DIGITS_AND_SEPARATORS = re.compile(r"[\d\s\-./]+")


def generic(value: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip().casefold()


def digits_only(value: str) -> str:
    digits = _NON_DIGITS.sub("", unicodedata.normalize("NFKC", value))
    return digits or generic(value)


def nine_digits(value: str) -> str:
    """SSNs and routing numbers stored as integers lose leading zeros (078051120 -> 78051120): put them back."""
    digits = digits_only(value)
    return digits.zfill(9) if digits.isdigit() and 7 <= len(digits) < 9 else digits


def alnum(value: str) -> str:
    """Passport, licence, IBAN numbers: letters and digits count, spacing and case do not."""
    cleaned = _NON_ALNUM.sub("", generic(value))
    return cleaned or generic(value)


def email(value: str) -> str:
    text = generic(value)
    return text.removeprefix("mailto:").strip("<> ")


_NANP_FORMAT = re.compile(r"^\+?[\d\s().\-]+$")


def phone(value: str, region: str = DEFAULT_PHONE_REGION) -> str:
    text = unicodedata.normalize("NFKC", value).strip()
    if region == "US" and _NANP_FORMAT.match(text):
        # The common case without libphonenumber's parse (about 30 us): a ten-digit US number, or
        # eleven digits with the country code 1. The result is what parse + E.164 would give.
        digits = _NON_DIGITS.sub("", text)
        if text.startswith("+"):
            if len(digits) == 11 and digits[0] == "1":
                return "+" + digits
        elif len(digits) == 10:
            return "+1" + digits
        elif len(digits) == 11 and digits[0] == "1":
            return "+" + digits
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    digits = _NON_DIGITS.sub("", text)
    if not digits:
        return generic(value)
    return ("+" if text.startswith("+") else "") + digits


def username(value: str) -> str:
    return generic(value).lstrip("@")


def ip(value: str) -> str:
    text = generic(value)
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return text


def mac(value: str) -> str:
    hexdigits = _NON_HEX.sub("", generic(value))
    if len(hexdigits) != 12:
        return generic(value)
    return ":".join(hexdigits[i : i + 2] for i in range(0, 12, 2))


def device_id(value: str) -> str:
    """IMEIs to digits; other IDs (UUIDs, Android IDs) case-folded."""
    text = generic(value)
    if _DIGITS_AND_SEPARATORS.fullmatch(text):
        return digits_only(text)
    return text


def url(value: str) -> str:
    text = generic(value)
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if not parts.scheme and not parts.netloc:
        return text.rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), parts.query, parts.fragment))


def address(value: str) -> str:
    return generic(value).strip(" .,;")


_BY_TYPE: dict[str, Callable[[str], str]] = {
    "US_SSN": nine_digits,
    "US_ITIN": digits_only,
    "CREDIT_CARD": digits_only,
    "US_BANK_NUMBER": digits_only,
    "ABA_ROUTING_NUMBER": nine_digits,
    "IMEI": digits_only,
    "DEVICE_ID": device_id,
    "US_PASSPORT": alnum,
    "US_DRIVER_LICENSE": alnum,
    "IBAN_CODE": alnum,
    "EMAIL_ADDRESS": email,
    "PHONE_NUMBER": phone,
    "USERNAME": username,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "URL": url,
    "STREET_ADDRESS": address,
    "PERSON": generic,
}


def normalize(entity_type: str, value: str) -> str:
    """The canonical form of `value` as an `entity_type`; unknown types get the generic form."""
    return _BY_TYPE.get(entity_type, generic)(value)
