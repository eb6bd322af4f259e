"""Belgian national numbers: birth date, order number and a mod-97 check (`85.07.30-033.28`)."""

import re

from ._national_id import NationalIdRecognizer


class BelgiumNationalNumberRecognizer(NationalIdRecognizer):
    COUNTRY = "BE"
    ID_NAME = "NN"
    STDNUM = "be.nn"
    TEXT_NEEDS = re.compile(r"\d{2}")
    PATTERNS = [
        ("nn_separated", r"(?<![\w\-.])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\w\-]|[.,]\d)", 0.6),
        ("nn_compact", r"(?<![\w\-.])\d{11}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"rijksregisternummer",
        r"rijksregister",
        r"num[ée]ro\s+national",
        r"registre\s+national",
        r"national\s+(?:no|number)",
        r"niss",
        r"insz",
    ]
