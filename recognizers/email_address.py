"""E-mail addresses, including the spelled-out "name at domain dot com" form."""

import sys
from pathlib import Path

# The engine loads recognizer files by path; the shared helpers sit beside them.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from _recognizer_helpers import ContextRegexRecognizer  # noqa: E402


class EmailAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [
        (
            "email",
            r"(?<![\w.+\-])[a-z0-9](?:[a-z0-9._%+\-]{0,63})@(?:[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?\.)+[a-z]{2,24}(?![\w\-])",
            0.95,
        ),
        (
            "email_spelled",
            r"(?<![\w.])[a-z0-9][a-z0-9._\-]{0,63}\s*[\[(]\s*at\s*[\])]\s*[a-z0-9\-]+(?:\s*[\[(]\s*dot\s*[\])]\s*[a-z]{2,24})+"
            r"(?!\w)",
            0.85,
        ),
    ]
    REFERENCE_NEGATIVE = False
