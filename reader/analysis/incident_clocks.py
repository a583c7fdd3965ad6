"""Clock times of the story's own incident told in words no event list names: "the boom
buckled shortly before 2 p.m.", "the flight slid off the runway around 10 p.m.", and of its
alarm ("received a distress signal at 11:40 p.m.", "firefighters were called just before
11 a.m.") or its detection ("the leak was discovered around 5 a.m.").

:mod:`reader.analysis.time_events` ties a time to an event only from a closed list of event
words, and its callers abstain everywhere else; but the verbs a story's incident is told
with are open ("buckled", "gave way", "overran", "slid off", "hit", "fell"), so most times
of the incident went unread. This module reads them by structure instead of by verb:

- the time's sentence up to it (back to its last break but a comma) and its clause after it
  (for a time opening its sentence, the clause after its date and comma) must not tell another
  step of a story, from a closed list of frames that are no incident: a statement or a
  news conference ("said at 3 p.m."; but "witnesses said the boom gave way at 2 p.m." is the
  boom's), a response ("responded", "dispatched", "arrived"), an end ("reopened", "restored",
  "under control", "surrendered", "released", "found", "located", "rescued"), a business
  opening or closing, a peak, a measurement, a warning issued, people starting a planned thing
  ("runners started the race at 7 a.m."); nor plans, repeats and negations in its own clause
  (:data:`reader.analysis.time_events.ABSTAIN`; but "the first" before an event word or a word of
  the story's openings, "when the first crash happened around 6:40 a.m.", tells the incident's
  beginning, not another occurrence: :func:`story_first`); nor a state ("by 4 p.m.", a count's "48,000 at
  6 p.m."), a heading's time
  ("Hospital — Update, 6 p.m.") or a time naming the noun after it ("the 11 p.m. check"; but
  "discovered missing during the 5 a.m. count" is the discovery's);
- a clause with a word of calling or alerting is the alarm's time (``call``), one with a
  word of detecting the ``detection``'s; each article's first such time only (a story has
  one first alarm; later calls are other calls);
- any other clause is the incident's (``unnamed``), only for the *first* time of day its
  article gives (not a stamp, a range or a state "by 4 p.m."): news tells the incident's
  time before the times of what followed, and a later time of an unnamed event is far
  more often a step after it ("negotiators made contact at 10:05 a.m.") than the incident.

Across the story (:func:`story_incidents`), an incident time is kept only when its sentence
has a word the story's openings share (the opening words of at least half the articles,
two at least), or when it names by "the" a thing of the sentence before it that has one (it goes on
telling that sentence's event: "… the boom of a tower crane snapped. Witnesses said the boom gave
way around 2:30 p.m."): a time of another place or of people of their own is left out. A plan or
repeat word inside a proper name of two words or more ("robbed the First Linden Bank") abstains
from nothing. An incident time whose sentence has no such word is kept still when its sentence shares
``ECHO_WORDS`` words (no name, stop word nor word of time) with the sentence of an incident time
another article keeps: it tells that incident with its verb ("the platform gave way at the seventh
floor at about 10:45 a.m." beside "a section of the scaffolding gave way at the sixth-floor level"). When the
story's times name one incident kind and only one ("collapse", "crush"), the unnamed
incident times are that kind's, so "the crane buckled shortly before 2 p.m." is compared
with "at 1:52 p.m. a tower crane collapsed"; with several kinds (a fire, then a collapse)
they are compared only among themselves.

Hand-written, not learned: there is no labelled data of timed events, and a closed list
of frames that are *not* the incident is short and checkable, where the verbs that tell an
incident are not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence

from reader.analysis.article import AnalysedArticle, ArticleLike, sentences_of
from reader.analysis.clock_clauses import negated_until, restored_kind, when_clause
from reader.analysis.clock_times import UNIT, one_local_zone, readings
from reader.analysis.figure_uses import FigureUse, sentence_text
from reader.analysis.figure_uses import Key as FigKey
from reader.analysis.figures import Figure
from reader.analysis.incident_days import earliest
from reader.analysis.perceived_clocks import perceived_first, perceives, perceives_happening, without_measures
from reader.analysis.time_events import (
    ABSTAIN,
    CLOSURE,
    DEPARTURE,
    LANDING,
    clause_end,
    clause_start,
    clause_start_at_stop,
    events_in,
)
from reader.text.tokens import STOPWORDS

INCIDENT, CALL, DETECTION = "unnamed", "call", "detection"
Key = tuple[str, str | None]

# steps of a story that are not its incident, and statements about it
_FRAMES = re.compile(
    r"\b(?:reopen(?:ed|s)|resum(?:ed|es)|restored|contained|extinguished|under\s+control|put\s+out|cleared|lifted"
    r"|ended|surrender(?:ed|s)|released|freed|walked\s+out|rescued|found|located|recovered|in(?:to)?\s+custody"
    r"|arrested|arriv(?:ed|es|al)|reached|respond(?:ed|s)|dispatched|attend(?:ed|s)|peak(?:ed|s)|crest(?:ed|s)|opened|closed"
    r"|declar(?:ed|ing)|statement|announc(?:ed|es|ement)|conference|briefing|updated?|tweeted|confirmed|recorded"
    r"|measured|meet(?:s|ing|ings)?|hearing|session"          # (a meeting's time: "a meeting that began at 9:30 a.m.")
    r"|continu(?:ed|es)"        # (an ongoing step: "the rescue, which continued past midnight")
    r"|readings?|temperatures?|shift|sunrise|sunset|dawn|dusk|ending|still|issued|warnings?|watch|advisory|ordered"
    # a scene's state ("the platforms were almost empty at 7 a.m.", "the roads were quiet by then")
    r"|(?:was|were|is|are|stood|sat|lay)\s+(?:almost\s+|nearly\s+|largely\s+|mostly\s+|all\s+but\s+)?(?:empty|deserted"
    r"|quiet|crowded|packed|full|busy|silent|dark|calm)"
    # people starting a planned thing ("runners started the race at 7 a.m."; not "the evacuation began at")
    r"|(?:started|began|begun|starting|beginning)\s+(?:the|a|an|its|their|his|her)\s"
    # a schedule's start ("a day of prayer for rain on Sunday, starting at 9 a.m.")
    r"|(?:starting|beginning)\s+at)\b", re.IGNORECASE)
# an event under way in a when-clause, not its beginning ("when the fire was already raging")
_ONGOING = re.compile(r"\b(?:already|still|ended|finished|under\s*way|in\s+progress|raging|continuing|had)\b",
                      re.IGNORECASE)
# saying, with nothing told after it: the time of the saying ("said at 3 p.m.", "told reporters at noon")
_SAID = re.compile(r"\b(?:said|says|say|told(?:\s+\w+)?|according\s+to|spoke|speaking"
                   r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!first\s)reported)\b", re.IGNORECASE)
_CALLED = re.compile(r"\b(?:call(?:ed|s)?|alert(?:ed|s)?|notified|summoned|received|(?:was|were|been|first)\s+"
                     r"reported|reports?\s+of|mayday|distress|911|999|sos|radioed|phoned|signall?ed|signal"
                     r"|raised\s+the\s+alarm|alarms?\s+(?:went|sounded|rang|was\s+raised))\b", re.IGNORECASE)
_DETECTED = re.compile(r"\b(?:detect(?:ed|s)?|discover(?:ed|s)?|notic(?:ed|es)|spott(?:ed)|smell(?:ed)?)\b",
                       re.IGNORECASE)
# the state at a time, not an event: "by 4 p.m.", "as of 11:30 p.m.", a count's ("from about 48,000 at 6 p.m.")
# (not a tally's: "voted 9-4 at 10:05 p.m.")
# (an emergency number is no count: "called 911 at about 2:30 a.m." tells the call's time)
_STATE_BEFORE = re.compile(r"\b(?:as\s+of|by)\s*$|(?<![-–])\b(?!(?:911|999|112)\s)\d[\d,]*\s+at\s*$", re.IGNORECASE)
# a time naming the thing after it: "the 5 a.m. count", "the 11 p.m. check", "a 7 p.m. curfew"
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s*$", re.IGNORECASE)
_DURING = re.compile(r"\bduring\s+(?:the|a|an|its|their|this|that)\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*(?:[A-Z]{2,4}\s+)?[a-z]")
# a heading's time: "Hospital — Update, 6 p.m.", "Police — Statement, Saturday 06:00" (a line of few
# words in lower case, with a dash, a bar or a heading word)
_HEADING = re.compile(r"—|–|\||\s-\s|\b(?:[Uu]pdated?|[Ss]tatement|[Bb]ulletin|title):?")
HEADING_WORDS = 3
# the date after a time that opens its sentence, up to the comma before the clause: "At 3:12 a.m. on
# Saturday, January 24, units were dispatched"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|this\s+morning|tonight)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
OPENING_DATE = re.compile(rf"(?:\s*+(?:,\s*+)?(?:on\s+)?(?:{_DAY}|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))*\s*+,")
_WORD = re.compile(r"[a-z]{4,}")
# a thing named by "the", as a sentence names one the sentence before it told of
_DEFINITE = re.compile(r"\bthe\s+([a-z]{4,})\b")
# a proper name of two capitalised words or more, not at the clause's start
_NAME = re.compile(r"(?<=[a-z,]\s)[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)+")
# "the first <word>": the first of the story's events of that word
_FIRST = re.compile(r"\b((?:[Tt]he|[Ii]ts|[Tt]heir)\s+first\s+)([a-z]{4,})\b")
# "the first call", "the first 911 call", "the first emergency call": the alarm, whose time is the first call's
_FIRST_CALL = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+first\s+(?=(?:(?:911|999|112|000|emergency|distress|"
                         r"mayday)\s+)?calls?\b)")
STEM = 5                 # letters a word is compared by ("collapsed", "collapse")
OPENING_WORDS = 40       # words of an article's opening (its title and lead) read for the story's words
# words a time's sentence shares with another article's incident time's sentence, at least, to be told
# of that incident with no word of the story's openings ("the platform gave way at the seventh floor
# at about 10:45 a.m." beside "a section of the scaffolding gave way at the sixth-floor level")
ECHO_WORDS = 2
_LOWER_WORD = re.compile(r"(?<![A-Za-z’'])[a-z]{4,}")     # (not inside a name: "Wexley")
_CLOCK_WORDS = frozenset({"morning", "afternoon", "evening", "night", "today", "yesterday", "about", "around",
                          "shortly", "just", "approximately", "roughly", "nearly", "after", "before", "local",
                          "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
CLAUSE_REACH = 600       # characters of a time's sentence read on each side (a sentence of 2,000 times: 23 s)


def incident_clocks(text: str, sentences: Sequence[tuple[int, int]], words: Container[str] = frozenset(),
                    published: str | None = None) -> list[tuple[Figure, Key]]:
    """The clock times of ``text`` no event list ties, read as the story's incident, its
    alarm or its detection (module doc), with their keys, in order; ``words``: the stems
    of the story's words (:func:`story_words`), whose "first" is the incident's beginning;
    ``published``: the article's date, by which a later time of an earlier weekday is the
    incident's (:mod:`reader.analysis.incident_days`)."""
    out: list[tuple[Figure, Key]] = []
    seen: set[str] = set()
    first, later = True, []
    for f, key, whole in readings(text, sentences):
        sentence = (max(whole[0], f.start - CLAUSE_REACH), min(whole[1], f.end + CLAUSE_REACH))
        if _no_event(text, f, sentence):
            continue
        kind = None if key[1] is not None else _kind(text, f, sentence, words)
        if kind is not None and kind not in seen and (kind != INCIDENT or first):
            out.append((f, (key[0], kind)))
        elif kind == INCIDENT and INCIDENT in seen:
            later.append((f, (key[0], kind)))
        if kind is not None:
            seen.add(kind)
        first = False
    lead = next((n for n, (_, k) in enumerate(out) if k[1] == INCIDENT), None)
    if lead is not None and later:
        pick = earliest(text, [out[lead][0]] + [f for f, _ in later], published)
        out[lead] = later[pick - 1] if pick else out[lead]
    return sorted(out, key=lambda fk: fk[0].start)


