"""A found name covers the whole name: "Lê Văn [An]", "[C.] Ezeobi", "Thijs [de] Vries", "matteo [colombo]".

Recognizers and the model often report one part of a name (the part a list or a cue vouched for), and a name
partly covered is published in part: its other parts identify the person as well. Each PERSON span is widened here
over what touches it on the same line and can only be more of the same name: an initial before it ("C. Ezeobi") or
after it ("Usman A"), a particle with the word it introduces ("van den Berg", "De Luca", "dela Cruz"), and a
neighbouring word written in the name's own case that is no English word (a capitalised one beside a capitalised
name; a lower-case one beside a lower-case name, as chats and dictation write them, if a name list holds it or its
letters are no English text's: "nguyễn bảo ngọc").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from pii_pipeline.types import Span

# Particles of family names, in the case they are written in ("van den", "De", "dela", "Mac", "bin"), and the
# "i" and "y" that join a Catalan's or a Spaniard's two family names ("Pujol i Sala").
_PARTICLE = (
    r"(?:[Vv]an(?:[ ][Dd]e[nr])?|[Vv]on(?:[ ][Dd]e[rn])?|[Dd]e(?:[ ][Ll]a)?|[Dd]ela|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|"
    r"[Dd]u|[Dd]os|[Dd]as|[Ll]e|[Ll]a|[Tt]er|[Tt]en|[Aa]l|[Ee]l|bin|binti|ibn|Mac|Mc|Ó|Ní|Nic|Ap|i|y)"
)
_WORD = r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*"
CAP_WORD = r"\p{Lu}[\p{Ll}\p{M}'’\-]*\p{Ll}[\p{Ll}\p{M}'’\-]*"  # "Lefèvre", "O'Neil": capitalised, not in capitals
# Before a name (one space, same line): "C. ", "van den ", "De ", "Thijs ".
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.\d])\p{Lu}\.[ ]?$")
_PARTICLE_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<p>{_PARTICLE})[ ]$")
_WORD_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d@_.'’\-])(?P<w>{_WORD})[ ]$")
# After it: " van den Berg", " dela Cruz", " Lefèvre", and a family name's initial (" A)", " Y |", " N from").
_PARTICLE_AFTER = regex.compile(rf"[ ](?P<p>{_PARTICLE})[ ](?P<w>{_WORD})(?![\p{{L}}\p{{M}}\d@_])")
_WORD_AFTER = regex.compile(rf"[ ](?P<w>{_WORD})(?![\p{{L}}\p{{M}}\d@_]|['’][\p{{L}}]|\.\p{{L}})")
_INITIAL_AFTER = regex.compile(r"[ ]\p{Lu}(?=\.?[ \t]*(?:[,;:)\]|]|$)|\.[ \t]|[ ]+(?:from|here|at|of)\b)", regex.M)
# A span that stops on its particle ("wouter van"), and the rest of that family name (" den berg").
_PARTICLE_END = regex.compile(rf"(?:^|[ ]){_PARTICLE}$")
_PARTICLE_REST = regex.compile(rf"[ ](?:(?:[Dd]e[nrl]?|[Ll]a)[ ])?(?P<w>{_WORD})(?![\p{{L}}\p{{M}}\d@_])")
CAPITALISED = regex.compile(CAP_WORD)
_LETTER = regex.compile(r"\p{L}")
_MAX_STEPS = 3  # a name has few parts; each step widens by one word (or a particle and its word)


# Letters only Vietnamese writes among Latin scripts: a lower-case word holding one, in an English line, is a name
# ("seen trần đức anh", "visited nguyễn bảo ngọc").
_VIETNAMESE = regex.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


@dataclass(frozen=True)
class NameWords:
    """What the caller knows of words (case-folded): `capital_part(w)`, a capitalised `w` beside a name may be more
    of it (no English word, title, role or street word); `listed(w)`, it is a given name or a frequent surname and
    no such word; `lower_part(w)`, a lower-case `w` beside a lower-case name is more of it; `word_name(w)`, `w` is a
    given or family name that is also a word ("Mark", "Long", "An"), more of a name of two words already ("Mark
    Anthony Mendoza", "Lê Văn An")."""

    capital_part: Callable[[str], bool]
    listed: Callable[[str], bool]
    lower_part: Callable[[str], bool]
    word_name: Callable[[str], bool]


def _same_case(word: str, name: str) -> bool:
    """`word` is written as the name is: capitalised beside a capitalised name, lower case beside a lower-case one,
    capitals beside capitals."""
    if name.isupper():
        return word.isupper() and len(word) > 1
    if name.islower():
        return word.islower()
    return CAPITALISED.fullmatch(word) is not None


def _line_in_ascii(text: str, start: int, end: int) -> bool:
    """The line around `start:end` is written in ASCII outside that span (English dictation, a chat), so letters
    beyond ASCII there belong to the name, not to the language."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:start] + text[end:line_end]
    letters = _LETTER.findall(rest)
    return bool(letters) and sum(not c.isascii() for c in letters) * 10 <= len(letters)


def _fits(text: str, word: str, name: str, start: int, end: int, words: NameWords) -> bool:
    """`word`, beside the name `text[start:end]`, is more of that name."""
    if not _same_case(word, name):
        return False
    folded = word.casefold()
    if name.islower():
        return words.lower_part(folded) or (_VIETNAMESE.search(folded) is not None and _line_in_ascii(text, start, end))
    if words.listed(folded):
        return True
    # A word no list holds completes a lone name part only ("Taras [Hnatiuk]"): beside a name of two words it is as
    # often another language's word ("Istituto Comprensivo Dante Alighieri", "Meldung Nutzersicherheit").
    if len(name.split()) == 1:
        return words.capital_part(folded)
    return words.word_name(folded)


def widen_names(text: str, spans: list[Span], words: NameWords) -> list[Span]:
    """PERSON spans widened over the rest of their name (`spans` itself when none is; widened spans may overlap
    others, which the caller resolves)."""
    taken = [(s.start, s.end) for s in spans if s.entity_type != "PERSON"]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    out = []
    changed = False
    for span in spans:
        start, end = span.start, span.end
        name = text[start:end]
        if span.entity_type != "PERSON" or not name.strip() or "\n" in name or not name[-1].isalnum():
            out.append(span)
            continue
        for _ in range(_MAX_STEPS):
            m = _PARTICLE_AFTER.match(text, end)
            if m is not None and free(end, m.end()):
                word = m.group("w")
                # After a particle, any word of the name's case that is no English word ("maaike de vries", "Pujol i
                # Sala"): the particle says a family name follows.
                if _same_case(word, name) and words.capital_part(word.casefold()):
                    end = m.end()
                    continue
            if _PARTICLE_END.search(text, start, end) is not None:
                m = _PARTICLE_REST.match(text, end)
                word = m.group("w") if m is not None else ""
                if m and _same_case(word, name) and words.capital_part(word.casefold()) and free(end, m.end()):
                    end = m.end()
                    continue
            m = _WORD_AFTER.match(text, end)
            if m is not None and _fits(text, m.group("w"), name, start, end, words) and free(end, m.end()):
                end = m.end()
                continue
            break
        name = text[start:end]  # the left side is judged by the name as widened on its right
        for _ in range(_MAX_STEPS):
            m = _INITIAL_BEFORE.search(text, max(0, start - 3), start)
            if m is not None and not name.islower() and free(m.start(), start):
                start = m.start()
                continue
            m = _PARTICLE_BEFORE.search(text, max(0, start - 9), start)
            if m is not None and free(m.start(), start):
                # "Thijs de [Vries]": a particle in lower case between a given name and the family name it opens
                # ("au nom de Rodrigue" is French for "in the name of"); "Monsieur Le [Goff]": a capitalised one
                # before a lone family name.
                given = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
                if m.group("p")[:1].isupper() and " " not in name.strip():
                    start = m.start()
                    continue
                if given is not None and _fits(text, given.group("w"), name.title(), start, end, words):
                    start = given.start()
                    continue
            m = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if m is not None and _fits(text, m.group("w"), name, start, end, words) and free(m.start(), start):
                start = m.start()
                continue
            break
        m = _INITIAL_AFTER.match(text, end)
        if m is not None and not name.islower() and " " not in name.strip() and free(end, m.end()):
            end = m.end()
        if (start, end) == (span.start, span.end):
            out.append(span)
        else:
            out.append(replace(span, start=start, end=end))
            changed = True
    return out if changed else spans
