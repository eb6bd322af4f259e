"""Interim: Presidio's predefined recognizer, until the project's own replaces it."""

from presidio_analyzer.predefined_recognizers import UsPassportRecognizer


class ProjectUsPassportRecognizer(UsPassportRecognizer):
    pass
