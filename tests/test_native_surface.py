"""The C surface diff (reader/native/surface.c) against the Python original.

``reader._native.surface_diff`` must return exactly what ``reader.engine.wordiff.surface_diff``
returns with ``_native`` off: the same (op, text) list, piece for piece, for every input
the Python accepts. The two are run side by side through whole comparisons (generated
pairs, the bundled articles, the benchmark's synthetic cases), through the quote
matcher's word diff, and on direct calls with random words, separators (Unicode white
space included), spans with lead text, and random op lists. On the Python side only
``surface_diff`` is switched to Python, so the rest of the pipeline is shared.

Without the extension (no C compiler where reader was installed) the tests are
skipped, except on CI, where they fail.
"""

from __future__ import annotations

import random
from array import array
from itertools import permutations

import pytest
from hypothesis import HealthCheck, given, settings

import reader.analysis.quote_match
import reader.engine.compare
from reader.engine import wordiff
from reader.text.tokens import Tokens

EQUAL, DELETE, INSERT = 0, -1, 1


def python_surface_diff(*args):
    saved = wordiff._native
    wordiff._native = None
    try:
        return wordiff.surface_diff(*args)
    finally:
        wordiff._native = saved


def both(fn, *args):
    """fn(*args) with the native surface diff, then with the Python one."""
    with pytest.MonkeyPatch.context() as mp:
        native_result = fn(*args)
        mp.setattr(reader.engine.compare, "surface_diff", python_surface_diff)
        mp.setattr(reader.analysis.quote_match, "surface_diff", python_surface_diff)
        python_result = fn(*args)
    return native_result, python_result


def compare_json(a: str, b: str) -> dict:
    return reader.engine.compare.compare_texts(a, b).to_json()


def check_compare(a: str, b: str) -> None:
    got, want = both(compare_json, a, b)
    assert got == want


# ---- whole comparisons ----

try:
    from test_engine_properties import pair
except ImportError:  # pragma: no cover
    pair = None


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(pair())
def test_generated_pairs(native, ab):
    check_compare(*ab)


def test_bundled_articles(native):
    from reader.library.loading import load_library
    from reader.library.resources import bundled_articles_dir

    bodies = [art.body for art in load_library([bundled_articles_dir()]).articles]
    assert len(bodies) >= 2
    for a, b in permutations(bodies, 2):
        check_compare(a, b)


def test_synthetic_cases(native):
    from random import Random

    from benchmarks import synth

    for kind in synth.CATEGORIES:
        case = synth.make_case(Random(f"surface-{kind}"), kind, host_words=(100, 300))
        check_compare(case.a, case.b)
    case = synth.make_pair(Random("x"), 5000)
    check_compare(case.a, case.b)


def test_quote_word_diff(native):
    rng = random.Random(7)
    for _ in range(300):
        a, b = random_text(rng, rng.randint(0, 12)), random_text(rng, rng.randint(0, 12))
        if rng.random() < 0.5:  # b a (mutated) stretch of a
            b = mutate(rng, a)
        window = rng.random() < 0.5
        got, want = both(reader.analysis.quote_match.word_diff, a, b, window)
        assert got == want


# ---- direct calls ----

WORDS = ["the", "The", "THE", "court", "Court", "don't", "don’t", "DON’T", "café", "cafe\u0301",
         "ruling", "x", "IRS’s", "IRS's", "中"]
SEPS = [" ", " ", " ", "  ", "\u00a0", " \u00a0", "\u2003", "\n", "\n\n", "\t", " \t ", ", ", ". ", "",
        "— ", " “", "” ", "😀 ", "\u3000", "\r\n"]


def random_text(rng: random.Random, n: int) -> str:
    parts = [rng.choice(SEPS) if rng.random() < 0.4 else ""]
    for _ in range(n):
        parts.append(rng.choice(WORDS))
        parts.append(rng.choice(SEPS))
    return "".join(parts)


def mutate(rng: random.Random, text: str) -> str:
    out = []
    for ch in text:
        r = rng.random()
        if r < 0.05:
            out.append(rng.choice(SEPS))
        elif r < 0.1:
            out.append(ch.swapcase())
        elif r < 0.12:
            continue
        else:
            out.append(ch)
    return "".join(out)


def random_tokens(rng: random.Random, n: int, like: list[tuple[str, str]] | None = None):
    """Hand-built Tokens: a lead separator, then n (word, separator) pieces; with
    ``like``, mostly the same words and separators in other spellings."""
    pieces = []
    for k in range(n):
        if like and k < len(like) and rng.random() < 0.8:
            w, s = like[k]
            if rng.random() < 0.3:
                w = rng.choice([w.upper(), w.lower(), w.title(), w.replace("'", "’"), w.replace("’", "'")])
            if rng.random() < 0.3:
                s = rng.choice(SEPS)
        else:
            w, s = rng.choice(WORDS), rng.choice(SEPS)
        pieces.append((w, s))
    text = rng.choice(SEPS) if rng.random() < 0.5 else ""
    starts, ends = [], []
    for w, s in pieces:
        starts.append(len(text))
        text += w
        ends.append(len(text))
        text += s
    if rng.random() < 0.3:
        text += rng.choice(SEPS) + rng.choice(WORDS)
    return Tokens(text, starts, ends, [w.casefold() for w, _ in pieces]), pieces


def as_arrays(t: Tokens, code: str) -> Tokens:
    return Tokens(t.text, array(code, t.starts), array(code, t.ends), t.norms)


