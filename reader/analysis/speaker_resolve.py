"""Who a phrase found next to a speech verb names (:func:`resolve`), among the people the
article's registry knows (:class:`reader.analysis.speaker_registry.Registry`); the phrases
come from :func:`reader.analysis.speaker_phrases.np_before` and
:func:`~reader.analysis.speaker_phrases.np_after`:

``name``         the registry's person with that name or surname (added if new);
``he``/``she``   the most recent *salient* person: not one named inside ``by President Barack
                 Obama`` or ``a Bill Clinton appointee``, nor one the sentence naming them says
                 did not speak (``declined to comment``, ``did not return calls``); a person of
                 the other known gender is skipped (genders come from honorifics, gendered role nouns, first names:
                 :mod:`reader.analysis.first_names`, and earlier pronouns), and when the
                 nearest person who fits is more than 600 characters back, nobody;
``it``           the organisation opening the sentence before as its subject;
``the judge``    the most recent person whose titles, roles and appositives contain the noun and
                 every capitalised modifier (``the Obama judge`` → the judge appointed by Obama;
                 :func:`reader.analysis.speaker_ahead.fits`); when nobody is so described and
                 nobody at all is named before it, the one person named just ahead with that role
                 (:mod:`reader.analysis.speaker_ahead`); else the one person named (salient) in the
                 last 300 characters, if there is exactly one of a compatible gender, else nobody;
                 a description resolved counts as a salient mention of its person (``the judge
                 said … She added``);
``the 72-year-old``  the one person that age fits (:mod:`reader.analysis.speaker_aged`);
``a judge``      (indefinite: ``a judge who told him``, ``A prosecutor called X``) the one person
                 named just ahead with that role, when no one named before fits it;
``the court``    (a bare institution noun: court, agency, committee …, ``ORG_HEADS``) the
                 organisation the registry knows by a name ending in it, when the text before
                 names one such institution only (``the state Supreme Court``), else nobody.

Anything else (``court documents``, ``they``, a person description with no matching person,
an indefinite one that is generic or plural: ``a senior official familiar with …``, ``one
Democrat``, ``prosecutors``) resolves to nobody: a speaker is never guessed. A people or a
group named in capitals (``Americans say``, ``Democrats argue``) is nobody too.

Hand-written like the rest of the speaker rules: each reading can say why it chose a
speaker, and abstains where a rule of thumb would guess.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import Protocol

from reader.analysis.offsets import span_index
from reader.analysis.speaker_aged import age_of, aged_person
from reader.analysis.speaker_ahead import fits, indefinite_head, named_ahead
from reader.analysis.speaker_epithets import subject_before
from reader.analysis.speaker_institutions import distinct_names, ends_with, institution_names, short_for_org
from reader.analysis.speaker_lexicon import GENDERED, HONORIFICS, ORG_HEADS, STOP_CAPS, TITLES, by_first_letter
from reader.analysis.speaker_modifiers import is_place_word
from reader.analysis.speaker_names import is_org
from reader.analysis.speaker_people import Person, last_before, mention
from reader.analysis.speaker_phrases import NP, NameReader, name_at, np_after
from reader.analysis.speaker_subjects import after_subject, described_lead
from reader.analysis.speaker_unnamed import unnamed_speaker_between

# the subject opening a sentence, after a connective: group 1 when it opens with "the"
_ORG_SUBJECT_RE = re.compile(r"[\s\ue000]*(?:(?:But|And|Still|Meanwhile|However|Instead|Separately),?\s+)?"
                             r"(?:(the|The)\s+(?=[A-Z]))?")
_PRONOUN_REACH = 600   # how far back a pronoun looks past a person of the other gender, in characters
_SUBJECT_REACH = 1200  # how far back a pronoun looks past a person named once in passing, in characters
_EPITHET_REACH = 300   # how far back a new description (the billionaire) looks for its one person
_INTRODUCED_REACH = 600   # how far back "a spokesperson" brings in the unnamed one "the spokesperson" is
# a people or a group named in capitals, never one speaker: Americans, Iowans, Democrats, Muslims
_GROUP_NAME_RE = re.compile(r"[A-Z][a-z]{2,}(?:ians|icans|eans|wans|xans|bans)|(?:Democrats|Republicans|Liberals|"
                            r"Conservatives|Progressives|Evangelicals|Christians|Muslims|Jews|Catholics|Latinos|"
                            r"Hispanics|Blacks|Whites|Asians|Millennials|Independents|Libertarians)")


class Known(NameReader, Protocol):
    """What resolving asks of the registry: its masked text and sentences, its people, the
    look-up and the adding of a person, and its cache of the institutions the text names
    (by head noun: :func:`reader.analysis.speaker_institutions.institution_names`)."""

    sentences: list[tuple[int, int]]
    people: list[Person]
    named_institutions: dict[str, list[tuple[int, str]]]

    def find(self, name: str, kind: str | None = None) -> Person | None: ...

    def add(self, np: NP, appositive: str = "", org: bool = False) -> Person: ...

    def with_surname(self, surname: str) -> list[Person]: ...


def resolve(reg: Known, np: NP, pos: int) -> tuple[str | None, str | None, str | None]:
    """(speaker, role, kind) for a phrase at ``pos``; all ``None`` when it names nobody
    the article identifies (nor a group: ``Americans say``, ``Democrats argue``)."""
    if np.kind == "name" and _GROUP_NAME_RE.fullmatch(np.name):
        return None, None, None
    if np.kind == "name":
        person: Person | None = (_one_of_surname(reg, np, pos) or _by_other_name(reg, np, pos) or reg.find(np.name)
                                 or reg.add(np))
        if person is _SHARED:
            return None, None, None
        if person is not None and np.title and np.title not in person.titles:
            person.titles.append(np.title)
    elif np.kind == "pronoun" and np.name.lower() == "it":
        person = _it(reg, pos)
    elif np.kind == "pronoun":
        person = _pronoun(reg, np, pos)
    elif np.kind == "description":
        person = _described(reg, np, pos)
    elif np.kind == "indefinite":
        person = _indefinite(reg, np, pos)
    else:
        person = None
    if person is not None and np.kind in ("description", "indefinite"):
        mention(person, pos)            # (the judge said … She added: the judge is who she is)
    return (person.name, person.role, person.kind) if person is not None else (None, None, None)


_SHARED = Person("")    # a surname two people named so far share: nobody


def _one_of_surname(reg: Known, np: NP, pos: int) -> Person | None:
    """Who a bare surname (``Dunbar said``, ``Mrs Dunbar said``) names when the registry
    knows people of that surname by full name: those of the honorific's gender named in
    full before ``pos``; the one left, else the one named last in a paragraph of its own
    (:func:`_named_last`), else ``_SHARED`` (nobody: "John Dunbar and his wife, Mary
    Dunbar … Dunbar said"), and ``_SHARED`` too when none of them is named
    before but someone else of the surname is ("Fraser Dunbar led the search. “…,” Dunbar
    said", Morag Dunbar named after). None otherwise (the usual look-up then)."""
    if " " in np.name:
        return None
    same = [p for p in reg.with_surname(np.name) if p.kind == "person" and " " in p.name]
    if not same:
        return None
    gender = np.modifiers[0] if np.modifiers else None
    fits = [p for p in same if (gender is None or p.gender in (None, gender)) and _named_before(reg.text, p.name, pos)]
    fits = _distinct_people(fits)
    if len(fits) > 1 and gender is None:            # Lee said his sister …: the Lee who is a man
        own = _own_pronoun(reg.text, np.end)
        same_gender = [p for p in fits if p.gender == own] if own is not None else []
        fits = same_gender if len(same_gender) == 1 else fits
    if len(fits) == 1:
        return fits[0]
    if fits:
        return _named_last(reg, fits, pos)
    if gender is not None and all(p.gender not in (None, gender) for p in same):
        return _SHARED      # "Mr Harland" where the article names only Lisa Harland: her husband
    given = {p.name.split()[0] for p in same}
    named = _given_names(reg.text, np.name)
    return _SHARED if any(pos - _FULL_NAME_REACH <= at < pos and w not in given for at, w in named) else None


# the speaker's own pronoun opening what a verb of saying reports: "(Lee) said his sister …",
# "(Lee) says she …" (not a listener's: "told her")
_OWN_PRONOUN_RE = re.compile(r"\s+(?:" + by_first_letter([v for v in ("said", "says", "added", "adds", "recalled",
                                                                      "recalls", "explained", "explains", "noted",
                                                                      "notes", "wrote", "writes")]) +
                             r")\s+(?:that\s+)?(his|he|her|she)\b")


def _own_pronoun(text: str, end: int) -> str | None:
    """The gender of the pronoun opening what the verb of saying after a name ending at
    ``end`` reports (:data:`_OWN_PRONOUN_RE`), else None."""
    m = _OWN_PRONOUN_RE.match(text, end)
    return None if m is None else ("m" if m.group(1) in ("his", "he") else "f")


_FULL_NAME_REACH = 20_000   # how far back a bare surname looks for full names (a live file: the recent part)


@functools.lru_cache(maxsize=4096)
def _places(text: str, name: str) -> tuple[int, ...]:
    """Where ``text`` names ``name``, in order. Cached: asked for each quote of a text (the
    text's hash is computed once and kept by the string)."""
    out, at = [], text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + 1)
    return tuple(out)


def _named_last(reg: Known, fits: list[Person], pos: int) -> Person:
    """Of namesakes all named in full before ``pos``: the one the article already calls by
    the bare surname (:func:`_holder`), else the one named last (as the subject of its
    sentence: not "mother of … Sean Smith") when that was in a later paragraph than every
    other's last full name ("Devin Brooks … said …" after "Jalen Brooks said": "Brooks
    added" is Devin); else nobody ("John Dunbar and his wife, Mary Dunbar")."""
    holder = _holder(reg.text, fits)
    if holder is not None:
        return holder
    last = sorted((_last_salient(reg.text, p, pos), n) for n, p in enumerate(fits))
    (before, _), (at, n) = last[-2], last[-1]
    return fits[n] if at >= 0 and (before < 0 or "\n" in reg.text[before:at]) else _SHARED


def _last_salient(text: str, p: Person, pos: int) -> int:
    """Where ``p``'s full name is last written before ``pos`` as a salient mention, not as
    the object of a preposition a few words back ("mother of Benghazi victim Sean Smith");
    -1: never."""
    surname_at = len(p.name) - len(p.surname)
    salient = set(p.salient)
    return max((at for at in _places(text, p.name) if at < pos and at + surname_at in salient
                and not _OBJECT_RE.search(text, max(0, at - 60), at)), default=-1)


# a name a few words after a preposition: "mother of Benghazi victim Sean Smith"
_OBJECT_RE = re.compile(r"\b(?:of|to|for|with|by|from|about|against|and)\s+(?:[\w’'-]+\s+){0,5}$")


def _distinct_people(fits: list[Person]) -> list[Person]:
    """Namesakes less the second forms of one name: "Francois Hollande" and "François
    Hollande", "Dr. Kelli Ward" and "McCain Challenger Kelli Ward" (the same last two words,
    accents and case aside)."""
    seen: dict[str, Person] = {}
    for p in fits:
        seen.setdefault(_plain(" ".join(p.name.split()[-2:])), p)
    return list(seen.values())


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _holder(text: str, fits: list[Person]) -> Person | None:
    """The namesake the bare surname stands for: the only one named in full before the
    article first used the bare surname (the style books' rule: the other is then given a
    full name each time). None when that first use came after both."""
    surname = fits[0].surname
    full = [(p, _places(text, p.name)) for p in fits]
    for at in _places(text, surname):
        named = [p for p, places in full if places and places[0] < at] if _bare(text, at, surname) else []
        if named:           # (a headline's bare surname, before any full name: the next)
            return named[0] if len(named) == 1 else None
    return None


def _bare(text: str, at: int, surname: str) -> bool:
    """Whether the surname at ``at`` stands alone: a whole word, not after a given name."""
    after = text[at + len(surname) : at + len(surname) + 1]
    if after.isalpha() or (at and text[at - 1].isalpha()):
        return False
    before = re.search(r"([A-Z][\w’'.-]*)\s+$", text[max(0, at - 40) : at])
    return before is None or not _given_name(text, before.group(1))


def _named_before(text: str, name: str, pos: int) -> bool:
    """Whether ``text`` names ``name`` in the ``_FULL_NAME_REACH`` characters before ``pos``."""
    places = _places(text, name)
    k = bisect.bisect_left(places, pos)
    return k > 0 and places[k - 1] >= pos - _FULL_NAME_REACH


@functools.lru_cache(maxsize=1024)
def _given_names(text: str, surname: str) -> tuple[tuple[int, str], ...]:
    """Where ``text`` writes a capitalised word that can be a given name before ``surname``
    (:func:`_given_name`), and that word: one pass over the text for each surname asked."""
    other = re.compile(rf"\b([A-Z][a-z’'\-]+)\s+{re.escape(surname)}\b")
    return tuple((m.start(), m.group(1)) for m in other.finditer(text) if _given_name(text, m.group(1)))


@functools.lru_cache(maxsize=4096)
def _given_name(text: str, w: str) -> bool:
    """Whether a capitalised word before a surname can be a given name: no title, no
    capitalised function word ("Then Dunbar said"), nothing the text writes in lower case."""
    return (w not in TITLES and w not in HONORIFICS and w not in STOP_CAPS
            and re.search(rf"\b{re.escape(w.lower())}\b", text) is None)


def _by_other_name(reg: Known, np: NP, pos: int) -> Person | None:
    """The one person named in full before ``pos`` whose name holds the lone word ``np``
    gives, not as its surname: a given name ("Alan Fenwick … Alan said", as features name
    children and couples) or a family name before a second one ("María José de la Fuente
    Ortega … de la Fuente said"). None when no person has that word as a surname of their
    own, when no one or two people fit, or when a title or an honorific comes with it."""
    if " " in np.name or np.title or np.modifiers or any(" " in p.name for p in reg.with_surname(np.name)):
        return None
    fits = [p for p in reg.people if p.kind == "person" and np.name in p.name.split()[:-1]
            and _named_before(reg.text, p.name, pos)]
    return fits[0] if len(fits) == 1 else None


def _it(reg: Known, pos: int) -> Person | None:
    """``it`` (said): the organisation opening the sentence before as its subject (``The
    Business Council opposed an increase. “…,” it recommended.``), when the registry
    knows it as one; a report, an ad or anything else there names nobody."""
    k = span_index(reg.sentences, pos)
    if k < 1:
        return None
    lo, hi = reg.sentences[k - 1]
    head = _ORG_SUBJECT_RE.match(reg.text, lo, hi)
    if head is None:
        return None
    np = np_after(reg, head.end(), hi) if head.group(1) else name_at(reg, head.end(), hi)
    if np is None or np.kind != "name":
        return None
    if not is_org(np.name):
        return None
    person = reg.find(np.name, "organization") or reg.add(np)
    return person if person.kind == "organization" else None


def _pronoun(reg: Known, np: NP, pos: int) -> Person | None:
    """The most recent salient person of a compatible gender (which the pronoun then sets);
    one of unknown gender named once, in an earlier paragraph, gives way to the person of
    the pronoun's gender named before them (:func:`_passing`); a state's, a country's or a
    people's name (``“…,” Iran said``) is no one's "he" or "she"."""
    gender = "f" if np.name.lower() == "she" else "m"
    lead = _described_lead(reg, pos)
    if lead is not None and lead.gender in (None, gender):
        lead.gender = gender
        return lead
    people = [p for p in reg.people if p.kind == "person"]
    recent = sorted(((last_before(p.salient, pos), p) for p in people), key=lambda c: -c[0])
    skipped = False
    for n, (at, p) in enumerate(recent):
        if at < 0:
            break
        if p.gender not in (None, gender) or _passing(reg, recent[n:], gender, pos):
            skipped = skipped or p.gender is not None           # she, after Tom Ebeling
            continue
        if p.gender is None and " " not in p.name and _no_he(reg, p.name, recent[n + 1:], at, gender):
            skipped = True                                  # "Iowa said …", "Calder said": no "he" (and
            continue                                        # whoever fits must be near)
        if _declined(reg, at, pos) and "\n" in reg.text[at:pos]:
            continue                                        # Fitch did not speak to reporters: not he
        if skipped and pos - at > _PRONOUN_REACH:
            return None                                     # the nearest fit is too far back: abstain
        if unnamed_speaker_between(reg.text, at, pos, gender):
            return None                                     # a nurse … said. “…,” she said: the nurse
        p.gender = gender
        return p
    return None


def _no_he(reg: Known, word: str, rest: list[tuple[int, Person]], at: int, gender: str) -> bool:
    """Whether a one-word name of no known gender is no "he" or "she": a place, a company's
    short name, or a name told inside what the next candidate, the sentence's subject, said."""
    return (is_place_word(word) or short_for_org(reg.text, word)
            or after_subject(reg.text, reg.sentences, rest, at, gender))


def _described_lead(reg: Known, pos: int) -> Person | None:
    """``The director said …, and she promised``: the person the description opening the
    pronoun's sentence stands for (:func:`reader.analysis.speaker_subjects.described_lead`)."""
    lead = described_lead(reg.text, reg.sentences, pos)
    return None if lead is None else _described(reg, NP("description", lead[1], lead[2], name=lead[0]), lead[1])


def _passing(reg: Known, recent: list[tuple[int, Person]], gender: str, pos: int) -> bool:
    """Whether the first of ``recent`` (people by their last salient mention before ``pos``,
    latest first), of unknown gender, is someone the text passed by: named once, in a
    paragraph before the pronoun's, as the subject of a verb whose object is a pronoun of
    the gender asked (``Sam Ford taught her``: not the one "her" is), while a person of
    that gender named twice or more comes next within ``_SUBJECT_REACH`` ("Peggy Lee … Lee
    won a scholarship, where Sam Ford taught her. / Her first film flopped. / “…,” she
    said": Lee, not Ford)."""
    at, p = recent[0]
    if p.gender is not None or len(p.mentions) != 1:
        return False
    acted = _ACTS_ON_RE.match(reg.text, at + len(p.surname))
    if acted is None or acted.group(1).lower() != ("her" if gender == "f" else "him"):
        return False
    for before, q in recent[1:]:
        if before < 0 or pos - before > _SUBJECT_REACH:
            return False
        if q.gender == gender:
            return bisect.bisect_left(q.salient, pos) >= 2
        if q.gender is None:
            return False
    return False


# a verb (and an adverb) after a name, then an object pronoun ending the clause: "told her,"
_ACTS_ON_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+(her|him)(?=\s*[,.;:]|\s+(?:that|to|about)\b)")


# what says the person just named did not speak: "declined to comment", "did not return calls"
_DECLINED_RE = re.compile(
    r"\b(?:declined|refused|did\s+not\s+(?:wish|want)|didn['’]t\s+(?:wish|want))\s+to\s+(?:comment|speak|be\s+interviewed)"
    r"|\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|had\s+not)\s+(?:immediately\s+)?(?:return|respond"
    r"|reply|answer|speak|comment)"
    r"|\b(?:could\s+not|couldn['’]t)\s+be\s+reached|\bwas\s+not\s+available\s+(?:for|to)\s+comment"
    r"|\bwere\s+not\s+available\s+(?:for|to)\s+comment|\bno\s+comment\b", re.IGNORECASE)


def _declined(reg: Known, at: int, pos: int) -> bool:
    """Whether the sentence of the mention at ``at`` says, after it, that the person did not
    speak ("Gerald Fitch did not speak to reporters"), and ``pos`` (the pronoun) is past
    that sentence: "he said" in a later paragraph is someone else (in the same paragraph
    the text goes on about that person: "… did not respond on Monday. On Sunday he
    posted: …")."""
    end = _sentence_end(reg, at)
    return end < pos and _DECLINED_RE.search(reg.text, at, end) is not None


def _described(reg: Known, np: NP, pos: int) -> Person | None:
    """The most recent person mentioned before ``pos`` whom the description fits
    (:func:`reader.analysis.speaker_ahead.fits`; for an institution's head noun:
    :func:`_institution`)."""
    head = np.name.lower()
    if head in ORG_HEADS:
        return _institution(reg, head, pos)
    age = age_of(head)
    if age is not None:
        return _aged(reg, np, age, pos)
    found = []
    for p in reg.people:
        at = last_before(p.mentions, pos)
        if at >= 0 and fits(p, head, np.modifiers):
            found.append((at, p))
    if found:
        at, person = max(found, key=lambda c: c[0])
        # (a nurse named before, then "One nurse, who asked not to be named": the nurse is that one)
        return None if _introduced_unnamed(reg.text, head, pos, at) else person
    if not any(p.kind == "person" and p.mentions and p.mentions[0] < pos for p in reg.people):
        # (the judge, before anyone is named: the one named just ahead; once someone is,
        # a definite description stands for someone known, as a rule)
        ahead = named_ahead(reg.people, reg.text, (head, np.modifiers), pos, _sentence_end(reg, pos))
        if ahead is not None:
            return ahead
    return _only_one_near(reg, np, pos)


def _aged(reg: Known, np: NP, age: int, pos: int) -> Person | None:
    """``the 72-year-old`` (said): :func:`reader.analysis.speaker_aged.aged_person`; nobody
    when the text brought in someone of that age unnamed (``a 72-year-old man``)."""
    if _introduced_unnamed(reg.text, np.name, pos):
        return None
    found = aged_person(reg.text, reg.people, reg.sentences, age, pos)
    if not isinstance(found, str):
        return found
    at = reg.text.rfind(found, 0, pos)
    return reg.add(NP("name", at, at + len(found), name=found))


def _institution(reg: Known, head: str, pos: int) -> Person | None:
    """``the court`` (said): the organisation the registry knows by a name ending in that
    noun, capitalised (``Supreme Court``), or opening with it before "of" (``University of
    Eastbridge``; added to the registry when no cue had made it known), when the text
    before ``pos`` names one such institution only (``the Ohio Supreme Court`` … ``the
    state Supreme Court``: one); nobody when it names two (``the District Court`` and ``the Supreme Court``) or none."""
    word = head.capitalize()
    if word not in reg.named_institutions:
        reg.named_institutions[word] = institution_names(reg.text, word)
    named = distinct_names(reg.named_institutions[word], pos)
    if len(named) != 1:
        return None
    found = [p for p in reg.people if p.kind == "organization" and ends_with(named[0], p.name)]
    if not found and is_org(named[0]):        # named, but by no cue the registry reads: "Staff at the University of …"
        at = next(start for start, name in reg.named_institutions[word] if name == named[0])
        return reg.add(NP("name", at, at + len(named[0]), name=named[0]))
    return found[0] if len(found) == 1 else None


def _indefinite(reg: Known, np: NP, pos: int) -> Person | None:
    """``a judge`` (who told him), ``A prosecutor`` (called him): the one person named
    just ahead with that role (:mod:`reader.analysis.speaker_ahead`), else nobody."""
    described = indefinite_head(np.name)
    if described is None:
        return None
    return named_ahead(reg.people, reg.text, described, pos, _sentence_end(reg, pos))


def _sentence_end(reg: Known, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (``pos`` itself outside every sentence)."""
    k = span_index(reg.sentences, pos)
    return reg.sentences[k][1] if k >= 0 and reg.sentences[k][1] > pos else pos


def _only_one_near(reg: Known, np: NP, pos: int) -> Person | None:
    """``the billionaire`` said, with no earlier person so described: the one person the
    article named in the last ``_EPITHET_REACH`` characters, when there is exactly one
    (of a compatible gender); with two or more, nobody. Nobody too when the text brought in
    someone so described without a name (``A city spokesperson said the vote would be
    recorded. "…," the spokesperson said``: that person, not the mayor named before)."""
    gender = GENDERED.get(np.name.lower())
    if _introduced_unnamed(reg.text, np.name, pos):
        return None
    near = [p for p in reg.people if p.kind == "person" and last_before(p.salient, pos) >= pos - _EPITHET_REACH
            and last_before(p.salient, pos) >= 0]
    if len(near) != 1:          # (several: the one the sentence before is about, if any)
        return subject_before(reg.text, reg.sentences, reg.people, np.name, pos)
    return near[0] if near[0].gender in (None, gender or near[0].gender) else None


def _introduced_unnamed(text: str, head: str, pos: int, since: int = 0) -> bool:
    """Whether the ``_INTRODUCED_REACH`` characters before ``pos`` (from ``since`` on) bring
    in someone as ``a``/``an``/``one`` … ``head`` ("A city spokesperson", "One resident",
    "a police officer at the door"): the one ``the <head>`` then stands for, unnamed."""
    # (not an appositive or a predicate of someone named: "Ann Lee, a lawyer for the city", "who is a nurse")
    pattern = (r"(?<!,\s)(?<!\bis\s)(?<!\bas\s)(?<!\bwas\s)(?<!\bbe\s)"
               rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head.lower())}\b")
    return re.search(pattern, text[max(since, pos - _INTRODUCED_REACH):pos]) is not None
