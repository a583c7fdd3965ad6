"""Figures of two sentences that say one thing in other words: a sentence two sources wrote
apart ("Firefighters were called to the plant shortly after 6 a.m. on Monday" and "Fire
crews were called to the plant around 8 a.m. on Monday") shares most of its words with the
other, whatever its verbs and nouns, and where each of the two holds one figure of a unit
family, the two figures tell one quantity.

Read by :mod:`reader.analysis.conflicts` beside the rules that key a figure by its noun and
event: those need the words they were written for, this needs none. Its evidence is the
sentences' overlap (the Dice coefficient of their content words, numbers and number words
left out, at least ``MIN_SHARED`` words and ``MIN_DICE``), and it says nothing where either
sentence holds two figures of the family (which would be which is not known), where the
figures' keys name two quantities, where their values lie further apart than a
restatement's (:data:`reader.analysis.quantities.MAX_RATIO`), where the figures are shares
(percentages) told in sentences less alike than ``SHARE_SHARED`` words and ``SHARE_DICE``, or of a poll or a
vote (a story of polls tells the same sentence of two polls, "four percent would
vote for O'Neill" and "less than 1 percent chose O'Neill"), where a figure counts no
noun and has no unit (a seed, a rank), where one counts dwellings and the other people ("an order
covering about 400 homes", "Roughly 800 people … were told to leave"), where the two count two things
and one sentence names the other's thing too ("22 patients have been moved off the ward" against "About
40 planned operations … postponed to free up beds for patients moved off the ward"), or one is a thing's size told as
its modifier and the other is in another unit ("a two-story office building", "four other people were
hurt"), where a sentence is a row of a table or a list
("Tommi Makinen (Finland) Mitsubishi Lancer 4 hours 4 minutes"; a line of fewer than
``MIN_PROSE`` words in lower case; a heading that ends with a colon), where a figure is a
time from another moment ("13 minutes later", "two days earlier"), and where both sentences
name people or places and share at most half of the names of the one naming fewer ("An
earthquake measuring 5.0 on the Richter scale shook Costa Rica" and "… 5.5 on the Richter
scale shook New Zealand": two events told alike).

Hand-written: a word-overlap measure over an inverted index of sentences (near-linear in
the number of sentences); a paraphrase model would need a download the project avoids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from reader.analysis.ages import is_age
from reader.analysis.figure_context import WORD, content_words, lower_names, unit_family
from reader.analysis.figure_nouns import singular
from reader.analysis.figure_uses import READ_APART, FigureUse, Key
from reader.analysis.figures import Figure, number_word_value
from reader.analysis.measure_dims import size_and_amount
from reader.analysis.quantities import MAX_RATIO, counted_thing
from reader.analysis.ranked_things import ranked_apart
from reader.analysis.same_things import SAME_THING
from reader.analysis.sentences import table_row
from reader.analysis.unit_dimensions import DIMENSION, in_base, near_in_base
from reader.analysis.vague_amounts import is_vague

MIN_SHARED = 3          # content words two sentences share, at least
MIN_DICE = 0.35          # 2 * shared / (words of one + words of the other), at least
MIN_PROSE = 4           # words in lower case a sentence has, at least (not a line of names and a figure)
MAX_POSTING = 40        # sentences holding one word, at most, for the word to find pairs (a story's name)

SHARE_SHARED = 3        # words two sentences share, at least, for their percentages to be one share ...
SHARE_DICE = 0.45       # ... and their Dice coefficient, at least
# (a compound of "voter" names no vote: "a voter-approved sales tax")
POLL = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?|surveyed|respondents|voters?(?!-)|votes?|voted|ballots?|"
                   r"caucus\w*|primar(?:y|ies)|approval|approve|favou?rabl\w*|unfavou?rabl\w*|points?|support)\b",
                   re.IGNORECASE)
# a speaker's name at a sentence's end, and its role: ", Greer said.", ", said Tom Pike, the gallery's director."
_SPEAKER = re.compile(r"[,\"”]\s*(?:(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|added|told\s+\w+)|"
                      r"(?:said|says|added)\s+(?:[A-Z][\w.'’-]*\s*){1,3})(?:,[^,.]{0,80})?\.?\s*$")
Sentence = tuple[str, int]      # (article, sentence start)
# "13 minutes later", "two days after the storm" (not "for four hours before giving up")
_FROM_ANOTHER_TIME = re.compile(r"\s+(?:later|earlier|ago|afterwards?|"
                                r"(?:before|after)\s+(?:the|a|an|its|his|her|their)\s)", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")


def paraphrase_pairs(uses: Sequence[FigureUse], keys: Sequence[Key],
                     bodies: Mapping[str, str]) -> Iterator[tuple[int, int]]:
    """Pairs of figures (indices of ``uses``) in two articles' sentences that say one thing
    in other words (module doc), one figure of a unit family in each; ``bodies``: the
    articles' texts by id."""
    figures = _figures_by_sentence(uses)
    vocabulary: dict[str, frozenset[str]] = {}

    def known(article: str) -> frozenset[str]:
        if article not in vocabulary:
            vocabulary[article] = frozenset(content_words(bodies.get(article, "")))
        return vocabulary[article]

    text = {s: uses[next(iter(fams.values()))[0]].sentence for s, fams in figures.items()}
    words = {s: _words(text[s], [uses[k].figure for ks in fams.values() for k in ks]) for s, fams in figures.items()}
    for a, b in _alike(words):
        if _other_names(text[a], text[b]):
            continue
        for family, mine in figures[a].items():
            theirs = figures[b].get(family)
            if theirs is None or len(mine) != 1 or len(theirs) != 1:
                continue
            i, j = mine[0], theirs[0]
            if keys[i] is not None and keys[j] is not None and not _units_apart(family, keys[i], keys[j]):
                continue        # (two keys: the rules that read them have said whether they are one)
            if family == "percent" and not _one_share(words[a], words[b], text[a], text[b]):
                continue
            if _homes_and_people(uses[i].figure, uses[j].figure) or ranked_apart(text[a], text[b]):
                continue        # (or a digest's template told of two: ranked_things)
            if _two_nouns_told(uses[i], uses[j]):
                continue
            if near_in_base(uses[i].figure, uses[j].figure, MAX_RATIO) and not two_subjects(
                    uses[i], uses[j], known(uses[i].article), known(uses[j].article)) and not size_and_amount(
                    (uses[i].sentence, uses[i].figure), (uses[j].sentence, uses[j].figure)):
                yield i, j      # (not a thing's size and an amount of another: measure_dims)


