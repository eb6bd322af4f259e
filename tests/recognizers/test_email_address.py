"""EmailAddressRecognizer, called directly: plain and obfuscated addresses, and sentences that only look like one."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("EmailAddressRecognizer")


@pytest.mark.parametrize(
    ("text", "expected", "low", "high"),
    [
        ("Reply to li.wei+tips@example.org please", "li.wei+tips@example.org", 0.9, 1.0),
        ("the kid wrote: kofi.mensah at gmail dot com, then logged off", "kofi.mensah at gmail dot com", 0.8, 0.9),
        ("e-mail is rhea at fastmail dot fm", "rhea at fastmail dot fm", 0.8, 0.9),
        ("Contact: dev[at]riverside[dot]net", "dev[at]riverside[dot]net", 0.8, 0.9),
        ("send it to olu (at) yahoo.co.uk tonight", "olu (at) yahoo.co.uk", 0.8, 0.9),
        ("FORM: EMAIL SVEN AT OUTLOOK DOT COM", "SVEN AT OUTLOOK DOT COM", 0.8, 0.9),
        ("I used tariq@hotmail . com for it", "tariq@hotmail . com", 0.8, 0.9),
        ("her mail: nadia dot k at proton dot me", "nadia dot k at proton dot me", 0.8, 0.9),
        ("dm me, it's gamer_77 {at} gmx {dot} de", "gamer_77 {at} gmx {dot} de", 0.8, 0.9),
        ("a@xn--d1acufc.xn--p1ai", "a@xn--d1acufc.xn--p1ai", 0.9, 1.0),  # punycode (Presidio's case)
        ("mail me noreplyjoe@gmail.com", "noreplyjoe@gmail.com", 0.9, 1.0),  # a person's, though it starts so
        ("user: jane.doe@例え.jp", "jane.doe@例え.jp", 0.9, 1.0),  # a domain in another script
        # Speech transcribed: "me at" before the address is no mailbox.
        ("you can email me at karen dot jones at gmail dot com thanks", "karen dot jones at gmail dot com", 0.8, 0.9),
        # separators and a country's domain said aloud
        ("my email is tamar dash azoulay at outlook dot com ok", "tamar dash azoulay at outlook dot com", 0.8, 0.9),
        ("it's pettigrew underscore dakota at web dot d e", "pettigrew underscore dakota at web dot d e", 0.8, 0.9),
        # an organisation's own (reserved or private) domain is still someone's mailbox
        ("From: Sandrine Perrin <s.perrin@council.example>", "s.perrin@council.example", 0.9, 1.0),
        ("it-support: ana@srv01.corp.internal", "ana@srv01.corp.internal", 0.9, 1.0),
        # an airline booking's contact line writes "//" for "@"
        ("  10 SSR CTCE LA HK1 DYLAN1992//YAHOO.COM/P1", "DYLAN1992//YAHOO.COM", 0.85, 0.95),
    ],
)
def test_addresses_plain_and_obfuscated(recognizer, text: str, expected: str, low: float, high: float) -> None:  # noqa: ANN001
    results = found(recognizer, text)
    assert [v for v, _ in results] == [expected]
    assert low <= results[0][1] <= high


@pytest.mark.parametrize(
    "text",
    [
        "let's meet at noon dot",
        "we should look at this dot com bubble again",
        "He waited at home. Then he left",
        "reach me at gmail dot com",  # no mailbox in it
        "the build at revision dot zzz failed",  # no such top-level domain
        "the talk at conference dot org level",  # a plain "at" without mail word, provider or handle shape
        "Lunch at Noon Dot Com",
        "her insta is@kay.lee",  # a mention glued to a word: ".lee" is no top-level domain
        # software's senders no one reads
        "smtp:\n  from: noreply@example.com",
        "From: no-reply@accounts.example.org",
        "Returned by MAILER-DAEMON@mx1.example.net",
        "see docs//site.com and a//b.org",  # "//" without a booking's contact line
    ],
)
def test_sentences_that_only_look_like_an_address(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []
