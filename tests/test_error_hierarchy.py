"""One root error class; what the CLI and the Airflow tasks show is decided by type, never by name.

Issue 14.8: `error: ArrowInvalid` alone is not actionable, and a message of a library exception may
quote a value. Our errors (PiiPipelineError) are shown; any other exception by its class and where.
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

from pii_pipeline.errors import PiiPipelineError, WithheldError, describe, is_safe_error, withheld

SRC = Path(__file__).resolve().parents[1] / "src" / "pii_pipeline"
SSN = "078-05-1120"


def _error_classes() -> list[tuple[str, str]]:
    """(module, class) for every class in the package that derives from an exception type."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ClassDef)
                and not node.name.startswith("_")
                and any(
                    (b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")).endswith(("Error", "Exception"))
                    for b in node.bases
                )
            ):
                found.append((module, node.name))
    return found


def test_every_project_error_derives_from_the_root() -> None:
    classes = _error_classes()
    assert len(classes) >= 15  # config, source, pipeline, deid, key, reveal, token, review, report, …
    outside = []
    for module, name in classes:
        if module.startswith(("pii_pipeline.orchestration.dag_factory", "pii_pipeline.orchestration.demo_runner")):
            continue  # need Airflow at import; checked below through the classes they use
        cls = getattr(importlib.import_module(module), name)
        if isinstance(cls, type) and issubclass(cls, BaseException) and not issubclass(cls, PiiPipelineError):
            outside.append(f"{module}.{name}")
    assert outside == []


def test_safety_is_decided_by_type_not_by_class_name() -> None:
    class ConfigError(Exception):  # a library's class that happens to share our name
        pass

    assert not is_safe_error(ConfigError(f"bad value {SSN}"))
    assert SSN not in describe(ConfigError(f"bad value {SSN}"))
    assert is_safe_error(WithheldError("x"))


def test_a_library_exception_is_shown_by_type_and_where() -> None:
    def parse_cell() -> None:
        raise UnicodeDecodeError("utf-8", f"{SSN}\xff".encode("latin-1"), 11, 12, "invalid start byte")

    try:
        parse_cell()
    except UnicodeDecodeError as exc:
        shown = describe(exc)
        replaced = withheld(exc, "people.people: extract")
    assert SSN not in shown and "UnicodeDecodeError" in shown and "byte 11" in shown
    assert str(replaced).startswith("people.people: extract: UnicodeDecodeError") and SSN not in str(replaced)
    assert isinstance(replaced, PiiPipelineError) and isinstance(replaced.original, UnicodeDecodeError)


def test_an_os_error_names_its_file() -> None:
    shown = describe(FileNotFoundError(2, "No such file or directory", "/data/in.csv"))
    assert "FileNotFoundError" in shown and "/data/in.csv" in shown


@pytest.mark.parametrize(
    ("raised", "shown", "hidden"),
    [
        (ValueError(f"could not convert '{SSN}'"), "ValueError", SSN),
        (KeyError(SSN), "KeyError", SSN),
        (
            PiiPipelineError("tips.tips: 1 personal value(s) remain (narrative[42]=US_SSN)"),
            "narrative[42]=US_SSN",
            None,
        ),
        (PiiPipelineError("store postgresql://app:pw123@db/x?password=pw123 is down"), "app:***@db", "pw123"),
    ],
)
def test_cli_shows_our_messages_and_withholds_others(
    raised: Exception, shown: str, hidden: str | None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from pii_pipeline.cli import app as cli

    def boom(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise raised

    monkeypatch.setattr(cli, "app", boom)
    monkeypatch.setattr(cli, "_register_optional", lambda: None)
    monkeypatch.delenv("PII_PIPELINE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as info:
        cli.main()
    err = capsys.readouterr().err.replace("\n", "")
    assert info.value.code == 1
    assert shown in err
    if hidden:
        assert hidden not in err


def test_airflow_task_wrappers_withhold_library_messages(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    from pii_pipeline.orchestration import tasks
    from pii_pipeline.pipeline import stages

    def boom(ctx, table):  # noqa: ANN001, ANN202
        raise RuntimeError(f"driver says: row ({SSN}) failed")

    class _Ctx:
        class pipeline:  # noqa: N801
            @staticmethod
            def table(name: str) -> str:
                return name

    monkeypatch.setattr(tasks, "run_context", lambda path, context: _Ctx())
    monkeypatch.setattr(stages, "extract", boom)
    with pytest.raises(PiiPipelineError) as info:
        tasks.extract("pipelines/tips.yaml", "tips", {})
    assert SSN not in str(info.value) and "RuntimeError" in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert SSN not in caplog.text
    assert "pii_pipeline.orchestration.tasks" in sys.modules
