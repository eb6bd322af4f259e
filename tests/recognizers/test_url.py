"""URL, called directly (Presidio style): schemes, www., profile links, and bare domains checked against TLDs."""

from __future__ import annotations

import pytest

RECOGNIZER = "url"

POSITIVES = [
    # (text, value, score range)
    ("see https://www.tiktok.com/@lil_jay09 now", "https://www.tiktok.com/@lil_jay09", (0.9, 1.0)),
    ("http://192.168.0.1:8080/admin", "http://192.168.0.1:8080/admin", (0.9, 1.0)),
    ("www.example.org/about", "www.example.org/about", (0.9, 1.0)),
    ("her page instagram.com/jenny.k_22", "instagram.com/jenny.k_22", (0.55, 0.65)),
    ("microsoft.com", "microsoft.com", (0.5, 0.55)),
    ("my domains: google.co.il", "google.co.il", (0.5, 0.55)),
    ("her blog jane-doe.github.io.", "jane-doe.github.io", (0.5, 0.55)),
    ("Booking.com was open", "Booking.com", (0.5, 0.55)),
    ("visit tokopedia.id today", "tokopedia.id", (0.5, 0.55)),  # a name that is no word: a domain
    ("https://www.example.com/users/jdoe", "https://www.example.com/users/jdoe", (0.9, 1.0)),  # a page named
]
NEGATIVES = [
    "http://microsoft",  # no host on the internet
    "https://intranet/home",
    "the report.pdf and main.py files",
    "run.sh then do.it",
    "Mr.Smith arrived",
    "see Fig. 3.a and e.g. this, i.e. that",
    "it was late.today we left",  # a newer generic TLD is not enough for a bare domain
    "end of sentence.The next one",
    "mail jane@gmail.com",  # an e-mail's domain is the e-mail's
    "version 2.3.1 of the app",
    # Dotted names in code and technical prose ("model.id", "os.name"), reserved documentation domains.
    "The copy will receive a distinct `model.id` value.",
    "java.version=1.8.0_252 os.name=Mac OS X",
    "The request.id and customer.name fields are masked; device.id holds the hardware identifier.",
    "git config user.name before committing",
    "Visit our website example.org or www.example.com for documentation.",
    "mysql --host db.example.com",
    "see https://example.com/",
    # What a build pins: a package archive, a package index after its manager's prefix, an image by its digest
    '"resolved": "https://registry.npmjs.org/left-pad/-/left-pad-3.7.1.tgz",',
    'source = "registry+https://github.com/rust-lang/crates.io-index"',
    "pip install git+https://github.com/org/tool.git",
    "image: registry.io/safeapp/api@sha256:fa7be7d4a51f9f9783785e18ba5df5ed65cb497e58764700c1ede7014ec83ed5",
]


@pytest.mark.parametrize(("text", "value", "scores"), POSITIVES)
def test_finds(find, text: str, value: str, scores: tuple[float, float]) -> None:
    found = find(text)
    best = max(found, key=lambda f: len(f[1]))
    assert best[:2] == ("URL", value)
    assert scores[0] <= best[2] <= scores[1]
    assert all(v in value for _, v, _ in found)


def test_two_bare_domains(find) -> None:
    assert [v for _, v, _ in find("my domains: microsoft.com google.co.il")] == ["microsoft.com", "google.co.il"]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Received: from mx.google.com ([88.208.102.193])", "mx.google.com"),
        ("        by relay.mailbaby.net with ESMTPS id 881x3un6d3ja", "relay.mailbaby.net"),
        ("DKIM-Signature: v=1; a=rsa-sha256; d=gmx.de; s=s1;", "gmx.de"),
        ("Server IP: 81.23.40.140   Reverse DNS: static.clients.your-server.de", "static.clients.your-server.de"),
        ("This is the mail system at host mx.google.com.", "mx.google.com"),
    ],
)
def test_a_mail_servers_name_in_headers_is_no_ones_page(find, text: str, host: str) -> None:  # noqa: ANN001
    assert host not in [v for _, v, _ in find(text)]


def test_a_bare_domain_elsewhere_stays(find) -> None:  # noqa: ANN001
    assert "janedoe-art.com" in [v for _, v, _ in find("his site is janedoe-art.com, dm him")]
