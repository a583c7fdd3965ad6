"""A count told with its event in one report and bare in another: "Some 40 fire crews
responded" and "about 65 fire crews fought the blaze"; "Staff evacuated all seven halls"
and "the 12-hall arena"; "Crews evacuated 14 wards" and "The infirmary has 20 wards".

A figure's quantity key is what it counts and the event it counts it for
(:func:`reader.analysis.quantities.quantity_key`); a sentence that tells no event gives a
key of the noun alone, and a key of no event is compared only by shared sentence words.
Two outlets rarely tell one thing with the same verb, so a bare count and an event's count
of the same noun stayed apart though nothing else in the story was counted so.

The rule: for a noun the story counts with exactly ONE event (no other figure of that noun
is told with another event or a place), an event every one of a set takes part in
(``WHOLE_EVENTS``: evacuated, responded, took part, affected, aboard), a bare count of the
noun in another article is a count of that event. An event of a part of a set (killed,
hurt, arrested, closed, destroyed) is not: "the plane was carrying five passengers" and
"three passengers died" are two quantities. Such a casualty of a part is no second event of
the noun, though, when each of its counts is more than ``MAX_RATIO`` times below each bare
count ("Two firefighters were treated" beside "Nearly 100 firefighters" and "85 firefighters
responded"): the bare count cannot be that part, so it is still read as the whole's event.

Precision guards, because a bare noun is weak evidence: the noun names a kind of thing, not
people in general (``person`` and the like are counted with every event of a story); the
story's bare counts of the noun that no count of the event agrees with tell one value (they
can all hold: "the 12 halls were cleaned" and "six halls host concerts" count two things); no article states a bare
value beside a value of the event it cannot be ("employs 3,000 workers" and "1,200 workers
were evacuated" in one report); the two values lie within ``MAX_RATIO`` of each other; no
article states both values (:class:`reader.analysis.figure_context.HeldValues`); vague
counts ("dozens") and ends of a change are never read. Sums, shares, measures, durations
and ages are left to their own rules: a length or a share has many subjects that its unit
does not name.

A length told with its dimension ("The mast is 42 metres tall", "The span, about 120 feet
(37 metres) long") is keyed by its unit alone, a size told as a modifier ("a 55-metre mast")
by its unit and ``size``: the same qualifier on one side only. The two are one quantity when
the noun the dimension is told of (right before its verb or comma) is the noun the modifier
measures (:func:`size_pairs`); a subject not read, or another noun, keeps them apart.

Hand-written: one rule over the keys already read; its evidence is the story's own set of
keys and the kind of event, not a list of the nouns counted; for sizes, two fixed patterns
of English (a dimension word after a length, a subject before its verb).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reader.analysis.aboard_counts import ABOARD
from reader.analysis.figure_context import HeldValues, unit_family
from reader.analysis.figure_nouns import singular
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.measure_events import EVACUATED, SIZE
from reader.analysis.noun_events import TOOK_PART
from reader.analysis.quantities import MAX_RATIO, PERSON, compatible, is_vague, near
from reader.analysis.quantity_senses import CASUALTIES
from reader.analysis.unkeyed_counts import GENERIC

# events every one of a set takes part in (all present leave, all sent respond, all served are
# cut off): a bare count of the set is their count. Not the events of a part of it: the killed,
# hurt or arrested of a group, the stores closed of a chain, the homes destroyed of a town
WHOLE_EVENTS = frozenset({EVACUATED, "responded", TOOK_PART, "affected", ABOARD})
# keys named by what a sum, share, measure or length is of: many subjects, one unit
_NAMED = ("money:", "percent:", "measure:", "duration:", "age")


def _countable(u: FigureUse, key: Key) -> bool:
    """Whether a figure is a plain count of a kind of thing the rule may read."""
    if key is None or u.change or is_vague(u.figure) or unit_family(u.figure) != "count":
        return False
    noun = key[0]
    return not noun.startswith(_NAMED) and noun not in GENERIC and noun not in PERSON


def one_sided_pairs(uses: Sequence[FigureUse], keys: Sequence[Key], held: HeldValues) -> Iterator[tuple[int, int]]:
    """Pairs (bare count, event's count) of one noun to link as one quantity, and sizes
    (:func:`size_pairs`) (module doc)."""
    yield from (pair for pair in size_pairs(uses, keys) if not held.both(uses, *pair))
    by_noun: dict[str, dict[str | None, list[int]]] = {}
    for i, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is not None and _countable(u, key):
            by_noun.setdefault(key[0], {}).setdefault(key[1], []).append(i)
    for events in by_noun.values():
        told = [e for e in events if e is not None and not _small_part(uses, events, e)]
        if None not in events or len(told) != 1 or told[0] not in WHOLE_EVENTS:
            continue
        bare, counted = events[None], events[told[0]]
        if not _one_thing(uses, bare, counted):
            continue
        for i in bare:
            for j in counted:
                f, g = uses[i].figure, uses[j].figure
                if uses[i].article != uses[j].article and near(f, g, MAX_RATIO) and not compatible(f, g) and not (
                        held.both(uses, i, j) or held.both(uses, j, i)):
                    yield i, j


# a dimension after a length, past a conversion in brackets: "58 metres long", "about 60 metres
# (197 feet) long", "90 feet tall", "3 metres in diameter"
_DIMENSION_AFTER = re.compile(r"^(?:\s*\([^()]{0,40}\))?\s+(?:long|tall|high|wide|across|thick|"
                              r"in\s+(?:length|height|width|diameter))\b", re.IGNORECASE)
# the subject a size is told of, right before its verb or its comma: "The mast is 42 metres",
# "The span, about 120 feet"
# ("The crane, which stood about 200 feet": the noun before a relative pronoun and its verb)
_SUBJECT_BEFORE = re.compile(r"\b([a-z]+)(?:,|(?:,\s+(?:which|that))?\s+(?:is|was|are|were|measures|measured|stands|"
                             r"stood|stretches|stretched))(?:\s+(?:about|around|roughly|some|nearly|almost|approximately|just|"
                             r"over|under|more|less|than))*\s*$")
_WORD = re.compile(r"[A-Za-z]+")
MODIFIED_WORDS = 2      # words of the noun a size modifies read for its head ("tower crane")


def size_pairs(uses: Sequence[FigureUse], keys: Sequence[Key]) -> Iterator[tuple[int, int]]:
    """Pairs (a length told with its dimension, a size told as a modifier of the same noun)
    in one unit, to link as one quantity (module doc)."""
    sized: dict[tuple[str, str], list[int]] = {}
    for j, (u, key) in enumerate(zip(uses, keys, strict=True)):
        words = _WORD.findall(u.figure.modifies or "")[:MODIFIED_WORDS]
        if key is not None and key[0].startswith("measure:") and key[1] == SIZE:
            for word in words:      # ("a 150-foot tower crane": the noun may be the second word)
                sized.setdefault((key[0], singular(word)), []).append(j)
    for i, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is None or key[1] is not None or not key[0].startswith("measure:") or u.change:
            continue
        at, end = u.figure.start - u.figure.sentence_start, u.figure.end - u.figure.sentence_start
        subject = _SUBJECT_BEFORE.search(u.sentence, 0, max(0, at))
        if subject is None or not _DIMENSION_AFTER.match(u.sentence[end:end + 60]):
            continue
        for j in sized.get((key[0], singular(subject[1])), ()):
            if uses[j].article != u.article and near(u.figure, uses[j].figure, MAX_RATIO) and not compatible(
                    u.figure, uses[j].figure):
                yield i, j


def _small_part(uses: Sequence[FigureUse], events: dict[str | None, list[int]], event: str) -> bool:
    """Whether ``event`` is a casualty of a part of the set ("Two firefighters were treated")
    whose every count is far below every bare count of the noun ("Nearly 100 firefighters"):
    no reading of the bare count as that event, so no rival to the whole's event."""
    bare = events.get(None, [])
    return event in CASUALTIES and bool(bare) and all(
        float(uses[j].figure.value) * MAX_RATIO < float(uses[i].figure.value) for i in bare for j in events[event])


def _one_thing(uses: Sequence[FigureUse], bare: list[int], counted: list[int]) -> bool:
    """Whether the story's bare counts of the noun that no count of the event agrees with all
    tell one value (they can all hold together), and no article tells a bare value beside an
    event's value it cannot be (two things counted by one noun)."""
    rivals = [a for a in bare if not any(compatible(uses[a].figure, uses[b].figure) for b in counted)]
    if any(not compatible(uses[a].figure, uses[b].figure) for a in rivals for b in rivals if a < b):
        return False
    return not any(uses[i].article == uses[j].article and not compatible(uses[i].figure, uses[j].figure)
                   for i in bare for j in counted)
