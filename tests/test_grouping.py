"""Grouping a library into stories: the self-join, the links, the ids, the cache, the pool.

Texts are generated (:mod:`benchmarks.scale`) or written here; none is real news."""

from __future__ import annotations

import dataclasses
import itertools
import random
from collections import Counter
from types import SimpleNamespace

import numpy as np
import pytest

from benchmarks.scale import Salad, intruders, pairwise, salad_library, wire_split
from reader.analysis import grouping as G
from reader.analysis import keys_store, story_candidates
from reader.analysis.keys_store import KeysStore, store_path
from reader.analysis.pool import map_articles
from reader.analysis.story_groups import body_keys, keys_of, stories_of
from reader.text.tokens import tokenize


def art(id_: str, body: str, published: str | None = None, title: str = "", outlet: str | None = None):
    return SimpleNamespace(id=id_, body=body, published=published, title=title or id_, outlet=outlet)


@pytest.fixture(scope="module")
def small():
    lib = salad_library(240, seed=3)
    return lib, [art(i, b, m.get("published"), m["title"], m["outlet"])
                 for i, b, m in zip(lib.ids, lib.bodies, lib.meta, strict=True)]


def brute_pairs(keys):
    """The self-join by hand: every pair, its shared seeds and keys under the df caps."""
    n = len(keys)
    seed_df = Counter(int(s) for k in keys for s in k.seeds.tolist())
    key_df = Counter(w for k in keys for w in k.keys)
    out = {}
    first = {}  # a seed carried by SEED_STAR_DF or more counts only for its first carrier's pairs
    for d, k in enumerate(keys):
        for x in k.seeds.tolist():
            first.setdefault(int(x), d)
    for i, j in itertools.combinations(range(n), 2):
        seeds = {int(s) for s in keys[i].seeds.tolist()} & {int(s) for s in keys[j].seeds.tolist()}
        s = sum(1 for x in seeds if seed_df[x] <= G.seed_max_df(n) and (seed_df[x] < G.SEED_STAR_DF or first[x] == i))
        k = sum(1 for w in keys[i].keys & keys[j].keys if key_df[w] <= G.key_max_df(n))
        r = sum(1 for x in seeds if seed_df[x] <= min(G.RARE_SEED_DF, G.seed_max_df(n)))
        if G.keep_pair(G.PairEvidence(s, k, r)):
            out[(i, j)] = G.PairEvidence(s, k, r)
    return out


def test_candidate_pairs_equal_the_all_pairs_count(small):
    _, articles = small
    keys = [G.article_keys(a) for a in articles[:120]]
    assert G.candidate_pairs(keys) == brute_pairs(keys)
    assert all(G.keep_pair(e) for e in G.candidate_pairs(keys).values())


def test_a_seed_carried_by_many_is_joined_as_a_star():
    seeds = np.array([7, 9], dtype=np.uint64)
    keys = [G.ArticleKeys(f"a{k}", seeds, frozenset(), None) for k in range(G.SEED_STAR_DF + 5)]
    pairs = story_candidates._join(np.concatenate([k.seeds for k in keys]), np.repeat(np.arange(len(keys)), 2),
                                   len(keys), G.seed_max_df(len(keys)), G.SEED_STAR_DF)
    codes, counts, rare = pairs
    assert len(codes) == len(keys) - 1 and set(counts.tolist()) == {2}  # article 0 with each other
    assert not rare.any()  # seeds this common are not a rare passage


def test_planted_stories_are_found(small):
    lib, articles = small
    stories = stories_of(articles)
    found = [list(s.article_ids) for s in stories]
    quality = pairwise(found, lib.stories)
    assert quality["precision"] >= 0.95 and quality["recall"] >= 0.8, quality
    assert wire_split(found, lib.wires) == 0
    assert intruders(found, lib.stories) == 0
    assert sorted(a for s in found for a in s) == sorted(lib.ids)  # every article in exactly one story


def test_grouping_does_not_depend_on_the_order_of_the_articles(small):
    _, articles = small
    once = {s.id: sorted(s.article_ids) for s in stories_of(articles)}
    shuffled = list(articles)
    random.Random(1).shuffle(shuffled)
    again = {s.id: sorted(s.article_ids) for s in stories_of(shuffled)}
    assert once == again


