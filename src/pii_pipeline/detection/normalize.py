"""Text normalisation before detection, with a map back to the original offsets.

Compatibility forms (full-width digits and letters), non-ASCII digits, dash and space variants are
brought to plain ASCII-like forms; zero-width and other format characters are removed. A value
written `０７８‐０５‐１１２０` or with a zero-width space inside is then found, and its span is mapped
back so that it covers the whole original value.

Disguises people (or their tools) put on values are undone the same way:

- percent-encoding inside a word that holds an encoded `@` (`jane.doe%40example.com`) and HTML
  character references (`&#64;`, `&#x40;`, `&commat;`, `&amp;`);
- bidi controls (U+202A-U+202E, U+2066-U+2069, U+200E/F) are removed, and the characters between a
  right-to-left override (U+202E) and its end are reversed: that is the order a reader sees them in;
- spaces (NBSP included) around an `@` between an address's two halves;
- letters of other scripts that look like Latin ones (Unicode's confusables table, as shipped by
  confusable-homoglyphs) inside a word that also has Latin letters (`jаne` with a Cyrillic `а`);
  words wholly in another script ("Иван") are left as written;
- a line break inside a value (`jane.doe@exam-` / `ple.com` is not joined, but `123-45-` / `6789`
  and `jane.doe@` / `example.com` are);
- a hyphen glued to the front of a capitalised word (`-Maria Lopez`) becomes a space;
- a form's label as OCR misread it (`Datc of blrth :`, `Parcnt/Guardlan:`) is read as meant (ocr_labels.py).

A log line's fields are read as labelled text, at the same length: `key=value` becomes `key:value`, a key's
underscores blanks (`reporter_name=Joan` reads `reporter name:Joan`), so every recognizer's label words apply.
(JSON keys are left as written: read as labels, a schema's or a product's records gave more false findings than
people's records gave findings; the recognizers accept a key's quotes themselves.)

Out of scope: a value written in base64, reversed digits without a bidi override, and other
encodings that need a guess at what was meant.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from html.entities import html5 as html5_entities
from importlib import resources

from pii_pipeline_recognizers.email_address import known_tld

from .markup import read_markup
from .ocr_labels import repair_labels

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad")
_RLO, _PDF = "\u202e", "\u202c"
_BIDI_BREAKS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\n")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    # offsets[i] = index in the original of normalised character i; offsets[len(text)] = len(original)
    offsets: tuple[int, ...] | None  # None: the text was already normal (identity map)
    # ends[i] = end (exclusive) in the original of what normalised character i came from; None: offsets[i] + 1.
    # Set when one character stands for several (`%40`, `&#64;`) or the order changed (a bidi override).
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        if self.ends is not None:
            # The original characters of every normalised one in the span: order may differ (a reversed run).
            return min(self.offsets[start:end]), max(self.ends[start:end])
        # The end maps through the last character the span covers, so a removed character that sat
        # inside the value (a zero-width space) stays inside the original span.
        return self.offsets[start], self.offsets[end - 1] + 1


# Thai's and Lao's vowel AM, which NFKC writes as two characters (NIKHAHIT and AA): every keyboard types the one, and
# the recognizers' word lists hold it ("เลขประจำตัว", "ບັດປະຈຳຕົວ"), so it stays as typed.
_KEPT_AS_TYPED = frozenset("\u0e33\u0eb3")


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
    if ch in _KEPT_AS_TYPED:
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    return folded


@functools.cache
def _confusables() -> dict[str, str]:
    """Letters of non-Latin scripts that Unicode's confusables table says look like one ASCII letter."""
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    found: dict[str, str] = {}
    for ch, entries in data.items():
        if len(ch) != 1 or ch.isascii() or not ch.isalpha():
            continue
        if unicodedata.name(ch, "LATIN").startswith("LATIN"):
            continue  # accented Latin letters are letters of their own ("é"), not disguises
        for entry in entries:
            target = entry.get("c", "")
            if len(target) == 1 and target.isascii() and target.isalpha():
                found[ch] = target
                break
    return found


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


