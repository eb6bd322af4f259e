"""Geographic coordinates: decimal pairs, lat/lon labelled forms, degrees with N/S/E/W."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs, screen_text

from ._recognizer_helpers import ContextRegexRecognizer

_LAT = r"[-+]?(?:[1-8]?\d(?:\.\d+)?|90(?:\.0+)?)"
_LON = r"[-+]?(?:1[0-7]\d(?:\.\d+)?|0?\d{1,2}(?:\.\d+)?|180(?:\.0+)?)"
_DMS = r"\d{1,3}\s*°\s*(?:\d{1,2}(?:\.\d+)?\s*['′]\s*(?:\d{1,2}(?:\.\d+)?\s*(?:\"|″|'')\s*)?)?"
_DEG = r"\d{1,3}(?:\.\d+)?\s*°?\s*"


# What each pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern:
# "1.234" in a decimal pair; a digit or a degree, minute or second mark before the hemisphere letter.
_NEEDS = {
    "decimal_pair": re.compile(r"\d\.\d{3}"),
    "space_pair": re.compile(r"\d\.\d{4}"),
    "labelled": re.compile(r"lat"),
    "hemisphere": re.compile(r"[\d°'′\"″]\s*[ns]\b"),
}
_DIGIT = re.compile(r"\d")  # every pattern's match has one
# A sample value in documentation: "for example", "e.g.", "such as", "sample request", "the geofence example".
_EXAMPLE_BEFORE = re.compile(
    r"\b(?i:for\s+example|for\s+instance|e\.\s?g\.|such\s+as|examples?|sample\s+(?:values?|requests?|responses?|"
    r"config(?:uration)?|code|output|input|payload|data\s+set))\b[^.;\n]*$"
)


KEYED_SCORE = 0.86
_KEYED = re.compile(
    # (a photo's EXIF tags too: "GPSLatitude", '<tag name="GPSLongitude">-8.039700</tag>')
    r"(?i)(?<![A-Za-z])[\"']?(?:gps[ _]?)?(?P<key>lat(?:itude)?(?:e7)?|lon(?:gitude)?(?:e7)?|lng)[\"']?>?[ \t]*[:=]?"
    r"[ \t]*[\"']?"
    r"(?P<v>-?\d{1,3}\.\d{2,}|-?\d{6,10})(?![\d.])"
)


class GeoCoordinatesRecognizer(ContextRegexRecognizer):
    ENTITY = "GEO_COORDINATES"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(substrings=". lat n s")
    TEXT_NEEDS = _DIGIT
    PATTERN_NEEDS = _NEEDS
    PATTERNS = [
        # 37.7749, -122.4194: at least three decimals each, so prices and scores do not look like a place.
        ("decimal_pair", r"(?<![\w.\-])[-+]?\d{1,2}\.\d{3,}\s*,\s*[-+]?\d{1,3}\.\d{3,}(?!\w|\.\d)", 0.7),
        # "location -1.2921 36.8219": a pair with a space only, four decimals each; reported only with a context word.
        ("space_pair", r"(?<![\w.\-])[-+]?\d{1,2}\.\d{4,}[ \t]+[-+]?\d{1,3}\.\d{4,}(?!\w|\.\d)", 0.4),
        # lat 37.77 lon -122.41 / latitude: 37.77, longitude: -122.41
        (
            "labelled",
            r"\b(?i:lat(?:itude)?)\.?\s*[:=]?\s*"
            + _LAT
            + r"\s*°?\s*[NS]?\s*[,;/]?\s*(?:and\s+)?(?i:lon|lng|long|longitude)\.?\s*[:=]?\s*"
            + _LON
            + r"\s*°?(?:\s*[EW]\b)?",
            0.85,
        ),
        # 37°46'29.6"N 122°25'9.8"W / 37.7749° N, 122.4194° W / 37.7749N 122.4194W
        (
            "hemisphere",
            r"(?<![\w.])(?:" + _DMS + "|" + _DEG + r")[NS]\b\s*,?\s*(?:" + _DMS + "|" + _DEG + r")[EW]\b",
            0.8,
        ),
    ]
    CONTEXT = [
        r"gps", r"coordinates?", r"coords", r"location", r"lat", r"long?", r"pinned", r"pin", r"ping", r"geotag",
        r"map", r"whereabouts", r"located",
    ]  # fmt: skip
    CONTEXT_BOOST = 0.2
    FLAGS = 0
    _pair = re.compile(r"[-+]?\d+(?:\.\d+)?")

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        yield from super().candidates(text)
        if "lat" not in screen_text(text):
            return
        keyed = list(_KEYED.finditer(text))
        # A record's latitude and longitude, each a field of its own ('"latitude": 53.3498, "longitude": -6.2603',
        # "<lat>53.3498</lat>", Google's '"latitudeE7": 533498100'): both keys, each value in its range.
        kinds = {m.group("key").lower().startswith("lat") for m in keyed}
        if kinds != {True, False}:
            return
        for m in keyed:
            value = m.group("v")
            number = float(value) / (1e7 if m.group("key").lower().endswith("e7") else 1)
            limit = 90 if m.group("key").lower().startswith("lat") else 180
            if abs(number) <= limit and ("." in value or m.group("key").lower().endswith("e7")):
                yield "keyed", *m.span("v"), KEYED_SCORE

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if base == KEYED_SCORE:
            return base
        if _EXAMPLE_BEFORE.search(text, max(0, start - 48), start):
            return 0.0  # "(for example, 47.6204, -122.3491)": a documentation's sample point, nobody's whereabouts
        return super().score(text, start, end, base)

    def validate_result(self, pattern_text: str) -> bool | None:
        numbers = [float(x) for x in self._pair.findall(pattern_text)]
        if "°" in pattern_text or "N" in pattern_text or "S" in pattern_text:
            return None
        if len(numbers) >= 2 and (abs(numbers[0]) > 90 or abs(numbers[1]) > 180):
            return False
        return None
