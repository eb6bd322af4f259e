"""Text normalisation before detection, with a map back to the original offsets.

Compatibility forms (full-width digits and letters), non-ASCII digits, dash and space variants are
brought to plain ASCII-like forms; zero-width and other format characters are removed. A value
written `０７８‐０５‐１１２０` or with a zero-width space inside is then found, and its span is mapped
back so that it covers the whole original value.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    # offsets[i] = index in the original of normalised character i; offsets[len(text)] = len(original)
    offsets: tuple[int, ...] | None  # None: the text was already normal (identity map)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        # The end maps through the last character the span covers, so a removed character that sat
        # inside the value (a zero-width space) stays inside the original span.
        return self.offsets[start], (self.offsets[end - 1] + 1 if end > start else self.offsets[start])


@functools.cache
def _plain(ch: str) -> str:
    if ch in _DASHES:
        return "-"
    category = unicodedata.category(ch)
    if category == "Cf":  # zero-width space/joiner, BOM, bidi marks: invisible, so removed
        return ""
    if category == "Zs" or ch in "\u2028\u2029":
        return " "
    if category == "Nd" and not ch.isascii():
        return str(unicodedata.digit(ch))
    folded = unicodedata.normalize("NFKC", ch)
    return folded


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def normalize(text: str) -> Normalized:
    if text.isascii():
        return Normalized(text, None)
    # Most non-ASCII texts only hold characters that stay one character ("José", "–", a full-width digit): one
    # translation then, and the offsets are unchanged.
    special = [ch for ch in set(text) if not ch.isascii()]
    if not any(unicodedata.category(ch) == "Sk" for ch in special):
        table = {ord(ch): plain for ch in special if (plain := _plain(ch)) != ch}
        if all(len(plain) == 1 for plain in table.values()):
            return Normalized(text.translate(table) if table else text, tuple(range(len(text) + 1)))
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if ch.isascii():
            plain = ch
        elif unicodedata.category(ch) == "Sk" and _between_letters(text, index):
            # "N˜zamett˜n": a spacing accent (˜ ´ ˆ ¨, category Sk) standing in for a letter, as in
            # mis-encoded text. NFKC would make it a space and split the name; which letter it stood
            # for is unknown, and any letter keeps the word whole.
            plain = "i"
        else:
            plain = _plain(ch)
        for piece in plain:
            out.append(piece)
            offsets.append(index)
    offsets.append(len(text))
    return Normalized("".join(out), tuple(offsets))
