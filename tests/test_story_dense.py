"""A story carried by many sites: every copy of a dense wire family is related to the
family, members are aligned against one representative, and no member is said to draw on
another for want of evidence (issue 11, item 6). Every text here is made up."""

from __future__ import annotations

from random import Random

import pytest

from reader.analysis.provenance import MIN_REWORD_ORDER, lcs_length
from reader.analysis.story import _pairs, analyse_story, story_json
from reader.engine.index import DENSE_MIN
from reader.library.model import Article
from reader.text.tokens import STOPWORDS, word_count

FUNCTION = sorted(w for w in STOPWORDS if w.isalpha())
SYLLABLES = ["ka", "lo", "mi", "ter", "san", "du", "vel", "or", "pa", "ren", "sko", "bri", "ta", "nu", "gar",
             "fe", "li", "mon", "zu", "he", "qua", "ris", "tol", "ve"]


def _vocabulary(rng: Random, n: int) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _sentence(rng: Random, vocab: list[str]) -> str:
    words = [rng.choice(FUNCTION) if rng.random() < 0.35 else rng.choice(vocab) for _ in range(rng.randint(10, 24))]
    return " ".join(words).capitalize() + "."


def _paragraphs(rng: Random, vocab: list[str], n_words: int) -> list[str]:
    out: list[str] = []
    total = 0
    while total < n_words:
        para = " ".join(_sentence(rng, vocab) for _ in range(rng.randint(1, 3)))
        out.append(para)
        total += len(para.split())
    return out


def _edit(rng: Random, paragraph: str, vocab: list[str]) -> str:
    words = paragraph.split()
    for k in rng.sample(range(1, len(words)), min(len(words) - 1, 2)):
        words[k] = rng.choice(vocab) + ("." if words[k].endswith(".") else "")
    return " ".join(words)


def wire_library(copies: int, unrelated: int, seed: int = 7, credit: bool = True) -> tuple[list[Article], set[str]]:
    """``copies`` sites carrying one ~600-word wire text (edited here and there, often
    trimmed, some with a local line), on dates that differ, and ``unrelated`` articles."""
    rng = Random(seed)
    vocab = _vocabulary(rng, 3000)
    wire = _paragraphs(rng, vocab, 600)
    if credit:
        wire[0] = "RIVERTON (AP) \u2014 " + wire[0]
    articles = []
    for k in range(copies):
        kept = list(wire)
        if rng.random() < 0.6:
            kept = kept[: max(3, round(len(kept) * rng.uniform(0.4, 1.0)))]
        for p in rng.sample(range(len(kept)), rng.randint(0, 3)):
            kept[p] = _edit(rng, kept[p], vocab)
        if rng.random() < 0.4:
            kept.insert(rng.choice((1, len(kept))), _sentence(rng, vocab))
        body = "\n\n".join(kept)
        articles.append(Article(id=f"wire-{k:02d}", body=body, title=f"Site {k}", outlet=f"Site {k}",
                                published=f"2024-03-{1 + k % 3:02d}", words=word_count(body)))
    for k in range(unrelated):
        body = "\n\n".join(_paragraphs(rng, vocab, rng.randint(250, 700)))
        articles.append(Article(id=f"other-{k:02d}", body=body, title=f"Other {k}", outlet=f"Paper {k}",
                                words=word_count(body)))
    rng.shuffle(articles)
    return articles, {a.id for a in articles if a.id.startswith("wire-")}


@pytest.fixture(scope="module")
def credited():
    return wire_library(40, 30)


@pytest.fixture(scope="module")
def credited_story(credited):
    return analyse_story(credited[0])


def test_every_copy_lands_in_the_family(credited, credited_story):
    _, wire = credited
    out = story_json(credited_story)
    families = [set(f["members"]) for f in out["provenance"]["families"]]
    family = next(f for f in families if f & wire)
    assert family == wire
    related = set()
    for p in out["pairs"]:
        if p["passages"] and {p["a"], p["b"]} <= wire:
            related |= {p["a"], p["b"]}
    assert related == wire


def test_the_family_is_credited_to_the_wire_and_nothing_is_directed(credited_story):
    fam = next(f for f in credited_story.families if len(f.members) > 2)
    assert (fam.source_kind, fam.source_name) == ("wire", "AP")
    assert not any(lk.directed for lk in credited_story.links)


def test_members_are_aligned_against_one_representative(credited):
    articles, wire = credited
    from reader.analysis.article import analyse_all

    analysed = analyse_all(articles)
    candidates = _pairs([a.tokens for a in analysed])
    assert len(candidates.dense) == 1 and {analysed[m].id for m in candidates.dense[0]} == wire
    ids = [a.id for a in analysed]
    inside = [(i, j) for i, j in candidates.pairs if ids[i] in wire and ids[j] in wire]
    # a star, not every pair of 40 copies (780)
    assert len(inside) == len(wire) - 1
    hub = set(inside[0])
    for pair in inside:
        hub &= set(pair)
    assert len(hub) == 1


