"""Figures that disagree across sources for the same quantity.

Two figures from different articles are taken to state the *same quantity* with
*different values* when

- their units are of one family: the same currency, both percentages, the same measure
  ("page", "year" …), or both plain counts (any counted noun, or none);
- their values differ, but by at most ``MAX_SPREAD`` of the larger (1.27 vs 1.28
  million), so 47,000 and 1.28 million are never one quantity;
- and there is evidence they describe the same thing: the same counted noun and event
  (:func:`reader.analysis.quantities.quantity_key`; a noun with no event, "N vehicles",
  also needs ``SHARED_WORDS`` other words common to the two sentences: one word the whole
  story repeats, a name or "said", linked counts of innings, wickets, states and
  candidates of different games and primaries; or values within ``MAX_SPREAD`` of each
  other and of at least ``CLOSE_AT_LEAST``: "a trial of 1,204 children" and "a study of
  1,240 children"), or sentences sharing content words
  (at least ``MIN_CONTEXT`` Jaccard overlap, or — for large counts of at least
  ``LARGE`` with a spread under ``TIGHT_SPREAD`` — at least one shared name-like content
  word such as "ICE" or "IRS").

Aligned text comes first: an edited copy's number or day for another ("killing at least six" → "three",
"until 4 September" → "18 September": :mod:`reader.analysis.aligned_dates`) is a conflict, whatever it counts.

A figure is compared only with figures told of the same time (:mod:`reader.analysis.other_events`):
the event's own with the event's own, a past year's with that year's; one of another event no year
names with none; voters with those of the same side (:mod:`reader.analysis.vote_sides`). A rate
(:mod:`reader.analysis.rates`) is compared only with rates over the same span, a count never with one
of another scope (:mod:`reader.analysis.count_scopes`: another holder, a part and a whole, an increment).
The day of one event told two ways is read apart, by its clause (:mod:`reader.analysis.event_dates`).

Figures linked this way are grouped (transitively); each conflict then also collects every figure, in any
article, that states one of its values in a compatible unit ("1.28 million" with all its sources; a less
precise value that agrees with only one other listed with it, "$412.6 million / $413 million" against
"$398 million": :mod:`reader.analysis.conflict_values`). Each figure comes with its sentence span.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass

from reader.analysis.aboard_totals import passengers_aboard
from reader.analysis.age_spans import age_spans
from reader.analysis.ages import AGE_KEY, is_age
from reader.analysis.alarm_order import alarm_order
from reader.analysis.aligned_dates import aligned_dates
from reader.analysis.aligned_figures import aligned_changes
from reader.analysis.article import AnalysedArticle, ArticleLike
from reader.analysis.built_ages import built_ages
from reader.analysis.change_subjects import one_charge
from reader.analysis.clause_durations import story_kind_lengths
from reader.analysis.clock_times import UNIT as CLOCK
from reader.analysis.conflict_labels import conflict_label
from reader.analysis.conflict_statements import LARGE, Statements
from reader.analysis.conflict_twins import without_twins
from reader.analysis.conflict_values import ConflictValue, conflict_values
from reader.analysis.conjunct_events import conjunct_events
from reader.analysis.count_scopes import CountScopes
from reader.analysis.described_ages import described_pairs
from reader.analysis.distant_dates import distant_pairs
from reader.analysis.duration_subjects import one_fire_length
from reader.analysis.event_apart import one_event
from reader.analysis.event_clocks import story_times
from reader.analysis.event_lengths import event_lengths
from reader.analysis.figure_context import (
    HeldValues,
    content_words,
    crowded,
    lower_names,
    names,
    share_context,
    unit_family,
)
from reader.analysis.figure_links import Links
from reader.analysis.figure_uses import READ_APART, FigureUse, Key, figure_uses
from reader.analysis.figures import Figure
from reader.analysis.incident_clocks import story_incidents
from reader.analysis.lead_lengths import lead_lengths
from reader.analysis.learned_pairs import learned_pairs, long_articles
from reader.analysis.length_units import cross_unit_pairs, several_cross_unit_pairs
from reader.analysis.measure_kinds import two_things
from reader.analysis.measured_durations import SINCE
from reader.analysis.name_clash import MIN_NAMES, ArticleNames
from reader.analysis.noun_events import NOUN_EVENTS, SOFT_EVENTS, soft_event
from reader.analysis.noun_sets import noun_set_pairs
from reader.analysis.noun_tellers import agreeing_tellers, noun_counts
from reader.analysis.open_bounds import open_bounds
from reader.analysis.other_events import USUAL, reference_month, reference_year, told_when
from reader.analysis.paraphrase_figures import paraphrase_pairs
from reader.analysis.quantities import MAX_RATIO, compatible, is_vague, near
from reader.analysis.quantity_senses import distributive_keys, roles_as_people, unique_pairs
from reader.analysis.rates import rate_of, timeless_rate
from reader.analysis.same_event import SameEvent, event_keys, kept_off, told_kinds
from reader.analysis.scaled_units import scaled_units
from reader.analysis.sentences import table_row
from reader.analysis.size_joins import FROM_PLACE, SIZE, story_lengths
from reader.analysis.story_sums import story_sums
from reader.analysis.temperature_pairs import temperature_pairs
from reader.analysis.thing_ages import thing_ages
from reader.analysis.thing_counts import two_counts_of_a_thing, two_tellings
from reader.analysis.told_estimates import one_of_two
from reader.analysis.unit_dimensions import compatible_in_base
from reader.analysis.unkeyed_counts import plain_shared, unkeyed_pairs
from reader.analysis.vote_sides import vote_sides
from reader.engine.compare import Comparison

MAX_SPREAD = 0.05
TIGHT_SPREAD = 0.02
MIN_CONTEXT = 0.2
SHARED_WORDS = 2        # words two sentences share, besides the noun, to link by a noun alone (:func:`_words_needed`)
STORY_TELLERS = 3       # sources that count a noun, at least, for it to be the story's own
CLOSE_AT_LEAST = 100
KEYED_RATIO = 4.0        # an event's own count (people killed, damage) told 3 and 4 times over by another source
CONTEXT_TRIES = 20       # sentence-context comparisons per figure at most
CONTEXT_LOOKS = 100      # other figures looked at per figure at most (passed over or compared)

SHARED_TEXT_NOTE = "these sources share text: one may have updated or edited the figure"
LEARNED_NOTE = "read as one quantity by the learned pair model, not by a rule: check the two sentences"


@dataclass
class Conflict:
    quantity: str                 # a short label: the counted nouns or unit seen
    values: list[ConflictValue]   # largest support first
    shared_text: bool = False     # its sources share text (one provenance family): an update or an edit
    learned: bool = False         # a link of the learned pair model holds it together (learned_pairs)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(a for v in self.values for a in v.articles))

    def to_json(self) -> dict:
        return {"quantity": self.quantity, "articles": self.articles, "values": [v.to_json() for v in self.values],
                "shared_text": self.shared_text, "learned": self.learned}


def _spread(a: float, b: float) -> float:
    hi = max(abs(a), abs(b))
    return abs(a - b) / hi if hi else 0.0


def _close(f: Figure, g: Figure) -> bool:
    """Two counts of one key that no article gives two values of (or, for a key that
    names several quantities, each its article's only value near the other's), within
    ``MAX_SPREAD`` of each other and of at least ``CLOSE_AT_LEAST``: one quantity told
    twice ("about 7,100 workers" and "employs about 7,400 people"; "a study of 1,240
    children" and "a trial of 1,204 children"), needing no common words in their sentences."""
    lo, hi = sorted((float(f.value), float(g.value)))
    return lo >= CLOSE_AT_LEAST and _spread(lo, hi) <= MAX_SPREAD


def same_quantity(f: FigureUse, g: FigureUse, plural: frozenset[str | None] = frozenset()) -> bool:
    """Whether two figures of different value look like one quantity (see the module doc);
    the counted noun alone is no evidence for the units of ``plural`` (nouns the story
    uses for several quantities: :mod:`reader.analysis.quantity_senses`)."""
    a, b = f.figure, g.figure
    if a.value == b.value or unit_family(a) != unit_family(b):
        return False
    spread = _spread(a.value, b.value)
    if spread > MAX_SPREAD:
        return False
    if unit_family(a) == "count" and a.unit and a.unit == b.unit and a.unit not in plural:
        return True
    ca, cb = content_words(f.sentence), content_words(g.sentence)
    if ca and cb and len(ca & cb) / len(ca | cb) >= MIN_CONTEXT:
        return True
    big = min(abs(a.value), abs(b.value)) >= LARGE
    return big and spread <= TIGHT_SPREAD and bool(names(f.sentence) & names(g.sentence))


def find_conflicts(articles: Sequence[ArticleLike | AnalysedArticle],
                   figures: dict[str, list[Figure]] | None = None,
                   comparisons: Mapping[tuple[int, int], Comparison] | None = None,
                   apart: frozenset[frozenset[str]] = frozenset(),
                   names: ArticleNames | None = None) -> list[Conflict]:
    """Conflicting figures across ``articles`` (see the module doc), most sources first. Each article's
    figures are ``figures[id]`` when given, else its analysed figures (an :class:`AnalysedArticle`) or
    those of its body. ``comparisons`` (articles i < j → their comparison) give the conflicts of aligned
    text. Two articles of a pair in ``apart`` (ids) tell two events (:mod:`reader.analysis.templates`):
    no figure of one is compared with one of the other. ``names``: the articles' names by id
    (:class:`reader.analysis.name_clash.ArticleNames`), when the caller has read them already."""
    uses, keys = figure_uses(articles, figures)
    uses, keys = story_incidents(articles, uses, keys)     # times of the incident told in words of their own
    uses, keys = alarm_order(articles, uses, keys)         # an alarm told before another's incident
    uses, keys = built_ages(articles, *age_spans(uses, thing_ages(uses, keys)))   # "the 63-year-old bridge"
    keys = vote_sides(uses, keys)                          # "Nine members voted yes", "four who voted no"
    # a table's row is compared with nothing: its headers are unread (a league table's two versions: hundreds)
    rows = [k for k, u in enumerate(uses) if not table_row(u.sentence)]
    uses, keys = [uses[k] for k in rows], [keys[k] for k in rows]
    bodies = {a.id: a.body for a in articles}
    names = names if names is not None else ArticleNames(bodies)
    tellers, dates = [u.article for u in uses], {a.id: a.published for a in articles}
    event = SameEvent(dates, names.strangers, event_keys(tellers, keys, soft_event), told_kinds(tellers, keys))
    off = kept_off(_off_story(articles), event)     # (a local paper of the same days is no other event)
    # (a named person's age stays keyed by the name: it is that person's wherever it is told)
    keys = [None if u.article in off and not (k and k[0] == AGE_KEY) else k for u, k in zip(uses, keys, strict=True)]
    keys = story_lengths(uses, one_charge(passengers_aboard(uses, roles_as_people(uses, conjunct_events(uses, keys)))))
    keys = story_sums(uses, one_fire_length(keys), bodies)     # one sum named two ways, or by no word
    keys = story_kind_lengths([a.body for a in articles], keys)   # (a strike's: clause_durations)
    uses, keys = lead_lengths(articles, uses, keys)     # the story's event's length, by whatever noun
    uses, keys = event_lengths(articles, uses, keys, off)    # one thing's length told with two verbs
    uses, keys = scaled_units(uses, keys)      # "a 1.1-gigawatt station" beside "the 1,320-megawatt plant"
    frames = _frames(articles, uses)
    several = distributive_keys(uses, keys, frames)
    plural = frozenset(u.figure.unit for u, k in zip(uses, keys, strict=True) if k in several)
    raw, keys = keys, [None if k in several else k for k in keys]
    # a figure is linked only with those told of the same time and span (other_events, rates)
    apart |= distant_pairs(dates)           # an article of another time
    finder = Links(frames, [u.article for u in uses], apart)
    finder.strangers = event.strangers
    finder.held_apart, finder.times_apart = (scopes := CountScopes(bodies, uses, raw)).apart, scopes.times.apart
    if comparisons:
        for x, y in aligned_changes(articles, uses, keys, comparisons, names):
            finder.link(x, y, aligned=True)
    held = HeldValues(uses, raw, frames)
    _keyed_links(uses, keys, finder, held, names.either)
    for i, j in cross_unit_pairs(uses, keys):       # one length in miles and in kilometres (length_units)
        if not soft_event(keys[i][1]) or share_context(uses, (i,), (j,), CONTEXT_TRIES):  # type: ignore[index]
            finder.link(i, j)
    for i, j in temperature_pairs(uses, raw):       # "peaked at 36.4C", "hit a scorching 91F" (temperature_pairs)
        finder.link(i, j)
    for i, j in several_cross_unit_pairs(uses, raw, several):      # (an article's lengths of several things)
        finder.link(i, j)
    for i, j in paraphrase_pairs(uses, keys, bodies):       # one thing said in other words (paraphrase_figures)
        if not held.both(uses, i, j) and not compatible_in_base(uses[i].figure, uses[j].figure):
            finder.link(i, j)
    for i, j in unique_pairs(uses, raw, several):
        if held.both(uses, i, j):
            continue
        if _close(uses[i].figure, uses[j].figure) or share_context(uses, (i,), (j,), CONTEXT_TRIES):
            finder.link(i, j)
    for i, j in itertools.chain(unkeyed_pairs(uses, keys, raw, held, off),     # "214 patients", "300 patients"
                                noun_set_pairs(uses, keys, raw, held, off, frames), described_pairs(uses, keys)):
        finder.link(i, j)       # ("96 travellers", "130 commuters"; one person's age told by what is said of them)
    _context_links(uses, keys, finder, held, plural)
    learned = [(i, j) for i, j in learned_pairs(uses, raw, several, finder.same, long_articles(articles))
               if not held.both(uses, i, j)]        # (what a model reads as one: learned_pairs)
    for i, j in learned:
        finder.link(i, j)
    conflicts = []
    statements = Statements(uses, keys, frames, raw)
    for members in finder.groups():
        chosen = statements.with_same(members)
        chosen = one_event(chosen, uses, apart) if apart else chosen
        vals = conflict_values([uses[i] for i in chosen])
        if len(vals) < 2 or len({a for v in vals for a in v.articles}) < 2:
            continue
        inside = set(members)
        conflicts.append(Conflict(conflict_label([v.uses for v in vals], uses[members[0]].figure, keys[members[0]]),
                                  vals, learned=any(i in inside and j in inside for i, j in learned)))
    for label, found in story_times(articles, off, apart, uses, keys) + aligned_dates(articles, comparisons, names):
        conflicts.append(Conflict(label, conflict_values(found)))
    conflicts = without_twins(conflicts)
    conflicts.sort(key=lambda c: (-len(c.articles), c.quantity))
    return conflicts


def _ratio(key: tuple[str, str | None], soft: bool) -> float:
    """How far apart two values of ``key`` may be and still be one quantity told twice: an
    event's own count's ``KEYED_RATIO``, and a distance from a named place's too ("less than
    half a mile from Sable Creek" against "about two miles from" it: the place pins the
    quantity, though its soft key still needs shared words); else ``MAX_RATIO``."""
    if key[1] is not None and key[1].startswith(FROM_PLACE):
        return KEYED_RATIO
    return MAX_RATIO if soft or key[1] in NOUN_EVENTS else KEYED_RATIO


def _frames(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse]) -> list[tuple[str | None, ...]]:
    """What each of ``uses`` is told of: its time (:func:`reader.analysis.other_events.told_when`)
    and, for a rate, its span (:func:`reader.analysis.rates.rate_of`); a count per day, week, month or
    year told of no time is a habit ("carries 11,400 vehicles a day", as "normally handles 9,800 cars a
    day" is: :func:`reader.analysis.rates.timeless_rate`; a sum or a share per year, "will save $27
    million a year", keeps its frame); an age read from a birth year (:mod:`reader.analysis.born_ages`:
    its text the year alone) is its owner's now."""
    of = {a.id: (a.body, reference_year(a.body, a.published), reference_month(a.published)) for a in articles}
    frames: list[tuple[str | None, ...]] = []
    for u in uses:
        body, year, month = of[u.article]
        if is_age(u.figure) and u.figure.text.isdigit():     # (an age read from a year: its owner's now)
            frames.append((None, None))     # ("Okafor, who was born in 1963 and became president in 2021")
            continue
        when, span = told_when(body, u.figure, year, month), rate_of(body, u.figure)
        at = (u.figure.start - u.figure.sentence_start, u.figure.end - u.figure.sentence_start)
        habit = when is None and unit_family(u.figure) == "count" and timeless_rate(u.sentence, at, span)
        frames.append((USUAL if habit else when, span))     # ("carries 11,400 vehicles a day": a habit)
    return frames


