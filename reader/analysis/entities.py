"""People, organisations, places, dates and figures named in an article, merged by name.

``extract_entities(article)`` returns :class:`Entity` records, each with a canonical
name, its type, every surface form (aliases) and every mention's (start, end) offsets
into ``article.body``. It is rules over capitalised spans and the article's own cues, not
a statistical model: spaCy's small English model, measured on CoNLL-2003's development set
with the same scoring, reached exact F1 0.657 against these rules' 0.87, takes 3 s to
start and 324 MB to install (README, "Quotes, speakers and entities"). The rules, in order:

1. **Lines.** Page furniture ("Advertisement", "Leave a Reply", © lines …) is skipped.
   Headline-like lines (title case, capitals, no closing punctuation, Markdown headings)
   yield only names the running text or the gazetteer vouches for
   (:mod:`reader.analysis.headline_names`), or names a table row types (below).
2. **Chunks.** Runs of capitalised words, joined by "of", "for", "&", "and" (kept only
   inside names ending in an organisation word: "Immigration and Customs Enforcement"),
   "the" after "of", particles ("van der") and "al-" names. Dates, month names and, in
   lines of capitals, function words ("TORONTO AT CHICAGO") break runs. A leading "The"
   goes; a sentence's first word goes when it is a common or a role word ("However",
   "Midfielder X"); a people's word or "X-based" before a name goes ("Canadian Daniel
   Nestor"); a title run is cut off the name it precedes ("Deputy Secretary of State X",
   "General X"), the words before it naming where the person works. Possessives are left
   out of spans.
3. **Types.** Organisation words (Department, Service, Union, Times …, and last words
   such as "Airways", "United"); laws and events (Act, "Operation …") and labels ("Group
   A", "NOTE") are dropped; person titles, appositions, speech verbs and "who"; places
   from :mod:`reader.analysis.place_names` (the gazetteer, "the Netherlands", nations it
   lacks) and datelines (:mod:`reader.analysis.datelines`); the shape of table rows
   (:mod:`reader.analysis.entity_rows`: competitors, scores, fixtures, scorecards,
   bylines); team, body and place cues (:mod:`reader.analysis.entity_cues`: "beat",
   "drew with", "Schalke striker X", "newspaper X", "shares in X", "the town of X", "in
   X"; in a sports story a town is a side); acronyms are organisations; a name joined by
   "and", or listed with commas, takes its neighbour's type.
4. **Consistency and merging.** One type per name per article: the type its cued
   mentions agree on goes to its mentions typed only by default or by a weak cue ("Tass
   said" after "the Tass news agency"). Definitions ("Immigration and Customs Enforcement
   (ICE)"), acronyms matching initials ("IRS" = Internal Revenue Service), "U.S." prefixes,
   surnames and first names resolved to the article's full names ("Kollar-Kotelly" →
   Colleen Kollar-Kotelly), but a suffix tells people apart ("Donald Jr." is not Donald
   Trump). Two or more name-like words with no cue default to a person; unresolved single
   words with no cue are dropped.

The rules live in :mod:`reader.analysis.name_chunks` (steps 1–2), this module (steps 3–4),
the cue modules named above, :mod:`reader.analysis.cue_words` (their vocabulary) and
:mod:`reader.analysis.org_names` (merging organisation names);
:mod:`reader.analysis.entity_merge` merges entities across articles (``entities_json``) and
:mod:`reader.reports.entity_listing` prints them (``format_entities``).

Known limits (seen on CoNLL-2003 and news text outside the bundled story): a single
unknown word with no cue is dropped ("Gazprom has", "Newsweek reached out"); clubs named
after towns outside sports stories, and "the Kremlin", "the White House" come out as
organisations where CoNLL has places; "Oval Office" and "Air Force One" come out as
organisations; "Judicial Watch and Democracy Forward" would stay one name; across articles
"Washington" and "Washington, D.C." are not merged, and one acronym used by two
organisations would merge them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.analysis import gazetteer
from reader.analysis.cue_words import TAIL_ORG_WORDS
from reader.analysis.datelines import dateline_places
from reader.analysis.dates import DateMention, find_dates
from reader.analysis.entity_cues import (
    Around,
    around,
    not_a_name,
    org_cue,
    place_after_locative,
    place_noun_before,
    propagate,
    region,
    sides_not_places,
    sports_article,
    team_cue,
)
from reader.analysis.entity_rows import type_rows
from reader.analysis.figures import MEASURES, Figure, display_number, extract_figures
from reader.analysis.gazetteer import (
    ATTRIBUTE_NOUNS,
    EVENT_FIRST,
    EVENT_LAST,
    GOVERNMENT_NOUNS,
    HEAD_TITLES,
    LABEL_HEADS,
    LABEL_TAILS,
    LAW_WORDS,
    LOCATIVES,
    NOT_ENTITY_ACRONYMS,
    ORG_NOUNS_AFTER,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STANDALONE_ORGS,
    SUFFIXES,
    TITLES,
)
from reader.analysis.headline_names import body_names, headline_parts
from reader.analysis.name_chunks import (
    NAMEISH_RE,
    POSSESSIVE_RE,
    Chunk,
    Tok,
    find_chunks,
    line_kinds,
    split_titles,
    tokenize,
    word_at,
)
from reader.analysis.offsets import membership
from reader.analysis.org_names import definitions, org_groups, org_key
from reader.analysis.place_names import ORG_PLACES, demonym, is_country, place_of
from reader.text.tokens import STOPWORDS

TYPES = ("person", "organization", "place", "date", "figure")
_NOT_STANDALONE = ORG_WORDS - STANDALONE_ORGS      # organisation words that name no body alone


@dataclass
class Entity:
    name: str                       # canonical name
    type: str                       # person, organization, place, date or figure
    aliases: list[str]              # every surface form (titles and possessives left out)
    mentions: list[tuple[int, int]] # (start, end) offsets into the body, in order
    value: str | None = None        # dates: ISO-8601 style value; figures: comparison key
    roles: list[str] = field(default_factory=list)   # titles and roles the article gives a person
    details: list[dict] = field(default_factory=list)  # figures: Figure.to_json() of each mention

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_json(self, article_id: str | None = None) -> dict:
        out = {"name": self.name, "type": self.type, "aliases": list(self.aliases), "mentions": self.count,
               "spans": [{"article": article_id, "start": s, "end": e} for s, e in self.mentions],
               "value": self.value, "roles": list(self.roles)}
        if self.details:
            out["figures"] = self.details
        return out


def extract_entities(article: Any, dates: list[DateMention] | None = None, figures: list[Figure] | None = None,
                     sentences: list[tuple[int, int]] | None = None) -> list[Entity]:
    """People, organisations, places, dates and figures of an article (or a string).
    ``dates``, ``figures`` and ``sentences``, when given, are what
    :func:`reader.analysis.dates.find_dates`, :func:`reader.analysis.figures.extract_figures`
    and :func:`reader.analysis.figures.sentence_spans` found in it already."""
    text = article if isinstance(article, str) else article.body
    skip_lines, strict_lines = line_kinds(text)
    skipped, in_strict = membership(skip_lines), membership(strict_lines)
    dates = find_dates(text) if dates is None else dates
    if skip_lines:                      # (most articles have no page furniture: nothing to test)
        dates = [d for d in dates if not skipped(d.start)]
    lower: set[str] = set()                 # the words the article writes in lower case
    toks = tokenize(text, dates, sentences, {}, lower)
    chunks = split_titles(find_chunks(toks, lower))
    if skip_lines:
        chunks = [c for c in chunks if not skipped(c.start)]
    datelines = dateline_places(text)
    for c in chunks if strict_lines or datelines else ():    # (a chunk is made not strict)
        c.strict = in_strict(c.start)
        if datelines and (c.start, c.end) in datelines:
            c.strict, c.type = False, "place"
    ents = _Entities()
    _classify(chunks, toks, lower)
    type_rows(chunks, toks, text, lower)
    # (only a weakly typed place can become a side: most articles have none, and then the
    # sport's words are not looked for)
    if any(c.type == "place" and c.weak and not c.cued for c in chunks) and sports_article(text):
        sides_not_places(chunks)
    _resolve(chunks, toks, ents)
    for d in dates:
        ents.add("date", d.name, " ".join(d.text.split()), (d.start, d.end), value=d.value, key=("date", d.name))
    for f in extract_figures(text) if figures is None else figures:
        if skip_lines and skipped(f.start):
            continue
        group = f.unit if f.unit in MEASURES or f.unit == "percent" or (f.unit or "").isupper() else "count"
        key = ("figure", f.value, group)
        name = display_number(f.value, None if group == "count" else group)
        e = ents.add("figure", name, text[f.number_start:f.number_end], (f.start, f.end), key=key,
                     value=f"{_plain(f.value)} {group}")
        e.details.append(f.to_json())
    return ents.finish()


# --- typing -----------------------------------------------------------------------

_STOP_SCAN = {".", ",", ";", ":", "!", "?", "”", "“", '"', "(", ")", "—", "–"}


def _classify(chunks: list[Chunk], toks: list[Tok], lower: set[str]) -> None:
    for c in chunks:
        if c.type is not None:
            continue
        names = [t.bare for t in c.toks]
        after = c.at + len(c.toks)
        if (names[0] in EVENT_FIRST and len(names) > 1) or names[-1] in EVENT_LAST or names[-1] in LAW_WORDS:
            c.type = "skip"
            continue
        if _is_label(names):
            c.type = "skip"
            continue
        if not_a_name(c, toks, lower) or (len(names) == 1 and (demonym(names[0])
                                                                or (c.before_title and names[0].lower() in lower))):
            c.type = "skip"
            continue
        if region(c):
            c.type = "place"
            continue
        if names[-1] in TAIL_ORG_WORDS and len(names) > 1:
            c.type = "organization"
            continue
        nxt = word_at(toks, after)
        if nxt.endswith(("’s", "'s")):          # POSSESSIVE_RE's cut (a token holds no line break)
            nxt = nxt[:-2]
        if nxt in GOVERNMENT_NOUNS and names[-1] not in ORG_WORDS and not POSSESSIVE_RE.search(c.toks[-1].text):
            c.retoks([*c.toks, toks[after]], c.at)
            c.type = "organization"
            continue
        if not ORG_WORDS.isdisjoint(names) and not (names[0] in TITLES and names[-1] not in ORG_WORDS):
            if _NOT_STANDALONE.issuperset(names):
                c.type = "skip"
            else:
                c.type = "organization"
            continue
        k = 0
        while k < len(names) - 1 and names[k] in TITLES:
            k += 1
        if k and any(n in HEAD_TITLES for n in names[:k]):
            c.role = " ".join(names[:k])
            c.retoks(c.toks[k:], c.at + k)
            c.type = "person"
            continue
        if TITLES.issuperset(names) and not c.toks[0].acronym:
            c.type = "skip"
            continue
        c.type = _cue_type(c, toks, after)


def _is_label(names: list[str]) -> bool:
    """"Group A", "Pool B", "Category Two": a head word and a letter or number, a label not a name."""
    return len(names) == 2 and names[0] in LABEL_HEADS and (
        (len(names[1]) == 1 and names[1].isupper()) or names[1] in LABEL_TAILS)


def _cue_type(c: Chunk, toks: list[Tok], after: int) -> str | None:
    """The type the words around a chunk give it (setting ``c.role`` when they name one)."""
    near = around(toks, c.at, after)                # the words around it, read once for every cue
    prev, prev2 = near.p1, near.p2
    article = prev in ("the", "The")
    if article:
        prev, prev2 = prev2, near.p3
    single_acronym = len(c.toks) == 1 and c.toks[0].acronym
    if prev in ("of", "at", "with", "for") and prev2.lower() in ORG_ROLE_NOUNS:
        return "place" if is_country(c.text) else "organization"   # "a spokesman for Israel 's ministry"
    nxt = near.n1
    if prev.lower() in ROLE_NOUNS and prev[0].islower() and not single_acronym and not _org_noun_after(near):
        c.role = prev
        return "person"
    if c.text in ORG_PLACES:
        return "organization"
    if place_noun_before(c, toks, near):
        return "place"
    team = team_cue(c, toks, after, near) or ((org_cue(c, toks, after, near)) and "organization")
    if team:
        c.weak = c.cued = True      # weakly: "Chang beat Agassi" names two of the article's people
        return team
    if _not_human_after(toks, after, near):
        # "the Xinhua news agency", "Acme said it would": a body or a place, not a person (unless the
        # article names a person so: these cues are weak; "news agency" is cue enough for the other mentions)
        c.weak, c.cued = True, _org_noun_after(near)
        return "place" if _is_place(c, toks, prev) else "organization"
    if article and not single_acronym and nxt not in ATTRIBUTE_NOUNS and prev.lower() not in LOCATIVES:
        # "the Mariners scored": a body, or a place used as a modifier ("the Ramallah meeting"); not a
        # person, unless the article names one so ("the Kollar-Kotelly order")
        c.weak = True
        if _is_place(c, toks, prev) or (nxt[:1].islower() and place_of(c.text) is not None):
            return "place"
        return "organization"
    if not single_acronym and _person_cue_after(c, toks, after, prev, near):
        place = place_of(c.text) if nxt in SPEECH_VERBS and nxt != "who" else None
        if place is not None and place.major:
            c.weak = True     # "Britain said": a place, unless the article names a person so
            return "place"
        # any subject says: a name typed elsewhere in the article by a cue for bodies wins ("Tass said")
        c.weak = nxt in SPEECH_VERBS and nxt != "who"
        return "person"
    if _is_place(c, toks, prev):
        c.weak = prev.lower() not in LOCATIVES and c.toks[-1].bare not in PLACE_WORDS
        return "place"
    if place_after_locative(c, toks, near):
        c.weak = True
        return "place"
    if single_acronym:
        return None if c.toks[0].bare in NOT_ENTITY_ACRONYMS else "organization"
    return None


def _person_cue_after(c: Chunk, toks: list[Tok], after: int, prev: str, near: Around) -> bool:
    """", who" / ", a former contractor" / "appointee" / "said" after the name."""
    nxt = near.n1
    if nxt == "," and (near.n2 == "who" or _appositive_role(c, toks, after)):
        return True
    return nxt in ATTRIBUTE_NOUNS or nxt in SPEECH_VERBS or (prev in SPEECH_VERBS and nxt in (",", "."))


_PERSON_PRONOUNS = {"he", "she", "his", "her", "him", "I", "we", "they", "their"}


def _org_noun_after(near: Around) -> bool:
    """"news agency", "newspaper", "shares" … after a name ("the official Tarvik news agency")."""
    nxt = near.n1
    return nxt in ORG_NOUNS_AFTER or (nxt == "news" and near.n2 == "agency")


def _not_human_after(toks: list[Tok], after: int, near: Around) -> bool:
    """What follows a name that a person's name is not followed by: an organisation noun
    ("news agency", "shares"), ", which", or a speech verb whose clause goes on with "it" /
    "its" ("said on Friday it would", "reported its profit")."""
    nxt = near.n1
    if _org_noun_after(near):
        return True
    if nxt == ",":
        return near.n2 == "which"
    if nxt not in SPEECH_VERBS or nxt == "who":
        return False
    for k in range(after + 1, min(after + 6, len(toks))):
        w = toks[k].text
        if w in ("it", "its"):
            return True
        if toks[k].cap:      # a new subject ("said India would"); a date ("on Thursday") is not one
            return False
        if w in _STOP_SCAN or w in _PERSON_PRONOUNS or w == "that":   # "wrote that it was wrong": any subject
            return False
    return False


def _appositive_role(c: Chunk, toks: list[Tok], after: int) -> bool:
    """A lower-case role noun in the few words after ``Name,`` (it becomes ``c.role``)."""
    first = after + 1 + (word_at(toks, after + 1).lower() in ("a", "an", "the"))
    for k in range(first, min(first + 4, len(toks))):
        w = toks[k].text
        if w in _STOP_SCAN or (w.lower() in STOPWORDS and w.lower() not in ("a", "an", "the")):
            break
        if w.lower() in ROLE_NOUNS and w[0].islower():
            c.role = w
            return True
    return False


def _is_place(c: Chunk, toks: list[Tok], prev: str) -> bool:
    """A place word ("County", "Bay of …"), or a place the gazetteer knows that is big,
    not a city, or after a locative ("in", "from" …)."""
    if c.toks[-1].bare in PLACE_WORDS or (c.toks[0].bare in PLACE_WORDS and word_at(toks, c.at + 1) == "of"):
        return True
    text = c.text
    place = place_of(text)
    if place is not None and (place.major or prev.lower() in LOCATIVES or place.kind != gazetteer.CITY):
        return True
    # one acronym ("USA"), looked at only when it may be one
    return len(c.toks) == 1 and len(text) > 3 and c.toks[0].acronym and place_of(text.title()) is not None


# --- resolving and merging --------------------------------------------------------


def _name_parts(c: Chunk) -> tuple[tuple[str, ...], str | None]:
    parts = c.parts_memo       # asked for every chunk again and again: kept until its tokens change
    if parts is None:
        names = [t.bare for t in c.toks]
        suffix = names.pop() if len(names) > 1 and names[-1] in SUFFIXES else None
        parts = c.parts_memo = (tuple(names), suffix)
    return parts


Name = tuple[tuple[str, ...], str | None]      # a person's name words and suffix ("Jr.")


class _People:
    """The article's full personal names (two words or more, or with a suffix), from the
    running text; a shorter name resolves to the longest full name containing it."""

    people: list[Name]
    _sure_names: set[Name]
    _having: dict[str, list[int]]
    full: dict[Name, Name]
    sure: set[Name]
    _of: dict[Name, Name | None]

    def __init__(self, chunks: list[Chunk], before: _People | None = None) -> None:
        people: list[Name] = []
        listed: set[Name] = set()
        sure: set[Name] = set()
        for c in chunks:
            if c.type == "person" and not c.strict:
                parts, suffix = _name_parts(c)
                if (len(parts) > 1 or suffix) and (parts, suffix) not in listed:
                    listed.add((parts, suffix))
                    people.append((parts, suffix))
                if not c.weak:
                    sure.add((parts, suffix))
        # several full names for one person ("Donald Trump", "Donald J. Trump"): keep the longest
        people.sort(key=lambda p: -len(p[0]))
        self.people = people
        self._sure_names = sure
        if before is not None and before.people == people and before._sure_names == sure:
            # the same names as ``before`` (made from these chunks earlier, most often): its
            # answers hold, those it found as asked too
            self._having, self.full, self.sure, self._of = before._having, before.full, before.sure, before._of
            return
        # which full names (their indexes in ``people``, ascending) have a word: a name is
        # looked for among those having its words, not among all (quadratic in the names)
        self._having = {}
        for n, (parts, _) in enumerate(people):
            for w in dict.fromkeys(parts):
                self._having.setdefault(w, []).append(n)
        self.full = {p: self._longest(p) for p in people}
        # full names a cue says are a person's ("Judge X", "X, who"), not only a default or "X said"
        self.sure = {self.full.get(p, p) for p in sure}
        # what each name asked about names: a full name's own answer, the others' found as asked
        self._of = dict(self.full)

    def _containing(self, parts: tuple[str, ...]) -> list[Name]:
        """The full names having every word of ``parts`` (a superset of those having them in
        order), in the order of ``people``."""
        if not parts:
            return self.people
        lists = [self._having.get(w, []) for w in dict.fromkeys(parts)]
        return [self.people[n] for n in min(lists, key=len)]

    def _longest(self, p: Name) -> Name:
        return next((q for q in self._containing(p[0]) if q is not p and q[1] == p[1] and len(q[0]) > len(p[0])
                     and _subsequence(p[0], q[0]) and p[0][-1] == q[0][-1]), p)

    def of(self, c: Chunk) -> Name | None:
        """The full name chunk ``c`` names, if any ("Kollar-Kotelly" → Colleen Kollar-Kotelly)."""
        return self.of_name(_name_parts(c))

    def of_name(self, key: Name) -> Name | None:
        """The full name the name words and suffix ``key`` name, if any."""
        known = self._of.get(key, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
        parts, suffix = key
        having = self._having
        for w in parts:
            if w not in having:         # (most names asked about: a word no full name has)
                self._of[key] = None
                return None
        found = [p for p in self._containing(parts) if p[1] == suffix and _subsequence(parts, p[0])]
        by_last = [p for p in found if p[0][-1] == parts[-1]]
        self._of[key] = answer = self.full[(by_last or found)[0]] if found else None
        return answer


_UNKNOWN: Any = object()       # (not asked yet)


def _resolve(chunks: list[Chunk], toks: list[Tok], ents: _Entities) -> None:
    """Type what is left untyped and add every chunk worth keeping to ``ents``."""
    people = _People(chunks)
    _type_people(chunks, people)
    propagate(chunks)
    defs = definitions(chunks, toks)
    known: dict[str, str] = {}
    for c in chunks:
        if c.type in ("person", "organization", "place") and not c.strict:
            known.setdefault(c.text, c.type)
    for i in [*range(len(chunks)), *range(len(chunks) - 1, -1, -1)]:
        c = chunks[i]
        if c.type is None:
            c.type = (defs.get(c.text) and "organization") or known.get(c.text) or _coordinated(i, chunks, toks)
    _default_people(chunks)
    people = _People(chunks, people)
    _type_people(chunks, people)       # short forms of the names typed by default ("Peres": Shimon Peres)
    orgs = org_groups([c for c in chunks if c.type == "organization" and not c.strict], defs)
    # (the running text's names vouch for a headline's: asked only when the article has one)
    named = body_names(chunks) if any(c.strict for c in chunks) else {}
    for c, ref in headline_parts(chunks, named, people.of):
        if c.type == "person":
            _add_person(ents, c, people.of(ref) or _name_parts(ref))
        elif c.type == "organization":
            group = orgs.get(org_key(c.text))
            if group is not None:
                ents.add("organization", group[0], c.text, (c.start, c.end), key=("organization", group[0]))
        elif c.type == "place":
            place = place_of(ref.text)
            name = place.name if place else ref.text
            ents.add("place", name, c.text, (c.start, c.end), key=("place", name))


def _type_people(chunks: list[Chunk], people: _People) -> None:
    """A chunk naming one of the article's people is a person (also one typed a place or an
    organisation by a weak cue: "Britain said", "the Mariners"), unless a cue for bodies typed
    it and only a default or "said" makes that name a person's ("Shares in Mentmore Abbey"
    after "Mentmore Abbey said")."""
    for c in chunks:
        if not (c.type in ("person", None) or c.weak):
            continue
        found = people.of_name(_name_parts(c)) or _family(c, people)     # (people.of, inline)
        if found is not None and (found in people.sure or not c.cued):
            c.type, c.weak = "person", found not in people.sure


def _family(c: Chunk, people: _People) -> Name | None:
    """"the Kennedys" after "John Kennedy": a family, people of the article's name."""
    last = c.toks[-1]
    if len(c.toks) != 1 or not last.text.endswith("s") or len(last.text) < 4 or last.acronym:
        return None
    word = last.text[:-1]                # one word, no suffix: its name parts, as _name_parts reads them
    return people.of_name(((word[:-2] if word.endswith(("’s", "'s")) else word,), None))


