"""Analyse one story across its sources: shared text, provenance, conflicting figures,
quotes, lines only one source has and entities only some sources mention.

``analyse_story(articles, progress=None) -> Story`` does the work; ``story_json(story)``
gives the stable JSON of ``reader story --json``. Plain Python, no Textual.

Only pairs that :class:`reader.engine.index.SeedIndex` finds related are aligned (the others
share nothing worth aligning and count as 0 in the matrix), so a large story costs about
one comparison per related pair, not one per pair.

``progress(done, total, what)``, when given, is called before each step and once at the
end (``done == total``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import GeneratorType
from typing import Any

import numpy as np

from reader.analysis.article import AnalysedArticle, analysing
from reader.analysis.conflicts import Conflict, find_conflicts
from reader.analysis.credits import find_credits
from reader.analysis.distant_dates import OtherTime, other_times
from reader.analysis.extraction import collector_paused
from reader.analysis.name_clash import ArticleNames
from reader.analysis.provenance import Family, Link, content_words, provenance_by_article, reworded_pairs, trace
from reader.analysis.quoted_passages import story_quotations
from reader.analysis.rewording import without_twin_only, without_wires_apart
from reader.analysis.shared_words import MIN_CONTAINMENT, MIN_REWORDED, SharedWords
from reader.analysis.step_faults import ENTITIES, FIGURES, LINES, PROVENANCE, QUOTES, guarded
from reader.analysis.templates import Template, template_pairs
from reader.analysis.unique_lines import unique_lines
from reader.engine.compare import Comparison, compare_tokens
from reader.text.tokens import Tokens, tokenize

Progress = Callable[[int, int, str], None]
RELATED_LIMIT = 50         # candidate partners per article taken from the index
FULL_SEEDS_UP_TO = 20      # a story of at most this many articles is indexed by every seed, not a sample
REWORD_DICE = 0.3          # content-word sets this close before their order is measured (see trace)
COMMON_WORD_SHARE = 0.05   # ... counting only words in at most this share of the articles (or 20)
ENTITY_TYPES = ("person", "organization", "place")
# What the sections that compare articles say of a story of one article (reports, TUI)
ONE_ARTICLE = "Only one article: nothing to compare it with."


@dataclass
class Story:
    articles: list                                   # reader.library.model.Article, in the given order
    comparisons: dict[tuple[int, int], Comparison]   # aligned pairs, i < j
    links: list[Link]
    conflicts: list[Conflict]
    quote_groups: list                               # reader.analysis.quote_match.QuoteGroup
    unique_lines: dict[str, list[tuple[int, int]]]   # article id → sentence spans
    entities: list[dict]                             # entities only some sources mention
    skipped_pairs: int = 0                           # pairs not aligned (index: unrelated)
    analysed: list[AnalysedArticle] = field(default_factory=list, repr=False)  # articles[i], analysed
    families: list[Family] = field(default_factory=list)  # articles linked by reused text, with a source
    labels: list = field(default_factory=list)       # reader.analysis.labels.Referent: words for one referent
    label_warnings: list[str] = field(default_factory=list)  # a user label lexicon that could not be used
    timeline: Any = None                             # reader.analysis.timeline.Timeline
    dense: list[list[int]] = field(default_factory=list)  # dense families: members aligned to a representative only
    templates: list[Template] = field(default_factory=list)  # pairs told from one frame about two events
    other_times: list[OtherTime] = field(default_factory=list)  # articles dated far from the story: figures apart
    faults: dict[str, str] = field(default_factory=dict)  # step → its note, if it stopped on an internal error
    _ids: dict = field(default_factory=dict, repr=False)
    _dense_of: dict[int, int] = field(default_factory=dict, repr=False)  # member → its dense family
    _partners: dict[int, list[tuple[int, float]]] = field(default_factory=dict, repr=False)  # i → (j, shared)

    def index(self, article_id: str) -> int:
        if not self._ids:
            self._ids.update((a.id, i) for i, a in enumerate(self.articles))
        return self._ids[article_id]

    def comparison(self, i: int, j: int) -> Comparison | None:
        """Comparison of articles[i] (side a) with articles[j] (side b), or None if not aligned."""
        if i == j:
            return None
        if i < j:
            return self.comparisons.get((i, j))
        c = self.comparisons.get((j, i))
        return c.mirrored() if c is not None else None

    def not_aligned(self, i: int, j: int) -> bool:
        """Two members of one dense family that were not aligned with each other (each
        was aligned with the family's representative): their share is unknown, not 0."""
        if i == j or not self.dense or (min(i, j), max(i, j)) in self.comparisons:
            return False
        if not self._dense_of:
            self._dense_of.update((m, k) for k, members in enumerate(self.dense) for m in members)
        family = self._dense_of.get(i)
        return family is not None and family == self._dense_of.get(j)

    def matrix_row(self, i: int) -> list[float | None]:
        """``shared(i, j)`` for every j, None where ``not_aligned(i, j)``: one row of the
        share matrix in time linear in the row (a 1,000-article story has a million cells)."""
        if not self._partners:
            for (a, b), c in self.comparisons.items():
                self._partners.setdefault(a, []).append((b, c.a_shared))
                self._partners.setdefault(b, []).append((a, c.b_shared))
        if self.dense and not self._dense_of:
            self._dense_of.update((m, k) for k, members in enumerate(self.dense) for m in members)
        row: list[float | None] = [0.0] * len(self.articles)
        family = self._dense_of.get(i)
        if family is not None:
            for m in self.dense[family]:
                row[m] = None
        for j, share in self._partners.get(i, ()):
            row[j] = share
        row[i] = 1.0
        return row

    def shared(self, i: int, j: int) -> float:
        """Share of article i's words in passages shared with article j (0 if not aligned)."""
        if i == j:
            return 1.0
        if i < j:
            c = self.comparisons.get((i, j))
            return c.a_shared if c else 0.0
        c = self.comparisons.get((j, i))
        return c.b_shared if c else 0.0

    @property
    def provenance(self) -> dict[str, dict]:
        return provenance_by_article(self.articles, self.links)


@dataclass
class _Candidates:
    """The pairs worth aligning, the pairs left out and the dense families found."""

    pairs: list[tuple[int, int]]
    skipped: int
    dense: list[list[int]]


def _pairs(tokens: list[Tokens]) -> _Candidates:
    """Pairs to align, from the articles' words: each dense family's members against its
    representative (not every pair of a 200-copy family), and each article's
    ``RELATED_LIMIT`` best partners outside its own dense family."""
    n = len(tokens)
    if n < 2:
        return _Candidates([], 0, [])
    from reader.engine.index import SAMPLE, SeedIndex

    index = SeedIndex.build(tokens, sample=1 if n <= FULL_SEEDS_UP_TO else SAMPLE)
    groups = index.dense_groups()
    family_of = {m: g.members for g in groups for m in g.members}
    pairs = {(min(g.representative, m), max(g.representative, m))
             for g in groups for m in g.members if m != g.representative}
    for i in range(n):
        for j, _ in index.related(i, limit=RELATED_LIMIT, skip=family_of.get(i, ())):
            pairs.add((min(i, j), max(i, j)))
    return _Candidates(sorted(pairs), n * (n - 1) // 2 - len(pairs), [g.members for g in groups])


def _reword_candidates(articles: list[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison],
                       dense: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs with no passage (or too little for a link: :func:`_unlinked`), not of one
    dense family, whose content-word sets are ``REWORD_DICE`` alike (Dice; words common to
    many articles not counted as shared): the only pairs worth measuring for a reworded
    copy."""
    n = len(articles)
    vocab: dict[str, int] = {}
    sets = [np.unique(np.array([vocab.setdefault(w, len(vocab)) for w in content_words(a)], dtype=np.int64))
            for a in articles]
    sizes = np.array([len(x) for x in sets], dtype=np.int64)
    postings: dict[int, list[int]] = {}
    for i, ws in enumerate(sets):
        for w in ws.tolist():
            postings.setdefault(w, []).append(i)
    limit = max(20, COMMON_WORD_SHARE * n)
    rare = {w: np.array(ds, dtype=np.int64) for w, ds in postings.items() if 1 < len(ds) <= limit}
    dense_id = {m: k for k, g in enumerate(dense) for m in g}
    out = []
    for i, ws in enumerate(sets):
        hits = [rare[w] for w in ws.tolist() if w in rare]
        if not hits:
            continue
        shared = np.bincount(np.concatenate(hits), minlength=n)
        close = np.nonzero(2 * shared >= REWORD_DICE * (sizes[i] + sizes))[0]
        for j in close[close > i].tolist():
            comp = comparisons.get((i, j))
            if (i not in dense_id or dense_id[i] != dense_id.get(j)) and _unlinked(articles[i], articles[j], comp):
                out.append((i, j))
    return out


def _unlinked(a: AnalysedArticle, b: AnalysedArticle, comp: Comparison | None) -> bool:
    """No passage, or too little text for a link as
    :meth:`reader.analysis.shared_words.SharedWords.linked` counts it: a spun copy keeps a
    quotation or a name word for word and rewords the rest. Counting quotations in, as the
    comparison's shares do, can only make a pair look more linked, so only a pair that
    looks linked that way is counted again without them (a blog that rewords half a wire
    story and keeps its quotations looked linked, and was not)."""
    if comp is None or not comp.passages:
        return True
    kept_a = sum(p.a_words for p in comp.passages if p.kind != "rewritten")
    kept_b = sum(p.b_words for p in comp.passages if p.kind != "rewritten")
    kept = max(kept_a / comp.a_words if comp.a_words else 0.0, kept_b / comp.b_words if comp.b_words else 0.0)
    if kept < MIN_CONTAINMENT and max(comp.a_shared, comp.b_shared) < MIN_REWORDED:
        return True
    return not SharedWords([a, b], {(0, 1): comp}).linked(0, 1)


def _mark_shared_text(conflicts: list[Conflict], families: list[Family]) -> None:
    """Mark each conflict whose sources all belong to one provenance family: they share
    text, so the numbers that disagree are more likely an update (a wire's write-through)
    or an edit of one text than two reports' own counts."""
    family_of = {m: f.id for f in families for m in f.members}
    for c in conflicts:
        ids = {family_of.get(a) for a in c.articles}
        c.shared_text = len(ids) == 1 and None not in ids


def _partial_entities(articles: list[AnalysedArticle], records: list[dict] | None = None) -> list[dict]:
    """The entities only some sources mention, from ``records`` (those of
    :func:`reader.analysis.entity_merge.merged_entities`, made when not given)."""
    from reader.analysis.entity_merge import merged_entities

    ids = [a.id for a in articles]
    words: dict[int, frozenset[str]] = {}
    out = []
    for r in records if records is not None else merged_entities(articles):
        if r["type"] not in ENTITY_TYPES or len(r["articles"]) >= len(ids):
            continue
        having = set(r["articles"])  # (a set: looked up in the list, 1,000 ids took 0.2 s)
        named = _name_words(r["name"], r["type"])
        for k, x in enumerate(ids):
            if x not in having and named:
                if k not in words:
                    words[k] = frozenset(articles[k].norms)
                if named <= words[k]:
                    having.add(x)
        if len(having) >= len(ids):
            continue
        out.append({"name": r["name"], "type": r["type"], "articles": [x for x in ids if x in having],
                    "missing": [x for x in ids if x not in having], "mentions": r["mentions"]})
    return out


def _name_words(name: str, kind: str) -> frozenset[str]:
    """The words whose presence shows an article names the entity though its entity
    reading missed it ("of Westerville" read as no place, a surname alone): a person's
    surname, else every word of the name, as the tokenizer writes them."""
    norms = tokenize(name).norms
    if kind == "person":
        norms = norms[-1:]
    return frozenset(w for w in norms if len(w) > 1)


def analyse_story(articles: Sequence, progress: Progress | None = None) -> Story:
    """Analyse the articles of one story (see the module doc), with Python's cyclic
    garbage collector paused (:func:`reader.analysis.extraction.collector_paused`): the
    steps build what lives to the end (the articles' records, the comparisons), over
    which each full collection ran again and again to find nothing: 0.2-0.5 s of the
    3 s a 1,000-article story took."""
    with collector_paused():
        return _analyse_story(articles, progress)


class _Aligned:
    """The pairs worth aligning (:func:`_pairs`) and their comparisons, which need the
    articles' words alone; ``step(what)`` reports progress over them and the 4 steps after."""

    def __init__(self, articles: list, tokens: list[Tokens], progress: Progress | None) -> None:
        self.candidates = _pairs(tokens)
        self.total = len(self.candidates.pairs) + 4
        self.done = 0
        self.progress = progress
        self.comparisons: dict[tuple[int, int], Comparison] = {}
        for i, j in self.candidates.pairs:
            self.step(f"comparing {articles[i].id} and {articles[j].id}")
            self.comparisons[(i, j)] = compare_tokens(tokens[i], tokens[j])

    def step(self, what: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, what)
        self.done += 1


def _analyse_story(articles: Sequence, progress: Progress | None) -> Story:
    from reader.analysis.quote_match import match_quotes

    articles = list(articles)
    aligned: _Aligned | None = None
    with analysing(articles) as pending:
        if pending.pooled:  # the pool's workers extract meanwhile: align the pairs now, from the words alone
            aligned = _Aligned(articles, pending.tokens, progress)
        analysed = pending.result()
    # Entities and labels first, from one merge of the entities: merging those of a 5 MB
    # article takes 45 MB for a moment, which at the end came on top of what the other
    # steps left behind (freed, but not given back); their results are small.
    faults: dict[str, str] = {}      # steps that stopped on an internal error (step_faults)
    no_entities: tuple[list[dict], list, list[str]] = ([], [], [])
    entities, labels, label_warnings = guarded(ENTITIES, lambda: _entities_and_labels(analysed), no_entities, faults)
    if aligned is None:
        aligned = _Aligned(articles, [a.tokens for a in analysed], progress)
    candidates, step = aligned.candidates, aligned.step
    comparisons = story_quotations(analysed, aligned.comparisons)
    skipped, total = candidates.skipped, aligned.total
    step("tracing provenance")
    # two events told from one frame share words but no story: shown, never evidence (templates)
    names = ArticleNames({a.id: a.body for a in analysed})       # (read once, for templates and figures)
    no_provenance: _Provenance = ({}, [], [], [])
    templates, reworded, links, families = guarded(PROVENANCE, lambda: _provenance(
        analysed, comparisons, candidates.dense, names), no_provenance, faults)
    shared = {k: c for k, c in comparisons.items() if k not in templates} if templates else comparisons
    step("checking figures")
    apart = frozenset(frozenset((t.a, t.b)) for t in templates.values())
    conflicts: list[Conflict] = guarded(FIGURES, lambda: find_conflicts(
        analysed, comparisons=shared, apart=apart, names=names), [], faults) if len(articles) > 1 else []
    _mark_shared_text(conflicts, families)
    step("matching quotes")
    no_groups: list = []
    groups = guarded(QUOTES, lambda: match_quotes(analysed), no_groups, faults)
    step("finding lines and entities only some sources have")
    linked = {(lk.copy, lk.source) for lk in links} | {(lk.source, lk.copy) for lk in links}
    # (a template's frame is still text another source carries: compared with every passage)
    unique: dict[str, list[tuple[int, int]]] = guarded(LINES, lambda: unique_lines(
        analysed, comparisons, groups, linked, reworded), {}, faults) if len(articles) > 1 else {}
    if PROVENANCE in faults or QUOTES in faults:    # (its evidence: without reworded pairs or quotes, a wrong claim)
        unique, faults[LINES] = {}, (f"{LINES} was not run: it needs the steps before it, and "
                                     f"{'tracing provenance' if PROVENANCE in faults else 'matching quotes'} stopped")
    if progress is not None:
        progress(total, total, "done")
    story = Story(articles, comparisons, links, conflicts, groups, unique, entities, skipped, analysed,
                  families, labels=labels, label_warnings=label_warnings, dense=candidates.dense,
                  templates=list(templates.values()),
                  other_times=other_times({a.id: a.published for a in analysed}), faults=faults)
    from reader.analysis.timeline import build_timeline

    story.timeline = build_timeline(story)  # the story's timeline (issue 16)
    return story


_Provenance = tuple[dict[tuple[int, int], Template], list, list[Link], list[Family]]


def _provenance(analysed: list[AnalysedArticle], comparisons: dict[tuple[int, int], Comparison], dense: list,
                names: ArticleNames) -> _Provenance:
    """The story's template pairs (two events told from one frame: shown, never evidence), its
    reworded pairs, and the links and families of provenance traced over the rest."""
    templates = template_pairs(analysed, comparisons, names)
    shared = {k: c for k, c in comparisons.items() if k not in templates} if templates else comparisons
    told = [p for p in _reword_candidates(analysed, shared, dense) if p not in templates]
    reworded = without_twin_only(reworded_pairs(analysed, told), shared)
    if reworded:
        told_by = {k for i, j, _ in reworded for k in (i, j)}
        reworded = without_wires_apart(reworded, {k: find_credits(analysed[k].article) for k in told_by})
    links, families = trace(analysed, shared, dense, reworded)
    return templates, reworded, links, families


def _entities_and_labels(analysed: list[AnalysedArticle]) -> tuple[list[dict], list, list[str]]:
    """The entities only some sources mention; the words each outlet uses for the
    story's people, groups and places (issue 16), with the warnings of the user's label
    lexicon; both from one :func:`reader.analysis.entity_merge.merged_entities`."""
    from reader.analysis.entity_merge import merged_entities
    from reader.analysis.label_lexicon import load_lexicon
    from reader.analysis.labels import find_labels

    records = merged_entities(analysed)
    entities = _partial_entities(analysed, records) if len(analysed) > 1 else []
    lexicon, warnings = load_lexicon()
    return entities, find_labels(analysed, lexicon, records), warnings


def story_json(story: Story) -> dict:
    """The stable JSON of a story analysis (:func:`story_json_lazy` with its lists made).

    ``articles`` (metadata), ``matrix`` (``ids`` and ``shared[i][j]``: share of article i's
    words in passages shared with j; null for two members of one dense family, aligned
    each with the family's representative and not with each other), ``pairs`` (each aligned pair with text in common:
    ``a``, ``b``, ``a_shared``, ``b_shared``, ``counts`` and ``passages`` as in
    ``compare --json``), ``provenance`` (per article ``draws_on``/``used_by``/``shares_with``,
    the ``links`` with their ``reason``, the ``families`` with their ``source``, and the
    ``templates``: pairs that share a sentence frame about two events, not linked),
    ``conflicts``, ``other_times`` (articles dated far from the story, whose figures are
    not compared with the others': :mod:`reader.analysis.distant_dates`), ``quotes``,
    ``unique_lines`` and ``entities``.
    """
    return _materialised(story_json_lazy(story))


def story_json_lazy(story: Story) -> dict:
    """:func:`story_json` with its long lists (quotes, lines only one source has, labels,
    the timeline's passages and quotes) as generators, each item made when it is read:
    :func:`reader.reports.output.write_json` writes them as it goes. The JSON of a
    story with a 5 MB article is 21 MB; made whole, its dicts and strings took 46 MB."""
    arts = story.articles
    n = len(arts)
    pairs = []
    for (i, j), c in sorted(story.comparisons.items()):
        if not c.passages:
            continue
        pairs.append({"a": arts[i].id, "b": arts[j].id} | c.to_json())
    prov = story.provenance
    quotes = ({
        "id": g.id, "speaker": g.speaker, "text": g.canonical.quote.text, "carried_by": g.carried_by,
        "altered": any(o.relation == "altered" for o in g.occurrences),
        "other_speakers": [{"article": a, "speaker": who} for a, who in g.other_speakers()],
        "occurrences": [o.to_json() for o in g.occurrences],
    } for g in story.quote_groups)
    return {
        "articles": [a.metadata() for a in arts],
        "matrix": {"ids": [a.id for a in arts],
                   "shared": [[None if x is None else round(x, 4) for x in story.matrix_row(i)] for i in range(n)],
                   "aligned_pairs": len(story.comparisons), "skipped_pairs": story.skipped_pairs},
        "pairs": pairs,
        "provenance": {"articles": [{"id": a.id, **prov[a.id]} for a in arts],
                       "links": [link.to_json() for link in story.links],
                       "families": [f.to_json() for f in story.families],
                       "templates": [t.to_json() for t in story.templates]},
        "conflicts": [c.to_json() for c in story.conflicts],
        "quotes": quotes,
        "unique_lines": ({"article": a.id, "lines": _lines_json(a.body, story.unique_lines.get(a.id, []))}
                         for a in arts),
        "entities": story.entities,
        **_lens_json(story, lazy=True),
        "other_times": [t.to_json() for t in story.other_times],
        "faults": list(story.faults.values()),
    }


def _lines_json(body: str, spans: list[tuple[int, int]]) -> Iterator[dict]:
    for s, e in spans:
        yield {"start": s, "end": e, "text": body[s:e]}


def _materialised(data: Any) -> Any:
    """``data`` with every generator in it (at any depth) replaced by the list of its
    items; dicts and lists are changed in place, only where a generator was."""
    if isinstance(data, GeneratorType):
        return [_materialised(item) for item in data]
    if isinstance(data, dict):
        for key, value in data.items():
            made = _materialised(value)
            if made is not value:
                data[key] = made
    elif isinstance(data, list):
        for k, value in enumerate(data):
            made = _materialised(value)
            if made is not value:
                data[k] = made
    return data


def _lens_json(story: Story, lazy: bool = False) -> dict:
    """``labels`` and ``timeline`` (issue 16): see :func:`reader.analysis.labels.labels_json`
    and :func:`reader.analysis.timeline.timeline_json` (``lazy``: their lists as generators)."""
    from reader.analysis.labels import iter_labels_json, labels_json
    from reader.analysis.timeline import build_timeline, timeline_json

    timeline = story.timeline if story.timeline is not None else build_timeline(story)
    labels = (iter_labels_json if lazy else labels_json)(story.labels, story.analysed)
    return {"labels": labels, "timeline": timeline_json(story, timeline, lazy=lazy)}
