"""A birth date on a form line labelled in a language the recognizers have no birth word for.

Reports and forms in other languages put each field on its own line, "label: value": "ଜନ୍ମ ତାରିଖ: 06/07/1998",
"Туулган күнү: 28.04.2002", "Ụbọchị ọmụmụ: 13/02/1995". The date recognizer knows the birth words of some forty
languages; for the others, a date alone on such a line, in a text that names a person, at least two years back (a
report's own date is recent) and within a lifetime, is that person's birth date. The label must hold a letter
beyond ASCII: an English form's old dates are issue, start or event dates as often ("Joined: 12/05/2001"), and
English birth labels are the recognizer's.
"""

from __future__ import annotations

import re
from datetime import date

from pii_pipeline.types import Span

_NUMERIC_DATE = (
    r"(?P<d>(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|[12]\d|3[01]))"
)
# A line that is a label (two to forty characters, no digit, a letter beyond ASCII), a colon and a date alone.
_FORM_DATE_LINE = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_](?:[^\n:：\d]{0,38}[^\W\d_])?)[ \t]*[:：][ \t]*"
    + _NUMERIC_DATE
    + r"[ \t]*[.।።]?[ \t]*$",
    re.MULTILINE,
)
FORM_DATE_SCORE = 0.6
FORM_DATE_REASON = "an old date alone on a form line labelled in another language, in a text naming a person"
_OLDEST = 110
_THIS_YEAR = date.today().year


def birth_dates_on_form_lines(text: str, spans: list[Span]) -> list[Span]:
    """`spans` and the birth dates of such lines that no finding covers yet."""
    if not any(s.entity_type == "PERSON" for s in spans) or text.isascii():
        return spans
    extra = []
    for m in _FORM_DATE_LINE.finditer(text):
        if m.group("label").isascii():
            continue
        year = int(m.group("y") or m.group("iy"))
        if not _THIS_YEAR - _OLDEST <= year <= _THIS_YEAR - 2:
            continue
        start, end = m.span("d")
        if any(s.start < end and start < s.end for s in spans):
            continue
        extra.append(Span("DATE_OF_BIRTH", start, end, FORM_DATE_SCORE, "BirthDateFormLine", FORM_DATE_REASON))
    return spans + extra if extra else spans
