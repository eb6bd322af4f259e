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
shape of a name in that script: see `_script_names` ("我女儿王小明", "이름: 이서연", "ابنتي فاطمة الزهراء"). There, one
to three capitalised Latin words are a name typed in Latin letters ("اس کا نام Mirwais ہے"), unless an English word,
an app, a place or a street's word.
"""

from collections.abc import Iterator
from functools import cache

import regex

from ._latin_cues import APPS
from ._names import FIRST_NAMES_ALL, NOTICE_WORDS, WORDS_NOT_NAMES, inflected_english, is_noun
from ._orgs import not_a_person
from ._places import countries, known_place_loose, place_cue, run_is_place
from ._recognizer_helpers import ContextRegexRecognizer, line_of
from ._script_names import names_in_script_text
from ._script_words import warm as warm_dictionary
from ._script_words import word_not_name
from ._scripts import RUN, SCRIPTS, latin_letters, name_shaped, script_of
from ._usps_suffixes import usps_suffix_words

# Capitalised words of a cased script, two or three in a row: a name in a text of that script.
_CASED_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+(?:[\-'][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)?"
    r"(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:[\-'][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)?){1,2}(?![\p{L}\p{M}])"
)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n][\s\"'«“(]*)$")
# In a text written in another script, one to three capitalised Latin words ("اس کا نام Mirwais ہے", "น้องPimchanok
# อายุ 13", "TITILAYO OGUNDIPE"): a name transliterated, unless an English word, an app, a place or part of an
# address, e-mail or link. Letters of the text's own script may touch it (a case ending glued on).
_UP, _LOW = r"[\p{Lu}&&\p{Latin}]", r"[[\p{Ll}&&\p{Latin}]\p{M}]"
_LATIN_WORD = rf"(?:{_UP}{_LOW}+(?:['’\-]{_UP}?{_LOW}+)?|{_UP}{{2,}}(?!{_LOW}))"
_LATIN_RUN = regex.compile(
    rf"(?<![\p{{Latin}}\p{{M}}\d_@./\-#])(?P<v>{_LATIN_WORD}(?:[ ]{_LATIN_WORD}){{0,2}})"
    r"(?![\p{Latin}\p{M}\d_@/]|\.[\p{Latin}\d])",
    regex.V1,
)


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
                if run.casefold() in NOTICE_WORDS or word_not_name(text, m.start(), m.end(), script, cased):
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
        yield from _latin_names(text)

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


@cache
def _street_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in usps_suffix_words())


def _latin_word_not_name(word: str) -> bool:
    folded = word.casefold()
    return (
        folded in WORDS_NOT_NAMES
        or folded in APPS
        or folded in _street_words()
        or known_place_loose(word) > 0
        or word in countries()
    )


def _english_noun(word: str) -> bool:
    """A dictionary noun no name list holds ("Traveller's", "Pronunciation"; not "Marat", "Davit")."""
    stem = word.casefold().removesuffix("'s").removesuffix("’s")
    return stem not in FIRST_NAMES_ALL and (is_noun(stem) or inflected_english(stem))


def _latin_names(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Transliterated names in a text written in another script (see `_LATIN_RUN`)."""
    for m in _LATIN_RUN.finditer(text):
        words = m.group("v").split(" ")
        if any(_latin_word_not_name(w) for w in words):
            # "Herzl Street", "Moi Avenue", "via WhatsApp Karim": keep the name words before the first other word.
            keep = []
            for w in words:
                if _latin_word_not_name(w):
                    break
                keep.append(w)
            if not keep or len(keep) < len(words) and words[len(keep)].casefold() in _street_words():
                continue
            words = keep
        if len(words) == 1 and words[0].isupper():
            continue  # "IMO", "SMS", "NIDA": an acronym, unless two such words make a name
        if all(_english_noun(w) for w in words) and line_of(text, m.start("v")).isascii():
            continue  # "Traveller's phrase card", "Pronunciation guides": an English line's nouns, not a name
        end = m.start("v") + len(" ".join(words))
        if not_a_person(text, m.start("v"), end) or place_cue(text, m.start("v"), end):
            continue
        yield "latin_in_script", m.start("v"), end, 0.7
