"""Shared test helpers: where the code under test lives and how to run the CLI."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Make ``import reader`` work whatever the current folder (an installed reader wins).
if importlib.util.find_spec("reader") is None:
    sys.path.insert(0, str(REPO))



def _build_native_here() -> None:
    """``python -m pytest`` imports reader from this source tree, where ``reader._native``
    exists only once built: build it there (as an editable install would) when it is
    missing or older than its C sources, with the wheel's own recipe. A failure is left
    to the tests of the native code to report (a skip here, a failure on CI)."""
    if os.environ.get("READER_PURE_PYTHON") == "1":
        return
    spec = importlib.util.find_spec("reader")
    if spec is None or spec.origin is None or Path(spec.origin).resolve().parent != REPO / "reader":
        return  # an installed reader is under test: its wheel brought the module
    loader = importlib.util.spec_from_file_location("reader_native_build", REPO / "reader" / "native" / "build.py")
    build = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(build)
    target = REPO / "reader" / build.target_name()
    if build.stale(target):
        try:
            build.compile_native(target.parent)
        except (OSError, RuntimeError) as error:
            print(f"conftest: reader._native not built: {error}", file=sys.stderr)


_build_native_here()

import reader  # noqa: E402

# Tests never touch the user's real cache folder (children inherit this too).
if "READER_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["READER_CACHE_DIR"] = tempfile.mkdtemp(prefix="reader-test-cache-")
# ... nor its library of imported articles: with no PATH, reader shows the bundled story
# plus that library, and the tests expect the bundled story alone.
if "READER_LIBRARY_DIR" not in os.environ:
    import tempfile

    os.environ["READER_LIBRARY_DIR"] = tempfile.mkdtemp(prefix="reader-test-library-")
# Child Pythons (several hundred: the command line's tests, the import checks) import
# reader's modules from source. Where PYTHONDONTWRITEBYTECODE is set (some sandboxes set it)
# each child compiled them all again, a third of a second and more per child; children write
# their bytecode to a folder of this run instead (PYTHONPYCACHEPREFIX, removed at the end),
# still never beside the sources, and compile each module once. Bytecode is the same code.
if os.environ.get("PYTHONDONTWRITEBYTECODE") and "PYTHONPYCACHEPREFIX" not in os.environ:
    import atexit
    import shutil
    import tempfile

    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="reader-test-bytecode-")
    atexit.register(shutil.rmtree, os.environ["PYTHONPYCACHEPREFIX"], True)

# The folder holding the ``reader`` package under test, for child processes.
CODE_ROOT = Path(reader.__file__).resolve().parent.parent

BUNDLED_IDS = ["cnn", "dcnf-talwani", "house-addresses", "judge-rules", "newsnation"]


# --- the garbage collector in this long-lived process -----------------------------------
# Each full collection scans every object alive. Two kinds make most of them without being
# garbage, and so only cost time (about a seventh of the suite's, measured):
#
# * what importing and collecting made (modules, compiled patterns, hypothesis strategies,
#   parametrize values, about 200,000 objects), alive to the end: frozen out of the
#   collector's way once collected (``gc.freeze``), as the TUI itself does after start-up;
# * what the TUI tests' apps leave in two of Textual's method caches (functools.lru_cache,
#   keyed by the instance): each widget's StylesCache, with every line it drew, and each
#   app's colour filter, up to 1,024 of each, some 700,000 objects once a few dozen apps
#   have run. A real TUI runs one app, whose widgets these caches serve; here they are
#   emptied after each test, as if each app ran in a process of its own.
#
# Neither changes what any test computes or checks: a cache only saves work, and freezing
# only keeps the collector from looking at those objects again (one of them that later
# dies in a cycle is not freed; nearly all of them live to the end anyway).

_APP_CACHES = (("textual._styles_cache", "StylesCache", "get_inner_outer"),
               ("textual.filter", "ANSIToTruecolor", "truecolor_style"))


def pytest_collection_finish(session: pytest.Session) -> None:
    import gc

    gc.collect()
    gc.freeze()


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    for module_name, class_name, method in _APP_CACHES:
        module = sys.modules.get(module_name)
        cached = getattr(getattr(module, class_name, None), method, None)
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()


def child_env(**extra: str | None) -> dict[str, str]:
    """Environment for a child Python: finds this reader, no colour forcing inherited."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "READER_DEBUG", "PYTHONSTARTUP")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CODE_ROOT), os.environ.get("PYTHONPATH")]))
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


@pytest.fixture
def run_reader(tmp_path):
    """Run ``python -m reader ARGS`` in a fresh process whose cwd is an empty tmp folder."""
    workdir = tmp_path / "cwd"
    workdir.mkdir()

    def run(*args: str, cwd: Path | None = None, env: dict | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "reader", *args],
            cwd=cwd or workdir, env=env or child_env(), stdin=subprocess.DEVNULL,
            capture_output=True, encoding="utf-8", timeout=timeout,
        )

    run.cwd = workdir
    return run


@pytest.fixture(scope="session")
def native():
    """reader._native as reader uses it. Skipped where it is not in use (built without a
    C compiler, or READER_PURE_PYTHON=1), but a failure on CI, where a wheel without it
    would pass every other test and only be slow."""
    from reader.text.speedups import native

    if native is None:
        if os.environ.get("CI"):
            pytest.fail("reader._native was not built or is not in use", pytrace=False)
        pytest.skip("reader._native is not in use here (no C compiler, or READER_PURE_PYTHON=1)")
    return native


@pytest.fixture
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests go straight to 127.0.0.1, never through a proxy from the environment
    (the import tests' local server: see tests/local_server.py)."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture(params=["native", "python"])
def code_path(request: pytest.FixtureRequest) -> Iterator[str]:
    """Runs a test twice: with the C module (where it is in use) and on the Python path
    (``_native`` switched off in the engine's modules); both must give the same results."""
    import reader.engine.align
    import reader.engine.wordiff
    import reader.text.tokens
    from reader.text.speedups import native

    if request.param == "native" and native is None:
        pytest.skip("reader._native is not in use here")
    with pytest.MonkeyPatch.context() as mp:
        if request.param == "python":
            for module in (reader.engine.align, reader.engine.wordiff, reader.text.tokens):
                mp.setattr(module, "_native", None)
        yield request.param


@pytest.fixture
def table_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the gazetteer at a places table written by the test; the real one is restored after."""
    from reader.analysis import gazetteer

    path = tmp_path / "places.tsv.gz"
    monkeypatch.setattr(gazetteer, "DATA_FILE", path)
    gazetteer._table.cache_clear()
    gazetteer._place.cache_clear()
    yield path
    gazetteer._table.cache_clear()
    gazetteer._place.cache_clear()
