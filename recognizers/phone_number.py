"""Phone numbers: every common US format (555 numbers included), extensions, and international numbers."""

import re

import phonenumbers

from ._names import WORDS_NOT_NAMES, is_noun
from ._recognizer_helpers import STREET_AFTER, ContextRegexRecognizer, counting_run, digits, nearest_label

_S = r"[ .\-\u00a0\u2010-\u2015\u2212]"
_EXT = r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?"
# Where a number ends: not inside a word, a longer number or a decimal ("415-555-0134,50"); a CSV's next cell may
# follow its comma ("+1-219-572-4593,8296 Tallow Creek Dr").
_END = r"(?![\w]|-\d|\.\d|,\d{1,2}(?!\d))"
_DATE_LIKE = re.compile(
    r"^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?:[ T]\d{1,2})?$"
    r"|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$"
    # Two years joined by a dash or a slash: a period ("Strategic plan 2026-2030"), not a local number.
    r"|^(?:19|20)\d\d\s?[-/]\s?(?:19|20)\d\d$"
)

_DIGIT = re.compile(r"\d")  # in every pattern's match
# Runs of digits (and a plus sign) the patterns' matches hold, checked before running them.
_FOUR_DIGITS = re.compile(r"\d{4}")
_SEVEN_DIGITS = re.compile(r"\d{7}")
_NEEDS = {
    "us_formatted": _FOUR_DIGITS,
    "us_local": _FOUR_DIGITS,
    "us_plus1_bare": re.compile(r"\+1\d{10}"),
    "us_glued": _FOUR_DIGITS,
    "us_country_code": _FOUR_DIGITS,
    "us_bare": _SEVEN_DIGITS,
    "bare_digits": _SEVEN_DIGITS,
    "intl_plus": re.compile(r"\+"),
    "intl_plus_cell": re.compile(r"[,;|\t\"]\+\d{7}"),
}


