"""The people an article names in full, and the shorter names that stand for them: step 4's
person rules in :func:`reader.analysis.entities.extract_entities`.

:class:`FullNames` holds the article's full personal names (two words or more, or with a
suffix: "Jr.") from its running text, the longest form of each ("Donald J. Trump" over
"Donald Trump"), and answers which full name a shorter one names ("Kollar-Kotelly" →
Colleen Kollar-Kotelly; a suffix tells people apart: "Donald Jr." is not Donald Trump).
:func:`type_people` makes a chunk naming one of them a person, :func:`default_people` types
the runs of name-like words no cue typed.

Hand-written rules, not a model: see :mod:`reader.analysis.entities` for why.
"""

from __future__ import annotations

from typing import Any

from reader.analysis import gazetteer
from reader.analysis.first_names import first_name_gender
from reader.analysis.gazetteer import SUFFIXES
from reader.analysis.name_chunks import NAMEISH_RE, PARTICLES, Chunk
from reader.analysis.place_names import is_country, place_of
from reader.analysis.speaker_lexicon import HONORIFICS


def name_parts(c: Chunk) -> tuple[tuple[str, ...], str | None]:
    """A chunk's name words and suffix ("Jr."), if any (a person's :data:`Name`)."""
    parts = c.parts_memo       # asked for every chunk again and again: kept until its tokens change
    if parts is None:
        names = [t.bare for t in c.toks]
        suffix = names.pop() if len(names) > 1 and names[-1] in SUFFIXES else None
        parts = c.parts_memo = (tuple(names), suffix)
    return parts


Name = tuple[tuple[str, ...], str | None]      # a person's name words and suffix ("Jr.")


class FullNames:
    """The article's full personal names (two words or more, or with a suffix), from the
    running text; a shorter name resolves to the longest full name containing it."""

    people: list[Name]
    _sure_names: set[Name]
    _having: dict[str, list[int]]
    full: dict[Name, Name]
    sure: set[Name]
    _of: dict[Name, Name | None]
    _starts: dict[Name, list[int]]

    def __init__(self, chunks: list[Chunk], before: FullNames | None = None) -> None:
        people: list[Name] = []
        listed: set[Name] = set()
        sure: set[Name] = set()
        for c in chunks:
            if c.type == "person" and not c.strict:
                parts, suffix = name_parts(c)
                if (len(parts) > 1 or suffix) and (parts, suffix) not in listed:
                    listed.add((parts, suffix))
                    people.append((parts, suffix))
                if not c.weak:
                    sure.add((parts, suffix))
        # several full names for one person ("Donald Trump", "Donald J. Trump"): keep the longest
        people.sort(key=lambda p: -len(p[0]))
        self.people = people
        self._sure_names = sure
        starts: dict[Name, list[int]] = {}     # where each name is written (for namesakes)
        self._starts = starts
        for c in chunks:
            if c.type == "person" and not c.strict:
                starts.setdefault(name_parts(c), []).append(c.start)
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
                     and subsequence(p[0], q[0]) and p[0][-1] == q[0][-1]), p)

    def of(self, c: Chunk) -> Name | None:
        """The full name chunk ``c`` names, if any ("Kollar-Kotelly" → Colleen Kollar-Kotelly).
        A surname two of the article's people share ("Ms Dawson" beside Peter and Helen
        Dawson) names the one its honorific's gender fits, else the one named in full
        last before it; none when neither tells them apart."""
        key = name_parts(c)
        answer = self.of_name(key)
        if answer is None or len(key[0]) != 1:
            return answer
        namesakes = [p for p in dict.fromkeys(self.full.values()) if p[0][-1] == key[0][0] and p[1] == key[1]]
        return answer if len(namesakes) < 2 else self._namesake(c, namesakes)

    def _namesake(self, c: Chunk, namesakes: list[Name]) -> Name | None:
        gender = HONORIFICS.get(c.role or "")
        if gender is not None:
            fitting = [p for p in namesakes if first_name_gender(p[0][0]) == gender]
            if len(fitting) == 1:
                return fitting[0]
            namesakes = fitting or namesakes
        written = [(s, self.full.get(k, k)) for k, starts in self._starts.items() for s in starts if s < c.start]
        before = [(s, p) for s, p in written if p in namesakes]
        return max(before)[1] if before else None

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
        found = [p for p in self._containing(parts) if p[1] == suffix and subsequence(parts, p[0])]
        by_last = [p for p in found if p[0][-1] == parts[-1]]
        self._of[key] = answer = self.full[(by_last or found)[0]] if found else None
        return answer