def _no_event(text: str, f: Figure, sentence: tuple[int, int]) -> bool:
    """A time that tells no event's time: a state ("by 4 p.m.", "48,000 at 6 p.m."), a heading's, or one
    naming the noun after it ("the 11 p.m. check")."""
    s0, s1 = sentence
    if f.qualifier == "by" or _STATE_BEFORE.search(text, max(s0, f.start - 8), f.start):
        return True
    line = text[max(s0, text.rfind("\n", s0, f.start) + 1):s1].split("\n")[0]
    lower = [w for w in line.replace(f.text, " ").split() if w[:1].islower()]
    if len(lower) <= HEADING_WORDS and _HEADING.search(line):
        return True
    named = bool(_ARTICLE_BEFORE.search(text, max(s0, f.start - 8), f.start)) and bool(_NOUN_AFTER.match(text, f.end))
    # (but "during the 5 a.m. count": the clause's event happened at that time)
    return named and not _DURING.search(text, max(s0, f.start - 16), f.start)


def time_clause(text: str, f: Figure, sentence: tuple[int, int],
                openers: tuple[str, ...] = ("at", "on", "around", "about")) -> tuple[str, str]:
    """The clause a clock time ``f`` is told in: its words before the time (back to the
    clause's start) and after it (to the clause's end); for a time that opens its sentence
    (nothing before it but one of ``openers``) the clause after its date and comma ("At 3:12
    a.m. on Saturday, January 24, units were dispatched")."""
    s0, s1 = sentence
    head = text[clause_start(text, s0, f.start):f.start]
    end = f.end
    if not head.strip() or head.strip().lower() in openers:
        opening = OPENING_DATE.match(text[end:s1])
        end += opening.end() if opening else 0
    return head, text[end:clause_end(text, end, s1)]


