"""Counted nouns that name several quantities in one story, so the noun alone is no
evidence that two figures state one quantity.

A quantity key (:func:`reader.analysis.quantities.quantity_key`) says what a figure
counts: "66 delegates" and "99 delegates" share the key ``("delegate", None)``. In a
story about one derailment "N vehicles" or "N passengers" is one quantity, and two
sources giving different numbers for it disagree. In a story about primaries "N
delegates" is the count of a state, of a candidate, of the night, of the threshold to
win: different numbers for it are different quantities, and a conflict read from the
noun alone is false (on 22 multi-outlet political stories the noun alone made one
"delegates" conflict of fifteen values per story).

The sources say so themselves. A key is *distributive* in a story when

- one sentence states two different values of it ("Ted Cruz has 370 delegates, Marco
  Rubio has 163": the noun is counted per referent), whatever it counts; or
- one article states two values of it that cannot both hold, in different sentences,
  and the key names no event. A key with an event (people killed, people hurt) is left
  alone here: one article giving an early and a later toll (a live file updated through
  the day) still states one quantity, the event's toll.

The ends of a change ("rose from 4 to 6", "descended from 30,000 feet to 10,000 feet")
are never counted: their keys are None already. A distributive key is dropped as a key:
its figures are compared by aligned text, sentence context, and :func:`unique_pairs`.

:func:`unique_pairs` still reads the noun where the pairing of two articles' figures is
unambiguous. Each statement of the key in one article that some statement of the other
article agrees with is matched and set aside (both give 142 stores to be closed); of
what is left, a statement of each article is paired when each is the other's only
value near enough to be the same quantity restated
(:func:`reader.analysis.quantities.near`). "Left with a little more than 500 stores"
against "around 700 of its best stores", beside 142 closing and 4,000 at the peak that
both articles also give or only one does, is such a pair; fifteen delegate counts
against twelve others are not, and stay quiet.

Written here because it is a rule about this project's keys. Linear in the number of
figures for finding the keys; the pairing compares the articles stating a key two by
two, so it is skipped for a key stated in more than ``MAX_PAIRED_ARTICLES`` articles
or by an article stating it more than ``MAX_STATEMENTS`` ways (a table, not prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import combinations, pairwise

from reader.analysis.casualty_parts import PART
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.measure_dims import dimension, size_and_amount, told_apart
from reader.analysis.noun_events import per_place, soft_event
from reader.analysis.quantities import compatible, near
from reader.analysis.ranked_things import ranked_apart

MAX_PAIRED_ARTICLES = 200
MAX_STATEMENTS = 12


def distributive_keys(uses: Sequence[FigureUse], keys: Sequence[Key],
                      frames: Sequence[tuple[str | None, ...]] | None = None) -> set[tuple[str, str | None]]:
    """The keys of ``keys`` (one per use) that name several quantities (module doc). With
    ``frames`` (the time each figure is told of: :mod:`reader.analysis.other_events`), an
    article's values of one key are compared only within one frame: "peaked at 8.4
    metres" and "in 2022, the river reached 8.1 metres" are one river's two floods."""
    out: set[tuple[str, str | None]] = set()
    by_sentence: dict[tuple[str, int, tuple[str, str | None]], list[Figure]] = {}
    by_article: dict[tuple[str, tuple[str, str | None], tuple[str | None, ...]], list[Figure]] = {}
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is None:
            continue
        f = u.figure
        by_sentence.setdefault((u.article, f.sentence_start, key), []).append(f)
        if soft_event(key[1]) or per_place(key[1]):
            by_article.setdefault((u.article, key, frames[n] if frames else ()), []).append(f)
    for (_, _, key), figs in by_sentence.items():
        if key not in out and len({f.value for f in figs}) > 1:
            out.add(key)
    for (_, key, _), figs in by_article.items():
        if key not in out and _disagree(figs):
            out.add(key)
    return out


