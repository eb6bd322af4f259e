"""ABA routing transit numbers: 9 digits, a Federal Reserve prefix, 3-7-1 weighted checksum; needs context."""

from ._recognizer_helpers import NB_DIGIT, NE, ContextRegexRecognizer, digits


class RoutingNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "ABA_ROUTING_NUMBER"
    LABEL = "ABA_ROUTING_NUMBER"
    # A checksum-valid number with an assigned prefix is reported without context, at the threshold (one random
    # 9-digit number in a hundred or so passes both); its word raises it, another identifier's label drops it.
    PATTERNS = [
        ("aba", NB_DIGIT + r"\d{8}" + NE, 0.5),
        ("aba_dashed", NB_DIGIT + r"\d{3}-\d{4}-\d" + NE, 0.5),
    ]
    CONTEXT_BOOST = 0.35
    # "routing 180000001" passes the checksum with an unassigned prefix; a typo fails it: after "routing" both are
    # still removed.
    INVALID_WITH_CONTEXT = 0.55
    REPORTS_WITHOUT_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits(pattern_text)
        if len(number) != 9:
            return False
        prefix = int(number[:2])
        if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
            return False
        d = [int(c) for c in number]
        if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10:
            return False
        return None
