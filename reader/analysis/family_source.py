"""What a family of articles that share text draws on: its source, named by the first
rule that finds one.

A news release every directed link leads back to (rule ``release``: AP's obituary that
tells the family's statement draws on the statement, though AP credits itself), else a
member that credits itself as the wire it carries (CNN's own story, "(CNN)"; rule
``own credit``), else the wire its members credit (:mod:`reader.analysis.credits`; rule
``credit``); when the members are, or credit as often, several wires, none (rule
``several wires``), else the place its members' common dateline names (``dateline``: one filed
report, credited to no one), else the member the directed links lead back to, else a
document some members give the shared text as from (``document``: a statement, a news
release), else ``unknown`` (its fullest member is named, not taken for the origin).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from reader.analysis.article import AnalysedArticle
from reader.analysis.credits import Credits
from reader.analysis.pair_relation import Link, possessive
from reader.analysis.shared_words import SharedWords
from reader.text.instants import earlier


@dataclass
class Family:
    """Articles linked by reused text, with what they share (``source_*``)."""

    id: int
    members: list[str]
    source_kind: str       # wire | article | unknown
    source_name: str | None
    rule: str              # release | own credit | credit | dateline | date | rewording | document | none
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


def family(fid: int, articles: Sequence[AnalysedArticle], credits: list[Credits], shared: SharedWords,
           members: list[int], links: list[Link]) -> Family:
    """The family ``fid`` of ``members`` (indexes into ``articles``) and its ``links``."""
    fullest = articles[shared.fullest(members)].id
    fam = partial(Family, fid, [articles[k].id for k in members], fullest=fullest, links=links)
    ids = [articles[k].id for k in members]
    release = _release_source(links, ids)
    if release is not None:
        return fam(*release)
    for rule in (_own_credit_source, _credited_source, _dateline_source):
        found = rule(articles, credits, members)
        if found is not None:
            return fam(*found)
    return fam(*(_root_source(links, ids) or _document_source(links, fullest) or (
        "unknown", None, "none", _no_source(links, fullest))))


def _release_source(links: list[Link], ids: list[str]) -> _Source | None:
    """A news release every directed link of the family leads back to (rule ``release``; a
    release by its own words, or a statement its members credit to its outlet): a wire's own
    story that told the family's statement draws on it, it is not the source."""
    directed = [lk for lk in links if lk.directed]
    roots = {lk.source for lk in directed}
    if not directed or len(roots) != 1 or any(lk.basis != "release" for lk in directed):
        return None
    (root,) = roots
    who, verb = _drawing(directed, root, ids, ("tell", "tells"))
    return ("article", root, "release", f"{root} is the release or statement {who} {verb}")


def _drawing(directed: list[Link], root: str, ids: list[str], verbs: tuple[str, str]) -> tuple[str, str]:
    """Who draws on ``root`` by the directed links, in words, and the verb that agrees:
    "the others" when every other member does (its id when it is the only one), else their ids and how the rest stand
    ("c draws (d through c; not b: no direction there)": d draws on c, which draws on the
    root; b has no direction)."""
    copies = sorted({lk.copy for lk in directed if lk.source == root})
    sources: dict[str, list[str]] = {}
    for lk in directed:
        sources.setdefault(lk.copy, []).append(lk.source)
    through = {m: via for m in ids if m != root and m not in copies and (via := _via(sources, m, root))}
    rest = [m for m in ids if m != root and m not in copies and m not in through]
    if not rest and not through:
        return ("the others", verbs[0]) if len(copies) > 1 else (copies[0], verbs[1])
    verb = verbs[1] if len(copies) == 1 else verbs[0]
    notes = [f"{m} through {via}" for m, via in through.items()]
    if rest:
        notes.append(f"not {', '.join(rest)}: no direction there")
    return ", ".join(copies), f"{verb} ({'; '.join(notes)})"


def _via(sources: dict[str, list[str]], member: str, root: str) -> str | None:
    """The member ``member`` draws on, by directed links, on a way that leads back to
    ``root`` (a blog that draws on a paper's report of a release), or None."""
    for first in sources.get(member, ()):
        seen, todo = {member}, [first]
        while todo:
            k = todo.pop()
            if k == root:
                return first
            if k not in seen:
                seen.add(k)
                todo += sources.get(k, ())
    return None


