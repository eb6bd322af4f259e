"""Assemble all v17 documents for a seed (pure function of the seed)."""

from __future__ import annotations

import json

import negatives
import reg_donor
import reg_esp
import reg_letters
import reg_social
import reg_world

REGISTER_MODULES = (reg_esp, reg_donor, reg_social, reg_letters, reg_world)


def build(seed: int = 17) -> tuple[list[dict], list[dict]]:
    positives = []
    for mod in REGISTER_MODULES:
        positives.extend(mod.generate(seed))
    return positives, negatives.generate(seed)


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n" for d in docs)
