"""The C semantic cleanup (reader/native/cleanup.c) against diff_match_patch itself.

``reader._native.cleanup_semantic(a, b, ops)`` must return exactly what
``dmp.diff_cleanupSemantic(diffs)`` leaves, as ``[(op, len(text)) ...]``, where diffs
are the (op, text) pieces that the (op, n) runs ``ops`` cut out of a and b (as
reader/engine/wordiff.py builds them): not merely an equally clean diff, the same one, tie for
tie, empty pieces included. Every case here runs both and compares. With walls (one
byte per op), it must return that cleanup of each stretch between the walled
equalities, the walls kept as they are (reader/engine/wordiff.py's semantic_cleanup).

The texts are the characters reader/engine/wordiff.py gives words (U+0100 up), but also
spaces, line breaks, punctuation, digits and letters, since the lossless step scores
boundaries by the characters' classes; one test sweeps every code point through the
C's classes.

Without the extension (no C compiler where reader was installed) the tests are
skipped, except on CI, where they fail. ``READER_CLEANUP_EXAMPLES=5000`` runs the
generated cases more thoroughly.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import child_env
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.wordiff import _code  # one character per word id, as reader does it

EXAMPLES = int(os.environ.get("READER_CLEANUP_EXAMPLES", "300"))
EQUAL, DELETE, INSERT = 0, -1, 1

_dmp = diff_match_patch()
_dmp.Diff_Timeout = 0


@pytest.fixture(scope="session")
def cleanup(native):
    return native.cleanup_semantic




def pieces(a: str, b: str, ops) -> list[tuple[int, str]]:
    """The (op, text) list reader.engine.wordiff.semantic_cleanup gives the library."""
    diffs = []
    pa = pb = 0
    for op, n in ops:
        if op == INSERT:
            diffs.append((op, b[pb : pb + n]))
            pb += n
        else:
            diffs.append((op, a[pa : pa + n]))
            pa += n
            if op == EQUAL:
                pb += n
    return diffs


def reference(a: str, b: str, ops) -> list[tuple[int, int]]:
    diffs = pieces(a, b, ops)
    _dmp.diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs]


def spells(a: str, b: str, result) -> bool:
    """Do the runs spell out a and b, each equality the same text on both sides?"""
    pa = pb = 0
    for op, n in result:
        if op == EQUAL and a[pa : pa + n] != b[pb : pb + n]:
            return False
        pa += n if op != INSERT else 0
        pb += n if op != DELETE else 0
    return (pa, pb) == (len(a), len(b))


def check(cleanup, a: str, b: str, ops) -> list[tuple[int, int]]:
    got = cleanup(a, b, ops)
    assert got == reference(a, b, ops)
    assert spells(a, b, got)
    return got


# ---- generated cases ----

WORDS = [_code(i) for i in range(3)], [_code(i) for i in range(12)]
MIXED = (
    [" ", "\n", "\r", ".", ",", "!", "1", "a", "Z", _code(0), _code(1)],
    [" ", "\n", "\r", "\t", ".", "-", "7", "q", "\u00a0", "\u2028", "\u3000", "\u0301", _code(0), "\U0001F600"],
    [" ", "\n", "\r", "a"],
    [" ", "\n", "a", "b", "."],
)


@st.composite
def edited(draw, alphabet: list[str], max_len: int = 300) -> tuple[str, str]:
    """Two texts: unrelated, or the second an edited copy of the first (shared runs give
    the cleanup equalities to weigh and edits to slide)."""
    rng = random.Random(draw(st.integers(0, 2**64)))  # fast; a failure shows its seed
    size = draw(st.sampled_from([8, 40, max_len]))
    a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, size)))
    if rng.random() < 0.25:
        return a, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, size)))
    b = list(a)
    for _ in range(rng.randint(0, 12)):
        at = rng.randint(0, len(b))
        words = [rng.choice(alphabet) for _ in range(rng.randint(1, 8))]
        kind = rng.choice("sidm")
        if kind == "s":
            b[at : at + len(words)] = words
        elif kind == "i":
            b[at:at] = words
        elif kind == "d":
            del b[at : at + len(words)]
        else:  # move a block elsewhere
            block = b[at : at + len(words)]
            del b[at : at + len(words)]
            to = rng.randint(0, len(b))
            b[to:to] = block
    return a, "".join(b)


@st.composite
def spelled(draw, alphabet: list[str], max_len: int = 300) -> tuple[str, str, list[tuple[int, int]]]:
    """a, b and any ops that spell them out: b is made from a by the ops, which come in
    any order (insertions before deletions, runs of one op, empty runs)."""
    rng = random.Random(draw(st.integers(0, 2**64)))  # fast; a failure shows its seed
    size = draw(st.sampled_from([8, 40, max_len]))
    a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, size)))
    weights = [rng.random() for _ in range(3)]
    longest = rng.choice([1, 3, 8, 20])
    ops: list[tuple[int, int]] = []
    b: list[str] = []
    pa = 0
    while pa < len(a) or (len(ops) < 3 and rng.random() < 0.5):
        op = rng.choices([EQUAL, DELETE, INSERT], weights)[0]
        n = rng.randint(0 if rng.random() < 0.05 else 1, longest)
        if op == INSERT:
            b.extend(rng.choice(alphabet) for _ in range(n))
        else:
            n = min(n, len(a) - pa)
            if op == EQUAL:
                b.extend(a[pa : pa + n])
            pa += n
        ops.append((op, n))
    return a, "".join(b), ops


def diff_main_ops(native, a: str, b: str) -> list[tuple[int, int]]:
    """dmp.diff_main(a, b, False) as runs: short texts through the library itself,
    longer ones through reader._native.word_diff, its tested C port (the library's
    bisection in Python would make the file slow)."""
    if len(a) + len(b) <= 80:
        return [(op, len(text)) for op, text in _dmp.diff_main(a, b, False)]
    return native.word_diff([ord(c) for c in a], [ord(c) for c in b])


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(WORDS).flatmap(edited))
def test_diff_main_ops_on_word_codes(native, cleanup, pair):
    a, b = pair
    check(cleanup, a, b, diff_main_ops(native, a, b))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(MIXED).flatmap(edited))
def test_diff_main_ops_on_text(native, cleanup, pair):
    a, b = pair
    check(cleanup, a, b, diff_main_ops(native, a, b))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(WORDS).flatmap(spelled))
def test_any_ops_on_word_codes(cleanup, triple):
    check(cleanup, *triple)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(MIXED).flatmap(spelled))
def test_any_ops_on_text(cleanup, triple):
    check(cleanup, *triple)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(MIXED + WORDS).flatmap(lambda alphabet: spelled(alphabet, max_len=12)))
def test_short_texts(cleanup, triple):
    check(cleanup, *triple)


# ---- fixed cases ----

@pytest.mark.parametrize("a, b", [
    ("", ""),
    ("abc", "abc"),
    ("abc", ""),
    ("", "abc"),
    ("abc", "xyz"),
    ("abcxxx", "xxxdef"),  # overlap: the deletion's end starts the insertion
    ("xxxabc", "defxxx"),  # reverse overlap
    ("abcxx", "xxdef"),
    ("abcx", "xdef"),  # overlap shorter than half of both: left alone
    ("abc", "abcdef"),
    ("The cat came.", "The cat and a dog came."),
    ("The c", "The cat c"),
    ("a\n\nb", "a\n\nx\n\nb"),
    ("a\r\n\r\nb", "a\r\n\r\nx\r\n\r\nb"),
    ("one\n\ntwo\n\nthree", "one\n\nthree"),
    ("line\nline\n", "line\nnew line\nline\n"),
    ("x\n\r\ny", "x\n\r\nz\n\r\ny"),
    ("a. b. c.", "a. x. b. c."),
    ("mouse", "sofas"),
    ("1ab2", "1cd2"),
    ("abcdefghij", "axbxcxdxexfxgxhxixj"),
])
def test_fixed_pairs(native, cleanup, a, b):
    check(cleanup, a, b, [(op, len(t)) for op, t in _dmp.diff_main(a, b, False)])
    check(cleanup, a, b, [(DELETE, len(a)), (INSERT, len(b))])
    check(cleanup, a, b, [(INSERT, len(b)), (DELETE, len(a))])


@pytest.mark.parametrize("a, b, ops", [
    ("", "", []),
    ("", "", [(EQUAL, 0), (DELETE, 0), (INSERT, 0)]),
    ("abc", "abc", [(EQUAL, 3)]),
    ("abc", "abc", [(EQUAL, 1), (EQUAL, 0), (EQUAL, 2)]),
    ("abc", "xyz", [(DELETE, 3), (INSERT, 3)]),
    ("abcxxx", "xxxdef", [(DELETE, 6), (INSERT, 6)]),
    ("xxxabc", "defxxx", [(DELETE, 6), (INSERT, 6)]),
    ("ab", "ba", [(DELETE, 1), (EQUAL, 1), (INSERT, 1)]),
    ("a", "b", [(EQUAL, 0), (DELETE, 1), (EQUAL, 0), (INSERT, 1), (EQUAL, 0)]),
    ("", "x", [(DELETE, 0), (INSERT, 1)]),  # an empty deletion still "overlaps"
    ("x", "", [(DELETE, 1), (INSERT, 0)]),
    ("a b", "a x b", [(EQUAL, 2), (INSERT, 2), (EQUAL, 1)]),
    ("a\n\nb", "a\n\nc\n\nb", [(EQUAL, 2), (INSERT, 3), (EQUAL, 2)]),
    ("a\n\nb", "a\n\nc\n\nb", [(EQUAL, 3), (INSERT, 3), (EQUAL, 1)]),
    ("x\r\n\r\ny", "x\r\n\r\nz\r\n\r\ny", [(EQUAL, 1), (INSERT, 5), (EQUAL, 5)]),
    ("abXcd", "abYcd", [(EQUAL, 2), (DELETE, 1), (INSERT, 1), (EQUAL, 2)]),
    ("aXbYc", "aZbWc", [(EQUAL, 1), (DELETE, 1), (INSERT, 1), (EQUAL, 1), (DELETE, 1), (INSERT, 1), (EQUAL, 1)]),
    ("abab", "ab", [(EQUAL, 2), (DELETE, 2)]),
])
def test_fixed_ops(cleanup, a, b, ops):
    check(cleanup, a, b, ops)


def test_results_of_simple_cases(cleanup):
    assert check(cleanup, "", "", []) == []
    assert check(cleanup, "abc", "abc", [(EQUAL, 3)]) == [(EQUAL, 3)]
    assert check(cleanup, "abcxxx", "xxxdef", [(DELETE, 6), (INSERT, 6)]) == [(DELETE, 3), (EQUAL, 3), (INSERT, 3)]
    assert check(cleanup, "xxxabc", "defxxx", [(DELETE, 6), (INSERT, 6)]) == [(INSERT, 3), (EQUAL, 3), (DELETE, 3)]
    # a short equality between two changes becomes part of one change
    assert check(cleanup, "aXb", "cXd", [(DELETE, 1), (INSERT, 1), (EQUAL, 1), (DELETE, 1), (INSERT, 1)]) == [
        (DELETE, 3), (INSERT, 3)]


def test_long_texts(native, cleanup):
    rng = random.Random(7)
    for alphabet in (WORDS[1], MIXED[0], [_code(i) for i in range(400)]):
        a = "".join(rng.choice(alphabet) for _ in range(3000))
        b = "".join(c if rng.random() > 0.2 else rng.choice(alphabet) for c in a)
        check(cleanup, a, b, native.word_diff([ord(c) for c in a], [ord(c) for c in b]))
        check(cleanup, a, b, [(DELETE, len(a)), (INSERT, len(b))])


# ---- character classes ----

# One probe per character c: equalities "G " and "cG ", an insertion "c " between them.
# Where the insertion ends up depends only on c's class for the boundary scores (letter
# or digit, other white space, anything else), as the library's scores see it.
_GUARD = _code(0) * 4
_SAMPLE = {"alnum": "b", "space": "\u2003", "other": "!"}


def _probe_texts(chars: list[str]) -> tuple[str, str, list[tuple[int, int]]]:
    a = [_GUARD, " "]
    b = [_GUARD, " "]
    ops = [(EQUAL, len(_GUARD) + 1)]
    for k, c in enumerate(chars):
        tail = c + _GUARD + (" " if k + 1 < len(chars) else "")
        a.append(tail)
        b.append(c + " " + tail)
        ops += [(INSERT, 2), (EQUAL, len(tail))]
    return "".join(a), "".join(b), ops


def _class(c: str) -> str:
    return "alnum" if c.isalnum() else "space" if c.isspace() else "other"


def test_every_code_point_is_classed_as_python_classes_it(cleanup):
    # where the insertion lands for each class, by the library itself
    shift = {}
    for name, c in _SAMPLE.items():
        result = reference(*_probe_texts([c]))
        shift[name] = result[0][1] - (len(_GUARD) + 1)
    assert sorted(shift.values()) == [-1, 0, 1]  # the probe tells the three apart
    # characters the probe is made of, and line breaks (scored apart), probed alone
    special = {" ", _GUARD[0], "\r", "\n"}
    for c in special:
        check(cleanup, *_probe_texts([c]))
    # a chain of probes behaves as the probes one by one (checked against the library)
    rng = random.Random(3)
    sample = [chr(rng.randrange(0x110000)) for _ in range(3000)] + list(_SAMPLE.values()) * 3
    sample = [c for c in sample if c not in special]
    check(cleanup, *_probe_texts(sample))
    # then every code point, in chunks
    points = [chr(i) for i in range(0x110000) if chr(i) not in special]
    for start in range(0, len(points), 0x10000):
        chars = points[start : start + 0x10000]
        shifts = [shift[_class(c)] for c in chars]
        expected = [(EQUAL, len(_GUARD) + 1 + shifts[0])]
        for k in range(len(chars)):
            after = shifts[k + 1] if k + 1 < len(chars) else 0
            expected += [(INSERT, 2), (EQUAL, len(_GUARD) + 2 - shifts[k] + after - (k + 1 == len(chars)))]
        got = cleanup(*_probe_texts(chars))
        if got != expected:
            for k, c in enumerate(chars):  # name the first character classed wrongly
                one = cleanup(*_probe_texts([c]))
                assert one[0][1] - (len(_GUARD) + 1) == shifts[k], f"U+{ord(c):04X} ({_class(c)})"
            assert got == expected


# ---- the interface ----

def test_results_spell_out_both_texts(cleanup):
    rng = random.Random(11)
    for _ in range(200):
        a = "".join(rng.choice("ab \n.") for _ in range(rng.randint(0, 30)))
        b = "".join(rng.choice("ab \n.") for _ in range(rng.randint(0, 30)))
        got = check(cleanup, a, b, [(op, len(t)) for op, t in _dmp.diff_main(a, b, False)])
        assert spells(a, b, got)


@pytest.mark.parametrize("a, b, ops", [
    ("abc", "abc", [(EQUAL, 2)]),  # a left over
    ("abc", "abc", [(EQUAL, 4)]),  # past the end
    ("abc", "abd", [(EQUAL, 3)]),  # an equality that is not one
    ("abc", "", [(DELETE, 3), (INSERT, 1)]),
    ("", "", [(2, 0)]),
    ("a", "", [(DELETE, -1), (DELETE, 2)]),
    ("a", "a", [(EQUAL, 1, 0)]),
    ("a", "a", [EQUAL]),
])
def test_ops_that_do_not_spell_the_texts_are_refused(cleanup, a, b, ops):
    with pytest.raises((ValueError, TypeError)):
        cleanup(a, b, ops)


def test_bad_arguments(cleanup):
    with pytest.raises(TypeError):
        cleanup(b"abc", "abc", [(EQUAL, 3)])
    with pytest.raises(TypeError):
        cleanup("abc", "abc", None)
    with pytest.raises(TypeError):
        cleanup("a", "a", [("0", 1)])
    with pytest.raises(OverflowError):
        cleanup("a", "a", [(EQUAL, 2**80)])
    assert cleanup("ab", "ab", ([EQUAL, 1], (EQUAL, 1))) == [(EQUAL, 1), (EQUAL, 1)]


def test_threads(native, cleanup):
    rng = random.Random(5)
    cases = []
    for _ in range(16):
        a = "".join(rng.choice(MIXED[0]) for _ in range(2000))
        b = "".join(c if rng.random() > 0.3 else rng.choice(MIXED[0]) for c in a)
        cases.append((a, b, native.word_diff([ord(c) for c in a], [ord(c) for c in b])))
    expected = [reference(*case) for case in cases]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda case: cleanup(*case), cases * 4)) == expected * 4


# ---- walls: equalities left as they are, the cleanup run between them ----

def walled_reference(a: str, b: str, ops, walls: bytes) -> list[tuple[int, int]]:
    """diff_cleanupSemantic of each stretch of ops between the walls, the walls kept."""
    out: list[tuple[int, int]] = []
    stretch: list[tuple[int, int]] = []
    pa = pb = sa = sb = 0

    def flush() -> None:
        if stretch:
            out.extend(reference(a[sa:pa], b[sb:pb], stretch))
            stretch.clear()

    for (op, n), wall in zip(ops, walls, strict=True):
        if wall:
            flush()
            out.append((op, n))
        else:
            stretch.append((op, n))
        pa += n if op != INSERT else 0
        pb += n if op != DELETE else 0
        if wall:
            sa, sb = pa, pb
    flush()
    return out


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(MIXED + WORDS).flatmap(spelled), st.randoms(use_true_random=False))
def test_walls(cleanup, triple, rng):
    a, b, ops = triple
    walls = bytes(int(op == EQUAL and rng.random() < 0.4) for op, _ in ops)
    got = cleanup(a, b, ops, walls)
    assert got == walled_reference(a, b, ops, walls)
    assert spells(a, b, got)


def test_walls_none_or_empty(cleanup):
    a, b, ops = "xyzab", "uvwab", [(DELETE, 3), (INSERT, 3), (EQUAL, 2)]
    assert cleanup(a, b, ops, None) == cleanup(a, b, ops) == reference(a, b, ops)
    assert cleanup(a, b, ops, bytes(3)) == reference(a, b, ops)
    assert cleanup(a, b, ops, bytearray([0, 0, 1])) == reference(a, b, ops)


def test_bad_walls(cleanup):
    ops = [(DELETE, 3), (INSERT, 3), (EQUAL, 2)]
    with pytest.raises(ValueError, match="one byte per op"):
        cleanup("xyzab", "uvwab", ops, b"\0\0")
    with pytest.raises(ValueError, match="equal run"):
        cleanup("xyzab", "uvwab", ops, b"\1\0\0")
    with pytest.raises(TypeError):
        cleanup("xyzab", "uvwab", ops, [0, 0, 1])


# ---- through reader.engine.wordiff and reader.engine.compare ----

def test_semantic_cleanup_same_with_and_without_native(native, monkeypatch):
    from reader.engine import wordiff
    from reader.engine.align import align
    from reader.text.tokens import tokenize

    rng = random.Random(2)
    vocab = ["the", "a", "cat", "dog", "and", "said", "Mr.", "U.S", "’s", "1,000", "—", "é", "x" * 5, "end.", "so\n"]
    for _ in range(40):
        words_a = [rng.choice(vocab) for _ in range(rng.randint(20, 200))]
        words_b = [w if rng.random() > 0.25 else rng.choice(vocab) for w in words_a]
        ta, tb = tokenize(" ".join(words_a)), tokenize(" ".join(words_b))
        for al in align(ta, tb):
            args = ta.norms[al.a_first : al.a_last + 1], tb.norms[al.b_first : al.b_last + 1], al.ops
            for sides in ((), ((ta, al.a_first), (tb, al.b_first))):  # with sentences found, and without
                monkeypatch.setattr(wordiff, "_native", native)
                with_native = wordiff.semantic_cleanup(*args, *sides)
                monkeypatch.setattr(wordiff, "_native", None)
                assert wordiff.semantic_cleanup(*args, *sides) == with_native


def test_bundled_comparisons_same_with_and_without_native(native, monkeypatch):
    from reader.engine import wordiff
    from reader.engine.compare import compare_texts
    from reader.library.loading import load_library
    from reader.library.resources import bundled_articles_dir

    articles = load_library([bundled_articles_dir()]).articles
    assert len(articles) >= 2
    texts = [article.body for article in articles]
    pairs = [(x, y) for i, x in enumerate(texts) for y in texts[i + 1 :]]

    def passages() -> list:
        return [json.loads(json.dumps(compare_texts(x, y).to_json())) for x, y in pairs]

    monkeypatch.setattr(wordiff, "_native", native)  # even under READER_PURE_PYTHON=1
    with_native = passages()
    monkeypatch.setattr(wordiff, "_native", None)
    assert passages() == with_native
    assert any(c["passages"] for c in with_native)


def test_a_native_comparison_never_imports_diff_match_patch(native, tmp_path):
    code = textwrap.dedent("""
        import sys
        from reader.engine.compare import compare_texts
        from reader.library.loading import load_library
        from reader.library.resources import bundled_articles_dir
        from reader.text import speedups
        assert speedups.native is not None
        texts = [a.body for a in load_library([bundled_articles_dir()]).articles]
        compare_texts(texts[0], texts[1])
        print(sorted(m for m in sys.modules if m.startswith("diff_match_patch")))
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=child_env(READER_PURE_PYTHON=None),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