OFF_STORY = 0.4


def _off_story(articles: Sequence[ArticleLike | AnalysedArticle]) -> set[str]:
    """Articles that seem to be about another event: the names they use (capitalised
    words) are, on average, in under ``OFF_STORY`` times as many of the other articles
    as the median article's names are. Their figures are compared by sentence context
    only, never by what they count alone ("killing at least six people" in another
    derailment is no conflict). Linear: one count of names over the story.

    Measured on names, it also takes a report that tells the story through people of its own
    (a TV station's local angle beside three copies of one wire story) for another event;
    counting copies of one text once, or names alike as one text, moved the stories-dev
    distractors across the line both ways, so it stays, and an age keyed by its owner's name
    (:func:`reader.analysis.ages.age_owner`) is compared anyway. An article naming fewer than
    ``MIN_NAMES`` things is never off the story ("The automaker said it was aware of four injuries")."""
    if len(articles) < 3:
        return set()
    names_of = [lower_names(a.body) for a in articles]
    df = Counter(w for n in names_of for w in n)
    share = [sum(df[w] - 1 for w in n) / (len(n) * (len(articles) - 1)) if n else 0.0 for n in names_of]
    median = sorted(share)[len(share) // 2]
    return {a.id for a, n, x in zip(articles, names_of, share, strict=True)
            if x < OFF_STORY * median and len(n) >= MIN_NAMES}


def _keyed_links(uses: list[FigureUse], keys: list[Key], finder: Links, held: HeldValues,
                 lower: Callable[[str, str], Container[str]]) -> None:
    """Figures with one quantity key (and unit family) whose values cannot both hold.
    Figures are bucketed by key and, inside a bucket, by what they state (value, range,
    qualifier); each statement is compared with the next ones up (at most
    ``CONTEXT_TRIES``, while they are near), so the work grows with the number of figures,
    not with its square. Every one that cannot hold with it is linked, not only the first:
    "about 40,000" sits between 38,500 and 40,112 and agrees with 40,112, so linking 38,500
    to it alone left 40,112 out of the conflict; but, for a key that names no event, never two values an
    article states both, as the key's or as two sums (:class:`~reader.analysis.figure_context.HeldValues`:
    "close 87 stores", "operates 399 stores"); an event's count one article tells two ways stays a conflict."""
    buckets: dict[tuple, dict[tuple, list[int]]] = {}
    for i, (u, key) in enumerate(zip(uses, keys, strict=True)):
        if key is None:
            continue
        f = u.figure
        buckets.setdefault((key, unit_family(f)), {}).setdefault((f.value, f.high, f.qualifier), []).append(i)
    stories, counts = len({u.article for u in uses}), noun_counts(keys)
    for (key, _), statements in buckets.items():
        groups = sorted(statements.values(), key=lambda g: float(uses[g[0]].figure.value))
        soft = soft_event(key[1])
        least = _words_needed(key, {uses[k].article for g in groups for k in g}, stories)
        told, tellers = open_bounds(uses, groups, agreeing_tellers(uses, keys, counts[key[0]], groups))
        lone = soft and _one_count_each(uses, told, stories, tellers)     # (14 and 20 beside "more than a dozen")
        two = soft and two_tellings(uses, told)
        lone = lone or (two and key[0].startswith("duration:") and SINCE not in key[0])     # a named length
        lone = lone or (two and one_of_two(key[0], uses, told, lower))     # a sum's subject, or estimates
        now = open_bounds(uses, groups, set(), finder.frames)[0] if soft and not lone else []   # (own time)
        firsts = [uses[g[0]] for g in now]     # (a thing's count told twice: "14 ambulances", thing_counts)
        lone = lone or (two_tellings(uses, now) and two_counts_of_a_thing(
            key, [u.figure for u in firsts], [u.sentence for u in firsts]))
        for n, first in enumerate(groups):
            for second in groups[n + 1:n + 1 + CONTEXT_TRIES]:
                f, g = uses[first[0]].figure, uses[second[0]].figure
                if f.unit != CLOCK and not near(f, g, _ratio(key, soft)):
                    break       # (times of day lie on a circle: "11 p.m." is two hours from "1 a.m.", not 22)
                if compatible(f, g) or len({uses[k].article for k in (*first, *second)}) < 2:
                    continue
                if soft and not (_close(f, g) or lone or (two and plain_shared(uses, first, second, lower))) and not (
                        share_context(uses, first, second, CONTEXT_TRIES, least)):
                    continue
                # (an event's count: each of its first statements with the others too, so one source the
                # first shares no name with does not keep the rest out: name_clash)
                pairs = itertools.product(first, second) if soft else itertools.chain(
                    ((first[0], k) for k in (*first, *second)),
                    itertools.product(first[1:CONTEXT_TRIES], second[:CONTEXT_TRIES]))
                for x, y in pairs:
                    if not (soft and (held.both(uses, x, y) or held.both_as_own(uses, x, y))) and not (
                            (key[1] == SIZE or str(key[1]).startswith(FROM_PLACE)) and _two_things(uses, x, y)):
                        finder.link(x, y)


def _two_things(uses: list[FigureUse], x: int, y: int) -> bool:
    """Whether the sizes ``x`` and ``y`` measure two things (:func:`reader.analysis.measure_kinds.two_things`)."""
    return two_things(uses[x].figure, uses[x].sentence, uses[y].figure, uses[y].sentence)


def _one_count_each(uses: list[FigureUse], groups: list[list[int]], articles: int, counters: set[str]) -> bool:
    """Whether a key's figures (``groups``: one list per statement) are the story's own count told two ways ("21
    crew members" in four reports, "the ship's crew of 24" in one): two statements, no article stating both, of a
    noun at least ``STORY_TELLERS`` sources and half of the story's count (``counters``: those under other keys
    agreeing with one, :mod:`reader.analysis.noun_tellers`): their sentences need no word in common."""
    if len(groups) != 2:
        return False
    tellers = [{uses[k].article for k in g} for g in groups]
    everyone = tellers[0] | tellers[1] | counters
    return not (tellers[0] & tellers[1]) and len(everyone) >= STORY_TELLERS and 2 * len(everyone) >= articles


def _words_needed(key: tuple, tellers: set[str], articles: int) -> int:
    """Words two sentences must share, besides the noun, to link two figures of ``key``
    (one that names no event, or a soft one). A thing most of the story's sources count
    ("skiers" in an avalanche's reports, "homes" in a flood's: at least ``STORY_TELLERS`` and
    half of them) is the story's own, and one shared word does; a noun few of them count
    ("pitches" in two of eleven game reports), or a pair of reports alone ("the two
    candidates" in Lakeland and "the four candidates left on the ballot"), needs
    ``SHARED_WORDS``."""
    if key[1] in SOFT_EVENTS or (len(tellers) >= STORY_TELLERS and 2 * len(tellers) >= articles):
        return 1
    return SHARED_WORDS


def _context_links(uses: list[FigureUse], keys: list[Key], finder: Links, held: HeldValues,
                   plural: frozenset[str | None] = frozenset()) -> None:
    """The sentence-context rule (:func:`same_quantity`) for figures not both keyed (or
    both large; no end of a change): figures by unit family and value, each compared only with
    figures of the values at most ``MAX_SPREAD`` above its own, and with at most
    ``CONTEXT_TRIES`` of them (the nearest values first), looking at ``CONTEXT_LOOKS``
    at most (those of its own article or group are passed over, but counted: a table
    of thousands of close numbers made each figure walk all of them), so the work grows
    with the number of figures, not with its square; sentence pairs are compared once.
    Two figures are not linked when the article of either also states the other's value
    (:class:`reader.analysis.figure_context.HeldValues`: "closes an $11.8 billion shortfall"
    and "$11.3 billion in the Rainy Day Fund")."""
    by_family: dict[str, dict[float, list[int]]] = {}
    for i, u in enumerate(uses):
        if not (is_vague(u.figure) or u.figure.unit in READ_APART or u.change):    # (times, tallies: by key or edit)
            by_family.setdefault(unit_family(u.figure), {}).setdefault(float(u.figure.value), []).append(i)
    places = crowded(uses, CONTEXT_LOOKS)
    seen: set[tuple[str, str, int | float, int | float]] = set()
    for by_value in by_family.values():
        values = sorted(by_value)
        for n, value in enumerate(values):
            for i in by_value[value]:
                tries = 0
                for j in itertools.islice(_above(values, n, by_value), CONTEXT_LOOKS):
                    u, v = uses[i], uses[j]
                    if u.article == v.article or finder.same(i, j) or places.get(i) != places.get(j):
                        continue
                    if keys[i] is not None and keys[j] is not None and (
                            min(u.figure.value, v.figure.value) < LARGE or _named_apart(keys[i], keys[j])):
                        continue
                    pair = (u.sentence, v.sentence, u.figure.value, v.figure.value)
                    if pair in seen:
                        continue
                    seen.add(pair)
                    tries += 1
                    if held.both(uses, i, j, anywhere=False, by_unit=True):
                        continue
                    if same_quantity(u, v, plural) and not compatible(u.figure, v.figure):
                        finder.link(i, j)
                    if tries >= CONTEXT_TRIES:
                        break


def _named_apart(a: Key, b: Key) -> bool:
    """Two sums or shares named as different amounts (:mod:`reader.analysis.amount_subjects`: an operating
    and a net profit, revenue and profit, a forecast and the result): never one quantity, however alike."""
    return a != b and all(k is not None and k[0].startswith(("money:", "percent:")) for k in (a, b))


def _above(values: list[float], n: int, by_value: dict[float, list[int]]) -> Iterator[int]:
    """The figures of the values after ``values[n]`` at most ``MAX_SPREAD`` above it, nearest first."""
    value = values[n]
    for k in range(n + 1, len(values)):
        if _spread(value, values[k]) > MAX_SPREAD:
            return
        yield from by_value[values[k]]
