"""People in a GEDCOM family-tree export pasted into a report (genealogy sites and apps all write it): each line is
"LEVEL [@XREF@] TAG [VALUE]", and a tag's meaning depends on the tag above it. Read by place: NAME ("Maja
/Kowalski/"), GIVN, SURN, NICK and married or alternative names are a person's; the DATE under BIRT is a birth date;
the CAUS under DEAT a cause of death; the PLAC under any event, and ADDR's CITY, a place; ADDR's first line a
street address; PHON a phone. Notes (NOTE, free text) are left to the other recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import HAS_DIGIT, HAS_LETTER, FoundSpansRecognizer

_LINE = re.compile(
    r"^(?P<level>\d{1,2}) (?:@[^@\n]{1,20}@ )?(?P<tag>_?[A-Z]{3,6})(?: (?P<value>[^\n]*?))?[ \t]*$", re.M
)
# An individual's record ("0 @I4@ INDI") or a file's header: the text is a GEDCOM export, not prose about one.
_RECORD = re.compile(r"^0 (?:@[^@\n]{1,20}@ INDI|HEAD)\b", re.M)
_NAME_TAGS = frozenset({"NAME", "GIVN", "SURN", "NICK", "_MARNM", "_AKA", "_BIRN"})
_BIRTH_EVENTS = frozenset({"BIRT"})
_DEATH_EVENTS = frozenset({"DEAT", "BURI"})


def record_values(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of the personal values of a GEDCOM export's lines."""
    if not _RECORD.search(text):
        return
    parents: list[str] = []  # the tag at each level above the current line
    for m in _LINE.finditer(text):
        level, tag = int(m.group("level")), m.group("tag")
        del parents[level:]
        parent = parents[-1] if parents else ""
        parents.extend([""] * (level - len(parents)))
        parents.append(tag)
        start, end = m.span("value")
        if start < 0 or start == end or not text[start:end].strip():
            continue
        if tag in _NAME_TAGS and HAS_LETTER.search(text, start, end):
            yield "PERSON", start, end
        elif tag == "DATE" and parent in _BIRTH_EVENTS and HAS_DIGIT.search(text, start, end):
            yield "DATE_OF_BIRTH", start, end
        elif tag == "CAUS" and parent in _DEATH_EVENTS:
            yield "MEDICAL_CONDITION", start, end
        elif tag in ("PLAC", "CITY") and HAS_LETTER.search(text, start, end):
            # "Kalamata, Messenia, Greece": the places below the country (the last part, when there are several).
            parts = text[start:end].split(",")
            kept = ",".join(parts[:-1]) if len(parts) > 1 else parts[0]
            yield "LOCATION", start, start + len(kept.rstrip())
        elif tag == "ADDR" and HAS_DIGIT.search(text, start, end):
            yield "STREET_ADDRESS", start, end
        elif tag == "PHON" and sum(c.isdigit() for c in text[start:end]) >= 6:
            yield "PHONE_NUMBER", start, end


class GedcomRecordRecognizer(FoundSpansRecognizer):
    ENTITY = "PERSON"
    SUPPORTED_ENTITIES = ["PERSON", "DATE_OF_BIRTH", "MEDICAL_CONDITION", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER"]
    TYPED_BY_PATTERN = True  # each span is yielded under its tag's type
    SCORE = 0.9
    SCREEN = needs(words="indi", substrings=["0 head"])

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        return record_values(text)
