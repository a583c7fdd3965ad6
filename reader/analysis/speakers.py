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

Resolving a phrase found next to a speech verb (:func:`np_before`, :func:`np_after`):

``name``         the registry's person with that name or surname (added if new);
``he``/``she``   the most recent *salient* person: not one named inside ``by President Barack
                 Obama`` or ``a Bill Clinton appointee``; a person of the other known gender is
                 skipped (genders come from honorifics, gendered role nouns, first names:
                 :mod:`reader.analysis.first_names`, and earlier pronouns), and when the
                 nearest person who fits is more than 600 characters back, nobody;
``the judge``    the most recent person whose titles, roles and appositives contain the noun and
                 every capitalised modifier (``the Obama judge`` → the judge appointed by Obama);
                 when nobody is so described, the one person named (salient) in the last 300
                 characters, if there is exactly one of a compatible gender, else nobody.

Anything else (``the agency``, ``court documents``, ``they``, a person description with no
matching person, an indefinite one: ``a senior official``, ``one Democrat familiar with …``)
resolves to nobody: a speaker is never guessed. Organisations named as
subjects (``the IRS said``) are speakers of kind ``organization``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import compress, count
from operator import itemgetter

from reader.analysis.first_names import first_name_gender
from reader.text.speedups import native as _speedups

# patterns compiled once (re's own cache costs a look-up at every call)
_ARTICLE_START_RE = re.compile(r"^(?:a|an|the)\s+")
_DETERMINER_START_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
_LAST_CLAUSE_RE = re.compile(r"(?:.*[,;:]\s*)?")
_THE_NOUN_END_RE = re.compile(r"\b[Tt]he\s+((?:[\w’'\-]+\s+){0,3}?)([a-z]+)$")

_INF = float("inf")
FILL = "\ue000"  # stands for quoted text in the masked article
WINDOW = 400     # characters either side of a quote searched for its attribution
_COMMA_RE = re.compile(",")
# the subject opening a sentence, after a connective: group 1 when it opens with "the"
_ORG_SUBJECT_RE = re.compile(r"[\s\ue000]*(?:(?:But|And|Still|Meanwhile|However|Instead|Separately),?\s+)?"
                             r"(?:(the|The)\s+(?=[A-Z]))?")
_PRONOUN_REACH = 600   # how far back a pronoun looks past a person of the other gender, in characters
_EPITHET_REACH = 300   # how far back a new description (the billionaire) looks for its one person
PHRASE = 160     # the longest name with its titles and role phrase, in characters

_VERBS = [
    "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "noted", "notes", "stated", "states",
    "argued", "argues", "asserted", "asserts", "claimed", "contended", "continued", "continues", "explained",
    "explains", "cited", "called", "assessed", "concluded", "concludes", "found", "ruled", "declared", "declares",
    "insisted", "insists", "warned", "warns", "testified", "acknowledged", "admitted", "announced", "observed",
    "remarked", "replied", "responded", "stressed", "emphasized", "emphasised", "suggested", "recalled", "posted",
    "tweeted", "ordered", "described", "labeled", "labelled", "characterized", "asked", "asks", "urged", "predicted",
    "maintained", "complained", "conceded", "countered", "quipped", "vowed", "spoke", "commented", "answered",
    # more verbs of saying (present forms only where they are not also common plural nouns; not
    # pleaded, denied, confirmed, agreed, alleged: in news mostly not speech: pleaded guilty,
    # denied bail, the alleged abuse)
    "pledged", "pledges", "promised", "promises", "accused", "accuses", "blamed", "blames", "vows", "chanted",
    "shouted", "shouts", "yelled", "yells", "screamed", "joked", "jokes", "exclaimed", "boasted", "boasts",
    "bragged", "brags", "lamented", "laments", "mused", "muses", "quips", "retorted", "snapped", "scoffed",
    "cautioned", "cautions", "contends", "counters", "demanded", "wondered", "wonders", "whispered", "affirmed",
    "concedes", "begged", "recounted", "recounts", "reiterated", "repeated", "emailed", "texted", "tweets",
    "proclaimed", "acknowledges", "admits", "stresses", "predicts", "recalls", "replies", "responds", "testifies",
    "announces", "complains", "observes", "remarks", "suggests", "urges",
    # verbs of saying found after quotes in real news (“…,” Toomey fumed / Mr. Rubel pointed out)
    "reported", "questioned", "fumed", "barked", "opined", "opines", "assured", "assures", "confided", "confessed",
    "elaborated", "reasoned", "interjected", "griped", "grumbled", "thundered", "marveled", "marvelled",
    "deadpanned", "gushed", "sniffed", r"pointed\s+out", r"points\s+out", r"went\s+on", r"goes\s+on",
    r"shot\s+back", r"fired\s+back", r"hit\s+back", r"chimed\s+in",
]
# the verbs grouped by first letter (s(?:aid|ays|…)|t(?:old|…)|…): the regex engine tries the
# alternatives one by one, and so looks at some 20 letters instead of 200 words at every word.
# No verb is a prefix of another ending at a word's end, so wherever these are followed by a
# word boundary or a non-word character (as everywhere they are used), the order inside does not matter.
def by_first_letter(words: list[str]) -> str:
    """``(?:w1|w2|…)`` for words (or patterns opening with a letter), grouped by first letter."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


VERB_WORDS = by_first_letter(_VERBS)
VERB_RE = re.compile(r"\b" + VERB_WORDS + r"\b")
# a word (no white space in it: a ``words`` token) VERB_RE.fullmatch()es exactly when it is
# one of the one-word verbs (the others need white space): looked up, no match made
_VERB_SET = frozenset(v for v in _VERBS if v.isalpha())
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")
_APPOS_END_RE = re.compile(", " + VERB_WORDS + r"\b")              # X, a lawyer, said
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}?" + VERB_WORDS + r"\b")   # X (later) said
# a word: a letter and word characters, full stops, apostrophes, hyphens; or a digit and word
# characters, full stops, commas ([^\W\d_][\w.’'\-]*|\d[\w.,]*, written to open with one
# character, \w, that the alternatives look back at: the search then skips the white space
# between words in C)
_WORD_RE = re.compile(r"\w(?:(?<=[^\W\d_])[\w.’'\-]*|(?<=\d)[\w.,]*)")
# the same for a text whose word characters are all ASCII (most), with ASCII classes, which
# the regex engine tests from a table (\w, a Unicode category, is a look-up for each
# character): the registry's words took some 30% fewer instructions
_ASCII_WORD_RE = re.compile(r"[0-9A-Za-z_](?:(?<=[A-Za-z])[0-9A-Za-z_.’'\-]*|(?<=[0-9])[0-9A-Za-z_.,]*)")
_ASCII_BYTES = bytes(range(128))
_FILL_BYTES = "\ue000".encode()         # (FILL, defined below)
_ANY_WORD_RE = re.compile(r"\w")


def word_pattern(text: str) -> re.Pattern[str]:
    r"""``_WORD_RE``, or ``_ASCII_WORD_RE`` when it finds the same words in ``text``: when no
    character outside ASCII is a word's (``\w`` is a letter, a digit or "_"). The characters
    outside ASCII are found in C: the text's UTF-8 bytes with the ASCII ones deleted, decoded."""
    if text.isascii():
        return _ASCII_WORD_RE
    others = (text.encode("utf-8", "surrogatepass").replace(_FILL_BYTES, b"").translate(None, _ASCII_BYTES)
              .decode("utf-8", "surrogatepass"))          # (FILL, the quotations blanked out, left out)
    return _WORD_RE if _ANY_WORD_RE.search(others) else _ASCII_WORD_RE
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
_APPOSITIVE_COMMA_RE = re.compile(r",\s+(?:a|an)\s")
# maximal runs of word characters, apostrophes and hyphens (the lower-case words of the
# text are those of them that start with a letter and have no capital)
_RUN_RE = re.compile(r"[\w’'-]+")

