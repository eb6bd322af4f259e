"""Handles that only a handle's shape makes: a gamer tag wrapped in "xX … Xx" ("xX_toxic_Xx", "xXStormGamerXx"), a
Discord name with its four-digit discriminator ("fairycreeper#3722"), a name opened and closed by underscores
("_creeper_dragon_"). No word need name them: nothing else is written so (the discriminator's name is no dictionary
word, "ticket#1234" is a ticket; markdown's "_word_" has one part, a Python "__dunder__" two underscores)."""

import re

from ._names import dictionary_word
from ._recognizer_helpers import ContextRegexRecognizer

_NEEDS: dict[str, re.Pattern[str] | int] = {
    "xx_wrapped": re.compile(r"xx"),
    "discriminator": re.compile(r"#\d{4}"),
    "underscored": re.compile(r"_[a-z0-9]+_[a-z0-9_]*_"),
}
_DISCRIMINATED = re.compile(r"(?P<name>.+)#\d{4}")


class HandleShapeRecognizer(ContextRegexRecognizer):
    ENTITY = "USERNAME"
    PATTERNS = [
        (
            "xx_wrapped",
            # (two letters besides x inside: "xxxxxxxx", "XXXXXX" are a masked value's placeholder)
            r"(?<![\w.@#/])(?-i:xX|Xx|xx|XX)_?(?=[\w.]*?[A-WYZa-wyz][\w.]*?[A-WYZa-wyz])[A-Za-z0-9][\w.]{0,24}?_?"
            r"(?-i:Xx|xX|xx|XX)(?![\w@])",
            0.6,
        ),
        ("discriminator", r"(?<![\w.@#/])[A-Za-z][\w.]{1,31}#\d{4}(?![\w#])", 0.6),
        ("underscored", r"(?<![\w.@#/])_(?!_)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+_(?![\w@])", 0.6),
    ]
    CONTEXT = [r"user(?:name)?", r"handle", r"tag", r"discord", r"snap(?:chat)?", r"insta(?:gram)?", r"tiktok"]
    REFERENCE_NEGATIVE = False
    PATTERN_NEEDS = _NEEDS
    TEXT_NEEDS = re.compile(r"xx|#\d{4}|_[a-z0-9]+_")

    def validate_result(self, pattern_text: str) -> bool | None:
        m = _DISCRIMINATED.fullmatch(pattern_text)
        if m is not None:
            name = m.group("name")
            # "ticket#1234", "PR#2041", "Issue#1234": a thing's number, not a tag.
            if dictionary_word(name.casefold()) or name.isupper():
                return False
        return None
