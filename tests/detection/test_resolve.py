"""Overlap resolution, called directly: one answer per span, the most specific type at equal score, and a
loser that reaches beyond the winner widens it (no partial cover leaks)."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.resolve import resolve_overlaps
from pii_pipeline.entities import specificity
from pii_pipeline.types import Span


def _both_orders(spans: list[Span]) -> list[list[Span]]:
    return [resolve_overlaps(spans), resolve_overlaps(list(reversed(spans)))]


def _plain(spans: list[Span]) -> list[tuple[str, int, int, float]]:
    return [(s.entity_type, s.start, s.end, s.score) for s in spans]


@pytest.mark.parametrize(
    ("specific", "loose"),
    [("US_SSN", "PHONE_NUMBER"), ("CREDIT_CARD", "US_BANK_NUMBER"), ("IBAN_CODE", "US_BANK_NUMBER"),
     ("ABA_ROUTING_NUMBER", "US_BANK_NUMBER"), ("US_ITIN", "US_SSN"), ("EMAIL_ADDRESS", "URL")],
)  # fmt: skip
def test_equal_scores_the_more_specific_type_wins(specific: str, loose: str) -> None:
    assert specificity(specific) > specificity(loose)
    for result in _both_orders([Span(loose, 4, 15, 0.85, "a"), Span(specific, 4, 15, 0.85, "b")]):
        assert _plain(result) == [(specific, 4, 15, 0.85)]
        assert result[0].recognizer == "b"


def test_ssn_that_is_also_phone_shaped_stays_an_ssn() -> None:
    # "536-22-1947" read as a phone fragment and as an SSN, same score: US_SSN, over the same characters.
    spans = [Span("PHONE_NUMBER", 8, 19, 0.6), Span("US_SSN", 8, 19, 0.6)]
    for result in _both_orders(spans):
        assert _plain(result) == [("US_SSN", 8, 19, 0.6)]


def test_score_comes_before_specificity() -> None:
    spans = [Span("US_SSN", 0, 11, 0.6), Span("PHONE_NUMBER", 0, 11, 0.9)]
    for result in _both_orders(spans):
        assert _plain(result) == [("PHONE_NUMBER", 0, 11, 0.9)]


def test_scores_equal_to_three_decimals_are_equal() -> None:
    # 0.8504 and 0.8501 are the same score: specificity decides, not recognizer noise in the fourth decimal.
    spans = [Span("PHONE_NUMBER", 0, 11, 0.8504), Span("US_SSN", 0, 11, 0.8501)]
    for result in _both_orders(spans):
        assert [s.entity_type for s in result] == ["US_SSN"]


def test_equal_score_and_specificity_the_longer_span_wins() -> None:
    assert specificity("GENDER_IDENTITY") == specificity("CRIMINAL_HISTORY")
    spans = [Span("GENDER_IDENTITY", 10, 15, 0.7), Span("CRIMINAL_HISTORY", 10, 30, 0.7)]
    for result in _both_orders(spans):
        assert _plain(result) == [("CRIMINAL_HISTORY", 10, 30, 0.7)]


def test_a_loser_reaching_beyond_widens_the_winner() -> None:
    # The winner keeps its type and score, and now covers every character either result claimed.
    spans = [Span("US_SSN", 5, 16, 0.9, "ssn"), Span("PHONE_NUMBER", 0, 16, 0.5, "phone")]
    for result in _both_orders(spans):
        assert _plain(result) == [("US_SSN", 0, 16, 0.9)]
        assert result[0].recognizer == "ssn"
    spans = [Span("PERSON", 0, 8, 0.85), Span("PERSON", 4, 14, 0.6)]
    for result in _both_orders(spans):
        assert _plain(result) == [("PERSON", 0, 14, 0.85)]


def test_a_loser_inside_the_winner_changes_nothing() -> None:
    spans = [Span("CREDIT_CARD", 0, 19, 0.9), Span("PHONE_NUMBER", 5, 12, 0.4)]
    for result in _both_orders(spans):
        assert _plain(result) == [("CREDIT_CARD", 0, 19, 0.9)]


def test_widened_spans_that_now_overlap_are_merged_under_the_better_one() -> None:
    # A low-score name bridges an e-mail and a card: both widen, then touch, and become one card span.
    spans = [Span("EMAIL_ADDRESS", 0, 10, 0.9), Span("CREDIT_CARD", 12, 20, 0.9), Span("PERSON", 8, 14, 0.3)]
    for result in _both_orders(spans):
        assert _plain(result) == [("CREDIT_CARD", 0, 20, 0.9)]
    # The other way round: the earlier span ranks higher and keeps its type over the merged whole.
    spans = [Span("CREDIT_CARD", 0, 10, 0.9), Span("EMAIL_ADDRESS", 12, 20, 0.9), Span("PERSON", 8, 14, 0.3)]
    for result in _both_orders(spans):
        assert _plain(result) == [("CREDIT_CARD", 0, 20, 0.9)]


def test_separate_spans_stay_separate_in_text_order() -> None:
    spans = [Span("PHONE_NUMBER", 20, 32, 0.7), Span("PERSON", 0, 8, 0.9), Span("EMAIL_ADDRESS", 8, 20, 0.8)]
    for result in _both_orders(spans):
        assert _plain(result) == [("PERSON", 0, 8, 0.9), ("EMAIL_ADDRESS", 8, 20, 0.8), ("PHONE_NUMBER", 20, 32, 0.7)]
    assert resolve_overlaps([]) == []


def test_an_address_with_a_number_swallows_the_name_inside_it() -> None:
    text = "Send it to 5850 Jana Nerudy 894, Springfield."
    address, name = Span("STREET_ADDRESS", 11, 31, 0.6), Span("PERSON", 16, 27, 0.95)
    no_number = "Send it to Avenue Jana Nerudy Plaza, Springfield."
    for order in ([address, name], [name, address]):
        assert resolve_overlaps(order, text) == [address]
        assert resolve_overlaps(order) == [address]  # no text to check: the address is trusted
        # An address without a digit does not: the better-scored name wins and widens over it.
        assert _plain(resolve_overlaps(order, no_number)) == [("PERSON", 11, 31, 0.95)]


def test_a_name_outside_the_address_is_kept() -> None:
    text = "Jana Novak lives at 5850 Elm Street."
    address, name = Span("STREET_ADDRESS", 20, 35, 0.6), Span("PERSON", 0, 10, 0.95)
    assert resolve_overlaps([address, name], text) == [name, address]


def test_the_longer_span_wins_wherever_it_starts() -> None:
    # Equal score and specificity: the longer result names the span, also when it starts first and ends first.
    spans = [Span("CRIMINAL_HISTORY", 0, 20, 0.7), Span("GENDER_IDENTITY", 15, 25, 0.7)]
    for result in _both_orders(spans):
        assert _plain(result) == [("CRIMINAL_HISTORY", 0, 25, 0.7)]


def test_a_name_flush_with_either_end_of_the_address_is_part_of_it() -> None:
    for text, address, name in (
        ("Jana Nerudy 894, Springfield", Span("STREET_ADDRESS", 0, 15, 0.6), Span("PERSON", 0, 11, 0.95)),
        ("at 5850 Jana Nerudy", Span("STREET_ADDRESS", 3, 19, 0.6), Span("PERSON", 8, 19, 0.95)),
    ):
        for order in ([address, name], [name, address]):
            assert resolve_overlaps(order, text) == [address], text


def test_results_that_only_touch_stay_separate_whichever_ranks_higher() -> None:
    # The better result on the right of the weaker one, and on its left: neither swallows the other.
    for spans in (
        [Span("EMAIL_ADDRESS", 0, 8, 0.7), Span("PERSON", 8, 20, 0.9)],
        [Span("PERSON", 0, 8, 0.9), Span("EMAIL_ADDRESS", 8, 20, 0.7)],
    ):
        for result in _both_orders(spans):
            assert _plain(result) == sorted(_plain(spans), key=lambda s: s[1])


def test_two_equal_results_bridged_by_a_weak_one_the_longer_names_the_whole() -> None:
    # Same score and specificity; the second result is one character longer, so it names the merged span.
    spans = [Span("CRIMINAL_HISTORY", 0, 10, 0.9), Span("GENDER_IDENTITY", 12, 23, 0.9), Span("PERSON", 8, 14, 0.3)]
    for result in _both_orders(spans):
        assert _plain(result) == [("GENDER_IDENTITY", 0, 23, 0.9)]


def test_a_full_tie_goes_to_the_earlier_result_whatever_the_order_they_arrive_in() -> None:
    spans = [Span("CRIMINAL_HISTORY", 0, 10, 0.9), Span("GENDER_IDENTITY", 12, 22, 0.9), Span("PERSON", 8, 14, 0.3)]
    for result in _both_orders(spans):
        assert _plain(result) == [("CRIMINAL_HISTORY", 0, 22, 0.9)]


def test_a_merged_span_keeps_the_winners_recognizer() -> None:
    # Reviewers see which recognizer reported a value; merging must not lose it.
    email, card, bridge = (
        Span("EMAIL_ADDRESS", 0, 10, 0.8, "email"),
        Span("CREDIT_CARD", 12, 20, 0.9, "card"),
        Span("PERSON", 8, 14, 0.3, "ner"),
    )
    for result in _both_orders([email, card, bridge]):
        assert [(s.entity_type, s.recognizer) for s in result] == [("CREDIT_CARD", "card")]
    earlier, later = Span("CREDIT_CARD", 0, 10, 0.9, "card"), Span("EMAIL_ADDRESS", 12, 20, 0.8, "email")
    for result in _both_orders([earlier, later, bridge]):
        assert [(s.entity_type, s.recognizer) for s in result] == [("CREDIT_CARD", "card")]