def _disagree(figs: list[Figure]) -> bool:
    """Whether two of ``figs`` state values that cannot both hold. The distinct
    statements, in value order, are compared each with the next and the lowest with the
    highest: statements that agree overlap, and a run of overlapping neighbours whose
    ends overlap too holds together, so this reads a table of thousands of figures in
    one pass, not in pairs."""
    statements = sorted({(f.value, f.high, f.qualifier): f for f in figs}.values(), key=lambda f: float(f.value))
    if len(statements) < 2:
        return False
    if not compatible(statements[0], statements[-1]):
        return True
    return any(not compatible(f, g) for f, g in pairwise(statements))


def unique_pairs(uses: Sequence[FigureUse], keys: Sequence[Key],
                 several: set[tuple[str, str | None]]) -> Iterator[tuple[int, int]]:
    """Pairs of uses (indexes) of a distributive key in two articles that can only be
    one quantity with two values (module doc). A figure listed in its sentence with
    another value of the key (:func:`listed_with`: "370 delegates, 163 and 63") is left
    out: which value of another such list is its own, elimination cannot tell; not one told of
    another dimension ("a 62-foot-tall slide … about 30 feet above the ground":
    :func:`reader.analysis.measure_dims.told_apart`), nor one a comparison sets beside another
    ("412 cases, more than triple the 127 cases of last year": :func:`compared`)."""
    sentences: dict[tuple[str, int, tuple[str, str | None]], list[Figure]] = {}
    for u, key in zip(uses, keys, strict=True):
        if key in several:
            sentences.setdefault((u.article, u.figure.sentence_start, key), []).append(u.figure)
    stated: dict[tuple[str, str | None], dict[str, dict[tuple, int]]] = {}
    for i, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key not in several:
            continue
        f = u.figure
        company = sentences[(u.article, f.sentence_start, key)]
        if len(company) <= MAX_STATEMENTS and any(g.value != f.value and listed_with(f, g) and not total_before(
                u.sentence, f, g) and not told_apart(u.sentence, f, g) and not compared(u.sentence, f, g)
                for g in company):
            continue
        stated.setdefault(key, {}).setdefault(u.article, {}).setdefault((f.value, f.high, f.qualifier), i)
    for by_article in stated.values():
        lists = [list(s.values()) for s in by_article.values() if len(s) <= MAX_STATEMENTS]
        if len(lists) > MAX_PAIRED_ARTICLES:
            continue
        for left, right in combinations(lists, 2):
            yield from _paired(uses, left, right)


def listed_with(f: Figure, g: Figure) -> bool:
    """Whether two figures of one sentence read as items of a list: values near each
    other, or written alike, both naming what they count or neither ("2 seats in one
    district, 8 seats in another"; "Cruz has 370, Kasich 63"); not "had 4,000 stores in
    2012 but will now be left with a little more than 500", a count then and now, nor
    "156 girls and women ... with two dozen more" sending letters."""
    return near(f, g) or _names_count(f) == _names_count(g)


# what opens a breakdown after a total: "has risen to six, with four deaths in Florida",
# "killed 12 people, including eight children", "… 40 homes: 25 in Dale and 15 in Pike"
_BREAKDOWN_RE = re.compile(r"[^.;]{0,40}?(?:(?:,|\s[\u2014\u2013-])\s*"
                           r"(?:with|including|among\s+them|of\s+(?:them|whom))\b|:\s)", re.IGNORECASE)


