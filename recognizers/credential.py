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
from pii_pipeline.detection.protocol import NO_CONTEXT_REASON

from ._chat import LINE_HEAD
from ._names import WORDS_NOT_NAMES as WORDS
from ._names import inflected_english
from ._recognizer_helpers import ContextRegexRecognizer, needs_met
from ._tables import column_cells

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
    r"AIza[0-9A-Za-z_\-]{35}",  # Google API keys
    # JSON web tokens: detect-secrets' own regex ends lazily (its plugin then decodes the token to confirm).
    r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}",
)
_KEY_NAME = r"(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
_PEM = re.compile(r"-----BEGIN " + _KEY_NAME + r"[\s\S]*?(?:-----END " + _KEY_NAME + r"|\Z)")

# Cues, and what may stand between a cue and its secret.
_PASSWORD = (
    r"pass(?:word|wd|code|phrase|wort)?|pwd|pw|p/w|contrase[ñn]a|mot\s+de\s+passe|senha|has[łl]o|parola|"
    r"wachtwoord|l[öo]senord|passord|adgangskode|salasana|jelsz[óo]|heslo|пароль|密码|密碼|パスワード|비밀번호|비번|"
    r"סיסמה|كلمة\s+(?:المرور|السر)|"
    r"security\s+(?:answer|question\s+answer)|"
    # a wireless network's key, as phones and routers list it ("Saved key: …", "WPA2 key", "PSK")
    r"(?:saved|network|wi-?fi|wireless|wlan|wpa[23]?)[ \t]+key|(?<!-)psk|pre-?shared[ \t]+key"
)
# "lock code 2580", "door code: 4471": the codes that open a phone, a door or an account.
_PIN = (
    r"pin(?:\s+(?:code|number|no\.?|#))?|passcode|"
    r"(?:lock|unlock|door|gate|alarm|keypad|screen|recovery|backup)\s+code|screen[ \t]+lock(?:[ \t]+(?:pin|code))?|"
    # the one-time codes that take an account over when handed on ("the 2fa code is 325283", "a login code 820449")
    r"(?:2fa|two[\s\-]factor|login|log-in|verification|one[\s\-]time|sms|otp)\s+code|otp|"
    # a key safe's or a parcel locker's code ("key code 9485", "Collection code 024281", "Kod odbioru: 283902")
    r"key[ \t]+code|key[ \t]?safe[ \t]+code|collection\s+code|pick-?\s?up\s+code|kod\s+odbioru|abholcode|"
    r"code\s+de\s+retrait"
)
_TOKEN = (
    r"(?:api|access|secret|auth|bearer|app|private|signing|encryption|master)[\s_\-]?(?:key|token|secret)|token|"
    r"secret(?:\s+key)?|auth\s+code|key"
)
# Keys that are no secret: a database's, a cache's, a product's licence ("cache key 8f3b…", "primary key id").
_NOT_SECRET_KEY = re.compile(
    r"\b(?i:cache|sort|primary|foreign|partition|idempotency|license|licence|product|registry|map|hash|lookup|"
    r"composite|unique|index|partition|row|public|activation|serial|music|answer|map|piano|car|house|room)\s+$"
)
_LOGIN = r"log\s?in|sign[\s\-]?in|credentials?|creds?|(?:user(?:name)?|login)\s*[/:]\s*pass(?:word)?"
# A dash separates only after a space: "Pass-through" is one word.
# (a form's dotted leaders too: "Account PIN .......... 0772")
# ("… and it's X", "…, it was X"; Chinese "是" and Russian "от вк" (of VK) between a password's word and it)
_SEP = (
    r"\s*(?:(?P<sep>[:=|\t：]|[.…_]{3,}|\bis\b|\bwas\b|(?<=\s)[-–]|,?\s*(?:and\s+)?(?:it['’]s|its|it\s+(?:is|was))|"
    r"是|от\s+\w{2,12})\s*)?(?P<quote>[\"'`“‘])?"
)
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
    # Something between the cue and the value ("secret-looking" is one word), which opens with no bracket
    # ("password: (bool, optional)" documents a parameter).
    r"(?:\b(?=[\s:=|\t：\"'`“‘,])|(?=是))" + _SEP + r"(?![(\[])(?P<v>[^\s\"'`”’,;]{3,128})",
    re.IGNORECASE,
)
# "login: ana_k / Sunny2010", "user:pass ana_k:Sunny2010": the secret is the part after the separator.
_PAIR = re.compile(r"(?P<user>[^\s/:|]{2,64})\s*(?P<sep>/|\||:)\s*(?P<v>[^\s\"'`”’,;]{3,128})")
# Words before a "/" that make "login page / settings" a path or a menu, not a user and a password.
_NOT_USER = frozenset("page screen form button link menu tab issue issues problem problems attempt attempts".split())
# "her password for roblox is kitty2012", "the code to unlock her phone is 2580": the cue, a few words saying
# what it opens, then "is" and the secret.
_CUE_FOR = re.compile(
    r"\b(?i:(?P<pin>pin|passcode|code\s+to\s+(?:unlock|open|get\s+into))|(?P<pw>password|pass\s?word|pw|passwd))"
    # A colon right after a word only ends a phrase opened by a preposition ("password with me: …"; not "password
    # manager: …", a label).
    r"\s+(?:(?i:for|to|of|on|with)\s+[^.\n:;=\"]{1,32}?(?:\s(?i:is|was|=)|\s?:)|[^.\n:;=\"]{1,32}?\s(?i:is|was|=|:))"
    r"\s+[\"'“‘]?(?P<v>[^\s\"'`”’,;]{3,128})"
)
# A secret in a configuration line or a program's source: "aws_secret_access_key = …", '"api_key": "…"',
# "OPENAI_API_KEY=…", "client_secret: …": the name holds a secret word, the value comes after ":" or "=".
_ASSIGNED = re.compile(
    r"(?<![\w\-])[\"']?(?P<name>[A-Za-z0-9_.\-]*?(?i:password|passwd|pwd|secret|token|api_?key|access_?key|"
    r"private_?key|auth_?key|client_?secret|wi_?fi_?key|wpa_?key|psk))[A-Za-z0-9_]*[\"']?\s*[:=]\s*[\"']?"
    r"(?P<v>[^\s\"'`,;]{6,256})"
)
# A session's cookie or key, which logs in whoever holds it: "cookie=\"sid=a0a5dd7e…\"", "PHPSESSID=…"; and a
# CEF event's custom string whose label names a secret ("cs1Label=sessionToken cs1=b6591ea8…").
_SESSION = re.compile(
    r"(?<![\w\-.])(?i:sid|sessid|session(?:_?id|_?token|_?key)?|sessionid|phpsessid|jsessionid|connect\.sid|"
    r"laravel_session|_session)[ \t]*[=:][ \t]*[\"']?(?P<v>[A-Za-z0-9%._\-]{16,256})|"
    r"\b(?P<slot>cs\d)Label[=:]\w*(?i:token|session|secret|password|passwd|cookie|apikey|api_key)\w*[ \t]+(?P=slot)[=:]"
    r"(?P<c>[^\s|]{8,256})"
)
# "Authorization: Basic amVubnk6c3VubnkyMDEw", "Bearer 8f3b…": an HTTP header's credentials.
_AUTH_HEADER = re.compile(r"\b(?:Basic|Bearer|Token)\s+(?P<v>[A-Za-z0-9+/=._~\-]{12,512})")
# "user jenny_k pw sunny2010", "u: jenny_k p: Sunny2010": a short password word right after a user name.
_USER_THEN_PASS = re.compile(
    r"\b(?i:u|user(?:\s*name)?|login|id)\b\s*[:=]?\s*[^\s,;/|:=]{2,64}\s*[,;/|]?\s*"
    r"\b(?i:p|pw|pwd|pass(?:word)?)\b\s*[:=]?\s*(?P<v>[^\s\"'`”’,;:=]{3,128})(?![:=])"
)
# A digest's length in hex (MD5, SHA-1, SHA-256): after "key" alone, more likely a checksum than a secret.
_HASH_LENGTH = re.compile(r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}", re.IGNORECASE)
# A ticket, case or reference code ("AC-2024-0031", "SEC-4411"): labelled "code" or "key", it is no secret.
_REFERENCE_CODE = re.compile(r"[A-Z]{1,6}[\-_#]?\d[\d\-]*|(?=[^a-z]*$)(?=.*[A-Z])[A-Z0-9]+(?:[\-_#][A-Z0-9]+)+")
# Passes that are tickets, not passwords: "boarding pass: 14C", "day pass".
_TICKET_PASS = re.compile(
    r"(?i:boarding|bus|day|season|hall|guest|visitor|parking|press|ski|festival|rail|train|weekly|monthly)\s+$"
)
# Words that follow a cue without being a secret ("password reset", "pin the blame", "token of thanks").
_NOT_SECRET = frozenset(
    """a an the her his their my your our its this that these those it is was to for of on in at by with and or but
    not no none null n/a na unknown same reset changed change protected required hidden manager policy field box
    please again here there below above attached sent shared number code pin password pass token key secret login
    details info information was were be been being expired invalid wrong correct new old forgotten forgot lost
    incorrect strong weak length protected-tip""".split()
)
# A sentence's closing marks after a secret; not "!", which passwords end in more often than reports shout after one
# ("sunflower22!", "Tr0ub4dor&3!!"), and a redacted "!" costs nothing.
_TRAILING = ".?)]}>"
# Slots of a template or a document for the reader to fill in: "<your-password>", "${DB_PASSWORD}", "$PASS",
# "%PASSWORD%", "{{ token }}", "your_password", "YOUR_API_KEY", "example_secret", "REPLACE_ME".
_PLACEHOLDER = re.compile(
    r"<[^<>\s]{1,40}>?|\$\{[^{}\s]{1,40}\}?|\$[A-Z][A-Z0-9_]{1,40}|%[A-Za-z0-9_]{1,40}%|\{\{[^{}]{0,40}\}?\}?|"
    r"(?i:(?:your|my|example|sample|dummy|placeholder|replace|insert|enter)[_\-](?:[a-z0-9]+[_\-]?)*"
    r"(?:password|passwd|pwd|pass|secret|token|key|pin|here|me|value)(?:[_\-][a-z]+)?)"
)
# What every cue holds, looked for case-sensitively in the text's screened (lower-case) form before the cue grammar.
_CUE_NEED = re.compile(
    r"pass|pw|p/w|pin|token|key|secret|auth|log\s?in|sign|cred|user|contrase|senha|mot de|code|basic|bearer|sid|"
    r"sess|lock|psk|phishing|"
    r"security|\bu\s*[:=]|has[łl]o|parola|wachtwoord|l[öo]senord|passord|adgangskode|salasana|jelsz|heslo|пароль|"
    r"密码|密碼|パスワード|비밀번호|비번|סיסמה|كلمة|otp|kod|cvv|cvc|abhol"
)


