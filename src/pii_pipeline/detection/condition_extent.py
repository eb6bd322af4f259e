"""A found condition covers the whole condition: "[juvenile] arthritis", "[iron-deficiency] anaemia", "[type one]
diabetes", "diabetes [typ 1]", "insulin [glargine]".

The condition recognizers read the head word of a diagnosis or a medicine; its modifiers (how severe, since when,
which type) and a medicine's second word name the same thing more precisely, and left outside the span they stay
in the published text beside the redaction. Each MEDICAL_CONDITION span is widened over such words around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pii_pipeline.types import Span

_MODIFIER_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?:juvenile|acute|chronic|severe|mild|moderate|bilateral|congenital|childhood|adult[ \-]onset|"
    r"early[ \-]onset|late[ \-]onset|gestational|post-?natal|post-?partum|sickle[ \-]cell|[a-z]+-deficiency|"
    r"type[ \t]+(?:1|2|one|two|i|ii))[ \t]+)+$",
    re.IGNORECASE,
)
# "diabetes type 1" in several languages: type, Typ, typu, tipo, jenis, tip, tyyppi
_TYPE_AFTER = re.compile(r"[ \t]+(?:type|typ|typu|tipo|jenis|tip|tyyppi)[ \t]+(?:1|2|one|two|i|ii)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t](?P<w>[a-z]{5,20})(?![\w\-])")


def widen_conditions(text: str, spans: list[Span], dictionary_word: Callable[[str], bool]) -> list[Span]:
    """MEDICAL_CONDITION spans widened over their modifiers and a medicine's second word (a lower-case word no
    dictionary holds: "glargine"); `spans` itself when none is."""
    taken = [(s.start, s.end) for s in spans if s.entity_type != "MEDICAL_CONDITION"]
    out, changed = [], False
    for span in spans:
        if span.entity_type != "MEDICAL_CONDITION":
            out.append(span)
            continue
        start, end = span.start, span.end
        m = _MODIFIER_BEFORE.search(text, max(0, start - 40), start)
        if m is not None and not any(a < start and m.start() < b for a, b in taken):
            start = m.start()
        m = _TYPE_AFTER.match(text, end)
        if m is None:
            m = _WORD_AFTER.match(text, end)
            if m is not None and dictionary_word(m.group("w")):
                m = None
        if m is not None and not any(a < m.end() and end < b for a, b in taken):
            end = m.end()
        if (start, end) == (span.start, span.end):
            out.append(span)
        else:
            out.append(replace(span, start=start, end=end))
            changed = True
    return out if changed else spans