def _two_nouns_told(u: FigureUse, v: FigureUse) -> bool:
    """Whether two figures count two things and one's sentence names the other's thing beside its own ("22
    patients have been moved off the ward" against "About 40 planned operations … postponed to free up beds for
    patients moved off the ward": the operations are not the patients)."""
    mine, theirs = _noun(u.figure), _noun(v.figure)
    if mine is None or theirs is None or mine == theirs:
        return False
    return _told_again(u, mine, v.sentence) or _told_again(v, theirs, u.sentence)


def _told_again(u: FigureUse, noun: str, other: str) -> bool:
    """Whether ``other`` names ``noun`` (what ``u`` counts) with ``u``'s own predicate: two of the
    content words after it are two of those after ``u``'s figure ("for patients moved off the ward" and
    "22 patients have been moved off the ward"; not "covering for drivers out on medical leave" against
    "six substitute drivers on its roster")."""
    told = _after(u.sentence, u.figure.end - u.figure.sentence_start)
    return any(len(told & _after(other, m.end())) >= PREDICATE_WORDS for m in WORD.finditer(other)
               if SAME_THING.get(w := singular(m.group().lower()), w) == noun)


PREDICATE_WORDS = 2         # content words a noun's predicate shares with the counted one's, for one predicate


def _after(sentence: str, at: int) -> set[str]:
    """The content words of the six words of ``sentence`` after offset ``at``."""
    return set(content_words(" ".join(sentence[at:].split()[:6])))


def _noun(f: Figure) -> str | None:
    """The noun a figure counts as written (one spelling of a thing: :data:`SAME_THING`), or None for a noun
    taken from context or a figure that counts none (a measure, a sum, a share)."""
    thing = counted_thing(f)
    if f.counts_inferred or not f.counts or f.unit is None or thing is None or f.modifies is not None:
        return None
    return None if thing.startswith("measure:") else SAME_THING.get(f.unit, f.unit)


# dwellings, counted apart from the people living in them ("an order covering about 400 homes" against
# "Roughly 800 people … were told to leave their homes": two counts of one evacuation)
_DWELLINGS = frozenset({"home", "building", "apartment", "unit", "property", "flat"})


def _homes_and_people(f: Figure, g: Figure) -> bool:
    """Whether one of two figures counts dwellings and the other people, or one is the size of a thing
    written as its modifier ("a two-story office building") and the other no such size ("four other people
    were hurt", in a sentence of the crane that fell on the building)."""
    kinds = {counted_thing(f), counted_thing(g)}
    if (f.modifies is None) != (g.modifies is None) and f.unit != g.unit:
        return True         # (not "a 190-foot crane" and "the crane, 200 feet tall": one unit)
    return bool(kinds & _DWELLINGS) and "person" in kinds      # (people of any word: counted_thing)


def _figures_by_sentence(uses: Sequence[FigureUse]) -> dict[Sentence, dict[str, list[int]]]:
    """Each sentence's figures that can be compared this way, by unit family: not vague
    ("dozens"), not a time or a tally (read apart), not one end of a change."""
    out: dict[Sentence, dict[str, list[int]]] = {}
    for i, u in enumerate(uses):
        f = u.figure
        if (is_vague(f) or is_age(f) or f.unit in READ_APART or u.change
                or u.sentence.startswith("…")
                or not (f.unit or f.counts) or not prose(u.sentence)
                or _FROM_ANOTHER_TIME.match(u.sentence, f.end - f.sentence_start)):
            continue
        out.setdefault((u.article, f.sentence_start), {}).setdefault(_family(f), []).append(i)
    return out


