"""Template: an organisation-specific ID as a Python recognizer.

Copy this file into a folder listed in PII_PIPELINE_RECOGNIZERS (`:`-separated). `ENTITY` declares the type:
it is registered when the folder is read (a pipeline or policy file may name it), detected, pinnable, redacted
unless the policy names it, and counted in reports. A Presidio `PatternRecognizer` with a check in
`validate_result`, like Presidio's predefined recognizers; one recognizer class per file.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from pii_pipeline.detection.prescreen import needs


class CaseNumberRecognizer(PatternRecognizer):
    ENTITY = "CASE_NUMBER"
    PATTERNS = [Pattern("case_number", r"\bCT-(?P<year>20\d{2})-\d{6}\b", 0.85)]  # CT-2026-000123
    CONTEXT = ["case", "file"]
    # What every text it can report on holds (lower-cased): the detector skips it on other texts. Leave it out
    # and the recognizer runs on every text.
    SCREEN = needs(substrings="ct-")

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY, patterns=self.PATTERNS, context=self.CONTEXT, name=type(self).__name__
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        # Case numbers started in 2015: an earlier year is another kind of code.
        return 2015 <= int(pattern_text[3:7]) <= 2099