def random_ops(rng: random.Random, na: int, nb: int) -> list[tuple[int, int]]:
    ops = []
    while na > 0 or nb > 0:
        choices = [op for op, left in ((EQUAL, min(na, nb)), (DELETE, na), (INSERT, nb)) if left > 0]
        op = rng.choice(choices)
        left = {EQUAL: min(na, nb), DELETE: na, INSERT: nb}[op]
        n = rng.randint(1, min(left, 4))
        if rng.random() < 0.05:
            n = 0
        ops.append((op, n))
        if op != INSERT:
            na -= n
        if op != DELETE:
            nb -= n
    if rng.random() < 0.1:
        ops.insert(rng.randint(0, len(ops)), (rng.choice((EQUAL, DELETE, INSERT)), 0))
    return ops


def random_call(rng: random.Random):
    ta, pieces = random_tokens(rng, rng.randint(0, 10))
    tb, _ = random_tokens(rng, rng.randint(0, 10), like=pieces if rng.random() < 0.8 else None)
    ends_at = []
    for t in (ta, tb):
        n = len(t.starts)
        first = rng.randint(0, n)
        last = rng.randint(first, n)  # tokens first..last-1
        lo = rng.randint(0, t.starts[first]) if first < n and rng.random() < 0.7 else (
            t.starts[first] if first < n else rng.randint(0, len(t.text)))
        hi = max(lo, t.ends[last - 1]) if last > first else lo
        if rng.random() < 0.5:
            hi = rng.randint(hi, len(t.text))
        ends_at.append(((lo, hi), first, last - first))
    (a_span, a_first, a_n), (b_span, b_first, b_n) = ends_at
    if rng.random() < 0.2:  # as reader.analysis.quote_match calls it
        b_span, b_first, b_n = (0, len(tb.text)), 0, len(tb.starts)
    return ta, a_span, a_first, tb, b_span, b_first, random_ops(rng, a_n, b_n)


def run_both(args):
    try:
        want = python_surface_diff(*args)
    except IndexError:
        with pytest.raises(ValueError):
            wordiff.surface_diff(*args)
        return None
    got = wordiff.surface_diff(*args)
    assert got == want, args
    for op, text in got:
        assert type(op) is int and type(text) is str
    return got


def test_random_calls(native):
    rng = random.Random(1)
    for _ in range(4000):
        args = random_call(rng)
        got = run_both(args)
        ta, a_span, a_first, tb, b_span, b_first, ops = args
        for code in ("i", "q"):
            again = (as_arrays(ta, code), a_span, a_first, as_arrays(tb, code), b_span, b_first, ops)
            assert run_both(again) == got


def test_rebuilds_both_texts(native):
    rng = random.Random(2)
    for _ in range(500):
        ta, a_span, a_first, tb, b_span, b_first, ops = random_call(rng)
        if any(n == 0 for _, n in ops):
            continue
        got = wordiff.surface_diff(ta, a_span, a_first, tb, b_span, b_first, ops)
        assert "".join(t for op, t in got if op != INSERT) == ta.text[a_span[0]:a_span[1]] or \
            (a_first < len(ta.starts) and ta.starts[a_first] < a_span[0])
        for k in range(len(got) - 1):  # merged: no two equal runs, no delete after insert
            assert not (got[k][0] == got[k + 1][0] == EQUAL)
            assert not (got[k][0] == INSERT and got[k + 1][0] == DELETE)


def test_examples(native):
    def toks(text):
        from reader.text.tokens import tokenize
        return tokenize(text)

    for a, b in [("The  cat sat.", "the\u00a0 cat  sat!"), ("a\u2003b\n", "A\u2003B\n"),
                 ("x \n y", "x \t y"), ("one two", "one\u00a0\u00a0two"), ("", ""), ("word", "")]:
        ta, tb = toks(a), toks(b)
        ops = wordiff.merge_ops([(EQUAL, min(len(ta), len(tb))), (DELETE, len(ta) - min(len(ta), len(tb))),
                                 (INSERT, len(tb) - min(len(ta), len(tb)))])
        args = (ta, (0, len(a)), 0, tb, (0, len(b)), 0, ops)
        assert run_both(args) is not None


def test_bad_input(native):
    s = native.surface_diff
    text, starts, ends = "ab cd", array("i", [0, 3]), array("i", [2, 5])
    ok = (text, starts, ends, 0, 5, 0, text, starts, ends, 0, 5, 0, [(EQUAL, 2)])
    assert s(*ok) == [(EQUAL, text)]
    bad = [
        {3: 0, 4: 6},  # span past the end
        {3: 3, 4: 2},  # span backwards
        {3: -1},
        {5: -1},
        {5: 1},  # two words from token 1: there is one
        {12: [(DELETE, -1), (EQUAL, 3)]},
        {12: [(EQUAL, 1, 2)]},
        {12: [(EQUAL, 3)]},
        {12: [(INSERT, 3)]},
        {1: array("i", [0, 9]), 12: [(EQUAL, 1), (EQUAL, 1)]},  # offset outside the text
        {2: [2, -1], 12: [(EQUAL, 1), (EQUAL, 1)]},
        {2: [2], 12: [(EQUAL, 1), (EQUAL, 1)]},  # fewer ends than starts
    ]
    for change in bad:
        args = list(ok)
        for k, v in change.items():
            args[k] = v
        with pytest.raises(ValueError):
            s(*args)
    for k, v in ((1, 5), (12, None), (0, b"ab cd"), (12, [(EQUAL, "2")])):
        args = list(ok)
        args[k] = v
        with pytest.raises(TypeError):
            s(*args)
    # other buffers and sequences of ints are read as sequences
    assert s(text, array("h", [0, 3]), (2, 5), 0, 5, 0, text, [0, 3], memoryview(array("q", [2, 5])), 0, 5, 0,
             [[EQUAL, 2]]) == [(EQUAL, text)]