TITLES = set([
    "Judge", "Justice", "District", "Circuit", "Chief", "U.S.", "US", "Federal", "President", "Vice", "Senator",
    "Sen.", "Rep.", "Representative", "Gov.", "Governor", "Lt.", "Mayor", "Secretary", "Attorney", "General",
    "Commissioner", "Director", "Chairman", "Chairwoman", "Chair", "Speaker", "Sheriff", "Magistrate", "Bankruptcy",
    "Supreme", "Court", "Appeals", "Deputy", "Assistant", "Acting", "Former", "Senior", "Special", "Counsel",
    "Minister", "Prime", "Ambassador", "Gen.", "Col.", "Sgt.", "Capt.", "Adm.", "Maj.", "Rev.", "Pope", "King",
    "Queen", "Prince", "Princess", "Sir", "Dame", "Lord", "Lady", "Prof.", "Professor", "Officer", "Agent",
    "Detective", "Inspector", "Superintendent", "Leader", "Majority", "Minority", "House", "Senate", "Democratic",
    "Republican", "Congressman", "Congresswoman", "State", "Homeland", "Security", "Treasury", "Defense", "Health",
    "Press", "Spokesperson", "Spokesman", "Spokeswoman", "Coach", "Chancellor", "Pastor", "Father", "Rabbi", "Bishop",
    "Cardinal", "Councilman", "Councilwoman", "Councilmember", "former",
])
HONORIFICS = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f",
              "Dr.": None, "Dr": None}
ROLE_NOUNS = set([
    "judge", "justice", "president", "senator", "lawmaker", "congressman", "congresswoman", "representative",
    "governor", "mayor", "secretary", "spokesperson", "spokesman", "spokeswoman", "attorney", "lawyer", "prosecutor",
    "official", "officer", "agent", "director", "chairman", "chairwoman", "chair", "commissioner", "minister",
    "ambassador", "sheriff", "chief", "executive", "ceo", "founder", "leader", "adviser", "advisor", "counsel",
    "analyst", "economist", "professor", "researcher", "expert", "activist", "organizer", "author", "contractor",
    "appointee", "nominee", "candidate", "manager", "head", "member", "plaintiff", "witness", "doctor", "scientist",
    "historian", "editor", "reporter", "columnist", "correspondent", "strategist", "consultant", "aide", "staffer",
    "owner", "magistrate", "deputy", "chancellor", "coach", "captain", "manager", "nurse", "pastor", "priest", "rabbi",
    "imam", "bishop", "councilman", "councilwoman", "councilmember", "trustee", "man", "woman", "boss",
])
GENDERED = {"spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "woman": "f",
            "spokesman": "m", "chairman": "m", "congressman": "m", "man": "m"}
ORG_WORDS = set([
    "Department", "Center", "Centre", "Court", "Times", "Post", "Journal", "News", "Network", "Forward", "Service",
    "Agency", "Administration", "Association", "Foundation", "Institute", "University", "College", "Committee",
    "Council", "Office", "Party", "Group", "Company", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Union", "Bureau",
    "Commission", "Ministry", "Police", "Campaign", "Coalition", "Fund", "Project", "Congress", "Senate", "Government",
    "Organization", "Organisation", "Republicans", "Democrats", "Tribune", "Press", "Reuters", "Watch", "Alliance",
    "Trust", "Board", "Authority", "Bank", "Church", "School", "Club", "League", "Federation", "Society", "House",
])
COMMON_SUBJECTS = set([
    "critics", "officials", "experts", "analysts", "residents", "lawmakers", "authorities", "prosecutors",
    "protesters", "advocates", "supporters", "opponents", "scientists", "researchers", "doctors", "police",
    "witnesses", "observers", "sources", "documents", "records", "reports", "investigators", "economists", "people",
    "voters", "parents", "teachers", "students", "workers", "employees", "users", "customers", "officers", "agents",
    "judges", "lawyers", "attorneys", "leaders", "members", "democrats", "republicans", "others", "many", "some",
])
STOP_CAPS = set([
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "So", "Yet", "However",
    "Meanwhile", "Still", "Then", "Later", "After", "Before", "When", "While", "Since", "Although", "Though",
    "Because", "If", "As", "Also", "It", "Its", "This", "That", "These", "Those", "There", "Here", "He", "She", "They",
    "We", "I", "His", "Her", "Their", "Our", "My", "Other", "Such", "Some", "Many", "Most", "Both", "Each", "Every",
    "Another", "Several", "Few", "All", "Any", "None", "Neither", "Either",
    "Under", "Over", "Earlier", "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
])
# a people or a group named in capitals, never one speaker: Americans, Iowans, Democrats, Muslims
_GROUP_NAME_RE = re.compile(r"[A-Z][a-z]{2,}(?:ians|icans|eans|wans|xans|bans)|(?:Democrats|Republicans|Liberals|"
                            r"Conservatives|Progressives|Evangelicals|Christians|Muslims|Jews|Catholics|Latinos|"
                            r"Hispanics|Blacks|Whites|Asians|Millennials|Independents|Libertarians)")
