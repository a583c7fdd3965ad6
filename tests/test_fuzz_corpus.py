"""The fuzzing harness (benchmarks/fuzz.py) holds on its seed corpus (tests/fuzz/).

The corpus is hand-written hostile input: front matter with alias bombs, self-reference,
tags and bad fields, bidi and zero-width characters, deep nesting, broken UTF-8, and
texts for the engine (repetitive, CJK, right-to-left, format characters). Every input a
fuzz run finds crashing is added here once fixed, so it stays fixed.
"""

from __future__ import annotations

import pytest

from benchmarks import fuzz


def _corpus(target: str) -> list[tuple[str, bytes]]:
    folder = fuzz.CORPUS / target
    return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]


@pytest.mark.parametrize(("name", "data"), _corpus("loader"), ids=lambda v: v if isinstance(v, str) else "")
def test_loader_corpus(name: str, data: bytes) -> None:
    fuzz.check_loader(data)


@pytest.mark.parametrize(("name", "data"), _corpus("compare"), ids=lambda v: v if isinstance(v, str) else "")
def test_compare_corpus(name: str, data: bytes) -> None:
    fuzz.check_compare(data)


def test_the_loader_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.library.loading as loading

    def broken(path: object, issues: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(loading, "load_file", broken)
    with pytest.raises((AssertionError, RuntimeError)):
        fuzz.check_loader(b"---\ntitle: x\n---\nbody\n")


def test_corpora_are_there() -> None:
    assert len(_corpus("loader")) >= 10 and len(_corpus("compare")) >= 5