def _kind(text: str, f: Figure, sentence: tuple[int, int], words: Container[str] = frozenset()) -> str | None:
    """The kind of the unnamed event of a time's clause (module doc), or None."""
    s0, s1 = sentence
    head, after = time_clause(text, f, sentence)
    if negated_until(text, s0, f.start):   # ("did not come back fully until about 6am": a return, or nothing)
        return restored_kind(text, f.start, s0, text[clause_start_at_stop(text, s0, f.start):f.start])
    if (back := restored_kind(text, f.start, s0, head + " " + after)) is not None:
        return back         # ("Mains power was restored at 4:05 a.m.": clock_clauses)
    if (when := when_clause(text, f.end, s1)) is not None and not (
            _FRAMES.search(when) or _ONGOING.search(when) or ABSTAIN.search(_plain(when, words))):
        # ("were ordered out shortly after 9pm when smoke began pouring from the roof": the smoke's time;
        # "raised the alarm at 1am when he saw water on the steps": the finding's, perceived_clocks)
        # (but one who saw the bridge collapse saw the incident itself: events_in)
        found = _DETECTED.search(when) or (perceives(when) and not (events_in(when) or perceives_happening(when)))
        return CALL if _CALLED.search(when) else DETECTION if found else INCIDENT
    said = list(_SAID.finditer(head))
    if said:
        rest = head[said[-1].end():]
        if len(rest.split()) < 2:
            return None
        head = rest
    # (the frames are read back to the sentence's last break but a comma: "Our engineers attended
    # Market Row, Kelbrook, at 7:40 a.m.")
    wide = text[clause_start_at_stop(text, s0, f.start):f.start]
    if _FRAMES.search(wide + " " + after) or ABSTAIN.search(_plain(head + " " + after, words)):
        return None
    clause = head + " " + after
    if _CALLED.search(clause):
        return CALL
    if _DETECTED.search(clause):
        return DETECTION
    return INCIDENT