def _default_people(chunks: list[Chunk]) -> None:
    """An untyped run of two or more name-like words is a person, weakly (no cue said so);
    but the words before a person's title name where the person works ("Riverton County Fire
    Chief Ann Lee"): a place the gazetteer knows, else an organisation."""
    for c in chunks:
        if c.type is None and c.before_title:
            c.type, c.weak = ("place" if place_of(c.text) is not None else "organization"), True
        elif c.type is None and len(c.toks) >= 2 and all(NAMEISH_RE.match(t.bare) for t in c.toks):
            c.type, c.weak = "person", True


def _add_person(ents: _Entities, c: Chunk, full: Name | None) -> None:
    parts, suffix = full if full else _name_parts(c)
    name = " ".join(parts) + (f" {suffix}" if suffix else "")
    e = ents.add("person", name, c.text, (c.start, c.end), key=("person", name))
    if c.role and not any(r.endswith(c.role) for r in e.roles):   # "Judge" is in "U.S. District Judge"
        e.roles = [r for r in e.roles if not c.role.endswith(r)] + [c.role]


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` in ``long``, in order (a plain loop: no generator made per word)."""
    k, n = 0, len(long)
    for word in short:
        while k < n and long[k] != word:
            k += 1
        if k == n:
            return False
        k += 1
    return True


def _coordinated(i: int, chunks: list[Chunk], toks: list[Tok]) -> str | None:
    """The type of a typed name joined to ``chunks[i]`` by "and" / "or" / "nor", or by a comma
    in a list ("Chevron , Texaco and Caltex") when that name's type came from a cue."""
    c = chunks[i]
    for other in (chunks[i - 1] if i else None, chunks[i + 1] if i + 1 < len(chunks) else None):
        if other is None or other.type in (None, "skip"):
            continue
        lo, hi = (other, c) if other.at < c.at else (c, other)
        gap = lo.at + len(lo.toks)              # the words between the two, read only as far as needed
        if gap >= hi.at:
            continue
        first = toks[gap].text
        if first in ("and", "or", "nor"):
            if all(toks[k].text in ("and", "or", "nor", "the") for k in range(gap + 1, hi.at)):
                return other.type
        elif first == "," and gap + 1 == hi.at and not other.weak and other.type != "place" \
                and _in_list(i, chunks, toks):
            return other.type
    return None


def _in_list(i: int, chunks: list[Chunk], toks: list[Tok]) -> bool:
    """``chunks[i]`` stands between two names with only a comma, "and" or "or" on each side
    ("Chevron , Maltby and Texaco"), not in an aside ("the Treasury , Lloyd Bentsen , was")."""
    if not 0 < i < len(chunks) - 1:
        return False
    c = chunks[i]
    for lo, hi in ((chunks[i - 1], c), (c, chunks[i + 1])):
        between = [t.text for t in toks[lo.at + len(lo.toks):hi.at]]
        if between not in ([","], ["and"], ["or"], [",", "and"], [",", "or"]):
            return False
    return True


class _Entities:
    def __init__(self) -> None:
        self.by_key: dict = {}
        self.seen: dict[tuple, tuple[set[str], set[tuple[int, int]]]] = {}   # per key: aliases, spans

    def add(self, type_: str, name: str, alias: str, span: tuple[int, int], key: tuple,
            value: str | None = None) -> Entity:
        e = self.by_key.get(key)
        if e is None:
            e = self.by_key[key] = Entity(name, type_, [], [], value)
            self.seen[key] = (set(), set())
        aliases, spans = self.seen[key]     # sets: an entity named 10,000 times costs no more per mention
        if alias not in aliases:
            aliases.add(alias)
            e.aliases.append(alias)
        if span not in spans:
            spans.add(span)
            e.mentions.append(span)
        return e

    def finish(self) -> list[Entity]:
        out = list(self.by_key.values())
        for e in out:
            order = sorted(range(len(e.mentions)), key=lambda i: e.mentions[i])
            e.mentions = [e.mentions[i] for i in order]
            if e.details:
                e.details = [e.details[i] for i in order]
        return sorted(out, key=lambda e: (TYPES.index(e.type), e.mentions[0]))


def _plain(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))
