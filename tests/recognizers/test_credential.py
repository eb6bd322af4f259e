"""CREDENTIAL, called directly (Presidio style): vendor formats from detect-secrets, and the secret after a cue."""

from __future__ import annotations

import pytest

RECOGNIZER = "credential"

# Made-up keys in each vendor's published shape (none is live).
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
    "-----END RSA PRIVATE KEY-----"
)

POSITIVES = [
    # (text, secret, score range)
    ("her login: jenny_k / Sunny2010", "Sunny2010", (0.8, 0.9)),
    ("password: hunter2", "hunter2", (0.8, 0.9)),
    ("my pw is fluffy", "fluffy", (0.8, 0.9)),
    ("PIN 4821", "4821", (0.8, 0.9)),
    ("Passwort = Kat2010!x", "Kat2010!x", (0.8, 0.9)),
    ("password Sunny2010 and username jk", "Sunny2010", (0.8, 0.9)),
    ("api key = 9f8e7d6c5b4a39281706", "9f8e7d6c5b4a39281706", (0.8, 0.9)),
    ("key AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE", (0.85, 0.95)),
    ("use ghp_abcdefghijklmnopqrstuvwxyz0123456789 for CI", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", (0.85, 0.95)),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", (0.85, 0.95)),
    ("test key sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", (0.85, 0.95)),
    (
        "xoxb-123456789012-1234567890123-abcdefghijklmnop",
        "xoxb-123456789012-1234567890123-abcdefghijklmnop",
        (0.85, 0.95),
    ),
    (f"Authorization: Bearer {JWT}", JWT, (0.85, 0.95)),
    ("https://ana:s3cr3tPass@example.com/x", "s3cr3tPass", (0.85, 0.95)),
    (f"pasted:\n{PEM}\nend", PEM, (0.85, 0.95)),
]
NEGATIVES = [
    "pin the blame on him",
    "the password reset link expired",
    "pass the salt",
    "she forgot her password again",
    "password: ********",
    "PIN: none",
    "token of thanks",
    "build hash 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f9a0",
    "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed it",
    "order ORD-2024-118822, SKU AB-1234-XY",
    "ticket HD-48213 reopened",
    "ISBN 978-0-306-40615-7",
    "grant R01-MH123456 awarded",
    "she passed 3 exams",
]


@pytest.mark.parametrize(("text", "secret", "scores"), POSITIVES)
def test_finds(find, text: str, secret: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("CREDENTIAL", secret)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []
