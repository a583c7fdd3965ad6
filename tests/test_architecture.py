"""The core (reader minus reader.tui) never imports Textual, so the CLI starts fast."""

from __future__ import annotations

import ast
import json
import os
import pkgutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import child_env

import reader

PACKAGE_DIR = Path(reader.__file__).resolve().parent
HEAVY = "textual"

CHECK_MODULES = textwrap.dedent("""
    import importlib, json, sys
    for name in sys.argv[2:]:
        importlib.import_module(name)
    loaded = sorted(m for m in sys.modules if m == {heavy!r} or m.startswith({heavy!r} + "."))
    tui = sorted(m for m in sys.modules if m == "reader.tui" or m.startswith("reader.tui."))
    with open(sys.argv[1], "w") as out:
        json.dump({{"heavy": loaded, "tui": tui}}, out)
""").format(heavy=HEAVY)

RUN_CLI = textwrap.dedent("""
    import json, sys
    from reader.cli import main
    status = main(sys.argv[2:])
    sys.stdout.flush()
    loaded = sorted(m for m in sys.modules if m == {heavy!r} or m.startswith({heavy!r} + "."))
    with open(sys.argv[1], "w") as out:
        json.dump({{"status": status, "heavy": loaded}}, out)
""").format(heavy=HEAVY)


def core_modules() -> list[str]:
    """Every module of the package except reader.tui, found without importing anything."""
    names = ["reader"]

    def walk(folder: Path, prefix: str) -> None:
        for info in pkgutil.iter_modules([str(folder)], prefix=prefix):
            if info.name == "reader.tui" or info.name == "reader.__main__":  # __main__ runs the CLI
                continue
            names.append(info.name)
            if info.ispkg:
                walk(folder / info.name.rsplit(".", 1)[-1], info.name + ".")

    walk(PACKAGE_DIR, "reader.")
    return names


def core_files() -> list[Path]:
    tui = PACKAGE_DIR / "tui"
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if tui not in p.parents)


def test_discovery_finds_the_foundation():
    names = set(core_modules())
    assert {"reader", "reader.cli", "reader.library.loading", "reader.text.tokens", "reader.library.model",
            "reader.text.sanitize", "reader.reports.output", "reader.library.resources"} <= names
    assert not any(n.startswith("reader.tui") for n in names)
    assert PACKAGE_DIR / "library" / "loading.py" in core_files()


def _run(code: str, tmp_path: Path, *args: str) -> dict:
    result = tmp_path / "result.json"
    done = subprocess.run([sys.executable, "-c", code, str(result), *args], cwd=tmp_path, env=child_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(result.read_text())


def test_importing_every_core_module_leaves_textual_out(tmp_path):
    result = _run(CHECK_MODULES, tmp_path, *core_modules())
    assert result["heavy"] == []
    assert result["tui"] == []


@pytest.fixture(scope="module")
def alone(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future]]:
    """The check below for each module selected, in a fresh interpreter of its own as ever,
    the interpreters started side by side on the machine's cores: some 300 of them, each
    importing its module (up to a second), are a minute one after another. Each future holds
    its run's result or what it raised (the child's stderr, a timeout), for the test of that
    module to return or raise."""
    names = [item.callspec.params["name"] for item in request.session.items
             if getattr(item, "module", None) is request.module
             and getattr(item, "originalname", "") == "test_each_core_module_alone_leaves_textual_out"]
    folder = tmp_path_factory.mktemp("alone")
    pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
    try:
        futures = {}
        for i, name in enumerate(names):
            (folder / str(i)).mkdir()
            futures[name] = pool.submit(_run, CHECK_MODULES, folder / str(i), name)
        yield futures
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # (after -x: the runs not started yet are not)


@pytest.mark.parametrize("name", core_modules())
def test_each_core_module_alone_leaves_textual_out(alone, name):
    # one by one too, so a lazy import in one module cannot hide behind another's order
    assert alone[name].result()["heavy"] == []


def test_the_check_can_fail(tmp_path):
    pytest.importorskip(HEAVY)
    assert _run(CHECK_MODULES, tmp_path, HEAVY)["heavy"] != []


def _imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call):          # importlib.import_module("textual") / __import__
            func = node.func
            fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if fname in ("import_module", "__import__") and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.append((node.lineno, node.args[0].value))
    return sorted(found)


def _function_level_lines(path: Path) -> set[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines.update(n.lineno for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom)))
    return lines


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE_DIR)))
def test_no_core_file_imports_textual(path):
    # The command line's tui_start is the one module allowed to start the TUI, and only from
    # inside the function that opens it (a lazy import), never at module level.
    lazy_ok = _function_level_lines(path) if path.name == "tui_start.py" else set()
    bad = [(line, name) for line, name in _imports_of(path)
           if name == HEAVY or name.startswith(HEAVY + ".")
           or ((name == "reader.tui" or name.startswith("reader.tui.")) and line not in lazy_ok)]
    assert bad == [], f"{path.name} imports {bad}"


def test_static_check_sees_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from textual.app import App\n"
                      "import importlib\nimportlib.import_module('textual')\n")
    assert [name for _, name in _imports_of(sample)] == ["textual.app", "importlib", "textual"]


@pytest.mark.parametrize("args", [["list", "--json"], ["show", "cnn", "--json"], ["list"], ["show", "cnn"],
                                  ["compare", "cnn", "house", "--json"], ["compare", "cnn", "house", "--text"],
                                  ["entities", "--json"], []])
def test_commands_do_not_import_textual(tmp_path, args):
    result = _run(RUN_CLI, tmp_path, *args)
    assert result["status"] == 0
    assert result["heavy"] == []


def test_importtime_of_list_json(tmp_path):
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "reader", "list", "--json"], cwd=tmp_path,
                          env=child_env(), stdin=subprocess.DEVNULL, capture_output=True, encoding="utf-8",
                          timeout=60)
    assert done.returncode == 0
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert "reader.cli" in imported                                  # the log is really there
    assert not [m for m in imported if m == HEAVY or m.startswith(HEAVY + ".")]
