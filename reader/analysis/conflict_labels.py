"""The words a conflict is shown under: what its figures count and the event they count
it in ("people killed", "homes damaged", "age", "settlement", "time of the landing").

Read by :mod:`reader.analysis.conflicts` for each conflict it finds; one idea of its own,
kept apart from the finding of conflicts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis import clock_times, elapsed_times, event_lengths, event_years, match_minutes, tallies
from reader.analysis.ages import is_age
from reader.analysis.duration_subjects import LISTED
from reader.analysis.event_words import names_event
from reader.analysis.fall_heights import FELL
from reader.analysis.figure_nouns import singular
from reader.analysis.figure_uses import FigureUse, Key
from reader.analysis.figures import Figure
from reader.analysis.measured_durations import SINCE
from reader.analysis.project_spans import LABELS as SPAN_LABELS
from reader.analysis.response_times import RESPONDER_WORDS, RESPONSE
from reader.analysis.temperature_scales import SCALES
from reader.analysis.thing_ages import THING
from reader.text.tokens import STOPWORDS

# "other people", "more passengers": the noun, not the word that sets them beside others
_BESIDES_RE = re.compile(r"^(?:other|more|additional)\s+(?=\S)", re.IGNORECASE)
_KEY_WORDS = {"employee": "employees", "participant": "people in the study", "attendance": "attendance",
              "duration:sentence": "prison sentence", "duration:outage": "how long the outage or closure lasted",
              "duration:follow-up": "how long the study followed its people",
              "duration:standoff": "how long the standoff lasted", "duration:delay": "how long the delay lasted",
              "duration:deliberation": "how long the jury deliberated", "measure:magnitude": "magnitude",
              "duration:firefight": "how long the fire was fought", "duration:stranded": "how long people were stuck",
              "duration:burning": "how long the fire burned", "duration:search": "how long the search went on",
              "duration:flow": "how long it flowed", "duration:loose": "how long it was on the loose",
              "duration:repair": "how long the repair takes",
              "duration:control": "how long until control was regained"}
_EVENT_WORDS = {"died": "killed", "hurt": "injured", "hospital": "in hospital", "hurt-serious": "seriously injured",
                "fell": "that fell or were swept away", "aboard": "aboard",
                "crest": "at the crest", "depth": "deep", "size": "", "diverted": "diverted or turned away"}


def conflict_label(values: Sequence[Sequence[FigureUse]], first: Figure, key: Key = None) -> str:
    """The first counted noun given for each value (its uses, largest support first), then
    the others (at most four), else the unit; with the event counted when the figures are
    keyed by one ("people killed"); "age" for ages; for money and percentages, their subject;
    for times, what is timed ("time from departure to the incident", "time of the landing")."""
    if key is not None and first.unit == elapsed_times.UNIT:
        return elapsed_times.label(key)
    if key is not None and first.unit == clock_times.UNIT:
        return clock_times.label(key)
    if first.unit == tallies.UNIT:
        return tallies.label([u.sentence for uses in values for u in uses])
    if key is not None and first.unit == match_minutes.UNIT:
        return match_minutes.label(key)
    if key is not None and first.unit == event_years.UNIT:
        return event_years.label(key)
    if key is not None and key[0].startswith(("money:", "percent:")):
        return as_written(key[0].split(":", 1)[1], [u.sentence for uses in values for u in uses])
    if key is not None and key[0] == "age" and (owner := key[1] or "").startswith(THING):
        return f"age of the {owner.removeprefix(THING)}"      # (thing_ages)
    if any(is_age(u.figure) for uses in values for u in uses):
        return "age"
    if {u.figure.unit for uses in values for u in uses} >= set(SCALES):     # (temperature_pairs)
        return "temperature"
    if key is not None and key[0].startswith("measure:") and key[1] == FELL:     # (fall_heights)
        return "height of the fall"
    if key is not None and key[0] in SPAN_LABELS:        # (project_spans)
        return SPAN_LABELS[key[0]]
    if key is not None and key[0].startswith("duration:" + SINCE):     # (measured_durations)
        return f"time between {key[0].partition(SINCE)[2]}… and what followed"
    if key is not None and key[0] == RESPONSE:       # (response_times)
        return f"time for {RESPONDER_WORDS.get(key[1] or '', 'responders')} to arrive"
    if key is not None and key[0].startswith("duration:") and key[1] == event_lengths.EVENT:
        return f"how long (told with “{key[0].partition(':')[2]}”)"     # (the word the sentences share)
    if key is not None and key[0].startswith("duration:") and key[0] not in LISTED:
        told = [u.figure.text for uses in values for u in uses] + [u.sentence for uses in values for u in uses]
        word = _as_told(key[0].partition(':')[2], told)     # (the figure's own words first: "a 12-week treatment")
        return f"how long the {word} lasted"    # (a length keyed by the noun that lasted)
    if key is not None and key[0] in _KEY_WORDS and not (key[0] == "attendance" and key[1] is not None):
        words = _KEY_WORDS[key[0]]   # "people" a company employs; (spectators an event hurt: by their noun)
        return f"{words} {_EVENT_WORDS.get(key[1], key[1])}" if key[1] in _EVENT_WORDS else words
    nouns = []
    for uses in values:
        own = [_BESIDES_RE.sub("", u.figure.counts.strip("“”\"‘’'")) for u in uses
               if u.figure.counts and not u.figure.counts_inferred]
        nouns += own[:1]
    named = [n for n in dict.fromkeys(nouns) if n.lower() not in ("other", "others")]
    if not named and key is not None and key[0] == "person":
        named = ["people"]                # "40 others" and "52 others" hurt: people, not "others"
    # a noun only borrowed from the figure before ("12 confirmed cases in Sandwell and five in
    # Walsall") still says what is counted better than the words around it
    borrowed = [u.figure.counts.strip("“”\"‘’'") for uses in values for u in uses if u.figure.counts]
    nouns = plural_once(named or nouns[:1] or borrowed[:1])
    label = " / ".join(nouns[:4]) or _unit_in_context(values, first)
    if key is not None and key[1] and _EVENT_WORDS.get(key[1], key[1]) and not names_event(label, key[1]):
        label += " " + _EVENT_WORDS.get(key[1], key[1])   # not "deaths killed"; a size: "feet"
    return label


def _as_told(stem: str, sentences: Sequence[str]) -> str:
    """The word a key's stem was cut from, as the first of ``sentences`` holding it writes it
    ("monitor" → "monitoring"); the stem itself when none does."""
    pattern = re.compile(rf"\b{re.escape(stem)}[a-z]*", re.IGNORECASE)
    found = next((m.group(0).lower() for s in sentences if (m := pattern.search(s))), None)
    return found or stem


_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[“\"‘(]\s*)$")


def as_written(label: str, sentences: Sequence[str]) -> str:
    """The label with each word in the case its sentences give it where they only ever
    write it capitalised inside a sentence: a product or a company keeps its capital ("rise
    in Corvexa price"), a common noun stays lower case (a key is lower case)."""
    def cased(m: re.Match[str]) -> str:
        word = m.group(0)
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        inside = [w.group(0) for s in sentences for w in pattern.finditer(s)
                  if not _SENTENCE_START.search(s[:w.start()])]
        return inside[0] if len(set(inside)) == 1 and inside[0] != inside[0].lower() else word
    return _WORD_RE.sub(cased, label)
_QUALIFIERS = frozenset({"about", "nearly", "almost", "around", "roughly", "some", "more", "less", "than"})


def _unit_in_context(values: Sequence[Sequence[FigureUse]], first: Figure) -> str:
    """What a figure with no counted noun measures, in words: its unit (or "figure"), and
    the words around it that every value's sentence has ("kilometers (found … away)")."""
    part = _part_of(values) if first.unit is None else None
    unit = first.unit or part or "figure"
    reach = 6 if part else 3        # (a part's place or kind comes after its noun: "of the deaths were in Caswell")
    near = []
    for uses in values:
        u = uses[0]
        f, sentence = u.figure, u.sentence
        at = f.start - f.sentence_start
        if not 0 <= at <= len(sentence):
            return unit
        # (within the figure's clause: not "keepers" of "found 2km away, keepers said")
        before = _WORD_RE.findall(re.split(r"[,;:—]", sentence[max(0, at - 40):at])[-1])[-3:]
        after = _WORD_RE.findall(re.split(r"[,;:.—]", sentence[at + len(f.text):at + len(f.text) + 40])[0])[:reach]
        near.append((before, after))
    common = (set.intersection(*({w.lower() for w in b + a} for b, a in near)) - STOPWORDS - _QUALIFIERS
              - set(unit.split()))
    if not common:
        return unit
    before = [w for w in near[0][0] if w.lower() in common]
    after = [w for w in near[0][1] if w.lower() in common]
    return f"{unit} ({' '.join(before)} … {' '.join(after)})".replace("( … ", "(… ").replace(" … )", " …)")


_OF_THE_AFTER = re.compile(r"\s+of\s+the\s+([a-z]+s)\b")


def _part_of(values: Sequence[Sequence[FigureUse]]) -> str | None:
    """"part of the deaths" when every value is told as "N of the deaths": a part of a
    count the sentence names ("Five of the deaths were in Caswell"), not the count."""
    nouns = set()
    for uses in values:
        f, sentence = uses[0].figure, uses[0].sentence
        m = _OF_THE_AFTER.match(sentence, f.end - f.sentence_start)
        nouns.add(m.group(1) if m else None)
    (noun,) = nouns if len(nouns) == 1 else (None,)
    return f"part of the {noun}" if noun else None


def plural_once(nouns: list[str]) -> list[str]:
    """Each counted noun once, in its plural where a source gives it ("person" and "people"
    are "people")."""
    chosen: dict[str, str] = {}
    for noun in filter(str.split, nouns):
        last = noun.split()[-1].lower()
        thing = singular(last)
        if thing not in chosen or (chosen[thing].split()[-1].lower() == thing and last != thing):
            chosen[thing] = noun
    return list(chosen.values())
