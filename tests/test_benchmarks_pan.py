"""The benchmark scoring (benchmarks/pan.py) on hand-computed examples, and the
synthetic cases it scores (benchmarks/synth.py) for exact, reproducible truth spans."""

import math
from random import Random

import pytest

from benchmarks.pan import detects, score


def test_perfect_detection_scores_one():
    s = score([[(0, 10, 5, 15)]], [[(0, 10, 5, 15)]])
    assert (s.precision, s.recall, s.granularity, s.plagdet) == (1.0, 1.0, 1.0, 1.0)


def test_half_recall():
    # The case has 10 + 10 characters; the detection covers 5 + 5 of them, all correct.
    s = score([[(0, 10, 0, 10)]], [[(0, 5, 0, 5)]])
    assert s.recall == 0.5
    assert s.precision == 1.0
    assert s.plagdet == pytest.approx(2 / 3)


def test_overshooting_detection_halves_precision():
    s = score([[(0, 10, 0, 10)]], [[(0, 20, 0, 20)]])
    assert (s.precision, s.recall) == (0.5, 1.0)


def test_split_detection_has_granularity_two():
    s = score([[(0, 20, 0, 20)]], [[(0, 10, 0, 10), (10, 20, 10, 20)]])
    assert (s.precision, s.recall, s.granularity) == (1.0, 1.0, 2.0)
    assert s.plagdet == pytest.approx(1 / math.log2(3))


def test_overlapping_detections_are_not_counted_twice():
    s = score([[(0, 10, 0, 10)]], [[(0, 6, 0, 6), (4, 10, 4, 10)]])
    assert (s.precision, s.recall, s.granularity) == (1.0, 1.0, 2.0)


def test_one_detection_over_two_cases():
    s = score([[(0, 10, 0, 10), (20, 30, 20, 30)]], [[(0, 30, 0, 30)]])
    assert s.precision == pytest.approx(40 / 60)
    assert s.recall == 1.0
    assert s.granularity == 1.0


def test_no_detections():
    s = score([[(0, 10, 0, 10)]], [[]])
    assert (s.precision, s.recall, s.granularity, s.plagdet) == (0.0, 0.0, 1.0, 0.0)
    assert s.detected_cases == 0


def test_detection_on_unrelated_pair_counts_against_precision():
    truth = [[(0, 10, 0, 10)], []]
    found = [[(0, 10, 0, 10)], [(3, 9, 40, 46)]]
    s = score(truth, found)
    assert (s.precision, s.recall) == (0.5, 1.0)
    assert s.plagdet == pytest.approx(2 / 3)


def test_unrelated_pairs_alone():
    assert score([[], []], [[], []]).plagdet == 1.0
    s = score([[], []], [[], [(0, 5, 0, 5)]])
    assert (s.precision, s.recall, s.plagdet) == (0.0, 0.0, 0.0)


def test_overlap_on_one_side_only_is_no_detection():
    assert not detects((0, 10, 50, 60), (0, 10, 0, 10))
    s = score([[(0, 10, 0, 10)]], [[(0, 10, 50, 60)]])
    assert (s.precision, s.recall, s.detected_cases) == (0.0, 0.0, 0)


def test_pairs_do_not_mix():
    s = score([[(0, 10, 0, 10)], []], [[], [(0, 10, 0, 10)]])
    assert (s.precision, s.recall) == (0.0, 0.0)


def test_macro_average_over_cases():
    # One case fully found, one of a different length half found: recall (1 + 0.5) / 2.
    s = score([[(0, 10, 0, 10)], [(0, 40, 0, 40)]], [[(0, 10, 0, 10)], [(0, 20, 0, 20)]])
    assert s.recall == pytest.approx(0.75)
    assert s.precision == 1.0


def test_lengths_must_match():
    with pytest.raises(ValueError):
        score([[]], [])


# --- the synthetic cases --------------------------------------------------------------


@pytest.fixture(scope="module")
def synth():
    from benchmarks import synth

    return synth


@pytest.mark.parametrize("kind", ["verbatim", "light_edit", "spin20", "reorder", "single", "unrelated"])
def test_cases_are_reproducible_and_spans_exact(synth, kind):
    case = synth.make_case(Random(7), kind)
    assert case == synth.make_case(Random(7), kind)
    assert (len(case.truth) == 0) == (kind == "unrelated")
    for a_start, a_end, b_start, b_end in case.truth:
        for text, start, end in ((case.a, a_start, a_end), (case.b, b_start, b_end)):
            piece = text[start:end]
            assert piece and piece == piece.strip()
            assert len(piece.split()) >= 10
    if kind in ("verbatim", "reorder"):
        assert all(case.a[s:e] == case.b[t:u] for s, e, t, u in case.truth)
    if kind == "reorder":
        assert [t[2] for t in case.truth] != sorted(t[2] for t in case.truth)


def test_spin_replaces_about_the_fraction_asked(synth):
    rng = Random(3)
    source = synth.make_passage(rng, 400)
    spun = synth.spin(rng, source, 0.2, indel=0.0)
    a, b = synth.tokenize(source), synth.tokenize(spun)
    assert len(a) == len(b)
    changed = sum(x.lower() != y.lower() for x, y in zip(a, b, strict=True)) / synth.count_words(a)
    assert 0.15 <= changed <= 0.21


def test_hosts_share_no_long_run(synth):
    case = synth.make_case(Random(11), "unrelated")
    assert not synth.chance_overlap(case.a, case.b)


def test_library_groups(synth):
    lib = synth.make_library(Random(5), 60, words=(100, 200))
    assert len(lib.texts) == 60
    members = [k for g in lib.groups for k in g]
    assert len(members) == len(set(members)) and 2 <= len(lib.groups[0]) <= 4
    assert all((j, i) in lib.related_pairs() for i, j in lib.related_pairs())
