"""CREDENTIAL, called directly (Presidio style): vendor formats from detect-secrets, and the secret after a cue."""

from __future__ import annotations

import pytest

RECOGNIZER = "credential"

# Made-up keys in each vendor's published shape (none is live).
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
    "-----END RSA PRIVATE KEY-----"
)

POSITIVES = [
    # (text, secret, score range)
    ("her login: jenny_k / Sunny2010", "Sunny2010", (0.8, 0.9)),
    ("password: hunter2", "hunter2", (0.8, 0.9)),
    # "… and it's", "…, it was" before it; Korean "비번", Chinese "密码是", Russian "пароль от вк"; one-time codes
    ("He made me give him my password and it's SUNSHINE_80, and then he got in", "SUNSHINE_80", (0.8, 0.9)),
    ("got his password, it was 7F+BEA*!p-cj. They changed the email", "7F+BEA*!p-cj", (0.8, 0.9)),
    ("비번 Angel@726 👀", "Angel@726", (0.8, 0.9)),
    ("密码是545826 🔥", "545826", (0.8, 0.9)),
    ("пароль от вк Monkey@759  02:41", "Monkey@759", (0.8, 0.9)),
    ("also the 2fa code is 325283", "325283", (0.8, 0.9)),
    ("sent a login code 820449 to take over her account.", "820449", (0.8, 0.9)),
    # A phone's extraction: a wireless network's saved key, its screen lock
    ("SSID: TALKTALK14BA\nSecurity: WPA2-PSK\nSaved key: Zorro51*2\nLast connected: 2025", "Zorro51*2", (0.8, 0.9)),
    ("Bluetooth MAC: 24:7b:9c:1a:c4:be\nScreen lock: 224955 (provided by owner)", "224955", (0.8, 0.9)),
    ("WPA2 key: Bella12#1", "Bella12#1", (0.8, 0.9)),
    # More words of the line between the secret's word and its colon
    ("Server console root password visible in a leaked config: Liverpool92!1\n\nRegards,", "Liverpool92!1", (0.8, 0.9)),
    (
        "Stored token (com.app, shared_prefs): tok_951f5189e4511f4a493288c1ca1a7454\nNotes",
        "tok_951f5189e4511f4a493288c1ca1a7454",
        (0.8, 0.9),
    ),
    ("2FA: enabled (authenticator). Anti-phishing code: RC4183IY\n\nDeposits", "RC4183IY", (0.8, 0.9)),
    ("my pw is fluffy", "fluffy", (0.8, 0.9)),
    # A door's and a parcel locker's codes, a smart lock's log, a card's security code, a router's saved key, a
    # password in a debug line
    ("Stop 1: 2980 Commercial Dr — keysafe by back door, code 9506\nStop 2", "9506", (0.8, 0.9)),
    ("src=lock.front evt=unlock method=keypad user=Linnea code=018764\nts=2024", "018764", (0.8, 0.9)),
    ("Kod odbioru: 283902. Masz 48h.", "283902", (0.8, 0.9)),
    ("Collection code 024281. Don't share this code.", "024281", (0.8, 0.9)),
    ("moved to B&B in Stockport, key code 9485. check in tmrw", "9485", (0.8, 0.9)),
    ("exp 07/28  CVV 459\nAmount: £85.00", "459", (0.8, 0.9)),
    ('  "ssid": "PEMBERTON-HOME",\n  "wifi_key": "Summer2019!"', "Summer2019!", (0.8, 0.9)),
    ("Accepted for 'admin' (pw in cleartext debug: Kitt3nMittens#)", "Kitt3nMittens#", (0.8, 0.9)),
    ("He shared his password with me: Tr0ub4dor&3 and I'm worried.", "Tr0ub4dor&3", (0.8, 0.9)),
    ("her password for roblox: kitty2012", "kitty2012", (0.8, 0.9)),
    ("PIN 4821", "4821", (0.8, 0.9)),
    ("Passwort = Kat2010!x", "Kat2010!x", (0.8, 0.9)),
    ("password Sunny2010 and username jk", "Sunny2010", (0.8, 0.9)),
    ("api key = 9f8e7d6c5b4a39281706", "9f8e7d6c5b4a39281706", (0.8, 0.9)),
    ("key AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE", (0.85, 0.95)),
    ("use ghp_abcdefghijklmnopqrstuvwxyz0123456789 for CI", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", (0.85, 0.95)),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", (0.85, 0.95)),
    ("test key sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", (0.85, 0.95)),
    (
        "xoxb-123456789012-1234567890123-abcdefghijklmnop",
        "xoxb-123456789012-1234567890123-abcdefghijklmnop",
        (0.85, 0.95),
    ),
    (f"Authorization: Bearer {JWT}", JWT, (0.85, 0.95)),
    ("https://ana:s3cr3tPass@example.com/x", "s3cr3tPass", (0.85, 0.95)),
    (f"pasted:\n{PEM}\nend", PEM, (0.85, 0.95)),
    ("pw bluebird22", "bluebird22", (0.8, 0.9)),  # no separator, but a value with a digit
    ("creds jk_2010:Sunny2010", "Sunny2010", (0.8, 0.9)),
    ("Password | Sunny2010!", "Sunny2010!", (0.8, 0.9)),  # a final "!" is the password's: redacted with it
    ("her password is sunflower22!", "sunflower22!", (0.8, 0.9)),
    ("the password was Kayla2011.", "Kayla2011", (0.8, 0.9)),  # a full stop ends the sentence
    ('account password is "Sunny 2010"', "Sunny 2010", (0.8, 0.9)),  # quoted: spaces included
    ("lock code 2580", "2580", (0.8, 0.9)),
    ("recovery code 8391-2204-5567", "8391-2204-5567", (0.8, 0.9)),
    ("security answer: fluffy", "fluffy", (0.8, 0.9)),
    ("Login details: user jenny_k pass Sunny2010", "Sunny2010", (0.8, 0.9)),
    ("u: jenny_k p: Sunny2010", "Sunny2010", (0.8, 0.9)),
    (
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        (0.8, 0.9),
    ),
    ('"api_key": "Zx81kQ02mNp4Lr7Tv9Wb"', "Zx81kQ02mNp4Lr7Tv9Wb", (0.8, 0.9)),
    ("client_secret: 8f3b2a9c7d1e4f60a5b9c1d2", "8f3b2a9c7d1e4f60a5b9c1d2", (0.8, 0.9)),
    ("Authorization: Basic amVubnk6c3VubnkyMDEw", "amVubnk6c3VubnkyMDEw", (0.8, 0.9)),
    ("her password for roblox is kitty2012", "kitty2012", (0.8, 0.9)),  # what it opens, then the secret
    ("the code to unlock her phone is 2580", "2580", (0.8, 0.9)),
    ("pin for the card is 4821", "4821", (0.8, 0.9)),
    ("пароль: medved2010", "medved2010", (0.8, 0.9)),  # password words of other languages
    ("密码：abc12345", "abc12345", (0.8, 0.9)),
    ("hasło: kotek2010", "kotek2010", (0.8, 0.9)),
    ("user:pass ana_k:Sunny2010", "Sunny2010", (0.8, 0.9)),
    ("key: Zx81kQ02mNp4Lr7Tv9WbQ", "Zx81kQ02mNp4Lr7Tv9WbQ", (0.8, 0.9)),  # "key" alone: a long random value
    # A session's cookie; a CEF event's custom string labelled as a secret
    (
        '"GET / HTTP/2.0" 304 cookie="sid=a0a5dd7edfb84a86769f75798f5b75eb"',
        "a0a5dd7edfb84a86769f75798f5b75eb",
        (0.85, 0.85),
    ),
    (
        "suser=kai cs1Label=sessionToken cs1=b6591ea8b319443fc2ac8897b41fa9af7c331900 dvchost=fw3",
        "b6591ea8b319443fc2ac8897b41fa9af7c331900",
        (0.85, 0.85),
    ),
]
NEGATIVES = [
    "the password is stored hashed; the pin was changing",  # what is done to it
    "Security: WPA2-PSK\nChannel: 11",  # a network's security type, no key after it
    "The saved key is in the drawer.",
    "error code 4040 on the unlock screen",  # an error's code beside a lock's word
    "The CVV column must hold 3 digits.",  # no card's code
    "keysafe model KS-200, code length 4 to 8 digits",
    "Unlock the offer with code 2024 today",  # a promotion's code, not a lock's log
    "CSC 101 Intro to Programming",  # a course, not a card's code
    "The new password rules apply from: Monday",
    "Token bucket size (requests): 1000",
    # A template's slots, whatever cue points at them (a login line before makes a user-then-password pair)
    "database:\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}",
    "login: <username>\npassword: <password>",
    # A cue glued into a compound, and a parameter's documented type after "password:"
    'This searches for "secret-looking" strings',
    "password: (bool, optional): Hide typed text. Defaults to False.",
    "pin the blame on him",
    "the password reset link expired",
    "pass the salt",
    "she forgot her password again",
    "password: ********",
    "PIN: none",
    "token of thanks",
    "build hash 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f9a0",
    "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed it",
    "order ORD-2024-118822, SKU AB-1234-XY",
    "ticket HD-48213 reopened",
    "ISBN 978-0-306-40615-7",
    "grant R01-MH123456 awarded",
    "she passed 3 exams",
    "auth code: AC-2024-0031",  # a reference code after a credential word
    "Token: Q3-2024-OKR",
    "token budget: 4096",
    "login page /account/login",
    "idempotency key 5f1c0a2e-9b7d-4e1f-8a3c-2d4b6e8f0a1c",
    "Username: jenny_k",
    "password manager: 1Password",
    "Pass-through cost: $12.50",
    "Boarding pass: 14C",
    "Pass: 12/14 tests",
    "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "request id 123e4567-e89b-12d3-a456-426614174000",
    "the password for the portal is reset weekly",
    "the pin on the map is at the station",
    "Login ID: jsmith42",  # a label and its value: the user name, no secret
    "cache key 8f3b2a9c7d1e4f60a5b9c1d2",
    "Key: PRJ-2291",
    "key 9fceb02d0ae598e95dc970b74767f19372d61af8",  # a digest's length
    "key findings: revenue grew",
    # A template's slots for the reader to fill in
    "password: <your-password>",
    "export DB_PASSWORD=${DB_PASSWORD}",
    'password="your_password"',
    "password: %PASSWORD%",
    "pass: $PASS",
    "mysql -u root -p example_password --host db",
]


