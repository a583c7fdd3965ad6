"""Coverage-guided fuzzing of reader's input paths.

Two targets, each fed arbitrary bytes:

``loader``
    The bytes as one article file (``.md`` and ``.txt``) in a folder beside a good
    article, loaded with :func:`reader.library.loading.load_library`. It must never raise,
    the good article must always load, every hostile file gives an article or a warning,
    and no warning may be an "internal error" (the loader's last-resort net).
``compare``
    The bytes split into two texts and compared with
    :func:`reader.engine.compare.compare_texts`, once with the C module and once on the
    Python path. Both must agree, and every passage must keep the invariants the README
    promises for ``compare --json``: its texts are exact slices of the inputs and its word
    diff rebuilds both sides.

With atheris installed (``pip install atheris``), it drives the target coverage-guided:
``python -m benchmarks.fuzz loader --seconds 600``. Without it, hypothesis generates the
bytes instead (a long random run, not guided). The seed corpus, texts written for this
project, lives in ``tests/fuzz/<target>/``; a crashing input is written to
``benchmarks/out/fuzz-<target>-crash-*`` and the run exits 1.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "fuzz"
OUT = REPO / "benchmarks" / "out"
GOOD = ("---\ntitle: A good article\noutlet: Test Wire\n---\n\n"
        "The council met on Tuesday and voted to repair the bridge.\n")


def check_loader(data: bytes) -> None:
    """One hostile file beside a good one: the good one loads, nothing raises."""
    from reader.library.loading import load_library

    with tempfile.TemporaryDirectory(prefix="reader-fuzz-") as folder:
        root = Path(folder)
        (root / "good.md").write_text(GOOD, encoding="utf-8")
        (root / "hostile.md").write_bytes(data)
        (root / "hostile-text.txt").write_bytes(data)
        library = load_library([root])
        ids = {a.id for a in library.articles}
        assert "good" in ids, ids
        for name in ("hostile", "hostile-text"):
            named = name in ids or any(name in str(issue) for issue in library.issues)
            assert named, (name, ids, library.issues)
        internal = [str(issue) for issue in library.issues if "internal error" in str(issue)]
        assert not internal, internal


_ENGINE_MODULES = ("reader.engine.align", "reader.engine.wordiff", "reader.text.tokens")


@contextmanager
def python_path() -> Iterator[None]:
    """The engine without its C module, as ``READER_PURE_PYTHON=1`` would run it."""
    modules = [importlib.import_module(name) for name in _ENGINE_MODULES]
    saved = [module.__dict__["_native"] for module in modules]
    try:
        for module in modules:
            module.__dict__["_native"] = None
        yield
    finally:
        for module, native in zip(modules, saved, strict=True):
            module.__dict__["_native"] = native


def _rebuild(diff: list[tuple[int, str]], keep: tuple[int, int]) -> str:
    return "".join(text for op, text in diff if op in keep)


def check_compare(data: bytes) -> None:
    """Two texts from the bytes: C and Python agree, and every passage keeps its promises."""
    from reader.engine.compare import compare_texts

    text = data.decode("utf-8", errors="replace")
    cut = len(text) // 2
    a, b = text[:cut], text[cut:]
    b = b + " " + a[: len(a) // 2]  # give the two sides something to share
    native = compare_texts(a, b).to_json()
    with python_path():
        python = compare_texts(a, b).to_json()
    assert native == python, "the C module and the Python path disagree"
    for p in native["passages"]:
        assert p["a_text"] == a[p["a_start"]:p["a_end"]]
        assert p["b_text"] == b[p["b_start"]:p["b_end"]]
        diff = [(op, t) for op, t in p["diff"]]
        assert _rebuild(diff, (0, -1)) == p["a_text"]
        assert _rebuild(diff, (0, 1)) == p["b_text"]
    for side in ("a", "b"):  # one to one: no stretch of either text in two passages
        spans = sorted((p[f"{side}_start"], p[f"{side}_end"]) for p in native["passages"])
        assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans)), "passages overlap"


TARGETS: dict[str, Callable[[bytes], None]] = {"loader": check_loader, "compare": check_compare}


def seeds(target: str) -> list[bytes]:
    folder = CORPUS / target
    return [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()] if folder.is_dir() else []


def _save_crash(target: str, data: bytes) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"fuzz-{target}-crash-{int(time.time())}"
    path.write_bytes(data)
    return path


def _core_modules() -> list[str]:
    """reader's modules below the TUI, found without importing them."""
    import pkgutil

    import reader

    found = [m.name for m in pkgutil.walk_packages(reader.__path__, "reader.")]
    return [name for name in found if not name.startswith(("reader.tui", "reader.__main__", "reader.cli"))]


def run_atheris(target: str, seconds: int, extra: list[str]) -> int:
    import atheris

    check = TARGETS[target]
    with atheris.instrument_imports(include=["reader", "yaml", "markdown_it", "mdit_py_plugins"]):
        # every core module imported here, so that atheris instruments them all for coverage
        # (the loader and the engine import some of them lazily)
        for name in _core_modules():
            importlib.import_module(name)

    # libFuzzer adds what it finds to the corpus folder it is given: a working copy, so the
    # seed corpus in tests/fuzz stays the few files written by hand
    corpus = OUT / f"fuzz-corpus-{target}"
    corpus.mkdir(parents=True, exist_ok=True)
    for path in (CORPUS / target).iterdir():
        (corpus / path.name).write_bytes(path.read_bytes())
    args = [sys.argv[0], f"-max_total_time={seconds}", "-max_len=20000", "-timeout=20",
            f"-artifact_prefix={OUT}/fuzz-{target}-", *extra, str(corpus)]
    OUT.mkdir(parents=True, exist_ok=True)
    atheris.Setup(args, check)
    atheris.Fuzz()
    return 0


def run_hypothesis(target: str, seconds: int) -> int:
    """Random inputs from hypothesis in batches of 100, each batch with its own seed, until
    the time is up (the seed corpus first)."""
    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st

    check = TARGETS[target]
    for data in seeds(target):
        check(data)
    inputs = st.binary(max_size=4000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass"))
    deadline = time.monotonic() + seconds
    runs = 0
    batch = 0
    while time.monotonic() < deadline:

        @seed(batch)
        @settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(inputs)
        def fuzz(data: bytes) -> None:
            nonlocal runs
            runs += 1
            try:
                check(data)
            except Exception:
                print(f"crash saved to {_save_crash(target, data)}", file=sys.stderr)
                raise

        fuzz()
        batch += 1
    print(f"{target}: {runs} inputs in {seconds} s, {batch} batches (hypothesis, not coverage-guided)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--hypothesis", action="store_true", help="use hypothesis even where atheris is installed")
    args, extra = parser.parse_known_args(argv)
    os.environ.setdefault("READER_CACHE_DIR", tempfile.mkdtemp(prefix="reader-fuzz-cache-"))
    try:
        import atheris  # noqa: F401
    except ImportError:
        args.hypothesis = True
    if args.hypothesis:
        return run_hypothesis(args.target, args.seconds)
    return run_atheris(args.target, args.seconds, extra)


if __name__ == "__main__":
    sys.exit(main())
