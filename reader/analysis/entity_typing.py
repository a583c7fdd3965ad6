"""What type each capitalised chunk of an article names, from its own words and the words
around it (:func:`classify`): step 3 of :func:`reader.analysis.entities.extract_entities`.

A chunk is dropped (type ``skip``) when it names an event, a law or a label ("Operation
…", "… Act", "Group A"), a people ("Canadian"), or is a title alone; it is an organisation
by its words ("Department", "Times", a last word such as "Airways"; a government noun after
it: "the Trump administration", but "the Tehran government" names the place); a person by a
head title before it ("Judge", "General"); else the cue words around it decide
(:func:`_cue_type`): a role noun before it, a place noun before it or a site noun after it
("Stansted airport", "the Quarry Lane bridge"), a team or body cue
(:mod:`reader.analysis.entity_cues`), what follows it ("news agency", ", which", "said it
would": not a person), an article before it, a settlement noun in an apposition ("Kell , a
small town": a place), an apposition, a speech verb or "who" after it (a person), the
gazetteer (:mod:`reader.analysis.place_names`), a locative before it (a place); a lone
acronym is an organisation. Many of these cues are
*weak* (``Chunk.weak``): the article's own stronger cues for the same name win later
(:mod:`reader.analysis.entity_resolve`). Chunks no rule types stay untyped for the later steps.

Hand-written rules, not a model: see :mod:`reader.analysis.entities` for why.
"""

from __future__ import annotations

from reader.analysis import gazetteer
from reader.analysis.cue_words import CALENDAR_CAPS, SCORECARD_LABELS, SPORT_LABELS, TAIL_ORG_WORDS
from reader.analysis.currencies import CODES as CURRENCY_CODES
from reader.analysis.entity_cues import (
    PLACE_OF_NOUNS,
    Around,
    around,
    not_a_name,
    org_cue,
    place_after_locative,
    place_in_apposition,
    place_noun_after,
    place_noun_before,
    region,
    team_cue,
)
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
    TITLES,
)
from reader.analysis.name_chunks import POSSESSIVE_RE, Chunk, Tok, word_at
from reader.analysis.place_names import ORG_PLACES, demonym, is_country, place_of
from reader.text.tokens import STOPWORDS

_NOT_STANDALONE = ORG_WORDS - STANDALONE_ORGS      # organisation words that name no body alone
_STOP_SCAN = {".", ",", ";", ":", "!", "?", "”", "“", '"', "(", ")", "—", "–"}


def classify(chunks: list[Chunk], toks: list[Tok], lower: set[str]) -> None:
    """Type every untyped chunk (``c.type``; ``skip`` for one that names nothing; ``None``
    when no rule types it), setting ``c.role``, ``c.weak`` and ``c.cued`` where a rule says
    so: first by its own words (:func:`_own_type`), else by the words around it
    (:func:`_cue_type`); ``lower``: the words the article writes in lower case."""
    for c in chunks:
        if c.type is None:
            c.type = _own_type(c, toks, lower) or _cue_type(c, toks, c.at + len(c.toks))