# what sets a value beside another as its measure, not as an item of one list: a multiple of it
# ("more than triple the 127 cases", "twice the 60 …") or a change's base ("up from 90"); not
# "won 49 votes compared to 34 won by his rival" nor "52 against 32": a contest's sides
_COMPARED_RE = re.compile(r"\b(?:(?:up|down)\s+from|(?:double|triple|twice|quadruple|(?:two|three|four|five|ten)"
                          r"\s+times)\s+(?:the|its|their))\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def compared(sentence: str, f: Figure, g: Figure) -> bool:
    """Whether the later of two figures of one sentence is told as the other's measure, a multiple
    or a change's base (``_COMPARED_RE`` right before it, after the first): no item of a list."""
    first, later = sorted((f, g), key=lambda x: x.start)
    at, end = first.end - first.sentence_start, later.start - later.sentence_start
    return at <= end and _COMPARED_RE.search(sentence, at, end) is not None


def total_before(sentence: str, f: Figure, g: Figure) -> bool:
    """Whether ``f`` is the total that ``g``, later in the same sentence and smaller, breaks
    down ("the death toll has risen to six, with four deaths in Florida and two in
    Georgia"): the total is no item of the list its parts make."""
    if not (f.end <= g.start and float(g.value) < float(f.value)):
        return False
    return _BREAKDOWN_RE.match(sentence, f.end - f.sentence_start, g.start - f.sentence_start) is not None


def _names_count(f: Figure) -> bool:
    return bool(f.counts) and not f.counts_inferred


def _paired(uses: Sequence[FigureUse], ia: list[int], ib: list[int]) -> Iterator[tuple[int, int]]:
    """The one-to-one pairs of what ``ia`` and ``ib`` (two articles' uses) state that neither
    agrees with: each the other's only value near it (of those near, the only one sizing the
    same named thing: "the 14-storey building" and "the 12-storey building", not "scaffolds
    over six storeys", or told of the same dimension: :mod:`reader.analysis.measure_dims`).
    Values paired are set aside and the rest read again, till no new pair is found: "62 feet
    tall" and "more than 70 feet tall" paired leave "30 feet above" and "40 feet up" alone."""
    a, b = [uses[i].figure for i in ia], [uses[j].figure for j in ib]
    dims = {i: dimension(uses[i].sentence, uses[i].figure) for i in (*ia, *ib)}
    rest_a = [k for k, f in enumerate(a) if not any(compatible(f, g) for g in b)]
    rest_b = [k for k, g in enumerate(b) if not any(compatible(f, g) for f in a)]
    def alike(x: int, others: list[int]) -> list[bool]:     # (told of x's dimension, one per other)
        return [dims[x] is not None and dims[x] == dims[y] for y in others]

    while rest_a and rest_b:
        found = []
        for k in rest_a:
            mates = _mates(a[k], b, rest_b, alike(ia[k], ib))
            if len(mates) == 1 and _mates(b[mates[0]], a, rest_a, alike(ib[mates[0]], ia)) == [k]:
                found.append((k, mates[0]))
        if not found:
            return
        yield from ((ia[k], ib[m]) for k, m in found       # (not a thing's size and an amount of another,
                    if not size_and_amount((uses[ia[k]].sentence, a[k]), (uses[ib[m]].sentence, b[m]))
                    and not ranked_apart(uses[ia[k]].sentence, uses[ib[m]].sentence))   # nor two of a series)
        rest_a = [k for k in rest_a if k not in {k for k, _ in found}]
        rest_b = [m for m in rest_b if m not in {m for _, m in found}]


def _mates(f: Figure, others: list[Figure], rest: list[int], dim: list[bool]) -> list[int]:
    """The values of ``rest`` (indexes of ``others``) near ``f``; of several, those that size the
    thing ``f`` sizes ("14-storey building": its unit and the noun it modifies), or else are told of
    its dimension (``dim``, one per other), when any does."""
    mates = [m for m in rest if near(f, others[m])]
    if len(mates) < 2:
        return mates
    same = [m for m in mates if f.modifies and (others[m].unit, others[m].modifies) == (f.unit, f.modifies)]
    same = same or [m for m in mates if dim[m]]
    return same or mates


CASUALTIES = frozenset({"died", "hurt", "hospital", "hurt-serious", "missing"})


# people counted by the work they were at ("four workers", "five miners", "six crew members"):
# killed or hurt, in a story of one event, they are its casualties ("Seventeen people were
# hurt" in another report), as the people an industrial or a sea accident strikes are (and a
# resort's or a hotel's guests, a plant's contractors and technicians); not
# passengers, students, officers, soldiers, firefighters or rescuers, whom an event's
# casualties often hold as a part ("killed five people, including two officers"; passengers and
# spectators taken to hospital or hurt are read by HURT_GROUPS below)
ROLE_PEOPLE = frozenset({"employee", "miner", "crew", "crewman", "crewmember", "sailor", "fisherman", "laborer",
                         "labourer", "climber", "contractor", "technician", "guest"})


# people of a group an accident strikes as a whole ("Five passengers were taken to hospitals",
# "Six spectators were hospitalized", "Three infants were hospitalized"): taken to hospital or
# hurt, they are the event's casualties as "Two people were taken to a hospital" counts them;
# not when the count is joined to another group's ("five passengers and the driver": a part)
HURT_GROUPS = frozenset({"passenger", "attendance", "baby", "rider"})
HURT_EVENTS = frozenset({"hospital", "hurt", "hurt-serious"})
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|plus|as\s+well\s+as|along\s+with|together\s+with)\s+"
                     r"(?:the|a|an|his|her|their|its|one|\d+|[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten)\b",
                     re.IGNORECASE)


