"""Provenance as families with a source: who shares reused text, what they share, and
who draws on whom only when the evidence says so.

For an aligned pair, the *containment* of article X in Y is the share of X's words that
lie in passages X shares with Y, words inside quotation marks left out (two reports
quoting the same speaker are not copies). A pair is a provenance link when either
containment in ``verbatim`` and ``edited`` passages reaches ``MIN_CONTAINMENT``, or
either containment counting ``rewritten`` passages too reaches ``MIN_REWORDED``;
linked articles form **families** (connected groups).

Each family gets a **source** (:class:`Family`): a member that credits itself as the
wire it carries (CNN's own story, "(CNN)"; rule ``own credit``), else the wire its
members credit (:mod:`reader.analysis.credits`; rule ``credit``), else the place its
members' common dateline names (``dateline``: one filed report, credited to no one),
else the member the directed links lead back to, else ``unknown`` (its fullest member
is named, not taken for the origin).

Each linked pair gets a relation, first rule that decides:

``credit``
    one side is the wire's own publication: the other draws on it;
``wire``
    either side credits a wire: both carry that wire's story (siblings, no direction);
``dateline``
    both open with the same dateline and credit no one: both carry one filed report;
``family``
    both belong to a dense family (one text carried by more than
    :data:`reader.engine.index.DENSE_MIN` articles, aligned against one representative),
    or the text they share is also carried by a third member (transitive reduction): both
    may draw on it; no direction;
``date``
    neither credits a wire and the copy shares at least ``MIN_EXCLUSIVE`` words with the
    source that no other member carries, and both dates are known and differ: the later
    draws on the earlier;
``rewording``
    as for ``date`` but mostly ``rewritten`` (see :func:`rewording_score`): the copy is
    the side whose swapped words are the unusual ones;
``unknown``
    they share text; which came first is not known.

A pair with no passage at all is still linked, as ``reworded`` (no direction), when it
tells one text in other words: at least ``MIN_REWORD_ORDER`` of the shorter article's
content words recur in the other in the same order (:func:`reworded_pairs`; an overnight
rewrite, a spun copy). Two reports of one event share names and places but not the order
of a whole text.

A link is flagged ``reworded`` when at least half of the shared words lie in passages of
kind ``rewritten``. Every link carries a ``reason`` in words.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.credits import Credits, find_credits
from reader.engine.compare import Comparison
from reader.text.tokens import STOPWORDS, tokenize

MIN_CONTAINMENT = 0.2
MIN_REWORDED = 0.5
MIN_EXCLUSIVE = 12          # words a copy must share with its source alone to be directed
MIN_REWORD_SCORE = 1.0
MIN_REWORD_ORDER = 0.4      # share of the shorter text's content words in the same order in the other
MIN_REWORD_CONTENT = 40     # content words the shorter text needs for that
DIRECTED = ("credit", "date", "rewording")
Decision = tuple[int, int, str, str]   # copy, source, basis, reason
SIBLING = ("wire", "dateline", "family")


@dataclass
class Link:
    copy: str             # the article that draws on the other (or side "a" when undirected)
    source: str
    copy_contained: float  # share of the copy's words in passages shared with the source
    source_contained: float
    reworded: bool
    basis: str            # credit | date | rewording (directed); wire | dateline | family | unknown
    kinds: dict
    reason: str = ""
    family: int = 0

    @property
    def directed(self) -> bool:
        return self.basis in DIRECTED

    @property
    def relation(self) -> str:
        """``draws_on`` (directed), ``siblings`` (both carry one source) or ``shares``."""
        if self.directed:
            return "draws_on"
        return "siblings" if self.basis in SIBLING else "shares"

    def to_json(self) -> dict:
        return {"copy": self.copy, "source": self.source, "directed": self.directed, "basis": self.basis,
                "relation": self.relation, "reason": self.reason, "family": self.family,
                "reworded": self.reworded, "copy_contained": round(self.copy_contained, 4),
                "source_contained": round(self.source_contained, 4), "kinds": dict(self.kinds)}


@dataclass
class Family:
    """Articles linked by reused text, with what they share (``source_*``)."""

    id: int
    members: list[str]
    source_kind: str       # wire | article | unknown
    source_name: str | None
    rule: str              # own credit | credit | dateline | date | rewording | none
    reason: str
    fullest: str           # the member with the most words in passages with the others
    links: list[Link] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"id": self.id, "members": list(self.members),
                "source": {"kind": self.source_kind, "name": self.source_name, "rule": self.rule,
                           "reason": self.reason},
                "fullest": self.fullest,
                "relations": [{"a": lk.copy, "b": lk.source, "relation": lk.relation, "basis": lk.basis,
                               "reason": lk.reason} for lk in self.links]}


def _words_by_kind(comparison: Comparison) -> Counter:
    c: Counter = Counter()
    for p in comparison.passages:
        c[p.kind] += p.a_words + p.b_words
    return c


def _swaps(diff: list[tuple[int, str]]) -> list[tuple[list[str], list[str]]]:
    """(words only in a, words only in b) for each place where one replaced the other."""
    out, dele, ins = [], [], []
    for op, text in [*diff, (0, "")]:
        if op == -1:
            dele += tokenize(text).norms
        elif op == 1:
            ins += tokenize(text).norms
        else:
            if dele and ins:
                out.append((dele, ins))
            dele, ins = [], []
    return out


def rewording_score(comparison: Comparison, a: AnalysedArticle, b: AnalysedArticle, background: Counter) -> float:
    """Positive when ``b`` looks like the reworded copy of ``a``, negative for the reverse.
    ``background`` counts words (normal forms) in the story's other articles."""
    score = 0.0
    a_names, b_names = a.own_names, b.own_names

    def common(words: list[str]) -> float:
        return sum(math.log1p(background[w]) + (0.5 if w in STOPWORDS else 0.0) for w in words) / len(words)

    for p in comparison.passages:
        for only_a, only_b in _swaps(p.diff):
            score += max(-1.0, min(1.0, common(only_a) - common(only_b)))
            if a_names & set(only_a) and not a_names & set(only_b):
                score += 3.0
            if b_names & set(only_b) and not b_names & set(only_a):
                score -= 3.0
    meta_a = bool(a.article.outlet) + bool(a.article.authors)
    meta_b = bool(b.article.outlet) + bool(b.article.authors)
    return score + 0.5 * (meta_a - meta_b)


