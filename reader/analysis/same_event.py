"""Evidence that an article whose names the others rarely share tells the story's own event
anyway: a local paper that never names the city the wire names ("Harwick") and tells the
story through its own street and people, beside the wire's copies.

Names alone take such a paper for another event (:func:`reader.analysis.conflicts._off_story`)
and for a stranger to each copy it shares no name with
(:meth:`reader.analysis.name_clash.ArticleNames.strangers`), and its figures were never
compared. Absent names are no evidence of *another* event; what tells the *same* event is
time and what is counted: the distractors a story gathers are reports of an earlier
derailment or another year's bankruptcy, published months or years apart, or a race of the
same weekend that counts laps, not the story's quantities. So an article is kept on the
story when it is published within ``SAME_DAYS`` of the story's other articles (their median
date), shares a name with at least ``BRIDGES`` of them and tells at least ``SHARED_KEYS`` of
the story's quantities (keys of an event, a named sum or share, or a length named by what
lasted: people killed, hurt, a fine, a pay offer, how long a strike lasted; each stated by
at least ``BRIDGES`` others), whatever their values; two strangers are compared
when both are published within ``SAME_DAYS`` of each other, at least ``BRIDGES`` other
articles share a name with each and the two tell ``SHARED_KEYS`` quantities in common. An
undated article keeps the old reading: no evidence, no change. Two fires of one week told by
two agencies in one folder stay strangers: no third article bridges them.

One event quantity is enough when the article tells ``KINDS`` of the story's quantities in
all, events or not (vehicles in a pileup, hours a road stayed shut, states an outbreak
reached: each told by at least ``BRIDGES`` others), whatever their values: a local paper
that tells the toll and the pileup's vehicles and hours in its survivors' words tells the
story's event; a report of another event of the same days that counts its dead only (a
ferry's sinking beside a bridge's collapse) or counts the same things but no event of
them (a store chain's other country's closures: stores, workers) stays apart.

Hand-written: a date comparison and counts over name sets already read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reader.analysis.event_evidence import as_event, evented_nouns, loose_set

SAME_DAYS = 3       # days between two reports of one event, at most
BRIDGES = 2         # other articles sharing a name with one (or with both of two strangers)
SHARED_KEYS = 2     # the story's quantities (keys of an event or a named sum) an article tells
KINDS = 3           # or one of them, and this many of the story's quantities of any kind

Told = tuple[str, str | None]       # a quantity's key: what is counted, and the event
# keys named by what they are of, events of their own: a sum ("money:fine"), a share
# ("percent:offer") and a length named by what lasted ("duration:strike", "duration:outage")
NAMED = ("money:", "percent:", "duration:")


def day(published: str | None) -> date | None:
    """The date an article was published ("2026-09-25T08:00:00Z" → 2026-09-25), or None."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


