"""Credentials: passwords, PINs, API keys, tokens and private keys.

Two sources, as detect-secrets scans code:
- vendor formats, taken from detect-secrets' own plugins (AWS, GitHub, GitLab, Stripe, Slack, JWT, OpenAI, SendGrid,
  Twilio, PyPI, npm, Mailchimp, Discord, Telegram, Square, Azure, basic auth in a URL) plus the few they lack (Stripe
  test keys, GitHub fine-grained tokens), and PEM private-key blocks: reported without context (0.9);
- the secret after a cue ("password: …", "pw is …", "PIN 4821", "token = …", "her login: user / pass"): the value
  must look like a secret for its cue (a PIN is digits; after "token" or "API key" a long, mixed string; after a
  password word an explicit "is"/":" or a value with a digit or symbol), and not a common word ("password reset").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detect_secrets.plugins.aws import AWSKeyDetector
from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
from detect_secrets.plugins.basic_auth import BasicAuthDetector
from detect_secrets.plugins.discord import DiscordBotTokenDetector
from detect_secrets.plugins.github_token import GitHubTokenDetector
from detect_secrets.plugins.gitlab_token import GitLabTokenDetector
from detect_secrets.plugins.high_entropy_strings import Base64HighEntropyString
from detect_secrets.plugins.mailchimp import MailchimpDetector
from detect_secrets.plugins.npm import NpmDetector
from detect_secrets.plugins.openai import OpenAIDetector
from detect_secrets.plugins.pypi_token import PypiTokenDetector
from detect_secrets.plugins.sendgrid import SendGridDetector
from detect_secrets.plugins.slack import SlackDetector
from detect_secrets.plugins.square_oauth import SquareOAuthDetector
from detect_secrets.plugins.stripe import StripeDetector
from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
from detect_secrets.plugins.twilio import TwilioKeyDetector
from pii_pipeline.detection.prescreen import screen_text

from ._recognizer_helpers import ContextRegexRecognizer, needs_met

VENDOR_SCORE = 0.9
CUE_SCORE = 0.85
_VENDOR_PLUGINS = (
    AWSKeyDetector, GitHubTokenDetector, GitLabTokenDetector, StripeDetector, SlackDetector,
    OpenAIDetector, SendGridDetector, TwilioKeyDetector, PypiTokenDetector, NpmDetector, MailchimpDetector,
    DiscordBotTokenDetector, TelegramBotTokenDetector, SquareOAuthDetector, AzureStorageKeyDetector, BasicAuthDetector,
)  # fmt: skip
# Plugins whose first group is the secret (the rest of the match is its surroundings: "://user:", "aws_key = '").
_GROUP_IS_SECRET = (AWSKeyDetector, BasicAuthDetector, NpmDetector)
_EXTRA_FORMATS = (
    r"(?:sk|rk|pk)_(?:test|live)_[0-9a-zA-Z]{24,99}",  # Stripe keys, test ones included
    r"github_pat_[A-Za-z0-9_]{60,90}",  # GitHub fine-grained tokens
    # JSON web tokens: detect-secrets' own regex ends lazily (its plugin then decodes the token to confirm).
    r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}",
)
_KEY_NAME = r"(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
_PEM = re.compile(r"-----BEGIN " + _KEY_NAME + r"[\s\S]*?(?:-----END " + _KEY_NAME + r"|\Z)")

# Cues, and what may stand between a cue and its secret.
_PASSWORD = r"pass(?:word|wd|code|phrase|wort)?|pwd|pw|p/w|contrase[ñn]a|mot\s+de\s+passe|senha"
_PIN = r"pin(?:\s+(?:code|number|no\.?|#))?|passcode"
_TOKEN = r"(?:api|access|secret|auth|bearer|app)[\s_\-]?(?:key|token|secret)|token|secret(?:\s+key)?|auth\s+code"
_LOGIN = r"log\s?in|sign[\s\-]?in|credentials?|user(?:name)?\s*/\s*pass(?:word)?"
_SEP = r"\s*(?:(?P<sep>[:=]|\bis\b|\bwas\b|-|–)\s*)?[\"'`“‘]?"
_CUED = re.compile(
    r"\b(?:(?P<pin>"
    + _PIN
    + r")|(?P<password>"
    + _PASSWORD
    + r")|(?P<token>"
    + _TOKEN
    + r")|(?P<login>"
    + _LOGIN
    + r"))"
    r"\b" + _SEP + r"(?P<v>[^\s\"'`”’,;]{3,128})",
    re.IGNORECASE,
)
# "login: ana_k / Sunny2010", "user:pass ana_k:Sunny2010": the secret is the part after the separator.
_PAIR = re.compile(r"(?P<user>[^\s/:|]{2,64})\s*(?:/|\||:)\s*(?P<v>[^\s\"'`”’,;]{3,128})")
# Words that follow a cue without being a secret ("password reset", "pin the blame", "token of thanks").
_NOT_SECRET = frozenset(
    """a an the her his their my your our its this that these those it is was to for of on in at by with and or but
    not no none null n/a na unknown same reset changed change protected required hidden manager policy field box
    please again here there below above attached sent shared number code pin password pass token key secret login
    details info information was were be been being expired invalid wrong correct new old forgotten forgot lost
    incorrect strong weak length protected-tip""".split()
)
_TRAILING = ".!?)]}>"
# What every cue holds, looked for case-sensitively in the text's screened (lower-case) form before the cue grammar.
_CUE_NEED = re.compile(r"pass|pw|p/w|pin|token|key|secret|auth|log\s?in|sign|credential|user|contrase|senha|mot de")


def _entropy(value: str) -> float:
    return Base64HighEntropyString().calculate_shannon_entropy(value)


def _mixed(value: str) -> bool:
    """A digit or symbol in it, or upper and lower case: more than a plain word."""
    return any(c.isdigit() for c in value) or not value.isalpha() or (value.lower() != value and value.upper() != value)


class CredentialRecognizer(ContextRegexRecognizer):
    ENTITY = "CREDENTIAL"
    REFERENCE_NEGATIVE = False
    PATTERNS: list[tuple[str, str, float]] = []  # the regexes are detect-secrets' and the cue grammar below
    _vendor: list[tuple[re.Pattern[str], bool]] | None = None
    _any_vendor: re.Pattern[str] | None = None

    def load(self) -> None:
        super().load()
        cls = type(self)
        if cls._vendor is None:
            vendor = [(rx, plugin in _GROUP_IS_SECRET) for plugin in _VENDOR_PLUGINS for rx in plugin().denylist]
            vendor += [(re.compile(rx), False) for rx in _EXTRA_FORMATS]
            cls._vendor = vendor
            # One scan for all of them first: most texts hold none.
            cls._any_vendor = re.compile(
                "|".join(f"(?i:{rx.pattern})" if rx.flags & re.IGNORECASE else f"(?:{rx.pattern})" for rx, _ in vendor)
            )

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        vendors = self._vendor if self._any_vendor is None or self._any_vendor.search(text) else []
        for rx, grouped in vendors or []:
            for m in rx.finditer(text):
                start, end = m.span(1) if grouped and rx.groups else m.span()
                if end > start and not _inside_word(text, start, end):
                    yield "vendor_format", start, end, VENDOR_SCORE
        for m in _PEM.finditer(text):
            yield "private_key", m.start(), m.end(), VENDOR_SCORE
        if not needs_met(_CUE_NEED, screen_text(text)):
            return
        for m in _CUED.finditer(text):
            found = self._cued(text, m)
            if found is not None:
                yield found[0], found[1], found[2], CUE_SCORE

    def _cued(self, text: str, m: re.Match[str]) -> tuple[str, int, int] | None:
        kind = next(k for k in ("pin", "password", "token", "login") if m.group(k))
        start, end = m.span("v")
        if kind == "login":
            pair = _PAIR.match(text, start)
            if pair is None:
                return None
            start, end = pair.span("v")
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        value = text[start:end]
        if len(value) < 3 or value.lower() in _NOT_SECRET or set(value) <= set("*x•#?.-_"):
            return None
        explicit = m.group("sep") is not None
        if kind == "pin":
            return ("pin", start, end) if value.isdigit() and 4 <= len(value) <= 8 else None
        if kind == "token":
            return ("token", start, end) if len(value) >= 8 and _mixed(value) and _entropy(value) >= 2.5 else None
        if kind == "password" and m.group("password").lower() in ("pass", "pw", "pwd", "p/w") and not explicit:
            return None  # "pass the test", "pw" in a chat: the cue must be followed by ":" or "is"
        if not (explicit or _mixed(value)):
            return None
        return (kind, start, end)

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base  # vendor formats and cued secrets carry their own evidence


def _inside_word(text: str, start: int, end: int) -> bool:
    """A vendor shape cut out of a longer run of letters and digits (a hash, a longer token)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or after.isalnum()
