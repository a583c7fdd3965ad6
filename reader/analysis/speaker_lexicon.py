"""The words that name, describe and introduce a speaker, for :mod:`reader.analysis.speaker_registry`
and :mod:`reader.analysis.speaker_phrases`, and the tests on one word or one appositive they share.

* verbs of saying (:data:`VERB_WORDS`, :data:`VERB_RE`, :data:`VERB_SET`) and ``according to``;
* titles and honorifics before a name, role nouns (gendered ones give a gender), words that
  make a name an organisation's, common plural subjects that name no one, capitalised
  function words that open a sentence, name particles and suffixes;
* the words opening an appositive (``, a lawyer …``) and those opening a phrase that gives no
  role (``, in a statement …``);
* :func:`is_role_word` (a role noun, or a lower-case word shaped like one) and
  :func:`appositive_role` (the role an appositive gives).

``FILL`` stands for quoted text in the masked article; ``WINDOW`` is how far either side of a
quote its attribution is looked for.
"""

from __future__ import annotations

import functools
import re

FILL = "\ue000"  # stands for quoted text in the masked article
WINDOW = 400     # characters either side of a quote searched for its attribution

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
    # the verbs of saying of German, Spanish and French news after a quotation („…“, sagte Ann
    # Roe / «…», a précisé Ann Roe); none is an English word
    "sagte", "sagt", "erklärte", "betonte", "dijo", "afirmó", "declaró", "explicó", "señaló", "añadió",
    r"a\s+déclaré", r"a\s+précisé", r"a\s+affirmé", r"a\s+expliqué", r"a\s+ajouté", "déclare", "affirme",
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
VERB_SET = frozenset(v for v in _VERBS if v.isalpha())
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")

BRITISH_ABBREVIATIONS = {"Cllr": "Councillor", "Cllr.": "Councillor", "Prof": "Professor", "Sgt": "Sergeant",
                         "Insp": "Inspector", "Insp.": "Inspector", "Supt": "Superintendent",
                         "Supt.": "Superintendent", "Det": "Detective", "Det.": "Detective", "DCI": "Detective",
                         "Capt": "Captain", "Col": "Colonel", "Lt": "Lieutenant", "Rev": "Reverend",
                         "Maj": "Major", "Adm": "Admiral", "Cpl": "Corporal", "Cpl.": "Corporal",
                         # Australian and New Zealand councillors ("Cr Anna Lee"), constables
                         "Cr": "Councillor", "Cr.": "Councillor", "Clr": "Councillor", "Clr.": "Councillor",
                         "Const": "Constable", "Const.": "Constable",
                         # the armed forces' and coast guards' ("Lt. Cmdr. Erin Walsh", "Pvt. Ada Lin")
                         "Cmdr": "Commander", "Cmdr.": "Commander", "Cdr": "Commander", "Cdr.": "Commander",
                         "Pvt.": "Private", "Brig.": "Brigadier", "Spc.": "Specialist"}
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
    "Cardinal", "Councilman", "Councilwoman", "Councilmember", "former", "Commander",
    # local, police and parliamentary titles of other countries ("Councillor Tobias Wren",
    # "Constable Aaron Pike", "Westmoor MP Hugh Larkin")
    "Councillor", "Councilor", "Constable", "Sergeant", "MP", "MSP", "MEP", "MLA", "TD", "Alderman", "Alderwoman",
    "Assemblyman", "Assemblywoman", "Assemblymember", "Trooper",
    # British house style drops the full stop of an abbreviated title ("Cllr Helen Dawson",
    # "Prof Anna Keller", "Det Insp Ray Cole")
    *BRITISH_ABBREVIATIONS,
])
# lower-case words inside a title, each with the words that close the title after it:
# "Special Agent in Charge", "Commander in Chief", "Senate President pro Tem" ("pro tempore")
TITLE_LINKS = {"in": frozenset({"Charge", "Chief"}), "pro": frozenset({"Tem", "Tempore", "tem", "tempore"})}
# (and the offices a title is "of": "Dean of Students", "Director of Communications")
TITLE_TAILS = frozenset().union(*TITLE_LINKS.values(), {"Students", "Admissions", "Operations", "Communications",
                                                        "Nursing", "Medicine"})
