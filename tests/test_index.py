"""Tests of the seed index that finds which articles of a library are worth aligning."""

from __future__ import annotations

from random import Random

import numpy as np
import pytest

from reader.engine.index import SeedIndex, seed_hashes
from reader.text.tokens import STOPWORDS

FUNCTION = sorted(STOPWORDS)


def vocabulary(rng: Random, n: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ter", "san", "du", "vel", "or", "pa", "ren", "sko", "bri", "ta",
                 "nu", "gar", "fe", "li", "mon", "zu", "he", "qua", "ris", "tol", "ve"]
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def prose(rng: Random, vocab: list[str], n: int) -> list[str]:
    """``n`` words, about a third of them function words, in sentences."""
    out = []
    for k in range(n):
        w = rng.choice(FUNCTION) if rng.random() < 0.33 else rng.choice(vocab)
        if k == 0 or out[-1].endswith("."):
            w = w.capitalize()
        if rng.random() < 0.07:
            w += "."
        out.append(w)
    return out


def lightly_edited(rng: Random, words: list[str], vocab: list[str]) -> list[str]:
    out = list(words)
    for k in rng.sample(range(len(out)), len(out) // 12):
        out[k] = rng.choice(vocab)
    return out


BOILERPLATE = ("Copyright Example News Network. All rights reserved. This material may not be "
               "published, broadcast, rewritten or redistributed without permission.")


def generated_library(n: int = 200, pairs: int = 10, seed: int = 20240601, boilerplate: bool = False):
    """``n`` random texts; texts 2k and 2k+1 for k < ``pairs`` share an 80-word passage
    (verbatim for even k, lightly edited for odd k). Returns (texts, planted pairs)."""
    rng = Random(seed)
    vocab = vocabulary(rng, 4000)
    texts = []
    planted = []
    for _ in range(n):
        texts.append(prose(rng, vocab, rng.randint(80, 400)))
    for k in range(pairs):
        i, j = 2 * k, 2 * k + 1
        passage = prose(rng, vocab, 80)
        copy = passage if k % 2 == 0 else lightly_edited(rng, passage, vocab)
        for t, p in ((i, passage), (j, copy)):
            at = rng.randint(0, len(texts[t]))
            texts[t] = texts[t][:at] + p + texts[t][at:]
        planted.append((i, j))
    out = [" ".join(words) for words in texts]
    if boilerplate:
        out = [t + "\n\n" + BOILERPLATE for t in out]
    return out, planted


@pytest.fixture(scope="module")
def library():
    return generated_library()


@pytest.fixture(scope="module")
def library_with_boilerplate():
    return generated_library(boilerplate=True)


def shared_seeds(index: SeedIndex, i: int, j: int) -> int:
    """Sampled seeds articles i and j share, boilerplate left out."""
    common = np.intersect1d(index.doc_seeds[i], index.doc_seeds[j])
    return int((~index.boilerplate[np.searchsorted(index.hashes, common)]).sum())


def check_result_shape(index: SeedIndex, i: int, result, limit: int) -> None:
    assert len(result) <= limit
    # ranked by how much text is shared (most shared seeds first)
    shared = [shared_seeds(index, i, j) for j, _ in result]
    assert shared == sorted(shared, reverse=True), (result, shared)
    ids = [j for j, _ in result]
    assert len(set(ids)) == len(ids)
    for j, s in result:
        assert isinstance(j, int) and isinstance(s, float)
        assert j != i
        assert 0 <= j < len(index)
        assert 0.0 < s <= 1.0


# --- the bundled story --------------------------------------------------------------


def test_bundled_story_cnn_is_closest_to_house_addresses():
    from reader.library.loading import load_library

    lib = load_library()
    ids = [a.id for a in lib.articles]
    index = SeedIndex.build([a.body for a in lib.articles])
    assert len(index) == len(ids)
    cnn, house = ids.index("cnn"), ids.index("house-addresses")
    related = index.related(cnn, 10)
    check_result_shape(index, cnn, related, 10)
    assert related and related[0][0] == house
    back = index.related(house, 10)
    assert back and back[0][0] == cnn


# --- a generated library --------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["library", "library_with_boilerplate"])
def test_planted_partners_rank_in_top_three(request, fixture):
    texts, planted = request.getfixturevalue(fixture)
    assert len(texts) == 200
    index = SeedIndex.build(texts)
    for i, j in planted:
        for x, y in ((i, j), (j, i)):
            result = index.related(x, 10)
            check_result_shape(index, x, result, 10)
            top = [k for k, _ in result[:3]]
            assert y in top, (x, y, result)


@pytest.mark.parametrize("fixture", ["library", "library_with_boilerplate"])
def test_unrelated_texts_are_not_related(request, fixture):
    texts, planted = request.getfixturevalue(fixture)
    index = SeedIndex.build(texts)
    partner = {}
    for i, j in planted:
        partner[i], partner[j] = j, i
    for x in range(len(texts)):
        result = index.related(x, 10)
        check_result_shape(index, x, result, 10)
        others = [k for k, _ in result if k != partner.get(x)]
        assert others == [], (x, result)


def test_boilerplate_alone_does_not_relate_texts():
    rng = Random(7)
    vocab = vocabulary(rng, 4000)
    texts = [" ".join(prose(rng, vocab, rng.randint(50, 200))) + " " + BOILERPLATE for _ in range(60)]
    index = SeedIndex.build(texts)
    assert index.boilerplate.any()
    for x in range(len(texts)):
        assert index.related(x, 5) == [], x


def test_limit_is_respected():
    texts, _ = generated_library(n=40, pairs=0, seed=3)
    shared = " ".join(prose(Random(4), vocabulary(Random(5), 500), 60))
    texts = [t + " " + shared for t in texts[:12]]  # 12 < BOILERPLATE_MIN: not boilerplate
    index = SeedIndex.build(texts)
    for limit in (1, 3, 20):
        result = index.related(0, limit)
        check_result_shape(index, 0, result, limit)
        assert len(result) == min(limit, 11)


def test_identical_texts_are_fully_contained():
    texts, _ = generated_library(n=30, pairs=0, seed=11)
    texts.append(texts[5])
    index = SeedIndex.build(texts)
    result = index.related(len(texts) - 1, 3)
    assert result[0] == (5, 1.0)
    assert index.related(5, 3)[0] == (len(texts) - 1, 1.0)


def test_short_passage_inside_long_text_scores_high():
    """Containment is measured against the smaller article."""
    texts, _ = generated_library(n=30, pairs=0, seed=12)
    long_text = texts[0] + " " + texts[1] + " " + texts[2]
    index = SeedIndex.build([long_text, texts[1], texts[3]])
    (j, score), = index.related(1, 5)
    assert j == 0 and score == pytest.approx(1.0)


# --- seeds -------------------------------------------------------------------------


def test_seed_hashes_are_content_defined_and_normalised():
    texts, _ = generated_library(n=5, pairs=0, seed=13)
    passage = texts[0]
    hosted = texts[1] + "\n\n" + passage + "\n\n" + texts[2]
    s_passage, s_hosted = seed_hashes(passage), seed_hashes(hosted)
    assert s_passage.dtype == np.uint64
    assert len(s_passage) > 0
    assert np.all(np.isin(s_passage, s_hosted))
    assert np.array_equal(seed_hashes(passage), s_passage)  # stable
    assert np.array_equal(seed_hashes(passage.upper()), s_passage)  # case-insensitive
    assert np.array_equal(seed_hashes(passage.replace(" ", "  ")), s_passage)
    assert np.array_equal(np.unique(s_passage), s_passage)


def test_seed_hashes_known_value_is_stable_across_runs():
    # crc32-based, not Python's salted hash(): the same text gives the same seeds in any
    # process, so an index can be stored and reused.
    import subprocess
    import sys

    text = " ".join(prose(Random(1), vocabulary(Random(2), 300), 200))
    code = ("import sys; from reader.engine.index import seed_hashes; "
            "print(','.join(map(str, seed_hashes(sys.stdin.read()).tolist())))")
    outs = set()
    for hashseed in ("1", "2"):
        proc = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                              env={"PYTHONHASHSEED": hashseed, "PYTHONPATH": str(
                                  __import__("pathlib").Path(__file__).resolve().parent.parent)},
                              timeout=60)
        assert proc.returncode == 0, proc.stderr
        outs.add(proc.stdout)
    assert len(outs) == 1
    assert outs.pop().strip() == ",".join(map(str, seed_hashes(text).tolist()))


