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

from ._names import ENGLISH_WORDS, is_noun
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
        value = text[start:end]
        if _placeholder_host(value):
            return 0.0  # "www.example.com", "db.example.com": a domain reserved for documentation, no page named
        if _ARTIFACT.search(value) or _SOURCE_PREFIX.search(text, max(0, start - 9), start):
            return 0.0  # a package, an image or a package index a build pins: no one's page
        if base == BARE_SCORE:
            labels = value.split(".")
            tld = labels[-1]
            known = tld in _BARE_TLDS or (len(tld) == 2 and tld not in _NOT_BARE_TLDS and tld in _tlds())
            if not known or not value[1:].islower() or _in_code(text, start, end):
                return 0.0
            if tld in _ATTRIBUTE_TLDS and len(labels) == 2 and _word_like(labels[0]):
                return 0.0  # "model.id", "os.name", "logger.info": an object's attribute, not a domain
            if _MAIL_HOP_BEFORE.search(text, max(0, start - 24), start) or _MAIL_HOP_AFTER.match(text, end):
                return 0.0  # "Received: from mx.google.com", "by relay.example with ESMTPS": a mail server's name
            return base
        return super().score(text, start, end, base)


# A software artifact's address: a package archive, or a container image pinned by its digest.
_ARTIFACT = re.compile(
    r"(?i:\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|whl|jar|gem|crate|nupkg|deb|rpm|egg|pom)(?:[?#][^\s]*)?|"
    r"@sha256:[0-9a-f]{64})$"
)
# A package manager's source before a URL ("registry+https://…", "git+https://…" in lockfiles and requirements).
_SOURCE_PREFIX = re.compile(r"(?:registry|sparse|git|svn|hg|bzr)\+$")
# Where an e-mail's headers name the servers it passed and the domain that signed it: a host, no one's page.
_MAIL_HOP_BEFORE = re.compile(
    r"(?i:Received:[ \t]+from|\bd=|header\.d=|smtp\.mailfrom=|Reverse[ \t]+DNS:|at[ \t]+host|helo=|\(?HELO|EHLO)"
    r"[ \t]*$"
)
_MAIL_HOP_AFTER = re.compile(r"[ \t]+(?:\([^)\n]{0,60}\)[ \t]+)?(?i:with[ \t]+(?:E?SMTP|LMTP|HTTP|local))")
# Top-level domains that are also the names of attributes and methods in code ("user.id", "os.name", "logger.info",
# "flask.app"): a bare domain with one of them needs a name that is no English word.
_ATTRIBUTE_TLDS = frozenset("id name info int app dev site pro shop blog online io ai ms st cc".split())
# Domains reserved for documentation and tests (RFC 2606, RFC 6761): no one's site.
_RESERVED_HOST = re.compile(
    r"(?:[a-z0-9\-]+\.)*(?:example\.(?:com|net|org)|[a-z0-9\-]+\.(?:example|test|invalid|localhost))",
    re.IGNORECASE,
)
_HOST = re.compile(r"(?:[a-z][a-z0-9+.\-]*://)?(?:www\.)?(?P<host>[^/?#:\s]+)(?P<rest>.*)", re.IGNORECASE | re.DOTALL)


def _placeholder_host(value: str) -> bool:
    """A reserved documentation domain, with no path beyond "/" (a path may name someone's page)."""
    m = _HOST.fullmatch(value)
    if m is None or not _RESERVED_HOST.fullmatch(m.group("host")):
        return False
    rest = m.group("rest")
    return rest in ("", "/") or bool(re.fullmatch(r":\d+/?", rest))


def _word_like(label: str) -> bool:
    """A label short enough to be an abbreviation ("os"), or an English word or noun ("model", "device")."""
    return len(label) <= 3 or label in ENGLISH_WORDS or is_noun(label)


def _in_code(text: str, start: int, end: int) -> bool:
    """A dotted name in code: in backticks, or followed by a call, an index or an assignment ("os.name=Mac")."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return before == "`" or after in ("`", "(", "[", "=")
