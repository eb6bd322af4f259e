"""Hostile and odd configuration: alias bombs, self-referencing variables, overlapping trees, secrets in URLs.

Issue 14.4 and 14.5. Anything that could hang runs in a child process with a memory limit and a
generous deadline, so a regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pii_pipeline.config import ConfigError, load_pipeline
from pii_pipeline.env_vars import expand_vars
from pii_pipeline.errors import describe, mask_credentials
from pii_pipeline.sources.connection import redacted_url

GOOD = """
name: p
store: {url: "sqlite:///x.db"}
tables: [{name: t, primary_key: id, watermark: w}]
"""

ALIAS_BOMB = GOOD + textwrap.dedent(
    """
    description: x
    x0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
    x1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
    x2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
    x3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
    x4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
    x5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
    x6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
    x7: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]
    x8: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]
    """
)

# In a child: 1 GB of address space at most; prints the error class and message, or "loaded".
CHILD = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from pii_pipeline.config import load_pipeline
    env = dict(a.split("=", 1) for a in sys.argv[2:])
    try:
        load_pipeline(sys.argv[1], env=env)
    except Exception as exc:
        print(type(exc).__name__, str(exc).replace(chr(10), " "))
    else:
        print("loaded")
    """
)


def _load_in_child(path: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), *(f"{k}={v}" for k, v in env.items())],
        capture_output=True,
        text=True,
        timeout=120,  # generous; the bounded loader answers at once
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_alias_bomb_fails_fast_with_a_config_error(tmp_path: Path) -> None:
    path = _write(tmp_path, ALIAS_BOMB + f"output: {{root: '{tmp_path / 'out'}'}}\n")
    answer = _load_in_child(path, {})
    assert answer.startswith("ConfigError"), answer
    assert "not valid YAML" in answer and str(path) in answer


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD + f"output: {{root: '{tmp_path / 'out'}'}}\nx: &loop [*loop]\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_pipeline(path, env={})


def test_ordinary_anchors_still_work(tmp_path: Path) -> None:
    text = (
        "name: p\nstore: {url: 'sqlite:///x.db'}\n"
        "tables:\n  - &t {name: a, primary_key: id, watermark: w}\n  - {<<: *t, name: b}\n"
        f"output: {{root: '{tmp_path / 'out'}'}}\n"
    )
    cfg = load_pipeline(_write(tmp_path, text), env={})
    assert [t.name for t in cfg.tables] == ["a", "b"]


# ---------------------------------------------------------------- variables expand once
def test_a_value_holding_a_variable_is_not_expanded_again(tmp_path: Path) -> None:
    text = GOOD.replace("sqlite:///x.db", "postgresql://app:${PW}@db/x") + "output: {root: '${OUT}'}\n"
    cfg = load_pipeline(_write(tmp_path, text), env={"PW": "pa${HOME}ss", "HOME": "/root", "OUT": str(tmp_path / "o")})
    assert cfg.store.url == "postgresql://app:pa${HOME}ss@db/x"


@pytest.mark.parametrize(
    "env",
    [
        {"A": "${A}"},  # itself
        {"A": "${B}", "B": "${A}"},  # each other: looped forever
        {"A": "${A}${A}"},  # doubling: grew until memory ran out
    ],
)
def test_self_referencing_variables_do_not_hang(tmp_path: Path, env: dict[str, str]) -> None:
    text = GOOD + "description: '${A}'\n" + f"output: {{root: '{tmp_path / 'out'}'}}\n"
    answer = _load_in_child(_write(tmp_path, text), env)
    assert answer == "loaded", answer
    assert expand_vars("${A}", env, KeyError) == env["A"]


def test_defaults_nest_and_expand_only_when_needed() -> None:
    env = {"SET": "v", "HOLDS": "${SET}"}
    assert expand_vars("${UNSET:-${SET}/x}", env, KeyError) == "v/x"
    assert expand_vars("${SET:-${MISSING}}", env, KeyError) == "v"
    assert expand_vars("${UNSET:-${ALSO_UNSET:-deep}}", env, KeyError) == "deep"
    assert expand_vars("${HOLDS}", env, KeyError) == "${SET}"
    with pytest.raises(KeyError):
        expand_vars("${UNSET:-${MISSING}}", env, KeyError)


