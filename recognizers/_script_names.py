"""Names in texts written in a non-Latin script, found by their cues (see `_script_cues`) and by the shape of a
name in each script (helpers for `person_script`; no recognizer here).

- Chinese: a common family name and one or two given-name characters, after a cue ("女儿王小明", "姓名：张伟") or
  before an honorific ("李建国老师"); the given name stops at a character that does not stand in names ("今", "经").
- Japanese: a run of kanji or katakana before さん/くん/ちゃん/様/先生, or after a label or kin cue (名前：, 娘の).
- Korean: a family-name syllable and two more before a particle ("김민지가"), after a cue word ("딸", "이름:") or
  before an honorific ("박성호 씨", "민수님").
- Arabic, Persian, Hebrew, Hindi: one to three words after a cue, stopping at a particle, postposition or verb.
- Russian, Greek: capitalised words after a label or kin cue ("Имя: Сергей").
- Thai: the space-separated token (and a surname token) after a cue, or after a title glued to it ("นายสมชาย").
Each finder yields (pattern name, start, end, score); the span is the name alone, never its cue.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ._script_cues import (
    CN_CUES,
    CN_DOUBLE_SURNAMES,
    CN_NOT_GIVEN,
    CN_NOT_GIVEN_BEFORE,
    CN_NOT_NAMES,
    CN_SURNAMES,
    CN_TITLES_AFTER,
    JA_CUES,
    JA_NOT_NAMES,
    JA_SELF,
    JA_SURNAMES,
    JA_TITLES_AFTER,
    KO_COPULAS,
    KO_CUES,
    KO_DOUBLE_FAMILY,
    KO_FAMILY,
    KO_LABELS,
    KO_NOT_NAMES,
    KO_SELF,
    KO_SELF_NOT_NAMES,
    KO_SUFFIXES,
    SPACED,
    TH_CUES_END,
    TH_NOT_NAME_START,
    TH_STOPS,
    TH_TITLES_GLUED,
)

Found = Iterator[tuple[str, int, int, float]]
CUED = 0.85  # a cue or label names the value a person's name
TITLED = 0.75  # an honorific after a run of letters


def _alternation(phrases: list[str]) -> str:
    """Phrases longest first; "_" is a space; a label's ":" may follow a space and be full-width."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        label = p.endswith(":") or p.endswith("：")
        body = regex.escape(p.rstrip(":：")).replace("_", r"\s+")
        parts.append(body + (r"[ \t]*[:：]" if label else ""))
    return "|".join(parts)


_HAS = {
    name: regex.compile(rf"\p{{Script={name}}}")
    for name in (
        "Han", "Hiragana", "Katakana", "Hangul", "Arabic", "Hebrew", "Devanagari", "Thai", "Cyrillic", "Greek",
        "Bengali", "Tamil", "Georgian", "Armenian", "Ethiopic",
    )
}  # fmt: skip

# --- Chinese -----------------------------------------------------------------------------------------------------
_CN_CUE = regex.compile(
    rf"(?:{_alternation(CN_CUES)})(?P<sep>[ \t]*[:：][ \t]*|[是叫为為](?=\p{{Han}})|[ \t]+)?(?=\p{{Han}})"
)
_CN_LABELS = frozenset(
    "姓名 报告人 報告人 联系人 聯繫人 聯系人 紧急联系人 緊急聯繫人 捐赠人 捐贈人 捐款人 举报人 舉報人 "
    "受害人 嫌疑人 监护人 監護人 志愿者 志願者 来电人 來電人 名前 氏名".split()
)
_CN_TITLE = regex.compile(rf"(?<=\p{{Han}})(?:{_alternation(CN_TITLES_AFTER)})")
_HAN = regex.compile(r"\p{Han}")


def _is_han(ch: str) -> bool:
    return bool(ch) and _HAN.match(ch) is not None


def _cn_name_at(text: str, pos: int) -> int | None:
    """The end of a Chinese name starting at `pos` (family name and one or two given characters), or None."""
    if text[pos : pos + 2] in CN_DOUBLE_SURNAMES:
        given_from = pos + 2
    elif text[pos : pos + 1] in CN_SURNAMES:
        given_from = pos + 1
    else:
        return None
    end = given_from
    while end < len(text) and end - given_from < 2 and _is_han(text[end]) and text[end] not in CN_NOT_GIVEN:
        if text[end + 1 : end + 2] and text[end + 1] in CN_NOT_GIVEN_BEFORE.get(text[end], ""):
            break
        end += 1
    if end == given_from:
        return None
    if text[pos:end] in CN_NOT_NAMES or text[pos : pos + 2] in CN_NOT_NAMES:
        return None
    return end