# the head nouns of a description that stands for an institution the article names with it
# capitalised: the court (the Supreme Court), the agency, the committee
ORG_HEADS = frozenset({"court", "agency", "department", "committee", "commission", "ministry", "bureau", "council",
                       "university", "company", "hospital", "airline", "board", "authority", "union", "school",
                       "foundation", "institute", "college", "museum", "zoo"})
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
    # heads of schools and ranks of the police and the forces ("Superintendent Marcus Hale said …
    # the superintendent said")
    "superintendent", "principal", "provost", "regent", "clerk", "sergeant", "lieutenant", "colonel",
    "admiral", "constable", "trooper", "detective", "physician", "surgeon",
    # offices of local bodies, schools, parks and ports ("Dean of Students Ann Rowe … the dean said")
    "dean", "treasurer", "councillor", "councilor", "coroner", "ranger", "warden", "inspector", "curator",
    "administrator", "coordinator", "supervisor", "foreman", "auditor", "comptroller", "assessor", "registrar",
    "rector", "headteacher", "headmaster", "headmistress", "vicar", "harbormaster", "harbourmaster",
    "meteorologist", "forecaster", "geologist", "veterinarian",
    # people named by who they are in the story ("Parent Angela Moss said", "Neighbor Ann Cole")
    "parent", "resident", "neighbor", "neighbour", "passenger", "student", "teacher", "survivor", "homeowner",
    "volunteer", "firefighter", "paramedic", "farmer", "voter", "shopper", "retiree", "veteran", "patient",
    "rider", "commuter", "hiker", "camper", "evacuee", "motorist", "driver", "juror", "bystander", "witness",
])
# what a person is to someone, named before the name in an aside ("His wife, Jenna Olsen,",
# "the Danish envoy, Lars Berg,"), with the gender the noun says (None: either)
ASIDE_NOUNS = {"wife": "f", "husband": "m", "widow": "f", "widower": "m", "mother": "f", "father": "m",
               "son": "m", "daughter": "f", "brother": "m", "sister": "f", "girlfriend": "f", "boyfriend": "m",
               "fiancée": "f", "fiancee": "f", "fiancé": "m", "grandmother": "f", "grandfather": "m", "aunt": "f",
               "uncle": "m", "niece": "f", "nephew": "m", "grandson": "m", "granddaughter": "f", "cousin": None,
               "friend": None, "partner": None, "colleague": None, "envoy": None, "vicar": None, "neighbour": None,
               "neighbor": None, "landlord": None, "landlady": "f", "boss": None, "employer": None}
# verbs of saying whose object is the listener, not the speaker ("told The Hindu")
LISTENER_VERBS = frozenset({"told", "tells", "telling"})
GENDERED = {"spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "woman": "f",
            "spokesman": "m", "chairman": "m", "congressman": "m", "man": "m"}