_UNKNOWN: Any = object()       # (not asked yet)


def subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` in ``long``, in order (a plain loop: no generator made per word)."""
    k, n = 0, len(long)
    for word in short:
        while k < n and long[k] != word:
            k += 1
        if k == n:
            return False
        k += 1
    return True


def type_people(chunks: list[Chunk], people: FullNames) -> None:
    """A chunk naming one of the article's people is a person (also one typed a place or an
    organisation by a weak cue: "Britain said", "the Mariners"), unless a cue for bodies typed
    it (or it is a country's name, :func:`_country_word`) and only a default or "said" makes
    that name a person's ("Shares in Mentmore Abbey" after "Mentmore Abbey said")."""
    for c in chunks:
        if not (c.type in ("person", None) or c.weak or c.side):
            continue
        found = people.of_name(name_parts(c)) or _family(c, people)     # (people.of, inline)
        if found is not None and (found in people.sure or not (c.cued or _country_word(c, found))
                                  or _player(c, found)):
            c.type, c.weak = "person", found not in people.sure


def _player(c: Chunk, full: Name) -> bool:
    """One word of a full name that reads as a person's, cued only as a side ("Edberg beat
    Chang" after "Stefan Edberg"): a player of an individual sport, not a club. A full name
    with a place's word in it is a club's ("Dynamo Moscow")."""
    if not c.side or len(c.toks) != 1 or len(full[0]) < 2:
        return False
    for word in full[0]:
        if not NAMEISH_RE.match(word):
            return False
        place = place_of(word)
        if place is not None and (place.kind != gazetteer.CITY or place.population >= 50_000):
            return False
    return True


def _country_word(c: Chunk, full: Name) -> bool:
    """A country's name alone ("Canada") for a full name ``full`` that only a default or "said"
    made a person's and that opens with no known first name ("Statistics Canada", a sentence's
    "Since Mauritania"; not "Michael Jordan")."""
    return len(c.toks) == 1 and first_name_gender(" ".join(full[0])) is None and is_country(c.text)


def _family(c: Chunk, people: FullNames) -> Name | None:
    """"the Kennedys" after "John Kennedy": a family, people of the article's name."""
    last = c.toks[-1]
    if len(c.toks) != 1 or not last.text.endswith("s") or len(last.text) < 4 or last.acronym:
        return None
    word = last.text[:-1]                # one word, no suffix: its name parts, as name_parts reads them
    return people.of_name(((word[:-2] if word.endswith(("’s", "'s")) else word,), None))


def default_people(chunks: list[Chunk]) -> None:
    """An untyped run of two or more name-like words is a person, weakly (no cue said so),
    unless it reads as a club's or a firm's (:func:`_club_or_firm`: "Dynamo Moscow");
    but the words before a person's title name where the person works ("Riverton County Fire
    Chief Ann Lee"): a place the gazetteer knows, else an organisation."""
    for c in chunks:
        if c.type is None and c.before_title:
            c.type, c.weak = ("place" if place_of(c.text) is not None else "organization"), True
        elif c.type is None and len(c.toks) >= 2 and _nameish(c):
            c.type, c.weak = ("organization" if _club_or_firm(c) else "person"), True


def _club_or_firm(c: Chunk) -> bool:
    """Two words, the second a country or a big city and the first no given name: a club or a
    firm named for its home ("Dynamo Moscow", "Statistics Canada"), not a person."""
    if len(c.toks) != 2:
        return False
    place = place_of(c.toks[1].bare)
    if place is None or (place.kind == gazetteer.CITY and place.population < 1_000_000):
        return False
    return first_name_gender(c.toks[0].bare) is None and place_of(c.toks[0].bare) is None


def _nameish(c: Chunk) -> bool:
    """Name-like words, with particles before the last ("Joost van der Westhuizen", "de Silva")."""
    last = len(c.toks) - 1
    return all(NAMEISH_RE.match(t.bare) or (k < last and t.bare in PARTICLES) for k, t in enumerate(c.toks))
