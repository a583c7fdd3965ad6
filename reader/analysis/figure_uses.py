"""The figures a story's conflicts are found among: each figure of each article as a
:class:`FigureUse` (its article, its evidence sentence, whether it is one end of a
change) with its quantity key (:func:`reader.analysis.quantities.quantity_key`).

Besides each article's extracted figures: its vague amounts ("several people") and its
elapsed and clock times tied to an event (:mod:`reader.analysis.elapsed_times`,
:mod:`reader.analysis.clock_times`), whose own numbers ("20 minutes" of "about 20 minutes
after takeoff") are then not read a second time. Read by :mod:`reader.analysis.conflicts`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis import clock_times, elapsed_times, event_years, match_minutes, tallies
from reader.analysis.age_roles import age_role, predicate_age, role_people, unnamed_roles
from reader.analysis.ages import (
    AGE_KEY,
    age_owner,
    apposition_age,
    article_owner,
    as_age,
    stated_age,
    story_owners,
    years_old_age,
)
from reader.analysis.anaphor_ages import anaphor_owner
from reader.analysis.article import AnalysedArticle, ArticleLike, sentences_of
from reader.analysis.attendance_people import attendance_key, listed_attendance
from reader.analysis.casualty_parts import part_key, told_of_them
from reader.analysis.child_ages import child_role, merged_children
from reader.analysis.clause_priors import breakdown_part, clause_floor
from reader.analysis.compound_durations import joined_durations
from reader.analysis.cut_off_counts import cut_off_key
from reader.analysis.duration_subjects import in_one_unit
from reader.analysis.duty_counts import duty_key, one_duty_kind
from reader.analysis.elliptic_counts import elliptic
from reader.analysis.event_role_ages import event_role, merged_genders
from reader.analysis.figure_changes import changes
from reader.analysis.figures import PARTITIVE_RE, Figure, extract_figures
from reader.analysis.fraction_lengths import fraction_lengths
from reader.analysis.fullness import fullness_fractions, fullness_key
from reader.analysis.group_counts import one_group
from reader.analysis.leaving_counts import left_key, one_evacuated_noun
from reader.analysis.length_events import fallen_from, length_event
from reader.analysis.limit_keys import limit_key
from reader.analysis.measure_kinds import measure_kind
from reader.analysis.modifier_counts import modifier_count_key
from reader.analysis.money_words import money_words
from reader.analysis.ordinal_counts import ordinal_figures
from reader.analysis.people_roles import role_key
from reader.analysis.phrase_durations import phrase_durations
from reader.analysis.phrase_numbers import noun_key, phrase_figures
from reader.analysis.place_counts import by_place, place_key
from reader.analysis.place_parts import place_part
from reader.analysis.populations import as_population, population
from reader.analysis.pronoun_ages import pronoun_age, pronoun_owner
from reader.analysis.quantities import quantity_key, vague_figures
from reader.analysis.ratio_shares import ratio_shares
from reader.analysis.response_times import response_key
from reader.analysis.share_complements import complements
from reader.analysis.share_wholes import one_predicate
from reader.analysis.shares import fraction_shares, share_key
from reader.analysis.spans_of import span_key
from reader.analysis.standing_counts import standing_key
from reader.analysis.temperature_scales import in_scale
from reader.analysis.unit_conversions import conversions
from reader.analysis.unit_prices import old_prices
from reader.analysis.whole_counts import whole_key

# the units of figures read by a module of their own (times, tallies): compared by key or by
# an aligned edit only, never by sentence context, and shown as that module shows them
READ_APART = {elapsed_times.UNIT, clock_times.UNIT, tallies.UNIT, match_minutes.UNIT, event_years.UNIT,
              "date of event"}     # (reader.analysis.event_dates.UNIT, which reads FigureUse)
Key = tuple[str, str | None] | None
# a figure written as a compound modifier of the noun after it: "93-year-old", "950-ton", "174-foot"
_MODIFIER_RE = re.compile(r"^[\w.,]+-[a-z]+(?:-[a-z]+)?\b")


@dataclass
class FigureUse:
    article: str
    figure: Figure
    sentence: str
    change: bool = False    # one end of a change ("from 30,000 feet to 10,000 feet"), not a value held

    def to_json(self) -> dict:
        f = self.figure
        return {"article": self.article, "start": f.start, "end": f.end, "text": f.text,
                "number_start": f.number_start, "number_end": f.number_end, "qualifier": f.qualifier,
                "unit": f.unit, "counts": f.counts, "sentence_start": f.sentence_start,
                "sentence_end": f.sentence_end, "sentence": self.sentence}


def figure_uses(articles: Sequence[ArticleLike | AnalysedArticle],
                figures: dict[str, list[Figure]] | None) -> tuple[list[FigureUse], list[Key]]:
    """Every figure of ``articles`` as a use (its article and evidence sentence), with its
    quantity key (None: compared by sentence context only, and for one end of a change; a
    count told of a place, by the place where the story breaks it down by place:
    :mod:`reader.analysis.place_counts`).
    Each article's figures are ``figures[id]`` when given, else its analysed figures or
    those extracted from its body; with them, its vague amounts and its elapsed and clock
    times, and without the plain numbers those times hold or the conversions of a figure into
    another unit (:mod:`reader.analysis.unit_conversions`); a plain "degrees" in the scale the
    story uses (:mod:`reader.analysis.temperature_scales`); a keyed length told in two units
    in the larger (:func:`reader.analysis.duration_subjects.in_one_unit`)."""
    uses: list[FigureUse] = []
    keys: list[Key] = []
    owners: list[str | None] = []
    places: list[tuple[str, str] | None] = []    # what a count told of a place counts, and the place
    for a in articles:
        body = a.body
        every, moving, own = _article_figures(a, figures)
        before = 0
        for n, f in enumerate(every):
            prev = every[n - 1] if n else None
            if prev is None or prev.sentence_start != f.sentence_start:
                before = f.sentence_start
            elif not _MODIFIER_RE.search(prev.text):
                before = prev.end
            # (a figure written as a modifier, "a 93-year-old bridge", "a 950-ton span", cuts off no
            # context: "The death toll from the collapse of a 93-year-old bridge rose to five")
            uses.append(FigureUse(a.id, f, sentence_text(body, f), n in moving))
            owner = None if n in moving else (age_owner(body, f) or anaphor_owner(body, f)
                                              or pronoun_owner(body, f))
            role = None if owner is not None or n in moving else (
                child_role(body, f) or age_role(body, f) or event_role(body, f))
            owners.append(_ROLE + role if role else owner)
            if n in moving:
                key, place = None, None
            elif id(f) in own:
                key, place = own[id(f)], None
            else:
                whole = keys[-1] if prev is not None and prev.sentence_start == f.sentence_start else None
                floor = clause_floor(body, (f.start, f.end), f.number_start, f.number_end, f.sentence_start, before)
                key, place = place_key(body, f, _key(body, f, floor))
                key = left_key(body, f, standing_key(body, f) or _refined(body, f, key, whole))
                key = response_key(duty_key(body, f, cut_off_key(body, f, key)))   # ("12 were on duty")
                key = None if breakdown_part(body, prev, f, whole, key) or place_part(body, f, key) else key
                if whole is not None and key is not None and prev is not None and _inside_count(
                        body, prev, f, whole, key):
                    keys[-1], key = (whole[0], key[1]), (key[0], None)
                if whole is not None and whole == key and prev is not None and _part_of(body, prev, f):
                    keys[-1] = None     # (a partitive's part is no rival value of its whole: "700 of its 1,600 staff")
            keys.append(key)
            places.append(place)
    keys = one_evacuated_noun([u.article for u in uses], keys, [u.sentence for u in uses])
    keys = one_group([u.article for u in uses], keys)       # ("14 students" and "11 children" hospitalized)
    keys = one_duty_kind([u.article for u in uses], keys)
    keys = one_predicate(by_place([u.article for u in uses], keys, places))     # (share_wholes)
    turned, keys = complements([u.figure for u in uses], keys)      # "one in ten run": nine in ten cancelled
    uses = with_figures(uses, turned)
    read, keys = in_scale([u.figure for u in uses], [u.sentence for u in uses], keys)
    read = in_one_unit(read, keys)
    uses = with_figures(uses, read)
    return _owned_ages([a.body for a in articles], uses, keys, owners, [a.id for a in articles])



def with_figures(uses: Sequence[FigureUse], figures: Sequence[Figure]) -> list[FigureUse]:
    """``uses`` with each figure replaced by the one at its place in ``figures`` (restated in
    another unit, turned to its complement); a use whose figure is the same is kept as it is."""
    return [FigureUse(u.article, f, u.sentence, u.change) if f is not u.figure else u
            for u, f in zip(uses, figures, strict=True)]

def _article_figures(a: ArticleLike | AnalysedArticle, figures: dict[str, list[Figure]] | None
                     ) -> tuple[list[Figure], set[int], dict[int, Key]]:
    """The figures of article ``a`` in text order (its own or ``figures[a.id]``, its vague
    amounts, number phrases, sums in words, shares, tallies and timed figures, less the conversions and the
    numbers the times hold), the indexes of those at one end of a change, and the timed
    figures' keys by ``id``."""
    figs = figures.get(a.id) if figures is not None else None
    if figs is None:
        figs = a.figures if isinstance(a, AnalysedArticle) else extract_figures(a)
    body = a.body
    sentences = sentences_of(a)
    timed = _times(body, sentences)
    if timed:
        figs = _outside(figs, [f for f, _ in timed])
    figs = joined_durations(body, figs)      # ("3 hours and 20 minutes": one length)
    restated = conversions(body, figs)
    figs = [as_age(f) if apposition_age(body, f) or stated_age(body, f) or predicate_age(body, f)
            or pronoun_age(body, f) or years_old_age(body, f)
            else as_population(body, f) for n, f in enumerate(figs) if n not in restated]
    every = sorted([*figs, *vague_figures(body, figs, sentences), *phrase_figures(body, figs, sentences),
                    *ordinal_figures(body, figs, sentences),
                    *(f for f, _ in timed), *fraction_shares(body, figs, sentences),
                    *ratio_shares(body, figs, sentences),
                    *phrase_durations(body, [*figs, *(f for f, _ in timed)], sentences),
                    *fullness_fractions(body, figs, sentences), *fraction_lengths(body, figs, sentences),
                    *money_words(body, figs, sentences),
                    *_outside(tallies.tallies(body, sentences), figs)], key=lambda f: f.start)
    moving = changes(body, every)
    moving -= old_prices(body, every, moving) | fallen_from(body, every, moving)     # (a fall's height: length_events)
    return every, moving, {id(f): k for f, k in timed}


