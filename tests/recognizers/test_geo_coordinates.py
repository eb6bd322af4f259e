"""GeoCoordinatesRecognizer, called directly: decimal pairs, labelled and hemisphere forms; not documentation's
sample points."""

from __future__ import annotations

import pytest

RECOGNIZER = "geo_coordinates"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Location pinged at 40.4168, -3.7038 at 23:10 last night.", "40.4168, -3.7038"),
        ("the GPS sample showed he was at 40.4168, -3.7038", "40.4168, -3.7038"),
        ("lat 48.8584 lon 2.2945", "lat 48.8584 lon 2.2945"),
        ("37.7749° N, 122.4194° W", "37.7749° N, 122.4194° W"),
        ("location -1.2921 36.8219 (Nairobi)", "-1.2921 36.8219"),  # a space only, with a context word
        # A record's fields of their own: JSON, XML, Google's integers of ten-millionths of a degree
        ('{"ip": "81.103.44.12", "latitude": 53.34981, "ts": 1718203377, "longitude": -6.26031}', "-6.26031"),
        ("<point><lat>53.34981</lat><lon>-6.26031</lon></point>", "53.34981"),
        ('{"latitudeE7": 533498100, "longitudeE7": -62603100, "accuracy": 12}', "533498100"),
        # a photo's EXIF tags, in XML and in JSON
        ('<tag name="GPSLatitude">51.868522</tag><tag name="GPSLongitude">-8.039700</tag>', "-8.039700"),
        ('"exif": {"make_model": "Apple iPhone 12", "GPSLatitude": 52.256392, "GPSLongitude": 5.829486}', "52.256392"),
    ],
)
def test_finds(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A latitude and longitude pair, in degrees (for example, 47.6204, -122.3491).",
        "Coordinates for the geofence example in the docs: 37.7749, -122.4194.",
        "Pass a point such as 51.5007, -0.1246 to the API.",
        '{"latency": 12.55, "long_running": 1}',  # no latitude's key, no longitude's
        "lat_ms: 120, lon_ms: 450",
        '{"latitude": 153.5, "longitude": 12.25}',  # out of range
        "Price 12.5, 3.75 per unit",
        "readings 12.3456 45.6789 and 0.1234 0.5678 in the table",  # a space-separated pair with no context word
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