@pytest.mark.parametrize(("text", "secret", "scores"), POSITIVES)
def test_finds(find, text: str, secret: str, scores: tuple[float, float]) -> None:
    found = find(text)
    assert [(e, v) for e, v, _ in found] == [("CREDENTIAL", secret)]
    assert scores[0] <= found[0][2] <= scores[1]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores(find, text: str) -> None:
    assert find(text) == []


# A pasted table's password, PIN and token columns, named by the header (";", tabs, "|" or commas between cells).
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("id;username;password;pin\n4411;mia_x;Sunny2010!;2580\n4412;jo.w;-;1234", ["Sunny2010!", "2580", "1234"]),
        ("login,wifi password\nfront desk,Gr33nT3a\nlibrary,b00kworm", ["Gr33nT3a", "b00kworm"]),
        ("device\tpasscode\nipad\t8264", ["8264"]),
    ],
)
def test_table_columns(find, text: str, secrets: list[str]) -> None:
    assert [v for e, v, _ in find(text) if e == "CREDENTIAL"] == secrets


@pytest.mark.parametrize(
    "text",
    [
        "item,sku,qty,password policy\nDesk,SKU-12,4,none",  # no column of secrets
        "user;password\nmia_x;****\njo.w;n/a",  # masked or empty
    ],
)
def test_table_columns_without_secrets(find, text: str) -> None:
    assert [v for e, v, _ in find(text) if e == "CREDENTIAL"] == []


