"""One detector (spaCy model and recognizers loaded once) for every detection test."""

from __future__ import annotations

import pytest

from pii_pipeline.detection.text import TextDetector


@pytest.fixture(scope="session")
def detector() -> TextDetector:
    return TextDetector()