def _chinese(text: str) -> Found:
    for m in _CN_CUE.finditer(text):
        start = m.end()
        sep = m.group("sep") or ""
        end = _cn_name_at(text, start)
        if end is None and (":" in sep or "：" in sep) and m.group().rstrip(" \t:：") in _CN_LABELS:
            end = start  # a label: any short run of Han is the name ("姓名：玛丽亚")
            while end < len(text) and _is_han(text[end]) and end - start < 5:
                end += 1
            if not 2 <= end - start <= 4 or _is_han(text[end : end + 1]):
                continue
            end = _second_run(text, end)
        if end is not None:
            yield "zh_cued", start, end, CUED
    for m in _CN_TITLE.finditer(text):
        span = _cn_name_before(text, m.start())
        if span is not None:
            yield "zh_titled", span[0], span[1], TITLED


def _second_run(text: str, end: int) -> int:
    """A Japanese name after a label is often spaced ("氏名：鈴木 一郎"): the run after one space is its given name."""
    if text[end : end + 1] in (" ", "\u3000"):
        stop = end + 1
        while stop < len(text) and _is_han(text[stop]) and stop - end <= 4:
            stop += 1
        if 2 <= stop - end <= 4 and not _is_han(text[stop : stop + 1]):
            return stop
    return end


def _cn_name_before(text: str, end: int) -> tuple[int, int] | None:
    """A Chinese name ending at `end` (before an honorific), led by something that is no part of a name."""
    for length in (3, 2, 4, 1):
        start = end - length
        if start < 0 or not all(_is_han(c) for c in text[start:end]):
            continue
        if _cn_name_at(text, start) != end and not (length == 1 and text[start] in CN_SURNAMES):
            continue
        before = text[start - 1 : start]
        if not _is_han(before) or before in CN_NOT_GIVEN:
            return start, end
    return None


# --- Japanese ----------------------------------------------------------------------------------------------------
_JA_RUN = r"(?:\p{Han}{1,4}(?:[ 　]\p{Han}{1,4})?|\p{Katakana}[\p{Katakana}ー・]{1,12})"
_JA_CUE = regex.compile(rf"(?:{_alternation(JA_CUES)})[ 　]*(?P<v>{_JA_RUN})(?![\p{{Han}}\p{{Katakana}}ー])")
_JA_TITLE = regex.compile(rf"(?<![\p{{Han}}\p{{Katakana}}ー])(?P<v>{_JA_RUN})(?:{'|'.join(JA_TITLES_AFTER)})")
_JA_OCCUPATION_END = tuple("員長師手者屋士官医")
_JA_HONORIFIC_PREFIX = ("お", "ご", "御")
_JA_WEAK_CUES = ("の",)
_JA_KANJI_TITLES = tuple(t for t in JA_TITLES_AFTER if _HAN.match(t))


def _japanese(text: str) -> Found:
    for m in _JA_CUE.finditer(text):
        name, end = m.group("v"), m.end("v")
        title = next((t for t in _JA_KANJI_TITLES if name.endswith(t) and len(name) > len(t)), "")
        name, end = name[: len(name) - len(title)], end - len(title)  # "担任の田中先生": the name before the title
        cue = text[m.start() : m.start("v")].strip()
        letters = len(name.replace(" ", "").replace("　", ""))
        if cue.endswith(_JA_WEAK_CUES) and _is_han(name[0]) and letters < 3 and not _titled(text, end):
            continue  # "娘の学校": a kin word and a noun; a full name has three kanji or more
        if name in JA_NOT_NAMES:
            continue
        if name in JA_SURNAMES and (given := _JA_GIVEN_AFTER.match(text, end)) is not None:
            end = given.end()  # "名前は山本はるか、": the given name written in kana
        yield "ja_cued", m.start("v"), end, CUED
    yield from _ja_called(text)
    yield from _ja_self(text)
    for m in _JA_TITLE.finditer(text):
        name = m.group("v")
        if name in JA_NOT_NAMES or name.endswith(_JA_OCCUPATION_END):
            continue
        if text[max(0, m.start() - 1) : m.start()] in _JA_HONORIFIC_PREFIX:
            continue  # "お母さん", "ご主人様"
        yield "ja_titled", m.start("v"), m.end("v"), TITLED


# "田中健一という男": a name before "という" (called), "と名乗る" (calling himself), "と申します" (I am called).
_JA_CALLED = regex.compile(
    rf"(?<![\p{{Han}}\p{{Katakana}}ー])(?P<v>{_JA_RUN})(?:という|と名乗る|と名乗っ|と申します|と申す)"
)