ORG_WORDS = set([
    "Department", "Center", "Centre", "Court", "Times", "Post", "Journal", "News", "Network", "Forward", "Service",
    "Agency", "Administration", "Association", "Foundation", "Institute", "University", "College", "Committee",
    "Council", "Office", "Party", "Group", "Company", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Union", "Bureau",
    "Commission", "Ministry", "Police", "Campaign", "Coalition", "Fund", "Project", "Congress", "Senate", "Government",
    "Organization", "Organisation", "Republicans", "Democrats", "Tribune", "Press", "Reuters", "Watch", "Alliance",
    "Trust", "Board", "Authority", "Bank", "Church", "School", "Club", "League", "Federation", "Society", "House",
    "Hospital", "Clinic", "Zoo", "Museum", "Library", "Airlines", "Airways", "Airport",
    "Observatory", "Forum", "Partnership", "Collective", "Initiative", "Guild", "Laboratory", "Laboratories",
    "Railway", "Railways", "Motors", "Services", "Elementary", "Academy",
    # the last words of newspapers' names ("the Financial Courier", "the Metro Ledger")
    "Courier", "Herald", "Gazette", "Telegraph", "Chronicle", "Observer", "Examiner", "Inquirer", "Ledger",
    "Sentinel", "Dispatch", "Courant", "Enquirer", "Bulletin", "Register",
    # and of football clubs' ("Ashdown Rovers", "Preston Athletic")
    "Rovers", "Wanderers", "Rangers", "United", "Athletic", "Albion", "Hotspur", "FC",
])
COMMON_SUBJECTS = set([
    "critics", "officials", "experts", "analysts", "residents", "lawmakers", "authorities", "prosecutors",
    "protesters", "advocates", "supporters", "opponents", "scientists", "researchers", "doctors", "police",
    "witnesses", "observers", "sources", "documents", "records", "reports", "investigators", "economists", "people",
    "voters", "parents", "teachers", "students", "workers", "employees", "users", "customers", "officers", "agents",
    "judges", "lawyers", "attorneys", "leaders", "members", "democrats", "republicans", "others", "many", "some",
    "allies", "aides", "multiple", "someone", "somebody",
])
STOP_CAPS = set([
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "So", "Yet", "However",
    "Meanwhile", "Still", "Then", "Later", "After", "Before", "When", "While", "Since", "Although", "Though",
    "Because", "If", "As", "Also", "It", "Its", "This", "That", "These", "Those", "There", "Here", "He", "She", "They",
    "We", "I", "His", "Her", "Their", "Our", "My", "Other", "Such", "Some", "Many", "Most", "Both", "Each", "Every",
    "Another", "Several", "Few", "All", "Any", "None", "Neither", "Either", "Top", "One", "According",
    "Under", "Over", "Earlier", "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
    # sentence adverbs and a question word, which open a sentence and never a name
    # ("Nevertheless, the vote …" is no one with an appositive; "Why not write: …")
    "Nevertheless", "Nonetheless", "Instead", "Recently", "Moreover", "Furthermore", "Otherwise", "Likewise",
    "Indeed", "Therefore", "Thus", "Hence", "Ultimately", "Finally", "Initially", "Eventually", "Regardless",
    "Unfortunately", "Fortunately", "Similarly", "Additionally", "Separately", "Previously", "Currently", "Why",
])
# marks of a number, written before it: "Juror No. 7", "Nos. 3 and 4" (never a name's last word)
NUMBER_MARKS = frozenset({"No", "No.", "Nos", "Nos.", "Nr", "Nr.", "Nº"})
CONNECTORS = {"de", "van", "von", "der", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "dos", "das", "of",
              "for", "and"}
# the connectors that are particles of a family name: "de la Cruz", "bin Salman", "van der Meer" said
PARTICLES = CONNECTORS - {"of", "for", "and"}
SUFFIXES = {"Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr"}
# what opens an indefinite description, which names nobody (said a senior official)
INDEFINITES = {"a", "an", "one", "another", "some", "several", "two", "three", "many"}
APPOS_OPENERS = set([
    "a", "an", "the", "who", "whose", "which", "former", "then", "now", "appointed", "nominated", "named", "elected",
    "also", "himself", "herself", "one",
]) | ROLE_NOUNS
# X, in a statement released by the campaign, said: a phrase, not a role
PLACE_OPENERS = {"of", "from", "in", "at", "on", "during", "after", "before", "speaking", "writing", "citing",
                  "when", "while", "like", "unlike", "according", "asked", "responding", "reacting", "addressing",
                  "interviewed", "testifying", "appearing", "standing", "campaigning", "visiting", "seeking",
                  "hoping", "trying", "facing", "noting", "referring", "echoing", "pointing", "through", "via"}
_NO_ROLE_OPENERS = PLACE_OPENERS | {"who", "whose", "which", "appointed", "nominated", "named", "elected",
                    "himself", "herself", "also", "one"}
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


# (a quotation blanked out, \ue000, ends the role too: "the executive in charge of “Today,” reminded")
_ROLE_CUT_RE = re.compile(r"\s+(?:who|which|that|whose|serving|working|representing|speaking|appearing)\b|,|\ue000")
_ARTICLE_START_RE = re.compile(r"^(?:a|an|the)\s+")
_SPEECH_IN_ROLE_RE = re.compile(r"\s(?:said|says|told|tells|added|adds)"
                                r"(?:\s*:|\s*$|\s+(?:that|on|in|the|a|an|he|she|it|they)\b)")