# Phone words beyond the shared labels: "ring me on", "my num is", "her number", other languages' words.
PHONE_CONTEXT = [
    r"ring(?:\s+(?:me|him|her|them|us))?(?:\s+on)?",
    r"(?:my|his|her|their|your|our|mum'?s|mom'?s|dad'?s)\s+(?:new\s+|other\s+|real\s+)?(?:num|number|no\.?|#|digits)",
    r"num",
    r"mob(?:ile)?",
    r"portable|handy|m[óo]vil|celular|t[ée]l[ée]?fono?|telefon|tlf|nummer|n[úu]mero|numero",
    # … glued to "number" (German "Handynummer"), and Indonesian, Vietnamese, Tagalog, Turkish, Swahili words
    r"handynummer|telefonnummer|mobilnummer|festnetz|telepon|nomor(?:\s+(?:hp|wa|telepon))?|no\.?\s*hp|"
    r"đi[ệe]n\s+tho[ạa]i|s[đd]t|telepono|cep(?:\s+telefonu)?|numara(?:s[ıi])?|simu|nambari\s+ya\s+simu",
    r"viber|signal|telegram|imessage|facetime|msisdn",
    # "Call (me)" in the partners' languages: French, Spanish, Italian, German, Portuguese, Polish, Dutch, Romanian
    r"appel(?:ez|le|ler|lez-moi|le-moi)|ll[aá]m(?:a|e|ar|ame|eme|adme)|chiam(?:a|ami|ate|are)|anrufen|ruf\s+(?:mich\s+)?an|"
    r"ligue(?:-me)?|ligar|zadzwo[ńn]|dzwo[ńn]|bel\s+(?:me|mij)|sun[aă](?:-m[aă])?",
    # Other languages' phone words, in scripts written with spaces between words.
    r"телефон|тел|моб(?:ильный)?|هاتف|الهاتف|جوال|الجوال|موبايل|טלפון|נייד|פלאפון|फ़ोन|फोन|मोबाइल|"
    r"τηλ(?:έφωνο)?|κινητό",
    # … and more of them: Dutch, Nordic, Baltic, Central European, Balkan, Central Asian, South Asian and African
    # languages' words for a phone and for "call me" (their words for "number" only with a possessive: an order, a
    # citizenship certificate has a number too)
    r"telefoon(?:nummer)?|mobiel|natel|(?:jego|jej|m[óo]j|tw[óo]j)\s+numer|mobil(?:nummer|ni|tel)?|puh(?:elin)?|soita|s[íi]mi|s[íi]man[úu]mer|"
    r"hringdu|t[āa]lr(?:unis|\.)?|zvaniet|zvani|telefonas|skambinkite|skambink|helista(?:ge)?|"
    r"(?:za)?volejte|zavolaj(?:te)?|nazovite|nazovi|zovi|pokli[čc]ite|telefonsz[áa]m(?:a)?|h[íi]vjon|h[íi]vj|"
    r"mobilsz[áa]m|telefonul|aray[ıi]n|telefononi|qo['ʻ’]ng['ʻ’]iroq|"
    r"(?:мой|мій|мае|его|её|її|ваш|твой)\s+номер|номер\s+телефона|телефону|тэлефон|обадете|обади|"
    r"дзвоніть|телефонуйте|звоните|позвоните|байланыс|утас(?:ны)?|καλέστε|"
    r"تلفن|فون|موبائل|رقمي|اتصل|संपर्क|ফোন|"
    r"taleefan|taleefoon|soo\s+wac|piga|ucingo|ngishayele|f[óo][òo]n[ùu]|"
    r"ekwent[ịi]|waya|tawagan|zap|wpp|ctcm",  # (ctcm: an airline booking's mobile contact line)
]
# In scripts written without spaces (or with particles glued on), matched inside the run of letters. Not the words
# for "number" alone (号码, 番号, 번호, номер, رقم): an order's or a room's number as often.
PHONE_CONTEXT_UNSPACED = [
    r"电话|電話|手机|手機|联系方式|聯絡方式|携帯|連絡先|전화|연락처|휴대폰|핸드폰|โทร|เบอร์|มือถือ",
    # Georgian, Armenian, Lao, Khmer, Burmese, Sinhala, Ethiopic, Tamil, Telugu, Kannada, Malayalam: the word
    # with its case ending or particle glued on ("ტელეფონი", "հեռախոսահամարն", "ເບີໂທລະສັບຂອງລາວ")
    r"ტელეფონ|მობილურ|հեռախոս|ເບີໂທ|ໂທລະສັບ|ទូរស័ព្ទ|ဖုန်း|දුරකථන|ስልክ|ስልኪ|ደውሉ|தொலைபேசி|கைபேசி|ఫోన్|ಫೋನ್|ഫോൺ",
]


# A value of its own (seven digits or more, in groups) between another identifier's label and a number.
_OTHER_VALUE_BETWEEN = re.compile(r"(?<![\w\-])\d[\d \-./]{5,}\d(?![\w\-])[^\d]+$")


INTERNATIONAL_00_SCORE = 0.65  # as "intl_plus"


