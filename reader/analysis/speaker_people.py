"""The people (and organisations) an article names, as the speaker rules keep them: a
:class:`Person` each, and :class:`People`, the list with its indexes by name and surname
(:meth:`People.find`, :meth:`People.add`), which :class:`reader.analysis.speaker_registry.Registry`
fills from the article's defining mentions.

People merge by surname (``Kollar-Kotelly`` and ``Judge Colleen Kollar-Kotelly`` are one
person, named by the fullest form; two different first names stay two people). The role
shown is the longest title, else the first role phrase or appositive. A person's gender
comes from an honorific or gendered role noun, else from a first name
(:mod:`reader.analysis.first_names`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from reader.analysis.first_names import first_name_gender
from reader.analysis.speaker_lexicon import ASIDE_NOUNS, BRITISH_ABBREVIATIONS, GENDERED, SUFFIXES, appositive_role
from reader.analysis.speaker_names import is_org
from reader.analysis.speaker_phrases import NP

_ABBREVIATED = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General",
                "Lt.": "Lieutenant", "Sgt.": "Sergeant", "Capt.": "Captain", "Prof.": "Professor",
                "Dr.": "Doctor", "Col.": "Colonel", "Adm.": "Admiral", "Maj.": "Major", "Rev.": "Reverend",
                **BRITISH_ABBREVIATIONS}

# what a person is to someone, with the gender it says ("her brother": a man)
_KIN = {w: g for w, g in ASIDE_NOUNS.items() if g}


@dataclass
class Person:
    """A person (or organisation) the article names: the fullest name, the titles, roles and
    appositives given, the gender when known, and where it is mentioned (``salient``: not
    after a preposition or inside an appositive)."""

    name: str
    kind: str = "person"        # or "organization"
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    gender: str | None = None
    salient: list[int] = field(default_factory=list)   # positions of salient mentions
    mentions: list[int] = field(default_factory=list)

    @property
    def surname(self) -> str:
        ws = self.name.split()
        if ws and ws[-1] not in SUFFIXES:       # (most names: the last word, no suffix after it)
            return ws[-1]
        words = [w for w in ws if w not in SUFFIXES]
        return (words or ws or [""])[-1]

    @property
    def role(self) -> str | None:
        if self.titles:
            return max(self.titles, key=lambda t: (len(t.split()), len(t)))
        return self.roles[0] if self.roles else None

    def describes(self) -> str:
        text = " ".join(self.titles + self.roles + self.context)
        return " ".join(_ABBREVIATED.get(w, w) for w in text.split()).lower()


def last_before(positions: list[int], pos: int) -> int:
    """The last of the sorted ``positions`` before ``pos``, or -1."""
    k = bisect.bisect_left(positions, pos)
    return positions[k - 1] if k else -1


def mention(person: Person, pos: int) -> None:
    """A description resolved to ``person`` at ``pos`` counts as a salient mention of them."""
    k = bisect.bisect_left(person.salient, pos)
    if k == len(person.salient) or person.salient[k] != pos:
        person.salient.insert(k, pos)


class People:
    """The people (and organisations) of one article, in the order they were added, with
    indexes by name and, for people only, by surname (a look-up through every person was
    quadratic in the names an article has)."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_name: dict[str, list[int]] = {}      # indexes into ``people``, ascending
        self._by_surname: dict[str, list[int]] = {}
        self._position: dict[int, int] = {}     # id(person) -> its index in people

    def add(self, np: NP, appositive: str = "", org: bool = False) -> Person:
        """The person ``np`` names, added when new (renamed when ``np`` names them more fully),
        with the title, role, appositive and gender this mention gives; an organisation when
        its words say so or ``org`` (the text called it a group: "the campaign group Clean
        River Now")."""
        kind = "organization" if org or is_org(np.name) else "person"
        person = self.find(np.name, kind)
        if person is None:
            person = Person(np.name, kind)
            self.people.append(person)
            self._index(len(self.people) - 1)
        elif len(np.name.split()) > len(person.name.split()):
            self._rename(person, np.name)
        # (most names come with none of these: nothing to add then)
        if np.title and np.title not in person.titles:
            person.titles.append(np.title)
        if np.role and np.role not in person.roles:
            person.roles.append(np.role)
        if appositive:
            role = appositive_role(appositive)
            if role and role not in person.roles:
                person.roles.append(role)
            if appositive not in person.context:
                person.context.append(appositive)
        if np.role or np.title:                 # (without either, only the modifiers)
            said = (np.role + " " + np.title).lower().split()
            for g in np.modifiers + tuple(GENDERED.get(w) or _KIN.get(w) for w in said):
                person.gender = person.gender or g
        else:
            for g in np.modifiers:
                person.gender = person.gender or g
        if kind == "person":
            person.gender = person.gender or first_name_gender(person.name)
        return person

    def find(self, name: str, kind: str | None = None) -> Person | None:
        """The person (or organisation) with this name, or a person with this surname and no
        other first name (the last such, in the order they were added)."""
        for n in self._by_name.get(name, ()):
            if not kind or self.people[n].kind == kind:
                return self.people[n]
        if kind and kind != "person":
            return None
        if " " not in name and name.isprintable():      # one word (most asked): its own surname, no first name
            last_of = self._by_surname.get(name)
            return self.people[last_of[-1]] if last_of else None
        ws = name.split()
        last = ws[-1] if ws and ws[-1] not in SUFFIXES else ([w for w in ws if w not in SUFFIXES] or ws or [""])[-1]
        mine = ws[:-1]
        for n in reversed(self._by_surname.get(last, ())):
            theirs = self.people[n].name.split()[:-1]
            if not mine or not theirs or mine[0] == theirs[0]:
                return self.people[n]
        return None

    def with_surname(self, surname: str) -> list[Person]:
        """The people of this surname, in the order they were added."""
        return [self.people[n] for n in self._by_surname.get(surname, ())]

    def _index(self, n: int) -> None:
        """Enter ``people[n]`` in the indexes by name and surname, in the order of ``people``."""
        p = self.people[n]
        self._position[id(p)] = n
        bisect.insort(self._by_name.setdefault(p.name, []), n)
        if p.kind == "person":
            bisect.insort(self._by_surname.setdefault(p.surname, []), n)

    def _rename(self, person: Person, name: str) -> None:
        n = self._position[id(person)]
        self._by_name[person.name].remove(n)
        if person.kind == "person":
            self._by_surname[person.surname].remove(n)
        person.name = name
        self._index(n)