def _plain(clause: str, words: Container[str]) -> str:
    """``clause`` with the words that look like a plan or a repeat but are none blanked: inside
    a proper name, "the first" of the story's event, and (:mod:`reader.analysis.perceived_clocks`)
    a hedge of another figure ("estimated at 3,500 cubic metres") and "first" after a verb of
    perceiving ("heard the first crack")."""
    return perceived_first(without_measures(story_first(unnamed(clause), words)))


def unnamed(clause: str) -> str:
    """``clause`` with its proper names of two words or more blanked: an abstaining word inside
    a name ("the First Linden Savings Bank", "Last Chance Road") is no repeat nor a plan."""
    return _NAME.sub(lambda m: " " * len(m.group()), clause)


def story_first(clause: str, words: Container[str]) -> str:
    """``clause`` with "the first" blanked before a word of the story (``words``, stems) or an
    event word (:func:`reader.analysis.time_events.events_in`): "the first crash happened
    around 6:40 a.m." in a story of a pileup tells when its incident began, not another
    occurrence of it (as "first" alone would abstain); "the first call" ("the first 911 call") is the
    alarm's, the call whose time an alarm's is."""
    clause = _FIRST_CALL.sub(lambda m: " " * len(m.group()), clause)
    return _FIRST.sub(lambda m: " " * len(m.group(1)) + m.group(2) if m.group(2).lower()[:STEM] in words
                      or events_in(m.group(2)) else m.group(), clause)