# Secrets set to a value, given in reply to a chat's question, dumped as e-mail:password, or random-looking keys.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("he changed the pin to 4821 ok?", "4821"),
        ("she reset her password to Kitty2012! last night", "Kitty2012!"),
        ("[20:01] jo_x: whats ur password\n[20:02] mia_22: fluffy2011", "fluffy2011"),
        # asked in another language, the reply after "ok its", "vale es", "ok det er"; a line of the asker's between
        (
            "[08-07 02:30] kai3: dame tu contraseña y te consigo gemas\n[08-07 02:37] beta9: vale es Mango#5027",
            "Mango#5027",
        ),
        ("[12-15 14:30] kai3: gi meg passordet ditt\n[12-15 14:38] beta9: ok det er KIWI023tui", "KIWI023tui"),
        ("[20:01] jo_x: whats ur password\n[20:01] jo_x: quick\n[20:02] mia_22: fluffy2011", "fluffy2011"),
        ("jo_x 20:01: and the pin?\nmia_22 20:02: 0519", "0519"),
        ("leaked on a paste site: mia.k@example.com:Sunny2010! and more", "Sunny2010!"),
        ("Google key (AIzaSyD3x4mpl3K3yV4lu3N0tR34l0000000000) was pasted", "AIzaSyD3x4mpl3K3yV4lu3N0tR34l0000000000"),
        ("Temporary token issued: q8Z3vR7tLm2Xw9Kp4NfB6hYd1CsJ", "q8Z3vR7tLm2Xw9Kp4NfB6hYd1CsJ"),
    ],
)
def test_set_replied_dumped_and_random(find, text: str, secret: str) -> None:
    assert secret in [v for e, v, _ in find(text) if e == "CREDENTIAL"], find(text)


