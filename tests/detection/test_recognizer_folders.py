"""Where recognizers come from: the built-in ones by importing the package `pii_pipeline_recognizers`, an extra
folder (PII_PIPELINE_RECOGNIZERS) as a package of its own whose files import their helpers relatively."""

from __future__ import annotations

import sys
from pathlib import Path

from pii_pipeline.detection.engine import folder_package, package_recognizers

_HELPER = 'CODE = r"\\bZX-\\d{4}\\b"\n'
_OWN_HELPER = """
from presidio_analyzer import Pattern, PatternRecognizer

from ._helpers import CODE


class ZxRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entity="ZX_CODE", patterns=[Pattern("zx", CODE, 0.85)], name="ZxRecognizer")
"""
_BUILTIN_HELPER = """
from pii_pipeline_recognizers._recognizer_helpers import ContextRegexRecognizer


class QqRecognizer(ContextRegexRecognizer):
    ENTITY = "QQ_CODE"
    PATTERNS = [("qq", r"\\bQQ-\\d{3}\\b", 0.85)]
"""


def _texts(recognizer, text: str) -> list[str]:  # noqa: ANN001
    return [text[r.start : r.end] for r in recognizer.analyze(text, recognizer.supported_entities, None)]


def test_builtin_recognizers_are_the_package_modules() -> None:
    import pii_pipeline_recognizers

    found = package_recognizers(pii_pipeline_recognizers)
    modules = {type(r).__module__ for r in found}
    assert "pii_pipeline_recognizers.us_ssn" in modules
    assert not any(m.rsplit(".", 1)[1].startswith("_") for m in modules)  # helpers are not recognizers
    assert all(m.startswith("pii_pipeline_recognizers.") for m in modules)
    assert not any(p.endswith("recognizers") and p in sys.path for p in sys.path)  # nothing put on the path


def test_extra_folder_imports_its_own_and_the_builtin_helpers(tmp_path: Path) -> None:
    (tmp_path / "_helpers.py").write_text(_HELPER, encoding="utf-8")
    (tmp_path / "zx.py").write_text(_OWN_HELPER, encoding="utf-8")
    (tmp_path / "qq.py").write_text(_BUILTIN_HELPER, encoding="utf-8")
    (tmp_path / "templates").mkdir()  # a folder without __init__.py is not looked into
    (tmp_path / "templates" / "broken.py").write_text("raise SystemExit('must not be imported')\n", encoding="utf-8")

    package = folder_package(tmp_path, "pii_pipeline_recognizers_test_extra")
    by_name = {type(r).__name__: r for r in package_recognizers(package)}
    assert set(by_name) == {"ZxRecognizer", "QqRecognizer"}
    assert type(by_name["ZxRecognizer"]).__module__ == "pii_pipeline_recognizers_test_extra.zx"
    by_name["QqRecognizer"].load()
    assert _texts(by_name["ZxRecognizer"], "ref ZX-1234 and QQ-123") == ["ZX-1234"]
    assert _texts(by_name["QqRecognizer"], "ref ZX-1234 and QQ-123") == ["QQ-123"]


def test_a_folder_loaded_again_under_a_name_is_read_afresh(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, code in ((first, "ZX"), (second, "QQ")):
        folder.mkdir()
        (folder / "_helpers.py").write_text(f'CODE = r"\\b{code}-\\d{{4}}\\b"\n', encoding="utf-8")
        (folder / "zx.py").write_text(_OWN_HELPER, encoding="utf-8")
    name = "pii_pipeline_recognizers_test_again"
    (one,) = package_recognizers(folder_package(first, name))
    (two,) = package_recognizers(folder_package(second, name))
    text = "ZX-1234 QQ-5678"
    assert _texts(one, text) == ["ZX-1234"]
    assert _texts(two, text) == ["QQ-5678"]  # not the first folder's cached helper
