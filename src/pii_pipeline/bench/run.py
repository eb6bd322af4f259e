"""`pii-pipeline bench`: our pipeline against plain Presidio on the same data, in one run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Measure:
    name: str
    ours_rate: float
    baseline_rate: float
    unit: str
    ours_leaks: int | None = None
    baseline_leaks: int | None = None
    ours_clean: str = ""
    baseline_clean: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.ours_rate / self.baseline_rate if self.baseline_rate else float("inf")


def _timed(fn):  # noqa: ANN001, ANN202
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def bench_table(bench, baseline_rows: int, detector, deid, analyzer) -> Measure:  # noqa: ANN001
    from .canary import find_planted
    from .data import leak_count, unchanged_clean_cells
    from .ours import run_ours
    from .presidio_baseline import run_presidio_table

    (ours, _), ours_s = _timed(lambda: run_ours(bench.table, bench.config, detector, deid))
    subset = bench.table.slice(0, baseline_rows)
    theirs, theirs_s = _timed(lambda: run_presidio_table(subset, analyzer))
    planted_subset = find_planted([str(x) for col in subset.columns for x in col.to_pylist()], bench.planted)
    same_o, total_o = unchanged_clean_cells(bench.table, ours, bench.clean_columns)
    same_t, total_t = unchanged_clean_cells(subset, theirs, bench.clean_columns)
    return Measure(
        name=bench.name,
        ours_rate=bench.table.num_rows / ours_s,
        baseline_rate=subset.num_rows / theirs_s,
        unit="rows/s",
        ours_leaks=leak_count(ours, bench.planted),
        baseline_leaks=leak_count(theirs, planted_subset),
        ours_clean=f"{same_o}/{total_o}",
        baseline_clean=f"{same_t}/{total_t}",
        extra={"ours_rows": bench.table.num_rows, "baseline_rows": subset.num_rows},
    )


def bench_texts(  # noqa: PLR0913
    texts: list[str],
    baseline_texts: int,
    processes: int,
    analyzer,  # noqa: ANN001
    model: str,
    rounds: int = 2,
) -> Measure:
    """Texts/s of our detector, of spaCy's NER alone (same model, processes and texts) and of Presidio's
    per-text `analyze`. Models are loaded before timing; ours and NER alone run `rounds` times,
    alternating, and each keeps its best round (the machine is shared: noise only ever slows a run)."""
    from pii_pipeline.detection.text import TextDetector

    from .presidio_baseline import run_presidio_texts
    from .spacy_baseline import ner_only, ner_only_forked, ner_pipeline

    detector = TextDetector(model_name=model, processes=processes)
    detector.detect(texts[:50])  # load the model before timing
    ner_pipeline(model)
    ours_s = pipe_s = forked_s = float("inf")
    for _ in range(rounds):
        ours_s = min(ours_s, _timed(lambda: detector.detect(texts))[1])
        pipe_s = min(pipe_s, _timed(lambda: ner_only(texts, processes, model))[1])
        forked_s = min(forked_s, _timed(lambda: ner_only_forked(texts, processes, model))[1])
    subset = texts[:baseline_texts]
    _, theirs_s = _timed(lambda: run_presidio_texts(subset, analyzer))
    ours_rate = len(texts) / ours_s
    # The floor is the faster way of running NER alone over `processes` processes.
    ner_rate = len(texts) / min(pipe_s, forked_s)
    return Measure(
        name=f"free text ({processes} process{'es' if processes > 1 else ''})",
        ours_rate=ours_rate,
        baseline_rate=len(subset) / theirs_s,
        unit="texts/s",
        extra={
            "spacy_ner_rate": ner_rate,
            "share_of_ner": ours_rate / ner_rate,
            "spacy_ner_pipe_rate": len(texts) / pipe_s,
            "spacy_ner_forked_rate": len(texts) / forked_s,
            # spaCy's own multiprocessing, `nlp.pipe(n_process=...)`, is how the issue measures NER alone.
            "share_of_ner_pipe": ours_rate * pipe_s / len(texts),
            "distinct_texts": len(set(texts)),
            "texts": len(texts),
        },
    )


def peak_memory(rows: int, workdir: Path) -> float:
    """Peak RSS (MiB) of a fresh process that runs `rows` rows through the pipeline as `pii-pipeline
    run` does: SQLite store, extract to staging, detect, de-identify, leak gate, publish, run report."""
    cmd = [sys.executable, "-m", "pii_pipeline.bench.memory", str(rows), str(workdir)]
    subprocess.run([*cmd, "--generate-only"], check=True, capture_output=True)
    out = subprocess.run([*cmd, "--with-report"], check=True, capture_output=True, text=True, env={**os.environ})
    return float(out.stdout.strip().splitlines()[-1])
