"""IP addresses: IPv4 dotted quads (not versions) and IPv6 (checked by the ipaddress module)."""

import functools
import ipaddress
import re

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer, ip_address_of, is_ip_address, line_of

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_VERSION_BEFORE = re.compile(
    r"(?:\bv|\bversion|\brelease|\bbuild|\bver\.?|\bsection|\bsec\.|§|\bclause|\bchapter|\bch\.|\bstep|"
    r"\bparagraph|\bpara\.?|\bart(?:icle|\.)?|\bitem|\brule|\bfigure|\bfig\.|\btable|\bstandard|\boid|"
    r"\brelease\s+notes?|\bchangelog|\bfirmware|\bdriver|\bpatch|\bkernel|\bbios|\bsdk|\brev(?:ision|\.)?|\bedition|\bmodel|\bfw|"
    # the parts of a device's software: "Bootloader 2.5.5.32 required", "bootrom 1.0.0.4", "baseband 4.1.2.9"
    r"\bboot(?:loader|rom)|\bbaseband|\bmodem|\bmicrocode|\bfirmware\s+image)\s*"
    r"(?:(?:no\.?|number|is|of)\s*)?[:#]?\s*$",
    re.IGNORECASE,
)

# A lockfile's or a manifest's versions: a value quoted or after "==" / "@" with three parts ("1.2.0"). Among three or
# more of them, a four-part value in the same place ("tiny-http = "6.5.0.9"") is one more version, no address.
_QUOTED_VERSION = re.compile(r"(?:[\"'@]|==)[ \t]*\d{1,4}\.\d{1,4}\.\d{1,4}(?![.\d])")
_VALUE_BEFORE = re.compile(r"(?:[\"'@]|==)[ \t]*$")
_MIN_VERSIONS = 3
# A key that names an address ("ip": "…", host = "…"): its value is one, whatever versions the record holds.
_ADDRESS_KEY = re.compile(
    r"(?i:ip|ipv[46]|addr(?:ess)?|host|remote|client|src|dst|source|dest|peer|server|gateway)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?$"
)

# Seven or eight groups of exactly two hex digits, none left out: a run of bytes; IPv6 addresses are written with
# leading zeros dropped and "::" for runs of zeros.
_HEX_BYTES = re.compile(r"[0-9a-f]{2}(?::[0-9a-f]{2}){6,7}", re.IGNORECASE)

# Every pattern's match has a ":" (IPv6) or a digit, a dot and a digit (IPv4).
_COLON_OR_DOTTED = re.compile(r":|\d\.\d")

# What each pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "ipv4": re.compile(r"\d\.\d"),
    "ipv6": re.compile(r":"),
    "ipv6_v4": re.compile(r":.*\d\.\d"),
    "ipv6_loopback": re.compile(r"::"),
}


# A zone file's resource record publishes a server's or a network's address, no one's: "www  IN  A  203.0.113.5",
# "@  3600  IN  TXT  "v=spf1 ip4:198.51.100.0/24 -all"".
_DNS_RECORD = re.compile(r"^\S*[ \t]+(?:\d+[ \t]+)?IN[ \t]+(?:A|AAAA|TXT|SPF|PTR|APL)[ \t]")
# Anything shaped like an address, with its zone and prefix: what a text's count of infrastructure addresses reads.
_ADDRESS_LIKE = re.compile(r"(?<![\w.:])[0-9a-f]*[.:][0-9a-f.:]*(?:%\w+)?(?:/\d{1,3})?(?![\w:]|\.\w)", re.IGNORECASE)
# Addresses no one holds (networks, multicast groups, broadcast) that make a text an addressing plan or a reference
# list, not a record of who used what. One alone is still reported: "Subnet: 192.168.1.0/24" may be a home's.
_MIN_INFRASTRUCTURE = 3