def _refined(body: str, f: Figure, key: Key, whole: Key) -> Key:
    """``key`` read again for what the figure is a part or a kind of: a part of an event's
    casualties by its group (:mod:`reader.analysis.casualty_parts`; ``whole``, the key of
    the figure before it in its sentence), a flow, an area or a rise by its own kind
    (:mod:`reader.analysis.measure_kinds`), a number phrase's noun
    (:mod:`reader.analysis.phrase_numbers`), a whole group's count left with no key
    (:mod:`reader.analysis.whole_counts`); none for an elliptic count told with no event of
    its own ("Six climbers set out; two have been found": a part of the six, not the six,
    :mod:`reader.analysis.elliptic_counts`)."""
    part, part_of = part_key(body, f, whole, key)
    key = part_of if part else told_of_them(body, f, key)      # ("23 riders, 11 of them pupils": a part)
    other, kind = measure_kind(body, f, key)
    key = kind if other else key
    key = length_event(body, f, key)        # a length's event told by its clause (length_events)
    key = noun_key(body, f) or key
    key = limit_key(body, f, modifier_count_key(body, f, key if key is not None else whole_key(body, f)))
    return None if key is not None and key[1] is None and elliptic(body, f.number_start, f.number_end,
                                                                    f.counts_inferred) else key


