"""Names in tips and chats written in a Latin-script language other than English, found by the cue before or
after them: a kin or role word ("mi hija Lucía", "der Verdächtige Jürgen Mößner", "con gái tôi Lan"), a
name-introducing verb or phrase ("se llama Baltasar", "un tal nacho", "s'appelle", "heißt", "si chiama",
"nazywa się", "tên là", "bernama", "pe nume") or a cue after the name ("Tolga adında biri", "die Gerrit heet").

The cue tables are data (`_latin_cues`); a cue word of one language (Spanish "hija", Tagalog "si") counts only in
a sentence written in that language, a phrase of several words or with letters English lacks counts anywhere.
The name is the capitalised words after the cue (particles such as "van", "de", "dos" between them), up to a stop
word of the language; after a strong cue in lower-case chat, the one word that follows. No name list is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from pii_pipeline.detection.prescreen import needs, screen_text, screen_words

from ._latin_cues import (
    ALL_STOPS,
    APPS,
    CUES_AFTER_PHRASES,
    KIN_ROLE_PHRASES,
    LANGS,
    NAME_CUE_PHRASES,
    NOT_NAME_AFTER,
    NOT_NAMES,
    POSSESSIVES_AFTER,
    ROLE_WORDS,
    STOP_NAMES,
    STOPS,
    WORLD_CUES_AFTER_PHRASES,
    WORLD_KIN_PHRASES,
    WORLD_NAME_CUE_PHRASES,
    WORLD_POSSESSIVES_AFTER,
    language_at,
    sentence_start,
)
from ._names import WORDS_NOT_NAMES as ENGLISH_WORDS
from ._orgs import not_a_person
from ._recognizer_helpers import ContextRegexRecognizer

_CAP = r"\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{L}[\p{Ll}\p{M}]*)?"
_PARTICLE = r"(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|ter|ten|la|le|van[ ]der|van[ ]den|de[ ]la|de[ ]los)"
_NAME = rf"{_CAP}(?:[ ](?:{_PARTICLE}[ ])?{_CAP}){{0,3}}"
_LOWER = r"\p{Ll}[\p{Ll}\p{M}]{1,20}"
_WORD_RUN = re.compile(r"\w+")  # the prescreen's word runs (combining marks split them)

STRONG, KIN, AFTER, CHAT = 0.85, 0.8, 0.8, 0.7


def _distinctive(cue: str) -> bool:
    """A cue that is no English word: a phrase, a word with letters English lacks, or a long foreign word."""
    cue = " ".join(cue.casefold().split())
    return " " in cue or not cue.isascii() or (len(cue) >= 6 and cue not in ENGLISH_WORDS)


def _alternation(phrases: list[str]) -> str:
    return "|".join(regex.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(set(phrases), key=len, reverse=True))


def _cue_rx(phrases: list[str], lower: bool, possessives: list[str] = POSSESSIVES_AFTER) -> regex.Pattern[str]:
    value = rf"(?P<v>{_NAME})" + (rf"|(?P<lv>{_LOWER})(?![\p{{L}}\p{{M}}])" if lower else "")
    owner = "" if lower else rf"(?:[ \t]+(?i:{_alternation(possessives)}))?"  # "o padrasto dela, Wanderley"
    # A cue ending in a hyphen takes the name glued on ("igama lakhe ngu-Bongani").
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}'’])(?P<cue>(?i:{_alternation(phrases)})){owner}(?:[ \t]*[,:]?[ \t]+|(?<=-))(?:{value})"
    )


def _after_rx(phrases: list[str]) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?P<v>{_NAME}),?[ \t]+(?P<cue>(?i:{_alternation(phrases)}))(?![\p{{L}}])"
    )


# The cues of every other Latin-script language (see `_latin_cues.WORLD_KIN`), under one key; they count anywhere.
WORLD = "world"
_NAME_CUES = {**NAME_CUE_PHRASES, WORLD: [p for p in WORLD_NAME_CUE_PHRASES if _distinctive(p)]}
_KIN_CUES = {**KIN_ROLE_PHRASES, WORLD: [p for p in WORLD_KIN_PHRASES if _distinctive(p)]}
_CUES_AFTER = {**CUES_AFTER_PHRASES, WORLD: [p for p in WORLD_CUES_AFTER_PHRASES if _distinctive(p)]}
_LANGS = (*LANGS, WORLD)
_BEFORE = {lang: [(_cue_rx(_NAME_CUES[lang], True), STRONG), (_cue_rx(_KIN_CUES[lang], False), KIN)] for lang in LANGS}
# Their possessives ("mpwa wangu", "nipi im") follow their own kin words only: German "im" is "in the".
_BEFORE[WORLD] = [
    (_cue_rx(_NAME_CUES[WORLD], True), STRONG),
    (_cue_rx(_KIN_CUES[WORLD], False, [*POSSESSIVES_AFTER, *WORLD_POSSESSIVES_AFTER]), KIN),
]
_AFTER = {lang: _after_rx(phrases) for lang, phrases in _CUES_AFTER.items()}


def _key_word(phrase: str) -> str:
    """The word of a cue the prescreen looks for: its longest run of word characters, in screened form."""
    return max(_WORD_RUN.findall(screen_text(phrase)), key=len)


_KEYS = {
    lang: frozenset(_key_word(p) for p in [*_NAME_CUES[lang], *_KIN_CUES[lang], *_CUES_AFTER.get(lang, [])])
    for lang in _LANGS
}


class PersonForeignRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = []
    REFERENCE_NEGATIVE = False
    SCREEN = needs(words=sorted(frozenset().union(*_KEYS.values())))

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        words = screen_words(screen_text(text))
        for lang in _LANGS:
            if _KEYS[lang].isdisjoint(words):
                continue
            for rx, score in _BEFORE[lang]:
                for m in rx.finditer(text):
                    found = self._after_cue(text, m, lang, score)
                    if found is not None:
                        yield found
            if lang in _AFTER:
                for m in _AFTER[lang].finditer(text, overlapped=True):
                    found = self._before_cue(text, m, lang)
                    if found is not None:
                        yield found

    def _applies(self, text: str, cue: str, start: int, lang: str) -> bool:
        return lang == WORLD or language_at(text, start) == lang or _distinctive(cue)

    def _after_cue(self, text: str, m: regex.Match[str], lang: str, score: float) -> tuple[str, int, int, float] | None:
        cue = m.group("cue")
        if not self._applies(text, cue, m.start(), lang) or _not_name_before(text, m.start()):
            return None
        if m.group("v") is not None:
            span = _name_words(text, m.start("v"), m.end("v"), lang)
            pattern = "foreign_cue" if score == STRONG else "foreign_kin"
        elif _lower_case_chat(text, m.start(), m.end()):
            span = _name_words(text, m.start("lv"), m.end("lv"), lang)
            pattern, score = "foreign_cue_chat", CHAT
        else:
            return None
        if span is None or not_a_person(text, *span):
            return None
        return pattern, span[0], span[1], score

    def _before_cue(self, text: str, m: regex.Match[str], lang: str) -> tuple[str, int, int, float] | None:
        if not self._applies(text, m.group("cue"), m.start("cue"), lang):
            return None
        start = m.start("v")
        # "die Gerrit heet": the name is the last capitalised words before the cue, not a sentence's first word.
        words = list(regex.finditer(_CAP, text[start : m.end("v")]))
        # "Kızım Instagram'da Tolga adında": a word with a case ending after an apostrophe is no subject.
        not_subject = STOPS.get(lang, frozenset()) | ROLE_WORDS
        while len(words) > 1 and (words[0].group().casefold() in not_subject or "'" in words[0].group()):
            words = words[1:]
        span = _name_words(text, start + words[0].start(), m.end("v"), lang)
        if span is None or not_a_person(text, *span):
            return None
        return "foreign_cue_after", span[0], span[1], AFTER

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base


def _not_name_before(text: str, cue_start: int) -> bool:
    """ "das heißt", "was heißt", "het heet": the verb means "that is" or names a thing."""
    before = text[max(0, cue_start - 12) : cue_start].split()
    return bool(before) and before[-1].casefold() in NOT_NAME_AFTER


def _lower_case_chat(text: str, start: int, end: int) -> bool:
    """Whether the sentence is written without capitals (a chat), bar its first letter."""
    opening = sentence_start(text, start)
    return not any(map(str.isupper, text[opening + 1 : min(len(text), end + 40)]))


def _name_words(text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """The name in text[start:end]: its words up to a stop word, kin word or common word of the language."""
    stops = STOPS.get(lang, frozenset())
    last = None
    for w in regex.finditer(r"\S+", text[start:end]):
        word = w.group().casefold()
        if word in {"de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la"}:
            if last is None:
                return None
            continue  # a particle inside a name
        # Another language's stop word opens no name, unless capitalised after a world cue ("Umwana wanjye Keza").
        other_stop = word in ALL_STOPS and last is None and (lang != WORLD or w.group()[:1].islower())
        if (word in stops or other_stop) and word not in STOP_NAMES:
            break
        if word in ROLE_WORDS or word in NOT_NAMES:
            break
        if word.split("'")[0].split("’")[0] in APPS:
            return None  # "Instagram'da", "por WhatsApp"
        if lang == "tr" and ("'" in word or "’" in word):
            last = start + w.start() + max(word.find("'"), word.find("’"))
            break  # "Ayşe'yle": a Turkish case ending after the name's apostrophe
        last = start + w.end()
    if last is None or last - start < 2:
        return None
    return start, last
