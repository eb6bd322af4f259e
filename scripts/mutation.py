"""`make mutation`: mutmut 3 over the safety-critical modules, one module at a time, then a survivor table.

Each module (MODULES below) is mutated alone and checked with its own fast tests, in its own copy of the
repository (default build/mutation/<module>), so results arrive module by module within minutes; mutmut runs
for every mutant only those of the module's tests that reach the mutated function. mutmut mutates files by
path and names mutants after the module the path spells, while the engine imports recognizer files as
`pii_pipeline_recognizers.<stem>`: in the copy `recognizers/` is named so, and `recognizers` points to it.

Run it as an ordinary user, never as root: a mutant of code that sets permissions acts on the machine.

    .venv/bin/python scripts/mutation.py [--module NAME ...] [--max-children N] [--timeout S] [--resume]
                                         [--workdir DIR] [--deselect NODE ...] [PATTERN ...]

PATTERNs are mutmut mutant-name globs that narrow a run further (e.g. one mutant while writing its test).
A line marked `# pragma: no mutate` is never mutated: only for a mutant with no observable effect, with a
comment saying why. Exit status 1 when any mutant survived or was left unchecked.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECOGNIZERS = "pii_pipeline_recognizers"  # the package the engine imports recognizer files as


@dataclass(frozen=True)
class Module:
    path: str  # in the copy: src/... or pii_pipeline_recognizers/...
    mutants: str  # mutmut name glob
    tests: tuple[str, ...]


def _recognizer(stem: str, *tests: str) -> Module:
    own = f"tests/recognizers/test_{stem}.py"  # the recognizer's own parametrized file, once it has one
    return Module(
        f"{RECOGNIZERS}/{stem}.py",
        f"{RECOGNIZERS}.{stem}.*",
        (*tests, *([own] if (ROOT / own).exists() else []), "tests/detection/test_recognizers.py"),
    )


# Small modules first: `make mutation` runs them in this order.
MODULES: dict[str, Module] = {
    "aba_routing": _recognizer("aba_routing", "tests/detection/test_validators.py"),
    "us_ssn": _recognizer("us_ssn", "tests/detection/test_ssn_negatives.py"),
    "iban_code": _recognizer("iban_code", "tests/detection/test_validators.py"),
    "credit_card": _recognizer("credit_card", "tests/detection/test_validators.py"),
    "resolve": Module(
        "src/pii_pipeline/detection/resolve.py",
        "pii_pipeline.detection.resolve.*",
        ("tests/detection/test_resolve.py", "tests/test_entities.py"),
    ),
    "errors": Module(
        "src/pii_pipeline/errors.py",
        "pii_pipeline.errors.*",
        ("tests/test_error_hierarchy.py", "tests/test_error_where.py", "tests/cli/test_error_messages.py"),
    ),
    "leak_gate": Module(
        "src/pii_pipeline/pipeline/leak_gate.py",
        "pii_pipeline.pipeline.leak_gate.*",
        (
            "tests/pipeline/test_leak_gate_scan.py",
            "tests/pipeline/test_leak_gate_bites.py",
            "tests/pipeline/test_staging_sweep.py::test_leak_gate_reads_the_staged_file_without_pre_buffering",
        ),
    ),
    "quarantine": Module(
        "src/pii_pipeline/sinks/quarantine.py",
        "pii_pipeline.sinks.quarantine.*",
        ("tests/sinks/test_quarantine.py", "tests/sinks/test_quarantine_rows.py"),
    ),
    "tokens": Module(
        "src/pii_pipeline/deid/tokens.py",
        "pii_pipeline.deid.tokens.*",
        ("tests/deid/test_pseudonyms_batch.py", "tests/deid/test_reveal.py", "tests/deid/test_operators.py"),
    ),
    "keys": Module(
        "src/pii_pipeline/deid/keys.py",
        "pii_pipeline.deid.keys.*",
        ("tests/deid/test_keys.py", "tests/deid/test_reveal.py", "tests/deid/test_pseudonyms_batch.py"),
    ),
    # In stages.py only `_publish` (what `publish` wraps): the accounting check, the leak gate and the atomic replace.
    "publish": Module(
        "src/pii_pipeline/pipeline/stages.py",
        "pii_pipeline.pipeline.stages.x__publish__mutmut_*",
        (
            "tests/pipeline/test_publish_atomic.py",
            "tests/pipeline/test_leak_gate_bites.py",
            "tests/pipeline/test_run_ids_and_leases.py::test_publish_takes_and_removes_only_its_own_staged_file",
            "tests/pipeline/test_remote_staging.py::test_stages_on_separate_workers_share_only_the_bucket",
            "tests/pipeline/test_remote_staging.py::test_a_refused_partition_leaves_the_bucket",
            "tests/pipeline/test_remote_staging.py::test_publish_fetches_the_dictionary_from_the_bucket",
            "tests/rights/test_resuppress.py::test_an_erasure_during_a_run_is_applied_at_publish",
        ),
    ),
}

_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
_RESULT = re.compile(r"^\s*(?P<name>\S+__mutmut_\d+): (?P<status>.+)$")
_KILLED = {"killed", "caught by type check"}
_NOT_COUNTED = {"skipped"}  # mutmut's own skips (e.g. inside a pragma'd block)
_PRAGMA = re.compile(r"#\s*pragma:\s*no mutate")


def _toml_list(items: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def prepare(work: Path, module: Module, deselect: list[str]) -> None:
    """A fresh copy: mutmut keeps mutants of an earlier run if their file is still there."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    for name in ("src", "tests", "pipelines"):
        shutil.copytree(ROOT / name, work / name, ignore=_IGNORE)
    shutil.copytree(ROOT / "recognizers", work / RECOGNIZERS, ignore=_IGNORE)
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    header = "[tool.mutmut]\n"
    if header not in config or re.search(r"^(only_mutate|pytest_add_cli_args_test_selection)\s*=", config, re.M):
        raise SystemExit("mutation: pyproject.toml's [tool.mutmut] must leave the module and tests to this script")
    config = config.replace(
        header,
        f"{header}only_mutate = {_toml_list([module.path])}\n"
        f"pytest_add_cli_args_test_selection = {_toml_list(module.tests)}\n"
        # mutmut copies only sources and tests into mutants/, where the tests run: tests that load pipelines/*.yaml
        # (publish's re-suppression test) need them there too.
        f"also_copy = {_toml_list(['pipelines'])}\n",
        1,
    )
    if deselect:  # tests known to fail for another reason would stop mutmut's first (clean) run
        extra = "".join(f"{json.dumps('--deselect=' + node)}, " for node in deselect)
        config = config.replace("pytest_add_cli_args = [", "pytest_add_cli_args = [" + extra, 1)
    (work / "pyproject.toml").write_text(config, encoding="utf-8")
    # mutants/src before Python starts: a PYTHONPATH folder missing at start-up is never searched later.
    (work / "mutants" / "src").mkdir(parents=True)
    (work / "mutants" / "recognizers").symlink_to(RECOGNIZERS)


