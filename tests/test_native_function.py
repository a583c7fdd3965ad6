"""reader.text.speedups.native_function: a compiled function, or None for the Python original."""

from __future__ import annotations

import pytest

from reader.text import speedups


def test_a_missing_function_or_module_gives_the_python_original(monkeypatch: pytest.MonkeyPatch) -> None:
    assert speedups.native_function("no_such_function") is None
    monkeypatch.setattr(speedups, "native", None)
    assert speedups.native_function("figure_starts") is None


def test_a_built_function_is_the_modules_own() -> None:
    if speedups.native is None:
        pytest.skip("reader._native is not built here (or READER_PURE_PYTHON=1)")
    assert speedups.native_function("figure_starts") is speedups.native.figure_starts