def find_links(articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison]) -> list[Link]:
    """Provenance links among ``articles`` given the aligned pairs ``comparisons``
    ((i, j) with i < j → Comparison of articles[i] with articles[j])."""
    return trace(articles, comparisons)[0]


class _Shared:
    """Token indexes of each article in passages with each partner, quotations left out."""

    def __init__(self, articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison]) -> None:
        self.articles = articles
        quoted = [self._quoted(a) for a in articles]
        self.sets: dict[tuple[int, int], set[int]] = {}
        self.reused: dict[tuple[int, int], set[int]] = {}    # verbatim and edited passages only
        for (i, j), comp in comparisons.items():
            si: set[int] = set()
            sj: set[int] = set()
            ri: set[int] = set()
            rj: set[int] = set()
            for p in comp.passages:
                ti, tj = self._tokens(articles[i], p.a_start, p.a_end), self._tokens(articles[j], p.b_start, p.b_end)
                si.update(ti)
                sj.update(tj)
                if p.kind != "rewritten":
                    ri.update(ti)
                    rj.update(tj)
            self.sets[(i, j)], self.sets[(j, i)] = si - quoted[i], sj - quoted[j]
            self.reused[(i, j)], self.reused[(j, i)] = ri - quoted[i], rj - quoted[j]

    @staticmethod
    def _tokens(art: AnalysedArticle, start: int, end: int) -> range:
        t = art.tokens
        return range(bisect.bisect_left(t.starts, start), bisect.bisect_left(t.starts, end))

    def _quoted(self, art: AnalysedArticle) -> set[int]:
        out: set[int] = set()
        for q in art.quotes:
            out.update(self._tokens(art, q.start, q.end))
        return out

    def of(self, i: int, j: int) -> set[int]:
        return self.sets.get((i, j), set())

    def contained(self, i: int, j: int, reused_only: bool = False) -> float:
        n = self.articles[i].word_count
        words = self.reused.get((i, j), set()) if reused_only else self.of(i, j)
        return len(words) / n if n else 0.0

    def linked(self, i: int, j: int) -> bool:
        """Enough reused text for a link: ``MIN_CONTAINMENT`` in verbatim or edited passages,
        or ``MIN_REWORDED`` counting reworded ones (a reworded copy rewords most of a text;
        two reports of one event share a few reworded phrases)."""
        return (max(self.contained(i, j, True), self.contained(j, i, True)) >= MIN_CONTAINMENT
                or max(self.contained(i, j), self.contained(j, i)) >= MIN_REWORDED)

    def exclusive(self, i: int, j: int, others: Sequence[int]) -> int:
        """Words of article i shared with j and with no other article of ``others``."""
        rest = set(self.of(i, j))
        for k in others:
            if k not in (i, j):
                rest -= self.of(i, k)
        return len(rest)


