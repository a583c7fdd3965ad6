"""The same quotation across sources: which articles carry it and how their wording differs.

Quotes are compared as word tokens in their normal form (:mod:`reader.text.tokens`: case,
quote style, apostrophes and Unicode form do not matter). Two quotes are the same
quotation when

``same``
    their words are equal (for quotes under ``MIN_FRAGMENT`` words, also no two different
    named speakers);
``fragment``
    one is a run of the other's words (a partial quote of a longer statement): at least
    ``MIN_FRAGMENT`` words, or fewer when both have the same named speaker and the longer
    has at least ``MIN_CONTAINER`` words (“reasoned explanation” inside a judge's
    sentence); or nearly so: ≥ 5 words of which ``FRAGMENT_COVER`` are found, in order, in a
    window of the longer quote at most 1.5 times as long;
``altered``
    the same statement reworded: word similarity (2 × matched / both lengths, matched
    words counted by diff-match-patch over word ids, as the comparison engine does) of
    at least ``ALTERED_SIMILARITY``.

So two different sentences that merely open alike (“Plaintiffs have shown that the IRS’s
disclosure …” and “Plaintiffs have shown that the IRS’s implementation …”) stay apart: they
share a seven-word opening and little else. Equal and altered quotes are grouped
transitively; a fragment joins the one group whose quote contains it best, so a short
phrase found in two different statements never merges them.

Each group has a canonical quote (the longest) and, for every occurrence, its relation
to the canonical and a word diff in the engine's format: ``[op, text]`` with op 0 kept,
-1 only in the canonical wording, 1 only in this source's (for a fragment, against the
matching window of the canonical quote).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from reader.analysis.article import AnalysedArticle, ArticleLike, analyse
from reader.analysis.quotes import Quote
from reader.engine.wordiff import DELETE, EQUAL, INSERT, dmp_ops, semantic_cleanup, surface_diff
from reader.text.tokens import STOPWORDS, Tokens, tokenize

MIN_FRAGMENT = 3
MIN_CONTAINER = 5
FRAGMENT_COVER = 0.85
ALTERED_SIMILARITY = 0.7
_COMMON = 200          # a content word in more quotes than this does not propose pairs


@dataclass
class Occurrence:
    article: str
    outlet: str | None
    quote: Quote
    relation: str = "same"          # same | fragment | altered | related (to the canonical quote)
    similarity: float = 1.0
    diff: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        q = self.quote
        return {"article": self.article, "outlet": self.outlet, "start": q.start, "end": q.end,
                "text": q.text, "speaker": q.speaker, "relation": self.relation,
                "similarity": round(self.similarity, 4), "diff": [[op, t] for op, t in self.diff]}


@dataclass
class QuoteGroup:
    id: int
    canonical: Occurrence
    occurrences: list[Occurrence]

    # made once: a list of quotes asks each quote's group (one quotation printed 30,000 times
    # in a hostile file made the side panel walk its occurrences once per quote)
    @cached_property
    def carried_by(self) -> list[str]:
        return list(dict.fromkeys(o.article for o in self.occurrences))

    @cached_property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(o.outlet for o in self.occurrences if o.outlet))

    @property
    def speaker(self) -> str | None:
        named = Counter(o.quote.speaker for o in self.occurrences if o.quote.speaker)
        return named.most_common(1)[0][0] if named else None

    def other_speakers(self) -> list[tuple[str, str]]:
        """(article, speaker) for each occurrence whose article gives the quotation to
        someone else than :attr:`speaker`, by surname ("Leon Whitfield" and "Whitfield"
        are one speaker): one quotation, two people credited with it."""
        main = self.speaker
        if main is None:
            return []
        own = surname(main)
        return list(dict.fromkeys((o.article, o.quote.speaker) for o in self.occurrences
                                  if o.quote.speaker and surname(o.quote.speaker) != own))


def surname(name: str) -> str:
    """The last word of a speaker's name, case folded: "Leon Whitfield" and "Whitfield"
    are one speaker."""
    return name.split()[-1].casefold() if name.split() else ""


class _Item:
    """One quote with its words' normal forms and its content words (a tuple in a set's
    order: a set of them took 728 bytes a quote); its tokens are made again when a diff
    needs them (kept, with their copy of the quote's text, they took a third of what
    matching the 19,000 quotes of a 5 MB article held)."""

    __slots__ = ("analysed", "article", "content", "n", "norms", "outlet", "quote")

    def __init__(self, n: int, article: ArticleLike | AnalysedArticle, quote: Quote, analysed: AnalysedArticle | None):
        self.n, self.article, self.outlet, self.quote = n, article.id, article.outlet, quote
        self.analysed = analysed
        self.norms = self.tokens().norms
        self.content = tuple({w for w in self.norms if w not in STOPWORDS})

    def tokens(self) -> Tokens:
        """The quote's tokens: cut out of the analysed body's (given quotes of an article
        not analysed, or not found in its body, are split on their own)."""
        art, q = self.analysed, self.quote
        if art is not None and art.body[q.start:q.end] == q.text:
            return art.tokens_of(q.start, q.end)
        return tokenize(q.text)


def _matched(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Index pairs of equal words in a word diff of a and b."""
    vocab: dict[str, int] = {}
    ia = [vocab.setdefault(w, len(vocab)) for w in a]
    ib = [vocab.setdefault(w, len(vocab)) for w in b]
    pairs: list[tuple[int, int]] = []
    pa = pb = 0
    for op, n in dmp_ops(ia, ib):
        if op == EQUAL:
            pairs.extend((pa + k, pb + k) for k in range(n))
        if op != INSERT:
            pa += n
        if op != DELETE:
            pb += n
    return pairs