def _units_apart(family: str, a: Key, b: Key) -> bool:
    """Whether two keys of a dimension's figures differ by their units alone ("90 minutes" and "two
    hours" of one event or of none): the rules that key them compare one unit with itself."""
    return family.startswith(DIMENSION) and a is not None and b is not None and a[0] != b[0] and a[1] == b[1]


def _family(f: Figure) -> str:
    """A measure's dimension ("90 minutes" and "nearly three hours" are both lengths of time:
    :mod:`reader.analysis.unit_dimensions`), any other figure's unit family."""
    base = in_base(f)
    return DIMENSION + base[0] if base is not None else unit_family(f)


def _one_share(ours: frozenset[str], theirs: frozenset[str], one: str, other: str) -> bool:
    """Whether two sentences' percentages may be one share told twice: they share ``SHARE_SHARED``
    words and ``SHARE_DICE`` of their words ("The job cuts amount to roughly 6% of the combined
    workforce" and "The job cuts represent about 9 percent of the combined workforce"), and
    neither tells a poll or a vote (one sentence told of two polls or two races shares its words)."""
    shared = len(ours & theirs)
    return (shared >= SHARE_SHARED and 2 * shared >= SHARE_DICE * (len(ours) + len(theirs))
            and not POLL.search(one) and not POLL.search(other))


def _other_names(one: str, other: str) -> bool:
    """Whether both sentences name someone or somewhere (a capitalised word after the first)
    and share at most half of the names of the one naming fewer."""
    ours, theirs = _names(one), _names(other)
    return bool(ours) and bool(theirs) and 2 * len(ours & theirs) <= min(len(ours), len(theirs))


def two_subjects(u: FigureUse, v: FigureUse, ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether the two sentences tell their figures of two subjects: before the first word
    both tell before their figures, each has another plain word (no name, no word of
    reporting), and each of the two is a word the other article uses elsewhere ("The city will
    receive $5 million" and "The county will receive $8 million", in a story naming both: the
    second chose another subject; "St. Aldric is paying" and "it is paying" are one)."""
    mine, yours = _lead(u), _lead(v)
    shared = next((w for w in mine if w in yours), None)
    if shared is None or mine.index(shared) == 0 or yours.index(shared) == 0:
        return False
    one, other = mine[mine.index(shared) - 1], yours[yours.index(shared) - 1]
    return one != other and one in theirs and other in ours


_REPORTING = frozenset({"said", "says", "say", "saying", "told", "tells", "statem", "accord", "report", "announ"})


def _lead(u: FigureUse) -> list[str]:
    """The plain words of a figure's sentence before it, in order, as
    :func:`reader.analysis.figure_context.content_words` cuts them (no names)."""
    before = u.sentence[:max(0, u.figure.start - u.figure.sentence_start)]
    words = [w for w in WORD.findall(before) if not w[0].isupper()]
    return [w for w in (next(iter(content_words(w)), "") for w in words) if w and w not in _REPORTING]


def prose(sentence: str) -> bool:
    """Whether a sentence is prose: no row of a table, no heading, ``MIN_PROSE`` words in
    lower case at least."""
    text = sentence.strip()
    return not (table_row(text) or text.endswith(":")) and len(_LOWER_WORD.findall(text)) >= MIN_PROSE


def _names(sentence: str) -> set[str]:
    """The names a sentence tells its figures of: after its first word, and not its speaker's (", Greer
    said": two sources telling one thing through two experts tell one thing)."""
    first = _SPEAKER.sub(" ", sentence).split(maxsplit=1)
    return lower_names(first[1]) if len(first) == 2 else set()


def _words(sentence: str, figures: Sequence[Figure]) -> frozenset[str]:
    """The words a sentence tells its figures with: its content words but for names,
    number words, the figures' own words ("million") and the nouns and units they count (two sentences on "Colin
    Maddox" and "years" share no more than that)."""
    names = {name[:6] for name in lower_names(sentence)} | {w for f in figures for w in content_words(f.text)}
    counted = {w.lower()[:5] for f in figures for w in (f.counts or f.unit or "").split()}
    return frozenset(w for w in content_words(sentence)
                     if number_word_value(w) is None and w not in names and w[:5] not in counted)


def _alike(words: dict[Sentence, frozenset[str]]) -> Iterator[tuple[Sentence, Sentence]]:
    """Pairs of sentences of two articles whose words overlap enough (module doc)."""
    postings: dict[str, list[Sentence]] = {}
    for s, ws in words.items():
        for w in ws:
            postings.setdefault(w, []).append(s)
    for s, ws in words.items():
        shared: dict[Sentence, int] = {}
        for w in ws:
            found = postings[w]
            if len(found) > MAX_POSTING:
                continue
            for t in found:
                if t[0] != s[0] and t > s:
                    shared[t] = shared.get(t, 0) + 1
        for t, n in shared.items():
            if n >= MIN_SHARED and 2 * n >= MIN_DICE * (len(ws) + len(words[t])):
                yield s, t
