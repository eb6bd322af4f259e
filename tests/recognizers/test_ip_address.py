"""IP_ADDRESS, called directly (Presidio style): IPv6 with a prefix length or a zone, IPv4 inside IPv6."""

from __future__ import annotations

import pytest

RECOGNIZER = "ip_address"

POSITIVES = [
    ('host = "10.2.3.4"\nversion = "1.2.3"', "10.2.3.4"),  # one version beside it makes no lockfile
    # a record's "ip" key names an address, however many versions the log holds
    ('{"ip":"10.4.4.2","app_ver":"5.17.4"}\n{"app_ver":"3.7.2"}\n{"app_ver":"3.9.3"}', "10.4.4.2"),
    ("0:0:0:0:0:FFFF:129.144.52.38", "0:0:0:0:0:FFFF:129.144.52.38"),
    ("2001:db8:0:0:0:0:192.168.1.1", "2001:db8:0:0:0:0:192.168.1.1"),
    ("Prefix: 2001:db8::/32", "2001:db8::/32"),
    ("Use 2001:db8::/32.", "2001:db8::/32"),
    ("fe80::1%eth0/64", "fe80::1%eth0/64"),
    ("2001:db8::%eth0/128", "2001:db8::%eth0/128"),
    ("::1/128", "::1/128"),
    ("logged in from 203.0.113.42", "203.0.113.42"),
    ("192.168.1.1.1", "192.168.1.1"),  # Presidio's reading: the address is the first four parts
    ("::ffff:192.0.2.128", "::ffff:192.0.2.128"),
]
NEGATIVES = [
    "- Bootloader 2.5.5.32 required",  # a device's software version (nineteenth session)
    "baseband 4.1.2.9 and modem 1.0.0.4",
    # a lockfile's four-part version among its three-part ones
    'tiny-http = "11.32.9"\nunits-core = "6.5.0.9"  # sha256:864dc0\nnumcrunch = "12.31.7"\nargspec = "0.12.3"',
    "2001:db8::256.1.1.1",
    "at 10:30:45 today",
    "ratio 1:2:3",
    "version 10.0.0.1",
    "time 12:30",
    "section 3.1.4.1 of the contract",
    "see § 2.1.4.3",
    "step 1.2.3.4.5",
    "firmware 4.2.1.3 and driver 31.0.15.5222 are the latest",
    "firmware version: 2.0.1.5",
    "Release notes 7.3.0.2: improved sync",
    "The sensor hex dump reads 0A:1B:2C:3D:4E:5F:60:71 at offset 0x7ff",  # bytes, not IPv6
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_whole_address_found(find, text: str, value: str) -> None:
    found = find(text)
    assert found and all(e == "IP_ADDRESS" and score >= 0.5 for e, _, score in found)
    assert value in [v for _, v, _ in found]  # the longest one: the detector merges the overlapping parts into it
    assert all(v in value for _, v, _ in found)


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
