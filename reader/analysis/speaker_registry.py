"""Who is meant: the people (and organisations) one article names, as a :class:`Registry`
the speaker rules ask (:mod:`reader.analysis.quote_attribution`).

A registry is built from *defining* mentions in the article text with its quotations
blanked out (so words inside a quote never name its speaker):

* a title before the name: ``U.S. District Judge Colleen Kollar-Kotelly``, ``President Trump``,
  ``Mr. Joe Hill`` (an honorific also gives the gender);
* a role phrase before it: ``Department of Homeland Security spokesperson Tricia McLaughlin``
  (a noun phrase: ``Roe thanked council member Ana Ruiz`` gives ``council member``), or a
  capitalised role word opening the run (``Engineer Tom Baker``);
* an appositive after it: ``Skye Perryman, president of Democracy Forward``,
  ``Kollar-Kotelly, a Bill Clinton appointee``, ``Indira Talwani, appointed … by President Barack Obama``;
* an honorific before it, gendered or not: ``Dr Ann Roe``;
* a speech verb after (not after a preposition: ``Parents in the West Midlands have been
  urged``) or just before it: ``Chen said``, ``said Chen``, or after the commas
  setting it off from the description before it (``the county's director of public
  health, Ann Roe, said``).

Between a name and its speech verb there may be an appositive (``Jane Roe, a California
Democrat, said``, ``Jenna Golden, Twitter's director …, said``, ``Ann Butz, 49, of Salem,
said``), a parenthesis or a party and state (``Rep. John Doe (R-Ohio) said``,
``Doe, R-Ohio, said``), a short aside (``Roe, visibly tired, replied``) or a phrase
(``Roe, in a statement released Thursday, said``); only the appositive gives a role. A role
word before a name may be one of the listed role nouns or shaped like one (``pollster``,
``speechwriter``, ``co-founder``: :func:`is_role_word`).

The first pass (this module) reads every capitalised run of every sentence as a name
(:meth:`Registry.name_np`: titles split off, :mod:`reader.analysis.speaker_names`) and adds
the person a defining mention names (:class:`reader.analysis.speaker_people.People`: people
merge by surname; the role shown is the longest title, else the first role phrase or
appositive: ``a Bill Clinton appointee`` → ``Bill Clinton appointee``; relative clauses such
as ``who led the lawsuit`` are context, not roles). A lone capitalised word is not a name
when the article also uses it in lower case or it is a common subject (``Critics say``:
:mod:`reader.analysis.speaker_common`). The second pass finds every mention of each person
(:mod:`reader.analysis.speaker_mentions`); names in an embedded post are no pronoun's
antecedents (:mod:`reader.analysis.speaker_embeds`).

Who a phrase next to a speech verb names (a name, ``he``/``she``, ``it``, ``the judge``, ``a
judge``, ``the court``) is :func:`reader.analysis.speaker_resolve.resolve`'s to say
(:meth:`Registry.resolve`). The word lists are :mod:`reader.analysis.speaker_lexicon`'s, the
words and capitalised runs of a sentence :mod:`reader.analysis.speaker_words`'.
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import CITY
from reader.analysis.place_names import demonym, place_of
from reader.analysis.speaker_common import CommonWords
from reader.analysis.speaker_embeds import embedded_posts, outside
from reader.analysis.speaker_fronted import fronted_place
from reader.analysis.speaker_introduced import aged_before, bare_name, introduces_quotation
from reader.analysis.speaker_lexicon import (
    APPOS_OPENERS,
    ASIDE_NOUNS,
    CONNECTORS,
    HONORIFICS,
    LISTENER_VERBS,
    NUMBER_MARKS,
    PARTICLES,
    STOP_CAPS,
    TITLES,
    VERB_SET,
    VERB_WORDS,
    WINDOW,
    is_role_word,
    role_stop,
)
from reader.analysis.speaker_mentions import PREP_BEFORE, mention_all
from reader.analysis.speaker_modifiers import modified_name, state_people_word
from reader.analysis.speaker_names import given_name_first, is_org, quote_opens, title_run, titled_org
from reader.analysis.speaker_people import People
from reader.analysis.speaker_phrases import NP, possessive_role
from reader.analysis.speaker_resolve import resolve
from reader.analysis.speaker_words import (
    Word,
    cap_runs,
    capitalised,
    linked_runs,
    only_space,
    run_end,
    word_pattern,
    words,
)

_APPOS_END_RE = re.compile(", " + VERB_WORDS + r"\b")              # X, a lawyer, said
# "Columbus, Ohio, whose …": a town, a comma, then the word (a state or a country)
_TOWN_BEFORE_RE = re.compile(r"[A-Z][A-Za-z.'’-]+,\s+$")


def _state_of_town(text: str, start: int, w: str) -> bool:
    """Whether the one word ``w`` at ``start`` is the state or country of a town named
    right before it ("Sarah Kimball of Columbus, Ohio, whose son …"): a place, not a person
    an appositive describes (a pronoun after it then found "Ohio")."""
    return (_TOWN_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            and (place := place_of(w)) is not None and place.kind != CITY)


_SPEAKS_AFTER_RE = re.compile(r"\s+(?P<skip>(?:\w+\s+){0,2}?)(?P<verb>" + VERB_WORDS + r")\b")   # X (later) said


def _speaks_after(text: str, end: int, stop: int) -> bool:
    """Whether a verb of saying follows the name ending at ``end`` (``X said``, ``X later
    said``), the name its subject: not when a word between is a role noun the name only
    modifies ("The Idaho governor said": the governor speaks, "Idaho" is no one), nor the
    plural noun "states" right after it ("the Western states")."""
    m = _SPEAKS_AFTER_RE.match(text, end, stop)
    if m is None:
        return False
    if m["verb"] == "states" and not m["skip"]:
        return False
    return not any(is_role_word(w) for w in m["skip"].split())
_AGED_RE = re.compile(r",\s+\d{1,3},\s")
# a preposition (and an article) before a name: the name is no subject of the verb after it
# ("Parents in the West Midlands have been urged": the parents)
_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:in|of|from|at|across|around|throughout|near|for|with|by|on)"
                                    r"\s+(?:the\s+)?$")
# a name set off by commas after the words describing it, then a verb of saying:
# "Sandwell's director of public health, | Ann Roe|, said"
_DESCRIBED_BEFORE_RE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*,\s+$")
_SAYS_AFTER_COMMA_RE = re.compile(r",\s+(?:\w+\s+)?" + VERB_WORDS + r"\b")
# verbs whose object is the one spoken to, not a speaker ("told The Hindu", "asked Rubio")
_TELLING = LISTENER_VERBS | {"tell", "asked", "asks", "asking"}
# who a person is, told before the name between commas: "His wife, | Jenna Olsen, said",
# "Then the Danish envoy, | Lars Berg, stood up"
# a name the text calls an organisation: "the campaign group Clean River Now", "the charity Open Doors"
_GROUP_NOUNS = ("group", "organization", "organisation", "charity", "nonprofit", "non-profit", "coalition", "alliance",
                "network", "campaign", "firm", "company", "carmaker", "automaker", "retailer", "chain", "watchdog",
                "body", "union", "agency", "newsletter", "magazine", "newspaper", "website", "blog", "publication",
                "broadcaster", "podcast", "tabloid")
_GROUP_BEFORE_RE = re.compile(r"\b(?:[Tt]he|an?)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_GROUP_NOUNS) + r")\s+$")
_ASIDE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                              r"(?P<role>(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z][a-zé-]+)),\s+$")
_KEEP_WORDS_BELOW = 250_000      # characters: the Registry keeps each sentence's words below


class Registry(People):
    """The people (and organisations) one article names, found as the module docstring describes."""

    def __init__(self, masked: str, sentences: list[tuple[int, int]]):
        super().__init__()
        self.text = masked
        self.sentences = sentences
        self.full_named: set[str] = set()     # last words of the full names (Donald Trump) the article uses
        self._common = CommonWords(masked)
        # what the attribution rules found of a sentence of the text, by sentence span: what
        # depends on the text alone, asked again for each quote in it (a sentence of thousands
        # of quotes made that quadratic)
        self.sentence_facts: dict[tuple[str, int, int], bool] = {}
        # the institutions the text names, by head noun (the court: speaker_resolve)
        self.named_institutions: dict[str, list[tuple[int, str]]] = {}
        self._words = word_pattern(masked)
        # each sentence's words, kept for the second pass in a text of ordinary length (in a
        # long one they would hold 150 MB at the 5 MB limit: found again there)
        keep = len(masked) <= _KEEP_WORDS_BELOW
        sentence_words, sentence_caps = self._define_all(keep)
        mention_all(masked, sentences, self.people, self._words,
                    sentence_words if keep else None, sentence_caps if keep else None)
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
        for k, (s, e) in enumerate(self.sentences):
            toks = words(masked, s, e, self._words)
            caps, runs = cap_runs(masked, toks)
            runs = linked_runs(masked, toks, runs)           # (FBI Special Agent | in | Charge Nora Kessler)
            if keep:
                sentence_words.append(toks)
                sentence_caps.append(caps)
            for i, j in runs:
                if i == j:
                    self._define_word(toks, i, e)
                    continue
                # (a possessive full name opening its sentence or a clause names a person:
                # "Dean Whitlock's team had fought back"; "candidate Hillary Clinton's email")
                opens = i == 0 or not masked[toks[i - 1][1]:toks[i][0]].isspace()
                np = self.name_np(toks, i, j, owner=opens)
                owned = self._quoted_owner(toks[i][0], toks[j][1], k) if np is None and opens else None
                np = owned or np
                if np is not None:                               # “…,” said Smith: defined by the verb before
                    spoken = owned is not None or (i > 0 and toks[i - 1][2] in VERB_SET
                                                   and toks[i - 1][2] not in _TELLING)
                    if not (np.title or np.role or spoken):
                        np, spoken = self._introduced(np, (s, e), k)
                    self._define(np, toks[j][1], e, spoken)
                    if 2 <= len(np.name.split()) <= 4 and not is_org(np.name):
                        self.full_named.add(np.name.split()[-1])
        return sentence_words, sentence_caps

    def _introduced(self, np: NP, sentence: tuple[int, int], k: int) -> tuple[NP, bool]:
        """Whether ``np`` names a person a feature introduces before quoting them with
        "he/she said" or marks by an age before the name
        (:mod:`reader.analysis.speaker_introduced`), with ``np`` given the pronoun's gender
        (a modifier) in the first case."""
        if is_org(np.name) or place_of(np.name) is not None:
            return np, False
        following = self.sentences[k + 1] if k + 1 < len(self.sentences) else None
        gender = introduces_quotation(self.text, np.name, np.start, np.end, sentence, following)
        cut, name = bare_name(np.name)
        if gender is None and not aged_before(self.text, np.start + cut):
            return np, False
        return NP(np.kind, np.start + cut, np.end, name=name, role=np.role,
                  modifiers=np.modifiers or ((gender,) if gender else ())), True

    def _quoted_owner(self, start: int, end: int, k: int) -> NP | None:
        """The owner a capitalised run in the possessive (``text[start:end]``, opening sentence
        ``k``) names when the next sentence quotes them by a pronoun only the owner can be
        ("Ada Roe-Lind's husband … “…,” she said": :func:`introduces_quotation`), with the
        pronoun's gender; None otherwise (an unknown given name, so ``_owner`` left it)."""
        if not self.text.endswith(("’s", "'s"), start, end) or k + 1 >= len(self.sentences):
            return None
        name = self.text[start:end - 2]
        if is_org(name) or place_of(name) is not None:
            return None
        gender = introduces_quotation(self.text, name, start, end - 2, self.sentences[k], self.sentences[k + 1])
        return NP("name", start, end - 2, name=name, modifiers=(gender,)) if gender else None

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
        appos = (self._appositive(end, e) if self.text.startswith(", ", end, e)
                 and not fronted_place(self.text, start, end) else "")        # (In Kwessanti, a long night)
        if ((role or appos or (i > 0 and toks[i - 1][2] in VERB_SET and toks[i - 1][2] not in _TELLING)
             or _speaks_after(self.text, end, min(e, end + WINDOW)))
                and self._could_name_word(w) and not _state_of_town(self.text, start, w)):
            np = NP("name", role_start if role else start, end, name=w, role=role)
            self.add(np, appositive=appos, org=self._called_group(np))

    def _appositive(self, end: int, e: int) -> str:
        """The appositive after a name ending at ``end`` in the sentence ending at ``e``
        (``, a lawyer for …``), or ""."""
        # what follows, text[end:stop], read in place (a copy of it for every name cost more
        # than the tests below; the patterns see the same string end at stop)
        text, stop = self.text, min(e, end + WINDOW)
        if text.startswith(", ", end, stop):
            rest = text[end + 2:stop]
            if rest.split(" ", 1)[0] in APPOS_OPENERS or possessive_role(rest):   # (Halden's head of …)
                verb = _APPOS_END_RE.search(rest)
                cut = verb.start() if verb else rest.find(",")
                appos = rest[: cut if cut >= 0 else len(rest)].strip().rstrip(".")
                return "" if quote_opens(appos) else appos     # (X, an “event” of …: no appositive)
        return ""

    def _define(self, np: NP, end: int, e: int, spoken: bool = False) -> None:
        """Register the name if this mention defines a person: title, role, appositive or speech,
        or an aside naming who the person is before the name ("His wife, Jenna Olsen,")."""
        text, stop = self.text, min(e, end + WINDOW)
        appos = (self._appositive(end, e) if text.startswith(", ", end, e)
                 and not fronted_place(text, np.start, end) else "")
        if not (np.role or np.title) and text.startswith(", ", end, e):
            aside = _ASIDE_BEFORE_RE.search(text, max(0, np.start - 60), np.start)
            if aside is not None and (aside["noun"] in ASIDE_NOUNS or is_role_word(aside["noun"])):
                gender = ASIDE_NOUNS.get(aside["noun"])
                np = NP(np.kind, np.start, np.end, name=np.name, role=aside["role"].lower(),
                        modifiers=np.modifiers or ((gender,) if gender else ()))
        # the cheap tests first: the patterns only when none of them holds
        if (np.title or np.role or appos or spoken or np.modifiers
                or (_speaks_after(text, end, stop)                                          # X (later) said
                    and _PREPOSITION_BEFORE_RE.search(text, max(0, np.start - 16), np.start) is None)
                or (_AGED_RE.match(text, end, stop) is not None and len(np.name.split()) >= 2)  # Dewayne Smithy, 33,
                or given_name_first(np.name)
                or self._apposed(np, end, stop)
                or text[np.start:np.start + 4].split(" ", 1)[0] in HONORIFICS):            # Dr Ann Roe (no gender)
            self.add(np, appositive=appos, org=self._called_group(np))

    def _called_group(self, np: NP) -> bool:
        """Whether the text calls the name a group before it: "the campaign group Clean River
        Now", "the industry newsletter Draw Desk" (read as a role), not a person's title."""
        if np.title or given_name_first(np.name):
            return False
        if np.role:
            return np.role.split()[-1].lower() in _GROUP_NOUNS
        return _GROUP_BEFORE_RE.search(self.text, max(0, np.start - 40), np.start) is not None

    def _apposed(self, np: NP, end: int, stop: int) -> bool:
        """Whether the name ``np`` (ending at ``end``) stands between commas after a lower-case
        word that ends its description, and a verb of saying follows: "the county's director
        of public health, Ann Roe, said" (a name of two words or more, no organisation's or place's)."""
        return (len(np.name.split()) >= 2 and not is_org(np.name) and place_of(np.name) is None
                and _SAYS_AFTER_COMMA_RE.match(self.text, end, stop) is not None
                and _DESCRIBED_BEFORE_RE.search(self.text, max(0, np.start - 40), np.start) is not None)

    def name_np(self, toks: list[Word], i: int, j: int, owner: bool = False) -> NP | None:
        """Tokens i..j (a capitalised run) as a name: leading titles and honorifics split off,
        sentence-initial function words dropped; ``None`` when no name is left. With
        ``owner`` (the first pass, defining people), a full name in the possessive names
        its owner ("Dean Whitlock's team"); a clause's subject is never one."""
        if i == j:                      # most runs: one word, so no title and no "of" in it
            w = toks[i][2]
            if w in STOP_CAPS or not self._could_name_word(w) or modified_name(self.text, w, toks[i][1]) is not None:
                return None             # (Nevada delegate Tom Kessel: Nevada is no one)
            role, start = self._premodifier(toks, i) if i and is_role_word(toks[i - 1][2]) else ("", 0)
            return NP("name", start if role else toks[i][0], toks[i][1], name=w, role=role)
        ws = [t[2] for t in toks[i:j + 1]]
        k, t, gender = title_run(ws)
        if t > k and titled_org(ws[k:]):                         # the Supreme Court: no title, a court
            t = k
        elif t == len(ws) - 1 and t > k and _MODIFIER_TITLES.issuperset(ws[k:t]):
            if not is_org(" ".join(ws[k:])):                     # Special Operations, Federal Reserve:
                return None                                      # a modifier and a noun, no one's name
            t = k                                                # (the State Department: an organisation)
        after_place = _after_office_of_place(ws)
        if after_place:                             # Drugs Controller General of India | Rajeev Raghuvanshi
            office = [w for w in ws[:-after_place] if w not in ("The", "the")]
            return NP("name", toks[j + 1 - after_place][0], toks[j][1], name=" ".join(ws[-after_place:]),
                      title=" ".join(office))
        names = ws[t:]
        cut = next((x for x in range(1, len(names)) if _says(names[x])), None)
        if cut is not None:                     # a headline's "Ann Lee Says …": the name ends at the verb
            names, j = names[:cut], i + t + cut - 1
        if names and modified_name(self.text, " ".join(names), toks[j][1]) is not None:
            return None                 # (Former Kansas governor Jane Pruitt: Kansas is no one)
        if i == 0 and t == k and _group_of(names, self._common) and not is_org(" ".join(names)):
            return None                 # (Residents of Corbel said: a group, no one's name)
        if "of" in names[2:] and not is_org(" ".join(names)):   # Peter T. King | of New York
            j = i + t + names.index("of") - 1
            names = names[:names.index("of")]
        end = toks[j][1]
        owned = _owner(names) if owner else None
        if owned is not None:                                    # Dean Whitlock's team: Dean Whitlock
            names, end = owned, end - 2
        if not self._could_name(names):
            return None
        if len(names) >= 3 and is_role_word(names[0].lower()) and given_name_first(" ".join(names[1:])):
            return NP("name", toks[i + t][0], end, name=" ".join(names[1:]), role=names[0].lower())
        title = " ".join(w for w in ws[k:t] if w not in HONORIFICS) if t > k else ""
        if (title and i > 0 and toks[i - 1][2] in ("former", "then")
                and only_space(self.text, toks[i - 1][1], toks[i][0])):
            title = toks[i - 1][2] + " " + title
        role, start = self._premodifier(toks, i) if i and is_role_word(toks[i - 1][2]) else ("", 0)
        return NP("name", start if role else toks[i + k][0], end, name=" ".join(names), title=title, role=role,
                  modifiers=(gender,) if gender else ())

    def _could_name(self, names: list[str]) -> bool:
        """Whether these words can name someone: no function word, possessive or title alone,
        not two names joined by "and"; one word only if known or not a common word."""
        if (not names or not STOP_CAPS.isdisjoint(names) or names[-1].endswith(("’s", "'s"))
                or names[-1] in NUMBER_MARKS                     # Juror No. 7: a number's mark, no name
                or (names[0] in CONNECTORS and not (names[0] in PARTICLES and capitalised(names[-1])))):
            return False
        if TITLES.issuperset(names):                            # a title alone, unless a known
            return ((len(names) == 1 and self.find(names[0]) is not None)   # surname (Charlie King: Mr. King)
                    or titled_org(names))                                 # or an organisation (Supreme Court)
        name = " ".join(names)
        if ("and" in names or "for" in names) and not is_org(name):
            return False                                        # two people, or no one
        if len(names) == 1 and _people_word(name) and self.find(name) is None:
            return False
        return len(names) != 1 or self.find(name) is not None or not self._common.common(name.lower())

    def _could_name_word(self, w: str) -> bool:
        """``_could_name([w])`` for a word not in STOP_CAPS (the same tests, one word)."""
        if (w.endswith(("’s", "'s")) or w in CONNECTORS or w in NUMBER_MARKS
                or (_people_word(w) and self.find(w) is None)):
            return False
        if w in TITLES:
            return self.find(w) is not None
        if (w == "and" or w == "for") and not is_org(w):
            return False
        return self.find(w) is not None or not self._common.common(w.lower())

    def _premodifier(self, toks: list[Word], i: int) -> tuple[str, int]:
        """``Department of Homeland Security spokesperson`` before a name: back over the noun
        phrase, stopping at a speech verb or a word that ends it (:func:`role_stop`: "Roe
        thanked council member Ana Ruiz" gives "council member")."""
        if i == 0 or not is_role_word(toks[i - 1][2]) or capitalised(toks[i - 1][2]):
            return "", 0
        k = i - 1
        while (k > 0 and i - k < 8 and only_space(self.text, toks[k - 1][1], toks[k][0])
               and toks[k - 1][2] not in VERB_SET and not self._role_stop(toks, k - 1)):
            k -= 1
        while k < i - 1 and (toks[k][2].lower() in PREP_BEFORE | {"and", "that", "while", "as"}
                             or toks[k][2] in STOP_CAPS or toks[k][2] == "year-old"):   # (23-year-old: no role)
            k += 1
        return self.text[toks[k][0]:toks[i - 1][1]], toks[k][0]

    @staticmethod
    def _role_stop(toks: list[Word], k: int) -> bool:
        """Whether a role phrase before a name stops at word ``k`` (:func:`role_stop`);
        "of" and "&" inside a name go on (``Department of Homeland Security spokesperson``)."""
        w = toks[k][2]
        if w in ("of", "&") and k > 0 and capitalised(toks[k - 1][2]) and capitalised(toks[k + 1][2]):
            return False
        return role_stop(w)

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
        j = run_end(self.text, toks, k) if capitalised(toks[k][2]) else k
        np = self.name_np(toks, k, j) if capitalised(toks[k][2]) else None
        return np if np is not None and (np.title or self.find(np.name)) and not is_org(np.name) else None

    def resolve(self, np: NP, pos: int) -> tuple[str | None, str | None, str | None]:
        """(speaker, role, kind) for a phrase at ``pos``; all ``None`` when it names nobody
        the article identifies (:func:`reader.analysis.speaker_resolve.resolve`)."""
        return resolve(self, np, pos)


