"""Prescreen: which recognizers can fire on a text at all.

A recognizer declares what a text must hold for it to report anything: `SCREEN`, a `Screen` built with
`needs(words=..., substrings=...)` (one of the words as a whole word of the text, or one of the substrings
anywhere). The detector skips it on a text that holds none (`recognizer_screen`). The declaration is data next
to the patterns it speaks for; a recognizer that declares nothing always runs. Patterns can declare the same
for themselves (`PATTERN_SCREENS`, see the recognizers' `ScreenedPatternsRecognizer`).

Texts are compared in their screened form (`screen_text`): lower-cased, after mapping the characters that match
an ASCII letter case-insensitively without being one (dotted and dotless i, long s, Kelvin sign) to that letter,
so a case-insensitive pattern's literal is found in it whatever its case. Declared words and substrings are
lower-case; a word is one run of word characters (letters, digits, `_`), compared with the text's runs.

A wrong declaration loses findings silently, so tests hold every declaration to the texts its recognizer
reports on (tests/detection/test_text_detector.py, tests/recognizers/test_screens.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_WORD_RUN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Screen:
    """A text can make the recognizer report only if it has one of `words` as a whole word or one of
    `substrings` anywhere (both lower-cased; see `screen_text`, `screen_words`)."""

    words: frozenset[str]
    substrings: tuple[str, ...]

    def passes(self, lowered: str, words: AbstractSet[str]) -> bool:
        return not self.words.isdisjoint(words) or any(map(lowered.__contains__, self.substrings))


_last_screened: tuple[str | None, str] = (None, "")  # the last text screened, and its form


def screen_text(text: str) -> str:
    """The form of a text that requirement literals are looked for in. The detector and the recognizers'
    own screens and label look-ups all ask for the text being analysed: it is lowered once."""
    global _last_screened
    last = _last_screened
    if last[0] is not text:
        last = _last_screened = (text, text.lower() if text.isascii() else text.translate(_CASE_TWINS).lower())
    return last[1]


_last_words: tuple[str | None, frozenset[str]] = (None, frozenset())  # the last form split, and its words


def screen_words(lowered: str) -> frozenset[str]:
    """The words of a text's screened form (kept for the last one, as `screen_text` does)."""
    global _last_words
    last = _last_words
    if last[0] is not lowered:
        last = _last_words = (lowered, frozenset(_WORD_RUN.findall(lowered)))
    return last[1]


def _split(items: str | Iterable[str]) -> list[str]:
    return items.split() if isinstance(items, str) else list(items)


def needs(words: str | Iterable[str] = (), substrings: str | Iterable[str] = ()) -> Screen:
    """A declared requirement: a text must hold one of `words` as a whole word, or one of `substrings` anywhere.
    Either may be one space-separated string. Lower-case only (texts are compared in their screened form), and
    a word must be one run of word characters: a declaration that could never be met fails here, at import."""
    word_list, substring_list = _split(words), _split(substrings)
    if not word_list and not substring_list:
        raise ValueError("a screen needs at least one word or substring (declare none to always run)")
    for item in word_list + substring_list:
        if item != item.lower() or not item:
            raise ValueError(f"screen literal {item!r}: use lower case")
    for word in word_list:
        if not _WORD_RUN.fullmatch(word):
            raise ValueError(f"screen word {word!r} is not one run of word characters: declare it as a substring")
    return screen_from({(w, True) for w in word_list} | {(s, False) for s in substring_list})


def screen_from(required: AbstractSet[tuple[str, bool]]) -> Screen:
    """The screen for a set of (literal, whole_word) requirements: a text must hold one of them."""
    # A substring that contains another substring adds nothing; nor does a word that contains one.
    substrings: list[str] = []
    for text in sorted({text for text, whole in required if not whole}, key=len):
        if not any(k in text for k in substrings):
            substrings.append(text)
    words = frozenset(text for text, whole in required if whole and not any(k in text for k in substrings))
    return Screen(words, tuple(substrings))


def recognizer_screen(recognizer) -> Screen | None:  # noqa: ANN001
    """What a text needs for `recognizer` to report anything on it, or None when it must run on every text.

    The recognizer's class must declare `SCREEN` itself: a subclass inherits none, since it may add patterns or
    report in other ways than its base."""
    declared = type(recognizer).__dict__.get("SCREEN")
    return declared if isinstance(declared, Screen) else None
