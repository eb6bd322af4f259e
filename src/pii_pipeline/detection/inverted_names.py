"""A name written family name first, in capitals, and a comma: "NOMINAL: ĐẶNG, Quang", "Re: KAMIŃSKI, Wojciech",
"YANG, Zihao". Records, registers and police forms write names so; a recognizer that found one part ("Quang",
"YANG") reports the whole name here: the capitalised family name before the comma, or the given names after it.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from pii_pipeline.types import Span

# A family name in capitals (any script with case; particles and hyphens inside): "ĐẶNG", "MC DONALD", "O'NEILL".
_CAPS = r"\p{Lu}[\p{Lu}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}'’\-]+){0,2}"
_GIVEN = r"\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){0,2}"
_CAPS_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<f>{_CAPS}),[ \t]+$")
_GIVEN_AFTER = regex.compile(rf",[ \t]+(?P<g>{_GIVEN})(?![\p{{L}}\p{{M}}])")
_CAPS_WHOLE = regex.compile(rf"{_CAPS}")


# The whole name where no recognizer found a part: at a line's start or after a label's colon.
_AT_LABEL = regex.compile(
    rf"(?:^|(?<=:)|(?<=\t))[ \t]*(?P<f>{_CAPS}),[ \t]+(?P<g>{_GIVEN})"
    r"(?=[ \t]*(?:$|[\t(]|[ \t]{2}|,|\b(?:DOB|born)\b))",
    regex.MULTILINE,
)
INVERTED_SCORE = 0.7


def inverted_at_labels(text: str, spans: list[Span], is_word, known) -> list[Span]:  # noqa: ANN001
    """ "Re: KAMIŃSKI, Wojciech  DOB …": a "FAMILY, Given" name at a line's start or after a label, that no
    finding covers; `known(family, given)` says whether a name list or the letters (not ASCII) vouch for it."""
    if "," not in text:
        return spans
    extra = []
    for m in _AT_LABEL.finditer(text):
        start, end = m.start("f"), m.end("g")
        if any(s.start < end and start < s.end for s in spans):
            continue
        family, given = m.group("f"), m.group("g")
        if any(is_word(w.casefold()) for w in (*family.split(), *given.split())):
            continue
        if known(family, given):
            extra.append(Span("PERSON", start, end, INVERTED_SCORE, "InvertedName"))
    return spans + extra


def widen_inverted(text: str, spans: list[Span], is_word) -> list[Span]:  # noqa: ANN001
    """PERSON spans widened over the other half of a "FAMILY, Given" name; `is_word(w)` says whether a word is a
    common word (which no half of a name may be: "NOTE, Please")."""
    out = []
    for span in spans:
        if span.entity_type != "PERSON":
            out.append(span)
            continue
        value = text[span.start : span.end]
        before = _CAPS_BEFORE.search(text, max(0, span.start - 40), span.start)
        if before is not None and value[:1].isupper() and not value.isupper():
            family = before.group("f")
            if not any(is_word(w.casefold()) for w in family.split()):
                span = replace(span, start=before.start("f"))
        elif _CAPS_WHOLE.fullmatch(value) and not is_word(value.casefold()):
            after = _GIVEN_AFTER.match(text, span.end)
            if after is not None and not any(is_word(w.casefold()) for w in after.group("g").split()):
                span = replace(span, end=after.end("g"))
        out.append(span)
    return out
