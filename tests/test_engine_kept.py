"""Unchanged text is never marked changed by the word diff's cleanup.

diff-match-patch's semantic cleanup weighs an equality by its length (here in words)
against the changes on both sides of it, and turns it into a change when it is no
longer than either: when B drops a paragraph and rewords the start of the next one but
one, the unchanged paragraph between the two edits showed as removed from A and added
to B. :func:`reader.engine.wordiff.semantic_cleanup` leaves alone every unchanged run
of ``MIN_KEPT`` words or more and every whole unchanged sentence.

Every test runs twice: with ``reader._native`` (where it is built) and on the Python
path (``_native`` switched off in the engine's modules), which must agree.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.engine.compare import Comparison, compare_texts
from reader.engine.wordiff import DELETE, EQUAL, INSERT, MIN_KEPT, semantic_cleanup
from reader.library.loading import load_library
from reader.library.resources import bundled_articles_dir

# ---- what the diff marks ----

def kept_spans(c: Comparison, side: str) -> list[tuple[int, int]]:
    """Character spans of one text that the comparison's diffs show as kept."""
    out = []
    for p in c.passages:
        pos = p.a_start if side == "a" else p.b_start
        mine = DELETE if side == "a" else INSERT
        for op, text in p.diff:
            if op == EQUAL:
                out.append((pos, pos + len(text)))
            if op in (EQUAL, mine):
                pos += len(text)
    return out