# a count inside the phrase of the count before it: "Seven crew members from the two boats were taken
# to hospital", "12 passengers on the three coaches were hurt": the verb after tells the first
# count's event, not the boats' or the coaches'
_INSIDE_GAP = re.compile(r"\s+(?:members?\s+)?(?:from|of|on|aboard|in)\s+(?:the\s+|their\s+|both\s+)?$", re.IGNORECASE)


def _inside_count(body: str, prev: Figure, f: Figure, whole: Key, key: Key) -> bool:
    """Whether ``f`` counts the things the count ``prev`` before it is told of (comment
    above), ``f``'s key naming an event and ``prev``'s none or the same."""
    return (whole is not None and key is not None and whole[1] in (None, key[1]) and key[1] is not None
            and prev.counts is not None and not prev.counts_inferred
            and _INSIDE_GAP.fullmatch(body, prev.end, f.start) is not None)


_ROLE = "role:"     # an age told of a role ("the 35-year-old driver"), owned by its named person (age_roles)


def _owned_ages(bodies: list[str], uses: list[FigureUse], keys: list[Key],
                owners: list[str | None], ids: list[str]) -> tuple[list[FigureUse], list[Key]]:
    """The uses with each named person's age keyed by its owner (:func:`reader.analysis.ages.story_owners`:
    ``(AGE_KEY, "colin maddox")``; not an end of a change); an age whose owner is a
    surname the story gives two people is left out, compared with nothing."""
    owners = merged_children(merged_genders(owners, _ROLE), _ROLE)     # ("One of those killed was a …"; "a child")
    roles = role_people(bodies, {o[len(_ROLE):] for o in owners if o and o.startswith(_ROLE)})
    unnamed = _unnamed(bodies, ids, uses, owners, roles)
    owners = [roles.get(o[len(_ROLE):]) if o and o.startswith(_ROLE) else o for o in owners]
    at = {a: n for n, a in enumerate(ids)}      # (a bare surname: the one person of it its own article names)
    owners = [(article_owner(bodies[at[u.article]], o, u.figure.start, u.figure.sentence_end) or o)
              if o and " " not in o else o for u, o in zip(uses, owners, strict=True)]
    people = story_owners(bodies, {o for o in owners if o is not None})
    kept: list[int] = []
    for n, owner in enumerate(owners):
        if n in unnamed:
            keys[n] = (AGE_KEY, "the " + unnamed[n])
            kept.append(n)
        elif owner is None:
            kept.append(n)
        elif (person := people[owner]) is not None:
            keys[n] = (AGE_KEY, person)
            kept.append(n)
    if len(kept) == len(uses):
        return uses, keys
    return [uses[n] for n in kept], [keys[n] for n in kept]


