"""The C word diff (reader/native/diff.c) against diff_match_patch itself.

``rd_diff`` must return exactly ``[(op, len(text)) for op, text in
dmp.diff_main(x, y, False)]`` with ``Diff_Timeout = 0``, where x and y spell the word
ids one character each (as reader/engine/wordiff.py does): not merely an equally short diff,
the same one, tie for tie. Every case here runs both and compares.

The C is reached as ``reader._native.word_diff``. Without the extension (no C compiler
where reader was installed) the tests are skipped, except on CI, where they fail.
``READER_DIFF_EXAMPLES=5000`` runs the generated cases more thoroughly.
"""

from __future__ import annotations

import os
import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.wordiff import _code  # one character per word id, as reader does it

EXAMPLES = int(os.environ.get("READER_DIFF_EXAMPLES", "300"))

_dmp = diff_match_patch()
_dmp.Diff_Timeout = 0


@pytest.fixture(scope="session")
def word_diff(native):
    return native.word_diff




def reference(a: list[int], b: list[int]) -> list[tuple[int, int]]:
    codes: dict[int, str] = {}  # ids past 0x10000 get the codes after it, as they come

    def spell(ids: list[int]) -> str:
        return "".join(codes.setdefault(i, _code(i if i < 0x10000 else 0x10000 + len(codes))) for i in ids)

    x, y = spell(a), spell(b)
    return [(op, len(text)) for op, text in _dmp.diff_main(x, y, False)]


def check(word_diff, a: list[int], b: list[int]) -> list[tuple[int, int]]:
    got = word_diff(a, b)
    assert got == reference(a, b)
    return got


# ---- generated pairs ----

@st.composite
def pairs(draw, alphabet: int, max_len: int = 300):
    """Two id lists: unrelated, or the second an edited copy of the first (so that they
    share runs and the bisection and the cleanup have ties to break)."""
    word = st.integers(0, alphabet - 1)
    a = draw(st.lists(word, max_size=max_len))
    if draw(st.booleans()):
        return a, draw(st.lists(word, max_size=max_len))
    b = list(a)
    edits = st.tuples(st.sampled_from("sidm"), st.integers(0, max_len), st.lists(word, min_size=1, max_size=8))
    for kind, at, words in draw(st.lists(edits, max_size=12)):
        at = at % (len(b) + 1)
        if kind == "s":
            b[at:at + len(words)] = words
        elif kind == "i":
            b[at:at] = words
        elif kind == "d":
            del b[at:at + len(words)]
        else:  # move a block elsewhere
            block = b[at:at + len(words)]
            del b[at:at + len(words)]
            to = (at * 7 + len(words)) % (len(b) + 1)
            b[to:to] = block
    return (b, a) if draw(st.booleans()) else (a, b)


@settings(max_examples=EXAMPLES, deadline=None)
@given(pairs(4))
def test_generated_pairs_of_4_words(word_diff, pair):
    check(word_diff, *pair)


@settings(max_examples=EXAMPLES, deadline=None)
@given(pairs(11))
def test_generated_pairs_of_11_words(word_diff, pair):
    check(word_diff, *pair)


@settings(max_examples=EXAMPLES, deadline=None)
@given(pairs(201))
def test_generated_pairs_of_201_words(word_diff, pair):
    check(word_diff, *pair)


@settings(max_examples=EXAMPLES, deadline=None)
@given(pairs(2, max_len=40))
def test_generated_pairs_of_2_words(word_diff, pair):
    check(word_diff, *pair)


# ---- fixed cases ----

@pytest.mark.parametrize("a, b", [
    ([], []),
    ([], [1, 2, 3]),
    ([1, 2, 3], []),
    ([5, 6, 7], [5, 6, 7]),
    ([1], [1]),
    ([1], [2]),
    ([1], []),
    ([], [1]),
    ([1], [1, 1]),
    ([1, 1], [1]),
    ([2], [1, 2, 3]),
    ([1, 2, 3], [2]),
    ([0, 1, 2], [3, 0, 1, 2, 4]),  # contained
    ([3, 0, 1, 2, 4], [0, 1, 2]),
    ([0, 1, 0, 1, 0], [1, 0, 1, 0, 1]),
    ([0, 1, 2, 3], [3, 2, 1, 0]),
    ([0, 1, 0, 2], [0, 2, 0, 1]),
    ([7, 7, 7, 7], [7, 7, 8, 7, 7]),
    ([0, 1], [1, 0]),
    ([0, 0, 1, 0, 0], [0, 1, 0, 0, 1, 0]),
])
def test_fixed_cases(word_diff, a, b):
    check(word_diff, a, b)


