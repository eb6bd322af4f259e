"""The project's built-in recognizers, installed as the package `pii_pipeline_recognizers`.

One Presidio recognizer class per module; modules whose name starts with `_` are shared helpers, imported
relatively (`from ._recognizer_helpers import ContextRegexRecognizer`). The engine finds the recognizers by
importing this package and listing its modules (`pii_pipeline.detection.engine`), wherever it is installed.
"""
