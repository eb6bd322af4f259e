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
    # one network or multicast address alone may be a home's or a device's: still reported (Presidio's reading)
    ("Subnet: 192.168.1.0/24", "192.168.1.0/24"),
    ("Multicast ff02::1", "ff02::1"),
    # a host written with its prefix is a host, whatever the plan around it
    ("Plan: 10.1.0.0/16, 10.2.0.0/16, 10.3.0.0/16\nHe logged in from 10.1.2.7", "10.1.2.7"),
    ("Plan: 10.1.0.0/16, 10.2.0.0/16, 10.3.0.0/16\nfrom fe80::9a60:f21e/64", "fe80::9a60:f21e/64"),
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
    # a zone file's records publish servers' addresses
    "www\tIN\tA\t203.0.113.228\nwww\tIN\tAAAA\t2001:db8:fef::56",
    '@ 3600 IN TXT "v=spf1 ip4:198.51.100.0/24 -all"',
    # a reference list of addresses no one holds
    "Reserved:\n  255.255.255.255  limited broadcast\n  ff02::1  all nodes\n  224.0.0.2  all routers",
    # an addressing plan: networks, and each one's gateway on its row
    "Site plan\nHQ voice   10.1.2.0/24  10.1.2.1\nHQ data   10.1.3.0/24  10.1.3.1\nLab   10.9.0.0/16  10.9.0.1",
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
