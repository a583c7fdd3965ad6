"""Who is meant: speakers named, titled, described or referred to by a pronoun.

One :class:`Registry` per article holds the people (and organisations) it names, built
from *defining* mentions in the article text with its quotations blanked out (so words
inside a quote never name its speaker):

* a title before the name: ``U.S. District Judge Colleen Kollar-Kotelly``, ``President Trump``,
  ``Mr. Joe Hill`` (an honorific also gives the gender);
* a role phrase before it: ``Department of Homeland Security spokesperson Tricia McLaughlin``;
* an appositive after it: ``Skye Perryman, president of Democracy Forward``,
  ``Kollar-Kotelly, a Bill Clinton appointee``, ``Indira Talwani, appointed … by President Barack Obama``;
* a speech verb after or just before it: ``Chen said``, ``said Chen``.

Between a name and its speech verb there may be an appositive (``Jane Roe, a California
Democrat, said``, ``Jenna Golden, Twitter's director …, said``, ``Ann Butz, 49, of Salem,
said``), a parenthesis or a party and state (``Rep. John Doe (R-Ohio) said``,
``Doe, R-Ohio, said``), a short aside (``Roe, visibly tired, replied``) or a phrase
(``Roe, in a statement released Thursday, said``); only the appositive gives a role. A role
word before a name may be one of the listed role nouns or shaped like one (``pollster``,
``speechwriter``, ``co-founder``: :func:`is_role_word`).

People merge by surname (``Kollar-Kotelly`` and ``Judge Colleen Kollar-Kotelly`` are one
person, named by the fullest form; two different first names stay two people). The role
shown is the longest title, else the first role phrase or appositive (``a Bill Clinton
appointee`` → ``Bill Clinton appointee``; relative clauses such as ``who led the lawsuit`` are
context, not roles). A lone capitalised word is not a name when the article also uses it
in lower case or it is a common subject (``Critics say``).

Resolving a phrase found next to a speech verb (:func:`reader.analysis.speaker_phrases.np_before`,
:func:`~reader.analysis.speaker_phrases.np_after`):

``name``         the registry's person with that name or surname (added if new);
``he``/``she``   the most recent *salient* person: not one named inside ``by President Barack
                 Obama`` or ``a Bill Clinton appointee``; a person of the other known gender is
                 skipped (genders come from honorifics, gendered role nouns, first names:
                 :mod:`reader.analysis.first_names`, and earlier pronouns), and when the
                 nearest person who fits is more than 600 characters back, nobody;
``the judge``    the most recent person whose titles, roles and appositives contain the noun and
                 every capitalised modifier (``the Obama judge`` → the judge appointed by Obama);
                 when nobody is so described and nobody at all is named before it, the one
                 person named just ahead with that role (:mod:`reader.analysis.speaker_ahead`);
                 else the one person named (salient) in the last 300 characters, if there is
                 exactly one of a compatible gender, else nobody; a description resolved counts
                 as a salient mention of its person (``the judge said … She added``);
``a judge``      (indefinite: ``a judge who told him``, ``A prosecutor called X``) the one person
                 named just ahead with that role, when no one named before fits it;
``the court``    (a bare institution noun: court, agency, committee …, ``ORG_HEADS``) the
                 organisation the registry knows by a name ending in it, when the text before
                 names one such institution only (``the state Supreme Court``), else nobody.

Anything else (``court documents``, ``they``, a person description with no matching person,
an indefinite one that is generic or plural: ``a senior official familiar with …``, ``one
Democrat``, ``prosecutors``) resolves to nobody: a speaker is never guessed. Organisations named as
subjects (``the IRS said``) are speakers of kind ``organization``.

The word lists are :mod:`reader.analysis.speaker_lexicon`'s, the words and capitalised runs of a
sentence :mod:`reader.analysis.speaker_words`'.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from itertools import compress, count
from operator import itemgetter

from reader.analysis.first_names import first_name_gender
from reader.analysis.speaker_ahead import indefinite_head, named_ahead
from reader.analysis.speaker_embeds import embedded_posts, outside
from reader.analysis.speaker_institutions import distinct_names, ends_with, institution_names
from reader.analysis.speaker_lexicon import (
    APPOS_OPENERS,
    COMMON_SUBJECTS,
    CONNECTORS,
    FILL,
    GENDERED,
    HONORIFICS,
    ORG_HEADS,
    ORG_WORDS,
    ROLE_NOUNS,
    STOP_CAPS,
    SUFFIXES,
    TITLES,
    VERB_SET,
    VERB_WORDS,
    WINDOW,
    appositive_role,
    is_role_word,
)
from reader.analysis.speaker_phrases import NP, name_at, np_after
from reader.analysis.speaker_words import Word, cap_runs, capitalised, joins, only_space, word_pattern, words

_INF = float("inf")
# the subject opening a sentence, after a connective: group 1 when it opens with "the"
_ORG_SUBJECT_RE = re.compile(r"[\s\ue000]*(?:(?:But|And|Still|Meanwhile|However|Instead|Separately),?\s+)?"
                             r"(?:(the|The)\s+(?=[A-Z]))?")
_PRONOUN_REACH = 600   # how far back a pronoun looks past a person of the other gender, in characters
_EPITHET_REACH = 300   # how far back a new description (the billionaire) looks for its one person
_APPOS_END_RE = re.compile(", " + VERB_WORDS + r"\b")              # X, a lawyer, said
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}?" + VERB_WORDS + r"\b")   # X (later) said
_APPOSITIVE_COMMA_RE = re.compile(r",\s+(?:a|an)\s")
# maximal runs of word characters, apostrophes and hyphens (the lower-case words of the
# text are those of them that start with a letter and have no capital)
_RUN_RE = re.compile(r"[\w’'-]+")
# a people or a group named in capitals, never one speaker: Americans, Iowans, Democrats, Muslims
_GROUP_NAME_RE = re.compile(r"[A-Z][a-z]{2,}(?:ians|icans|eans|wans|xans|bans)|(?:Democrats|Republicans|Liberals|"
                            r"Conservatives|Progressives|Evangelicals|Christians|Muslims|Jews|Catholics|Latinos|"
                            r"Hispanics|Blacks|Whites|Asians|Millennials|Independents|Libertarians)")
_AGED_RE = re.compile(r",\s+\d{1,3},\s")
_OWNED_ORGS = {"campaign", "office", "team", "camp", "administration", "staff"}
_PREP_BEFORE = {"by", "of", "with", "to", "for", "from", "against", "about", "on", "in", "at", "a", "an",
                "the", "his", "her", "their", "its", "our", "under", "than"}
_ABBREVIATED = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General",
                "Lt.": "Lieutenant", "Sgt.": "Sergeant", "Capt.": "Captain", "Prof.": "Professor",
                "Dr.": "Doctor", "Col.": "Colonel", "Adm.": "Admiral", "Maj.": "Major", "Rev.": "Reverend"}
_TEXT = itemgetter(2)       # a word's text
# after this many words looked for one by one (a scan of the text each), every lower-case
# word is found at once (a scan that costs some 80 of those)
_ASKS_BEFORE_ALL = 40
_KEEP_WORDS_BELOW = 250_000      # characters: the Registry keeps each sentence's words below


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


def _in_run(c: str) -> bool:
    """A character of a word run: a word character (``\\w``), an apostrophe or a hyphen."""
    return c.isalnum() or c in "_’'-"


def _lower_case_word(w: str) -> bool:
    """A run that opens with a letter (no digit or _) and has no capital."""
    return w.islower() and (w[0].isalpha() or (w[0] not in "’'-_" and not w[0].isdecimal()))



def _mention(person: Person, pos: int) -> None:
    """A description resolved to ``person`` at ``pos`` counts as a salient mention of them."""
    k = bisect.bisect_left(person.salient, pos)
    if k == len(person.salient) or person.salient[k] != pos:
        person.salient.insert(k, pos)


def _last_before(positions: list[int], pos: int) -> int:
    """The last of the sorted ``positions`` before ``pos``, or -1."""
    k = bisect.bisect_left(positions, pos)
    return positions[k - 1] if k else -1


def _title_run(ws: list[str]) -> tuple[int, int, str | None]:
    """(k, t, gender) for the words of a capitalised run: ws[:k] are sentence-initial
    function words, ws[k:t] titles, honorifics and role nouns (``Police Chief | Mark Ruiz``),
    and an honorific's gender."""
    n = len(ws)
    if n == 1:                                          # most runs: one word, no title left of it
        return (1, 1, None) if ws[0] in STOP_CAPS else (0, 0, None)
    k = 0
    while k < n and ws[k] in STOP_CAPS:
        k += 1
    gender, t = None, k
    while t < n - 1 and (ws[t] in TITLES or ws[t] in HONORIFICS or ws[t].lower() in ROLE_NOUNS
                         or (ws[t] in CONNECTORS and t > k)):
        gender = HONORIFICS.get(ws[t], gender)
        t += 1
    if t >= n - 2:                                      # no word left that could end a later title
        return k, t, gender
    last = max((m + 1 for m in range(t, n - 2)
                if (ws[m] in TITLES or ws[m].lower() in ROLE_NOUNS) and ws[m + 1] not in CONNECTORS), default=t)
    return k, last, gender