# A secret's word, then more words of the same line, then a colon and the secret ending the line: "root password
# visible in a leaked config: X", "Stored token (com.app, shared_prefs): X", "Anti-phishing code: X".
_CUE_THEN_COLON = re.compile(
    r"(?im)\b(?:(?P<pw>password|passwd|passphrase|pw)|(?P<pin>pin|passcode|anti-?phishing[ \t]+code)|"
    r"(?P<tok>token|api[ \t]+key|secret))\b(?P<between>(?:[^\n:.!?]|\.(?=\S)){0,50}?):[ \t]*(?P<v>\S{4,128})[ \t]*$"
)


_ABOUT_THE_SECRET = re.compile(
    r"(?i)\b(?:manager|policy|policies|rules?|requirements?|reset|expir\w*|length|strength|hint|field|bucket|"
    r"size|count|type|format|change[sd]?|store|vault)\b"
)
_NUMERIC = re.compile(r"[\d\-/.:, ]+")


# A pasted table's column of secrets: "id;username;password;pin" above "4411;mia_x;Sunny2010!;2580".
_SECRET_HEADER = re.compile(
    r"(?:(?:user|account|login|wifi|wi-fi|email|e-mail|device|phone|app)[ _\-]?)?"
    r"(?:password|passwd|pwd|pass|passcode|pin|pin[ _\-]?code|secret|token|api[ _\-]?key|access[ _\-]?key)",
    re.IGNORECASE,
)
_CELL_SECRET = re.compile(r"[^\s\"'`]{3,128}")