def changed_words(c: Comparison, text: str, side: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` that a passage's diff marks changed: inside the
    passage, in no kept stretch. (Words in no passage are not shared at all: which text
    the aligner takes into a passage is not the cleanup's business.)"""
    kept = kept_spans(c, side)
    spans = [(p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end) for p in c.passages]

    def within(x: int, y: int, stretches: list[tuple[int, int]]) -> bool:
        return any(s <= x and y <= e for s, e in stretches)

    return [m.group() for m in re.finditer(r"\w+", text[start:end])
            if within(start + m.start(), start + m.end(), spans)
            and not within(start + m.start(), start + m.end(), kept)]


# ---- the recipe: A = P1 P2 P3 P4, B = P1 P3 P4' ----

def recipe(paras: list[str], reworded: str) -> tuple[str, str, int, int, int]:
    """A and B, and where the unchanged paragraph P3 starts in each and its length."""
    p1, p2, p3, _ = paras
    a = "\n\n".join(paras)
    b = "\n\n".join([p1, p3, reworded])
    return a, b, len(p1) + len(p2) + 4, len(p1) + 2, len(p3)


def assert_kept(a: str, b: str, a_at: int, b_at: int, n: int) -> None:
    c = compare_texts(a, b)
    assert changed_words(c, a, "a", a_at, a_at + n) == []
    assert changed_words(c, b, "b", b_at, b_at + n) == []


P1 = ("The city council met on Tuesday evening to discuss the new budget proposal for the coming year. "
      "Several members raised concerns about the cost of road repairs.")
P2 = ("The mayor said the plan would balance the books without raising taxes on local families. "
      "Critics were not convinced by her arguments.")
P3 = "Residents asked many questions about the future of the public library."
P4 = ("The council will vote on the proposal next month after a final round of public hearings. "
      "Officials expect a close result because opinion is split. "
      "The mayor has promised to publish the full figures before the vote.")
P4_REWORDED = ("The council is expected to decide on the plan in the spring after more hearings. "
               "Officials expect a close result because opinion is split. "
               "The mayor has promised to publish the full figures before the vote.")


def test_the_recipe(code_path: str) -> None:
    """The case the issue measured: P3 showed as struck out in A and added in B."""
    assert_kept(*recipe([P1, P2, P3, P4], P4_REWORDED))


def test_a_short_unchanged_sentence_is_kept(code_path: str) -> None:
    """Fewer than MIN_KEPT words, but a whole sentence (the paragraph P3)."""
    short = "Nobody objected."
    assert len(short.split()) < MIN_KEPT
    assert_kept(*recipe([P1, P2, short, P4], P4_REWORDED))


def test_a_stop_word_seed_is_no_fixed_point(code_path: str) -> None:
    """A stop-word seed pairs seven stop words spaced about alike: here the six that end
    P1 and the next one, the "the" that ends the dropped P2 in A but the one inside P3 in
    B. Held as a fixed point, that "the" forced the diff past the unchanged P3 (three
    words: no content seed holds it), which showed as removed and added again. The
    example hypothesis found for the property below, kept so that it runs every time."""
    paras = ["Bal bam ban bar bas bat bax bel bem. Ben ber bes bet bex bil bim the the the the bin the of.",
             "Bir bis bit bix bol bom the.", "Bon the bor.", "Bos bot box. Bul bum bun."]
    assert_kept(*recipe(paras, "BALQ bot box. Bul bum bun."))


# ---- generated paragraphs ----

_VOCAB = [f"{c}{v}{e}" for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou") for e in "lmnrstx"]
_STOP = ["the", "of", "and", "to", "a", "in", "that", "is"]
_FRESH = [w.upper() + "Q" for w in _VOCAB]  # words no original paragraph holds


@st.composite
def texts(draw: st.DrawFn) -> list[str]:
    """Four paragraphs of one to three sentences, whose content words are all different
    (so that the texts align one way only) with stop words here and there; the first
    paragraph has two sentences of six words or more, so that the texts share a passage."""
    shapes = [[draw(st.integers(6, 14)) for _ in range(2)]]
    shapes += [draw(st.lists(st.integers(3, 14), min_size=1, max_size=3)) for _ in range(3)]
    total = sum(map(sum, shapes))
    content = iter(draw(st.lists(st.sampled_from(_VOCAB), min_size=total, max_size=total, unique=True)))
    paras = []
    for shape in shapes:
        sents = []
        for n in shape:
            ws = [draw(st.sampled_from(_STOP)) if k and draw(st.integers(0, 4)) == 4 else next(content)
                  for k in range(n)]
            sents.append(" ".join([ws[0].capitalize(), *ws[1:]]) + ".")
        paras.append(" ".join(sents))
    return paras


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(paras=texts(), share=st.floats(0.2, 0.8), rng=st.randoms(use_true_random=False))
def test_unchanged_paragraph_between_a_drop_and_a_rewording_is_kept(code_path: str, paras: list[str], share: float,
                                                                    rng: random.Random) -> None:
    """Drop P2, reword a share of P4's words from its start on: every word of P3 is
    kept on both sides."""
    p4 = paras[3].split(" ")
    n = max(1, int(len(p4) * share))
    # the reworded words, with some cut and some added
    new = [rng.choice(_FRESH) for _ in range(max(1, n + rng.randint(-2, 2)))]
    reworded = " ".join(new + p4[n:])
    assert_kept(*recipe(paras, reworded))


# ---- thirty variants on real paragraphs ----

def _real_paragraphs() -> list[list[str]]:
    library = load_library([bundled_articles_dir()])
    out = []
    for article in library.articles:
        paras = [p.strip() for p in article.body.split("\n\n")]
        out.append([p for p in paras if len(p.split()) >= 3 and not p.startswith("#")])
    return out


def _variants(count: int) -> Iterator[tuple[str, str, list[str]]]:
    """A, B and the sentences both carry unchanged, for ``count`` seeded variants of the
    recipe on four consecutive paragraphs of the bundled articles (P3 no longer than P2,
    as when the bug struck): P2 dropped and P4 reworded as a paraphrasing tool does it,
    from its start (mostly) or from a random word on, over at least as many words as P3
    holds, a word or two swapped, one or two kept."""
    rng = random.Random(11)
    articles = [paras for paras in _real_paragraphs() if len(paras) >= 4]
    vocab = sorted({w for paras in articles for p in paras for w in p.split()})
    made = 0
    while made < count:
        paras = rng.choice(articles)
        k = rng.randrange(len(paras) - 3)
        p1, p2, p3, p4 = paras[k : k + 4]
        if len(p3.split()) > len(p2.split()):
            continue
        words4 = p4.split(" ")
        start = 0 if rng.random() < 0.7 else rng.randrange(len(words4) // 2)
        stop = min(len(words4), start + len(p3.split()) + rng.randrange(10))
        out, i = words4[:start], start
        while i < stop:
            swap = rng.randint(1, 2)
            out += [rng.choice(vocab) for _ in range(swap)]
            i += swap
            keep = rng.randint(1, 2)
            out += words4[i : i + keep]
            i += keep
        reworded = " ".join(out + words4[i:])
        a = "\n\n".join([p1, p2, p3, p4])
        b = "\n\n".join([p1, p3, reworded])
        a_sents = set(_sentences(a))
        unchanged = [s for s in _sentences(b) if s in a_sents and b.count(s) == 1 == a.count(s)]
        made += 1
        yield a, b, unchanged


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n\n", text) if s.strip()]


def test_thirty_variants_mark_no_unchanged_sentence_changed(code_path: str) -> None:
    marked = []
    checked = 0
    for a, b, unchanged in _variants(30):
        c = compare_texts(a, b)
        for s in unchanged:
            checked += 1
            if changed_words(c, a, "a", a.index(s), a.index(s) + len(s)) or \
                    changed_words(c, b, "b", b.index(s), b.index(s) + len(s)):
                marked.append(s)
    assert checked > 60
    assert marked == []


# ---- the cleanup itself ----

def test_walls_are_left_as_they_are(code_path: str) -> None:
    """An equality of MIN_KEPT words between two longer changes stays; one word shorter,
    the cleanup merges it into one change as diff-match-patch does."""
    for kept, survives in ((MIN_KEPT, True), (MIN_KEPT - 1, False)):
        a = list(range(8)) + list(range(100, 100 + kept)) + list(range(8, 16))
        b = list(range(20, 28)) + list(range(100, 100 + kept)) + list(range(28, 36))
        ops = [(DELETE, 8), (INSERT, 8), (EQUAL, kept), (DELETE, 8), (INSERT, 8)]
        got = semantic_cleanup(a, b, ops)
        assert ((EQUAL, kept) in got) is survives
        if not survives:
            assert got == [(DELETE, 16 + kept), (INSERT, 16 + kept)]