@functools.lru_cache(maxsize=8192)
def _is_org(name: str) -> bool:
    """Whether a name is an organisation's: an organisation word, an acronym, or a person's
    campaign, office or team (``Clinton's campaign``). Cached: asked of every name found."""
    ws = name.split()
    return (not ORG_WORDS.isdisjoint(ws) or (len(ws) == 1 and len(name) > 1 and name.isupper())
            or (len(ws) > 1 and ws[-1] in _OWNED_ORGS and ws[-2].endswith(("’s", "'s"))))



def _quote_opens(appos: str) -> bool:
    """Whether a quotation follows an appositive's first word (``an “operational event” of
    this kind …``: the sentence goes on past the name, no appositive; ``author of “…”`` is one)."""
    return appos.partition(" ")[2].lstrip()[:1] == FILL


def _titled_org(ws: list[str]) -> bool:
    """``Supreme Court``, ``U.S. District Court``: title words only, ending with an
    organisation's (an institution named by its titles, not a title before a name)."""
    return len(ws) >= 2 and ws[-1] in ORG_WORDS and TITLES.issuperset(ws)


@functools.lru_cache(maxsize=8192)
def _given_name_first(name: str) -> bool:
    """``Carole Bower``, ``Mark Weddle``: two or three words opening with a given name the
    first-name list knows; a person wherever the article names them."""
    ws = name.split()
    return 2 <= len(ws) <= 3 and not _is_org(name) and first_name_gender(name) is not None