def trace(articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison],
          dense: Sequence[Sequence[int]] = (),
          reworded: Sequence[tuple[int, int, float]] = ()) -> tuple[list[Link], list[Family]]:
    """The provenance links and families of ``articles`` (see the module doc); ``dense``
    lists the dense families whose members were aligned against one representative only
    (:meth:`reader.engine.index.SeedIndex.dense_groups`), ``reworded`` the pairs with no
    passage found to be told in other words from one text (:func:`reworded_pairs`)."""
    context = _Context(articles, comparisons, dense)
    linked = [(i, j) for (i, j) in sorted(comparisons) if context.shared.linked(i, j)]
    groups = _components(len(articles), linked + [(i, j) for i, j, _ in reworded])
    links: list[Link] = []
    families: list[Family] = []
    for fid, members in enumerate(groups, 1):
        inside = set(members)
        fam_links = [context.link(fid, members, i, j) for i, j in linked if i in inside]
        fam_links += [_reworded_link(articles, fid, i, j, share) for i, j, share in reworded if i in inside]
        fam_links.sort(key=lambda link: -link.copy_contained)
        families.append(_family(fid, articles, context.credits, context.shared, members, fam_links))
        links += fam_links
    links.sort(key=lambda link: -link.copy_contained)
    return links, families


class _Context:
    """What deciding the links of a story needs: shared words, credits, word counts and
    the dense families."""

    def __init__(self, articles: Sequence[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison],
                 dense: Sequence[Sequence[int]]) -> None:
        self.articles = articles
        self.comparisons = comparisons
        self.dense_size = {m: len(g) for g in dense for m in g}
        self.dense_id = {m: k for k, g in enumerate(dense) for m in g}
        self.background_all: Counter = Counter()
        self.per_article = []
        for art in articles:
            c = Counter(set(art.norms))
            self.per_article.append(c)
            self.background_all.update(c)
        self.shared = _Shared(articles, comparisons)
        self.credits = [find_credits(a.article) for a in articles]

    def link(self, fid: int, members: list[int], i: int, j: int) -> Link:
        """The link of the aligned pair (i, j) of family ``fid``."""
        comp = self.comparisons[(i, j)]
        words = _words_by_kind(comp)
        reworded = words["rewritten"] * 2 >= sum(words.values()) > 0
        kinds = {k: v for k, v in comp.counts.items() if v}
        background = partial(_background, self.background_all, self.per_article[i], self.per_article[j])
        in_dense = i in self.dense_id and self.dense_id[i] == self.dense_id.get(j)
        pair = _Pair(self.articles, self.credits, self.shared, members, i, j, comp, reworded, background,
                     self.dense_size[i] if in_dense else 0)
        copy, source, basis, reason = pair.decide()
        c_copy, c_source = (comp.a_shared, comp.b_shared) if copy == i else (comp.b_shared, comp.a_shared)
        return Link(self.articles[copy].id, self.articles[source].id, c_copy, c_source, reworded, basis, kinds,
                    reason, fid)


def _reworded_link(articles: Sequence[AnalysedArticle], fid: int, i: int, j: int, share: float) -> Link:
    return Link(articles[i].id, articles[j].id, share, share, True, "reworded", {}, (
        f"no passage is kept, but {share:.0%} of the shorter text's content words recur in the same order "
        "in the other: both tell one text in other words"), fid)


