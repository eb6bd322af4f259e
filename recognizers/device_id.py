"""Device identifiers: IMEI (15 digits, Luhn) and advertising IDs (IDFA/GAID: UUIDs); push tokens (FCM); any
identifier under a device column's header ("IMEI/Serial", "push_token", "UDID") or after a device's label."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import screen_text

from ._recognizer_helpers import DASH, NB_DIGIT, NE, ContextRegexRecognizer, digits, is_ip_address, luhn_ok
from ._tables import column_cells

# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
# An IMEI has six digits in a row, an IMEISV sixteen; an Android ID's sixteen hex digits are a whole word.
_NEEDS: dict[str, re.Pattern[str] | int] = {
    "imei": re.compile(r"\d{6}"),
    "imeisv": re.compile(r"\d{16}"),
    "imei_tac": re.compile(r"\d{8}[ \-\u2010-\u2015\u2212]\d{6}"),
    "iccid": re.compile(r"89\d{17}"),
    "uuid": re.compile(r"-[0-9a-f]{4}-"),
    "android_id": 16,
}


# Digits counting up (or down) in a row, as typed for a dummy value.
_RUN = "0123456789" * 3


class DeviceIdRecognizer(ContextRegexRecognizer):
    ENTITY = "DEVICE_ID"
    LABEL = "DEVICE_ID"
    PATTERNS = [
        # IMEI: 15 digits (TAC 8, serial 6, Luhn check 1), often printed 2-6-6-1.
        # Without a device word, fifteen Luhn-valid digits are as often an account or a reference number: context only.
        (
            "imei",
            NB_DIGIT + r"\d(?:" + DASH + r"|[ ])?\d{6}(?:" + DASH + r"|[ ])?\d{6}(?:" + DASH + r"|[ ])?\d" + NE,
            0.35,
        ),
        # An IMEI printed as its type allocation code, serial and check digit (8-6-1): "35656697 638197 0".
        ("imei_tac", NB_DIGIT + r"\d{7}(?:" + DASH + r"|[ ])\d{6}(?:" + DASH + r"|[ ])\d" + NE, 0.35),
        # ICCID: a SIM card's number, ISO 7812 with the telecom industry's "89" first, 19 or 20 digits with a Luhn
        # check: no payment card starts so, and nothing else is shaped so.
        ("iccid", r"(?<![\w\-.])89\d{17,18}(?!\d)", 0.75),
        # IMEISV: 16 digits, no check digit; context only.
        ("imeisv", NB_DIGIT + r"\d{15}" + NE, 0.1),
        # Advertising IDs (IDFA, GAID) are random UUIDs, but so are request, order and record IDs: a UUID is a device
        # identifier after a device word ("advertising ID", "IDFA", "device"), not alone.
        ("uuid", r"(?<![\w\-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w\-])", 0.35),
        # Android ID: 16 hex characters, context only.
        ("android_id", r"(?<![\w\-])[0-9a-f]{16}(?![\w\-])", 0.1),
    ]
    CONTEXT_BOOST = 0.45
    PATTERN_NEEDS = _NEEDS

    def invalidate_result(self, pattern_text: str) -> bool | None:
        # "000000000000000", "1234567890123456": a form's placeholder or a test value, no device's.
        number = digits(pattern_text)
        return len(number) >= 15 and (len(set(number)) == 1 or number in _RUN or number in _RUN[::-1])

    def validate_result(self, pattern_text: str) -> bool | None:
        if "-" in pattern_text and len(pattern_text) == 36:
            return None
        number = digits(pattern_text)
        if len(number) == 15:
            return True if luhn_ok(number) else False
        if len(number) in (19, 20) and number.startswith("89"):
            return True if luhn_ok(number) else False
        return None

    VALID_BOOST = 0.1

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        yield from super().candidates(text)
        if "\n" in text and _COLUMN_WORD.search(screen_text(text)):
            for start, end in column_cells(text, _DEVICE_HEADER):
                # (an address under a device's header, "; serial" above a DNS zone's records, is ip_address.py's)
                if _CELL_DEVICE.fullmatch(text, start, end) and not is_ip_address(text[start:end]):
                    yield "table_column", start, end, COLUMN_SCORE
        if ":apa91b" in screen_text(text):
            for m in _FCM_TOKEN.finditer(text):
                yield "push_token", m.start(), m.end(), COLUMN_SCORE
        for m in _LABELLED.finditer(text):
            yield "labelled", m.start("v"), m.end("v"), COLUMN_SCORE
        lowered = screen_text(text)
        if any(w in lowered for w in _NAMED_WORDS):
            for m in _NAMED_AFTER.finditer(text):
                group = next(g for g in ("v", "w", "x", "y") if m.group(g) is not None)
                yield "named_after", m.start(group), m.end(group), COLUMN_SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if base == COLUMN_SCORE:  # the column's header, the token's own shape or the label names the device
            return 0.0 if self.invalidate_result(text[start:end]) else base
        return super().score(text, start, end, base)


COLUMN_SCORE = 0.85


# Words one of which a device's label holds ("serial", "IMSI", "android_id"): the labelled patterns run only then.
_NAMED_WORDS = ("serial", "device", "s/n", "imei", "imsi", "udid", "idfa", "gaid", "aaid", "android")
# A table's column of device identifiers: "IMEI/Serial", "push_token", "device_id", "IDFA", "UDID".
_DEVICE_HEADER = re.compile(
    r"(?i:(?:[a-z]+[ _\-/])?(?:imei(?:[ _\-/]*(?:sv|serial|no|number))?|serial[ _\-]?(?:no|number)?|"
    r"device[ _\-]?(?:id|token|serial)|(?:push|fcm|gcm|apns|registration)[ _\-]?(?:token|id)|udid|idfa|idfv|gaid|"
    r"aaid|android[ _\-]?id|ad(?:vertising)?[ _\-]?id|imsi|iccid|sim[ _\-]?(?:id|serial|no|number))s?)"
)
_COLUMN_WORD = re.compile(
    r"imei|serial|device|token|udid|idfa|idfv|gaid|aaid|android|advertising|ad_id|ad id|imsi|iccid|sim"
)
# A cell holding an identifier: one token of 8 characters or more, with digits in it (a maker's serial may hold
# only two or three: "R55IQIEKK8B", "TB27-SJRIFZ7F").
_CELL_DEVICE = re.compile(r"(?=(?:[^\d\s]*\d){2})[\w:\-.]{8,200}")
# A Firebase Cloud Messaging registration token: an instance ID, ":", and a token that starts "APA91b".
_FCM_TOKEN = re.compile(r"(?<![\w\-:])[\w\-]{11,}:APA91b[\w\-]{20,}(?![\w\-])")
# A code its kind follows in brackets, or after "on device": "R58DH6R5YXTJ (serial no.)", "XBX6521234101 (console
# serial)", "on device F2LU4X43C6WC".
_CODE = r"(?=[A-Za-z0-9\-]*\d)(?=[A-Za-z0-9\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-]{7,40}(?![\w\-])"
_NAMED_AFTER = re.compile(
    r"(?P<v>" + _CODE + r")[ \t]*\((?i:(?:[a-z]+[ \t])?(?:serial(?:[ \t]*(?:no\.?|number|#))?|s/n|imei))\)|"
    # "on device F2LU4X43C6WC", "His tablet's serial is DMPMB7SEFB2K", a record's "device_id": "…", "serial_no.=…"
    r"(?i:\bon[ \t]+(?:the[ \t]+)?device[ \t]+|['’]s[ \t]+serial(?:[ \t]+(?:no\.?|number))?[ \t]+(?:is|was)[ \t]+|"
    r"\b(?:device[_ ]?id|device[_ ]?serial|serial[_ ]?(?:no\.?|number)?|imei|udid|idfa|gaid|aaid|adid|android[_ ]?id)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?)(?P<w>" + _CODE + r")|"
    # a handset's "serial R5CB773NRLQJ" after its maker's name or an IMEI on the line (a code in capitals and digits)
    # (not a lab's or a workshop's equipment: "Manufacturer: Fluke   Model F679   Serial NY8179682")
    # (or a games console's: "Nintendo Switch serial XAW29670010279", "console serial 156399879995"; not a laptop's
    # in an asset register)
    r"(?:(?i:imei|handset|phone|galaxy|iphone|pixel|xiaomi|nokia|oppo|huawei|samsung|advertising[ \t]+id|console|"
    r"nintendo|xbox|playstation|ps[45])"
    r"[^\n]{0,80}?\b(?i:serial|s/n)[ \t]+)(?P<x>(?=[A-Z0-9]*\d)(?:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,20}|\d{10,20}))"
    r"(?![\w\-])|"
    # a SIM's subscriber identity after its label: "IMSI 310260205706169", "imsi = 260013042710551"
    r"(?i:\bimsi)[\"']?[ \t]*[:=\t]?[ \t]*[\"']?(?P<y>\d{14,15})(?!\d)"
)
# A device identifier after its label: "Device UDID: 00008030-001A35E22E62802E", "serial no. C02XK1JHJG5J".
_LABELLED = re.compile(
    r"(?i:\b(?:udid|device\s+(?:udid|id|identifier|serial)|devices(?=[ \t]*:)|serial\s+(?:no\.?|number|#)|"
    # a device's own "Serial:" after its name on the line: "Router (CPE) MAC: … Serial: R90PJTCADTZ", "Console serial"
    r"(?:(?:router|modem|cpe|console|phone|handset|tablet|laptop|device|camera|watch)\b[^\n]{0,60}?\bserial))"
    r"[ \t]*[:=#|][ \t]*|"
    # a photo's EXIF tag, written without a colon: "BodySerialNumber R5F7YCWL1LT", "SerialNumber 75307/COGA2IS5"
    r"\b(?-i:(?:Body|Camera|Internal|Lens)?SerialNumber)[ \t]*[:=]?[ \t]*)"
    r"(?P<v>(?=[\w\-/]*\d)[A-Za-z0-9][A-Za-z0-9\-/]{7,40})(?![\w\-/])"
)
