r"""Prescreen: which recognizers can fire on a text at all.

`recognizer_screen` gives, per recognizer, the literal strings one of which every text it can report on
contains (derived from its regexes), so the detector skips a recognizer on a text that has none of them.

Every match of a regex contains one string of a set derived from its parse tree (the literal runs it must
consume: "diagnos" + "ed"/"is", one of the words of an alternation, ...). Literals are compared lower-cased
with the lower-cased text, which covers case-insensitive matching; a character that matches an ASCII
letter case-insensitively without being one (dotted and dotless i, long s, Kelvin sign) is mapped to that
letter first (after which lower-casing keeps every character one character and keeps \w as \w). Where
the regex puts a word boundary on both sides of a literal word (`\b`, `(?<![\w-])`, `(?!\w)`, `^`, `$`),
the word must be a whole word of the text ("ms" the word, not inside "items"). Non-ASCII literals are not
used. Anything the analysis does not understand means "no requirement": the recognizer always runs.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

_MAX_ALTERNATIVES = 256
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_WORD_RUN = re.compile(r"\w+")
# Zero-width markers inside the literal strings being built (never in a literal: those are ASCII text).
_PREV_NOT_WORD, _NEXT_NOT_WORD, _BOUNDARY = "\x01", "\x02", "\x03"
_MARKERS = _PREV_NOT_WORD + _NEXT_NOT_WORD + _BOUNDARY
_NO_MARKERS = str.maketrans("", "", _MARKERS)

# A requirement: a set of (literal, whole_word) one of which a text must contain (as a substring, or as a
# whole word when whole_word is True).
Literal = tuple[str, bool]


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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _literal(marked: str) -> Literal:
    """A built string (literal characters and markers) as a literal: markers only count at its ends."""
    core = marked.strip(_MARKERS)
    text = core.translate(_NO_MARKERS)  # zero-width: the characters around one are adjacent in the text
    if not text:
        return "", False
    head, tail = marked[: len(marked) - len(marked.lstrip(_MARKERS))], marked[len(marked.rstrip(_MARKERS)) :]
    left = bool(set(head) & {_PREV_NOT_WORD, _BOUNDARY}) and _is_word_char(text[0])
    right = bool(set(tail) & {_NEXT_NOT_WORD, _BOUNDARY}) and _is_word_char(text[-1])
    whole = left and right and all(_is_word_char(ch) for ch in text)
    return text, whole


def _selectivity(candidate: frozenset[Literal]) -> tuple[int, int]:
    """Higher is rarer, roughly: longer literals, whole words a little more, common words least."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return min(0 if text in STOP_WORDS else len(text) + whole for text, whole in candidate), -len(candidate)


def _best(candidates: list[frozenset[Literal]]) -> frozenset[Literal] | None:
    usable = [c for c in candidates if c and all(text for text, _ in c)]
    return max(usable, key=_selectivity) if usable else None


def _marker(op, av, bounds: bool) -> str | None:  # noqa: ANN001
    """The marker a zero-width item stands for ("" for none), or None if `op` is not zero-width."""
    from re import _constants as c

    if op is c.AT:
        if not bounds:
            return ""
        if av is c.AT_BOUNDARY:
            return _BOUNDARY
        if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return _PREV_NOT_WORD
        if av in (c.AT_END, c.AT_END_STRING):
            return _NEXT_NOT_WORD
        return ""
    if op is c.ASSERT:
        return ""
    if op is c.ASSERT_NOT:
        direction, body = av
        if bounds and _excludes_word_char(list(body)):
            return _PREV_NOT_WORD if direction < 0 else _NEXT_NOT_WORD
        return ""
    return None


def _excludes_word_char(items) -> bool:  # noqa: ANN001
    """Whether a negative lookaround on `items` rules out a word character next to it: `items` is one
    character class containing \\w, or an alternation one of whose branches is."""
    from re import _constants as c

    if len(items) != 1:
        return False
    op, av = items[0]
    if op is c.IN:
        return any(sub_op is c.CATEGORY and sub_av in (c.CATEGORY_WORD, c.CATEGORY_UNI_WORD) for sub_op, sub_av in av)
    if op is c.BRANCH:
        return any(_excludes_word_char(list(alternative)) for alternative in av[1])
    if op is c.SUBPATTERN and not av[1] & _NARROW_FLAGS:
        return _excludes_word_char(list(av[-1]))
    return False


_NARROW_FLAGS = re.ASCII | re.LOCALE  # \w and \b no longer mean what they mean on our word runs


def _starts_not_word(op, av, last: bool = False) -> bool:  # noqa: ANN001
    """Whether the item always consumes a character, and its first (or last) one is not a word character:
    a class of spaces or punctuation, or one repeated at least once."""
    from re import _constants as c

    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        body = list(body)
        return low >= 1 and len(body) == 1 and _starts_not_word(*body[0], last=last)
    if op is c.LITERAL:
        return not _is_word_char(chr(av)) and chr(av).isascii()
    if op is not c.IN:
        return False
    for sub_op, sub_av in av:
        if sub_op is c.LITERAL:
            if not chr(sub_av).isascii() or _is_word_char(chr(sub_av)):
                return False
        elif sub_op is not c.CATEGORY or sub_av not in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE, c.CATEGORY_NOT_WORD):
            return False
    return True