def _contains(long: list[str], short: list[str]) -> int:
    """Start of ``short`` as a run of ``long``, or -1."""
    n = len(short)
    for i in range(len(long) - n + 1):
        if long[i:i + n] == short:
            return i
    return -1


def relation(a: _Item, b: _Item) -> tuple[str, float] | None:
    """How quote b relates to quote a (``None``: not the same quotation)."""
    if not a.norms or not b.norms or set(a.content).isdisjoint(b.content):
        return None
    same_speaker = bool(a.quote.speaker) and a.quote.speaker == b.quote.speaker
    long, short = (a, b) if len(a.norms) >= len(b.norms) else (b, a)
    if len(short.norms) < MIN_FRAGMENT and a.quote.speaker and b.quote.speaker and not same_speaker:
        return None                                      # “unlawful” from two different people
    if a.norms == b.norms:
        return "same", 1.0
    if _contains(long.norms, short.norms) >= 0 and (
            len(short.norms) >= MIN_FRAGMENT or (same_speaker and len(long.norms) >= MIN_CONTAINER)):
        return "fragment", len(short.norms) / len(long.norms)
    pairs = _matched(long.norms, short.norms)
    similarity = 2 * len(pairs) / (len(a.norms) + len(b.norms))
    if similarity >= ALTERED_SIMILARITY:
        return "altered", similarity
    if len(short.norms) >= 5 and len(pairs) >= FRAGMENT_COVER * len(short.norms):
        width = pairs[-1][0] - pairs[0][0] + 1
        if width <= 1.5 * len(short.norms):
            return "fragment", len(pairs) / len(long.norms)
    return None


