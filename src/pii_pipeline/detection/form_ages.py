"""An age on a form line labelled in a language the age recognizer has no word for.

Tips and reports in other languages put each field on its own line: "Temen: 42", "Aldur: ~53", "Emyaka: 21",
"Mosha – 16", "[Etât] 34". The age recognizer knows the age words of some languages; for the others, a number alone
on such a line, near a line that names a person, is that person's age: a form about someone lists their name, age,
phone and town. The label must be no English word (an English form's "Room: 12", "Children: 2" or "Score: 45" are
counts; its "Age:" is the recognizer's), and none of the roots that number other things in many languages (a house,
a floor, a class, a phone, a code).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pii_pipeline_recognizers.age import ADULT

from pii_pipeline.types import Span

# A line that is a label (two to thirty characters, no digit), a separator and a number of one to three digits
# alone, with an "about" sign or word before it: "Aldur: ~53", "Ary: 38", "Mosha – 16", "[Etât] 34".
_FORM_AGE_LINE = re.compile(
    r"^[ \t]*(?:\[(?P<bracketed>[^\W\d_][^\]\n\d]{0,28})\]|(?P<label>[^\W\d_][^\n:=：\d|]{0,29}?)"
    r"[ \t]*(?:[:=：]|[ \t][–—\-]))[ \t]*(?:~|ca\.?[ \t]*|±[ \t]*)?(?P<n>\d{1,3})[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# Roots of labels that number something else in many languages.
_OTHER_NUMBERS = re.compile(
    r"(?i:n[ro]\b|n°|num|#|klas|class|grade|etage|floor|stock|room|zimmer|apt|unit|hou?s|haus|hus\b|\bid\b|code|kod|"
    r"cod\b|zip|plz|post|tel|fon|phon|mob|count|qty|anz|kind|child|score|punk|point|size|height|weight|kg|cm|year|jahr|"
    r"ano|año|yil|rok|page|seite|line|zeile|pin|otp|ref|case|fall|ticket|order|step|level|rank|km|mile|min|hour|std)"
)
_NEAR = 300  # characters between the line and a found name
FORM_AGE_SCORE = 0.55
FORM_AGE_REASON = "a number alone on a form line labelled in another language, near a person's name"
_OLDEST = 110


def ages_on_form_lines(
    text: str, spans: list[Span], english_word: Callable[[str], bool], entities: frozenset[str] | None = None
) -> list[Span]:
    """`spans` and the ages of such lines that no finding covers yet (of the types among `entities`, all if None)."""
    names = [s for s in spans if s.entity_type == "PERSON"]
    if not names:
        return spans
    extra = []
    for m in _FORM_AGE_LINE.finditer(text):
        label = (m.group("label") or m.group("bracketed")).strip()
        words = re.findall(r"[^\W\d_]+", label.casefold())
        if not words or any(english_word(w) for w in words) or _OTHER_NUMBERS.search(label):
            continue
        age = int(m.group("n"))
        start, end = m.span("n")
        if not 1 <= age <= _OLDEST or any(s.start < end and start < s.end for s in spans):
            continue
        if not any(abs(s.start - start) <= _NEAR for s in names):
            continue
        kind = "MINOR_AGE" if age < ADULT else "AGE"
        if entities is None or kind in entities:
            extra.append(Span(kind, start, end, FORM_AGE_SCORE, "AgeFormLine", FORM_AGE_REASON))
    return spans + extra if extra else spans