# ASCII disguises, each rewritten by `_rewrite`: (what a text must hold for the kind to apply, its pattern). Only
# the kinds a text can hold are compiled into the one regex run over it (most texts hold none).
_KINDS: dict[str, tuple[str, str]] = {
    # an HTML character reference
    "entity": ("&", r"(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"),
    # a word with a percent-encoded "@" in it: its escapes are decoded
    "pct": ("%40", r"(?P<pct>[\w.%+\-]*%40[\w.%+\-]*)"),
    # spaces around an "@" between an address's halves ("jane.doe @ example.com")
    "at": ("@", r"(?P<at>@)(?=[ \t]*[\w\-]+\.[A-Za-z])"),
    # a line break between two non-blank characters that may be one value's (its blanks and `_joins` are checked
    # by `_rewrite`)
    "brk": ("\n", r"(?P<brk>\r?\n)"),
    # a hyphen glued to the front of a capitalised word at a line start or after a space ("-Maria Lopez");
    # where it stands is checked by `_rewrite` (a literal first is fast to find)
    "hyphen": ("-", r"(?P<hyphen>-)(?=[A-Z][a-z])"),
    # a log line's key=value ("location=Bradford", "device_id=35-…"): read as "location:Bradford", "device id:…"
    "kv": ("=", r"(?P<kv>(?<![^\s,;{(|])[A-Za-z][\w\-]{1,40}=)(?=[^\s=])"),
    # a record's field whose value is wrapped in an object of its own ('"Username": {"value": "kiera09"}', as
    # platforms' data exports write it): read as '"Username":           "kiera09"}', the key then its value
    "nested": ('"value"', r'(?P<nested>(?<=":)[ \t]*\{[ \t]*"value"[ \t]*:)'),
    # a "+" for a blank in a URL-encoded form's value ("phone=+44+7145+790489&street=Via+Roma+150"); where it
    # stands is checked by `_rewrite`
    "plus": ("+", r"(?P<plus>(?<=[\w%])\+(?=[\w%]))"),
}
# Inside a URL-encoded form's value: its key's "=" before, no blank or "&" between.
_IN_FORM_VALUE = re.compile(r"[\w\-]=[^\s&=]*$")


@functools.cache
def _disguises(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_KINDS[k][1] for k in kinds))


_PCT = re.compile(r"%([0-9A-Fa-f]{2})")