def _as_people(u: FigureUse, key: Key) -> bool:
    """Whether ``key`` counts people of a role or a group that an event's casualties are
    (``ROLE_PEOPLE``, or ``HURT_GROUPS`` hurt or taken to hospital and joined to no other group)."""
    if key is None or key[1] not in CASUALTIES:
        return False
    if key[0] in ROLE_PEOPLE:
        return True
    return (key[0] in HURT_GROUPS and key[1] in HURT_EVENTS
            and _JOINED.match(u.sentence, u.figure.end - u.figure.sentence_start) is None)


def roles_as_people(uses: Sequence[FigureUse], keys: list[Key]) -> list[Key]:
    """``keys`` with people of a role (``ROLE_PEOPLE``: workers, miners, crew members)
    killed or hurt read as people killed or hurt, for each such event no article of the
    story counts two ways ("injuring 14 workers" in one report, "Seventeen people were
    hurt" in another: the sources count one set of casualties). People of two kinds (people
    and a role, or two roles) with different values keep them apart in the whole story when
    an article counts the event's people both ways, or one sentence tells a part of them
    beside the count (:func:`_parts_told`), or a source tells a part of them by its group
    (:mod:`reader.analysis.casualty_parts`). The same value told two ways ("killed four
    people … the four workers") is one count."""
    kinds: dict[tuple[str, str], dict[str, set[float]]] = {}
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for n, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is None or not (key[0] == "person" or key[0] in ROLE_PEOPLE or _as_people(u, key)):
            continue
        by_sentence.setdefault((u.article, u.figure.sentence_start), []).append(n)
        if key[1] in CASUALTIES:
            kinds.setdefault((u.article, key[1]), {}).setdefault(key[0], set()).add(float(u.figure.value))
    both = {event for (_, event), by_kind in kinds.items()
            if len(by_kind) > 1 and len(set().union(*by_kind.values())) > 1}
    for counted in by_sentence.values():
        both.update(_parts_told(uses, keys, counted))
    # (a part of the casualties told by its group: "killed five people, including two miners")
    both.update(key[1] for key in keys if key is not None and key[0].startswith(PART) and key[1] in CASUALTIES)
    return [("person", key[1]) if key is not None and _as_people(u, key) and key[1] not in both else key
            for u, key in zip(uses, keys, strict=True)]


# a count of people told as a part of the count before it: "killed five people, including two
# miners", "among them three miners"; or beside it: "three miners and two rescuers died"
_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", re.IGNORECASE)
_BESIDE = re.compile(r"^\s*,?\s*(?:and|or)\s+$", re.IGNORECASE)


def _parts_told(uses: Sequence[FigureUse], keys: list[Key], counted: list[int]) -> set[str]:
    """The events whose casualties one sentence (``counted``: its counts of people, in
    text order) tells beside a part of them, a count of another value that names no other
    event, after "including" or joined by "and" ("killed five people, including two miners",
    "three miners and two rescuers died"); not "Twenty miners were trapped …, and two
    workers were confirmed dead", nor "12 others were injured"."""
    events: set[str] = set()
    for x, y in combinations(counted, 2):
        f, g, sentence = uses[x].figure, uses[y].figure, uses[x].sentence
        if f.value == g.value or sentence.startswith("…"):
            continue
        gap = sentence[f.end - f.sentence_start:g.start - f.sentence_start]
        part = _PART_BEFORE.search(sentence, 0, g.start - f.sentence_start) is not None
        if not (part or _BESIDE.match(gap)):
            continue
        for a, b in ((x, y), (y, x)):
            event, told = keys[a], keys[b]
            if event is not None and told is not None and event[1] in CASUALTIES and told[1] in (None, event[1]):
                events.add(event[1])
    return events