def appositive_role(appos: str) -> str:
    """The role an appositive gives (``a Bill Clinton appointee`` → ``Bill Clinton appointee``)."""
    if not appos or appos.split(" ", 1)[0] in _NO_ROLE_OPENERS or participle_phrase(appos.split(" ", 1)[0]):
        return ""
    text = _ARTICLE_START_RE.sub("", appos)
    cut = _ROLE_CUT_RE.search(text)
    role = (text[: cut.start()] if cut else text).strip()
    # "Speaking to the Courier, the chief executive said: …": no appositive but the
    # subject of the next clause (an appositive is closed by a comma before the verb)
    return "" if _SPEECH_IN_ROLE_RE.search(role) else role


def participle_phrase(first: str) -> bool:
    """``X, celebrating a victory in …, is pledging``: a phrase opened by a participle in
    -ing between a name and its verb (a phrase, not a role)."""
    return len(first) > 5 and first.endswith("ing") and first.isalpha() and first.islower()


# adjectives in -ed that stand in a role before a name ("retired police officer John Roe")
_ROLE_PARTICIPLES = {"retired", "elected", "embattled", "disgraced", "accused", "convicted", "indicted", "jailed",
                     "detained", "renowned", "acclaimed", "celebrated", "respected", "licensed", "registered",
                     "certified", "unnamed", "injured", "wounded", "married", "widowed", "divorced", "talented",
                     "seasoned", "noted", "famed", "beloved", "unidentified", "qualified", "trained", "skilled"}
# finite verbs, past and present, that end a clause before a role phrase ("Mayor Roe met
# council member Ana Ruiz": the role is "council member", not the clause before it)
_CLAUSE_VERBS = {"met", "told", "hit", "led", "beat", "sent", "brought", "took", "gave", "saw", "left", "made",
                 "won", "lost", "chose", "knew", "found", "fought", "caught", "struck", "held", "paid", "sought",
                 "taught", "thought", "wrote", "spoke", "became", "came", "went", "ran", "drove", "shot", "let",
                 "kept", "is", "was", "were", "are", "has", "had", "have", "meets", "tells", "thanks", "asks",
                 "calls", "names", "hires", "fires", "sues", "visits", "welcomes", "blames", "accuses", "joins",
                 "praises", "urges", "replaces", "defends", "introduces", "appoints", "nominates", "succeeds"}


# words a role phrase before a name never reaches back over ("criticism from Republican
# presidential candidate Roe", "he singled out campaign manager Roe", "what aide Roe"):
# prepositions, determiners, conjunctions, quantifiers, pronouns and particles
_ROLE_STOPS = {"by", "of", "with", "to", "for", "from", "against", "about", "on", "in", "at", "a", "an", "the",
               "his", "her", "their", "its", "our", "my", "your", "under", "than", "and", "or", "but", "that", "this",
               "these", "those", "while", "as", "out", "up", "off", "down", "into", "onto", "over", "after",
               "before", "like", "including", "among", "between", "alongside", "behind", "toward", "towards", "via",
               "per", "whom", "who", "whose", "which", "what", "when", "where", "how", "why", "all", "both", "each",
               "every", "some", "many", "multiple", "several", "such", "not", "no", "also", "even", "just", "only",
               "if", "because", "since", "until", "so", "he", "she", "they", "we", "it", "i", "you", "him", "them",
               "us", "be", "being", "been", "would", "will", "can", "could", "should", "may", "might", "must"}


def role_stop(word: str) -> bool:
    """A word a role phrase before a name stops at (not included): one of ``_ROLE_STOPS``,
    a finite verb (:func:`clause_verb`) or an adverb in -ly ("newly", "virtually")."""
    low = word.lower()
    return (low in _ROLE_STOPS or clause_verb(word)
            or (len(word) > 4 and word.endswith("ly") and word.islower() and word not in ("family", "italy")))


def clause_verb(word: str) -> bool:
    """A lower-case word that ends the clause a role phrase before a name may reach back
    over: a finite verb (``met``, ``thanked``, ``praises``), not a role's participle
    (``retired``)."""
    return word in _CLAUSE_VERBS or (len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower()
                                     and word not in _ROLE_PARTICIPLES)