def content_words(art: AnalysedArticle) -> list[str]:
    """The article's words that carry content, in order (stop words, numbers and one-letter
    tokens left out)."""
    return [w for w in art.norms if len(w) > 1 and w.isalpha() and w not in STOPWORDS]


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of ``a`` and ``b`` (bit-parallel, one
    big-integer step per item of ``a``)."""
    masks: dict[str, int] = {}
    for k, w in enumerate(b):
        masks[w] = masks.get(w, 0) | (1 << k)
    full = (1 << len(b)) - 1
    v = full
    for w in a:
        u = v & masks.get(w, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - bin(v).count("1")


def reworded_pairs(articles: Sequence[AnalysedArticle],
                   candidates: Sequence[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """The ``candidates`` (pairs with no passage) told in other words from one text: the
    shorter has ``MIN_REWORD_CONTENT`` content words and ``MIN_REWORD_ORDER`` of them
    recur in the other *in the same order* (two reports of one event share names and
    places, not the order of a whole text). (i, j, that share) for each."""
    words: dict[int, list[str]] = {}
    out = []
    for i, j in candidates:
        a = words.setdefault(i, content_words(articles[i]))
        b = words.setdefault(j, content_words(articles[j]))
        shorter = min(len(a), len(b))
        if shorter < MIN_REWORD_CONTENT:
            continue
        share = lcs_length(a, b) / shorter
        if share >= MIN_REWORD_ORDER:
            out.append((i, j, share))
    return out


def _components(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i, j in edges:
        for k in (i, j):
            members = groups.setdefault(root(k), [])
            if k not in members:
                members.append(k)
    return [sorted(g) for g in sorted(groups.values(), key=min)]


def _background(story: Counter, a: Counter, b: Counter) -> Counter:
    """The story's word counts without the two articles of a pair."""
    return story - a - b


@dataclass
class _Pair:
    """One linked pair of a family and what is known about it."""

    articles: Sequence[AnalysedArticle]
    credits: list[Credits]
    shared: _Shared
    members: list[int]
    i: int
    j: int
    comp: Comparison
    reworded: bool
    background: Callable[[], Counter]
    dense: int = 0        # size of the dense family both belong to (0: none)

    def _id(self, k: int) -> str:
        return self.articles[k].id

    def decide(self) -> Decision:
        """(copy, source, basis, reason); copy is side i when undirected."""
        return (self._own_credit() or self._wire() or self._dateline() or self._dense_family()
                or self._exclusive() or self._rewording()
                or (self.i, self.j, "unknown",
                    "they share text; which came first is not known (no credit, no telling dates)"))

    def _own_credit(self) -> Decision | None:
        """One side is the wire's own publication: the other draws on it."""
        for copy, source in ((self.i, self.j), (self.j, self.i)):
            own = self.credits[source].own
            if own and self.credits[copy].own != own:
                how = "rewords" if self.reworded else "carries"
                return copy, source, "rewording" if self.reworded else "credit", (
                    f"{self._id(source)} is {own}'s own story (it credits itself); "
                    f"{self._id(copy)} {how} its text")
        return None

    def _wire(self) -> Decision | None:
        """Either side credits a wire: both carry its story."""
        i, j = self.i, self.j
        common = [w for w in self.credits[i].carried if w in self.credits[j].carried]
        if common:
            return i, j, "wire", f"both carry {_possessive(common[0])} story"
        for a, b in ((i, j), (j, i)):
            if self.credits[a].carried:
                wire = self.credits[a].carried[0]
                return i, j, "wire", (f"both carry {_possessive(wire)} story ({self._id(b)} does not credit it)")
        return None

    def _dateline(self) -> Decision | None:
        """The same dateline and no credit: one filed report."""
        place = self.credits[self.i].dateline
        if place and place == self.credits[self.j].dateline:
            return self.i, self.j, "dateline", (f"both carry one report filed from {place.title()} "
                                                "(the same dateline, no credit): likely a wire story")
        return None

    def _dense_family(self) -> Decision | None:
        """Both carry the text of a dense family (aligned against its representative only,
        so what the two share alone is not known): no direction."""
        if not self.dense:
            return None
        return self.i, self.j, "family", (f"the text they share is carried by {self.dense} articles: "
                                          "they may all draw on one source")

    def _exclusive(self) -> Decision | None:
        """The text they share is also in a third member (no direction), or the copy shares
        ``MIN_EXCLUSIVE`` words with the source alone and the dates tell which is later."""
        i, j = self.i, self.j
        ex_i = self.shared.exclusive(i, j, self.members)
        ex_j = self.shared.exclusive(j, i, self.members)
        if max(ex_i, ex_j) < MIN_EXCLUSIVE:
            others = [self._id(k) for k in self.members if k not in (i, j)]
            return i, j, "family", (f"the text they share is also in {', '.join(others)}: "
                                    "they may both draw on it")
        pi, pj = self.articles[i].published, self.articles[j].published
        if not (pi and pj and pi != pj):
            return None
        copy, source = (j, i) if pj > pi else (i, j)
        n = ex_i if copy == i else ex_j
        if n < MIN_EXCLUSIVE:
            return None
        return copy, source, "date", (
            f"only {self._id(source)} carries the {n} words {self._id(copy)} shares with it, "
            f"and {self._id(source)} is earlier by its date ({min(pi, pj)} before {max(pi, pj)})")

    def _rewording(self) -> Decision | None:
        """Mostly reworded: the copy is the side whose swapped-in words are the unusual ones."""
        if not self.reworded:
            return None
        s = rewording_score(self.comp, self.articles[self.i], self.articles[self.j], self.background())
        if abs(s) < MIN_REWORD_SCORE:
            return None
        copy, source = (self.j, self.i) if s > 0 else (self.i, self.j)
        return copy, source, "rewording", (
            f"{self._id(copy)} rewords {self._id(source)}'s text: the words it swapped in are "
            "the unusual ones, and no other source carries that text")


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _fullest(shared: _Shared, members: list[int]) -> int:
    """The member with the most words in passages with the others."""
    return max(members, key=lambda k: (len(set().union(*(shared.of(k, m) for m in members if m != k))), -k))