class Registry:
    """The people (and organisations) one article names, found as the module docstring describes."""

    def __init__(self, masked: str, sentences: list[tuple[int, int]]):
        self.text = masked
        self.sentences = sentences
        self.people: list[Person] = []
        # indexes into ``people`` (ascending) by name and, for people only, by surname: find()
        # looked at every person before (quadratic in the names an article has)
        self._by_name: dict[str, list[int]] = {}
        self._by_surname: dict[str, list[int]] = {}
        self._position: dict[int, int] = {}     # id(person) -> its index in people
        self.full_named: set[str] = set()     # last words of the full names (Donald Trump) the article uses
        # the text's lower-case words (see _used_in_lower_case): each looked for as asked, or
        # all found at once when many are asked
        self._lower: set[str] | None = None
        self._asked: dict[str, bool] = {}
        # what the attribution rules found of a sentence of the text, by sentence span: what
        # depends on the text alone, asked again for each quote in it (a sentence of thousands
        # of quotes made that quadratic)
        self.sentence_facts: dict[tuple[str, int, int], bool] = {}
        self._institutions: dict[str, list[tuple[int, str]]] = {}    # (the court: see _institution)
        self._words = word_pattern(masked)
        # each sentence's words, kept for the second pass in a text of ordinary length (in a
        # long one they would hold 150 MB at the 5 MB limit: found again there)
        keep = len(masked) <= _KEEP_WORDS_BELOW
        sentence_words, sentence_caps = self._define_all(keep)
        self._mention_all(keep, sentence_words, sentence_caps)
        posts = embedded_posts(masked)
        for p in self.people if posts else ():      # (an embedded tweet's names: no pronoun's antecedents)
            p.salient = outside(p.salient, posts)

    def _define_all(self, keep: bool) -> tuple[list[list[Word]], list[list[int]]]:
        """The first pass: every person a capitalised run of a sentence defines (``_define``).
        Gives each sentence's words and the indexes of its capitalised words when ``keep``
        (else two empty lists)."""
        masked = self.text
        sentence_words: list[list[Word]] = []
        sentence_caps: list[list[int]] = []
        for s, e in self.sentences:
            toks = words(masked, s, e, self._words)
            caps, runs = cap_runs(masked, toks)
            if keep:
                sentence_words.append(toks)
                sentence_caps.append(caps)
            for i, j in runs:
                if i == j:
                    self._define_word(toks, i, e)
                    continue
                np = self.name_np(toks, i, j)
                if np is not None:                               # “…,” said Smith: defined by the verb before
                    spoken = i > 0 and toks[i - 1][2] in VERB_SET
                    self._define(np, toks[j][1], e, spoken)
                    if 2 <= len(np.name.split()) <= 4 and not _is_org(np.name):
                        self.full_named.add(np.name.split()[-1])
        return sentence_words, sentence_caps

    def _mention_all(self, keep: bool, sentence_words: list[list[Word]], sentence_caps: list[list[int]]) -> None:
        """The second pass: every mention of a person found by surname (or its possessive) in
        every sentence (``_occurrences``); each sentence's words (and the indexes of its
        capitalised words) are ``_define_all``'s when it kept them (``keep``), else found again."""
        by_surname: dict[str, list[Person]] = {}
        for p in self.people:
            if p.kind == "person":
                by_surname.setdefault(p.surname, []).append(p)
        # the words that name one of them: a surname, or its possessive
        keys = ({k for k in by_surname if not k.endswith(("’s", "'s"))}
                | {k + q for k in by_surname for q in ("’s", "'s")})
        # (a surname is a capitalised word, but for a name cut before "of" ending in a particle:
        # then every word is looked at)
        all_capitalised = all(key[:1].isupper() for key in keys)
        for k, (s, e) in enumerate(self.sentences):
            if keep and all_capitalised:
                toks = sentence_words[k]
                hits = [n for n in sentence_caps[k] if toks[n][2] in keys]
            else:
                toks = sentence_words[k] if keep else words(self.text, s, e, self._words)
                hits = list(compress(count(), map(keys.__contains__, map(_TEXT, toks))))
            if hits:
                self._occurrences(s, toks, hits, by_surname)

    def _define_word(self, toks: list[Word], i: int, e: int) -> None:
        """``_define`` for a capitalised run of one word, toks[i] (not in STOP_CAPS), as the
        first pass would do it with ``name_np``, in another order: a one-word name has no
        title, no honorific's gender, no age after it that counts and is no given name and
        surname, so only a role before it, an appositive, a verb of saying before or after it
        define it; those (read from the text alone) are asked first, and whether the word
        could name someone (asked of the registry) only when one of them holds. Most capitalised
        words define no one: no NP is made for them."""
        start, end, w = toks[i]
        # (_premodifier's first test in place: most words have no role word before them)
        role, role_start = self._premodifier(toks, i) if i and is_role_word(toks[i - 1][2]) else ("", 0)
        # (an appositive opens with ", ": asked in place, no call for the many names without one)
        appos = self._appositive(end, e) if self.text.startswith(", ", end, e) else ""
        if ((role or appos or (i > 0 and toks[i - 1][2] in VERB_SET)
             or _SPEAKS_AFTER_RE.match(self.text, end, min(e, end + WINDOW)) is not None)
                and self._could_name_word(w)):
            self.add(NP("name", role_start if role else start, end, name=w, role=role), appositive=appos)

    def _appositive(self, end: int, e: int) -> str:
        """The appositive after a name ending at ``end`` in the sentence ending at ``e``
        (``, a lawyer for …``), or ""."""
        # what follows, text[end:stop], read in place (a copy of it for every name cost more
        # than the tests below; the patterns see the same string end at stop)
        text, stop = self.text, min(e, end + WINDOW)
        if text.startswith(", ", end, stop):
            rest = text[end + 2:stop]
            if rest.split(" ", 1)[0] in APPOS_OPENERS:
                verb = _APPOS_END_RE.search(rest)
                cut = verb.start() if verb else rest.find(",")
                appos = rest[: cut if cut >= 0 else len(rest)].strip().rstrip(".")
                return "" if _quote_opens(appos) else appos     # (X, an “event” of …: no appositive)
        return ""

    def _define(self, np: NP, end: int, e: int, spoken: bool = False) -> None:
        """Register the name if this mention defines a person: title, role, appositive or speech."""
        text, stop = self.text, min(e, end + WINDOW)
        appos = self._appositive(end, e) if text.startswith(", ", end, e) else ""
        # the cheap tests first: the patterns only when none of them holds
        if (np.title or np.role or appos or spoken or np.modifiers
                or _SPEAKS_AFTER_RE.match(text, end, stop) is not None                      # X (later) said
                or (_AGED_RE.match(text, end, stop) is not None and len(np.name.split()) >= 2)  # Dewayne Smithy, 33,
                or _given_name_first(np.name)):
            self.add(np, appositive=appos)

    def name_np(self, toks: list[Word], i: int, j: int) -> NP | None:
        """Tokens i..j (a capitalised run) as a name: leading titles and honorifics split off,
        sentence-initial function words dropped; ``None`` when no name is left."""
        if i == j:                      # most runs: one word, so no title and no "of" in it
            w = toks[i][2]
            if w in STOP_CAPS or not self._could_name_word(w):
                return None
            role, start = self._premodifier(toks, i) if i and is_role_word(toks[i - 1][2]) else ("", 0)
            return NP("name", start if role else toks[i][0], toks[i][1], name=w, role=role)
        ws = [t[2] for t in toks[i:j + 1]]
        k, t, gender = _title_run(ws)
        if t > k and _titled_org(ws[k:]):                         # the Supreme Court: no title, a court
            t = k
        names = ws[t:]
        if "of" in names[2:] and not _is_org(" ".join(names)):   # Peter T. King | of New York
            j = i + t + names.index("of") - 1
            names = names[:names.index("of")]
        if not self._could_name(names):
            return None
        title = " ".join(w for w in ws[k:t] if w not in HONORIFICS) if t > k else ""
        if (title and i > 0 and toks[i - 1][2] in ("former", "then")
                and only_space(self.text, toks[i - 1][1], toks[i][0])):
            title = toks[i - 1][2] + " " + title
        role, start = self._premodifier(toks, i) if i and is_role_word(toks[i - 1][2]) else ("", 0)
        return NP("name", start if role else toks[i + k][0], toks[j][1], name=" ".join(names), title=title, role=role,
                  modifiers=(gender,) if gender else ())

    def _could_name(self, names: list[str]) -> bool:
        """Whether these words can name someone: no function word, possessive or title alone,
        not two names joined by "and"; one word only if known or not a common word."""
        if (not names or not STOP_CAPS.isdisjoint(names) or names[-1].endswith(("’s", "'s"))
                or names[0] in CONNECTORS):
            return False
        if TITLES.issuperset(names):                            # a title alone, unless a known
            return ((len(names) == 1 and self.find(names[0]) is not None)   # surname (Charlie King: Mr. King)
                    or _titled_org(names))                                 # or an organisation (Supreme Court)
        name = " ".join(names)
        if ("and" in names or "for" in names) and not _is_org(name):
            return False                                        # two people, or no one
        return len(names) != 1 or self.find(name) is not None or not self._common_word(name.lower())

    def _could_name_word(self, w: str) -> bool:
        """``_could_name([w])`` for a word not in STOP_CAPS (the same tests, one word)."""
        if w.endswith(("’s", "'s")) or w in CONNECTORS:
            return False
        if w in TITLES:
            return self.find(w) is not None
        if (w == "and" or w == "for") and not _is_org(w):
            return False
        return self.find(w) is not None or not self._common_word(w.lower())

    def _common_word(self, low: str) -> bool:
        """Whether a lone capitalised word (lower-cased) is an ordinary word, not a name: a
        common subject or role noun, or a word the text also writes in lower case."""
        return (low in COMMON_SUBJECTS or low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS
                or self._used_in_lower_case(low))

    def _used_in_lower_case(self, low: str) -> bool:
        """Whether the text has ``low`` as a word of its own (a maximal run of word characters,
        apostrophes and hyphens) that opens with a letter and has no capital."""
        if self._lower is None and len(self._asked) >= _ASKS_BEFORE_ALL:
            self._lower = {w for w in set(_RUN_RE.findall(self.text)) if _lower_case_word(w)}
        if self._lower is not None:
            return low in self._lower
        if low not in self._asked:
            text, n, found = self.text, len(low), False
            if _lower_case_word(low):
                at = text.find(low)
                while at >= 0 and not found:
                    found = (not (at and _in_run(text[at - 1]))
                             and not (at + n < len(text) and _in_run(text[at + n])))
                    at = text.find(low, at + 1)
            self._asked[low] = found
        return self._asked[low]

    def _premodifier(self, toks: list[Word], i: int) -> tuple[str, int]:
        """``Department of Homeland Security spokesperson`` before a name, back to the clause start."""
        if i == 0 or not is_role_word(toks[i - 1][2]) or capitalised(toks[i - 1][2]):
            return "", 0
        k = i - 1
        while (k > 0 and i - k < 8 and only_space(self.text, toks[k - 1][1], toks[k][0])
               and toks[k - 1][2] not in VERB_SET):
            k -= 1
        while k < i - 1 and (toks[k][2].lower() in _PREP_BEFORE | {"and", "that", "while", "as"}
                             or toks[k][2] in STOP_CAPS or toks[k][2] == "year-old"):   # (23-year-old: no role)
            k += 1
        return self.text[toks[k][0]:toks[i - 1][1]], toks[k][0]

    def add(self, np: NP, appositive: str = "") -> Person:
        kind = "organization" if _is_org(np.name) else "person"
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
            for g in np.modifiers + tuple(GENDERED.get(w) for w in (np.role + " " + np.title).lower().split()):
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

    def _occurrences(self, s: int, toks: list[Word], hits: list[int], by_surname: dict[str, list[Person]]) -> None:
        """Every mention of a known person in the sentence starting at ``s`` (its ``words``;
        ``hits``: the indexes of those naming one); salient ones are not after a preposition,
        an article or a possessive, and not inside a ``, a …`` appositive; a possessive
        (``Lee’s``) is salient only opening its sentence or after punctuation."""
        text = self.text
        for n in hits:
            a, _, w = toks[n]
            base = w[:-2] if w.endswith(("’s", "'s")) else w
            people = by_surname[base]
            for p in people:
                p.mentions.append(a)
            k = n - 1
            floor = n - 6 if n > 6 else 0
            # (the gaps between words: one space, most of them, seen without only_space's call)
            while k >= floor:                           # (former Secretary of State Ann Lee: of inside a title)
                before, gap = toks[k][2], toks[k][1]
                if not ((before[:1].isupper() or before == "former"
                         or (before == "of" and k > 0 and toks[k - 1][2][:1].isupper()))
                        and ((toks[k + 1][0] == gap + 1 and text[gap] == " ")
                             or only_space(text, gap, toks[k + 1][0]))):
                    break
                k -= 1
            if k >= 0:
                gap = toks[k][1]
                spaced = (toks[k + 1][0] == gap + 1 and text[gap] == " ") or only_space(text, gap, toks[k + 1][0])
                prev = toks[k][2] if spaced else ""
            else:
                prev = ""
            # a possessive counts when it opens its sentence or follows punctuation (Lee’s lawsuit …);
            # (the appositive's comma looked for only then)
            if prev.lower() not in _PREP_BEFORE and (base == w or k < 0 or prev == ""):
                comma = text.rfind(",", s if s > a - WINDOW else a - WINDOW, a)
                if not (comma >= 0 and _APPOSITIVE_COMMA_RE.match(text, comma, a) is not None):
                    for p in people:
                        p.salient.append(a)

    def subject(self, s: int, hi: int) -> NP | None:
        """The sentence's own subject when it is a person: a pronoun or a titled or known name."""
        toks = words(self.text, s, hi, self._words)
        k = 0
        while k < len(toks) and toks[k][2] in STOP_CAPS and toks[k][2] not in ("He", "She"):
            k += 1
        if k == len(toks):
            return None
        if toks[k][2] in ("He", "She"):
            return NP("pronoun", toks[k][0], toks[k][1], name=toks[k][2])
        j = k
        while capitalised(toks[k][2]) and joins(self.text, toks, j):
            j += 1
        np = self.name_np(toks, k, j) if capitalised(toks[k][2]) else None
        return np if np is not None and (np.title or self.find(np.name)) and not _is_org(np.name) else None

    def resolve(self, np: NP, pos: int) -> tuple[str | None, str | None, str | None]:
        """(speaker, role, kind) for a phrase at ``pos``; all ``None`` when it names nobody
        the article identifies (nor a group: ``Americans say``, ``Democrats argue``)."""
        if np.kind == "name" and _GROUP_NAME_RE.fullmatch(np.name):
            return None, None, None
        if np.kind == "name":
            person: Person | None = self.find(np.name) or self.add(np)
            if person is not None and np.title and np.title not in person.titles:
                person.titles.append(np.title)
        elif np.kind == "pronoun" and np.name.lower() == "it":
            person = self._it(pos)
        elif np.kind == "pronoun":
            person = self._pronoun(np, pos)
        elif np.kind == "description":
            person = self._described(np, pos)
        elif np.kind == "indefinite":
            person = self._indefinite(np, pos)
        else:
            person = None
        if person is not None and np.kind in ("description", "indefinite"):
            _mention(person, pos)           # (the judge said … She added: the judge is who she is)
        return (person.name, person.role, person.kind) if person is not None else (None, None, None)

    def _it(self, pos: int) -> Person | None:
        """``it`` (said): the organisation opening the sentence before as its subject (``The
        Business Council opposed an increase. “…,” it recommended.``), when the registry
        knows it as one; a report, an ad or anything else there names nobody."""
        k = bisect.bisect_right(self.sentences, (pos, _INF)) - 1
        if k < 1:
            return None
        lo, hi = self.sentences[k - 1]
        head = _ORG_SUBJECT_RE.match(self.text, lo, hi)
        if head is None:
            return None
        np = np_after(self, head.end(), hi) if head.group(1) else name_at(self, head.end(), hi)
        if np is None or np.kind != "name":
            return None
        if not _is_org(np.name):
            return None
        person = self.find(np.name, "organization") or self.add(np)
        return person if person.kind == "organization" else None

    def _pronoun(self, np: NP, pos: int) -> Person | None:
        """The most recent salient person of a compatible gender (which the pronoun then sets)."""
        gender = "f" if np.name.lower() == "she" else "m"
        people = [p for p in self.people if p.kind == "person"]
        recent = sorted(((_last_before(p.salient, pos), p) for p in people), key=lambda c: -c[0])
        skipped = False
        for at, p in recent:
            if at < 0:
                break
            if p.gender not in (None, gender):
                skipped = True                                  # she, after Tom Ebeling
                continue
            if skipped and pos - at > _PRONOUN_REACH:
                return None                                     # the nearest fit is too far back: abstain
            p.gender = gender
            return p
        return None

    def _described(self, np: NP, pos: int) -> Person | None:
        """The most recent person whose titles and roles contain the head noun and every modifier
        (for an institution's head noun: :meth:`_institution`)."""
        head = np.name.lower()
        if head in ORG_HEADS:
            return self._institution(head, pos)
        found = []
        for p in self.people:
            if p.kind != "person":
                continue
            at = _last_before(p.mentions, pos)
            text = p.describes()
            if (at >= 0 and re.search(rf"\b{re.escape(head)}", text)
                    and p.gender in (None, GENDERED.get(head, p.gender))
                    and all(m.lower() in text for m in np.modifiers)):
                found.append((at, p))
        if found:
            return max(found, key=lambda c: c[0])[1]
        if not any(p.kind == "person" and p.mentions and p.mentions[0] < pos for p in self.people):
            # (the judge, before anyone is named: the one named just ahead; once someone is,
            # a definite description stands for someone known, as a rule)
            ahead = named_ahead(self.people, self.text, (head, np.modifiers), pos, self._sentence_end(pos))
            if ahead is not None:
                return ahead
        return self._only_one_near(np, pos)

    def _institution(self, head: str, pos: int) -> Person | None:
        """``the court`` (said): the organisation the registry knows by a name ending in that
        noun, capitalised (``Supreme Court``), when the text before ``pos`` names one such
        institution only (``the Ohio Supreme Court`` … ``the state Supreme Court``: one); nobody
        when it names two (``the District Court`` and ``the Supreme Court``) or none."""
        word = head.capitalize()
        if word not in self._institutions:
            self._institutions[word] = institution_names(self.text, word)
        named = distinct_names(self._institutions[word], pos)
        if len(named) != 1:
            return None
        found = [p for p in self.people if p.kind == "organization" and ends_with(named[0], p.name)]
        return found[0] if len(found) == 1 else None

    def _indefinite(self, np: NP, pos: int) -> Person | None:
        """``a judge`` (who told him), ``A prosecutor`` (called him): the one person named
        just ahead with that role (:mod:`reader.analysis.speaker_ahead`), else nobody."""
        described = indefinite_head(np.name)
        if described is None:
            return None
        return named_ahead(self.people, self.text, described, pos, self._sentence_end(pos))

    def _sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (``pos`` itself outside every sentence)."""
        k = bisect.bisect_right(self.sentences, (pos, _INF)) - 1
        return self.sentences[k][1] if k >= 0 and self.sentences[k][1] > pos else pos

    def _only_one_near(self, np: NP, pos: int) -> Person | None:
        """``the billionaire`` said, with no earlier person so described: the one person the
        article named in the last ``_EPITHET_REACH`` characters, when there is exactly one
        (of a compatible gender); with two or more, nobody."""
        gender = GENDERED.get(np.name.lower())
        near = [p for p in self.people if p.kind == "person" and _last_before(p.salient, pos) >= pos - _EPITHET_REACH
                and _last_before(p.salient, pos) >= 0]
        if len(near) != 1 or near[0].gender not in (None, gender or near[0].gender):
            return None
        return near[0]

