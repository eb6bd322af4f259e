"""E-mail addresses, including obfuscated ones.

Obfuscated forms: `name at gmail dot com`, `name[at]gmail[dot]com`, `name (at) gmail.com`, `NAME AT GMAIL DOT
COM`, `name@gmail . com`, `jane dot doe at example dot org`. Encoded forms (`%40`, `&#64;`, a Cyrillic look-alike
letter, spaces around `@`) are undone by the text normalisation in front of every recognizer.

A plain " at " is an ordinary word ("meet at noon dot com"), so that form needs more: a top-level domain of the
public suffix list (tldextract's offline snapshot, the one the project uses), and a mail provider's name as the
domain, a handle-shaped local part (digits, `.`, `_`), or an e-mail word shortly before.
"""

import functools
import re

from pii_pipeline.detection.prescreen import needs

from ._recognizer_helpers import ContextRegexRecognizer

# Separators people write instead of "@" and ".": bracketed words, spelled words, or spaces around the symbol.
_AT_BRACKETED = r"\s*[\[({<]\s*at\s*[\])}>]\s*"
_DOT_BRACKETED = r"\s*[\[({<]\s*dot\s*[\])}>]\s*"
_AT = r"(?:" + _AT_BRACKETED + r"|\s+at\s+|\s*@\s*)"
_DOT = r"(?:" + _DOT_BRACKETED + r"|\s+dot\s+|\s*\.(?!\s)|\s+\.\s*)"
_LOCAL_PART = r"[a-z0-9._+\-]{0,63}+"
_LOCAL = (
    # not a pronoun before a plain "at" ("email me at karen dot jones at gmail dot com": the address comes after)
    r"(?!(?:me|us|him|her|them|you|it|this|that|home|work)\s+at\s)"
    r"[a-z0-9](?<![\w.+\-@].)"
    + _LOCAL_PART
    # (the separators said aloud in a transcript: "tamar dash azoulay", "honey underscore theo91")
    + r"(?:(?:\s+(?:dot|dash|hyphen|underscore)\s+|"
    + _DOT_BRACKETED
    + r")[a-z0-9]"
    + _LOCAL_PART
    + r"){0,2}"
)
_LABEL = r"[a-z0-9][a-z0-9\-]{0,62}+"
_OBFUSCATED = (
    r"(?P<v>(?P<local>" + _LOCAL + r")(?P<at>" + _AT + r")(?P<domain>" + _LABEL + r"(?:" + _DOT + _LABEL + r"){0,3})"
    # (a country's domain spelled letter by letter in a transcript: "at web dot d e")
    r"(?P<dot>" + _DOT + r")(?P<tld>[a-z]{2,24}|[a-z](?: [a-z]){1,2}))(?![\w\-@])"
)
_OBFUSCATED_RE = re.compile(_OBFUSCATED, re.IGNORECASE)

# Domains of common mail providers: "name at gmail dot com" is an address even without an e-mail word near it.
_PROVIDERS = frozenset(
    """gmail googlemail yahoo ymail rocketmail hotmail outlook live msn icloud me mac aol proton protonmail pm gmx
    yandex mail web zoho comcast verizon att sbcglobal btinternet qq 163 126 naver hanmail daum rediffmail libero
    orange free wanadoo t-online seznam wp o2 onet interia fastmail tutanota tuta hey example virgilio laposte
    bluewin shaw rogers sympatico telus bigpond optusnet xtra ukr rambler bk inbox list""".split()
)
_MAIL_WORDS = re.compile(
    r"\b(?:e-?mail(?:ed|s)?|mail(?:ed)?|addy|address|contact|reach|write|dm|message)\b[^\n]{0,40}$", re.IGNORECASE
)


@functools.cache
def _tlds() -> frozenset[str]:
    """Top-level domains of the public suffix list, from tldextract's bundled snapshot (never fetched)."""
    import tldextract.tldextract as tld

    extractor = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    return frozenset(s.rsplit(".", 1)[-1].casefold() for s in extractor._get_tld_extractor().tlds())


