"""Overall figures of `pii-pipeline eval` per register (chat, form, tip, memo) of a held-out corpus.

    python scripts/heldout/by_register.py CORPUS.jsonl [--alias FROM=TO ...]

One detector for all registers; prints `{register: overall figures}` as JSON. Aggregates only: which register
is weak, never which document or value.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from pathlib import Path

from pii_pipeline.detection.evaluate import evaluate, load_corpus, parse_aliases
from pii_pipeline.detection.text import TextDetector


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--alias", action="append", default=[])
    args = parser.parse_args()
    groups: dict[str, list[dict]] = defaultdict(list)
    for doc in load_corpus(args.corpus):
        groups[doc.get("register", "all")].append(doc)
    detector = TextDetector()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for register, docs in sorted(groups.items()):
            path = Path(tmp) / f"{register}.jsonl"
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
            report = evaluate(path, detector, parse_aliases(args.alias))
            out[register] = {"documents": report.documents, **report.overall.as_dict()}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