CONNECTORS = {"de", "van", "von", "der", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "dos", "das", "of",
              "for", "and"}
SUFFIXES = {"Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr"}
APPOS_OPENERS = set([
    "a", "an", "the", "who", "whose", "which", "former", "then", "now", "appointed", "nominated", "named", "elected",
    "also", "himself", "herself", "one",
]) | ROLE_NOUNS
# X, in a statement released by the campaign, said: a phrase, not a role
_PLACE_OPENERS = {"of", "from", "in", "at", "on", "during", "after", "before", "speaking", "writing", "citing",
                  "when", "while", "like", "unlike", "according", "asked", "responding", "reacting", "addressing",
                  "interviewed", "testifying", "appearing", "standing", "campaigning", "visiting", "seeking",
                  "hoping", "trying", "facing", "noting", "referring", "echoing", "pointing", "through", "via"}
# a phrase after a comma that is adverbial, not an appositive: the subject may come after it
_ADVERBIAL_OPENERS = {"after", "before", "during", "while", "when", "speaking", "in", "at", "on", "later"}
_NO_ROLE_OPENERS = _PLACE_OPENERS | {"who", "whose", "which", "appointed", "nominated", "named", "elected",
                    "himself", "herself", "also", "one"}
_ADVERBIAL_RE = re.compile(
    r"(?:\s+|^)(?:also|later|previously|then|further|again|repeatedly|earlier|once|often|still|sometimes|always|"
    r"has|had|have|would|"
    r"will|did|recently|separately|similarly|simply|[a-z]{3,}ly|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year)|on\s+[A-Z][a-z]+\.?\s+\d{1,2})\s*$")
# the endings of _ADVERBIAL_RE's words (the -ly ones, weekdays: "ly", "day"), but for its digits
_ADVERBIAL_ENDS = ("also", "later", "then", "further", "again", "earlier", "once", "often", "still", "sometimes",
                   "always", "has", "had", "have", "would", "will", "did", "ly", "day", "week", "month", "year")
_AGENT_RE = re.compile(r"[a-z][a-z\-]{2,}(?:er|or|ist|ant|ent|ian|man|woman|ee)")
_NOT_AGENTS = {"after", "under", "other", "never", "over", "either", "neither", "whether", "rather", "however",
               "former", "latter", "later", "another", "together", "further", "ever", "per", "sooner", "better",
               "matter", "major", "minor", "prior", "superior", "inferior", "interior", "exterior", "senior",
               "junior", "recent", "current", "different", "present", "important", "significant", "independent",
               "president", "event", "percent", "content", "moment", "government", "statement", "comment",
               "agreement", "amendment", "element", "department", "apparent", "consistent", "frequent",
               "prominent", "permanent", "urgent", "silent", "violent", "efficient", "sufficient", "relevant",
               "distant", "constant", "instant", "elegant", "arrogant", "vigilant", "tolerant", "pleasant",
               "brilliant", "giant", "meant", "want", "can", "human", "woman", "german", "roman", "american",
               "christian", "asian", "russian", "italian", "iranian", "indian", "canadian", "hungarian", "ian",
               "than", "then", "when", "even", "seven", "eleven", "often", "open", "seen", "been", "between",
               "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirteen", "fourteen", "nominee",
               "wonder", "order", "border", "corner", "winter", "summer", "number", "member", "letter", "paper",
               "power", "water", "center", "chapter", "quarter", "error", "terror", "mirror", "honor", "labor",
               "favor", "color", "floor", "door", "poor", "tenor", "sector", "factor", "motor", "vendor",
               "behavior", "rumor", "humor", "harbor", "neighbor", "anchorman"} - {"nominee", "anchorman"}


@functools.lru_cache(maxsize=8192)
def is_role_word(word: str) -> bool:
    """A role noun (``judge``), or a lower-case word shaped like one (``pollster``,
    ``speechwriter``, ``co-founder``, ``strategist``, ``consultant``, ``resident``).
    Cached: asked of the word before every capitalised run."""
    return word in ROLE_NOUNS or (_AGENT_RE.fullmatch(word) is not None and word not in _NOT_AGENTS)


_ROLE_NOUN_RE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b")
_ROLE_CUT_RE = re.compile(r"\s+(?:who|which|that|whose|serving|working|representing|speaking|appearing)\b|,")
# between a name and its verb: a parenthesis (R-Ohio), a party and state (D-Calif.), a short
# aside (however / visibly angry): none of them a role
_PAREN_END_RE = re.compile(r"\s*\([^()\n" + FILL + r"]{1,40}\)\s*$")
_PARTY_RE = re.compile(r"[DRI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\.?")
_ASIDE_RE = re.compile(r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}")
_AGE_RE = re.compile(r"\d{1,3}")                              # Butz, 49, told
_AGED_RE = re.compile(r",\s+\d{1,3},\s")
_POSSESSIVE_RE = re.compile(r"(?:\S+\s+){0,2}?[A-Z][\w.\-]*(?:[’']s|s[’'])\s+[a-z]")
_OWNED_ORGS = {"campaign", "office", "team", "camp", "administration", "staff"}
INDEFINITES = {"a", "an", "one", "another", "some", "several", "two", "three", "many"}
_INDEFINITE_END_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s+"
                                r"(?:[\w’'\-]+\s+){0,4}?([a-z][\w\-]*)$")
