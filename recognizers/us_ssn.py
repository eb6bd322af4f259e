"""US Social Security numbers: area 001-899 except 666, group 01-99, serial 0001-9999 (9xx areas are ITINs).

Recall first: a number that breaks these rules, or has a digit too many or too few, is still reported after its
own label ("SSN 666-12-3456" is a typo or a made-up number someone meant as theirs); without a label it is not."""

import re

from ._recognizer_helpers import DASH, NB_DIGIT, NE, SPACE, ContextRegexRecognizer, digits, table_ranges

# Numbers printed on sample cards and in advertising (the Woolworth wallet card, 123-45-6789): only with a label.
SAMPLE_NUMBERS = frozenset({"078051120", "219099999", "123456789", "987654320"})
WHOLE_TEXT_SCORE = 0.5  # nine bare digits that are the whole text or a whole table cell: a form field's value
BARE_SCORE = 0.2
OCR_SCORE = 0.5
MASKED_SCORE = 0.55
# Letters OCR reads for digits.
_OCR_DIGITS = str.maketrans("OoIl|SB", "0011158")
# A taxpayer identification number's label: an SSN is one (as are ITINs and a firm's EIN), so "TIN", "Tax ID" or a
# column "ssn/itin" names an SSN too, though the label table files those words under ITIN.
_TIN_LABEL = re.compile(r"(?i)(?<![a-z])(?:tin|tax[\s_\-]*id|taxpayer[\s_\-]*id\w*|ssn\s*/\s*itin)(?![a-z])")


class SocialSecurityNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "US_SSN"
    LABEL = "US_SSN"
    PATTERNS = [
        # Dashed NNN-NN-NNNN is the SSN's own shape (phones are 3-3-4): reported without context.
        ("ssn_dashed", NB_DIGIT + r"\d{2}(" + DASH + r")\d{2}\1\d{4}" + NE, 0.6),
        # Spaced or dotted 3-2-4 is still the SSN's layout (phones are 3-3-4): reported, lower, without context.
        ("ssn_spaced", NB_DIGIT + r"\d{2}(" + SPACE + r"|\.)\d{2}\1\d{4}" + NE, 0.55),
        # Nine bare digits are anything (routing, account, phone fragment): context only, or the whole text.
        ("ssn_bare", NB_DIGIT + r"\d{8}" + NE, BARE_SCORE),
        # A digit short or long ("SSN: 123-45-678"): only after its label, where INVALID_WITH_CONTEXT reports it.
        ("ssn_typo", NB_DIGIT + r"\d{2}(" + DASH + "|" + SPACE + r")\d{2}\1\d{3,5}" + NE, 0.0),
        # Typed in other groups ("ssn 212 456 789", "21245-6789") or with spaces around its dashes: after its label.
        ("ssn_regrouped", NB_DIGIT + r"(?:(?:" + SPACE + r"?" + DASH + r")?" + SPACE + r"?\d){8}" + NE, 0.1),
        # Read by OCR off a card or form: one or two letters for digits ("2l2-45-6789"), in the SSN's own layout:
        # read as the digits they stand for, then checked like any SSN (reported alone, lower, with a reason).
        (
            "ssn_ocr",
            r"(?<![\w\-.])(?=\d)(?=[\dOoIlSB|]{3}[\- ][\dOoIlSB|]{2}[\- ][\dOoIlSB|]{4}(?![\w\-]))"
            r"(?=(?:\D*\d){7})(?=.{0,10}[OoIlSB|])[\dOoIlSB|]{3}([\- ])[\dOoIlSB|]{2}\1[\dOoIlSB|]{4}",
            OCR_SCORE,
        ),
        # Glued to its label by a dash ("SSN-212-45-6789"), where the number's own boundary fails.
        ("ssn_glued", r"\b(?:ssn|ss#|soc)-(?P<v>\d{3}-?\d{2}-?\d{4})(?![\w\-]|[.,]\d)", 0.6),
        # Masked to its last four ("XXX-XX-6789", "***-**-6789"): the SSN's layout, the last four still its digits.
        (
            "ssn_masked",
            r"(?<![\w\-*])(?:[xX]{3}|\*{3}|•{3})-(?:[xX]{2}|\*{2}|•{2})-\d{4}(?![\w\-]|[.,]\d)",
            MASKED_SCORE,
        ),
        # "last four of her SSN: 6789", "SSN ending in 6789": part of the number is still the number.
        (
            "ssn_last_four",
            r"\b(?:last\s+(?:4|four)(?:\s+digits)?|ending(?:\s+in)?|ends\s+in)\b[^\d\n]{0,24}?"
            r"(?P<v>\d{4})(?![\w\-]|[.,]\d)",
            0.0,
        ),
    ]
    CONTEXT_BOOST = 0.45
    CONTEXT_WINDOW = 64  # "Social Security Number (required for the background check): 212456789"
    INVALID_WITH_CONTEXT = 0.55  # a typo or never-issued number after "SSN" is still an SSN to remove
    REPORTS_WITHOUT_CONTEXT = True
    # A 3-2-4 number is no phone, card or routing number: another identifier's label nearby ("phone: …, then
    # 212-45-6789") lowers it only a little, so the separated shapes stay reported.
    OTHER_LABEL_PENALTY = 0.05

    def has_context(self, text: str, start: int, end: int) -> bool | None:
        found = super().has_context(text, start, end)
        if found is False:
            where = table_ranges(text, start) or [(max(0, start - self.CONTEXT_WINDOW), start)]
            if any(_TIN_LABEL.search(text, a, b) for a, b in where):
                return True
        return found

    @staticmethod
    def issued(number: str) -> bool:
        """Whether nine digits can be an issued SSN (area 000, 666 and 9xx, group 00, serial 0000 never are)."""
        area, group, serial = number[:3], number[3:5], number[5:]
        return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits(pattern_text.translate(_OCR_DIGITS))
        if len(number) != 9 or not self.issued(number) or number in SAMPLE_NUMBERS or len(set(number)) == 1:
            return False
        return None

    def score(self, text: str, start: int, end: int, base: float) -> float:
        # A masked SSN ("XXX-XX-6789"). pragma: one character is in "XXxX*•XX" just when it is in "xX*•".
        if text[start] in "xX*•":  # pragma: no mutate
            if self._is_reference(text, start) or self.has_context(text, start, end) is False:
                return 0.0
            return 0.95 if self.has_context(text, start, end) else MASKED_SCORE
        score = super().score(text, start, end, base)
        alone = _whole_text(text, start, end) or _whole_cell(text, start, end)
        # pragma: `<=` differs only at a score of exactly WHOLE_TEXT_SCORE, which is returned either way.
        if score < WHOLE_TEXT_SCORE and base == BARE_SCORE and alone:  # pragma: no mutate
            # One bare SSN is the whole text (a form field's value on its own) or a whole cell of a pasted table's
            # row: reported, low, with no context word, unless a label or header says it is something else.
            if self.validate_result(text[start:end]) is None and self.has_context(text, start, end) is None:
                if not self._is_reference(text, start):
                    return WHOLE_TEXT_SCORE
        return score


def _whole_text(text: str, start: int, end: int) -> bool:
    return not text[:start].strip() and not text[end:].strip()


def _whole_cell(text: str, start: int, end: int) -> bool:
    """The value is all a cell of a row of cells holds ("Ann Lee | 212456789 | …")."""
    # pragma: a search from None is one from 0, and one from 1 differs only by text[0], which is then "\n".
    line_start = text.rfind("\n", 0, start) + 1  # pragma: no mutate
    line_end = text.find("\n", end)
    # pragma: a search from `end` (never 0) finds no "\n" at 0, so `<= 0` and `< 1` are `< 0`.
    line_end = len(text) if line_end < 0 else line_end  # pragma: no mutate
    for sep in ("|", "\t"):
        # pragma: rfind finds one just when find does.
        if text.find(sep, line_start, line_end) < 0:  # pragma: no mutate
            continue
        cell_start = text.rfind(sep, line_start, start)
        cell_end = text.find(sep, end, line_end)
        before = text[cell_start + 1 if cell_start >= 0 else line_start : start]
        # pragma: cell_end is -1 or at least `end` (never 0), so `> 0` and `>= 1` are `>= 0`.
        after = text[end : cell_end if cell_end >= 0 else line_end]  # pragma: no mutate
        return not before.strip() and not after.strip()
    return False
