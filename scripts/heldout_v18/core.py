"""Core helpers for the v18 held-out corpus: document builder, value objects, checks.

Everything here is written by hand for this corpus; only the standard library,
python-stdnum and phonenumbers are used.
"""

from __future__ import annotations

import string
import unicodedata

EDGE_BAD = set(".,;:!?'\"")
MIN_LEN, MAX_LEN = 200, 2800


class CheckError(Exception):
    """Raised when an internal check fails; the caller retries with attempt+1."""


class V:
    """A labelled value. `kind` carries validity metadata for the internal check."""

    __slots__ = ("text", "label", "kind")

    def __init__(self, text, label, kind=None):
        self.text = text
        self.label = label
        self.kind = kind

    def __repr__(self):  # pragma: no cover - debugging aid
        return f"V({self.text!r},{self.label})"

    def map(self, fn):
        return V(fn(self.text), self.label, self.kind)


_fmt = string.Formatter()


class Doc:
    """Incremental text builder that records spans for labelled values."""

    def __init__(self, rng=None, noise=None):
        self.buf = []
        self.n = 0
        self.spans = []  # (start, end, label, kind)
        self.rng = rng
        self.noise = noise  # None | 'typo' | 'space' | 'ocr'

    # plain text -----------------------------------------------------------------
    def t(self, s):
        if self.noise and self.rng is not None and s:
            s = apply_noise(self.rng, s, self.noise)
        self.buf.append(s)
        self.n += len(s)
        return self

    def raw(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    # labelled value -------------------------------------------------------------
    def v(self, val, label=None, kind=None):
        if isinstance(val, V):
            text, label, kind = val.text, val.label, val.kind
        else:
            text = val
        if label is None:
            return self.raw(text)
        start = self.n
        self.raw(text)
        self.spans.append((start, self.n, label, kind))
        return self

    def put(self, x):
        if isinstance(x, V):
            return self.v(x)
        if isinstance(x, (list, tuple)):
            for y in x:
                self.put(y)
            return self
        return self.t(str(x))

    def f(self, fmt, **kw):
        """Format string with {name} fields; V values are labelled, others plain."""
        for lit, field, spec, conv in _fmt.parse(fmt):
            if lit:
                self.t(lit)
            if field is None:
                continue
            val = kw[field]
            self.put(val)
        return self

    def text(self):
        return "".join(self.buf)

    def build(self):
        text = self.text()
        spans = [{"start": s, "end": e, "label": lab, "text": text[s:e]} for (s, e, lab, _k) in self.spans]
        return text, spans

    def kinds(self):
        return [k for (_s, _e, _l, k) in self.spans]


def seq(*parts):
    """Concatenate parts (str and V) into a list usable with Doc.put."""
    return list(parts)


# ---------------------------------------------------------------- noise ----
_OCR = {"rn": "m", "l": "1", "O": "0", "cl": "d", "e": "c"}


def apply_noise(rng, s, mode):
    if len(s) < 12 or rng.random() > 0.35:
        return s
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    if mode == "typo":
        j = rng.randrange(1, len(w) - 1)
        op = rng.random()
        if op < 0.4:
            w = w[:j] + w[j + 1 :]
        elif op < 0.7:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        else:
            w = w[:j] + w[j] + w[j:]
    elif mode == "space":
        k = s.find(" ", rng.randrange(len(s)))
        return s if k < 0 else s[:k] + "  " + s[k + 1 :]
    elif mode == "ocr":
        for a, b in _OCR.items():
            if a in w:
                w = w.replace(a, b, 1)
                break
    elif mode == "case":
        w = w.upper() if rng.random() < 0.5 else w.lower()
    words[i] = w
    return " ".join(words)


# ---------------------------------------------------------------- checks ---
def _is_word(ch):
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def boundary_ok(text, start, end):
    """True if text[start:end] stands as a token (not glued to letters/digits)."""
    if start > 0:
        p = text[start - 1]
        if _is_word(p):
            return False
        if p in ".,:/-" and start > 1 and text[start - 2].isdigit() and text[start].isdigit():
            return False
    if end < len(text):
        q = text[end]
        if _is_word(q):
            return False
        if q in ".,:/-" and end + 1 < len(text) and text[end + 1].isdigit() and text[end - 1].isdigit():
            return False
    return True


def structural_errors(text, spans):
    errs = []
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        errs.append(f"length {len(text)}")
    prev_end = -1
    for sp in sorted(spans, key=lambda x: (x["start"], x["end"])):
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            errs.append(f"bad offsets {s}-{e}")
            continue
        if text[s:e] != sp["text"]:
            errs.append("text mismatch")
        v = sp["text"]
        if v[0].isspace() or v[-1].isspace() or v[0] in EDGE_BAD or v[-1] in EDGE_BAD:
            errs.append(f"edge {sp['label']} {v!r}")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = max(prev_end, e)
    return errs


def reoccurrence_errors(text, spans):
    """Every token-bounded occurrence of a labelled value must lie inside a span."""
    errs = []
    ranges = [(sp["start"], sp["end"]) for sp in spans]
    seen = set()
    for sp in spans:
        v = sp["text"]
        if v in seen:
            continue
        seen.add(v)
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            if boundary_ok(text, i, j):
                if not any(a <= i and j <= b for a, b in ranges):
                    errs.append(f"unlabelled re-occurrence of {sp['label']}")
                    break
            i = text.find(v, i + 1)
    return errs
