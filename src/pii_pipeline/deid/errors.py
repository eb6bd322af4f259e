"""Errors of de-identification. Their messages name files, places and versions, never a value or key."""

from __future__ import annotations

from pii_pipeline.errors import PiiPipelineError


class PolicyError(PiiPipelineError, ValueError):
    """The policy file is wrong; the message says which file and which place in it."""


class KeyRingError(PiiPipelineError):
    """No usable key: missing, unreadable, malformed or too short. The pipeline stops (fail closed).

    Deliberately not a KeyError: an `except KeyError` around a dict lookup must not swallow it.
    """


class RevealError(PiiPipelineError, ValueError):
    """A reveal request was refused before anything was decrypted (no reason, no actor, no audit log)."""
