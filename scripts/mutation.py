"""`make mutation`: mutmut 3 over the safety-critical modules, then the survivors per module.

The modules, and the fast tests each is checked with, are `[tool.mutmut]` in pyproject.toml; mutmut runs
for every mutant only the tests that reach the mutated function. The run happens in a copy (default
build/mutation): mutmut mutates files by path and names mutants after the module the path spells, while
the engine imports recognizer files as `pii_pipeline_recognizers.<stem>`; in the copy `recognizers/` is
named so, and `recognizers` points to it, so mutants' names match the running code.

    .venv/bin/python scripts/mutation.py [--max-children N] [--timeout S] [--resume] [PATTERN ...]

PATTERNs are mutmut mutant-name globs (default: every mutant of the modules below; in stages.py only
`publish`, which holds the accounting check and the atomic replace). Exit status 1 when any mutant survived.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = (
    "pii_pipeline.pipeline.leak_gate.*",
    "pii_pipeline.pipeline.stages.x_publish__mutmut_*",
    "pii_pipeline.sinks.quarantine.*",
    "pii_pipeline.detection.resolve.*",
    "pii_pipeline.deid.keys.*",
    "pii_pipeline.deid.tokens.*",
    "pii_pipeline.errors.*",
    "pii_pipeline_recognizers.us_ssn.*",
    "pii_pipeline_recognizers.credit_card.*",
    "pii_pipeline_recognizers.iban_code.*",
    "pii_pipeline_recognizers.aba_routing.*",
)
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
_RESULT = re.compile(r"^\s*(?P<name>\S+__mutmut_\d+): (?P<status>.+)$")
_NOT_BAD = {"killed", "caught by type check", "skipped", "not checked"}


def prepare(work: Path, deselect: list[str]) -> None:
    """A fresh copy: mutmut keeps mutants of an earlier run if their file is still there."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    for name in ("src", "tests", "pipelines"):
        shutil.copytree(ROOT / name, work / name, ignore=_IGNORE)
    shutil.copytree(ROOT / "recognizers", work / "pii_pipeline_recognizers", ignore=_IGNORE)
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    if deselect:  # tests known to fail for another reason would stop mutmut's first (clean) run
        extra = "".join(f'"--deselect", "{node}", ' for node in deselect)
        config = config.replace("pytest_add_cli_args = [", "pytest_add_cli_args = [" + extra, 1)
    (work / "pyproject.toml").write_text(config, encoding="utf-8")
    (work / "mutants").mkdir()
    (work / "mutants" / "recognizers").symlink_to("pii_pipeline_recognizers")


def module_of(mutant: str) -> str:
    return re.split(r"\.x[_ǁ]", mutant, maxsplit=1)[0]


def wanted(mutant: str, patterns: list[str]) -> bool:
    from fnmatch import fnmatch

    return any(fnmatch(mutant, p) for p in patterns)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="*", default=list(PATTERNS))
    parser.add_argument("--max-children", type=int, default=max(1, (os.cpu_count() or 2) // 2))
    parser.add_argument("--timeout", type=float, default=None, help="stop mutmut after this many seconds")
    parser.add_argument("--workdir", type=Path, default=ROOT / "build" / "mutation")
    parser.add_argument("--deselect", action="append", default=[], help="a test node id to leave out (repeatable)")
    parser.add_argument("--resume", action="store_true", help="keep the workdir: mutmut goes on where it stopped")
    args = parser.parse_args()

    if not (args.resume and (args.workdir / "mutants").is_dir()):
        prepare(args.workdir, args.deselect)
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    # Child processes the tests start (the CLI) import the copy too, not the checkout's editable install.
    mutants = args.workdir.resolve() / "mutants"
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": os.pathsep.join([str(mutants / "src"), str(mutants)]),
    }
    command = [mutmut, "run", "--max-children", str(args.max_children), *args.patterns]
    finished = False
    try:
        finished = subprocess.run(command, cwd=args.workdir, env=env, timeout=args.timeout, check=False).returncode == 0
    except subprocess.TimeoutExpired:
        print(f"mutation: stopped after {args.timeout:.0f} s")
    listing = subprocess.run(
        [mutmut, "results", "--all", "true"], cwd=args.workdir, env=env, capture_output=True, text=True, check=False
    ).stdout

    by_module: dict[str, Counter] = defaultdict(Counter)
    survivors: dict[str, list[str]] = defaultdict(list)
    for line in listing.splitlines():
        found = _RESULT.match(line)
        if not found or not wanted(found["name"], args.patterns):
            continue
        module, status = module_of(found["name"]), found["status"].strip()
        by_module[module][status] += 1
        if status not in _NOT_BAD:
            survivors[module].append(f"{found['name']} ({status})")

    print("\nmutants per module (survived = no test failed; `mutmut show NAME` in the workdir shows one):")
    for module in sorted(by_module):
        counts = by_module[module]
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        print(f"  {module}: {len(survivors[module])} not killed of {sum(counts.values())} ({summary})")
        for name in survivors[module]:
            print(f"      {name}")
    total = sum(len(v) for v in survivors.values())
    unchecked = sum(c["not checked"] for c in by_module.values())
    print(f"\nmutation: {total} mutant(s) not killed, {unchecked} not checked; workdir {args.workdir}")
    if not finished:
        print("mutation: mutmut did not finish (see its output above); the figures are partial")
    return 0 if finished and not total and not unchecked else 1


if __name__ == "__main__":
    sys.exit(main())