# title words that only modify the title after them ("Special Agent", "State Senator"): before
# one capitalised word and nothing else, they make no title and that word no one's name
_MODIFIER_TITLES = {"Acting", "Appeals", "Assistant", "Bankruptcy", "Circuit", "Defense", "Democratic", "District",
                    "Federal", "Health", "Homeland", "Majority", "Minority", "Press", "Prime", "Republican",
                    "Security", "Senior", "Special", "State", "Supreme", "Treasury", "Vice"}


def _says(w: str) -> bool:
    """A verb of saying in the present, capitalised in a headline (``Says``, ``Warns``)."""
    return w.endswith("s") and w[:1].isupper() and w.lower() in VERB_SET


def _group_of(names: list[str], common: CommonWords) -> bool:
    """Whether a capitalised run opening its sentence (no title) is a plural common noun
    and "of" a place or a body ("Residents of Corbel", "Passengers of the 6:10"): a group
    of people, capitalised only by its place in the sentence. The noun is common when the
    word lists or the text's own lower-case words have it or its singular (a surname such
    as "Nevins of Showtime" is neither); an organisation's name may open so, and
    ``is_org`` keeps it."""
    if len(names) < 3 or names[1] != "of":
        return False
    head = names[0]
    return (head.endswith("s") and not head.endswith(("ss", "us", "is")) and head[1:].islower()
            and (common.common(head.lower()) or common.common(head[:-1].lower())))


