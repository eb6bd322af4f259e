"""Payment card numbers: 12-19 digits with any single separators, Luhn checksum and a known issuer range."""

import re
from collections.abc import Iterator

from stdnum import ean

from ._recognizer_helpers import NB_DIGIT, NE, SEP, ContextRegexRecognizer, digits, luhn_ok


def issuer_ok(number: str) -> bool:
    """Known issuer prefix for this length (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay, Mir,
    UATP)."""
    n = len(number)
    p2, p3, p4 = int(number[:2]), int(number[:3]), int(number[:4])
    if number[0] == "4":
        return n in (13, 16, 19)
    if number[0] == "1":  # UATP (airline cards), 15 digits
        return n == 15
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    # Discover: 6011, 644-649, 65 (its UnionPay co-brand range 622126-622925 is among the 62s below).
    if p4 == 6011 or (p2 == 64 and p3 >= 644) or p2 == 65:
        return 16 <= n <= 19
    if p2 == 35:  # JCB is 3528-3589; generators (and many test sets) use any 35xx
        return 16 <= n <= 19
    if p4 == 2131:  # JCB's old 15-digit prefixes: 2131 (its 1800 is among the UATP 1s above)
        return n == 15
    if 300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39):
        return 14 <= n <= 19
    if p2 == 62 or 2200 <= p4 <= 2204:
        return 16 <= n <= 19
    if p2 == 50 or 56 <= p2 <= 69 or p4 == 604:  # Maestro (6390 among the 56-69), with its legacy 0604 prefix
        return 12 <= n <= 19
    return False


MASKED_SCORE = 0.7
_MASK = frozenset("*xX•●#")


def masked_card(value: str) -> str | None:
    """The visible first digits of a masked card ("" when only the last four show), None if `value` is no masked
    card: 13-19 characters of digits and one block of four or more masks, ending in four digits."""
    chars = [c for c in value if c not in " -"]
    if not 13 <= len(chars) <= 19 or not all(c.isdigit() for c in chars[-4:]):
        return None
    masked = [i for i, c in enumerate(chars) if c in _MASK]
    if len(masked) < 4 or masked[-1] - masked[0] + 1 != len(masked):
        return None  # the masks make one block
    prefix = "".join(chars[: masked[0]])
    if prefix and (len(prefix) < 4 or not prefix.isdigit()):
        return None
    if prefix and not issuer_ok((prefix + "0" * len(chars))[: len(chars)]):
        return None
    return prefix


# A GS1 application identifier right before the digits: "(00)" an SSCC, "(01)" a GTIN, "(414)" a location.
_GS1_AI_BEFORE = re.compile(r"\(\d{2,4}\)[ \t]?$")
# A product's barcode (EAN-13) has as many digits as the old 13-digit Visa, which no issuer hands out any more: a
# number that passes the GS1 check digit is a barcode unless a card word names it.
EAN_LENGTH = 13


class PaymentCardRecognizer(ContextRegexRecognizer):
    ENTITY = "CREDIT_CARD"
    LABEL = "CREDIT_CARD"
    # A run of digits with single separators; the groups inside it are tried in `candidates`.
    PATTERNS = [
        ("card_run", NB_DIGIT + r"(?:" + SEP + r"?\d){11,80}" + NE, 0.85),
        # A masked card as receipts, wallets and processors print it: the issuer's first six digits (or none), a block
        # of masks, the last four ("495328******8123", "5579 90** **** 8152", "**** **** **** 4821")
        ("card_masked", r"(?<![\w*•●#])[\d*xX•●#](?:[ \-]?[\d*xX•●#]){11,22}(?![\w*•●#])", MASKED_SCORE),
    ]
    CONTEXT_BOOST = 0.15
    # A 12-digit number, or a Luhn-valid one outside the issuer ranges, needs the word "card" nearby.
    SHORT_SCORE = 0.4
    # A 13-19 digit run that fails Luhn after "card" (a typo) is still a card to remove, lower.
    UNCHECKED_SCORE = 0.55
    REPORTS_WITHOUT_CONTEXT = True
    # A reference's label ("Payment ref", "Order #") vetoes a short or unchecked number, not a full card of a known
    # issuer: one in thirty random 16-digit references passes both checks, and a card in such a column is the
    # donor's (recall first for well-formed identifiers, issue 12).
    REFERENCE_NEGATIVE = False
    REFERENCED_CARD_SCORE = 0.6
    _group = re.compile(r"\d+")

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for name, start, end, score in super().candidates(text):
            if name == "card_masked":
                if not text[start:end].isdigit() and masked_card(text[start:end]) is not None:
                    yield name, start, end, score
                continue
            groups = [m.span() for m in self._group.finditer(text, start, end)]
            cards = self._cards(text, groups)
            for card_start, card_end, issuer in cards:
                yield "card", card_start, card_end, score if issuer else self.SHORT_SCORE
            if not cards and 13 <= len(digits(text[start:end])) <= 19:
                yield "card_unchecked", start, end, self.UNCHECKED_SCORE

    def _cards(self, text: str, groups: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
        """The cards in a run of digit groups: the best window of whole groups that passes Luhn (a known issuer
        first, then the longest: a card followed by a year or amount still counts), then the same on each side of
        it, so that several cards written one after another are each found."""
        found = None
        for i in range(len(groups)):
            # pragma: a j below i would slice backwards (no digits, skipped), so `range(len(groups))` is the same.
            for j in reversed(range(i, len(groups))):  # pragma: no mutate
                number = digits(text[groups[i][0] : groups[j][1]])
                if 12 <= len(number) <= 19 and luhn_ok(number):
                    rank = (issuer_ok(number) and len(number) > 12, len(number))
                    if found is None or rank > found[2]:
                        found = (i, j, rank)
                    break
        if found is None:
            return []
        i, j, rank = found
        return [
            *self._cards(text, groups[:i]),
            (groups[i][0], groups[j][1], rank[0]),
            *self._cards(text, groups[j + 1 :]),
        ]

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if _GS1_AI_BEFORE.search(text, max(0, start - 6), start):
            return 0.0  # "(00)655108930559476007": a GS1 barcode's element (SSCC, GTIN), no card
        if base == MASKED_SCORE:
            # The issuer's digits say it is a card; the last four alone need a card's word or column.
            named = bool(self.has_context(text, start, end))
            if named:
                return 0.9
            return base if len(masked_card(text[start:end]) or "") >= 6 else 0.0
        if base == self.UNCHECKED_SCORE:
            named = self.has_context(text, start, end) and not self._is_reference(text, start)
            return self.UNCHECKED_SCORE if named else 0.0
        number = digits(text[start:end])
        groups = self._group.findall(text, start, end)
        if len(groups) > 1 and min(map(len, groups[:-1])) < 3 and not self.has_context(text, start, end):
            return 0.0  # "1.2.840.113549.1.1.13": an OID's or a version's parts; no issuer prints a card so
        if len(number) == EAN_LENGTH and ean.is_valid(number) and not self.has_context(text, start, end):
            return 0.0  # a price list's or a stock sheet's barcode beside its product and price
        if self._is_reference(text, start):
            full = base != self.SHORT_SCORE and len(number) >= 15
            return self.REFERENCED_CARD_SCORE if full else 0.0
        score = super().score(text, start, end, base)
        if base == self.SHORT_SCORE:
            # Luhn passes one number in ten: without "card" nearby these stay unreported.
            return 0.8 if score > 0 and self.has_context(text, start, end) else 0.0
        return score