# A given name after a family name: kanji, or hiragana or katakana lazily, up to what follows it.
_JA_GIVEN = (
    r"[ 　]?(?:\p{Han}{1,3}?|(?!で|だ|と|さん|さま|くん|ちゃん)\p{Hiragana}{2,4}?|\p{Katakana}[\p{Katakana}ー]{1,6}?)"
)
_JA_AFTER_NAME = r"(?=です|でした|だよ|だ[。！!]|と申します|といいます|と言います|[、。，,！!？?\s]|$)"
_JA_GIVEN_AFTER = regex.compile(_JA_GIVEN + _JA_AFTER_NAME)
# "私は佐藤ゆいです", "僕は田中と申します": "I am" and a known family name, with the given name in any of the three
# scripts, before a copula, "I am called" or a comma.
_JA_SELF = regex.compile(
    rf"(?:{'|'.join(JA_SELF)})[ 　]*(?P<v>(?:{'|'.join(sorted(JA_SURNAMES, key=len, reverse=True))})"
    rf"(?:{_JA_GIVEN})??)" + _JA_AFTER_NAME
)


def _ja_self(text: str) -> Found:
    for m in _JA_SELF.finditer(text):
        yield "ja_self", m.start("v"), m.end("v"), CUED


def _ja_called(text: str) -> Found:
    for m in _JA_CALLED.finditer(text):
        name = m.group("v")
        if len(name.replace(" ", "").replace("　", "")) >= 2 and name not in JA_NOT_NAMES:
            yield "ja_called", m.start("v"), m.end("v"), CUED


def _titled(text: str, pos: int) -> bool:
    return text.startswith(JA_TITLES_AFTER, pos)


# --- Korean ------------------------------------------------------------------------------------------------------
_TOKEN = regex.compile(r"\S+")
_HANGUL_WORD = regex.compile(r"\p{Hangul}+")
_KO_TITLES = ("씨", "님", "선생님", "군", "양")
_KO_SUFFIX_SET = frozenset(KO_SUFFIXES)
_KO_CALLED = frozenset("이라는 라는 이라고 라고 이란 란".split())
_TRAILING = "\"'.,!?;:)」』”’…~"


def _ko_core(token: str, mode: str) -> str | None:
    """The name in a Korean word ("김민지가" -> "김민지"): `mode` is "label" (any two to four syllables), "cue" (a
    family name and two syllables) or "title" (a family name and one to three syllables)."""
    for suffix in (*KO_SUFFIXES, ""):
        if suffix and not token.endswith(suffix):
            continue
        core = token[: len(token) - len(suffix)]
        if not _HANGUL_WORD.fullmatch(core) or core in KO_NOT_NAMES:
            continue
        double = core[:2] in KO_DOUBLE_FAMILY
        if mode == "label":
            ok = 2 <= len(core) <= 4
        elif mode == "cue":
            ok = (len(core) == 3 and core[0] in KO_FAMILY) or (len(core) == 4 and double)
        else:
            ok = (2 <= len(core) <= 3 and core[0] in KO_FAMILY) or (len(core) == 4 and double)
        if ok:
            return core
    return None


def _korean(text: str) -> Found:
    tokens = [(m.start(), m.group().rstrip(_TRAILING)) for m in _TOKEN.finditer(text)]
    for i, (start, token) in enumerate(tokens):
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if token + ":" in KO_LABELS and text.startswith(":", start + len(token)):
            token += ":"  # "이름:" (the colon was trimmed with the punctuation)
        if token in KO_SELF and nxt:
            core = _ko_core(nxt, "cue")
            if core is not None and nxt[len(core) :] in KO_COPULAS and core not in KO_SELF_NOT_NAMES:
                yield "ko_self", tokens[i + 1][0], tokens[i + 1][0] + len(core), CUED
            continue
        if token in KO_CUES and nxt:
            mode = "label" if token in KO_LABELS else "cue"
            core = _ko_core(nxt, mode)
            if core is not None:
                yield "ko_cued", tokens[i + 1][0], tokens[i + 1][0] + len(core), CUED
            continue
        label = next((c for c in KO_LABELS if c.endswith(":") and token.startswith(c) and len(token) > len(c)), None)
        if label is not None:
            core = _ko_core(token[len(label) :], "label")
            if core is not None:
                yield "ko_cued", start + len(label), start + len(label) + len(core), CUED
            continue
        core = _ko_core(token, "cue")
        if core is not None and token[len(core) :] in _KO_CALLED:
            yield "ko_called", start, start + len(core), CUED  # "김도윤이라는 남자": a man called 김도윤
            continue
        titled = any(nxt.startswith(t) and (nxt == t or nxt[len(t) :] in _KO_SUFFIX_SET) for t in _KO_TITLES)
        if titled or any(token.endswith(t) or t + "이" in token or t + "의" in token for t in _KO_TITLES):
            core = _ko_core(token, "title")
            if core is not None and (titled or token[len(core) :].startswith(_KO_TITLES)):
                yield "ko_titled", start, start + len(core), TITLED