_CONJUNCTIONS = {"and", "or", "but", "nor", "who", "which", "that", "whose"}
_PREP_BEFORE = {"by", "of", "with", "to", "for", "from", "against", "about", "on", "in", "at", "a", "an",
                "the", "his", "her", "their", "its", "our", "under", "than"}
_ABBREVIATED = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General",
                "Lt.": "Lieutenant", "Sgt.": "Sergeant", "Capt.": "Captain", "Prof.": "Professor",
                "Dr.": "Doctor", "Col.": "Colonel", "Adm.": "Admiral", "Maj.": "Major", "Rev.": "Reverend"}


@dataclass(slots=True)
class NP:
    """A noun phrase that may name a speaker: ``kind`` is name, pronoun or description.
    Never changed once made (a changed one is a ``replace``d copy); not frozen, because a
    frozen dataclass takes three times as long to make and the rules make thousands."""

    kind: str
    start: int
    end: int
    name: str = ""              # the name (titles removed), the pronoun, or the head noun
    title: str = ""
    role: str = ""              # a role phrase before the name or an appositive
    appositive: str = ""
    modifiers: tuple[str, ...] = ()


@dataclass
class Person:
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


Word = tuple[int, int, str]      # start, end, text
# the words whose final full stop stays (besides initials), for the C word pass
_KEEP_FULL_STOP = frozenset(SUFFIXES) | frozenset(TITLES) | frozenset(HONORIFICS)
_native_words: Callable[[str, int, int, frozenset[str]], list[Word]] | None = None
if _speedups is not None:       # the compiled module is there and not switched off (READER_PURE_PYTHON)
    try:
        from reader._native import speaker_words as _native_words
    except ImportError:         # a module built before it was in it: the Python original
        _native_words = None
_TEXT, _FIRST = itemgetter(2), itemgetter(0)       # a word's text; a string's first character


def words(text: str, lo: int, hi: int, pattern: re.Pattern[str] = _WORD_RE) -> list[Word]:
    """Word tokens of text[lo:hi] with body offsets; a trailing full stop is dropped
    unless the word is an abbreviation or initials (``U.S.``, ``Jr.``, ``J.``).
    (``pattern``: ``word_pattern(text)``, when the caller has it.) In C when ``reader._native``
    is there (``speaker_words``, reader/native/names.c); ``python_words`` is the fallback."""
    if _native_words is not None:
        return _native_words(text, lo, hi, _KEEP_FULL_STOP)
    return python_words(text, lo, hi, pattern)


def python_words(text: str, lo: int, hi: int, pattern: re.Pattern[str] = _WORD_RE) -> list[Word]:
    """``words`` in Python (the pattern gives the same words either way; the ASCII one is cheaper)."""
    out: list[Word] = []
    append, find, at = out.append, text.find, lo
    for w in pattern.findall(text, lo, hi):
        # where the match starts: the first occurrence of its text from the end of the last
        # (an earlier one would have been matched first); cheaper than a match object each
        s = find(w, at)
        at = s + len(w)
        if w[-1] == "." and not ("." in w[:-1] or w in SUFFIXES or w in TITLES or w in HONORIFICS
                                 or _INITIALS_RE.fullmatch(w)):
            append((s, at - 1, w[:-1]))
        else:
            append((s, at, w))
    return out


# after this many words looked for one by one (a scan of the text each), every lower-case
# word is found at once (a scan that costs some 80 of those)
_ASKS_BEFORE_ALL = 40
_KEEP_WORDS_BELOW = 250_000      # characters: the Registry keeps each sentence's words below


def _in_run(c: str) -> bool:
    """A character of a word run: a word character (``\\w``), an apostrophe or a hyphen."""
    return c.isalnum() or c in "_’'-"


def _lower_case_word(w: str) -> bool:
    """A run that opens with a letter (no digit or _) and has no capital."""
    return w.islower() and (w[0].isalpha() or (w[0] not in "’'-_" and not w[0].isdecimal()))


def _cap(w: str) -> bool:
    return w[:1].isupper()


def _only_space(text: str, a: int, b: int) -> bool:
    if a >= b:
        return a == b
    gap = text[a:b]                     # (cut once: asked between most pairs of words)
    return gap.isspace() and "\n\n" not in gap


def _joins(text: str, toks: list[Word], k: int) -> bool:
    """Does token k+1 continue a capitalised run at token k (``Department of Homeland Security``)?"""
    # (the next word first: most are not capitalised, and then the gap need not be cut out)
    if k + 1 >= len(toks):
        return False
    w = toks[k + 1][2]
    return ((w[:1].isupper() or (w in CONNECTORS and k + 2 < len(toks) and toks[k + 2][2][:1].isupper()
                                 and _only_space(text, toks[k + 1][1], toks[k + 2][0])))
            and _only_space(text, toks[k][1], toks[k + 1][0]))


def _cap_runs(text: str, toks: list[Word]) -> tuple[list[int], list[tuple[int, int]]]:
    """The indexes of a sentence's capitalised words (``toks``: its ``words``), and its
    capitalised runs as (first, last) indexes: each from the next capitalised word after the
    last run, as far as ``_joins`` goes; a lone function word ("The", "But") is left out: it
    names no one. In C when ``reader._native`` is there (``speaker_runs``, reader/native/quotes.c)."""
    # most words are not capitalised: no name starts there
    caps = list(compress(count(), map(str.isupper, map(_FIRST, map(_TEXT, toks)))))
    runs = []
    k, last = 0, len(toks) - 1
    while k < len(caps):
        i = caps[k]
        j = i
        # (_joins asked only where the next word could continue the run: capitalised or a connector)
        while j < last and (toks[j + 1][2][:1].isupper() or toks[j + 1][2] in CONNECTORS) and _joins(text, toks, j):
            j += 1
        if j > i or toks[i][2] not in STOP_CAPS:
            runs.append((i, j))
        k = bisect.bisect_left(caps, j + 1, k + 1)
    return caps, runs


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


