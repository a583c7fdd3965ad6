"""The contracts in pyproject.toml hold: import layers, types, lint.

``.ci/run`` runs the same three tools before the tests, so a broken contract is reported
first and by name; here they run again so that the README's test command checks
everything a developer needs (mypy's and ruff's caches make the second run quick).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, child_env

BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    # the source tree is checked, even where an installed reader is what the other tests import
    return subprocess.run(command, cwd=REPO, env=child_env(PYTHONPATH=str(REPO)), stdin=subprocess.DEVNULL,
                          capture_output=True, encoding="utf-8", timeout=600)


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed beside {sys.executable}: install the test extra, '.[test]'")
    return str(path)


def test_import_layers_and_the_textual_free_core():
    done = _run(_tool("lint-imports"), "--no-cache", "--no-logo")
    assert done.returncode == 0, done.stdout + done.stderr
    # every contract of pyproject.toml is checked and kept (the layers, the Textual-free
    # core, pyspark only in reader.scale)
    import tomllib

    declared = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    count = len(declared["tool"]["importlinter"]["contracts"])
    assert count >= 3
    assert f"Contracts: {count} kept, 0 broken." in done.stdout


def test_mypy_finds_no_error():
    done = _run(sys.executable, "-m", "mypy")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout


def test_ruff_finds_nothing():
    done = _run(sys.executable, "-m", "ruff", "check", "reader", "tests", "benchmarks", "hatch_build.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_layer_contract_names_every_package():
    # a new top-level package must be placed in a layer, or the contract would not see it
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    named = {part.strip() for layer in layers for part in layer.replace(":", "|").split("|")}
    packages = {f"reader.{p.name}" for p in (REPO / "reader").iterdir()
                if p.is_dir() and (p / "__init__.py").exists()}
    modules = {f"reader.{p.stem}" for p in (REPO / "reader").glob("*.py") if p.stem not in ("__init__", "__main__")}
    assert packages | modules <= named, f"not in a layer: {sorted((packages | modules) - named)}"