def run_module(name: str, module: Module, args: argparse.Namespace) -> tuple[Counter, list[str], str]:
    work = args.workdir / name
    if not (args.resume and (work / "mutants").is_dir()):
        prepare(work, module, args.deselect)
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    # Child processes the tests start (the CLI) import the copy too, not the checkout's editable install.
    mutants = work.resolve() / "mutants"
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": os.pathsep.join([str(mutants / "src"), str(mutants)]),
    }
    globs = [p for p in args.patterns if fnmatch(p, module.mutants) or p.startswith(module.mutants[:-1])]
    globs = globs or [module.mutants]
    print(f"\n==== mutation: {name} ({module.path}) with {len(module.tests)} test file(s)", flush=True)
    command = [mutmut, "run", "--max-children", str(args.max_children), *globs]
    note = ""
    try:
        code = subprocess.run(command, cwd=work, env=env, timeout=args.timeout, check=False).returncode
        note = "" if code == 0 else f"mutmut exit {code}"
    except subprocess.TimeoutExpired:
        note = f"stopped after {args.timeout:.0f} s"
    listing = subprocess.run(
        [mutmut, "results", "--all", "true"], cwd=work, env=env, capture_output=True, text=True, check=False
    ).stdout
    counts: Counter = Counter()
    survivors: list[str] = []
    for line in listing.splitlines():
        found = _RESULT.match(line)
        if not found or not any(fnmatch(found["name"], g) for g in globs):
            continue
        status = found["status"].strip()
        counts[status] += 1
        if status not in _KILLED | _NOT_COUNTED:
            survivors.append(f"{found['name']} ({status})")
    return counts, survivors, note


def pragma_lines(module: Module) -> int:
    source = ROOT / module.path.replace(RECOGNIZERS + "/", "recognizers/", 1)
    return sum(1 for line in source.read_text(encoding="utf-8").splitlines() if _PRAGMA.search(line))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="*", help="mutant-name globs narrowing the modules' runs")
    parser.add_argument("--module", action="append", choices=list(MODULES), help="only this module (repeatable)")
    parser.add_argument("--max-children", type=int, default=max(1, (os.cpu_count() or 2) // 2))
    parser.add_argument("--timeout", type=float, default=None, help="stop each module's mutmut after S seconds")
    parser.add_argument("--workdir", type=Path, default=ROOT / "build" / "mutation")
    parser.add_argument("--deselect", action="append", default=[], help="a test node id to leave out (repeatable)")
    parser.add_argument("--resume", action="store_true", help="keep the workdir: mutmut goes on where it stopped")
    args = parser.parse_args()
    if os.name == "posix" and os.geteuid() == 0:
        raise SystemExit("mutation: run as an ordinary user, not root (a mutant of a chmod acts on the machine)")
    names = args.module or [
        n
        for n in MODULES
        if not args.patterns
        or any(fnmatch(p, MODULES[n].mutants) or p.startswith(MODULES[n].mutants[:-1]) for p in args.patterns)
    ]

    rows = []
    for name in names:
        started = time.monotonic()
        counts, survivors, note = run_module(name, MODULES[name], args)
        rows.append((name, counts, survivors, note, time.monotonic() - started))

    print("\nmutation: survivors per module (`mutmut show NAME` in the module's workdir shows one)")
    columns = ("mutants", "killed", "survived", "no tests", "other", "pragma")
    print(f"  {'module':<12} " + " ".join(f"{c:>8}" for c in columns) + "  time")
    bad = 0
    for name, counts, survivors, note, seconds in rows:
        total = sum(n for s, n in counts.items() if s not in _NOT_COUNTED)
        killed = sum(counts[s] for s in _KILLED)
        other = total - killed - counts["survived"] - counts["no tests"]
        bad += len(survivors) + (1 if note or not total else 0)
        print(
            f"  {name:<12} {total:>8} {killed:>8} {counts['survived']:>8} {counts['no tests']:>8} {other:>8} "
            f"{pragma_lines(MODULES[name]):>8}  {seconds:.0f}s {note}"
        )
    for _name, _counts, survivors, _note, _seconds in rows:
        for mutant in survivors:
            print(f"      {mutant}")
    print(f"\nmutation: {sum(len(r[2]) for r in rows)} mutant(s) not killed; workdirs under {args.workdir}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