def _family(fid: int, articles: Sequence[AnalysedArticle], credits: list[Credits], shared: _Shared,
            members: list[int], links: list[Link]) -> Family:
    fullest = articles[_fullest(shared, members)].id
    fam = partial(Family, fid, [articles[k].id for k in members], fullest=fullest, links=links)
    for rule in (_own_credit_source, _credited_source, _dateline_source):
        found = rule(articles, credits, members)
        if found is not None:
            return fam(*found)
    return fam(*(_root_source(links) or (
        "unknown", None, "none",
        f"no member credits a source and no dates tell which came first; the fullest text is {fullest}'s")))


_Source = tuple[str, str | None, str, str]   # source kind, name, rule, reason


def _own_credit_source(articles: Sequence[AnalysedArticle], credits: list[Credits],
                       members: list[int]) -> _Source | None:
    """A member that credits itself as the wire it carries."""
    owners = [k for k in members if credits[k].own]
    if not owners:
        return None
    k = owners[0]
    return ("article", articles[k].id, "own credit",
            f"{articles[k].id} is {credits[k].own}'s own story (it credits itself)")


def _credited_source(articles: Sequence[AnalysedArticle], credits: list[Credits],
                     members: list[int]) -> _Source | None:
    """The wire the members credit most."""
    wires = Counter(w for k in members for w in credits[k].carried)
    if not wires:
        return None
    wire = wires.most_common(1)[0][0]
    by = [articles[k].id for k in members if wire in credits[k].carried]
    return "wire", wire, "credit", f"{', '.join(by)} credit{'s' if len(by) == 1 else ''} {wire}"


def _dateline_source(articles: Sequence[AnalysedArticle], credits: list[Credits],
                     members: list[int]) -> _Source | None:
    """A dateline at least two members open with: one filed report, credited to no one."""
    places = Counter(credits[k].dateline for k in members if credits[k].dateline)
    if not places or places.most_common(1)[0][1] < 2:
        return None
    place = str(places.most_common(1)[0][0])
    return ("unknown", None, "dateline",
            f"a report filed from {place.title()}: members carry it under its dateline, credited to no one")


def _root_source(links: list[Link]) -> _Source | None:
    """The one member the directed links lead back to."""
    directed = [lk for lk in links if lk.directed]
    roots = {lk.source for lk in directed} - {lk.copy for lk in directed}
    if not directed or len(roots) != 1:
        return None
    root = roots.pop()
    rules = sorted({lk.basis for lk in directed})
    why = "; ".join(lk.reason for lk in directed if lk.source == root)
    return "article", root, "/".join(rules), f"the others draw on {root} ({why})"


def provenance_by_article(articles: Sequence[ArticleLike], links: list[Link]) -> dict[str, dict]:
    """Per article: ``draws_on`` (its sources), ``used_by`` (articles drawing on it) and
    ``shares_with`` (links whose direction is unknown)."""
    out: dict[str, dict[str, list[str]]] = {a.id: {"draws_on": [], "used_by": [], "shares_with": []} for a in articles}
    for link in links:
        if not link.directed:
            out[link.copy]["shares_with"].append(link.source)
            out[link.source]["shares_with"].append(link.copy)
        else:
            out[link.copy]["draws_on"].append(link.source)
            out[link.source]["used_by"].append(link.copy)
    return out
