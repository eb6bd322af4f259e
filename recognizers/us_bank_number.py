"""US bank account numbers: 6-17 digits (plain, dashed or spaced), or the last four after a mask or "ending in",
only next to an account label (no format of their own). A business's account (ledger, cost, customer, vendor
account; "account code", "account manager") is not a bank account."""

import re

from ._recognizer_helpers import DASH, NE, ContextRegexRecognizer, digits

_TWO_DIGITS = re.compile(r"\d\d")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "account_masked": re.compile(r"[x*•][\- ]?\d{4}"),
    "account_last_four": re.compile(r"ending|ends|last"),
    "account_spaced": re.compile(r"\d \d"),
}
# Not inside a word, a code, a dotted number or an amount ("$4,500", "1,250,000").
_NB = r"\d(?<![\w\-.,$€£]\d)"
# Dates are not accounts ("account opened 2019-03-14").
_DATE = re.compile(r"(?:19|20)\d\d[\-/.]\d{1,2}[\-/.]\d{1,2}|\d{1,2}[\-/.]\d{1,2}[\-/.](?:19|20)?\d\d")
_BUSINESS_ACCOUNT = re.compile(
    r"\b(?:gl|g/l|general\s+ledger|ledger|expense|cost|revenue|budget|vendor|supplier|customer|client|project|"
    r"program|grant|merchant|billing|utility|service|media|ad|advertising|social|e-?mail|user|online|store|partner|"
    r"key|enterprise|corporate|business|parent|sub|house)\s+account|"
    r"\baccount\s+(?:code|id|manager|executive|team|rep|representative|lead|owner|type|level|tier|status|plan|"
    r"settings|page|portal|login|group|category|class)\b",
    re.IGNORECASE,
)
_BANK_WORD = re.compile(r"\b(?:bank|banking|checking|savings|routing|deposit|wire|beneficiary|acct|a/c)\b", re.I)


class UsBankNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "US_BANK_NUMBER"
    TEXT_NEEDS = _TWO_DIGITS
    PATTERN_NEEDS = _NEEDS
    LABEL = "US_BANK_NUMBER"
    PATTERNS = [
        ("account_digits", _NB + r"\d{5,16}" + NE, 0.1),
        ("account_dashed", _NB + r"\d{1,7}" + DASH + r"\d{2,10}(?:" + DASH + r"\d{1,6})?" + NE, 0.1),
        ("account_spaced", _NB + r"\d{1,5}(?: \d{2,6}){1,3}" + NE, 0.1),
        ("account_masked", r"(?<![\w*])(?:[xX*•]{2,12}[\- ]?)\d{4}" + NE, 0.1),
        # "account ending in 4821", "last four digits 4821": the part of the number a letter shows.
        (
            "account_last_four",
            r"\b(?:ending|ends)\s+(?:in|with)\s+(?P<v>\d{4})\b|\blast\s+(?:4|four)(?:\s+digits)?\s*(?:is|are|of)?"
            r"\s*[:#]?\s*(?P<v2>\d{4})\b",
            0.1,
        ),
    ]
    CONTEXT_BOOST = 0.5
    CONTEXT_WINDOW = 40

    def candidates(self, text):  # noqa: ANN001, ANN201
        for name, start, end, score in super().candidates(text):
            if name == "account_last_four" and not text[start:end].isdigit():
                found = re.search(r"\d{4}\s*$", text[start:end])  # the `v2` branch matched
                if found is None:
                    continue
                start, end = start + found.start(), start + found.end()
            yield name, start, end, score

    def invalidate_result(self, pattern_text: str) -> bool | None:
        plain = digits(pattern_text)
        if len(plain) == 4:
            # The last four only from a mask or "ending in"; a year after "account" is not an account number.
            return pattern_text.isdigit() and 1900 <= int(plain) <= 2099
        if len(plain) < 6 or len(plain) > 17:
            return True
        return _DATE.fullmatch(pattern_text) is not None

    def has_context(self, text: str, start: int, end: int) -> bool | None:
        found = super().has_context(text, start, end)
        if found and table_free(text, start):
            window = max(0, start - self.CONTEXT_WINDOW)
            if _BUSINESS_ACCOUNT.search(text, window, start) and not _BANK_WORD.search(text, window, start):
                return None
        return found


def table_free(text: str, start: int) -> bool:
    """Not in a pasted table's row (where the header, not the words nearby, names the column)."""
    line = text.rfind("\n", 0, start) + 1
    return "|" not in text[line:start] and "\t" not in text[line:start]