def _valid_international(value: str) -> bool:
    """A number written with its country's code that libphonenumber knows as a valid number of that country."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, None))
    except phonenumbers.NumberParseException:
        return False


def _digits(value: str) -> str:
    """`digits`, without its per-character conversion where the value is ASCII."""
    return "".join(filter(str.isdigit, value)) if value.isascii() else digits(value)


class PhoneNumberRecognizer(ContextRegexRecognizer):
    """libphonenumber's validity check is not used: it rejects the 555 numbers that fill test data and
    fiction, and a phone number is personal whether or not it is assigned. Shapes and context decide."""

    ENTITY = "PHONE_NUMBER"
    LABEL = "PHONE_NUMBER"
    TEXT_NEEDS = _DIGIT
    PATTERN_NEEDS = _NEEDS
    # Each pattern starts with the character class of its first character and checks what stands before that
    # character after it ("[+(1-9](?<!...)"): the same matches as a lookbehind in front, but the regex engine can
    # then skip straight to the candidates' first characters instead of testing every position.
    _AREA = r"(?:\(\s*[2-9]\d{2}\s*\)\s*[\-.]?\s*|[2-9]\d{2}" + _S + r")"
    PATTERNS = [
        # (415) 555-0134, 415-555-0134, 415.555.0134, 415 555 0134, +1 415 555 0134, 1-415-555-0134
        (
            "us_formatted",
            r"[+(1-9](?<![\w+\-.][+(1-9])(?:(?<=\+)1"
            + _S
            + r"?"
            + _AREA
            + r"|(?<=1)"
            + _S
            + r"?"
            + _AREA
            + r"|(?<=\()\s*[2-9]\d{2}\s*\)\s*[\-.]?\s*|(?<=[2-9])\d{2}"
            + _S
            + r")[2-9]\d{2}"
            + _S
            + r"\d{4}"
            + _EXT
            + _END,
            0.75,
        ),
        ("us_plus1_bare", r"\+(?<![\w+\-.]\+)1[2-9]\d{2}[2-9]\d{6}" + _END, 0.75),
        # "is415-555-0132" (a typo glued it to the word before), "91-415-555-0132" (a country code without its
        # plus): the dashed or dotted 3-3-4 shape with the same separator throughout is distinctive enough.
        (
            "us_glued",
            r"[2-9](?<=(?-i:[a-z])[2-9])\d{2}(?P<s>[\-.])[2-9]\d{2}(?P=s)\d{4}" + _EXT + _END,
            0.6,
        ),
        (
            "us_country_code",
            r"[1-9](?<![\w+\-.][1-9])\d{0,2}(?P<s>[\-. ])[2-9]\d{2}(?P=s)[2-9]\d{2}(?P=s)\d{4}" + _EXT + _END,
            0.6,
        ),
        # 4155550134: ten bare digits are also account and order numbers.
        ("us_bare", r"[1-9](?<![\w\-.][1-9])(?:(?<=1)[2-9]|(?<=[2-9]))\d{2}[2-9]\d{6}" + _END, 0.35),
        # 555-0134: a local number, only with context.
        ("us_local", r"[2-9](?<![\w\-.][2-9])\d{2}" + _S + r"\d{4}" + _END, 0.25),
        # International with a plus: +44 20 7946 0958, +33 1 23 45 67 89, +49-30-123456.
        # (a bracket around a group, "+44 (0)20 …", or closing the country's code, "(+380) 50 439 6872";
        # "(+33123467304)" keeps its last closing bracket out)
        (
            "intl_plus",
            r"\+(?<![\w+]\+)[1-9]\d{0,3}\)?(?:" + _S + r"?(?:\(\d{1,5}\)|\d{1,5})){2,6}" + _EXT + _END,
            0.65,
        ),
        # A whole cell of a CSV or a table, "…,+8613459043415,0,…": the next cell's digits after the comma are no
        # decimal part.
        ("intl_plus_cell", r"\+(?<=[,;|\t\"]\+)[1-9]\d{6,14}(?=[,;|\t\"])", 0.65),
        # Other national formats (0490 75 40 81, 699 956 915, (37) 788-063, 0393 1144137, 99 668472): groups of
        # digits, the subscriber part up to 8 digits; context only.
        (
            "national",
            r"[(\d](?<![\w+\-.][(\d])(?:(?<=\()\d{1,5}\)\s?|(?<!\()\d{0,4}"
            + _S
            + r")(?:\d{1,5}"
            + _S
            + r"){0,4}\d{2,8}"
            + _EXT
            + _END
            + r"(?!"
            + _S
            + r"\d)",
            0.2,
        ),
        # 0049301234567, 3660170548: bare digits, context only (a label before, or "-Fax" / "(mobile)" after).
        # (Up to two leading zeros, then 7-13 digits.)
        (
            "bare_digits",
            r"\d(?<![\w+\-.]\d)(?:(?<=0)(?:0\d{13}|\d{6,13})|(?<!0)\d{6,12})" + _EXT + r"(?![\w]|[.,]\d)",
            0.15,
        ),
    ]
    CONTEXT = PHONE_CONTEXT
    CONTEXT_BOOST = 0.45
    CONTEXT_WINDOW = 40
    # "085 175 7641-Office", "3660170548-Fax", "655 437 108 office": the label right after the number.
    _LABEL_AFTER = re.compile(
        r"[ \t]*(?:-|\(|,)?[ \t]*(?i:office|fax|mobile|cell|home|work|desk|tel|phone|landline|whatsapp)\b"
    )

    # "Reference: Jane Doe, 4155550134", "Jane Doe (mother) 4155550134", "Jane Doe - 4155550134": a person's
    # name just before a number of phone length lists how to reach them.
    _NAME_BEFORE = re.compile(
        r"(?:^|(?<=[^\w'’\-]))(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){1,7})"
        r"[ \t]*(?:,|:|-|\u2013|\([^()\n]{1,24}\))?[ \t]*$"
    )
    _PARTICLES = frozenset("van von der den de del della di da das dos du la le bin al el ter ten zu und y e".split())

    def _name_before(self, text: str, start: int) -> bool:
        m = self._NAME_BEFORE.search(text, max(0, start - 80), start)
        if m is None:
            return False
        # The name is the run of capitalised words and lower-case particles that ends right before the
        # number ("Amélie van Dommelen", "Stefan Coreth von und zu Coredo"); words before it ("please
        # call") are a sentence's, not the name's.
        parts = m.group("name").split()
        first = len(parts)
        while first > 0 and (parts[first - 1][0].isupper() or parts[first - 1] in self._PARTICLES):
            first -= 1
        name = parts[first:]
        while name and not name[0][0].isupper():
            name = name[1:]
        return len(name) >= 2 and not name[-1].isupper() and name[-1][0].isupper()

    # "Florian Pichler <0666644626>", "Mareike <01518 2639655>": a number in angle brackets after a name, as a
    # message's participant or a mail's sender is written.
    _NAME_ANGLE_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>[^\W\d_][\w'’\-]*)[ \t]*<$")

    def _name_in_angle_before(self, text: str, start: int, end: int) -> bool:
        if text[end : end + 1] != ">":
            return False
        m = self._NAME_ANGLE_BEFORE.search(text, max(0, start - 40), start)
        if m is None or not m.group("w")[0].isupper():
            return False
        word = m.group("w").casefold()
        return word not in WORDS_NOT_NAMES and not is_noun(word)  # "Order <20240115>": a thing's number

    def has_context(self, text: str, start: int, end: int) -> bool | None:
        if self._LABEL_AFTER.match(text, end):
            return True
        if self._name_in_angle_before(text, start, end):
            return True
        found = super().has_context(text, start, end)
        if (
            (found is None or (found is False and nearest_label(text, start, self.CONTEXT_WINDOW) == "PERSON"))
            and len(_digits(text[start:end])) >= 10
            and self._name_before(text, start)
        ):
            return True  # ("Social worker: Euan Sinclair, 01212091368": the label was the name's)
        if found is False and _OTHER_VALUE_BETWEEN.search(text, max(0, start - 80), start):
            return None  # "SSN 873-12-8221 clear (201) 367-7655": the label was the value's before this one
        return found

    def score(self, text: str, start: int, end: int, base: float) -> float:
        # "lives at 17031 2202 Rissik St": a house number, not a phone.
        if base < 0.5 and STREET_AFTER.match(text, end):
            return 0.0
        score = super().score(text, start, end, base)
        if text.startswith("00", start) and text[start + 2 : start + 3] != "0":
            number = "+" + text[start + 2 : end]
            if _valid_international(number):
                return max(score, INTERNATIONAL_00_SCORE)  # "0044 1777 078139": the "00" dials abroad, as a "+"
        if text[start] == "+" and score < base and _valid_international(text[start:end]):
            return base  # no reference is written with a country's code: a word of the cell before ("invoice") or
            # a label further back says nothing of a valid "+61 435 982 599"
        return score

    def validate_result(self, pattern_text: str) -> bool | None:
        number = _digits(pattern_text.split("x")[0].split("ext")[0])
        if not 7 <= len(number) <= 15:
            return False
        if _DATE_LIKE.match(pattern_text.strip()) or counting_run(number):
            return False  # a date; "123-456-7890", a form's sample
        return None
