"""The wheel built from the project carries the built-in recognizers as the package `pii_pipeline_recognizers`,
and detection works when both packages are imported from where the wheel was installed, away from the source
tree (the engine finds the recognizers by importing the package, not by a path into the checkout)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")

# Run in the installed copy: where each package was imported from, and what the detector finds.
_PROBE = """
import json, sys
import pii_pipeline, pii_pipeline_recognizers
from pii_pipeline.detection.text import TextDetector
text = "Patient Maria Gonzalez, SSN 123-45-6789, called about her claim."
spans = TextDetector().detect([text])[0]
json.dump({
    "pii_pipeline": pii_pipeline.__file__,
    "recognizers": pii_pipeline_recognizers.__file__,
    "found": sorted({(s.entity_type, text[s.start:s.end]) for s in spans}),
}, sys.stdout)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built offline from a copy of the project (the build writes nothing into the shared checkout)."""
    root = tmp_path_factory.mktemp("wheel")
    project = root / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, project / name)
    for name in ("src", "recognizers"):
        shutil.copytree(REPO / name, project / name, ignore=_IGNORE)
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index"]
        + ["--wheel-dir", str(dist), str(project)],
        check=True,
        capture_output=True,
    )
    (built,) = dist.glob("pii_pipeline-*.whl")
    return built


@pytest.mark.slow
def test_wheel_holds_every_package_and_the_recognizers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    recognizers = {p.name for p in (REPO / "recognizers").glob("*.py")}
    assert {"__init__.py", "_recognizer_helpers.py", "us_ssn.py", "person.py"} <= recognizers
    assert {f"pii_pipeline_recognizers/{n}" for n in recognizers} <= names
    assert "pii_pipeline_recognizers/templates/case_number.yaml" in names
    assert "pii_pipeline_recognizers/templates/case_number.py" in names
    # pyproject lists pii_pipeline's subpackages one by one: a new one left out would be missing here.
    packages = {p.parent.relative_to(REPO / "src").as_posix() for p in (REPO / "src").rglob("__init__.py")}
    assert packages and all(f"{p}/__init__.py" in names for p in packages), sorted(
        p for p in packages if f"{p}/__init__.py" not in names
    )
    assert not any(n.startswith("recognizers/") for n in names)  # shipped under the package name only


@pytest.mark.slow
def test_installed_wheel_detects_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
        + ["--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    # The installed copy comes first on the path (ahead of the checkout's editable install).
    env = {k: v for k, v in os.environ.items() if k not in ("PII_PIPELINE_RECOGNIZERS", "PYTHONPATH")}
    env["PYTHONPATH"] = str(site)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert Path(result["pii_pipeline"]).is_relative_to(site)
    assert Path(result["recognizers"]).is_relative_to(site)
    assert not Path(result["recognizers"]).is_relative_to(REPO)
    found = {tuple(f) for f in result["found"]}
    assert ("US_SSN", "123-45-6789") in found
    assert ("PERSON", "Maria Gonzalez") in found
