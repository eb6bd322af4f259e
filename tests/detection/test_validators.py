"""The number rules of the routing, card and IBAN recognizers, called directly, at their boundaries.

Each recognizer is taken as the engine loaded it (module `pii_pipeline_recognizers.<file>`), so these tests
check the code the detector runs. Expected values come from the formats' published rules (ABA 3-7-1
checksum and Federal Reserve prefixes; card issuer ranges and lengths; ISO 13616 mod 97), not from the code.
"""

from __future__ import annotations

import sys

import pytest

from pii_pipeline.detection.text import TextDetector


@pytest.fixture(scope="module")
def loaded(detector: TextDetector) -> dict:
    recognizers = {type(r).__name__: r for r in detector.analyzer.registry.recognizers}
    return {
        "routing": recognizers["RoutingNumberRecognizer"],
        "card_module": sys.modules["pii_pipeline_recognizers.credit_card"],
        "iban_module": sys.modules["pii_pipeline_recognizers.iban_code"],
    }


def _aba(first8: str) -> str:
    """`first8` completed with the 3-7-1 check digit."""
    d = [int(c) for c in first8]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return first8 + str(-partial % 10)


def _rejected(recognizer, text: str) -> bool:  # noqa: ANN001
    return recognizer.validate_result(text) is False or recognizer.invalidate_result(text) is True


@pytest.mark.parametrize(
    ("prefix", "assigned"),
    [("00", True), ("01", True), ("12", True), ("13", False), ("20", False), ("21", True), ("32", True),
     ("33", False), ("60", False), ("61", True), ("72", True), ("73", False), ("79", False), ("80", True),
     ("81", False), ("99", False)],
)  # fmt: skip
def test_routing_prefixes(loaded: dict, prefix: str, assigned: bool) -> None:
    number = _aba(prefix + "100002")
    assert _rejected(loaded["routing"], number) is not assigned


@pytest.mark.parametrize("number", ["021000021", "011000015", "121000358", "322271627", "3222-7162-7", "061000052"])
def test_routing_known_numbers_pass(loaded: dict, number: str) -> None:
    assert not _rejected(loaded["routing"], number)


@pytest.mark.parametrize("base", ["021000021", "121000358", "322271627"])
def test_routing_every_single_digit_change_fails_the_checksum(loaded: dict, base: str) -> None:
    for i in range(9):
        for delta in (1, 5):
            changed = base[:i] + str((int(base[i]) + delta) % 10) + base[i + 1 :]
            assert _rejected(loaded["routing"], changed), changed


@pytest.mark.parametrize("number", ["02100002", "0210000210", ""])
def test_routing_other_lengths_fail(loaded: dict, number: str) -> None:
    assert _rejected(loaded["routing"], number)


CARDS = [
    # (first digits, lengths accepted) - Visa, Mastercard (both ranges), Amex, Discover, JCB, UnionPay, Diners, Maestro,
    # UATP
    ("4", {13, 16, 19}),
    ("51", {16}), ("55", {16}), ("2221", {16}), ("2720", {16}),
    ("34", {15}), ("37", {15}),
    ("6011", set(range(16, 20))), ("644", set(range(16, 20))), ("649", set(range(16, 20))),
    ("65", set(range(16, 20))), ("622126", set(range(16, 20))), ("622925", set(range(16, 20))),
    ("3528", set(range(16, 20))),
    ("2131", {15}), ("1800", {15}), ("1", {15}), ("1801", {15}),  # 1xxx: UATP airline cards
    ("300", set(range(14, 20))), ("305", set(range(14, 20))), ("3095", set(range(14, 20))),
    ("36", set(range(14, 20))), ("38", set(range(14, 20))), ("39", set(range(14, 20))),
    ("62", set(range(16, 20))), ("2200", set(range(16, 20))), ("2204", set(range(16, 20))),
    ("50", set(range(12, 20))), ("56", set(range(12, 20))), ("69", set(range(12, 20))),
    ("0604", set(range(12, 20))), ("6390", set(range(12, 20))),
    # Outside every range
    ("7", set()), ("8", set()), ("9", set()), ("2220", set()), ("2721", set()), ("2205", set()),
    ("306", set()), ("3096", set()), ("33", set()), ("2132", set()),
]  # fmt: skip


@pytest.mark.parametrize(("start", "lengths"), CARDS, ids=[c[0] for c in CARDS])
def test_card_issuer_ranges_and_lengths(loaded: dict, start: str, lengths: set[int]) -> None:
    issuer_ok = loaded["card_module"].issuer_ok
    for n in range(11, 21):
        number = (start + "0" * 20)[:n]
        assert issuer_ok(number) is (n in lengths), (start, n)


@pytest.mark.parametrize(
    ("iban", "valid"),
    [("DE89370400440532013000", True), ("GB82WEST12345698765432", True), ("FR1420041010050500013M02606", True),
     ("DE89370400440532013001", False), ("GB82WEST12345698765433", False), ("DE88370400440532013000", False),
     ("DE89-37040044", False)],
)  # fmt: skip
def test_iban_mod97(loaded: dict, iban: str, valid: bool) -> None:
    assert loaded["iban_module"].mod97_ok(iban) is valid
