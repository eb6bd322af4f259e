"""Detection quality on a labelled corpus (JSON lines: `{"id", "text", "spans": [{"start", "end", "label"}]}`).

Match rule (per entity type, after mapping corpus labels through the alias map):
- a labelled value counts as found (recall) when some finding *of the same type* overlaps it by at least one
  character;
- a finding counts as correct (precision) when it overlaps some labelled value of the same type.
  Findings that overlap only a *neutral* label (one we ignore, e.g. DATE_TIME, which mixes dates of birth with
  other dates) are left out of precision: the corpus cannot say whether they are right.
  Findings that overlap nothing, or only a labelled value of another personal type, are false positives.
  One exception: a part of a value that contains it, inside that value (a LOCATION finding for the town inside a
  labelled STREET_ADDRESS that runs on to it, "12 Main St, Springfield, IL"): corpora differ on whether the town
  of an address is a value of its own, so such a finding is neutral, neither right nor wrong.
- F2 weighs recall twice as much as precision (a missed value leaks; an extra one only costs redaction).

*Protected recall* is what de-identification cares about: the share of labelled values whose every letter and
digit lies inside some finding of any type. A value that is only partly covered leaks, so it counts as missed.

Also reported: the share of documents with any finding (for PII-free corpora, where it should be near zero).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pii_pipeline.detection.coverage import covered
from pii_pipeline.detection.protocol import SpanDetector
from pii_pipeline.types import ALL_ENTITIES

# Types that a labelled value of another type may contain as a part (see the module docstring).
PARTS: dict[str, frozenset[str]] = {"STREET_ADDRESS": frozenset({"LOCATION"})}

# Corpus labels that are not personal information in our sense. Findings overlapping them are neutral.
IGNORED_LABELS: frozenset[str] = frozenset(
    {
        "ORGANIZATION",
        "ORG",
        "DATE_TIME",
        "DATE",
        "TIME",
        "TITLE",
        "DOMAIN_NAME",
        # Places: GPE and LOC mix countries (not reported) with towns; a LOCATION label is a town or region of
        # ours and is scored.
        "GPE",
        "LOC",
        "NRP",
        "NORP",
        "FAC",
        "EVENT",
        "PRODUCT",
        "MONEY",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "PERCENT",
        "LANGUAGE",
        "WORK_OF_ART",
        "LAW",
        # A ZIP code alone is a coarse location, not an address (and a hard negative for us); ZIP codes inside
        # an address are covered by the STREET_ADDRESS label. Use --alias ZIP_CODE=STREET_ADDRESS to score them.
        "ZIP_CODE",
    }
)

# A finding of a sub-type matches a label of its type: a child's age (MINOR_AGE) is an AGE.
SUBTYPES: dict[str, frozenset[str]] = {"AGE": frozenset({"MINOR_AGE"})}


def _same_type(found: str, label: str) -> bool:
    return found == label or found in SUBTYPES.get(label, ())


# The shared corpus's (and other common) names for our entity types.
DEFAULT_ALIASES: dict[str, str] = {
    "PER": "PERSON",
    "NAME": "PERSON",
    "FIRST_NAME": "PERSON",
    "LAST_NAME": "PERSON",
    "ADDRESS": "STREET_ADDRESS",
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER",
    "SSN": "US_SSN",
    "IBAN": "IBAN_CODE",
    "IP": "IP_ADDRESS",
    "DRIVER_LICENSE": "US_DRIVER_LICENSE",
    "PASSPORT": "US_PASSPORT",
    "ITIN": "US_ITIN",
    "BANK_ACCOUNT": "US_BANK_NUMBER",
    "ROUTING_NUMBER": "ABA_ROUTING_NUMBER",
    "ABA": "ABA_ROUTING_NUMBER",
    "MAC": "MAC_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "BIRTHDATE": "DATE_OF_BIRTH",
    "COORDINATES": "GEO_COORDINATES",
}


@dataclass
class EntityScore:
    entity: str
    support: int = 0  # labelled values
    predicted: int = 0  # findings of this type, neutral ones excluded
    true_positives: int = 0  # findings overlapping a labelled value of this type
    found: int = 0  # labelled values overlapped by a finding of this type
    protected: int = 0  # labelled values fully covered by findings of any type

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.support if self.support else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if (p + r) else 0.0

    @property
    def protected_recall(self) -> float:
        return self.protected / self.support if self.support else 1.0

    def as_dict(self) -> dict:
        return {
            "entity": self.entity,
            "support": self.support,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f2": round(self.f2, 4),
            "protected_recall": round(self.protected_recall, 4),
        }


@dataclass
class EvalReport:
    corpus: str
    documents: int = 0
    documents_with_findings: int = 0
    neutral_findings: int = 0
    entities: dict[str, EntityScore] = field(default_factory=dict)
    # (document id, entity, start, end) of misses and false positives: offsets only, never values.
    misses: list[tuple[str, str, int, int]] = field(default_factory=list)
    false_positives: list[tuple[str, str, int, int]] = field(default_factory=list)

    @property
    def flagged_share(self) -> float:
        return self.documents_with_findings / self.documents if self.documents else 0.0

    def _total(self) -> EntityScore:
        total = EntityScore("ALL")
        for s in self.entities.values():
            total.support += s.support
            total.predicted += s.predicted
            total.true_positives += s.true_positives
            total.found += s.found
            total.protected += s.protected
        return total

    @property
    def overall(self) -> EntityScore:
        return self._total()

    def as_dict(self) -> dict:
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "documents_with_findings": self.documents_with_findings,
            "flagged_share": round(self.flagged_share, 4),
            "neutral_findings": self.neutral_findings,
            "overall": self.overall.as_dict(),
            "entities": [self.entities[k].as_dict() for k in sorted(self.entities)],
        }


def load_corpus(path: Path) -> list[dict]:
    docs = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
    return docs


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(
    corpus_path: Path,
    detector: SpanDetector,
    aliases: Mapping[str, str] | None = None,
    ignored: Iterable[str] | None = None,
    batch_size: int = 256,
) -> EvalReport:
    """Score `detector` on a labelled corpus; see the module docstring for the match rule.

    `aliases` are added to (and override) DEFAULT_ALIASES; a label aliased to a name is no longer ignored.
    """
    alias_map = dict(DEFAULT_ALIASES)
    alias_map.update(aliases or {})
    ignored_set = set(IGNORED_LABELS if ignored is None else ignored) - set((aliases or {}).keys())
    docs = load_corpus(corpus_path)
    report = EvalReport(corpus=str(corpus_path), documents=len(docs))
    for name in ALL_ENTITIES:
        report.entities[name] = EntityScore(name)

    for offset in range(0, len(docs), batch_size):
        chunk = docs[offset : offset + batch_size]
        results = detector.detect([d["text"] for d in chunk])
        for doc, spans in zip(chunk, results, strict=True):
            text = doc["text"]
            doc_id = str(doc.get("id", ""))
            if spans:
                report.documents_with_findings += 1
            gold: list[tuple[str, int, int]] = []
            neutral: list[tuple[int, int]] = []
            for g in doc.get("spans", []):
                label = alias_map.get(g["label"], g["label"])
                if label in ignored_set:
                    neutral.append((g["start"], g["end"]))
                else:
                    gold.append((label, g["start"], g["end"]))
            found = [(s.entity_type, s.start, s.end) for s in spans]
            all_intervals = [(s, e) for _, s, e in found]
            for label, s, e in gold:
                score = report.entities.setdefault(label, EntityScore(label))
                score.support += 1
                if any(_same_type(fl, label) and _overlaps((fs, fe), (s, e)) for fl, fs, fe in found):
                    score.found += 1
                else:
                    report.misses.append((doc_id, label, s, e))
                if covered(text, s, e, all_intervals):
                    score.protected += 1
            for label, s, e in found:
                score = report.entities.setdefault(label, EntityScore(label))
                if any(_same_type(label, gl) and _overlaps((s, e), (gs, ge)) for gl, gs, ge in gold):
                    score.predicted += 1
                    score.true_positives += 1
                elif not any(_overlaps((s, e), (gs, ge)) for _, gs, ge in gold) and any(
                    _overlaps((s, e), n) for n in neutral
                ):
                    report.neutral_findings += 1
                elif any(label in PARTS.get(gl, ()) and gs <= s and e <= ge for gl, gs, ge in gold):
                    report.neutral_findings += 1  # the town inside a labelled address
                else:
                    score.predicted += 1
                    report.false_positives.append((doc_id, label, s, e))
    return report


def parse_aliases(pairs: Iterable[str]) -> dict[str, str]:
    """`FROM=TO` pairs from the command line."""
    out: dict[str, str] = {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise ValueError(f"alias must look like FROM=TO, got {pair!r}")
        out[source.strip()] = target.strip()
    return out
