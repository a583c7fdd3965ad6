"""Group a library into stories (one event each) without comparing every pair.

Why it is built this way: a library may hold hundreds of thousands of articles, and the
Spark engine (``--engine spark``) must group exactly as this one does. So grouping is
three pure steps with their thresholds as module constants:

1. :func:`article_keys`: each article reduced to its *seeds* (the sampled word 4-gram
   hashes of :func:`reader.engine.index.seed_hashes`: text reuse) and its *keys*
   (normalised name words, long numbers and its most frequent content words: what it
   is about) and the dates it names (:func:`article_terms`). Deterministic across
   processes and machines (no Python ``hash()``).
2. :func:`candidate_pairs`: an inverted-index self-join. For each seed and each key,
   its posting list (the articles carrying it) adds one to the count of every pair in
   it. A seed carried by more than :func:`seed_max_df` articles (a stock footer of a
   huge archive) and a key carried by more than :func:`key_max_df` (a common word) are
   dropped; a seed carried by ``SEED_STAR_DF`` or more articles (one wire text on
   hundreds of sites) counts only for the pairs of its first carrier with each other
   one (a star, linear in its carriers, not quadratic). Pairs passing :func:`keep_pair`
   are kept, as :class:`PairEvidence`, which also counts the shared seeds that at most
   ``RARE_SEED_DF`` articles carry (a passage few articles have, not a stock phrase).
3. :func:`group`: pairs strong enough to be one event (:func:`linked`: shared text, as
   a share of the smaller article's seeds or as a paragraph of rare seeds however long
   the articles, or shared keys) are merged,
   strongest first, into stories; a merge that would make a story whose dated members
   lie more than ``STORY_DAYS`` apart is refused (an earlier disaster in the same
   place, a later appeal of the same case). Most articles carry no date, so the text's
   own dates count too: a pair linked only by its keys (no shared passage) is refused
   when each article's opening names a weekday, month or year the other never names
   (:func:`dated_apart`: another judge's ruling on Thursday beside Friday's reports),
   and so is a merge by keys alone of two stories that disagree so, their members'
   dates pooled (a report whose opening names no day does not bridge them).
   Articles with the same body (content hash) are one story first: a text copied a
   thousand times has seeds too common to count. Pure Python, deterministic, no I/O.

Story ids are ``s`` + the first 10 hex digits of the smallest SHA-256 content hash
among the story's members: the same members give the same id on every run and machine.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

# Steps 1 and 2 live in their own modules; their public names are importable from here
# too, so that grouping, the Spark engine and the tests name one place for the whole.
from reader.analysis.story_candidates import (
    KEY_MAX_DF as KEY_MAX_DF,
)
from reader.analysis.story_candidates import (
    MIN_PAIR_KEYS as MIN_PAIR_KEYS,
)
from reader.analysis.story_candidates import (
    MIN_PAIR_SEEDS as MIN_PAIR_SEEDS,
)
from reader.analysis.story_candidates import (
    RARE_SEED_DF as RARE_SEED_DF,
)
from reader.analysis.story_candidates import (
    SEED_STAR_DF as SEED_STAR_DF,
)
from reader.analysis.story_candidates import (
    PairEvidence as PairEvidence,
)
from reader.analysis.story_candidates import (
    candidate_pairs as candidate_pairs,
)
from reader.analysis.story_candidates import (
    keep_pair as keep_pair,
)
from reader.analysis.story_candidates import (
    key_max_df as key_max_df,
)
from reader.analysis.story_candidates import (
    key_postings,
)
from reader.analysis.story_candidates import (
    seed_max_df as seed_max_df,
)
from reader.analysis.story_keys import (
    CONTENT_KEYS as CONTENT_KEYS,
)
from reader.analysis.story_keys import (
    MAX_NAME_KEYS as MAX_NAME_KEYS,
)
from reader.analysis.story_keys import (
    MIN_CONTENT_LEN as MIN_CONTENT_LEN,
)
from reader.analysis.story_keys import (
    MIN_NAME_LEN as MIN_NAME_LEN,
)
from reader.analysis.story_keys import (
    OPENING_WORDS as OPENING_WORDS,
)
from reader.analysis.story_keys import (
    ArticleKeys as ArticleKeys,
)
from reader.analysis.story_keys import (
    article_keys as article_keys,
)
from reader.analysis.story_keys import (
    article_terms as article_terms,
)
from reader.analysis.story_keys import (
    content_hash as content_hash,
)
from reader.analysis.story_keys import (
    key_words as key_words,
)
from reader.analysis.story_keys import (
    seeds_of as seeds_of,
)
from reader.analysis.story_keys import (
    seeds_of_many as seeds_of_many,
)
from reader.text import cache_prune

GROUPING_VERSION = 2         # bump when keys or seeds change: cached keys are then never read
cache_prune.declare("grouping", GROUPING_VERSION)

# --- linking pairs into stories ---
LINK_SEEDS = 6               # text reuse: this many shared seeds (about two sentences)
LINK_SEED_SHARE = 0.15       # ... and this share of the smaller article's seeds,
LINK_PASSAGE_SEEDS = 12      # or this many rare shared seeds (a paragraph few articles carry), any share,
LINK_PASSAGE_KEY_SHARE = 0.25  # ... with MIN_PAIR_KEYS shared keys, this share of the smaller one's
LINK_KEYS = 8                # or aboutness: this many shared keys
LINK_KEY_SHARE = 0.35        # ... and this share of the smaller article's usable keys
STORY_DAYS = 14              # dated members of one story lie at most this many days apart


@dataclass(frozen=True)
class StoryGroup:
    """One story: ``members`` index the keys given to :func:`group` (sorted)."""

    id: str
    members: tuple[int, ...]
    article_ids: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    central: int                       # the member with the most links inside the story
    keywords: tuple[str, ...]          # keys most members carry, most carried first
    title: str = ""                    # filled from the articles (story_groups.stories_of)
    outlets: tuple[str, ...] = field(default=())



# --- 3. grouping ----------------------------------------------------------------------


def usable_keys(keys: Sequence[ArticleKeys]) -> list[int]:
    """Per article, how many of its keys the self-join counts (carried by at most
    :func:`key_max_df` articles)."""
    vals, docs = key_postings(keys)
    if not len(vals):
        return [0] * len(keys)
    counted = np.bincount(vals)[vals] <= key_max_df(len(keys))
    return np.bincount(docs[counted], minlength=len(keys)).tolist()


def linked(a: ArticleKeys, b: ArticleKeys, evidence: PairEvidence, keys_a: int, keys_b: int) -> float:
    """How strongly two articles are one event (0: not linked): shared text, or shared
    keys, each against the smaller article (``keys_a``, ``keys_b``: usable keys)."""
    seed_share = evidence.shared_seeds / max(1, min(len(a.seeds), len(b.seeds)))
    key_share = evidence.shared_keys / max(1, min(keys_a, keys_b))
    by_text = by_shared_text(a, b, evidence, keys_a, keys_b)
    by_keys = evidence.shared_keys >= LINK_KEYS and key_share >= LINK_KEY_SHARE and not dated_apart(a, b)
    if not (by_text or by_keys):
        return 0.0
    return min(seed_share, 1.0) + min(key_share, 1.0)


def by_shared_text(a: ArticleKeys, b: ArticleKeys, evidence: PairEvidence, keys_a: int, keys_b: int) -> bool:
    """Whether two articles share enough text to be linked by it alone: a share of the
    smaller one's seeds, or a passage of ``LINK_PASSAGE_SEEDS`` rare seeds however long
    the articles are (a wire paragraph inside two long local reports; the seeds two
    unrelated texts share by chance are mostly stock phrases, carried by many articles)
    when they share keys too, ``MIN_PAIR_KEYS`` and ``LINK_PASSAGE_KEY_SHARE`` of the
    smaller one's usable keys (``keys_a``, ``keys_b``): a wire paragraph names what both
    reports are about, a site's promotion paragraph under a few dozen unrelated reports
    names little of it."""
    seed_share = evidence.shared_seeds / max(1, min(len(a.seeds), len(b.seeds)))
    if evidence.shared_seeds >= LINK_SEEDS and seed_share >= LINK_SEED_SHARE:
        return True
    key_share = evidence.shared_keys / max(1, min(keys_a, keys_b))
    return evidence.rare_seeds >= LINK_PASSAGE_SEEDS and evidence.shared_keys >= MIN_PAIR_KEYS and \
        key_share >= LINK_PASSAGE_KEY_SHARE


def dated_apart(a: ArticleKeys, b: ArticleKeys) -> bool:
    """Whether two articles date their events differently: each names in its opening a
    weekday, month or year the other never names (another ruling on Thursday, the
    Friday one's report never says Thursday). A report of the next day names the day
    before too (``collapsed Thursday``), and an opening with no date never disagrees."""
    return bool(a.opening_dates - b.dates) and bool(b.opening_dates - a.dates)


def group(keys: Sequence[ArticleKeys], pairs: Mapping[tuple[int, int], PairEvidence]) -> list[StoryGroup]:
    """The stories of ``keys`` (every article in exactly one), largest first."""
    usable = usable_keys(keys)
    links = []
    for (i, j) in sorted(pairs):
        strength = linked(keys[i], keys[j], pairs[(i, j)], usable[i], usable[j])
        if strength > 0:
            links.append((-strength, i, j, not by_shared_text(keys[i], keys[j], pairs[(i, j)], usable[i], usable[j])))
    links.sort()
    forest = _Forest([_day(k.published) for k in keys], [(k.dates, k.opening_dates) for k in keys])
    degree = [0] * len(keys)
    first_of: dict[str, int] = {}
    for i, k in enumerate(keys):  # the same body under several names: one story, whatever the counts
        if k.content_hash:
            forest.union(first_of.setdefault(k.content_hash, i), i)
    for _, i, j, by_keys in links:
        if forest.union(i, j, by_keys):
            degree[i] += 1
            degree[j] += 1
    for _, i, j, _ in links:  # links inside a story made by other links count for centrality too
        if forest.find(i) == forest.find(j) and not forest.was_edge(i, j):
            degree[i] += 1
            degree[j] += 1
    stories = [_story(keys, members, degree) for members in forest.components()]
    return _distinct_ids(sorted(stories, key=lambda s: (-len(s.members), s.first_published or "", s.id)))


def _distinct_ids(stories: list[StoryGroup]) -> list[StoryGroup]:
    """``stories`` with no id given twice: a story is named by its members' smallest text
    hash, and one text published again a year later is another story of the same text; the
    later ones (in the given order) are named by their articles' ids as well, so each id
    opens one story."""
    seen: set[str] = set()
    out = []
    for s in stories:
        if s.id in seen:
            s = replace(s, id="s" + content_hash(s.id + "\n" + "\n".join(s.article_ids))[:10])
        seen.add(s.id)
        out.append(s)
    return out


class _Forest:
    """Union-find whose merges keep each story's dated members within ``STORY_DAYS``,
    and whose merges by keys alone never join two stories that date their openings
    apart (as :func:`dated_apart`, over each story's dates: one member whose opening
    names no day does not bridge the Thursday ruling to Friday's reports)."""

    def __init__(self, days: list[int | None], dates: list[tuple[frozenset[str], frozenset[str]]]) -> None:
        self.parent = list(range(len(days)))
        self.span = [(d, d) for d in days]
        self.dates = dates        # per root: the dates its members name, those of their openings
        self.edges: set[tuple[int, int]] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, by_keys: bool = False) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        span = _merge_span(self.span[a], self.span[b])
        if span[0] is not None and span[1] is not None and span[1] - span[0] > STORY_DAYS:
            return False
        (dates_a, opening_a), (dates_b, opening_b) = self.dates[a], self.dates[b]
        if by_keys and opening_a - dates_b and opening_b - dates_a:
            return False
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.span[a] = span
        if dates_b or opening_b:
            self.dates[a] = (dates_a | dates_b, opening_a | opening_b)
        self.edges.add((i, j))
        return True

    def was_edge(self, i: int, j: int) -> bool:
        return (i, j) in self.edges

    def components(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def _merge_span(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    lows = [x for x in (a[0], b[0]) if x is not None]
    highs = [x for x in (a[1], b[1]) if x is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return _dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _story(keys: Sequence[ArticleKeys], members: list[int], degree: list[int]) -> StoryGroup:
    if len(members) == 1:  # most of a large library: the same fields, without the sorting
        k = keys[members[0]]
        day = k.published[:10] if k.published and _day(k.published) is not None else None
        return StoryGroup(id="s" + (k.content_hash or content_hash(k.article_id))[:10], members=(members[0],),
                          article_ids=(k.article_id,), first_published=day, last_published=day, central=members[0],
                          keywords=())
    members = sorted(members)
    dates = sorted(p[:10] for p in (keys[m].published for m in members) if p and _day(p) is not None)
    hashes = [keys[m].content_hash or content_hash(keys[m].article_id) for m in members]
    central = min(members, key=lambda m: (-degree[m], keys[m].published or "9999", keys[m].article_id))
    return StoryGroup(
        id="s" + min(hashes)[:10],
        members=tuple(members),
        article_ids=tuple(keys[m].article_id for m in members),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        central=central,
        keywords=_keywords(keys, members),
    )


def _keywords(keys: Sequence[ArticleKeys], members: list[int], limit: int = 5) -> tuple[str, ...]:
    if len(members) < 2:
        return ()
    counts = Counter(w for m in members for w in keys[m].keys)
    shared = [w for w, c in counts.items() if c >= max(2, len(members) // 2)]
    return tuple(sorted(shared, key=lambda w: (-counts[w], w))[:limit])