def _own_type(c: Chunk, toks: list[Tok], lower: set[str]) -> str | None:
    """The type a chunk's own words give it, or ``None`` when they leave it to the cues:
    ``skip`` for an event, a law, a label, a people ("Canadian"), a word the article writes in
    lower case before a title, a title alone or organisation words that name no body alone;
    a region; an organisation by its words or by a government noun after it (taken into the
    chunk: "the Moscow city council"); a person after a head title ("Judge", cut off the
    chunk into ``c.role``)."""
    names = [t.bare for t in c.toks]
    after = c.at + len(c.toks)
    if ((names[0] in EVENT_FIRST and len(names) > 1) or names[-1] in EVENT_LAST or names[-1] in LAW_WORDS
            or _is_label(names) or not_a_name(c, toks, lower) or _furniture(c, names, toks, after)
            or (len(names) == 1 and (demonym(names[0]) or (c.before_title and names[0].lower() in lower)))):
        return "skip"
    if region(c):
        return "place"
    if names[-1] in TAIL_ORG_WORDS and len(names) > 1:
        return "organization"
    nxt = word_at(toks, after)
    if nxt.endswith(("’s", "'s")):          # POSSESSIVE_RE's cut (a token holds no line break)
        nxt = nxt[:-2]
    if (nxt in GOVERNMENT_NOUNS or nxt == "authorities") and names[-1] not in ORG_WORDS \
            and not POSSESSIVE_RE.search(c.toks[-1].text):
        if nxt in _GOVERNED and _governed(c.text):
            return "place"      # "the Tehran government", "the Taiwan authorities": the place governed
        if nxt == "authorities":
            return None
        c.retoks([*c.toks, toks[after]], c.at)
        return "organization"
    if not ORG_WORDS.isdisjoint(names) and not (names[0] in TITLES and names[-1] not in ORG_WORDS):
        return "skip" if _NOT_STANDALONE.issuperset(names) else "organization"
    k = 0
    while k < len(names) - 1 and names[k] in TITLES:
        k += 1
    if k and any(n in HEAD_TITLES for n in names[:k]):
        c.role = " ".join(names[:k])
        c.retoks(c.toks[k:], c.at + k)
        return "person"
    if TITLES.issuperset(names[:-1]) and is_country(names[-1]) and len(names) > 1:
        c.retoks(c.toks[-1:], after - 1)        # "Former U.S. president X", "Former England captain X"
        return "place"
    if TITLES.issuperset(names) and not c.toks[0].acronym:
        return "skip"
    return None


_GOVERNED = ("government", "authorities", "regime")     # not "campaign": "the Dole campaign"


def _furniture(c: Chunk, names: list[str], toks: list[Tok], after: int) -> bool:
    """Words of a page's or a table's frame: a headline's sport ("GOLF -"), a scorecard's
    "Extras (" and "Total (", a month or weekday in capitals, a lone capital letter ("N / A"), and a
    currency's code ("CHF 5.5 million")."""
    if len(names) == 1:
        word = names[0]
        return (len(word) == 1 and word.isupper()) or word in CALENDAR_CAPS or word in CURRENCY_CODES or (
            word in SCORECARD_LABELS and word_at(toks, after) == "(") or (c.strict and word in SPORT_LABELS)
    return c.strict and c.text in SPORT_LABELS


def _governed(text: str) -> bool:
    """A country, a region or a major city: what "government" after its name governs."""
    place = place_of(text)
    return place is not None and (place.major or place.kind != gazetteer.CITY)


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
        if is_country(c.text):
            return "place"      # "they host Spain": a verb, or a national side ("champions Spain")
        c.role = prev
        return "person"
    if c.text in ORG_PLACES:
        return "organization"
    if place_noun_before(c, toks, near) or place_noun_after(c, near):
        return "place"
    side = team_cue(c, toks, after, near)
    team = side or ((org_cue(c, toks, after, near)) and "organization")
    if team:
        c.weak = c.cued = True      # weakly: "Chang beat Agassi" names two of the article's people
        c.side = side is not None
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
    if place_in_apposition(toks, after):
        return "place"
    if not single_acronym and _person_cue_after(c, toks, after, prev, near):
        if is_country(c.text):
            c.weak = True     # "Scotland , who beat Wales": a national side, unless the article names a person so
            return "place"
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


# prepositions that only say where ("in", "at"), unlike "from" and "to" ("a statement from
# Morris said", "to talk to Thompson who")
_WHERE_WORDS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around", "within"})


def _person_cue_after(c: Chunk, toks: list[Tok], after: int, prev: str, near: Around) -> bool:
    """", who" / ", a former contractor" / "appointee" / "said" after the name."""
    nxt = near.n1
    if nxt == "," and (near.n2 == "who" or _appositive_role(c, toks, after)):
        return True
    if nxt in SPEECH_VERBS and nxt != "who" and (
            prev.lower() in _WHERE_WORDS or (prev == "of" and near.p2.lower() in PLACE_OF_NOUNS)):
        return False        # "Police in Hollowmere said", "Residents of Mill Lane said": people speak, of a place
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
    return len(c.toks) == 1 and len(text) > 3 and c.toks[0].acronym and place_of(text) is not None
