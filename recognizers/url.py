"""URLs: with a scheme, starting www., a domain followed by a path (profile links name people), or a bare domain
("microsoft.com", "google.co.il"; Presidio's URL recognizer reports those too).

A bare domain is checked harder than the others, since "report.pdf", "main.py" and "Mr.Smith" share its shape:
its top-level domain must be a country's (in the public suffix list, tldextract's offline snapshot) that is not
also a file extension or a word (".py", ".sh", ".it"), or a long-standing generic one (".com", ".org"), and its
labels lower-case (a sentence's "end.The" is no domain). A scheme's host needs a dot or a colon
("http://microsoft" names no host on the internet).
"""

import functools
import re

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

# Every pattern's match has a "/", "www." or a dot between letters in it.
_SLASH_OR_WWW = re.compile(r"/|www\.|[a-z0-9]\.[a-z]")
# A bare domain's top-level domain: a country's (two letters) or a long-standing generic one. Newer generic ones
# (".today", ".world", ".live") end ordinary words run together ("late.today"); two-letter ones that are a file
# extension or an English word ("main.py", "run.sh", "do.it") are left out.
_BARE_TLDS = frozenset("com net org edu gov mil int info biz name pro mobi app dev xyz online site blog shop".split())
_NOT_BARE_TLDS = frozenset("py sh pl md rs cs ps so in it is at be me no do go us to am pm by as an my".split())
BARE_SCORE = 0.5

# What each pattern's match holds, searched in the text's screened (lower-cased) form before the costlier pattern.
_NEEDS = {
    "scheme": re.compile(r"://"),
    "www": re.compile(r"www\."),
    "domain_path": re.compile(r"[a-z]/"),
    "bare_domain": re.compile(r"[a-z0-9]\.[a-z]"),
}


@functools.cache
def _tlds() -> frozenset[str]:
    """Top-level domains of the public suffix list, from tldextract's bundled snapshot (never fetched)."""
    import tldextract.tldextract as tld

    extractor = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    return frozenset(s.rsplit(".", 1)[-1].casefold() for s in extractor._get_tld_extractor().tlds())


class WebAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "URL"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(substrings=". ftp:// http:// https://")
    TEXT_NEEDS = _SLASH_OR_WWW
    PATTERN_NEEDS = _NEEDS
    _TAIL = r"(?:[/?#][^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?])?"
    PATTERNS = [
        (
            "scheme",
            r"\b(?:https?|ftp)://(?=[^\s/?#]*[.:\[])[^\s<>\"'{}|\\^`\[\]]+[^\s<>\"'{}|\\^`\[\].,;:!?)]",
            0.95,
        ),
        ("www", r"(?<![\w@.\-])www\.(?:[a-z0-9\-]+\.)+[a-z]{2,24}(?![\w\-])" + _TAIL, 0.95),
        # example.org/path, instagram.com/jenny.k_22
        (
            "domain_path",
            r"(?<![\w@.\-/])(?:[a-z0-9\-]+\.)+[a-z]{2,24}/[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]",
            0.6,
        ),
        # microsoft.com, google.co.il, jane-doe.github.io: checked in `score`.
        (
            "bare_domain",
            r"(?<![\w@.\-/:])(?:[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?\.)+[a-z]{2,24}(?![\w\-@]|\.\w)",
            BARE_SCORE,
        ),
    ]
    REFERENCE_NEGATIVE = False

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if base == BARE_SCORE:
            value = text[start:end]
            tld = value.rsplit(".", 1)[-1]
            known = tld in _BARE_TLDS or (len(tld) == 2 and tld not in _NOT_BARE_TLDS and tld in _tlds())
            return base if known and value[1:].islower() else 0.0
        return super().score(text, start, end, base)
