"""Writing systems, as data: how a name looks in each script, for the recognizers that find names and places
written in a script other than the text's own (helpers only; no recognizer here).

Inside an English (Latin-script) text, a run of letters of another script is almost always a name or a
place: 김민준, 王伟, 佐藤 健, Иван Петров, Νίκος Παππάς, דוד כהן, محمد علي, राहुल शर्मा, สมชาย ใจดี. No name list
is used: the script, the run's length and the words around it decide.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class ScriptRule:
    """How names are written in one script."""

    max_letters: int  # letters of a whole name, spaces aside (CJK names are short; Arabic ones are not)
    max_words: int  # words of a whole name
    cased: bool  # the script has capitals, so a name's words start with one


# Scripts with no spaces inside a name (Han, Hangul, Kana) have few letters per name; alphabets have words.
SCRIPTS: dict[str, ScriptRule] = {
    "Han": ScriptRule(max_letters=5, max_words=2, cased=False),
    "Hangul": ScriptRule(max_letters=5, max_words=2, cased=False),
    "Hiragana": ScriptRule(max_letters=6, max_words=2, cased=False),
    "Katakana": ScriptRule(max_letters=10, max_words=2, cased=False),
    "Cyrillic": ScriptRule(max_letters=40, max_words=3, cased=True),
    "Greek": ScriptRule(max_letters=40, max_words=3, cased=True),
    "Armenian": ScriptRule(max_letters=40, max_words=3, cased=True),
    "Georgian": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Hebrew": ScriptRule(max_letters=30, max_words=3, cased=False),
    "Arabic": ScriptRule(max_letters=40, max_words=4, cased=False),  # Arabic, Persian, Urdu
    "Devanagari": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Bengali": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Gurmukhi": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Gujarati": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Tamil": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Telugu": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Kannada": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Malayalam": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Sinhala": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Thai": ScriptRule(max_letters=40, max_words=2, cased=False),
    "Lao": ScriptRule(max_letters=40, max_words=2, cased=False),
    "Khmer": ScriptRule(max_letters=40, max_words=2, cased=False),
    "Myanmar": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Ethiopic": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Mongolian": ScriptRule(max_letters=40, max_words=3, cased=False),
    "Tibetan": ScriptRule(max_letters=40, max_words=3, cased=False),
}

# Words of other scripts that are clearly no name: the names of languages and scripts (a text about translations
# or localisation mentions them) and greetings and thanks quoted in English text.
NOT_NAMES = frozenset(
    """中文 汉语 漢語 普通话 國語 国语 粤语 廣東話 日本語 にほんご ひらがな
    カタカナ 漢字 汉字 한국어 한글 조선어 русский українська
    беларуская български српски ελληνικά
    עברית ייִדיש العربية عربي فارسی اردو
    हिन्दी हिंदी मराठी বাংলা ਪੰਜਾਬੀ தமிழ்
    తెలుగు ไทย ภาษาไทย ລາວ ខ្មែរ မြန်မာ
    ქართული հայերեն አማርኛ 你好 您好 谢谢 謝謝 再见 再見
    こんにちは ありがとう さようなら 안녕하세요 안녕 감사합니다 고맙습니다
    привет спасибо здравствуйте пока شكرا
    مرحبا سلام שלום תודה नमस्ते धन्यवाद
    สวัสดี ขอบคุณ γεια ευχαριστώ""".split()
)
_CLASS = "".join(rf"\p{{Script={name}}}" for name in SCRIPTS)
# A word of one of these scripts: its letters and the marks that go with them (vowel signs, harakat), with an
# inner apostrophe, hyphen or middle dot ("Анна-Мария", "ジョン・スミス"). Kana's prolonged-sound mark "ー" is Common.
_WORD = rf"[{_CLASS}][{_CLASS}\p{{M}}ー]*(?:['’\-・·][{_CLASS}][{_CLASS}\p{{M}}ー]*)*"
# Words of such scripts separated by single spaces (not by a line break).
RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d_]){_WORD}(?:[ \u3000]{_WORD})*(?![\p{{L}}\p{{M}}\d_])", regex.V1)
_LATIN = regex.compile(r"\p{Script=Latin}")
_SCRIPT_OF = {name: regex.compile(rf"\p{{Script={name}}}") for name in SCRIPTS}
# Scripts whose names run together without a space ("김민준", "王伟"): a glued particle makes the run longer.
UNSPACED = frozenset({"Han", "Hangul", "Hiragana", "Katakana", "Thai", "Lao", "Khmer", "Myanmar"})


def script_of(run: str) -> str | None:
    """The script of the run's first letter (runs of Han and Kana mixed count as Han: Japanese names)."""
    for name, rx in _SCRIPT_OF.items():
        if rx.match(run):
            return name
    return None


def latin_letters(text: str) -> int:
    return len(_LATIN.findall(text))


def name_shaped(run: str, script: str) -> bool:
    """Whether a run of `script` could be a name by length and shape alone."""
    rule = SCRIPTS[script]
    if run.casefold() in NOT_NAMES or run in NOT_NAMES:
        return False
    words = run.split()
    letters = sum(1 for ch in run if ch.isalpha())
    if len(words) > rule.max_words or letters > rule.max_letters or letters < 2 and script not in UNSPACED:
        return False
    if script in ("Han", "Hangul") and letters < 2:
        return False  # one character is a word ("愛", "한") more often than a name
    return not rule.cased or any(w[:1].isupper() for w in words)