def test_story_id_is_the_smallest_member_hash_and_title_the_central_member(small):
    _, articles = small
    for story in stories_of(articles)[:5]:
        hashes = [G.content_hash(articles[m].body) for m in story.members]
        assert story.id == "s" + min(hashes)[:10]
        assert story.title == articles[story.central].title


def test_a_later_event_with_the_same_words_is_kept_apart():
    salad, rng = Salad(random.Random(2)), random.Random(3)
    names = ["Orvel Dunmire", "Kestrow", "Banlith Quarry", "Tamsel"]
    same = [salad.text(300, names * 3, rng) for _ in range(3)]
    articles = [art("a", same[0], "2024-03-01"), art("b", same[1], "2024-03-02"), art("c", same[2], "2026-05-01")]
    stories = stories_of(articles)
    assert [sorted(s.article_ids) for s in stories] == [["a", "b"], ["c"]]


def test_one_text_published_in_three_years_is_three_stories_with_three_ids():
    salad, rng = Salad(random.Random(5)), random.Random(6)
    text = salad.text(300, ["Orvel Dunmire", "Kestrow"] * 3, rng)
    articles = [art(f"y{year}", text, f"{year}-03-01") for year in (2024, 2025, 2026)]
    stories = stories_of(articles)
    assert len(stories) == 3
    assert len({s.id for s in stories}) == 3         # each id opens one story
    assert stories_of(articles)[1].id == stories[1].id      # and the same one each time


SALAD = Salad(random.Random(2))


def _ruling(opening: str, seed: int, also: str = "") -> str:
    """Word salad naming the same ten names (the same keys, no shared passage)."""
    names = ["Orvel", "Dunmire", "Kestrow", "Banlith", "Tamsel", "Quarrow", "Lindhaven", "Piketon", "Marsh", "Ebbing"]
    body = SALAD.text(300, names * 2, random.Random(seed))
    return f"A judge in Kestrow {opening} blocked the Banlith permit. {also}\n\n{body}"


def test_an_undated_ruling_on_another_day_is_kept_apart():
    # undated articles sharing their names and words: the opening's days disagree
    thursday = art("thursday", _ruling("on Thursday", 3))
    friday = art("friday", _ruling("on Friday", 4))
    keys = [G.article_keys(a) for a in (thursday, friday)]
    assert keys[0].opening_dates == {"thursday"} and keys[1].opening_dates == {"friday"}
    assert G.dated_apart(keys[0], keys[1])
    evidence, usable = G.candidate_pairs(keys)[(0, 1)], G.usable_keys(keys)
    undated = dataclasses.replace(keys[0], opening_dates=frozenset())
    assert G.linked(undated, keys[1], evidence, *usable) > 0 and G.linked(keys[0], keys[1], evidence, *usable) == 0
    assert sorted(sorted(s.article_ids) for s in stories_of([thursday, friday])) == [["friday"], ["thursday"]]
    # the next day's report that names the day before, and a report whose opening names
    # no day, are the same event
    next_day = art("next-day", _ruling("on Friday", 5, also="The hearing had closed on Thursday."))
    no_day = art("no-day", _ruling("this week", 6))
    stories = stories_of([thursday, next_day, no_day])
    assert [sorted(s.article_ids) for s in stories] == [["next-day", "no-day", "thursday"]]
    # a report whose opening names no day does not bridge the two rulings into one story
    stories = stories_of([thursday, friday, no_day])
    assert len(stories) == 2 and not any({"thursday", "friday"} <= set(s.article_ids) for s in stories)
    keys = [G.article_keys(a) for a in (thursday, friday, no_day)]
    pairs = G.candidate_pairs(keys)
    assert all(G.linked(keys[i], keys[2], pairs[(i, 2)], *G.usable_keys([keys[i], keys[2]])) > 0 for i in (0, 1))
    # text reuse is not refused: a wire copy whose opening was edited to another day
    copy = art("copy", thursday.body.replace("on Thursday", "on Friday", 1))
    assert len(stories_of([thursday, copy])) == 1