# ---------------------------------------------------------------- credentials never printed
SECRET = "s3cr3t-Pw"
URLS = [
    f"postgresql+psycopg2://app:{SECRET}@db.internal:5432/tips",
    f"postgresql://app@db/tips?password={SECRET}&sslmode=require",
    f"mysql+pymysql://u@h/d?pwd={SECRET}",
    f"postgresql://h/d?sslmode=require&secret={SECRET}",
    f"s3://bucket/x?token={SECRET}",
    f"s3://bucket/x?access_key={SECRET}&secret_key={SECRET}",
    f"mysql://u:{SECRET}@{SECRET}@h/d",
    f"postgresql://h/d?PASSWORD={SECRET}",
]


@pytest.mark.parametrize("url", URLS)
def test_every_credential_form_of_a_url_is_masked(url: str) -> None:
    assert SECRET not in mask_credentials(f"cannot connect to {url}: refused")
    assert SECRET not in redacted_url(url)
    assert SECRET not in describe(ConfigError(f"p.yaml: store.url: {url} is wrong"))


def test_masking_keeps_what_is_not_a_secret() -> None:
    masked = mask_credentials("postgresql://app:pw@db:5432/tips?sslmode=require&application_name=x")
    assert masked == "postgresql://app:***@db:5432/tips?sslmode=require&application_name=x"


# ---------------------------------------------------------------- trees that overlap or escape
def _with_output(tmp_path: Path, output: str) -> Path:
    return _write(tmp_path, GOOD + f"output: {output}\n")


@pytest.mark.parametrize(
    ("output", "field", "why"),
    [
        ("{root: '{t}/out', staging: '{t}/out/parquet'}", "output.staging", "inside output.root"),
        ("{root: '{t}/out', staging: '{t}/out'}", "output.staging", "inside output.root"),
        ("{root: '{t}/data/out', staging: '{t}/data'}", "output.staging", "contain output.root"),
        ("{root: '{t}/staging'}", "output.staging", "inside output.root"),  # the default staging is the root
        ("{root: /}", "output.root", "file system root"),
        ("{root: '{t}/a/../../..'}", "output.root", "'..'"),
        ("{root: ../out}", "output.root", "'..'"),
        ("{root: '{t}/out', staging: '{t}/x/../s'}", "output.staging", "'..'"),
        ("{root: '{home}'}", "output.root", "home folder"),
        ("{root: '{t}/out', staging: '{home}'}", "output.staging", "home folder"),
    ],
)
def test_overlapping_or_escaping_trees_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, field: str, why: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    path = _with_output(tmp_path, output.replace("{t}", str(tmp_path)).replace("{home}", str(home)))
    with pytest.raises(ConfigError) as info:
        load_pipeline(path, env={})
    assert field in str(info.value) and why in str(info.value)


def test_separate_trees_are_accepted(tmp_path: Path) -> None:
    cfg = load_pipeline(_with_output(tmp_path, f"{{root: '{tmp_path}/out', staging: '{tmp_path}/staging'}}"), env={})
    assert cfg.staging_root == tmp_path / "staging"


@pytest.mark.parametrize("name", ["a/b", "..", "x\ny", "nul\x00", "t\\u"])
def test_names_used_in_paths_are_refused(tmp_path: Path, name: str) -> None:
    text = GOOD.replace("name: t,", f"name: {_yaml_str(name)},") + f"output: {{root: '{tmp_path}/out'}}\n"
    with pytest.raises(ConfigError, match=r"tables\[0\]\.name"):
        load_pipeline(_write(tmp_path, text), env={})


def _yaml_str(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace("\n", "\\n").replace("\x00", "\\0") + '"'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name: x\ny: " + b"[" * 20000 + b"]" * 20000 + b"\n", "nested too deeply"),
        (b"name: \xff\xfe\n", "byte 6: not UTF-8"),
    ],
)
def test_odd_files_fail_as_config_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        load_pipeline(path, env={})