def _people_word(w: str) -> bool:
    """A people's word, singular or plural (``Texan``, ``Chinese``, ``Americans``): alone, it
    names no one (``the Texan said`` is a description; a pronoun never stands for it),
    unless it is the surname of someone the article names in full (``Dale English``)."""
    return demonym(w) or (w.endswith("s") and demonym(w[:-1])) or state_people_word(w)


def _after_office_of_place(names: list[str]) -> int:
    """How many words end ``names`` as a person's name after an office "of" a place
    ("Drugs Controller General of India Rajeev Singh Raghuvanshi": 3; "Chief Minister of
    Assam Himanta Biswa Sarma": 3), else 0: the place one or two words the gazetteer
    knows, the name after it two to four words that are no organisation's."""
    if len(names) < 5 or "of" not in names[1:-3]:
        return 0
    k = names.index("of", 1)
    for n in (1, 2):
        rest = names[k + 1 + n:]
        if (2 <= len(rest) <= 4 and place_of(" ".join(names[k + 1:k + 1 + n])) is not None
                and not is_org(" ".join(rest)) and all(w[:1].isupper() for w in rest)):
            return len(rest)
    return 0


def _owner(names: list[str]) -> list[str] | None:
    """A full name in the possessive ("Dean Whitlock's team", "Leon Baptiste’s strike"):
    its words without the possessive, when they open with a known given name; else None."""
    if len(names) < 2 or not names[-1].endswith(("’s", "'s")) or len(names[-1]) < 4:
        return None
    bare = [*names[:-1], names[-1][:-2]]
    return bare if given_name_first(" ".join(bare)) else None