def _long_reports(passage: str, count: int, seed: int) -> list[SimpleNamespace]:
    """``count`` long reports of different events (their own names, 900 words each), each
    with ``passage`` as its third paragraph."""
    rng = random.Random(seed)
    out = []
    for k in range(count):
        paragraphs = SALAD.text(900, SALAD.some_names(rng, 8), rng).split("\n\n")
        paragraphs.insert(2, passage)
        out.append(art(f"r{k:02d}", "\n\n".join(paragraphs)))
    return out


def test_a_wire_paragraph_inside_two_long_reports_links_them_and_a_stock_paragraph_does_not():
    passage = SALAD.text(80, ["Velmoor Crane", "Ostrand", "Pellick Haver", "Brunmoss"], random.Random(11)).strip()
    two = _long_reports(passage, 2, 12)
    keys = [G.article_keys(a) for a in two]
    evidence, usable = G.candidate_pairs(keys)[(0, 1)], G.usable_keys(keys)
    share = evidence.shared_seeds / min(len(k.seeds) for k in keys)
    assert share < G.LINK_SEED_SHARE and evidence.rare_seeds >= G.LINK_PASSAGE_SEEDS  # a short part of each
    assert G.by_shared_text(*keys, evidence, *usable)
    assert [sorted(s.article_ids) for s in stories_of(two)] == [["r00", "r01"]]
    # too short a passage, or one naming too little of what the reports are about, is not enough
    assert not G.by_shared_text(*keys, dataclasses.replace(evidence, rare_seeds=G.LINK_PASSAGE_SEEDS - 1), *usable)
    assert not G.by_shared_text(*keys, dataclasses.replace(evidence, shared_keys=G.MIN_PAIR_KEYS - 1), *usable)
    assert not G.by_shared_text(*keys, evidence, *(5 * evidence.shared_keys for _ in usable))
    # the same paragraph in more than RARE_SEED_DF reports (a stock paragraph) links none of them
    many = _long_reports(passage, G.RARE_SEED_DF + 4, 13)
    keys = [G.article_keys(a) for a in many]
    assert all(e.rare_seeds == 0 for e in G.candidate_pairs(keys).values())
    assert all(len(s.members) == 1 for s in stories_of(many))
    # a site's promotion paragraph under a few unrelated long reports (each in words of its own, as
    # reports of different events are): rare seeds, but four keys of some twenty-five in common
    promo = SALAD.text(80, ["Quellby", "Tarnish Weekly"], random.Random(14)).strip()
    few = []
    for k in range(5):
        rng = random.Random(20 + k)
        own = Salad(rng, words=3000, names=500)
        paragraphs = own.text(900, own.some_names(rng, 8), rng).split("\n\n")
        paragraphs.insert(2, promo)
        few.append(art(f"r{k}", "\n\n".join(paragraphs)))
    keys = [G.article_keys(a) for a in few]
    pairs = G.candidate_pairs(keys)
    usable = G.usable_keys(keys)
    assert len(pairs) == 10 and all(e.rare_seeds >= G.LINK_PASSAGE_SEEDS for e in pairs.values())
    assert not any(G.by_shared_text(keys[i], keys[j], e, usable[i], usable[j]) for (i, j), e in pairs.items())
    assert all(len(s.members) == 1 for s in stories_of(few))


@pytest.mark.parametrize(("text", "dates", "opening"), [
    ("On Monday the board met. It meets again in March 2025.", {"monday", "march", "2025"}, {"monday", "march",
                                                                                          "2025"}),
    ("May we go? The vote may come in May, or in 1999.", {"may", "1999"}, {"may", "1999"}),
    ("March on, they said; the march was on a sunday in 2150.", set(), set()),
    (" ".join(["word"] * G.OPENING_WORDS) + " on Tuesday in 2019", {"tuesday", "2019"}, set()),
])
def test_dates_and_the_opening_s_dates(text, dates, opening):
    _, found, first = G.article_terms(tokenize(text))
    assert found == dates and first == opening


def test_one_article_copied_a_thousand_times_is_one_story_keyed_once():
    body = Salad(random.Random(4)).text(300, ["Quillon Harte", "Farrowmere"], random.Random(5))
    store = KeysStore()
    keys = keys_of([art(f"copy-{k}", body) for k in range(1000)], store=store)
    stories = G.group(keys, G.candidate_pairs(keys))
    assert len(stories) == 1 and len(stories[0].members) == 1000
    assert len({k.content_hash for k in keys}) == 1