# --- Languages with spaces between words --------------------------------------------------------------------------
_SCRIPT_OF_LANG = {
    "ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "he": "Hebrew", "hi": "Devanagari", "ru": "Cyrillic", "el": "Greek",
    "bn": "Bengali", "ta": "Tamil", "ka": "Georgian", "hy": "Armenian", "am": "Ethiopic",
}  # fmt: skip
_CASED_LANGS = frozenset({"ru", "el", "hy"})
_GREEK_ARTICLE = r"(?:(?:ο|η|τον|την|τη|του|της)\s+)?"


def _spaced_rx(lang: str) -> regex.Pattern[str]:
    table = SPACED[lang]
    script = _SCRIPT_OF_LANG[lang]
    word = rf"\p{{Script={script}}}[\p{{Script={script}}}\p{{M}}\u200c'׳״\-]*"
    article = _GREEK_ARTICLE if lang == "el" else ""
    prefix = "و?" if lang == "ar" else ""
    cues = _alternation(list(table["cues"]))  # type: ignore[arg-type]
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}]){prefix}(?:{cues})(?![\p{{L}}\p{{M}}])[ \t]*[,،՝]?[ \t]*{article}"
        rf"(?P<v>{word}(?:[ ]{word}){{0,{int(table['max_words']) - 1}}})"  # type: ignore[call-overload]
    )


_SPACED_RX = {lang: _spaced_rx(lang) for lang in SPACED}
_STOPS = {
    lang: frozenset(table["stops"]) | {c.rstrip(":：").split("_")[0] for c in table["cues"]}  # type: ignore[union-attr]
    for lang, table in SPACED.items()
}
_WORD = regex.compile(r"\S+")
_VERB_PREFIX = {"ar": ("يت", "تت"), "fa": ("می\u200c", "نمی\u200c")}


def _spaced(text: str, lang: str) -> Found:
    stops = _STOPS[lang]
    cased = lang in _CASED_LANGS
    for m in _SPACED_RX[lang].finditer(text, overlapped=True):  # "معلمها السيد خالد": a cue after a cue
        end = None
        for w in _WORD.finditer(text, m.start("v"), m.end("v")):
            word = w.group()
            if word in stops or word.startswith(_VERB_PREFIX.get(lang, ())) or cased and not word[:1].isupper():
                break
            if lang == "ar" and word.startswith(("ي", "ت")) and word.endswith(("ها", "ني", "هم")) and len(word) > 4:
                break  # a verb with its object ("يلمسها", "تضربني")
            end = w.end()
        if end is not None:
            yield f"{lang}_cued", m.start("v"), end, CUED


# --- Thai --------------------------------------------------------------------------------------------------------
_TH_END_CUES = tuple(sorted((c for c in TH_CUES_END if len(c) >= 4), key=len, reverse=True))
_TH_EXACT_CUES = frozenset(TH_CUES_END)
_TH_LONG_STOPS = tuple(s for s in TH_STOPS if len(s) >= 3)
# Stops that also open common names ("มาลี", "วันชัย", "มีนา") are not looked for at a token's start.
_TH_STARTS = tuple(s for s in TH_STOPS if s not in ("มา", "วัน", "มี"))
_TH_POLITE = ("ครับ", "ค่ะ", "คะ", "นะ", "จ้ะ", "จ้า")
_THAI_WORD = regex.compile(r"[\p{Thai}]+")


def _th_name_token(token: str) -> str | None:
    """The name in a Thai token (a polite particle after it dropped), or None when the token holds other words."""
    for p in _TH_POLITE:
        if token.endswith(p) and len(token) > len(p) + 1:
            token = token[: -len(p)]
            break
    if not _THAI_WORD.fullmatch(token) or not 2 <= len(token) <= 20:
        return None
    if token.startswith(_TH_STARTS) or any(s in token for s in _TH_LONG_STOPS):
        return None
    return token