# Domains reserved for documentation and private networks ("jo@council.example", "it@corp.internal",
# "ana@srv01.local"): an organisation's own mail servers use them, and a mailbox there is someone's all the same.
_PRIVATE_TLDS = frozenset("example test invalid localhost local internal corp lan intranet".split())


def known_tld(label: str) -> bool:
    """Whether `label` ends domains: a top-level domain of the public suffix list, or a private network's."""
    folded = label.casefold()
    return folded in _tlds() or folded in _PRIVATE_TLDS


# What stands before an address on a booking's contact line: "SSR CTCE LH HK1 ", "CTCE ".
_PNR_CONTACT = re.compile(r"CTCE[ \t]+(?:[A-Z0-9]{2}[ \t]+[A-Z]{2}\d[ \t]+)?$")

# Mailboxes no one reads, written by software: an automated sender, a bounce handler.
_NO_ONE = re.compile(r"(?i:no-?reply|do-?not-?reply|donotreply|mailer-daemon|bounces?)(?:[+\-][\w.\-]*)?@")


class EmailAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(substrings=". @ dot")
    PATTERNS = [
        (
            "email",
            # Domain labels in any script ("例え.jp") or punycode ("xn--d1acufc.xn--p1ai").
            r"(?<![\w.+\-])[a-z0-9](?:[a-z0-9._%+\-]{0,63})@(?:[^\W_](?:[\w\-]{0,62}[^\W_])?\.)+"
            r"(?:[^\W\d_]{2,24}|xn--[a-z0-9\-]{1,59})(?![\w\-])",
            0.95,
        ),
        ("email_obfuscated", _OBFUSCATED, 0.85),
        # An airline booking's contact line (IATA's SSR CTCE): "//" for "@" ("SSR CTCE LH HK1 ANA.B//GMAIL.COM/P1").
        (
            "email_pnr",
            r"(?<![\w.\-/])[A-Z0-9][A-Z0-9._\-]{0,63}//(?:[A-Z0-9][A-Z0-9\-]{0,62}\.){1,4}[A-Z]{2,24}(?![\w\-])",
            0.9,
        ),
    ]
    REFERENCE_NEGATIVE = False

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if "//" in text[start:end]:  # only on a booking's contact line, after its code, airline and status
            return base if _PNR_CONTACT.search(text, max(0, start - 16), start) else 0.0
        if _NO_ONE.match(text, start, end):
            return 0.0  # "noreply@example.com": a machine's sender, nobody's mailbox
        if base >= 0.95:
            # "her insta @kay.lee" (the normaliser closes " @" up): a mention, unless the end is a real TLD.
            tld = text[start:end].rsplit(".", 1)[-1].casefold()
            if not (tld.startswith("xn--") or not tld.isascii() or known_tld(tld)):
                return 0.0
            return super().score(text, start, end, base)
        m = _OBFUSCATED_RE.fullmatch(text, start, end)
        if m is None or m.group("tld").replace(" ", "").casefold() not in _tlds():
            return 0.0
        at = m.group("at").strip().casefold()
        if at == "at":  # a plain word: "look at this dot com bubble" is no address
            local = m.group("local")
            domain = re.split(r"\s*[\[({<.]|\s", m.group("domain").casefold(), maxsplit=1)[0]
            handle_like = any(c.isdigit() or c in "._+" for c in local) or " dot " in local.casefold()
            if not (domain in _PROVIDERS or handle_like or _MAIL_WORDS.search(text, max(0, start - 60), start)):
                return 0.0
            if local.casefold() in ("me", "us", "him", "her", "them", "you", "it", "this", "that", "home", "work"):
                return 0.0  # "reach me at gmail dot com" names no mailbox
        return min(base, 1.0)