def test_the_pool_gives_what_one_process_gives(small):
    _, articles = small
    bodies = [a.body for a in articles[:80]]
    pooled = map_articles(body_keys, bodies, pool_min=0)
    serial = [body_keys(b) for b in bodies]
    assert len(pooled) == len(serial)
    for (s1, *w1), (s2, *w2) in zip(pooled, serial, strict=True):
        assert np.array_equal(s1, s2) and w1 == w2


def test_keys_are_cached_by_content_and_only_new_bodies_are_keyed(small, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    _, articles = small
    keys_of(articles[:60])
    store = KeysStore()
    assert len(store.entries) == 60 and store.problem is None
    keyed = []
    monkeypatch.setattr("reader.analysis.story_groups.map_articles",
                        lambda fn, chunks, *a, **k: keyed.extend(b for c in chunks for b in c) or list(map(fn, chunks)))
    again = keys_of(articles[:61])
    assert keyed == [articles[60].body]
    first = [G.article_keys(a) for a in articles[:61]]
    assert all(np.array_equal(a.seeds, b.seeds) and (a.keys, a.dates, a.opening_dates) == (b.keys, b.dates,
               b.opening_dates) for a, b in zip(again, first, strict=True))


def _deep_head() -> bytes:
    head = b"[" * 100_000 + b"]" * 100_000        # JSON nested too deep for the parser: RecursionError
    return keys_store._HEAD.pack(keys_store.MAGIC, keys_store.FORMAT, len(head)) + head


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "bad-sizes", "deep"])
def test_a_corrupt_or_truncated_store_is_rebuilt_with_one_warning(small, tmp_path, monkeypatch, damage):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    _, articles = small
    keys_of(articles[:20])
    path = store_path()
    data = path.read_bytes()
    broken = {"truncate": data[: len(data) // 2], "garbage": b"\x00\xff" * 300, "empty": b"",
              "bad-sizes": data[:20] + data[21:], "deep": _deep_head()}[damage]
    path.write_bytes(broken)
    warnings: list[str] = []
    keys = keys_of(articles[:20], warn=warnings.append)
    assert len(keys) == 20
    assert len(warnings) == 1 and "rebuilding" in warnings[0]
    warnings.clear()
    keys_of(articles[:20], warn=warnings.append)
    assert warnings == [] and len(KeysStore().entries) == 20


def test_adding_an_article_writes_a_journal_not_the_whole_store(small, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    _, articles = small
    keys_of(articles[:100])
    base = store_path()
    before = base.stat().st_mtime_ns, base.stat().st_size
    keys_of(articles[:101])
    journals = list(base.parent.glob("keys.bin.add-*.bin"))
    assert (base.stat().st_mtime_ns, base.stat().st_size) == before and len(journals) == 1
    assert journals[0].stat().st_size < before[1] // 20
    assert len(KeysStore().entries) == 101
    journals[0].write_bytes(journals[0].read_bytes()[:-3])  # a torn journal: one warning, rebuilt
    warnings: list[str] = []
    keys_of(articles[:101], warn=warnings.append)
    assert len(warnings) == 1 and not list(base.parent.glob("keys.bin.add-*.bin"))
    assert len(KeysStore().entries) == 101


def test_the_self_join_equals_all_pairs_on_any_small_library():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    seeds = st.lists(st.integers(0, 12), max_size=10).map(lambda xs: np.unique(np.array(xs, dtype=np.uint64)))
    words = st.frozensets(st.sampled_from([f"w{k}" for k in range(25)]), max_size=15)
    library = st.lists(st.tuples(seeds, words), min_size=0, max_size=45)  # (some seeds in 32 or more: stars)

    @settings(max_examples=60, deadline=None)
    @given(library)
    def check(items):
        keys = [G.ArticleKeys(f"a{k}", s, w, None, f"{k:064x}") for k, (s, w) in enumerate(items)]
        found = G.candidate_pairs(keys)
        assert found == brute_pairs(keys)
        stories = G.group(keys, found)
        assert sorted(m for s in stories for m in s.members) == list(range(len(keys)))

    check()
