"""US bank account numbers: 6-17 digits (plain, dashed or spaced), or the last four after a mask or "ending in",
only next to an account label (no format of their own). A business's account (ledger, cost, customer, vendor
account; "account code", "account manager") is not a bank account."""

import re

from ._recognizer_helpers import DASH, ContextRegexRecognizer, csv_separator, digits

_TWO_DIGITS = re.compile(r"\d\d")  # in every pattern's match
# What a pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "account_masked": re.compile(r"[x*•][\- ]?\d{4}"),
    "account_last_four": re.compile(r"ending|ends|last"),
    "account_spaced": re.compile(r"\d \d"),
}
# Not inside a word, a code, a dotted number or an amount ("$4,500"; after a comma, a CSV cell: an amount's groups
# after its commas are three digits, shorter than any account).
_NB = r"\d(?<![\w\-.$€£]\d)"
# Its end: not before a decimal part or an amount's next group (",250,000", "1234567,50 EUR"); a CSV's next cell may
# follow its comma ("55120093344,123-45-6789", "2353007475,80.80": an amount with a dot is no decimal part).
_NE = r"(?![\w\-]|\.\d|,\d{2,3}(?![\d,.\-/]))"
# Dates are not accounts ("account opened 2019-03-14").
_DATE = re.compile(r"(?:19|20)\d\d[\-/.]\d{1,2}[\-/.]\d{1,2}|\d{1,2}[\-/.]\d{1,2}[\-/.](?:19|20)?\d\d")
_BUSINESS_ACCOUNT = re.compile(
    r"\b(?:gl|g/l|general\s+ledger|ledger|expense|cost|revenue|budget|vendor|supplier|customer|client|project|"
    r"program|grant|merchant|billing|utility|service|media|ad|advertising|social|e-?mail|user|online|store|partner|"
    r"key|enterprise|corporate|business|parent|sub|house)\s+account|"
    r"\baccount\s+(?:code|id|manager|executive|team|rep|representative|lead|owner|type|level|tier|status|plan|"
    r"settings|page|portal|login|group|category|class)\b|"
    r"\b(?:deposit|savings)\s+(?:id|slip|batch|of|rate|plan|target|goal|box)\b",
    re.IGNORECASE,
)
# The sentence around an account number written in a business's books: accounting, budgets, suppliers, offices.
_BUSINESS_WORDS = re.compile(
    r"\b(?:ledgers?|gl|g/l|budgets?|funds?|funding|cost\s+cent(?:er|re)s?|vendors?|suppliers?|invoiced?|invoices|"
    r"billing|billed|procurement|internal|expenses?|rent|reconcile|reconciliation|fiscal|fy\d*|quarter|q[1-4]|"
    r"department|dept|facilities|marketing|projects?|approver|approved|purchase|po|charged?|renew(?:ed|al)?|units|"
    r"credits|owner|office|supplies|travel|payroll|sales|subscriptions?|licen[cs]es?|tier|portal|contracts?|tender|"
    r"spend|allocation|allocated|journal|posting|posted|accrual|audit|auditor|finance|procurement|inventory|"
    r"warehouse|shipment|customer|client|code|codes|status|active|closed|line\s+item)\b",
    re.IGNORECASE,
)
# Words that make it a person's bank account whatever else the sentence says.
_BANK_WORD = re.compile(
    r"\b(?:bank|banking|checking|routing|aba|wire|wired|iban|beneficiary|direct\s+deposit|deposited|"
    r"my|his|her|their|your|our\s+family|donor|donors|volunteer|parent|mother|father|mom|dad|victim|suspect|"
    r"reporter|caller|child|son|daughter|personal|joint|gift|gifts|donation|donated|pledge|refund|stipend)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]\s")
SENTENCE_REACH = 90


class UsBankNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "US_BANK_NUMBER"
    TEXT_NEEDS = _TWO_DIGITS
    PATTERN_NEEDS = _NEEDS
    LABEL = "US_BANK_NUMBER"
    PATTERNS = [
        ("account_digits", _NB + r"\d{5,16}" + _NE, 0.1),
        ("account_dashed", _NB + r"\d{1,7}" + DASH + r"\d{2,10}(?:" + DASH + r"\d{1,6})?" + _NE, 0.1),
        ("account_spaced", _NB + r"\d{1,5}(?: \d{2,6}){1,3}" + _NE, 0.1),
        ("account_masked", r"(?<![\w*])(?:[xX*•]{2,12}[\- ]?)\d{4}" + _NE, 0.1),
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
        if found and table_free(text, start) and self._business(text, start, end):
            return None
        return found

    def _business(self, text: str, start: int, end: int) -> bool:
        """Whether the value's sentence reads as a business's books ("account 612000, budget line 55100"), not a
        person's bank account: its account word is a ledger's, or accounting words stand near and nothing says bank
        or names a person."""
        window = max(0, start - self.CONTEXT_WINDOW)
        lo = max(0, start - SENTENCE_REACH)
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
        lo = cuts[-1] if cuts else lo
        hi_match = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
        hi = hi_match.start() + 1 if hi_match else min(len(text), end + SENTENCE_REACH)
        if _BANK_WORD.search(text, lo, hi):
            return False
        return bool(_BUSINESS_ACCOUNT.search(text, window, end) or _BUSINESS_WORDS.search(text, lo, hi))


def table_free(text: str, start: int) -> bool:
    """Not in a pasted table's row (where the header, not the words nearby, names the column): no bar or tab before
    the value on its line ("Account: 55012-778 | Cost centre: 4410" is a form's line), no CSV row."""
    line = text.rfind("\n", 0, start) + 1
    if "|" in text[line:start] or "\t" in text[line:start]:
        return False
    line_end = text.find("\n", start)
    return csv_separator(text, line, len(text) if line_end < 0 else line_end) is None
