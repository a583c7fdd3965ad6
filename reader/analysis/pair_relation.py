"""The relation of one linked pair: siblings that carry one source, or "X draws on Y" only
when the evidence says so.

Each linked pair (:meth:`reader.analysis.shared_words.SharedWords.linked`) gets a
:class:`Link`, from the first rule that decides (:meth:`PairEvidence.decide`):

``credit``
    one side credits the other's outlet as where its text came from ("originally
    published by Prairie Watch", "told the Pinecrest Gazette":
    :mod:`reader.analysis.outlet_credits`) and not the other way round: it draws on the
    other, whatever the dates; or one side is the wire's own publication and the other
    gives no sign of carrying the wire (no credit, not its dateline): the other draws on
    it (a site that rewords CNN's own article: basis ``rewording`` then);
``reporting``
    the copy credits no wire, and the text it shares with the source alone names the
    source's outlet ("KTVZ reporter Sam Ortega said": :mod:`reader.analysis.own_reporting`):
    the copy draws on the source (unless the dates say otherwise);
``wire``
    both are one wire's own publications (two versions of its story), or one is and the
    other carries the wire (it credits it, or opens with the same dateline; when the
    family holds several of the wire's own versions, the one it shares most with is
    named), or either side credits a wire: both carry that wire's story (siblings, no
    direction);
``dateline``
    both open with the same dateline and credit no one: both carry one filed report;
``family``
    both belong to a dense family (one text carried by more than
    :data:`reader.engine.index.DENSE_MIN` articles, aligned against one representative),
    or the text they share is also carried by a third member (transitive reduction): both
    may draw on it; no direction;
``document``
    either side gives the shared text as from a document (a statement, a news release,
    a filing: :mod:`reader.analysis.document_sources`): both may print it; no direction;
``date``
    neither credits a wire and the copy shares at least ``MIN_EXCLUSIVE`` words with the
    source that no other member carries, and both dates are known and differ: the later
    draws on the earlier (not when the later is a wire's own story, or says it has been
    updated: basis ``unknown`` then, with the reason);
``rewording``
    as for ``date`` but mostly ``rewritten`` (:func:`reader.analysis.rewording.rewording_score`):
    the copy is the side whose swapped words are the unusual ones;
``unknown``
    they share text; which came first is not known.

A pair with no passage told in other words from one text is linked as ``reworded`` (no
direction; :func:`reworded_link`). A link is flagged ``reworded`` when at least half of
the shared words lie in passages of kind ``rewritten``. Every link carries a ``reason``
in words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.analysis.article import AnalysedArticle
from reader.analysis.credits import Credits, outlet_name
from reader.analysis.document_sources import document_attribution, is_news_release
from reader.analysis.outlet_credits import OutletCredit, credited_source, released_by
from reader.analysis.own_reporting import names_outlet
from reader.analysis.reworded_dates import dated_rewording
from reader.analysis.rewording import rewording_score
from reader.analysis.shared_words import SharedWords
from reader.analysis.update_notes import says_updated
from reader.analysis.word_ranges import words_between
from reader.engine.compare import Comparison
from reader.text.instants import earlier, instant

MIN_EXCLUSIVE = 12          # words a copy must share with its source alone to be directed
MIN_REWORD_SCORE = 1.0
DIRECTED = ("credit", "reporting", "release", "date", "rewording")
SIBLING = ("wire", "outlet", "dateline", "family", "document")
Decision = tuple[int, int, str, str]   # copy, source, basis, reason


@dataclass
class Link:
    copy: str             # the article that draws on the other (or side "a" when undirected)
    source: str
    copy_contained: float  # share of the copy's words in passages shared with the source
    source_contained: float
    reworded: bool
    basis: str            # see DIRECTED and SIBLING; or unknown
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


def reworded_link(articles: Sequence[AnalysedArticle], fid: int, i: int, j: int, share: float,
                  alone: bool = False) -> Link:
    """The link of a pair with no passage told in other words from one text: undirected,
    unless one side is a news release and the other a report of it (basis ``release``,
    :meth:`PairEvidence._release`), or the pair is a family of its own (``alone``) and
    the dates say which came first (basis ``date``, :func:`reader.analysis.reworded_dates.dated_rewording`)."""
    told = (f"little or nothing is kept word for word, but {share:.0%} of the shorter text's content words recur "
            "in the same order in the other")
    for copy, source in ((i, j), (j, i)):
        if (release := _release_of(articles[source], articles[copy])) is not None:
            return Link(articles[copy].id, articles[source].id, share, share, True, "release", {}, (
                f"{release}; {articles[copy].id} rewords its text ({told})"), fid)
    dated = dated_rewording(articles, i, j) if alone else None
    if dated is not None:
        copy, source, why = dated
        return Link(articles[copy].id, articles[source].id, share, share, True, "date", {},
                    f"{articles[copy].id} rewords {articles[source].id}'s text ({told}); {why}", fid)
    return Link(articles[i].id, articles[j].id, share, share, True, "reworded", {},
                f"{told}: both tell one text in other words", fid)


def _release_of(source: AnalysedArticle, copy: AnalysedArticle) -> str | None:
    """Why ``source`` is a news release (by its own words, or because ``copy`` credits a
    release or statement its outlet put out: :func:`reader.analysis.outlet_credits.released_by`)
    when ``copy`` is a report not dated before it, else None."""
    if is_news_release(copy.outlet, copy.body, copy.title) or earlier(copy.published, source.published):
        return None
    if is_news_release(source.outlet, source.body, source.title):
        return f"{source.id} is a news release"
    credit = released_by(copy.body, source.outlet)
    return f"{source.id} is the statement {copy.id} credits (\"{credit.words}\")" if credit else None


@dataclass
class PairEvidence:
    """One linked pair of a family and what is known about it."""

    articles: Sequence[AnalysedArticle]
    credits: list[Credits]
    shared: SharedWords
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
        """(copy, source, basis, reason); copy is side i when undirected. A pair linked by
        one lifted sentence alone (:attr:`SharedWords.lifted`) gets a direction only from
        the source's outlet named in it (``reporting``), else basis ``sentence``: one
        background sentence two wires both print, or a distractor's sentence an update
        reuses, tells neither who took it nor that a wire is behind it."""
        republished = self._outlet_credit(republished=True)
        if republished is not None:
            return republished
        reporting = self._own_reporting()
        credited = self._outlet_credit(republished=False) if reporting is None else None
        if reporting is None and self.shared.lifted_only(self.i, self.j):
            words = self.shared.lifted.get((self.i, self.j), 0)
            return credited or (self.i, self.j, "sentence", (
                f"they share one passage of {words} words and little else: too little to tell "
                "which took it from which, or whether both took it from a third text"))
        return (self._release() or self._own_credit() or reporting or self._wire() or self._same_outlet()
                or self._dateline() or credited or self._dense_family() or self._document() or self._exclusive()
                or self._rewording()
                or (self.i, self.j, "unknown",
                    "they share text; which came first is not known (no credit, no telling dates)"))

    def _outlet_credit(self, republished: bool) -> Decision | None:
        """One side credits the other's outlet as where its text came from, and the other
        does not credit it back (:mod:`reader.analysis.outlet_credits`): the first draws on
        the other. Asked twice: a republication notice ("originally published by Prairie
        Watch") first of all rules, whatever the dates; a credit for facts or words ("told
        the Pinecrest Gazette", "the Metro Ledger first reported") after the wire and
        dateline rules (siblings that carry one wire keep that wire's "told CBS"), only in
        words the side shares with no other member but the one it credits (a credit
        carried along from a third text is that text's), and when the side is not the
        earlier by its date."""
        found = [(copy, source, credit) for copy, source in ((self.i, self.j), (self.j, self.i))
                 if (credit := credited_source(self.articles[copy], self.articles[source]))]
        if len(found) != 1:
            return None
        copy, source, credit = found[0]
        if credit.republished != republished or not (republished or self._own_credit_words(copy, source, credit)):
            return None
        return copy, source, "credit", f"{self._id(copy)} credits {self._id(source)}'s outlet (\"{credit.words}\")"

    def _own_credit_words(self, copy: int, source: int, credit: OutletCredit) -> bool:
        """Whether a credit for facts stands in words ``copy`` shares with no member but
        ``source``, and ``copy`` is not dated before ``source``."""
        if earlier(self.articles[copy].published, self.articles[source].published):
            return False
        starts = self.articles[copy].tokens.starts
        words = set(words_between(starts, credit.start, credit.end))
        return not any(words & self.shared.of(copy, k) for k in self.members if k not in (copy, source))

    def _release(self) -> Decision | None:
        """One side is a news release itself and the other is not
        (:func:`reader.analysis.document_sources.is_news_release`): the report tells the
        release, in its words or its own, unless the dates say the report came first
        (:func:`_release_of`). Asked first: a release's formal words made it look like
        the rewording of a TV station's report of it."""
        for copy, source in ((self.i, self.j), (self.j, self.i)):
            if (release := _release_of(self.articles[source], self.articles[copy])) is not None:
                how = "rewords" if self.reworded else "carries"
                return copy, source, "release", f"{release}; {self._id(copy)} {how} its text"
        return None

    def _own_credit(self) -> Decision | None:
        """One side is the wire's own publication. A carrier of the wire (it credits the
        wire, or opens with the same dateline) and that publication both print the wire's
        story: siblings, for the carrier took it from the wire, not from the wire's web
        page. A text that gives neither draws on the publication (a site that rewords
        CNN's article), unless the dates say it came first."""
        for copy, source in ((self.i, self.j), (self.j, self.i)):
            own = self.credits[source].own
            pc, ps = self.articles[copy].published, self.articles[source].published
            if own and self.credits[copy].own != own and not earlier(pc, ps):
                carrier = self._wire_carrier(copy, source, own)
                if carrier is not None:
                    return copy, source, "wire", carrier
                other = self._other_carrier(copy, source)
                if other is not None:
                    return copy, source, "unknown", (
                        f"{self._id(source)} is {possessive(own)} own story, but {self._id(copy)} shares text with "
                        f"{self._id(other)} that {self._id(source)} does not carry: it may have taken "
                        f"{possessive(own)} story from {self._id(other)}")
                how = "rewords" if self.reworded else "carries"
                return copy, source, "rewording" if self.reworded else "credit", (
                    f"{self._id(source)} is {possessive(own)} own story ({self.credits[source].own_how}); "
                    f"{self._id(copy)} {how} its text")
        return None

    def _other_carrier(self, copy: int, source: int) -> int | None:
        """Another member, no wire's own story, that ``copy`` shares at least ``MIN_EXCLUSIVE``
        words with that no other member carries, ``source`` included (a local paper's own
        paragraph, which a blog rewording the paper's copy of the wire story kept): the
        copy's nearer source."""
        for k in self.members:
            if (k not in (copy, source) and self.credits[k].own is None
                    and self.shared.exclusive(copy, k, self.members) >= MIN_EXCLUSIVE):
                return k            # (another wire's own story is another source a roundup joins)
        return None

    def _wire_carrier(self, copy: int, source: int, wire: str) -> str | None:
        """Why ``copy`` is a carrier of ``wire``'s story that ``source`` publishes itself
        (the reason in words), or None when nothing says it carries the wire."""
        closer = self._closer_version(copy, source, wire)
        if closer is not None:
            return (f"both are {possessive(wire)} story: {self._id(copy)} carries the version "
                    f"{self._id(closer)} prints, {self._id(source)} another of {possessive(wire)} versions")
        own = f"{self._id(source)} is {possessive(wire)} own story ({self.credits[source].own_how})"
        if wire in self.credits[copy].carried:
            return f"both carry {possessive(wire)} story: {own}, and {self._id(copy)} credits {wire}"
        place = self.credits[copy].dateline
        if place and place == self.credits[source].dateline:
            return (f"both carry {possessive(wire)} story: {own}, and {self._id(copy)} opens with its "
                    f"dateline ({place.title()})")
        return None

    def _closer_version(self, copy: int, source: int, wire: str) -> int | None:
        """Another of the wire's own publications in the family that ``copy`` shares more
        of its words with than with ``source``: the version it carries (a carrier of the
        first write-through shares text with the second too, but does not draw on it)."""
        mine = self.shared.contained(copy, source)
        others = [k for k in self.members if k not in (copy, source) and self.credits[k].own == wire]
        closest = max(others, key=lambda k: self.shared.contained(copy, k), default=None)
        return closest if closest is not None and self.shared.contained(copy, closest) > mine else None

    def _own_reporting(self) -> Decision | None:
        """The copy credits no wire and shares, with the source alone, at least
        ``MIN_EXCLUSIVE`` words that name the source's outlet ("KTVZ reporter Sam Ortega
        said"), on both sides: the source's own reporting, not a wire both carry. Not when the dates say
        the copy came first (unless the source says it has been updated: its date may be
        the update's), nor when each side's shared text names its own outlet."""
        found = []
        for copy, source in ((self.i, self.j), (self.j, self.i)):
            if self.credits[copy].wires:
                continue
            name = self._outlet_named(source, copy, MIN_EXCLUSIVE)
            if name and self._outlet_named(copy, source, named=source):    # (on both sides: not "told KIOW" for "said")
                found.append((copy, source, name))
        if len(found) != 1:
            return None
        copy, source, name = found[0]
        pc, ps = self.articles[copy].published, self.articles[source].published
        if earlier(pc, ps) and not says_updated(self.articles[source].body):
            return None
        when = f", and {self._id(source)} is earlier by its date ({ps} before {pc})" if earlier(ps, pc) else ""
        if earlier(pc, ps):
            when = (f" ({self._id(copy)} is earlier by its date, but {self._id(source)} says it has been updated: "
                    "its date may be the update's)")
        credit = credited_source(self.articles[copy], self.articles[source])
        how = f"credits (\"{credit.words}\")" if credit else "carries without credit"
        return copy, source, "reporting", (
            f"the text only they share names {self._id(source)}'s outlet (\"{name}\"): it is "
            f"{possessive(name)} own reporting, which {self._id(copy)} {how}{when}")

    def _outlet_named(self, k: int, other: int, least: int = 1, named: int | None = None) -> str | None:
        """``k``'s outlet (or ``named``'s) as the text ``k`` shares with ``other`` and no other member (at
        least ``least`` words) names it, reporting (:func:`reader.analysis.own_reporting.names_outlet`);
        None when it does not."""
        words = self.shared.exclusive_words(k, other, self.members)
        if len(words) < least:
            return None
        return names_outlet(_runs_text(self.articles[k], words), self.articles[k if named is None else named].outlet)

    def _wire(self) -> Decision | None:
        """Both are one wire's own stories (versions of it), or either side credits a wire:
        both carry its story."""
        i, j = self.i, self.j
        own = self.credits[i].own
        if own and own == self.credits[j].own:
            return i, j, "wire", f"both are {possessive(own)} own story: two versions of it"
        common = [w for w in self.credits[i].carried if w in self.credits[j].carried]
        if common:
            return i, j, "wire", f"both carry {possessive(common[0])} story"
        for a, b in ((i, j), (j, i)):
            if self.credits[a].carried:
                wire = self._wire_of_text(a, b)
                if self.credits[b].own == wire:
                    return i, j, "wire", (f"both carry {possessive(wire)} story: {self._id(b)} is {possessive(wire)} "
                                          f"own story ({self.credits[b].own_how}), and {self._id(a)} credits {wire}")
                return i, j, "wire", (f"both carry {possessive(wire)} story ({self._id(b)} does not credit it)")
        return None

    def _wire_of_text(self, a: int, b: int) -> str:
        """Of the wires ``a`` credits, the one whose own story in the family carries most of
        the text ``b`` shares with ``a`` (a roundup crediting AP and Reuters shares only
        Reuters' paragraphs with a site carrying Reuters uncredited); the first credited
        when no own story tells."""
        text = self.shared.of(b, a)

        def carried(wire: str) -> int:
            return max((len(text & self.shared.of(b, k)) for k in self.members if self.credits[k].own == wire),
                       default=0)

        return max(self.credits[a].carried, key=carried)     # (the first of equals: the first credited)

    def _same_outlet(self) -> Decision | None:
        """Both are one outlet's own story (a correction, an update): two versions of it,
        not a copy of one by the other."""
        a, b = (outlet_name(self.articles[k].outlet).casefold() for k in (self.i, self.j))
        if a and a == b:
            name = outlet_name(self.articles[self.i].outlet)
            return self.i, self.j, "outlet", f"both are {possessive(name)} own story: two versions of it"
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

    def _document(self) -> Decision | None:
        """Either side attributes the shared text to a document (a statement, a news
        release, a filing): both may print it, neither is shown to copy the other."""
        sides = ((self.i, lambda p: (p.a_start, p.a_end)), (self.j, lambda p: (p.b_start, p.b_end)))
        for k, span in sides:
            body = self.articles[k].body
            for p in self.comp.passages:
                found = document_attribution(body, *span(p))
                if found:
                    return self.i, self.j, "document", (
                        f"{self._id(k)} gives the text they share as from a document (\"{found}\"): "
                        "both may print it; neither is shown to copy the other")
        return None

    def _exclusive(self) -> Decision | None:
        """The text they share is also in a third member (no direction), or the copy shares
        ``MIN_EXCLUSIVE`` words with the source alone and the dates tell which is later;
        not when the source opens with a dateline and credits no one (a report filed from
        a place is often a wire story, which the later text may have taken from the wire:
        two local papers printing two versions of one AP story, neither crediting it)."""
        i, j = self.i, self.j
        ex_i = self.shared.exclusive(i, j, self.members)
        ex_j = self.shared.exclusive(j, i, self.members)
        if max(ex_i, ex_j) < MIN_EXCLUSIVE:
            others = self._carrying_too()
            if not others:
                return i, j, "unknown", (f"they share {max(ex_i, ex_j)} words: too few to tell which took them "
                                         "from which")
            return i, j, "family", self._carried_too_reason(others)
        wi, wj = self.articles[i].published, self.articles[j].published
        if not (earlier(wi, wj) or earlier(wj, wi)):
            return None             # (no dates, the same, or a day against a time that day)
        copy, source = (j, i) if earlier(wi, wj) else (i, j)
        pi, pj = instant(wi), instant(wj)
        n = ex_i if copy == i else ex_j
        if n < MIN_EXCLUSIVE:
            return None
        doubt = self._date_doubt(copy, source)
        if doubt:
            return i, j, "unknown", doubt
        place = self.credits[source].dateline
        if place:
            return i, j, "unknown", (
                f"they share text, and {self._id(source)} is earlier by its date, but it opens with a dateline "
                f"({place.title()}) and credits no one: it may carry a wire story that {self._id(copy)} took "
                "from the wire too")
        return copy, source, "date", (
            f"only {self._id(source)} carries the {n} words {self._id(copy)} shares with it, "
            f"and {self._id(source)} is earlier by its date ({pi if source == i else pj} before "
            f"{pj if source == i else pi})")

    def _carrying_too(self) -> list[int]:
        """The other members that carry some of the text the pair shares (not every member
        of the family: a blog quoting a write-through's paragraph shares nothing with the
        carriers of the wire's first version)."""
        i, j = self.i, self.j
        ours_i, ours_j = self.shared.of(i, j), self.shared.of(j, i)
        return [k for k in self.members
                if k not in (i, j) and (ours_i & self.shared.of(i, k) or ours_j & self.shared.of(j, k))]

    def _carried_too_reason(self, others: list[int]) -> str:
        """Why a pair whose shared text is in ``others`` too gets no direction: members that
        carry half of it or more are named as carrying it, the rest (a report quoting one
        sentence of a notice a blog prints whole) as carrying parts."""
        sides = [(a, self.shared.of(a, b)) for a, b in ((self.i, self.j), (self.j, self.i))]
        most = {k for k in others if any(2 * len(ours & self.shared.of(a, k)) >= len(ours) > 0 for a, ours in sides)}
        whole, parts = ([self._id(k) for k in others if (k in most) == m] for m in (True, False))
        if not whole:
            return (f"parts of the text they share are also in {', '.join(parts)}: they may both draw on a "
                    "text those draw on too")
        also = f" (parts of it also in {', '.join(parts)})" if parts else ""
        return f"the text they share is also in {', '.join(whole)}{also}: they may both draw on it"

    def _date_doubt(self, copy: int, source: int) -> str | None:
        """Why the dates cannot order a pair whose ``copy`` is the later (the reason), or
        None: the later is a wire's own story (wires are carried; the earlier text, crediting
        no one, may carry an earlier version of it), or says it has been updated (its date
        may be the update's: :mod:`reader.analysis.update_notes`), or its side of the text
        they share names its own outlet as the one reporting ("told Capital TV News": the
        earlier may have taken it and cut the name)."""
        own = self.credits[copy].own
        if own and self.credits[source].own != own:
            return (f"they share text, and {self._id(source)} is earlier by its date, but {self._id(copy)} is "
                    f"{possessive(own)} own story: {self._id(source)} may carry an earlier version of it")
        if says_updated(self.articles[copy].body):
            return (f"they share text, and {self._id(source)} is earlier by its date, but {self._id(copy)} says "
                    "it has been updated: its date may be the update's")
        name = self._outlet_named(copy, source)
        if name:
            return (f"they share text, and {self._id(source)} is earlier by its date, but {self._id(copy)}'s side "
                    f"of it names its own outlet (\"{name}\") as the one reporting: either may have taken it")
        return None

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


def _runs_text(article: AnalysedArticle, words: set[int]) -> str:
    """The text of ``words`` (token indexes of ``article``), one line per run of consecutive
    tokens."""
    if not words:
        return ""
    starts, ends, body = article.tokens.starts, article.tokens.ends, article.body
    order = sorted(words)
    runs, first = [], order[0]
    for prev, k in zip(order, [*order[1:], None], strict=True):
        if k != prev + 1:
            runs.append(body[starts[first]:ends[prev]])
            first = k if k is not None else first
    return "\n".join(runs)


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")
