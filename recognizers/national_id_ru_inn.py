"""Russian taxpayer numbers of persons (INN): 12 digits, two check digits.

Validated by python-stdnum (ru.inn)."""

import re

from ._national_id import NationalIdRecognizer


class RuInnRecognizer(NationalIdRecognizer):
    COUNTRY = "RU"
    ID_NAME = "INN"
    STDNUM = "ru.inn"
    TEXT_NEEDS = re.compile(r"\d{12}")
    PATTERNS = [
        ("inn", r"\d(?<![\w\-.]\d)\d{11}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"(?-i:INN)",
        r"инн",
    ]