def _sequence(items, bounds: bool, before: str = "", after: str = ""):  # noqa: ANN001, ANN202, C901
    """(the exact strings the sequence matches, with markers, if few; a requirement, or None).

    `before`/`after` are the markers in force right before/after the sequence."""
    items = list(items)
    run: set[str] = {before}
    exact = True
    candidates: list[frozenset[Literal]] = []

    def close() -> None:
        candidates.append(frozenset(_literal(m) for m in run))

    for index, (op, av) in enumerate(items):
        marker = _marker(op, av, bounds)
        if marker is not None:
            item_exact, item_required = frozenset({marker}), None
        else:
            following = after
            if index < len(items) - 1:
                following = _marker(*items[index + 1], bounds) or (
                    _NEXT_NOT_WORD if bounds and _starts_not_word(*items[index + 1]) else ""
                )
            preceding = "".join(sorted({m[-1] for m in run if m and m[-1] in _MARKERS})) if len(run) == 1 else ""
            item_exact, item_required = _item(op, av, bounds, preceding, following)
        if item_exact is not None:
            joined = {a + b for a in run for b in item_exact}
            if len(joined) <= _MAX_ALTERNATIVES:
                run = joined
            else:
                close()
                run, exact = set(item_exact), False
            continue
        exact = False
        # An item that consumes a non-word character first (a run of spaces, say) bounds the words before it;
        # one that consumes a non-word character last bounds the words after it.
        if bounds and _starts_not_word(op, av):
            run = {m + _NEXT_NOT_WORD for m in run}
        close()
        run = {_PREV_NOT_WORD if bounds and _starts_not_word(op, av, last=True) else ""}
        if item_required is not None:
            candidates.append(item_required)
    run = {m + after for m in run}
    close()
    return (frozenset(run) if exact else None), _best(candidates)


def _item(op, av, bounds: bool, before: str, after: str):  # noqa: ANN001, ANN202, C901, PLR0911, PLR0912
    from re import _constants as c

    if op is c.LITERAL:
        ch = chr(av)
        return (frozenset({ch.lower()}), None) if ch.isascii() else (None, None)
    if op is c.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is not c.LITERAL or not chr(sub_av).isascii():
                return None, None
            chars.add(chr(sub_av).lower())
        return frozenset(chars), None
    if op is c.SUBPATTERN:
        inner = bounds and not av[1] & _NARROW_FLAGS
        if not inner:
            before = after = ""
        return _sequence(av[-1], inner, before, after)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av, bounds, before, after)
    if op is c.BRANCH:
        parts = [_sequence(alternative, bounds, before, after) for alternative in av[1]]
        exact = None
        if all(e is not None for e, _ in parts):
            union = frozenset().union(*(e for e, _ in parts))
            exact = union if len(union) <= _MAX_ALTERNATIVES else None
        required = None
        if all(r is not None for _, r in parts):
            required = frozenset().union(*(r for _, r in parts))
        return exact, required
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        body_exact, body_required = _sequence(body, bounds)
        exact = None
        if body_exact is not None and high <= 4:
            strings: set[str] | None = set()
            level = {""}
            for count in range(high + 1):
                if count >= low:
                    strings |= level
                level = {a + b for a in level for b in body_exact}
                if len(strings) + len(level) > _MAX_ALTERNATIVES:
                    strings = None
                    break
            exact = frozenset(strings) if strings is not None else None
        return exact, (body_required if low >= 1 else None)
    return None, None


def regex_requirement(pattern: str, flags: int = 0) -> frozenset[Literal] | None:
    """Literals one of which every match of `pattern` contains, or None if none is known."""
    from re import _parser

    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unparsable pattern is simply not screened
        return None
    return _sequence(list(parsed), not flags & _NARROW_FLAGS)[1]


def _context_regex_base(cls: type) -> type | None:
    """The recognizers' ContextRegexRecognizer base, if `cls` reports only what its `_compiled` regexes
    match: neither `analyze` nor `candidates` overridden, and the base declares that its own methods report
    only those matches (`REPORTS_COMPILED_MATCHES_ONLY`)."""
    base = next((k for k in cls.__mro__ if k.__name__ == "ContextRegexRecognizer"), None)
    if base is None or cls.analyze is not base.analyze or cls.candidates is not base.candidates:
        return None
    return base if getattr(base, "REPORTS_COMPILED_MATCHES_ONLY", False) else None


def recognizer_screen(recognizer) -> Screen | None:  # noqa: ANN001
    """What a text needs for `recognizer` to report anything on it, or None when it must run on every text.

    Only for recognizers that report nothing but regex matches: our ContextRegexRecognizer subclasses that
    override neither `analyze` nor `candidates`, and Presidio PatternRecognizers."""
    from presidio_analyzer import PatternRecognizer

    cls = type(recognizer)
    if _context_regex_base(cls) is not None:
        recognizer.load()
        patterns = [(rx.pattern, rx.flags) for _, rx, _ in (recognizer._compiled or [])]
    elif isinstance(recognizer, PatternRecognizer) and cls.analyze is PatternRecognizer.analyze:
        patterns = [(p.regex, recognizer.global_regex_flags or 0) for p in recognizer.patterns]
    else:
        return None
    if not patterns:
        return None
    required: set[Literal] = set()
    for pattern, flags in patterns:
        found = regex_requirement(pattern, flags)
        if found is None:
            return None
        required |= found
    return screen_from(required)


def screen_from(required: set[Literal] | frozenset[Literal]) -> Screen:
    """The screen for a set of requirements: a text must hold one of them."""
    # A substring that contains another substring adds nothing; nor does a word that contains one.
    substrings: list[str] = []
    for text in sorted({text for text, whole in required if not whole}, key=len):
        if not any(k in text for k in substrings):
            substrings.append(text)
    words = frozenset(text for text, whole in required if whole and not any(k in text for k in substrings))
    return Screen(words, tuple(substrings))