class SameEvent:
    """The dates of a story's articles and which pairs share a name (``strangers``: a pair
    that shares none), to ask whether an article or a pair has evidence of one event."""

    def __init__(self, dates: dict[str, str | None], strangers: Callable[[str, str], bool],
                 told: dict[str, set[tuple[str, str | None]]],
                 kinds: dict[str, set[tuple[str, str | None]]] | None = None) -> None:
        self.days = {a: day(p) for a, p in dates.items()}
        self.ids = list(dates)
        self.is_stranger = strangers
        self.told = told        # article → the keys of events and named sums it states
        self.kinds = told if kinds is None else kinds   # article → every key it states (ages aside)

    def _near(self, a: date | None, b: date | None) -> bool:
        return a is not None and b is not None and abs((a - b).days) <= SAME_DAYS

    def on_story(self, article: str, off: set[str]) -> bool:
        """Whether an article names taken off the story is published with the story's other
        articles (within ``SAME_DAYS`` of their median date) and shares a name with at least
        ``BRIDGES`` of those on the story."""
        others = sorted(d for a, d in self.days.items() if a != article and a not in off and d is not None)
        if not others or not self._near(self.days[article], others[len(others) // 2]):
            return False
        sharing = [a for a in self.ids if a != article and a not in off and not self.is_stranger(article, a)]
        if len(sharing) < BRIDGES:
            return False
        return self._tells_enough(self._story(self.told, article, off), self._story(self.kinds, article, off)) or (
            self._tells_enough(*self._loosely(article, [a for a in self.ids if a != article and a not in off])))

    def _evidence(self, article: str, others: list[str]) -> set[Told]:
        """The keys ``article`` states read as events' quantities, loosely (:mod:`reader.analysis.event_evidence`)."""
        return as_event(self.kinds.get(article, set()), self.told.get(article, set()), evented_nouns(self.told, others))

    def _loosely(self, article: str, others: list[str]) -> tuple[set[Told], set[Told]]:
        """The event quantities and the quantities of any kind ``article`` states, read loosely,
        that at least ``BRIDGES`` of ``others`` state as well."""
        theirs = [loose_set(self.kinds.get(a, set())) for a in others]
        events = {k for k in self._evidence(article, others) if sum(_counted(k, t) for t in theirs) >= BRIDGES}
        kinds = {k for k in loose_set(self.kinds.get(article, set())) if sum(k in t for t in theirs) >= BRIDGES}
        return events, kinds

    def _story(self, told: dict[str, set[Told]], article: str, off: set[str]) -> set[Told]:
        """The keys of ``told[article]`` that at least ``BRIDGES`` other articles on the story state."""
        return {k for k in told.get(article, ()) if sum(
            k in told.get(a, ()) for a in self.ids if a != article and a not in off) >= BRIDGES}

    @staticmethod
    def _tells_enough(events: set[Told], kinds: set[Told]) -> bool:
        """``SHARED_KEYS`` event quantities, or one and ``KINDS`` quantities of any kind."""
        return len(events) >= SHARED_KEYS or (len(events) >= 1 and len(kinds | events) >= KINDS)

    def strangers(self, a: str, b: str) -> bool:
        """``strangers`` unless both are published within ``SAME_DAYS``, tell ``SHARED_KEYS``
        quantities in common (or one and ``KINDS`` of any kind) and at least ``BRIDGES`` other
        articles share a name with each."""
        if not self.is_stranger(a, b):
            return False
        if not self._near(self.days[a], self.days[b]):
            return True
        bridges = [c for c in self.ids if c not in (a, b) and not self.is_stranger(a, c)
                   and not self.is_stranger(b, c)]
        if len(bridges) < BRIDGES:
            return True
        pair = self.told.get(a, set()) & self.told.get(b, set()), self.kinds.get(a, set()) & self.kinds.get(b, set())
        return not self._tells_enough(*pair) and not self._loose_pair(a, b)

    def _loose_pair(self, a: str, b: str) -> bool:
        """Whether each of two articles tells enough of the story's quantities, read loosely,
        and the two state one of its event quantities in common."""
        if not all(self._tells_enough(*self._loosely(x, [c for c in self.ids if c != x])) for x in (a, b)):
            return False
        return any(_counted(k, loose_set(self.kinds.get(b, set()))) for k in self._evidence(a, [b]))


def _counted(key: Told, theirs: set[Told]) -> bool:
    """Whether an article stating the loose keys ``theirs`` counts ``key`` (a bare noun: with
    any event)."""
    return key in theirs or (key[1] is None and any(k[0] == key[0] for k in theirs))


def kept_off(off: set[str], event: SameEvent) -> set[str]:
    """``off`` less the articles :meth:`SameEvent.on_story` keeps on the story."""
    return {a for a in off if not event.on_story(a, off)}


def event_keys(articles: list[str], keys: list[tuple[str, str | None] | None],
               soft: Callable[[str | None], bool]) -> dict[str, set[tuple[str, str | None]]]:
    """The keys of events and named sums, shares and lengths (:data:`NAMED`) each article states
    (``articles[n]`` states ``keys[n]``); a key of no event (``soft``) or an age is none."""
    out: dict[str, set[tuple[str, str | None]]] = {}
    for article, key in zip(articles, keys, strict=True):
        if key is not None and key[0] != "age" and (key[0].startswith(NAMED) or not soft(key[1])):
            out.setdefault(article, set()).add(key)
    return out


def told_kinds(articles: list[str], keys: list[Told | None]) -> dict[str, set[Told]]:
    """The keys of every quantity each article states, of an event or not (an age is none:
    it is one person's, not a kind of the story's quantities)."""
    out: dict[str, set[Told]] = {}
    for article, key in zip(articles, keys, strict=True):
        if key is not None and key[0] != "age":
            out.setdefault(article, set()).add(key)
    return out