def _unnamed(bodies: list[str], ids: list[str], uses: list[FigureUse], owners: list[str | None],
             roles: dict[str, str | None]) -> dict[int, str]:
    """The uses whose age is told of a role the story ties no name to but that stands for
    one person (:func:`reader.analysis.age_roles.unnamed_roles`: "A 7-year-old boy", "The
    boy, 8,"), each with its role."""
    articles = {a: n for n, a in enumerate(ids)}
    told = {n: o[len(_ROLE):] for n, o in enumerate(owners)
            if o and o.startswith(_ROLE) and roles.get(o[len(_ROLE):]) is None}
    if not told:
        return {}
    one = unnamed_roles(bodies, [(articles[uses[n].article], role, uses[n].figure.value) for n, role in told.items()])
    return {n: role for n, role in told.items() if role in one}


def _key(body: str, f: Figure, before: int) -> Key:
    """The quantity key of ``f``; for a tally its vote's (:func:`reader.analysis.tallies.vote_key`),
    else None: a game's score is compared by an aligned edit only; a percentage with no
    subject keyed as a share (:func:`reader.analysis.shares.share_key`); a place's population
    (:func:`reader.analysis.populations.population`) not at all; people who attended as the
    attendance (:mod:`reader.analysis.attendance_people`); people under a generic noun by the
    role their clause gives them (:mod:`reader.analysis.people_roles`); a span of time by what
it is of (:mod:`reader.analysis.spans_of`: "nine days of class")."""
    if f.unit == tallies.UNIT:
        return tallies.vote_key(body, f)
    if population(body, f):
        return None
    return role_key(body, f, before, listed_attendance(body, f) or quantity_key(body, f, before) or share_key(body, f)
                    or fullness_key(body, f) or attendance_key(body, f) or span_key(body, f))