def appositive_role(appos: str) -> str:
    """The role an appositive gives (``a Bill Clinton appointee`` → ``Bill Clinton appointee``)."""
    if not appos or appos.split(" ", 1)[0] in _NO_ROLE_OPENERS or _participle_phrase(appos.split(" ", 1)[0]):
        return ""
    text = _ARTICLE_START_RE.sub("", appos)
    cut = _ROLE_CUT_RE.search(text)
    return (text[: cut.start()] if cut else text).strip()


@functools.lru_cache(maxsize=8192)
def _given_name_first(name: str) -> bool:
    """``Carole Bower``, ``Mark Weddle``: two or three words opening with a given name the
    first-name list knows; a person wherever the article names them."""
    ws = name.split()
    return 2 <= len(ws) <= 3 and not _is_org(name) and first_name_gender(name) is not None


_FROZEN_CONNECTORS, _FROZEN_STOP_CAPS = frozenset(CONNECTORS), frozenset(STOP_CAPS)
_native_runs: Callable[[str, list[Word], frozenset[str], frozenset[str]],
                       tuple[list[int], list[tuple[int, int]]]] | None = None
if _speedups is not None:       # the compiled module is there and not switched off (READER_PURE_PYTHON)
    try:
        from reader._native import speaker_runs as _native_runs
    except ImportError:         # a module built before it was in it: the Python original
        _native_runs = None


