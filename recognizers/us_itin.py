"""Interim: Presidio's predefined recognizer, until the project's own replaces it."""

from presidio_analyzer.predefined_recognizers import UsItinRecognizer


class ProjectUsItinRecognizer(UsItinRecognizer):
    pass