def story_words(bodies: Sequence[str]) -> set[str]:
    """Stems of the words of at least half of the articles' openings (two at least)."""
    counts: Counter[str] = Counter()
    for body in bodies:
        words = _WORD.findall(" ".join(body.split()[:OPENING_WORDS]).lower())
        counts.update({w[:STEM] for w in words})
    least = max(2, (len(bodies) + 1) // 2)
    return {w for w, n in counts.items() if n >= least}


def story_incidents(articles: Sequence[ArticleLike | AnalysedArticle], uses: list[FigureUse],
                    keys: list[FigKey]) -> tuple[list[FigureUse], list[FigKey]]:
    """``uses`` and ``keys`` (a story's, :func:`reader.analysis.figure_uses.figure_uses`) with the
    articles' unnamed incident, alarm and detection times added (:func:`incident_clocks`): an
    incident time only where its sentence has a word of the story's openings, and as the story's
    one named incident kind when its clock times name one only (module doc)."""
    words = story_words([a.body for a in articles])
    named = {k[1] for u, k in zip(uses, keys, strict=True)
             if k is not None and u.figure.unit == UNIT and k[1] is not None
             and k[1].partition(":")[0] not in (DEPARTURE, LANDING, CLOSURE)}
    kind = next(iter(named)) if len(named) == 1 else INCIDENT
    uses, keys = list(uses), list(keys)
    told: list[tuple[str, set[str]]] = []      # (article, sentence words) of the kept incident times
    unsure: list[tuple[FigureUse, FigKey, set[str]]] = []
    for a in articles:
        sentences = sentences_of(a)
        for f, key in incident_clocks(a.body, sentences, words, a.published):
            said = sentence_text(a.body, f)
            if key[1] == INCIDENT:
                key = (key[0], kind)
                clause = _clause_words(a.body, f)
                if not _story_sentence(a.body, sentences, f, words):
                    unsure.append((FigureUse(a.id, f, said), key, clause))
                    continue
                told.append((a.id, clause))
            uses.append(FigureUse(a.id, f, said))
            keys.append(key)
    for use, echo, clause in unsure:
        if any(other != use.article and len(clause & theirs) >= ECHO_WORDS for other, theirs in told):
            uses.append(use)
            keys.append(echo)
    return uses, one_local_zone(keys)       # ("local time" the story's one zone: clock_times)


def _clause_words(body: str, f: Figure) -> set[str]:
    """Stems of the words of ``f``'s sentence that may tell its event: in lower case, four
    letters or more, no stop word nor a word of time."""
    said = body[f.sentence_start:f.sentence_end]
    return {w[:STEM] for w in _LOWER_WORD.findall(said) if w not in STOPWORDS and w not in _CLOCK_WORDS}


def _story_sentence(body: str, sentences: Sequence[tuple[int, int]], f: Figure, words: set[str]) -> bool:
    """Whether ``f``'s sentence has a word of the story's openings, or names by "the" a thing of
    the sentence before it that has one ("the boom gave way at 2:30 p.m." after "… the boom of a
    tower crane snapped": it goes on telling that sentence's event)."""
    said = body[f.sentence_start:f.sentence_end]
    if {w[:STEM] for w in _WORD.findall(said.lower())} & words:
        return True
    at = next((n for n, (s0, s1) in enumerate(sentences) if s0 <= f.start < s1), 0)
    if at == 0:
        return False
    before = body[sentences[at - 1][0]:sentences[at - 1][1]].lower()
    stems = {w[:STEM] for w in _WORD.findall(before)}
    return bool(stems & words) and any(w[:STEM] in stems for w in _DEFINITE.findall(said.lower()))