def _thai(text: str) -> Found:
    tokens = [(m.start(), m.group().rstrip(_TRAILING)) for m in _TOKEN.finditer(text)]
    for i, (start, token) in enumerate(tokens):
        first: tuple[int, str] | None = None
        if token in _TH_EXACT_CUES or token.endswith(_TH_END_CUES):
            if i + 1 < len(tokens):
                first = tokens[i + 1][0], tokens[i + 1][1]
                nxt = i + 2
        elif token.startswith(TH_TITLES_GLUED):
            title = next(t for t in TH_TITLES_GLUED if token.startswith(t))
            rest = token[len(title) :]
            if rest and not rest.startswith(tuple(TH_NOT_NAME_START)):
                first, nxt = (start + len(title), rest), i + 1
        if first is None:
            continue
        title = next((t for t in TH_TITLES_GLUED if first[1].startswith(t) and len(first[1]) > len(t)), "")
        if title and title not in ("คุณ", "ชื่อ"):
            first = first[0] + len(title), first[1][len(title) :]  # "ชื่อ: นางสาวมาลี": the name after its title
        name = _th_name_token(first[1])
        if name is None:
            continue
        end = first[0] + len(name)
        if name == first[1] and nxt < len(tokens):
            surname = _th_name_token(tokens[nxt][1])
            if surname is not None and tokens[nxt][0] == end + 1:
                end = tokens[nxt][0] + len(surname)
        yield "th_cued", first[0], end, CUED


# --- All scripts -------------------------------------------------------------------------------------------------
def names_in_script_text(text: str) -> Found:
    """Names found by cue and shape in a text written (mostly) in a non-Latin script."""
    has = {name: rx.search(text) is not None for name, rx in _HAS.items()}
    if has["Hiragana"] or has["Katakana"]:
        yield from _japanese(text)
    elif has["Han"]:
        yield from _chinese(text)
    if has["Hangul"]:
        yield from _korean(text)
    if has["Thai"]:
        yield from _thai(text)
    for lang, script in _SCRIPT_OF_LANG.items():
        if has[script]:
            yield from _spaced(text, lang)


# --- The NER model's guesses in such texts ----------------------------------------------------------------------
# The English NER model reads a Thai or Arabic sentence poorly: it runs a name into its cue and the verb after it
# ("ابنتي فاطمة", "ลูกสาวของฉัน สมศรี ใจดี คุยกับผู้ชายชื่อ"), or calls a phrase a person ("המורה שלה"). Such a guess
# gives way to the names found here, and is dropped when it holds a cue or stop word of the language.
_UNCASED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Thai}]")
_ALL_STOPS = frozenset().union(*_STOPS.values())
_THAI = regex.compile(r"\p{Thai}")
_seen: tuple[str | None, list[tuple[int, int]]] = (None, [])


def _spans_of(text: str) -> list[tuple[int, int]]:
    global _seen
    if _seen[0] is not text:
        _seen = (text, [(s, e) for _, s, e, _ in names_in_script_text(text)])
    return _seen[1]


def ner_guess_unreliable(text: str, start: int, end: int) -> bool:
    """Whether an NER PERSON span over letters of an uncased non-Latin script should give way (see above)."""
    value = text[start:end]
    if _UNCASED.search(value) is None:
        return False
    if any(a < end and start < b for a, b in _spans_of(text)):
        return True
    if _mostly_uncased(text) and not _name_shaped(value):
        return True  # "회의는 다음", "पच्चीस", "חדש": in a Korean or Hindi text the model's guesses are noise
    for word in value.split():
        if word in _ALL_STOPS or _THAI.match(word) and _th_name_token(word) is None:
            return True
    return False


_LATIN = regex.compile(r"\p{Latin}")
_mostly_seen: tuple[str | None, bool] = (None, False)


def _mostly_uncased(text: str) -> bool:
    """Whether a text is written mostly in an uncased non-Latin script (a run of such letters inside English text
    is a name or a place, see person_script; a whole Korean or Arabic sentence is not)."""
    global _mostly_seen
    if _mostly_seen[0] is not text:
        _mostly_seen = (text, len(_UNCASED.findall(text)) > 2 * len(_LATIN.findall(text)))
    return _mostly_seen[1]


def _name_shaped(value: str) -> bool:
    """A span the NER model found that has a name's shape in its script: a Chinese family name and one or two
    given characters ("王志强"), a Korean family name and two syllables, alone or before a particle ("김도윤이")."""
    value = value.strip()
    if _HAN.match(value) and len(value) <= 4 and _cn_name_at(value, 0) == len(value):
        return True
    return " " not in value and _HANGUL_WORD.fullmatch(value) is not None and _ko_core(value, "cue") is not None