SENTENCE_CHARS = 600     # a figure's sentence is shown whole up to this length, else cut around the figure


def _part_of(body: str, part: Figure, whole: Figure) -> bool:
    """Whether ``part`` took its noun from ``whole`` right after it in a partitive ("about 700 of its
    roughly 1,600 staff")."""
    return part.counts_inferred and PARTITIVE_RE.fullmatch(body, part.end, whole.start) is not None


def sentence_text(body: str, f: Figure) -> str:
    """The sentence of ``f`` as evidence: whole, or when longer than ``SENTENCE_CHARS`` (a
    text with no full stop is one sentence) the ``SENTENCE_CHARS`` around the figure, cut
    ends marked "…"; its offsets stay in ``sentence_start`` and ``sentence_end``."""
    return sentence_around(body, (f.sentence_start, f.sentence_end), (f.start, f.end))


def sentence_around(body: str, sentence: tuple[int, int], span: tuple[int, int]) -> str:
    """The sentence ``sentence`` of ``body`` as evidence for what is at ``span`` in it:
    whole up to ``SENTENCE_CHARS``, else the ``SENTENCE_CHARS`` around ``span``, cut ends
    marked "…" (a text with no full stop is one sentence: every label or figure of it
    would carry the whole body)."""
    s0, s1 = sentence
    if s1 - s0 <= SENTENCE_CHARS:
        return body[s0:s1]
    half = (SENTENCE_CHARS - (span[1] - span[0])) // 2
    lo = max(s0, span[0] - max(half, 0))
    hi = min(s1, max(span[1], lo + SENTENCE_CHARS))
    return ("…" if lo > s0 else "") + body[lo:hi] + ("…" if hi < s1 else "")


def _times(body: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Figure, Key]]:
    """The body's elapsed times and clock times tied to an event, and the minutes of a
    match, with their keys (:mod:`reader.analysis.elapsed_times`,
    :mod:`reader.analysis.clock_times`, :mod:`reader.analysis.match_minutes`)."""
    return [*elapsed_times.elapsed_times(body, sentences), *clock_times.clock_times(body, sentences),
            *match_minutes.match_minutes(body, sentences), *event_years.event_years(body, sentences)]


def _outside(figs: list[Figure], timed: list[Figure]) -> list[Figure]:
    """``figs`` less those whose number lies inside a time figure ("20 minutes" of
    "about 20 minutes after takeoff": one mention, read once, as the elapsed time)."""
    spans = sorted((t.number_start, t.number_end) for t in timed)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))     # the furthest end up to each span
    out = []
    for f in figs:
        k = bisect.bisect_right(starts, f.number_start) - 1
        if k < 0 or reach[k] <= f.number_start:
            out.append(f)
    return out