class Registry:
    """The people (and organisations) one article names, found as described above."""

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
        # each sentence's words, kept for the second pass below in a text of ordinary length
        # (in a long one they would hold 150 MB at the 5 MB limit: found again there)
        keep = len(masked) <= _KEEP_WORDS_BELOW
        sentence_words: list[list[Word]] = []
        sentence_caps: list[list[int]] = []       # (and the indexes of their capitalised words)
        self._words = word_pattern(masked)
        for s, e in sentences:
            # (words() itself, without its call: once per sentence)
            toks = (_native_words(masked, s, e, _KEEP_FULL_STOP) if _native_words is not None
                    else python_words(masked, s, e, self._words))
            caps, runs = (_native_runs(masked, toks, _FROZEN_CONNECTORS, _FROZEN_STOP_CAPS) if _native_runs is not None
                          else _cap_runs(masked, toks))
            if keep:
                sentence_words.append(toks)
                sentence_caps.append(caps)
            for i, j in runs:
                if i == j:
                    self._define_word(toks, i, e)
                    continue
                np = self.name_np(toks, i, j)
                if np is not None:                               # “…,” said Smith: defined by the verb before
                    spoken = i > 0 and toks[i - 1][2] in _VERB_SET
                    self._define(np, toks[j][1], e, spoken)
                    if 2 <= len(np.name.split()) <= 4 and not _is_org(np.name):
                        self.full_named.add(np.name.split()[-1])
        by_surname: dict[str, list[Person]] = {}
        for p in self.people:
            if p.kind == "person":
                by_surname.setdefault(p.surname, []).append(p)
        # the words that name one of them: a surname, or its possessive
        keys = ({k for k in by_surname if not k.endswith(("’s", "'s"))}
                | {k + q for k in by_surname for q in ("’s", "'s")})
        # (a surname is a capitalised word, but for a name cut before "of" ending in a particle:
        # then every word is looked at)
        capitalised = all(key[:1].isupper() for key in keys)
        for k, (s, e) in enumerate(sentences):
            if keep and capitalised:
                toks = sentence_words[k]
                hits = [n for n in sentence_caps[k] if toks[n][2] in keys]
            else:
                toks = sentence_words[k] if keep else words(masked, s, e, self._words)
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
        if ((role or appos or (i > 0 and toks[i - 1][2] in _VERB_SET)
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
                return rest[: cut if cut >= 0 else len(rest)].strip().rstrip(".")
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
        names = ws[t:]
        if "of" in names[2:] and not _is_org(" ".join(names)):   # Peter T. King | of New York
            j = i + t + names.index("of") - 1
            names = names[:names.index("of")]
        if not self._could_name(names):
            return None
        title = " ".join(w for w in ws[k:t] if w not in HONORIFICS) if t > k else ""
        if (title and i > 0 and toks[i - 1][2] in ("former", "then")
                and _only_space(self.text, toks[i - 1][1], toks[i][0])):
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
            return len(names) == 1 and self.find(names[0]) is not None   # surname (Charlie King: Mr. King)
        name = " ".join(names)
        if ("and" in names or "for" in names) and not _is_org(name):
            return False                                        # two people, or no one
        if len(names) == 1 and not self.find(name):
            low = name.lower()
            if (low in COMMON_SUBJECTS or low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS
                    or self._used_in_lower_case(low)):
                return False
        return True

    def _could_name_word(self, w: str) -> bool:
        """``_could_name([w])`` for a word not in STOP_CAPS (the same tests, one word)."""
        if w.endswith(("’s", "'s")) or w in CONNECTORS:
            return False
        if w in TITLES:
            return self.find(w) is not None
        if (w == "and" or w == "for") and not _is_org(w):
            return False
        if not self.find(w):
            low = w.lower()
            if (low in COMMON_SUBJECTS or low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS
                    or self._used_in_lower_case(low)):
                return False
        return True

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
        if i == 0 or not is_role_word(toks[i - 1][2]) or _cap(toks[i - 1][2]):
            return "", 0
        k = i - 1
        while (k > 0 and i - k < 8 and _only_space(self.text, toks[k - 1][1], toks[k][0])
               and toks[k - 1][2] not in _VERB_SET):
            k -= 1
        while k < i - 1 and (toks[k][2].lower() in _PREP_BEFORE | {"and", "that", "while", "as"}
                             or toks[k][2] in STOP_CAPS):
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
            # (the gaps between words: one space, most of them, seen without _only_space's call)
            while k >= floor:                           # (former Secretary of State Ann Lee: of inside a title)
                before, gap = toks[k][2], toks[k][1]
                if not ((before[:1].isupper() or before == "former"
                         or (before == "of" and k > 0 and toks[k - 1][2][:1].isupper()))
                        and ((toks[k + 1][0] == gap + 1 and text[gap] == " ")
                             or _only_space(text, gap, toks[k + 1][0]))):
                    break
                k -= 1
            if k >= 0:
                gap = toks[k][1]
                spaced = (toks[k + 1][0] == gap + 1 and text[gap] == " ") or _only_space(text, gap, toks[k + 1][0])
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
        while _cap(toks[k][2]) and _joins(self.text, toks, j):
            j += 1
        np = self.name_np(toks, k, j) if _cap(toks[k][2]) else None
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
        else:
            person = None
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
        np = np_after(self, head.end(), hi) if head.group(1) else _name_at(self, head.end(), hi)
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
        """The most recent person whose titles and roles contain the head noun and every modifier."""
        head = np.name.lower()
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
        return max(found, key=lambda c: c[0])[1] if found else self._only_one_near(np, pos)

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


# --- noun phrases next to a speech verb ------------------------------------------------


def np_before(reg: Registry, lo: int, hi: int) -> NP | None:
    """The speaker phrase ending at ``hi`` (a speech verb's start), within text[lo:hi]:
    ``she`` / ``the Obama judge`` / ``Judge X`` / ``X, a …, `` / ``the union's leader, X, ``,
    after dropping adverbials (``also``, ``on Thursday``)."""
    seg = reg.text[lo:_without_adverbials(reg.text, lo, hi)].rstrip()
    end = lo + len(seg)
    if not seg.endswith(","):
        return _np_at_end(reg, lo, end)
    return _np_with_appositive(reg, lo, seg[:-1], end) or _np_after_description(reg, lo, seg[:-1], end)


def _without_adverbials(text: str, lo: int, end: int) -> int:
    """Where text[lo:end] ends once trailing adverbials (``also``, ``on Thursday``) go."""
    while True:
        seg = text[lo:end].rstrip()
        # (every adverbial ends the segment with one of these endings or a digit: the pattern
        # only then)
        if not (seg.endswith(_ADVERBIAL_ENDS) or seg[-1:].isdigit()):
            return end
        # an adverbial is the last three words at most (on Jan. 5), the white space before them
        # included: only there is it looked for
        last = seg.rsplit(None, 3)
        m = _ADVERBIAL_RE.search(seg, len(last[0]) if len(last) == 4 else 0)
        if not m or not m.group().strip():
            return end
        end = lo + m.start()


def _np_with_appositive(reg: Registry, lo: int, body: str, end: int) -> NP | None:
    """NAME, APPOSITIVE, (verb): the name before a comma followed by an appositive; or
    ``the report's author, economist X,``: a description then the name."""
    # only the commas in the last half-window: re.finditer's third argument is flags, not a
    # position (passing one made re.LOCALE fail and re.DEBUG print), hence the compiled pattern
    for c in (m.start() for m in _COMMA_RE.finditer(body, max(0, len(body) - WINDOW // 2))):
        rest = body[c + 1:].strip()
        filled = FILL in rest                   # X, author of “…,” said: a title quoted inside the appositive
        first = rest.split(" ", 1)[0]
        verb = VERB_RE.search(rest, len(first) if first in _PLACE_OPENERS else 0)   # X, asked about …, said
        if ((filled and (rest.startswith(FILL) or not _opens_appositive(rest)))
                or (verb and first not in ("who", "whose", "which"))):
            continue
        aside = (_PARTY_RE.fullmatch(rest) or _AGE_RE.fullmatch(rest)
                 or (_ASIDE_RE.fullmatch(rest) and rest.split(" ", 1)[0] not in _CONJUNCTIONS))
        if not aside and not _opens_appositive(rest):
            continue
        inner = _np_at_end(reg, lo, lo + c)
        if inner is not None and aside:                         # X, D-Calif., said / X, exasperated, said
            return replace(inner, end=end) if inner.kind != "description" else None
        if inner is not None and inner.kind == "description":
            named = np_after(reg, lo + c + 1, lo + len(body))
            if named is not None and named.kind == "name" and named.end == lo + len(body):
                return replace(named, start=inner.start, end=end)
        if (inner is not None and not aside and "," in rest   # Ohio, after winning …, Gov. Ann Lee (R-OH), said
                and rest.split(" ", 1)[0] in _ADVERBIAL_OPENERS):
            c2 = len(body) - len(rest.rsplit(",", 1)[1])
            named = _np_at_end(reg, lo + c2, lo + len(body))
            if (named is not None and named.kind == "name" and (named.title or " " in named.name)
                    and not reg.text[lo + c2:named.start].strip()):
                return replace(named, end=end)
        if inner is not None:
            return replace(inner, end=end, appositive=rest.split(FILL, 1)[0].rstrip(" ,") if filled else rest)
    return None


def _opens_appositive(rest: str) -> bool:
    """Whether ``rest`` (after a name and a comma) is an appositive: ``a …``, ``who …``,
    ``of RBC Capital Markets``, ``49, a retired …``, ``Mr. Obama's deputy …``, a role word
    with no article (``assistant secretary of state …``, ``co-founder of …``)."""
    first, _, more = rest.partition(" ")
    return (first in APPOS_OPENERS or first in _PLACE_OPENERS or _AGE_RE.fullmatch(first.rstrip(",")) is not None
            or _POSSESSIVE_RE.match(rest) is not None or _participle_phrase(first)
            or (first.islower() and is_role_word(first))            # X, assistant secretary of …, said
            or (first.isalpha() and first.islower() and first not in _NOT_DESCRIPTIVE
                and is_role_word(more.split(" ", 1)[0])))           # X, legal director for …, said


def _participle_phrase(first: str) -> bool:
    """``X, celebrating a victory in …, is pledging``: a phrase opened by a participle in
    -ing between a name and its verb (a phrase, not a role)."""
    return len(first) > 5 and first.endswith("ing") and first.isalpha() and first.islower()


def _np_after_description(reg: Registry, lo: int, body: str, end: int) -> NP | None:
    """``the union's leader, Ana Diaz,`` (said): the name after a description, which
    becomes its role."""
    c = body.rfind(",")
    named = _np_at_end(reg, lo + c + 1, lo + len(body)) if c > 0 else None
    if named is None or named.kind != "name" or reg.text[lo + c + 1:named.start].strip():
        return None
    clause = _clause_start(body[:c])
    desc = _DETERMINER_START_RE.sub("", body[clause:c]).strip()
    if desc and FILL not in desc and (_ROLE_NOUN_RE.search(desc) or len(named.name.split()) > 1):
        return replace(named, start=lo + clause, end=end, role=named.role or desc)
    return None


def _clause_start(text: str) -> int:
    """Where the last clause of ``text`` starts (after its last , ; or :)."""
    m = _LAST_CLAUSE_RE.match(text)
    return m.end() if m else 0


def _np_at_end(reg: Registry, lo: int, hi: int) -> NP | None:
    text = reg.text
    # Rep. John Doe (R-Ohio) said: the parenthesis pattern only when the text before ``hi``
    # ends in ")" (it ends the pattern, but for white space; most phrases do not)
    near = lo if lo > hi - 60 else hi - 60
    if text[near:hi].rstrip().endswith(")"):
        paren = _PAREN_END_RE.search(text, near, hi)
        if paren is not None and paren.start() > lo:
            hi = paren.start()
    lo = max(lo, hi - PHRASE)
    toks = words(text, lo, hi)
    if not toks or toks[-1][1] != lo + len(text[lo:hi].rstrip()):     # text[:hi] made this quadratic
        return None
    a, b, w = toks[-1]
    if w.lower() in ("he", "she", "it"):
        return NP("pronoun", a, b, name=w)
    back = lo if lo > b - 120 else b - 120
    # (both patterns end with the last word itself, w, as their last group: each is tried
    # only when w is what that group must be, a role word)
    m = _INDEFINITE_END_RE.search(text, back, b) if is_role_word(w) else None   # a senior official (said): nobody named
    if m and is_role_word(m.group(1)):
        return NP("indefinite", m.start(), b, name=text[m.start():b])
    tail = text[back:b] if w in ROLE_NOUNS else ""
    m = _THE_NOUN_END_RE.search(tail) if "he" in tail else None     # ([Tt]he: none without "he")
    if m and m.group(2) in ROLE_NOUNS:
        mods = tuple(x for x in m.group(1).split() if _cap(x))
        return NP("description", back + m.start(), b, name=m.group(2), modifiers=mods)
    if not _cap(w):
        return None
    k = len(toks) - 1
    while k > 0 and _joins(text, toks, k - 1) and (_cap(toks[k - 1][2]) or toks[k - 1][2] in CONNECTORS):
        k -= 1
    while k < len(toks) - 1 and toks[k][2] in CONNECTORS:      # (steep) for Mr. Sanders: not part of the name
        k += 1
    return reg.name_np(toks, k, len(toks) - 1)


def np_after(reg: Registry, lo: int, hi: int) -> NP | None:
    """The speaker phrase starting at ``lo`` (just after a speech verb), up to ``hi``:
    ``she`` / ``the judge`` / ``the Cato Institute`` / ``lawyer Dan Roe`` / ``X, an attorney …``."""
    text = reg.text
    toks = words(text, lo, hi)
    if not toks or not _only_space(text, lo, toks[0][0]):
        return None
    w = toks[0][2]
    if w.lower() in ("he", "she", "it"):
        return NP("pronoun", toks[0][0], toks[0][1], name=w)
    if w.lower() in INDEFINITES and len(toks) > 1:             # said a senior official / one Democrat
        return _indefinite_after(text, toks, hi)
    if w in ("former", "then", "retired") and len(toks) > 1 and _cap(toks[1][2]):   # said former Gov. X
        np = np_after(reg, toks[1][0], hi)
        return replace(np, start=toks[0][0], title=f"{w} {np.title}".strip()) if np and np.kind == "name" else None
    lead = next((n for n in range(min(6, len(toks) - 1)) if is_role_word(toks[n][2]) and _cap(toks[n + 1][2])
                 and _together(text, toks, n + 1)), None)
    if lead is not None or (w.lower() == "the" and len(toks) > 1 and _cap(toks[1][2])):
        return _name_after_lead(reg, toks, lead, hi)
    if w.islower() and (w not in _NOT_DESCRIPTIVE or w in _POSSESSIVE_DETERMINERS):   # said retired surgeon Ben Kolb
        np = _name_after_descriptor(reg, toks, hi)
        if np is not None:
            return np
    if w in _POSSESSIVE_DETERMINERS or _POSSESSIVE_WORD_RE.search(w):   # said her lawyer, Ann Roe,
        np = _name_after_described(reg, toks, hi)
        if np is not None:
            return np
    if w.lower() == "the":
        named = _name_after_described(reg, toks, hi)             # said the bureau's director, Ann Lee,
        if named is not None:
            return named
        described = _description_after(text, toks)
        if described is not None:
            return described
    if not _cap(w):
        return None
    return _name_with_appositive(reg, toks, hi)


# lower-case words that cannot describe the person a name after them stands for
_NOT_DESCRIPTIVE = {
    "the", "a", "an", "and", "or", "but", "nor", "to", "in", "on", "at", "by", "with", "from", "for", "about", "as",
    "after", "before", "during", "since", "until", "than", "that", "this", "these", "those", "there", "then", "when",
    "while", "who", "which", "whose", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "not", "no", "also", "later", "earlier", "again", "once", "today", "yesterday", "tonight",
    "recently", "last", "next", "so", "if", "because", "though", "although", "still", "even", "just", "only",
    "reporters", "told", "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "did", "does", "both", "all", "each", "every", "many", "some",
}
_POSSESSIVE_DETERMINERS = {"his", "her", "their"}
_POSSESSIVE_WORD_RE = re.compile(r"[^\W\d_][\w\-]*[’']s$")


def _full_name(np: NP | None) -> bool:
    """A name of at least two words, or a titled one: what a descriptor before it may introduce."""
    return np is not None and np.kind == "name" and (" " in np.name or bool(np.title))


def _name_after_descriptor(reg: Registry, toks: list[Word], hi: int) -> NP | None:
    """``retired surgeon Ben Kolb``, ``master of ceremonies Asa Tabor``, ``former secretary
    of state Helen Moss``: up to five lower-case descriptive words (``of`` only inside), no
    verb, then a full or titled name; the words become the role."""
    text = reg.text
    if toks[0][2] in _POSSESSIVE_DETERMINERS:                    # said his nephew Tom Rall
        if len(toks) < 3 or not _cap(toks[2][2]) or _cap(toks[1][2]):
            return None
        np = _name_after_descriptor(reg, toks[1:], hi)
        return replace(np, start=toks[0][0]) if np is not None else None
    for n in range(1, min(6, len(toks))):
        w = toks[n - 1][2]
        if not (w.islower() and w.replace("-", "").isalpha()) or w.endswith("ly") or VERB_RE.fullmatch(w):
            return None
        if w in _NOT_DESCRIPTIVE and not (w == "of" and n > 1) and not (n == 1 and w == "of"):
            return None
        if n == 1 and w == "of":
            return None
        if not _cap(toks[n][2]):
            continue
        if w == "of" or not _together(text, toks, n):
            return None
        np = np_after(reg, toks[n][0], hi)
        if not _full_name(np):
            return None
        assert np is not None
        return replace(np, start=toks[0][0], role=text[toks[0][0]:toks[n - 1][1]])
    return None


def _name_after_described(reg: Registry, toks: list[Word], hi: int) -> NP | None:
    """``his best friend at college, Tom Rall,`` / ``Baxter's deputy campaign manager, Rich
    Tamm``: a possessive description of up to eight words (no verb, no comma), then a comma
    and a full name that ends the phrase (a comma, the sentence's end or ``hi``)."""
    text = reg.text
    for n in range(1, min(9, len(toks))):
        gap = text[toks[n - 1][1]:toks[n][0]]
        if gap.strip() == ",":
            np = np_after(reg, toks[n][0], hi)
            if not _full_name(np):
                return None
            assert np is not None
            rest = text[np.end:hi].lstrip()
            if rest[:1] not in ("", ",", ".", FILL) and not rest.startswith(("who ", "a ", "an ", "the ")):
                return None
            return replace(np, start=toks[0][0], role=np.role or text[toks[0][0]:toks[n - 1][1]])
        if gap.strip() or toks[n][2] in _VERB_SET or toks[n][2] in _CONJUNCTIONS:
            return None
    return None


def _name_at(reg: Registry, lo: int, hi: int) -> NP | None:
    """The capitalised name starting at ``lo`` (a sentence's subject), followed by a verb."""
    toks = words(reg.text, lo, hi)
    if not toks or not _cap(toks[0][2]):
        return None
    return _name_with_appositive(reg, toks, hi)


def _indefinite_after(text: str, toks: list[Word], hi: int) -> NP:
    """``a senior White House official``, ``one Democrat familiar with the talks``: an
    indefinite description, which names nobody; it runs to a comma, a clause or 8 words."""
    n = 1
    while (n < min(len(toks), 8) and _only_space(text, toks[n - 1][1], toks[n][0])
           and toks[n][2] not in ("who", "which", "that", "and", "but")):
        n += 1
    return NP("indefinite", toks[0][0], toks[n - 1][1], name=text[toks[0][0]:toks[n - 1][1]])


def _together(text: str, toks: list[Word], n: int) -> bool:
    """Whether the first n + 1 tokens are separated by spaces only."""
    return all(_only_space(text, toks[x][1], toks[x + 1][0]) for x in range(n))


def _name_after_lead(reg: Registry, toks: list[Word], lead: int | None, hi: int) -> NP | None:
    """``lawyer Dan Roe`` (a role noun at ``lead``, which becomes the role) or ``the Cato Institute``."""
    skip = 1 if lead is None else lead + 1
    np = np_after(reg, toks[skip][0], hi)
    if np is None or np.kind != "name" or not _together(reg.text, toks, skip):
        return None
    return replace(np, start=toks[0][0], role=reg.text[toks[0][0]:toks[lead][1]] if lead is not None else np.role)


def _description_after(text: str, toks: list[Word]) -> NP | None:
    """``the judge``, ``the Obama judge``: a role noun within the next four words."""
    n = next((n for n in range(1, min(len(toks), 5)) if toks[n][2] in ROLE_NOUNS), None)
    if n is None or not _together(text, toks, n):
        return None
    mods = tuple(t[2] for t in toks[1:n] if _cap(t[2]))
    return NP("description", toks[0][0], toks[n][1], name=toks[n][2], modifiers=mods)


def _name_with_appositive(reg: Registry, toks: list[Word], hi: int) -> NP | None:
    """A capitalised run as a name, with the ``, an attorney …`` appositive after it."""
    j = 0
    while _joins(reg.text, toks, j):
        j += 1
    np = reg.name_np(toks, 0, j)
    if np is None:
        return None
    after = reg.text[np.end:hi]
    if after.startswith(", ") and after[2:].split(" ", 1)[0] in APPOS_OPENERS:
        appos = after[2:].split(",")[0].strip().rstrip(".")
        np = replace(np, end=np.end + 2 + len(appos), appositive=appos)
    return np
