"""Key rings built in memory (fast) and a small helper to write policies under tmp."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pii_pipeline.deid.keys import KeyRing

KEY_V1 = os.urandom(32)
KEY_V2 = os.urandom(32)


@pytest.fixture(scope="session")
def keyring() -> KeyRing:
    return KeyRing({1: KEY_V1}, 1, "test key v1")


@pytest.fixture(scope="session")
def keyring_v2() -> KeyRing:
    """Same file after rotation: v1 still there, v2 current."""
    return KeyRing({1: KEY_V1, 2: KEY_V2}, 2, "test key v1+v2")


@pytest.fixture
def write_policy(tmp_path: Path):
    def write(text: str, name: str = "policy.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