# --- empty and short texts -----------------------------------------------------------


@pytest.mark.parametrize("texts", [
    [],
    [""],
    ["", ""],
    ["", "one", "one two", "one two three"],
    ["a b c d", "a b c d"],            # stop words only: no seeds
    ["😀 🎉", "联邦", "—", "\x00"],
])
def test_empty_and_tiny_texts(texts):
    index = SeedIndex.build(texts)
    assert len(index) == len(texts)
    for i in range(len(texts)):
        assert index.related(i, 5) == []


def test_tiny_texts_next_to_real_ones():
    lib, planted = generated_library(n=30, pairs=3, seed=21)
    texts = ["", "word", "two words here", "the of and to", *lib, "", "short one"]
    index = SeedIndex.build(texts)
    for i in (0, 1, 2, 3, len(texts) - 2, len(texts) - 1):
        assert index.related(i, 5) == []
    for i, j in planted:
        assert index.related(i + 4, 3)[0][0] == j + 4
    for i in range(len(texts)):
        assert all(k not in (0, 1, 2, 3, len(texts) - 2, len(texts) - 1) for k, _ in index.related(i, 50))


def test_related_to_seeds_of_an_outside_text():
    texts, planted = generated_library(n=50, pairs=2, seed=31)
    index = SeedIndex.build(texts)
    query = texts[0]  # same text as article 0, queried from outside the index
    result = index.related_to_seeds(seed_hashes(query), 5)
    assert result[0] == (0, 1.0)
    assert planted[0][1] in [k for k, _ in result]
    assert index.related_to_seeds(np.empty(0, dtype=np.uint64), 5) == []
    assert SeedIndex.build([]).related_to_seeds(seed_hashes(query), 5) == []