def _no_source(links: list[Link], fullest: str) -> str:
    """Why a family has no source: no credit and no direction, or directed links that
    lead back to several members (a roundup of two papers' stories)."""
    roots = sorted({lk.source for lk in links if lk.directed} - {lk.copy for lk in links if lk.directed})
    if len(roots) > 1:
        return f"the links lead back to several members ({', '.join(roots)}); the fullest text is {fullest}'s"
    return f"no member credits a source and no link has a direction; the fullest text is {fullest}'s"


_Source = tuple[str, str | None, str, str]   # source kind, name, rule, reason


def _own_credit_source(articles: Sequence[AnalysedArticle], credits: list[Credits],
                       members: list[int]) -> _Source | None:
    """A member that credits itself as the wire it carries, unless a member that does not
    credit that wire is dated before it; when members are the own stories of several
    wires (Reuters' and dpa's, joined by a roundup that carries both), none of them is the
    source of all (rule ``several wires``)."""
    owners = [(k, own) for k in members if (own := credits[k].own)]
    if not owners:
        return None
    wires = list(dict.fromkeys(own for _, own in owners))
    if len(wires) > 1:
        return _several(wires)
    k, own = owners[0]
    if any(own not in credits[m].wires and earlier(articles[m].published, articles[k].published) for m in members):
        return None     # a member that does not credit the wire printed the text first
    return ("article", articles[k].id, "own credit",
            f"{articles[k].id} is {possessive(own)} own story ({credits[k].own_how})")


def _credited_source(articles: Sequence[AnalysedArticle], credits: list[Credits],
                     members: list[int]) -> _Source | None:
    """The wire the members credit most (none when several are credited as often: rule
    ``several wires``)."""
    wires = Counter(w for k in members for w in credits[k].carried)
    if not wires:
        return None
    (wire, most), *rest = wires.most_common()
    if rest and rest[0][1] == most:
        return _several([w for w, n in wires.most_common() if n == most])
    by = [articles[k].id for k in members if wire in credits[k].carried]
    return "wire", wire, "credit", f"{', '.join(by)} credit{'s' if len(by) == 1 else ''} {wire}"


def _several(wires: list[str]) -> _Source:
    return ("unknown", None, "several wires",
            f"members carry the stories of several wires ({', '.join(wires)}): none of them is the source of all")


def _dateline_source(articles: Sequence[AnalysedArticle], credits: list[Credits],
                     members: list[int]) -> _Source | None:
    """A dateline at least two members open with: one filed report, credited to no one."""
    places = Counter(credits[k].dateline for k in members if credits[k].dateline)
    if not places or places.most_common(1)[0][1] < 2:
        return None
    place = str(places.most_common(1)[0][0])
    return ("unknown", None, "dateline",
            f"a report filed from {place.title()}: members carry it under its dateline, credited to no one")


def _document_source(links: list[Link], fullest: str) -> _Source | None:
    """Members that print text they give as from a document (a statement, a release)."""
    if not any(lk.basis == "document" for lk in links):
        return None
    return ("unknown", None, "document",
            "members print text given as from a document (a statement, a release) the story does not hold; "
            f"the fullest text is {fullest}'s")


def _root_source(links: list[Link], ids: list[str]) -> _Source | None:
    """The one member the directed links lead back to."""
    directed = [lk for lk in links if lk.directed]
    roots = {lk.source for lk in directed} - {lk.copy for lk in directed}
    if not directed or len(roots) != 1:
        return None
    root = roots.pop()
    rules = sorted({lk.basis for lk in directed})
    why = "; ".join(lk.reason for lk in directed if lk.source == root)
    who, verb = _drawing(directed, root, ids, ("draw on", "draws on"))
    if "(" in verb:         # "c draws on (not b: no direction there)" reads badly: root first
        verb = verb.replace(" (", f" {root} (", 1)
        return "article", root, "/".join(rules), f"{who} {verb}; {why}"
    return "article", root, "/".join(rules), f"{who} {verb} {root} ({why})"