def _ends_value(ch: str, extra: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in extra


_PCT_SPLIT = re.compile(r"(%[0-9A-Fa-f]{2})")
_LEFT_WORD = re.compile(r"\S*$")
_RIGHT_WORD = re.compile(r"\S*")
# Pieces of a number written with separators ("123-45-", "-6789"), and the rest of a domain ("ple.com").
_NUMBER_PART = re.compile(r"-?\d+(?:[\-.]\d+)*[\-.]?")
_DOMAIN_REST = re.compile(r"[\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,24}\b")
_MAX_JOINED_DIGITS = 19


def _joins(text: str, a: int, b: int) -> bool:
    """Whether the line break text[a:b] sits inside one value: an e-mail address broken at or after its "@", or a
    number with separators broken at one ("123-45-" / "6789")."""
    left = _LEFT_WORD.search(text, 0, a).group()  # type: ignore[union-attr]
    right = _RIGHT_WORD.match(text, b).group()  # type: ignore[union-attr]
    if not left or not right:
        return False
    if right.startswith("@") and not left.endswith("@"):
        # "jane.doe" / "@example.com" (a domain and nothing else after it); not a chat's next line opening with its
        # speaker's handle ("… delete this" / "@baby.luna.2: ok"), which would vanish into an address.
        return left[-1:].isalnum() and _DOMAIN_REST.fullmatch(right[1:].rstrip(".,;")) is not None
    if left.endswith("@"):
        return True
    if "@" in left and "@" not in right:
        domain = left.rsplit("@", 1)[1]
        if domain and domain[-1] in ".-":
            if domain[-1] == "." and "." in domain[:-1] and known_tld(domain[:-1].rsplit(".", 1)[1]):
                return False  # "… or email jo@gmx.de." / "Our home IP …": the address is whole, its dot a full stop
            return right[0].isalnum()
        return _DOMAIN_REST.match(right) is not None and "." not in domain.rstrip(".-")
    if _NUMBER_PART.fullmatch(left) and _NUMBER_PART.match(right):
        if left[-1] == "." and sum(c.isdigit() for c in left) < 3 and not any(c in "-." for c in left[:-1]):
            return False  # "since the age of 4." / " 5   Q.": a sentence's end, then a transcript's line number
        separated = left[-1] in "-." or right[0] == "-"
        count = sum(c.isdigit() for c in left) + sum(c.isdigit() for c in _NUMBER_PART.match(right).group())  # type: ignore[union-attr]
        return separated and count <= _MAX_JOINED_DIGITS
    return False


def _pct_decode(word: str) -> str:
    """Printable ASCII escapes decoded; others (a stray "%" or a byte of a multi-byte character) kept."""
    return _PCT.sub(lambda m: chr(c) if 0x20 < (c := int(m.group(1), 16)) < 0x7F else m.group(), word)


def _rewrite(
    text: str, starts: list[int] | None = None, ends: list[int] | None = None
) -> tuple[str, list[int], list[int]] | None:
    """`text` with its ASCII disguises undone, and the maps of each character to the original (None: the identity);
    None when there is nothing to undo."""
    kinds = tuple([kind for kind, (marker, _) in _KINDS.items() if marker in text])
    if not kinds:
        return None
    matches = list(_disguises(kinds).finditer(text))
    if not matches:
        return None
    if starts is None or ends is None:
        starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    pos = 0
    changed = False
    for m in matches:
        kind = m.lastgroup
        a, b = m.span()
        if kind == "hyphen" and a > 0 and not text[a - 1].isspace():
            continue  # inside a word or a code ("X-Men", "A-Team")
        if kind == "plus" and ("&" not in text or not _IN_FORM_VALUE.search(text, max(0, a - 200), a)):
            continue  # "C++", "1+1": a plus of its own
        if kind in ("at", "brk"):
            # The blanks on both sides belong to the disguise: "jane.doe @ example.com", "123-45- \n6789".
            while a > pos and text[a - 1] in " \t":
                a -= 1
            while b < len(text) and text[b] in " \t":
                b += 1
            if a == 0 or b == len(text) or a < pos:
                continue
            if kind == "at" and (not _ends_value(text[a - 1], ".+-") or (a, b) == m.span()):
                continue  # nothing before the "@" that an address ends with, or no blank to remove
            if kind == "at" and a < m.start() and b == m.end():
                continue  # "her insta is @kay.lee": a blank before the "@" only is an @mention, not an address
            if kind == "brk" and not (_ends_value(text[a - 1], "@.-") and _ends_value(text[b], "@-")):
                continue
        if kind == "entity":
            ref = m.group()
            if not ref.startswith("&#") and ref[1:] not in html5_entities:
                continue  # not a reference HTML knows ("&notanentity;" is not "&not" + "anentity;")
            decoded = html.unescape(ref)
            pieces: list[tuple[str, int, int]] = [
                (p, a, b) for p in "".join(_plain(c) if not c.isascii() else c for c in decoded)
            ]
        elif kind == "pct":
            # Each escape becomes one character standing for its three; other characters stay themselves.
            pieces = []
            i = a
            for part in _PCT_SPLIT.split(m.group()):
                decoded = _pct_decode(part) if part.startswith("%") else part
                if len(part) == 3 and len(decoded) == 1:
                    pieces.append((decoded, i, i + 3))
                else:
                    pieces.extend((c, i + k, i + k + 1) for k, c in enumerate(part))
                i += len(part)
        elif kind == "brk" and not _joins(text, a, b):
            continue
        elif kind in ("at", "brk"):
            # The blanks go; an "@" keeps its own place.
            pieces = [("@", a + k, a + k + 1) for k, c in enumerate(m.group()) if c == "@"]
        elif kind == "kv":
            if m.group().isupper():
                continue  # "SESSION_TIMEOUT=900": a setting's constant, not a field of a record
            # Same length: the "=" becomes a colon, the underscores blanks. A value with a digit or a colon keeps its
            # "=" ("hw=B2-8E-56-EC-68-1C", "src=10.0.0.1"): a colon before it would read as part of an IPv6 or a MAC
            # address, whose recognizers want none there.
            label = m.group().replace("_", " ")
            value = _RIGHT_WORD.match(text, b).group()  # type: ignore[union-attr]
            if not any(c.isdigit() or c == ":" for c in value):
                label = label[:-1] + ":"
            if label == m.group():
                continue
            pieces = [(c, a + k, a + k + 1) for k, c in enumerate(label)]
        elif kind == "nested":
            pieces = [(" ", a + k, a + k + 1) for k in range(b - a)]  # same length: blanks
        else:  # hyphen, plus
            pieces = [(" ", a, b)]
        out.append(text[pos:a])
        out_starts.extend(starts[pos:a])
        out_ends.extend(ends[pos:a])
        for piece, pa, pb in pieces:
            out.append(piece)
            out_starts.append(starts[pa])
            out_ends.append(ends[pb - 1])
        pos = b
        changed = True
    if not changed:
        return None
    out.append(text[pos:])
    out_starts.extend(starts[pos:])
    out_ends.extend(ends[pos:])
    return "".join(out), out_starts, out_ends


def _homoglyph_words(text: str, table: dict[str, str]) -> set[int]:
    """Indices of the look-alike letters inside words that mix them with ASCII letters."""
    found: set[int] = set()
    for m in re.finditer(r"\S+", text):
        word = m.group()
        if any(c in table for c in word) and any(c.isascii() and c.isalpha() for c in word):
            found.update(m.start() + k for k, c in enumerate(word) if c in table)
    return found


def _char_pass(text: str) -> tuple[str, list[int], list[int]] | None:
    """Per-character normalisation (with confusables and bidi overrides); None when the text needs none."""
    special = [ch for ch in set(text) if not ch.isascii()]
    if not special:
        return None
    table = _confusables()
    homoglyphs = _homoglyph_words(text, table) if any(ch in table for ch in special) else set()
    out: list[str] = []
    starts: list[int] = []
    reversed_from: int | None = None  # where in `out` the current right-to-left override began
    for index, ch in enumerate(text):
        if ch in _BIDI_BREAKS and reversed_from is not None:
            # The run of an override ends here: its characters are read in the reverse order.
            out[reversed_from:] = out[reversed_from:][::-1]
            starts[reversed_from:] = starts[reversed_from:][::-1]
            reversed_from = None
        if ch == _RLO:
            reversed_from = len(out)
            continue
        if ch.isascii():
            plain = ch
        elif index in homoglyphs:
            plain = table[ch]
        elif unicodedata.category(ch) == "Sk" and _between_letters(text, index):
            # "N˜zamett˜n": a spacing accent (˜ ´ ˆ ¨, category Sk) standing in for a letter, as in
            # mis-encoded text. NFKC would make it a space and split the name; which letter it stood
            # for is unknown, and any letter keeps the word whole.
            plain = "i"
        else:
            plain = _plain(ch)
        for piece in plain:
            out.append(piece)
            starts.append(index)
    if reversed_from is not None:
        out[reversed_from:] = out[reversed_from:][::-1]
        starts[reversed_from:] = starts[reversed_from:][::-1]
    return "".join(out), starts, [s + 1 for s in starts]


def _fast_translate(text: str) -> Normalized | None:
    """Most non-ASCII texts only hold characters that stay one character ("José", "–", a full-width digit): one
    translation then, and the offsets are unchanged."""
    special = [ch for ch in set(text) if not ch.isascii()]
    if any(unicodedata.category(ch) == "Sk" or ch == _RLO for ch in special):
        return None
    if not _confusables().keys().isdisjoint(special):
        return None
    table = {ord(ch): plain for ch in special if (plain := _plain(ch)) != ch}
    if not all(len(plain) == 1 for plain in table.values()):
        return None
    return Normalized(text.translate(table) if table else text, tuple(range(len(text) + 1)))


def normalize(text: str) -> Normalized:
    normal = _normalize(text)
    # Last, at the same length: markup's tags as the layout they show, and a form's labels as OCR misread them
    # ("Datc of blrth :").
    repaired = repair_labels(read_markup(normal.text))
    return normal if repaired is normal.text else Normalized(repaired, normal.offsets, normal.ends)


def _normalize(text: str) -> Normalized:
    if text.isascii():
        rewritten = _rewrite(text)
        if rewritten is None:
            return Normalized(text, None)
        new, starts, ends = rewritten
        return Normalized(new, (*starts, len(text)), (*ends, len(text)))
    fast = _fast_translate(text)
    if fast is not None:
        rewritten = _rewrite(fast.text)  # the fast translation keeps every offset
        if rewritten is None:
            return fast
        new, starts, ends = rewritten
        return Normalized(new, (*starts, len(text)), (*ends, len(text)))
    passed = _char_pass(text)
    assert passed is not None  # a non-ASCII text
    new, starts, ends = passed
    rewritten = _rewrite(new, starts, ends)
    if rewritten is not None:
        new, starts, ends = rewritten
    return Normalized(new, (*starts, len(text)), (*ends, len(text)))
