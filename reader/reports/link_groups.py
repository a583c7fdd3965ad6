"""A provenance family's links as a reader reads them: undirected pairs that share text
for the same reason, in the same words, are told once for the whole set.

Ten identical copies of one outlet's story are 45 pairs, each "both are X's own story: two
versions of it"; a wire carried by twelve sites is 66 "both carry AP's story" pairs. Listed
one by one they bury the family's few directed claims. A group of at least
:data:`LEAST_PAIRS` such pairs becomes one line naming its members and how many pairs it
stands for, at the place of its first pair; a directed link ("draws on") is always its
own line, since each carries its own evidence. The JSON (``families[].relations``) keeps
every pair: this is presentation only, shared by the Story screen and the reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.pair_relation import Link

LEAST_PAIRS = 3  # undirected pairs with one reason told as one line from this many


@dataclass(frozen=True)
class LinkLine:
    """One line of a family: a single link, or a group of undirected pairs (``link`` None)."""

    link: Link | None
    members: tuple[str, ...] = ()
    pairs: int = 0
    reason: str = ""
    reworded: bool = False
    least: float = 0.0    # the smallest share of a member's words shared, over the pairs
    most: float = 0.0

    @property
    def every_pair(self) -> bool:
        """True when the group holds every pair of its members (a clique)."""
        n = len(self.members)
        return self.pairs == n * (n - 1) // 2

    def pairs_phrase(self) -> str:
        """"every pair of them (45 pairs, 100% of their words shared)" or "12 pairs among
        them (62% to 100% of their words shared)": true to the group's shape and spread."""
        low, high = f"{self.least:.0%}", f"{self.most:.0%}"
        share = f"{high} of their words shared" if low == high else f"{low} to {high} of their words shared"
        if self.every_pair:
            return f"every pair of them ({self.pairs} pairs, {share})"
        return f"{self.pairs} pairs among them ({share})"


def link_lines(links: Sequence[Link], least_pairs: int = LEAST_PAIRS) -> list[LinkLine]:
    """``links`` in their order, the undirected ones of one (reason, reworded) grouped when
    there are at least ``least_pairs`` of them."""
    groups: dict[tuple[str, bool], list[Link]] = {}
    for link in links:
        if not link.directed:
            groups.setdefault((link.reason, link.reworded), []).append(link)
    out: list[LinkLine] = []
    told: set[tuple[str, bool]] = set()
    for link in links:
        key = (link.reason, link.reworded)
        group = groups.get(key, []) if not link.directed else []
        if len(group) < least_pairs:
            out.append(LinkLine(link))
        elif key not in told:
            told.add(key)
            out.append(_grouped(group))
    return out


def _grouped(group: Sequence[Link]) -> LinkLine:
    members: list[str] = []
    for link in group:
        for member in (link.copy, link.source):
            if member not in members:
                members.append(member)
    shares = [s for link in group for s in (link.copy_contained, link.source_contained)]
    return LinkLine(None, tuple(members), len(group), group[0].reason, group[0].reworded,
                    min(shares), max(shares))
