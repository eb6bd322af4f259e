"""Plain Presidio on a labelled corpus, scored by the project's evaluator: the comparison for `eval`.

    python scripts/heldout/presidio_plain.py CORPUS.jsonl [--alias FROM=TO ...]

Presidio's AnalyzerEngine with its default English recognizers and the project's offline spaCy model
(built as `pii_pipeline.bench.presidio_baseline` builds it), default threshold. Its country-specific ID
types are renamed NATIONAL_ID so the typed figures compare; protected recall ignores types anyway.
Prints the evaluator's JSON.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from pii_pipeline.bench.presidio_baseline import plain_analyzer
from pii_pipeline.detection.evaluate import evaluate, parse_aliases
from pii_pipeline.types import Span

NATIONAL = {"UK_NHS", "UK_NINO", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "IN_PAN", "IN_AADHAAR", "IN_VOTER",
            "IN_PASSPORT", "SG_NRIC_FIN", "AU_TFN", "AU_MEDICARE", "PL_PESEL", "KR_RRN", "FI_PERSONAL_IDENTITY_CODE",
            "IT_IDENTITY_CARD", "TH_TNIN"}  # fmt: skip


class PlainPresidio:
    def __init__(self) -> None:
        self.analyzer = plain_analyzer()

    def detect(self, texts: Sequence[str | None], column_hint: str | None = None) -> list[list[Span]]:
        out = []
        for text in texts:
            results = self.analyzer.analyze(text=text or "", language="en")
            out.append(
                [
                    Span("NATIONAL_ID" if r.entity_type in NATIONAL else r.entity_type, r.start, r.end, r.score)
                    for r in results
                ]
            )
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--alias", action="append", default=[])
    args = parser.parse_args()
    report = evaluate(args.corpus, PlainPresidio(), parse_aliases(args.alias))
    print(json.dumps(report.as_dict(), indent=2))


if __name__ == "__main__":
    main()
