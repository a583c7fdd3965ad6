"""Property tests of the shared-passage engine (reader.engine.compare / reader.engine.align).

Texts are drawn from a mix of English-like sentences over a small fixed word list (so
chance n-gram matches and real passages both happen) and arbitrary Unicode: CJK, emoji,
right-to-left scripts with their marks, combining accents, curly quotes and control
characters. Pairs are built by copying and mutating slices of one text into another, so
that most generated pairs actually share passages.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.engine.compare import KINDS, compare_texts
from reader.text.tokens import tokenize, word_count

SETTINGS = dict(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.data_too_large])

WORDS = [
    "the", "a", "of", "to", "and", "in", "that", "is", "was", "for", "on", "with", "as", "by", "it", "at", "from",
    "he", "she", "they", "said", "court", "judge", "ruling", "federal", "agency", "data", "taxpayers", "immigrants",
    "program", "information", "law", "policy", "records", "order", "appeal", "department", "officials", "report",
    "week", "month", "million", "plaintiffs", "government",
]

# Fragments in scripts and shapes that a tokenizer tends to get wrong.
EXOTIC = [
    "联邦法官周五裁定",              # Chinese: one token per character
    "東京でニュースを読む",            # Japanese kanji + kana
    "서울 법원 판결",                  # Korean (Hangul is not split per character)
    "😀🎉👍🏽",                       # emoji only: no words
    "👨‍👩‍👧 family",                 # ZWJ sequence + word
    "שָׁלוֹם עוֹלָם",                  # Hebrew with niqqud (marks)
    "مَرْحَبًا بِالْعَالَمِ",          # Arabic with harakat (marks)
    "\u202bRTL embedded\u202c",      # bidi embedding controls
    "cafe\u0301 re\u0301sume\u0301",  # NFD combining accents
    "café résumé",                   # NFC
    "“quoted” ‘single’ IRS’s don’t",  # curly quotes and apostrophes
    "\"straight\" 'single' IRS's",
    "a\x00b\x07c\x1b[31mred\x1b[0m",   # control chars, an ANSI escape
    "1.27 47,000 3,5",               # numbers with separators
    "ﬁne ＦＵＬＬ ｗｉｄｔｈ",             # compatibility forms (NFKC)
    "x\u200by\u200dz\ufeff",          # zero-width characters
    "—–-…",                          # dashes, ellipsis only
    "İstanbul ß STRASSE ǅ",          # special case folding
]

exotic_text = st.text(
    alphabet=st.one_of(
        st.characters(),  # anything, including control characters and marks
        # a lone surrogate (\ud800) can come from a file decoded with surrogateescape
        st.sampled_from("中文日本語한국어😀🎉שָׁלוֹםمَرْحَبًا\u0301\u0308“”‘’'\"«»—–-.,;:!?()[] \n\t\r\x00\x1b\u200f\ud800"),
    ),
    max_size=30,
)


@st.composite
def sentence(draw, min_words=3, max_words=14):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    if draw(st.booleans()):
        words[0] = words[0].capitalize()
    return " ".join(words) + draw(st.sampled_from([".", ".", ",", "!", "?", ";", ""]))


fragment = st.one_of(
    sentence(), sentence(), sentence(),
    st.sampled_from(EXOTIC),
    exotic_text,
)


prose_fragment = st.one_of(
    sentence(5, 20), sentence(5, 20), sentence(5, 20), sentence(5, 20), sentence(5, 20),
    st.sampled_from(EXOTIC),
    exotic_text,
)


@st.composite
def text(draw, min_size=0, max_size=12, fragments=fragment):
    parts = draw(st.lists(fragments, min_size=min_size, max_size=max_size))
    seps = draw(st.lists(st.sampled_from([" ", " ", "\n\n", "\n", "", " — "]),
                         min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


@st.composite
def mutate(draw, s: str) -> str:
    """A copy editor's or spinner's changes to a copied slice."""
    words = s.split(" ")
    if draw(st.booleans()):
        # spin: swap every few words for another vocabulary word
        step = draw(st.integers(2, 5))
        offset = draw(st.integers(0, step - 1))
        words = [draw(st.sampled_from(WORDS)) if k % step == offset else w for k, w in enumerate(words)]
    n_ops = draw(st.integers(0, 8))
    for _ in range(n_ops):
        if not words:
            break
        k = draw(st.integers(0, len(words) - 1))
        op = draw(st.sampled_from(["replace", "delete", "insert", "upper", "quote", "exotic", "nfd"]))
        if op == "replace":
            words[k] = draw(st.sampled_from(WORDS))
        elif op == "delete":
            del words[k]
        elif op == "insert":
            words.insert(k, draw(st.sampled_from(WORDS)))
        elif op == "upper":
            words[k] = words[k].upper()
        elif op == "quote":
            words[k] = "“" + words[k] + "”"
        elif op == "exotic":
            words.insert(k, draw(st.one_of(st.sampled_from(EXOTIC), exotic_text)))
        else:
            words[k] = unicodedata.normalize("NFD", words[k])
    return " ".join(words)


@st.composite
def pair(draw):
    """(a, b) where b is built from unrelated text and copied (and perhaps mutated)
    slices of a, in any order."""
    a = draw(text(min_size=3, max_size=16, fragments=prose_fragment))
    pieces = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["copy", "copy", "mutated", "unrelated"]))
        if kind == "unrelated" or not a:
            pieces.append(draw(text(max_size=4)))
            continue
        i = draw(st.integers(0, len(a)))
        j = draw(st.integers(i, len(a)))
        if draw(st.booleans()):  # a longer slice, cut at word boundaries
            t = tokenize(a)
            if len(t):
                first = draw(st.integers(0, len(t) - 1))
                last = draw(st.integers(first, min(len(t) - 1, first + 80)))
                i, j = t.starts[first], t.ends[last]
        piece = a[i:j]
        if kind == "mutated":
            piece = draw(mutate(piece))
        pieces.append(piece)
    b = draw(st.sampled_from([" ", "\n\n", ""])).join(pieces)
    if draw(st.booleans()):
        a, b = b, a
    return a, b


any_pair = st.one_of(pair(), pair(), st.tuples(text(), text()))


# --- helpers ------------------------------------------------------------------------


def rebuild(diff, keep):
    return "".join(t for op, t in diff if op in keep)


def check_passage_invariants(a: str, b: str, cmp) -> None:
    for p in cmp.passages:
        # (e) offsets within bounds
        assert 0 <= p.a_start < p.a_end <= len(a), p
        assert 0 <= p.b_start < p.b_end <= len(b), p
        # (a) texts are the spans they claim
        assert p.a_text == a[p.a_start:p.a_end]
        assert p.b_text == b[p.b_start:p.b_end]
        # (b) the diff rebuilds both sides exactly
        assert rebuild(p.diff, (0, -1)) == p.a_text
        assert rebuild(p.diff, (0, 1)) == p.b_text
        assert all(op in (-1, 0, 1) and isinstance(t, str) and t for op, t in p.diff), p.diff
        assert p.kind in KINDS
        assert 0.0 < p.similarity <= 1.0
        if p.kind == "verbatim":
            assert p.similarity == 1.0
            assert p.a_words == p.b_words
        # word counts agree with the spans
        assert word_count(p.a_text) == p.a_words, (p.a_text, p.a_words)
        assert word_count(p.b_text) == p.b_words, (p.b_text, p.b_words)
    # (e) shares are fractions
    assert 0.0 <= cmp.a_shared <= 1.0
    assert 0.0 <= cmp.b_shared <= 1.0
    if not cmp.passages:
        assert cmp.a_shared == 0.0 and cmp.b_shared == 0.0
    else:
        assert cmp.a_shared > 0.0 and cmp.b_shared > 0.0
    # (e) no two passages overlap on both sides at once
    ps = cmp.passages
    for x in range(len(ps)):
        for y in range(x + 1, len(ps)):
            p, q = ps[x], ps[y]
            a_overlap = p.a_start < q.a_end and q.a_start < p.a_end
            b_overlap = p.b_start < q.b_end and q.b_start < p.b_end
            assert not (a_overlap and b_overlap), (p, q)
    assert sum(cmp.counts.values()) == len(ps)
    assert cmp.counts == {k: sum(1 for p in ps if p.kind == k) for k in KINDS}


def blocks(diff, negate=False):
    """A diff as a list of equal texts and (removed, added) change blocks, so that two
    diffs can be compared regardless of the order of removals and additions inside a
    change."""
    out = []
    dele, ins = [], []
    for op, t in [*diff, (0, "")]:
        if negate:
            op = -op
        if op == 0:
            if dele or ins:
                out.append(("change", "".join(dele), "".join(ins)))
                dele, ins = [], []
            if t:
                if out and out[-1][0] == "equal":
                    out[-1] = ("equal", out[-1][1] + t)
                else:
                    out.append(("equal", t))
        elif op == -1:
            dele.append(t)
        else:
            ins.append(t)
    return out


# --- properties ---------------------------------------------------------------------


@settings(max_examples=600, **SETTINGS)
@given(any_pair)
def test_passage_invariants(ab):
    a, b = ab
    cmp = compare_texts(a, b)
    check_passage_invariants(a, b, cmp)


@settings(max_examples=150, **SETTINGS)
@given(st.data())
def test_copied_passage_is_found(data):
    """A verbatim copy of 20+ distinct words, placed into arbitrary surrounding text on
    both sides, is covered by passages (checks that the generators exercise real
    matches, and that exotic neighbours do not hide a copy)."""
    words = data.draw(st.permutations(WORDS))[: data.draw(st.integers(20, len(WORDS)))]
    cuts = data.draw(st.lists(st.integers(1, len(words) - 1), max_size=4, unique=True))
    for k in sorted(cuts, reverse=True):
        words[k - 1] += data.draw(st.sampled_from([".", ",", ";", " —", "!"]))
        words[k] = data.draw(st.sampled_from([words[k], words[k].capitalize()]))
    passage = " ".join(words)
    a_before, a_after, b_before, b_after = (data.draw(text(max_size=5)) for _ in range(4))
    a = a_before + " " + passage + " " + a_after
    b = b_before + "\n\n" + passage + ".\n\n" + b_after
    cmp = compare_texts(a, b)
    check_passage_invariants(a, b, cmp)
    for side, txt, spans in (("a", a, [(p.a_start, p.a_end) for p in cmp.passages]),
                             ("b", b, [(p.b_start, p.b_end) for p in cmp.passages])):
        c0 = len(a_before if side == "a" else b_before) + (1 if side == "a" else 2)
        c1 = c0 + len(passage)
        assert txt[c0:c1] == passage
        covered = set()
        for s0, s1 in spans:
            covered.update(range(max(s0, c0), min(s1, c1)))
        assert len(covered) >= 0.9 * len(passage), (side, a, b, cmp.passages)


@settings(max_examples=300, **SETTINGS)
@given(any_pair)
def test_compare_is_symmetric(ab):
    a, b = ab
    ab_cmp = compare_texts(a, b)
    ba_cmp = compare_texts(b, a)

    def key(p, swap):
        spans = (p.b_start, p.b_end, p.a_start, p.a_end) if swap else (p.a_start, p.a_end, p.b_start, p.b_end)
        words = (p.b_words, p.a_words) if swap else (p.a_words, p.b_words)
        return spans + words + (p.kind, p.similarity)

    assert Counter(key(p, False) for p in ab_cmp.passages) == Counter(key(p, True) for p in ba_cmp.passages)
    assert ab_cmp.a_shared == ba_cmp.b_shared
    assert ab_cmp.b_shared == ba_cmp.a_shared
    assert (ab_cmp.a_words, ab_cmp.b_words) == (ba_cmp.b_words, ba_cmp.a_words)
    assert ab_cmp.counts == ba_cmp.counts

    mirrored = {(p.b_start, p.b_end, p.a_start, p.a_end): p for p in ba_cmp.passages}
    for p in ab_cmp.passages:
        q = mirrored[(p.a_start, p.a_end, p.b_start, p.b_end)]
        assert (q.a_text, q.b_text) == (p.b_text, p.a_text)
        # the mirrored diff still rebuilds both of its sides
        assert rebuild(q.diff, (0, -1)) == q.a_text == p.b_text
        assert rebuild(q.diff, (0, 1)) == q.b_text == p.a_text


@settings(max_examples=300, **SETTINGS)
@given(any_pair)
# Found by this property: a transposed word pair ("she order" / "order she") gets a
# different, non-mirrored diff in each direction.
@example(("program data was of to she order report taxpayers data he",
          "government program data was of to order she report taxpayers data he"))
def test_mirrored_diff_is_negated(ab):
    """The word diff of compare(b, a) is the diff of compare(a, b) with removals and
    additions swapped (compared change block by change block, since inside a change
    the removed text is always listed before the added text)."""
    a, b = ab
    ab_cmp = compare_texts(a, b)
    ba_cmp = compare_texts(b, a)
    mirrored = {(p.b_start, p.b_end, p.a_start, p.a_end): p for p in ba_cmp.passages}
    for p in ab_cmp.passages:
        q = mirrored.get((p.a_start, p.a_end, p.b_start, p.b_end))
        assert q is not None
        assert blocks(q.diff) == blocks(p.diff, negate=True), (a, b, p.diff, q.diff)


@settings(max_examples=300, **SETTINGS)
@given(any_pair)
def test_mirror_diff_is_the_merged_swapped_diff(ab):
    """mirror_diff swaps ops in place; re-merging the swapped diff (its first
    definition) would give exactly the same."""
    from reader.engine.wordiff import _merge_text, mirror_diff

    for p in compare_texts(*ab).passages:
        assert mirror_diff(p.diff) == _merge_text([(-op, text) for op, text in p.diff])


def check_self_compare(a: str) -> None:
    cmp = compare_texts(a, a)
    check_passage_invariants(a, a, cmp)
    t = tokenize(a)
    if len(t) == 0:
        assert cmp.passages == []
        assert cmp.a_shared == cmp.b_shared == 0.0
        return
    assert len(cmp.passages) == 1, (a, cmp.passages)
    (p,) = cmp.passages
    assert p.kind == "verbatim"
    assert p.similarity == 1.0
    assert p.a_start == p.b_start and p.a_end == p.b_end
    # spans the first to the last word, widened at most over punctuation
    assert p.a_start <= t.starts[0] and p.a_end >= t.ends[-1]
    for extra in (a[p.a_start:t.starts[0]], a[t.ends[-1]:p.a_end]):
        assert not any(c.isspace() or c.isalnum() for c in extra), repr(extra)
    assert p.a_words == p.b_words == len(t)
    assert p.diff == [(0, p.a_text)]
    assert cmp.a_shared == cmp.b_shared == 1.0
    assert cmp.counts["verbatim"] == 1


@settings(max_examples=400, **SETTINGS)
@given(text())
def test_self_compare_is_one_verbatim_passage(a):
    check_self_compare(a)


@settings(max_examples=300, **SETTINGS)
@given(exotic_text)
def test_self_compare_arbitrary_unicode(a):
    check_self_compare(a)


def test_self_compare_edge_cases():
    samples = [
        "",
        "   \n\n\t ",
        "word",
        "“Word.”",
        "(one)",
        "two words",
        "联邦法官周五裁定",
        "中",
        "😀🎉👍🏽",              # zero words
        "—–-…!?",               # zero words
        "שָׁלוֹם עוֹלָם",
        "مَرْحَبًا بِالْعَالَمِ",
        "\u202bRTL\u202c",
        "cafe\u0301",
        "\x00\x01\x1b[0m",
        "the the the the the the the the the the the the the the the the the the the the",
        "a " * 300,
        *EXOTIC,
    ]
    for a in samples:
        check_self_compare(a)


@settings(max_examples=200, **SETTINGS)
@given(any_pair)
def test_json_round_trip(ab):
    a, b = ab
    cmp = compare_texts(a, b)
    data = json.loads(json.dumps(cmp.to_json()))
    assert json.loads(json.dumps(cmp.to_json(), ensure_ascii=False)) == data
    assert {"a_shared", "b_shared", "passages"} <= set(data)
    assert len(data["passages"]) == len(cmp.passages)
    for d, p in zip(data["passages"], cmp.passages, strict=True):
        assert {"a_start", "a_end", "b_start", "b_end", "a_text", "b_text", "kind", "similarity",
                "diff"} <= set(d)
        assert (d["a_start"], d["a_end"], d["b_start"], d["b_end"]) == (p.a_start, p.a_end, p.b_start, p.b_end)
        assert d["a_text"] == a[d["a_start"]:d["a_end"]]
        assert d["b_text"] == b[d["b_start"]:d["b_end"]]
        assert d["kind"] == p.kind
        assert abs(d["similarity"] - p.similarity) < 1e-4
        assert [tuple(x) for x in d["diff"]] == list(p.diff)
        assert "".join(t for op, t in d["diff"] if op != 1) == d["a_text"]
        assert "".join(t for op, t in d["diff"] if op != -1) == d["b_text"]