def match_quotes(articles: Iterable[ArticleLike | AnalysedArticle],
                 quotes: dict[str, list[Quote]] | None = None) -> list[QuoteGroup]:
    """Group the quotes of ``articles`` (their analysed quotes unless given, by article id)
    so that each group is one quotation; every quote is in exactly one group."""
    items = _items(articles, quotes)
    parent = list(range(len(items)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    reps = _distinct_wordings(items, parent)
    fragments: list[tuple[float, int, int, int]] = []
    for it, other in _candidate_pairs(items, reps):
        found = relation(it, other)
        if found is None:
            continue
        kind, score = found
        if kind == "fragment":
            short, long = sorted((it, other), key=lambda x: (len(x.norms), x.n))
            fragments.append((score, len(long.norms), short.n, long.n))
        else:
            parent[root(it.n)] = root(other.n)
    base = [root(n) for n in range(len(items))]      # clusters of equal and altered quotes
    attached: set[int] = set()
    for _, _, short_n, long_n in sorted(fragments, key=lambda f: (-f[0], -f[1])):
        r = base[short_n]
        if r in attached or root(r) == root(long_n):
            continue
        attached.add(r)                                  # a fragment joins one container only
        parent[root(r)] = root(long_n)
    members: dict[int, list[_Item]] = {}
    for it in items:
        members.setdefault(root(it.n), []).append(it)
    return [_group(gid, group) for gid, group in enumerate(sorted(members.values(), key=lambda g: g[0].n))]


def _items(articles: Iterable[ArticleLike | AnalysedArticle], quotes: dict[str, list[Quote]] | None) -> list[_Item]:
    """Every quote of every article, with its words: cut out of the analysed body's
    tokens (given quotes of an article not analysed are split on their own)."""
    items: list[_Item] = []
    for article in articles:
        art = article if isinstance(article, AnalysedArticle) else None
        given = quotes.get(article.id) if quotes is not None else None
        if given is None:
            art = analyse(article)
            given = art.quotes
        for q in given:
            items.append(_Item(len(items), article, q, art))
    return items


def _distinct_wordings(items: list[_Item], parent: list[int]) -> list[_Item]:
    """One item per distinct wording (the others point to it in ``parent``)."""
    reps: list[_Item] = []
    first: dict[tuple, int] = {}
    for it in items:
        key = (tuple(it.norms), it.quote.speaker if len(it.norms) < MIN_FRAGMENT else None)
        if key in first:
            parent[it.n] = first[key]
        else:
            first[key] = it.n
            reps.append(it)
    return reps


def _candidate_pairs(items: list[_Item], reps: list[_Item]) -> Iterator[tuple[_Item, _Item]]:
    """Pairs of wordings that share at least two content words (or all of a shorter
    one's), each once, the earlier item first; words in very many quotes do not count."""
    index: dict[str, list[int]] = {}
    for it in reps:
        for w in it.content:
            index.setdefault(w, []).append(it.n)
    for it in reps:
        shared: Counter = Counter()
        for w in it.content:
            if len(index[w]) <= _COMMON:
                shared.update(o for o in index[w] if o > it.n)
        for other, n in shared.items():
            if n >= min(2, len(it.content), len(items[other].content)):   # one shared word is not a shared quote
                yield it, items[other]


def _group(gid: int, group: list[_Item]) -> QuoteGroup:
    canon = max(group, key=lambda x: (len(x.norms), -x.n))
    canon_tokens = canon.tokens() if len(group) > 1 else None
    occurrences = [_occurrence(canon, it, canon_tokens) for it in group]
    return QuoteGroup(gid, next(o for o, it in zip(occurrences, group, strict=True) if it is canon), occurrences)


def _occurrence(canon: _Item, it: _Item, canon_tokens: Tokens | None) -> Occurrence:
    occ = Occurrence(it.article, it.outlet, it.quote)
    if it is canon:
        occ.diff = [(EQUAL, it.quote.text)]
        return occ
    found = relation(canon, it)
    occ.relation, occ.similarity = found if found else ("related", 0.0)
    occ.diff = _token_diff(canon_tokens or canon.tokens(), it.tokens(), window=occ.relation == "fragment")
    return occ


def word_diff(a: str, b: str, window: bool = False) -> list[tuple[int, str]]:
    """Word diff of b against a in the engine's [op, text] form; with ``window``, against
    only the stretch of a that b's words match (for a fragment of a longer quote)."""
    return _token_diff(tokenize(a), tokenize(b), window)


def _token_diff(ta: Tokens, tb: Tokens, window: bool) -> list[tuple[int, str]]:
    """:func:`word_diff` of two tokenised texts."""
    a, b = ta.text, tb.text
    if not len(ta) or not len(tb):
        return [d for d in ((DELETE, a), (INSERT, b)) if d[1]]
    lo, hi = 0, len(ta) - 1
    if window:
        pairs = _matched(ta.norms, tb.norms)
        if pairs:
            lo, hi = pairs[0][0], pairs[-1][0]
    vocab: dict[str, int] = {}
    ia = [vocab.setdefault(w, len(vocab)) for w in ta.norms[lo:hi + 1]]
    ib = [vocab.setdefault(w, len(vocab)) for w in tb.norms]
    ops = semantic_cleanup(ia, ib, dmp_ops(ia, ib))
    a_span = (ta.starts[lo], ta.ends[hi]) if window else (0, len(a))
    return surface_diff(ta, a_span, lo, tb, (0, len(b)), 0, ops)


def diff_text(diff: list[tuple[int, str]]) -> str:
    """A diff as plain text: removed words ``[-…-]``, added words ``{+…+}``."""
    marks = {EQUAL: "{}", DELETE: "[-{}-]", INSERT: "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in diff)


# --- for the command line ------------------------------------------------------------


MAX_ALSO_IN = 20      # other occurrences listed with each quote ("also_in"), those in other articles first


def quotes_json(articles: Iterable[ArticleLike | AnalysedArticle]) -> list[dict]:
    """``reader quotes --json``: one object per quote (part), in article and text order.
    Each lists at most ``MAX_ALSO_IN`` of its other occurrences, those of other articles
    first, and how many there are (``also_in_count``): one quotation printed 30,000 times
    in a hostile file made the listing quadratic (hours, gigabytes)."""
    articles = list(articles)
    groups = match_quotes(articles)
    bodies = {a.id: a.body for a in articles}
    where = {(o.article, o.quote.start): (g, o) for g in groups for o in g.occurrences}
    shown = {g.id: _group_json(g, bodies) for g in groups}
    by_article: dict[str, list[Quote]] = {}
    for g in groups:
        for o in g.occurrences:
            by_article.setdefault(o.article, []).append(o.quote)
    out = []
    for article in articles:
        for q in sorted(by_article.get(article.id, ()), key=lambda q: q.start):
            g, occ = where[(article.id, q.start)]
            carried_by, outlets, listed = shown[g.id]
            others = [js for o, js in listed if o is not occ]
            out.append({"article": article.id, "outlet": article.outlet} | q.to_json() | {
                "text": article.body[q.start:q.end],
                "quote_group": g.id, "relation": occ.relation, "carried_by": carried_by,
                "outlets": outlets, "also_in": others[:MAX_ALSO_IN], "also_in_count": len(g.occurrences) - 1})
    return out


def _group_json(g: QuoteGroup, bodies: dict[str, str]) -> tuple[list[str], list[str], list[tuple[Occurrence, dict]]]:
    """A group's articles, outlets and up to ``MAX_ALSO_IN`` + 1 occurrences with their JSON
    (one per article first, then the rest): made once per group, not once per quote. Each
    ``text`` is exactly ``body[start:end]`` of its article, invisible marks (``◌``) kept:
    the quote's own text, read without them, is what citations carry."""
    firsts = list({o.article: o for o in reversed(g.occurrences)}.values())[::-1]
    seen = {id(o) for o in firsts}
    picked = (firsts + [o for o in g.occurrences if id(o) not in seen])[:MAX_ALSO_IN + 1]
    return g.carried_by, g.outlets, [(o, o.to_json() | {"text": bodies[o.article][o.quote.start:o.quote.end]})
                                     for o in picked]