# --- dense families --------------------------------------------------------------------


def dense_library(copies: int, seed: int = 41, boilerplate: bool = True):
    """A 200-text library (with a stock footer on every text) in which texts 0..copies-1
    carry one 300-word text, lightly edited, half of them trimmed; text 0 is the full one."""
    texts, _ = generated_library(n=200, pairs=0, seed=seed, boilerplate=boilerplate)
    rng = Random(seed)
    vocab = vocabulary(rng, 4000)
    wire = prose(rng, vocab, 300)
    for k in range(copies):
        copy = wire if k == 0 else lightly_edited(rng, wire, vocab)
        if k % 2:
            copy = copy[: rng.randint(120, 280)]
        texts[k] = " ".join(copy) + "\n\n" + texts[k]
    return texts


def test_a_dense_family_is_found_whole_with_its_fullest_copy_as_representative():
    from reader.engine.index import DENSE_MIN

    copies = 3 * DENSE_MIN
    index = SeedIndex.build(dense_library(copies))
    groups = index.dense_groups()
    assert len(groups) == 1
    assert groups[0].members == list(range(copies))
    assert groups[0].representative in {k for k in range(copies) if k % 2 == 0}


def test_a_stock_footer_or_a_small_family_is_no_dense_family():
    from reader.engine.index import DENSE_MIN

    texts, _ = generated_library(boilerplate=True)
    assert SeedIndex.build(texts).dense_groups() == []
    small = SeedIndex.build(dense_library(DENSE_MIN - 2))
    assert small.dense_groups() == []
    assert {j for j, _ in small.related(0, 50)} >= set(range(1, DENSE_MIN - 2))


def test_related_skips_the_articles_it_is_told_to():
    texts, planted = generated_library(n=60, pairs=3, seed=51)
    index = SeedIndex.build(texts)
    i, j = planted[0]
    assert j in [k for k, _ in index.related(i, 5)]
    assert j not in [k for k, _ in index.related(i, 5, skip=[j])]