@pytest.mark.parametrize(
    "text",
    [
        "[20:01] jo_x: whats ur password\n[20:02] mia_22: no",  # a refusal
        "[20:01] jo_x: whats ur password\n[20:02] mia_22: ok its fine dont worry",  # words, no secret
        "[20:01] jo_x: whats ur password\n[20:02] mia_22: why?",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 merged",  # one case: a digest
        "tracking 1Z999AA10123456784 and order 550e8400-e29b-41d4-a716-446655440000",
        "the server listens on admin@example.org:8080",  # a port, not a password
    ],
)
def test_no_secret_there(find, text: str) -> None:
    assert [v for e, v, _ in find(text) if e == "CREDENTIAL"] == []


def test_a_random_key_alone_says_why() -> None:
    from pii_pipeline_recognizers.credential import CredentialRecognizer

    text = "Issued with the export: q8Z3vR7tLm2Xw9Kp4NfB6hYd1CsJ"
    results = CredentialRecognizer().analyze(text, ["CREDENTIAL"], None)
    assert [r.recognition_metadata.get("reason") for r in results] == ["no context word"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A form's dotted leaders, a PIN's change in an account's history, recovery secrets
        ("SUBSCRIBER INFORMATION\nAccount PIN .......... 0772\nAccount holder ....... BROOKS, Destiny", "0772"),
        ("2024-12-04  PIN_RESET     CALLCTR   PIN changed to 6562", "6562"),
        ('Security question:   "Favourite teacher?"  answer: Mrs Pemberton20\nApp password:  x', "Mrs Pemberton20"),
        ("Backup codes:        24987309  93606333  (unused)", "24987309"),
        ("Backup codes:        24987309  93606333  (unused)", "93606333"),
        # a data download's record of them
        ('"two_factor_backup_codes": ["8166 0951", "kf47kbm4", "gqy9kpmn"],\n  "devices": []', "8166 0951"),
        ('"two_factor_backup_codes": ["8166 0951", "kf47kbm4", "gqy9kpmn"],\n  "devices": []', "gqy9kpmn"),
    ],
)
def test_finds_recovery_secrets_and_pins_in_account_records(find, text: str, value: str) -> None:  # noqa: ANN001
    assert value in [v for _, v, _ in find(text)]


def test_product_codes_and_a_pin_factory_are_no_secrets(find) -> None:  # noqa: ANN001
    assert find("Our product codes: 24987309 and the pin factory in Leeds.") == []