def test_results_of_the_shortcuts(word_diff):
    assert check(word_diff, [], []) == []
    assert check(word_diff, [4, 5], [4, 5]) == [(0, 2)]
    assert check(word_diff, [], [4, 5]) == [(1, 2)]
    assert check(word_diff, [9, 1, 2, 9], [1, 2]) == [(-1, 1), (0, 2), (-1, 1)]
    assert check(word_diff, [1], [2]) == [(-1, 1), (1, 1)]


def test_any_ids_up_to_2_31(word_diff):
    a = [2**31 - 1, 0, 70000, 0xD7FF - 0x100, 0xD800 - 0x100, 3, 0xFFFF, 0x10000]
    b = [0xD800 - 0x100, 2**31 - 1, 70000, 3, 0x10000, 0, 0xD7FF - 0x100]
    check(word_diff, a, b)
    check(word_diff, b, a)
    for bad in (-1, 2**31, 2**80):
        with pytest.raises((ValueError, OverflowError)):
            word_diff([1, bad], [1])


def substituted(rng: random.Random, n: int, rate: float, vocab: int) -> tuple[list[int], list[int]]:
    a = [rng.randrange(vocab) for _ in range(n)]
    return a, [rng.randrange(vocab) if rng.random() < rate else w for w in a]


@pytest.mark.parametrize("seed, vocab", [(1, 1000), (2, 50), (3, 8)])
def test_long_pairs_with_substitutions(word_diff, seed, vocab):
    check(word_diff, *substituted(random.Random(seed), 3000, 0.2, vocab))


@pytest.mark.parametrize("seed", [1, 2])
def test_long_pairs_with_insertions_and_deletions(word_diff, seed):
    rng = random.Random(seed)
    a = [rng.randrange(300) for _ in range(3000)]
    b = []
    for w in a:
        roll = rng.random()
        if roll < 0.07:
            continue
        b.append(w)
        if roll > 0.93:
            b.extend(rng.randrange(300) for _ in range(rng.randrange(1, 4)))
    check(word_diff, a, b)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reordered_blocks(word_diff, seed):
    rng = random.Random(seed)
    a = [rng.randrange(400) for _ in range(1000)]
    blocks = [a[i:i + 100] for i in range(0, len(a), 100)]
    rng.shuffle(blocks)
    b = [w for block in blocks for w in block]
    check(word_diff, a, b)
    # repeated text: every block a copy of one, so many equally short diffs
    blocks = [[w for w in blocks[0]] for _ in range(6)]
    for block in blocks:
        block[rng.randrange(len(block))] = rng.randrange(400)
    check(word_diff, a[:600], [w for block in blocks for w in block])


def test_unrelated_long_texts(word_diff):
    rng = random.Random(4)
    check(word_diff, [rng.randrange(10) for _ in range(1000)], [rng.randrange(10, 20) for _ in range(1200)])
    check(word_diff, [rng.randrange(3) for _ in range(800)], [rng.randrange(3) for _ in range(900)])


def test_a_long_pair_with_few_changes(word_diff):
    rng = random.Random(5)
    a = [rng.randrange(20000) for _ in range(100_000)]
    b = list(a)
    for _ in range(15):
        at = rng.randrange(len(b))
        b[at:at + rng.randrange(4)] = [rng.randrange(20000) for _ in range(rng.randrange(4))]
    check(word_diff, a, b)


def test_calls_in_parallel_threads_agree(word_diff):
    rng = random.Random(6)
    cases = [substituted(rng, 2000, 0.2, 100) for _ in range(4)]
    expected = [word_diff(a, b) for a, b in cases]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            assert list(pool.map(lambda case: word_diff(*case), cases)) == expected
