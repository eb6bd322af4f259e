"""Names joined to a found name: "Love from Harish & [Walid]", "[Kacper] & Małgorzata Szczepański", "we're Megan
and [Darnell]". Signatures, wedding notices, baptism registers and couples' applications pair names with "&" or
"and"; the model or a list vouches for one of them and the other is published. A single word joined to a PERSON span
on its line is a name too when it is written as that name is (capitalised beside a capitalised name) and is one by
the caller's word lists: a given name or a frequent surname, or no English word at all ("Rommel & [Travis]", not
"Harish & Sons", "Megan and Friends"). Not before a firm's word ("Smith & Wesson Ltd").
"""

from __future__ import annotations

from dataclasses import replace

import regex

from pii_pipeline.types import Span

from .name_extent import CAP_WORD, CAPITALISED, NameWords

# "&", and "and" in the partners' languages ("und", "et", "y", "e", "og", "och", "en").
_AND = r"(?:&|and|und|et|y|e|og|och|en)"
_AFTER = regex.compile(rf"[ ]{_AND}[ ](?P<w>{CAP_WORD})(?![\p{{L}}\p{{M}}\d@_]|['’]s\b|\.\p{{L}})")
_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d@_.'’\-])(?P<w>{CAP_WORD})[ ]{_AND}[ ]$")
# A firm's or a shop's word after the pair: "Harris & Hoole Ltd", "Marks and Spencer plc".
_FIRM_AFTER = regex.compile(
    r"[ ]+(?:Ltd|Limited|LLP|LLC|Inc|plc|PLC|Co|GmbH|AG|SA|Sons|Partners|Associates|Solicitors|Brothers|Bros)\b"
)


def names_joined(text: str, spans: list[Span], words: NameWords) -> list[Span]:
    """`spans` with a PERSON span added for each name joined to a found one by "&" or "and" (`spans` itself when
    there is none)."""
    taken = [(s.start, s.end) for s in spans]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    def is_name(word: str) -> bool:
        folded = word.casefold()
        return words.listed(folded) or words.capital_part(folded)

    added: list[Span] = []
    for span in spans:
        name = text[span.start : span.end]
        if span.entity_type != "PERSON" or "\n" in name or not CAPITALISED.match(name):
            continue
        after = _AFTER.match(text, span.end)
        if after is not None:
            a, b = after.span("w")
            if free(a, b) and is_name(after.group("w")) and not _FIRM_AFTER.match(text, b):
                added.append(replace(span, start=a, end=b))
                taken.append((a, b))
        before = _BEFORE.search(text, max(0, span.start - 40), span.start)
        if before is not None:
            a, b = before.span("w")
            if free(a, b) and is_name(before.group("w")) and not _FIRM_AFTER.match(text, span.end):
                added.append(replace(span, start=a, end=b))
                taken.append((a, b))
    return sorted(spans + added, key=lambda s: (s.start, s.end)) if added else spans
