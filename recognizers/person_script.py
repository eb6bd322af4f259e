"""Names written in another script inside a Latin-script text: 김민준, 王伟, 佐藤 健, Иван Петров, Νίκος Παππάς,
דוד כהן, محمد علي, رضا احمدی, राहुल शर्मा, สมชาย ใจดี.

In an English report, chat or form, a short run of letters of another script is a name when its length fits names
of that script (see `_scripts.SCRIPTS`) and it is no ordinary word of its language: a bilingual sign, a localised
button or a department ("会议室", "공지사항", "お知らせ") is none. A name has a name's shape (a family name first, no
dictionary word) or an English cue before it ("my daughter 高峰"): see `_script_words`. A run after a place cue
("lives in 서울") is left to the LOCATION recognizer.
In a text mostly written in a cased script (Cyrillic, Greek, Armenian), runs of two or three capitalised words are
names ("Вчера звонил Иван Петров"). In a text mostly written in another script (a report, chat or form in Chinese,
Japanese, Korean, Arabic, Persian, Hebrew, Hindi, Thai, Russian or Greek), names are found by their cues and by the
shape of a name in that script: see `_script_names` ("我女儿王小明", "이름: 이서연", "ابنتي فاطمة الزهراء").
"""

from collections.abc import Iterator

import regex

from ._places import place_cue, run_is_place
from ._recognizer_helpers import ContextRegexRecognizer
from ._script_names import names_in_script_text
from ._script_words import warm as warm_dictionary
from ._script_words import word_not_name
from ._scripts import RUN, SCRIPTS, latin_letters, name_shaped, script_of

# Capitalised words of a cased script, two or three in a row: a name in a text of that script.
_CASED_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+(?:[\-'][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)?"
    r"(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:[\-'][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)?){1,2}(?![\p{L}\p{M}])"
)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n][\s\"'«“(]*)$")


class PersonScriptRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def warm_up(self) -> None:
        warm_dictionary()  # the Chinese dictionary, read once in the parent before a detector forks

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if text.isascii():
            return
        latin = latin_letters(text)
        foreign = sum(1 for ch in text if ch.isalpha()) - latin
        if foreign == 0:
            return
        if latin >= foreign:
            yield from self._in_latin_text(text)
        else:
            yield from self._in_other_text(text)

    def _in_latin_text(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in RUN.finditer(text):
            run = m.group()
            script = script_of(run)
            if script is None or run_is_place(text, m.start(), m.end()):
                continue
            cased = SCRIPTS[script].cased
            if name_shaped(run, script):
                if word_not_name(text, m.start(), m.end(), script, cased):
                    continue  # "会议室", "공지사항", "お知らせ": an ordinary word quoted in English
                score = 0.8 if not cased or any(w[:1].isupper() for w in run.split()) else 0.6
                yield "other_script", m.start(), m.end(), score
            elif cased:
                yield from self._cased_names(text, m.start(), m.end())

    def _in_other_text(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in RUN.finditer(text):
            script = script_of(m.group())
            if script is not None and SCRIPTS[script].cased:
                yield from self._cased_names(text, m.start(), m.end())
        yield from names_in_script_text(text)

    def _cased_names(self, text: str, start: int, end: int) -> Iterator[tuple[str, int, int, float]]:
        for n in _CASED_NAME.finditer(text, start, end):
            if place_cue(text, n.start(), n.end()):
                continue
            # At a sentence's start the first capital may only open the sentence: the rest must be two words.
            at_start = _SENTENCE_START.search(text, 0, n.start()) is not None
            if at_start and len(n.group().split()) < 3:
                continue
            yield "cased_script_words", n.start(), n.end(), 0.7

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return min(base, 1.0)