def test_no_unrelated_article_joins_the_family(credited_story, credited):
    _, wire = credited
    for link in credited_story.links:
        assert (link.copy in wire) == (link.source in wire)


def test_an_uncredited_family_gets_no_direction_from_its_dates():
    articles, wire = wire_library(DENSE_MIN + 6, 10, seed=3, credit=False)
    story = analyse_story(articles)
    fam = next(f for f in story.families if set(f.members) & wire)
    assert set(fam.members) == wire
    assert not any(lk.directed for lk in story.links)
    assert {lk.basis for lk in story.links} == {"family"}


# --- a copy reworded from one text, no passage kept ------------------------------------


def _reworded_trio(seed: int = 9) -> list[Article]:
    """A made-up text, a rewording of it (every fourth content word swapped, other
    function words between them: no run of words kept) and a text with the same content
    words shuffled (one event told independently)."""
    rng = Random(seed)
    vocab = _vocabulary(rng, 2000)
    content = [rng.choice(vocab) for _ in range(120)]

    def tell(words: list[str]) -> str:
        out = []
        for k, w in enumerate(words):
            out += [w, rng.choice(FUNCTION)]
            if k % 12 == 11:
                out[-1] += "."
        return " ".join(out).capitalize() + "."

    reworded = [rng.choice(vocab) if k % 4 == 3 else w for k, w in enumerate(content)]
    shuffled = list(content)
    rng.shuffle(shuffled)
    texts = {"original": tell(content), "reworded": tell(reworded), "shuffled": tell(shuffled)}
    return [Article(id=k, body=t, title=k, words=word_count(t)) for k, t in texts.items()]


def test_lcs_length():
    assert lcs_length([], ["a"]) == 0
    assert lcs_length(list("abcbdab"), list("bdcaba")) == 4
    assert lcs_length(list("xyz"), list("xyz")) == 3


def test_a_reworded_copy_with_no_passage_is_linked_without_direction():
    story = analyse_story(_reworded_trio())
    assert not any(c.passages for c in story.comparisons.values())
    [link] = story.links
    assert {link.copy, link.source} == {"original", "reworded"}
    assert link.basis == "reworded" and not link.directed and link.relation == "shares"
    assert link.copy_contained >= MIN_REWORD_ORDER
    assert [set(f.members) for f in story.families] == [{"original", "reworded"}]


def test_members_not_aligned_with_each_other_are_not_shown_as_sharing_nothing(credited_story, credited):
    from reader.reports.markdown import story_markdown

    _, wire = credited
    ids = [a.id for a in credited_story.articles]
    members = [ids.index(m) for m in sorted(wire)]
    matrix = story_json(credited_story)["matrix"]["shared"]
    unknown = [(i, j) for i in members for j in members if i != j and matrix[i][j] is None]
    # every pair of copies but the star's spokes: their share is unknown (null), never 0
    assert len(unknown) == len(members) * (len(members) - 1) - 2 * (len(members) - 1)
    assert all(matrix[i][j] is not None and matrix[i][j] > 0 for i in members for j in members
               if i != j and (i, j) not in unknown)
    others = [k for k in range(len(ids)) if k not in members]
    assert all(matrix[members[0]][k] is not None for k in others)      # unrelated articles: a real 0
    assert "n/a: two copies of one widely carried text" in story_markdown(credited_story)


def test_each_matrix_row_agrees_with_the_cell_by_cell_definition(credited_story):
    story = credited_story
    n = len(story.articles)
    for i in range(n):
        expected = [None if story.not_aligned(i, j) else story.shared(i, j) for j in range(n)]
        assert story.matrix_row(i) == expected


def test_the_reports_matrix_cells_are_the_cell_by_cell_definition(credited_story):
    from reader.reports.html import story_html
    from reader.reports.markdown import md_escape, story_markdown

    story = credited_story
    n = len(story.articles)
    lines = story_markdown(story).splitlines()
    html = story_html(story)
    for i, a in enumerate(story.articles):
        expected = ["—" if i == j else "n/a" if story.not_aligned(i, j) else f"{story.shared(i, j):.0%}"
                    for j in range(n)]
        assert f"| **{md_escape(a.id)}** | " + " | ".join(expected) + " |" in lines
    assert html.count(">n/a</td>") == sum(story.not_aligned(i, j) for i in range(n) for j in range(n))