def _network(value: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """The network `value` names when it is one: a prefix shorter than the address, host part all zeros
    ("10.17.54.0/24"); a host written with its prefix ("fe80::9a60:f21e/64") names no network."""
    address, _, prefix = value.split("%")[0].partition("/")
    if not prefix:
        return None
    try:
        network = ipaddress.ip_network(f"{address}/{prefix}", strict=False)
    except ValueError:
        return None
    if network.prefixlen >= network.max_prefixlen or network.network_address != ip_address_of(address):
        return None
    return network


def _no_one_has(value: str) -> bool:
    """Addresses no one's device holds: a network's own address, multicast groups, "0.0.0.0", the limited
    broadcast "255.255.255.255"."""
    address = ip_address_of(value)
    if address is None:
        return False
    if address.is_multicast or address.is_unspecified or address == ipaddress.IPv4Address("255.255.255.255"):
        return True
    return _network(value) is not None


@functools.lru_cache(maxsize=8)
def _infrastructure(text: str) -> bool:
    """Whether `text` lists enough addresses no one holds to be an addressing plan or a reference list."""
    seen = 0
    for m in _ADDRESS_LIKE.finditer(text):
        seen += _no_one_has(m.group())
        if seen >= _MIN_INFRASTRUCTURE:
            return True
    return False


def _infrastructure_address(text: str, start: int, value: str) -> bool:
    """In an addressing plan or a reference list: an address no one holds, or a gateway written on the same line
    as the network that holds it ("Data hall B  10.122.228.0/24  10.122.228.1")."""
    if not _infrastructure(text):
        return False
    if _no_one_has(value):
        return True
    address = ip_address_of(value)
    if address is None:
        return False
    line = line_of(text, start)
    return any(address in n for m in _ADDRESS_LIKE.finditer(line) if (n := _network(m.group())) is not None)


def _versions(text: str) -> int:
    return sum(1 for _ in _QUOTED_VERSION.finditer(text))


class IpAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "IP_ADDRESS"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(substrings=". :")
    TEXT_NEEDS = _COLON_OR_DOTTED
    PATTERN_NEEDS = _NEEDS
    PATTERNS = [
        # "192.168.1.1.1": the address is its first four parts (Presidio's reading); a version or a section
        # number with more parts has its cue before it (`_VERSION_BEFORE`).
        ("ipv4", r"(?<![\w.\-])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?:/\d{1,2})?(?![\w\-])", 0.85),
        (
            "ipv6",
            r"(?<![\w:.])(?:[0-9a-f]{1,4}:){1,7}(?::|(?::[0-9a-f]{1,4}){1,7}|[0-9a-f]{1,4})"
            r"(?:(?<=:)" + _OCTET + r"(?:\." + _OCTET + r"){3})?(?:%\w+)?(?:/\d{1,3})?(?![\w:]|\.\d)",
            0.85,
        ),
        # An IPv4 address inside an IPv6 one written in full ("0:0:0:0:0:FFFF:129.144.52.38"); a prefix length or a
        # zone ("fe80::1%eth0/64") belongs to the address.
        (
            "ipv6_v4",
            r"(?<![\w:.])(?:[0-9a-f]{0,4}:){2,6}" + _OCTET + r"(?:\." + _OCTET + r"){3}(?:%\w+)?(?:/\d{1,3})?"
            r"(?![\w:]|\.\d)",
            0.85,
        ),
        ("ipv6_loopback", r"(?<![\w:])::(?:ffff:)?[0-9a-f.:]*[0-9a-f](?:/\d{1,3})?(?![\w:])", 0.6),
    ]
    CONTEXT = [r"ip", r"ipv4", r"ipv6", r"ip\s+address", r"address", r"logged\s+from", r"host"]
    CONTEXT_BOOST = 0.1
    REFERENCE_NEGATIVE = False

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if is_ip_address(pattern_text) else False

    def score(self, text: str, start: int, end: int, base: float) -> float:
        # "v2.3.1.4", "version 10.0.0.1", "firmware 4.2.1.3": a version number with four parts.
        if _VERSION_BEFORE.search(text, max(0, start - 24), start):
            return 0.0
        if (
            _VALUE_BEFORE.search(text, max(0, start - 4), start)
            and not _ADDRESS_KEY.search(text, max(0, start - 24), start)
            and _versions(text) >= _MIN_VERSIONS
        ):
            return 0.0  # "hashcheck = "3.4.6.8"" among "units-core = "2.20.0"": a package's version
        if _HEX_BYTES.fullmatch(text, start, end):
            return 0.0  # "0A:1B:2C:3D:4E:5F:60:71": bytes of a hex dump or an EUI-64, not an IPv6 address
        if _DNS_RECORD.match(line_of(text, start)):
            return 0.0
        if _infrastructure_address(text, start, text[start:end]):
            return 0.0
        return super().score(text, start, end, base)
