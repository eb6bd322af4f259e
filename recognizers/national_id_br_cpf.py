"""Brazilian CPF (Cadastro de Pessoas Físicas): 11 digits, two check digits, written 000.000.000-00.

Validated by python-stdnum (br.cpf)."""

import re

from ._national_id import NationalIdRecognizer


class BrCpfRecognizer(NationalIdRecognizer):
    COUNTRY = "BR"
    ID_NAME = "CPF"
    STDNUM = "br.cpf"
    TEXT_NEEDS = re.compile(r"\d{3}")
    PATTERNS = [
        ("cpf_dotted", r"\d(?<![\w\-.]\d)\d{2}\.\d{3}\.\d{3}-\d{2}(?![\w\-]|[.,]\d)", 0.6),
        ("cpf_bare", r"\d(?<![\w\-.]\d)\d{10}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        r"cpf",
        r"cadastro\s+de\s+pessoas?\s+f[ií]sicas?",
    ]