# An account's recovery secrets: the answer to its security question ('Security question: "Favourite teacher?"
# answer: Mrs Pemberton20'), and its backup codes, each of a line's list ("Backup codes: 24987309  93606333").
_SECURITY_ANSWER = re.compile(
    r"(?i:\bsecurity[ \t]+question\b[^\n]{0,80}?\banswer[ \t]*[:=][ \t]*)[\"'“‘]?(?P<v>[^\s\"'”’][^\n\"”’]{0,38}?)"
    r"[\"'”’]?(?=[ \t]{2,}|[ \t]*(?:\n|$))"
)
_BACKUP_CODES = re.compile(
    r"(?im:\b(?:backup|recovery|one[\- ]time|2fa|mfa)[ \t]+codes?[ \t]*[:=][ \t]*(?P<list>[^\n]+))"
)
# The same in a data download's record: "two_factor_backup_codes": ["8166 0951", "kf47kbm4"].
_BACKUP_CODES_JSON = re.compile(
    r"(?i:\"[a-z0-9_]*(?:backup|recovery|2fa|mfa|otp)_?codes?\"[ \t]*:[ \t]*\[)(?P<list>[^\]]{0,1000})\]"
)
_QUOTED_CODE = re.compile(r"\"(?P<c>[A-Za-z0-9]{4,5}[ \-][A-Za-z0-9]{4,5}|[A-Za-z0-9]{6,12})\"")
_LISTED_CODE = re.compile(r"(?<![\w\-])(?:\d{6,10}|[A-Za-z0-9]{4,5}-[A-Za-z0-9]{4,5})(?![\w\-])")
_HEADER_ROW = re.compile(r"[;,|\t]")  # cells before the cue on its line
# A secret set to a new value: "changed the pin to 4821", "reset her password to Kitty2012!", "PIN changed to 6562".
_SET_TO = re.compile(
    r"\b(?i:(?:chang|set|reset|updat|switch)\w*[ \t]+(?:(?:the|her|his|my|ur|your|their|our|its)[ \t]+)?"
    r"(?:(?P<pin>pin|passcode|lock[ \t]+code)|password|pass\s?word|pw|passwd)|"
    r"(?P<pin2>pin|passcode)(?:[ \t]+(?:is|was|has[ \t]+been))?(?:[ \t]+now)?(?:[ \t]+(?:changed|set|reset|updated))?)"
    r"[ \t]+(?i:to)[ \t]+[\"'“‘]?(?P<v>[^\s\"'`”’,;]{3,64})"
)
# A door's code a few words after its key safe or in a smart lock's log ("keysafe by back door, code 9506",
# "evt=unlock method=keypad user=Linnea code=018764"), and a card's security code ("CVV 459").
_LOCK_CODE = re.compile(
    # (a lock's log writes its key and value: "code=018764"; "unlock the offer with code 2024" is a promotion)
    r"(?i:\b(?:key[ \t]?safe|lock[ \t]?box|key[ \t]?box)\b[^\n.;]{0,30}?\bcode[ \t]*[:=]?|"
    r"\b(?:keypad|unlock)\b[^\n]{0,60}?\bcode[ \t]*=)[ \t]*(?P<v>\d{3,8})(?![\d\-/.:])"
)
_CARD_CODE = re.compile(r"\b(?i:cvv2?|cvc2?|card[ \t]+security[ \t]+code)\b[ \t]*[:=#]?[ \t]*(?P<v>\d{3,4})(?!\d)")
# A chat's question for a secret, and the reply alone on one of the next two lines: "whats ur password" / "kitty2012".
# ("login" asks for a user name as often); the partners' and the hotline's other languages' words too
_SECRET_WORD = (
    r"\b(?:password|passwd|pass|pw|pin|passcode|contraseña|contrasena|clave|passwort|kennwort|mot[ \t]+de[ \t]+passe|"
    r"senha|wachtwoord|has[łl]o|[şs]ifre|l[öo]senord|passord(?:et)?|adgangskode|salasana|parola)\b"
)
_ASKED_SECRET = re.compile(
    r"(?i:\b(?:what'?s|whats|wats|wuts?|what\s+is|send|give|tell|share|gimme|need|want|"
    # and in Spanish, German, French, Portuguese, Dutch, Polish, Turkish, Norwegian and Finnish
    r"dame|dime|manda|gib|schick|sag|donne|envoie|me\s+passa|geef|stuur|daj|podaj|ver|g[öo]nder|gi|anna|kerro)\b"
    r"[^\n]{0,24}?"
    + _SECRET_WORD
    + r"[^\n]{0,40}|"
    # or a line that ends on the word: "and the pin?", "password pls", "wifi password?"
    + _SECRET_WORD
    + r"[ \t]*\??[ \t]*(?:pls|plz|please|then|too)?[ \t]*\?*)[ \t]*\n"
)
# The reply, maybe after "ok its", "vale es", "ok det er", "ok es ist", "c'est", "é" (the secret alone after them).
_REPLY_LEAD = (
    r"(?i:(?:(?:ok(?:ay)?|vale|sí|si|ja|oui|sim|tak|evet|fine|sure)[ \t,]+)?"
    r"(?:it'?s|its|es|det[ \t]+er|es[ \t]+ist|c'?est|é|is|het[ \t]+is|to|jest|är|on)[ \t]+)?"
)
_REPLY_SECRET = re.compile(LINE_HEAD + _REPLY_LEAD + r"(?P<v>[^\s\"'`”’,;:]{3,64})[ \t]*$", re.MULTILINE)
# What a chat answers that is no secret: refusals, questions, fillers.
_CHAT_NOT_SECRET = frozenset(
    """no nope nah never why what wat wut huh idk dunno lol lmao haha ok okay k kk sure fine later wait hmm hm um
    yes yeah ya yep maybe stop please pls plz nothing nvm omg why? what? no! nope. ok. sure.""".split()
)
# A combination list's line, an e-mail and its password: "mia.k@example.com:Sunny2010!" (a paste site's dump).
_EMAIL_THEN_PASS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+:(?P<v>[^\s:,;\"'`]{3,64})")
# A random-looking key with no word before it: long, upper- and lower-case letters and digits, high entropy.
_RANDOM_KEY = re.compile(r"(?<![\w/+=.\-])(?P<v>[A-Za-z0-9_\-]{24,128})(?![\w/+=.\-])")
RANDOM_KEY_SCORE = 0.7
# A Bitcoin address (Base58, "1…" or "3…"): a wallet's public address, no secret (crypto.py's when valid).
_WALLET = re.compile(r"[13][1-9A-HJ-NP-Za-km-z]{25,35}")


_SECRET_HEADER_WORD = re.compile(r"(?i:pass|pin|pwd|secret|token|key)")  # what a header of secrets holds


def table_secrets(text: str) -> Iterator[tuple[str, int, int, float]]:
    """The cells under a password, PIN or token column of a pasted table (what its header names them)."""
    if "\n" not in text or not _SECRET_HEADER_WORD.search(text):
        return  # (a table has rows under its header; most texts name no secret at all)
    for start, end in column_cells(text, _SECRET_HEADER, every=True):
        value = text[start:end]
        if _CELL_SECRET.fullmatch(value) and value.lower() not in _NOT_SECRET and not _PLACEHOLDER.fullmatch(value):
            if not set(value) <= set("*•x-_?."):  # "****", "-": masked or empty
                yield "table_column", start, end, CUE_SCORE


def _random_keys(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Keys and tokens with no word before them: 24 or more characters mixing upper- and lower-case letters and
    digits, random-looking (hashes and codes are one case: "9fceb02d…", "1Z999AA10123456784")."""
    for m in _RANDOM_KEY.finditer(text):
        value = m.group("v")
        if (
            any(c.isupper() for c in value)
            and any(c.islower() for c in value)
            and sum(c.isdigit() for c in value) >= 2
            and _entropy(value) >= 4.0
            and not _WALLET.fullmatch(value)
        ):
            yield "random_key", m.start("v"), m.end("v"), RANDOM_KEY_SCORE


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
        # Whatever cue found it, a template's slot is no secret: "user: ${DB_USER}\n password: ${DB_PASSWORD}".
        for found in self._candidates(text):
            if not _PLACEHOLDER.fullmatch(text[found[1] : found[2]]):
                yield found

    def _candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        vendors = self._vendor if self._any_vendor is None or self._any_vendor.search(text) else []
        for rx, grouped in vendors or []:
            for m in rx.finditer(text):
                start, end = m.span(1) if grouped and rx.groups else m.span()
                if end > start and not _inside_word(text, start, end):
                    yield "vendor_format", start, end, VENDOR_SCORE
        pems = [m.span() for m in _PEM.finditer(text)]
        for start, end in pems:
            yield "private_key", start, end, VENDOR_SCORE
        yield from table_secrets(text)
        for found in _random_keys(text):
            if not any(a <= found[1] < b for a, b in pems):  # a line of a private key: the key is reported whole
                yield found
        if "@" in text and ":" in text:
            for m in _EMAIL_THEN_PASS.finditer(text):
                start, end = _trimmed(text, *m.span("v"))
                if not text[start:end].isdigit():  # "a@b.org:8080" is no password
                    yield "combo_list", start, end, CUE_SCORE
        if not needs_met(_CUE_NEED, screen_text(text)):
            return
        for m in _CUED.finditer(text):
            found = self._cued(text, m)
            if found is not None:
                yield found[0], found[1], found[2], CUE_SCORE
        for m in _SESSION.finditer(text):
            group = "v" if m.group("v") is not None else "c"
            start, end = _trimmed(text, *m.span(group))
            if _mixed(text[start:end]) and _entropy(text[start:end]) >= 2.5:
                yield "session", start, end, CUE_SCORE
        for rx, name in ((_ASSIGNED, "assigned"), (_AUTH_HEADER, "auth_header")):
            for m in rx.finditer(text):
                start, end = _trimmed(text, *m.span("v"))
                value = text[start:end]
                if _REFERENCE_CODE.fullmatch(value) or value.isdigit() or _PLACEHOLDER.fullmatch(value):
                    continue  # "Token: Q3-2024-OKR", "token: 4096", "API_KEY=${API_KEY}"
                if len(value) >= 6 and _mixed(value) and _entropy(value) >= 2.5:
                    yield name, start, end, CUE_SCORE
        for m in _SECURITY_ANSWER.finditer(text):
            yield "security_answer", *m.span("v"), CUE_SCORE
        for m in _BACKUP_CODES.finditer(text):
            for code in _LISTED_CODE.finditer(m.group("list")):
                yield "backup_code", m.start("list") + code.start(), m.start("list") + code.end(), CUE_SCORE
        for m in _BACKUP_CODES_JSON.finditer(text):
            for code in _QUOTED_CODE.finditer(text, *m.span("list")):
                yield "backup_code", *code.span("c"), CUE_SCORE
        for m in _CUE_FOR.finditer(text):
            start, end = _trimmed(text, *m.span("v"))
            value = text[start:end]
            if value.lower() in _NOT_SECRET or _REFERENCE_CODE.fullmatch(value) or _PLACEHOLDER.fullmatch(value):
                continue
            if m.group("pin") and not (value.isdigit() and 4 <= len(value) <= 8):
                continue
            if m.group("pw") and not (_mixed(value) or len(value) >= 5):
                continue
            yield "cue_for", start, end, CUE_SCORE
        for m in _CUE_THEN_COLON.finditer(text):
            start, end = _trimmed(text, *m.span("v"))
            value = text[start:end]
            if value.lower() in _NOT_SECRET or _REFERENCE_CODE.fullmatch(value) or _PLACEHOLDER.fullmatch(value):
                continue
            if not value.isdigit() and _NUMERIC.fullmatch(value):
                continue  # "… was updated on: 2024-05-01": a date, a time, a version
            if set(value) <= set("*x•#?.-_") or _ABOUT_THE_SECRET.search(m.group("between")):
                continue  # a mask; "password manager: 1Password", "token bucket size: …": about secrets, not one
            if m.group("pin") and (value.isdigit() and 4 <= len(value) <= 8 or _mixed(value)):
                yield "cue_then_colon", start, end, CUE_SCORE
            elif m.group("pw") and not value.isalpha() and len(value) >= 6:  # (not "… apply from: Monday")
                yield "cue_then_colon", start, end, CUE_SCORE
            elif m.group("tok") and _mixed(value) and len(value) >= 12 and _entropy(value) >= 2.5:
                yield "cue_then_colon", start, end, CUE_SCORE
        for m in _SET_TO.finditer(text):
            start, end = _trimmed(text, *m.span("v"))
            value = text[start:end]
            pin = m.group("pin") or m.group("pin2")
            if value.lower() in _NOT_SECRET or (pin and not (value.isdigit() and 4 <= len(value) <= 8)):
                continue
            yield "set_to", start, end, CUE_SCORE
        for rx in (_LOCK_CODE, _CARD_CODE):
            for m in rx.finditer(text):
                yield "door_or_card_code", *m.span("v"), CUE_SCORE
        if "\n" in text:
            for m in _ASKED_SECRET.finditer(text):
                # the reply on the next line, or on the one after (a line of the asker's between)
                after = text.find("\n", m.end())
                for at in (m.end(), after + 1) if after >= 0 else (m.end(),):
                    reply = _REPLY_SECRET.match(text, at)
                    if reply is None:
                        continue
                    start, end = _trimmed(text, *reply.span("v"))
                    value = text[start:end]
                    if value.lower() in _NOT_SECRET or value.lower() in _CHAT_NOT_SECRET or value.endswith("?"):
                        continue
                    if value.isalpha() and (value.lower() in WORDS or inflected_english(value.lower())):
                        continue  # "Regards", "whatever": a word, as likely a reply as a password
                    yield "chat_reply", start, end, CUE_SCORE
                    break
        for m in _USER_THEN_PASS.finditer(text):
            start, end = _trimmed(text, *m.span("v"))
            value = text[start:end]
            if len(value) >= 3 and value.lower() not in _NOT_SECRET and (_mixed(value) or len(value) >= 6):
                yield "user_then_pass", start, end, CUE_SCORE

    def _cued(self, text: str, m: re.Match[str]) -> tuple[str, int, int] | None:
        kind = next(k for k in ("pin", "password", "token", "login") if m.group(k))
        start, end = m.span("v")
        if "\n" in text[m.end(kind) : start] and _HEADER_ROW.search(
            text, text.rfind("\n", 0, m.start()) + 1, m.start()
        ):
            return None  # "id;username;password" over its rows: a table's header, read by `table_secrets`
        quote = m.group("quote")
        if quote and kind == "password":
            # A quoted password runs to its closing quote, spaces included: 'password is "Sunny 2010"'.
            close = text.find(_CLOSING.get(quote, quote), start, start + 128)
            if close > start and "\n" not in text[start:close]:
                end = close
        if kind == "login":
            pair = _PAIR.match(text, start)
            if pair is None or "/" in pair.group("v") or pair.group("user").lower() in _NOT_USER:
                return None
            if pair.group("sep") == ":" and text[pair.end("user") : pair.start("v")] != ":":
                return None  # "Login ID: jsmith42": a label and its value, not "user:pass"
                return None
            start, end = pair.span("v")
        start, end = _trimmed(text, start, end)
        value = text[start:end]
        if len(value) < 3 or value.lower() in _NOT_SECRET or set(value) <= set("*x•#?.-_") or value.endswith(":"):
            return None  # a word, a mask, or the next field's label ("password manager: …")
        if _PLACEHOLDER.fullmatch(value):
            return None  # "<your-password>", "${DB_PASSWORD}", "your_password": a template's slot, no secret
        if value.isalpha() and value.islower() and value.endswith(("ed", "ing")) and inflected_english(value):
            return None  # "the password is stored hashed", "pin was changing": what is done to it, no secret
        explicit = m.group("sep") is not None
        if kind == "pin":
            if _REFERENCE_CODE.fullmatch(value):
                return None
            digits = value.replace("-", "").replace(" ", "")
            return ("pin", start, end) if digits.isdigit() and 4 <= len(digits) <= 16 else None
        if kind == "token":
            if _REFERENCE_CODE.fullmatch(value):
                return None  # "auth code: AC-2024-0031"
            if m.group("token").lower() == "key":
                # "key" alone names many things: only a long, random-looking value after it is a secret.
                if _NOT_SECRET_KEY.search(text, max(0, m.start() - 16), m.start()) or _HASH_LENGTH.fullmatch(value):
                    return None
                letters, numbers = sum(c.isalpha() for c in value), sum(c.isdigit() for c in value)
                if len(value) < 16 or not (letters and numbers) or _entropy(value) < 3.0:
                    return None
            return ("token", start, end) if len(value) >= 8 and _mixed(value) and _entropy(value) >= 2.5 else None
        short_cue = m.group("password") and m.group("password").lower() in ("pass", "pw", "pwd", "p/w")
        if short_cue and not explicit and not (len(value) >= 6 and any(c.isdigit() for c in value)):
            return None  # "pass the test", "pw" in a chat: the cue needs ":" or "is", or a value with a digit
        if short_cue and _TICKET_PASS.search(text, max(0, m.start() - 12), m.start()):
            return None
        if short_cue and not any(c.isalpha() for c in value):
            return None  # "Pass: 12/14", "QA pass: 98%": a result, not a password
        if not (explicit or _mixed(value)):
            return None
        return (kind, start, end)

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return base  # vendor formats and cued secrets carry their own evidence

    def reason(self, text: str, start: int, end: int, pattern_name: str) -> str:
        """A random-looking key reported on its shape alone says so ("no context word"); never the value."""
        return NO_CONTEXT_REASON if pattern_name == "random_key" else ""


_CLOSING = {"“": "”", "‘": "’"}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The value without the sentence's closing punctuation."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _inside_word(text: str, start: int, end: int) -> bool:
    """A vendor shape cut out of a longer run of letters and digits (a hash, a longer token)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or after.isalnum()
