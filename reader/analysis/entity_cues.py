"""Cues in the words around a name that make it a team, a company or a place, and the
consistency step that gives each name one type per article.

- **Teams.** A name that beats, draws with, loses to or is beaten by another ("Hamburg beat
  Rostock 1-0", "a 3-2 win over Nantes", "drew with Celtic"), or is followed by a player's
  role ("Schalke striker Martin Max", "Florida manager John Boles"), is a side: an
  organisation, or a place when it is a country (national sides: "England beat Pakistan").
- **Bodies.** A lower-case noun for a body just before the name ("newspaper Le Populaire",
  "the rebel group Shining Path", "division side Manchester City"), "shares in X",
  "economists at X", or a role and then a person's name after it ("Barrick chairman Peter
  Munk") make an organisation.
- **Places.** ``place_of`` asks :mod:`reader.analysis.gazetteer`, also under "The …" ("the
  Netherlands") and in title case for capitals ("GERMANY"); "in" or "near" before an
  unknown name makes a place, and so does a lower-case noun for a site or a road after it
  ("Stansted airport", "the Quarry Lane bridge") or a settlement noun in an apposition
  ("Kell , a small mining town").
- **Consistency.** ``propagate`` types every mention of a name by the strongest cue any of
  its mentions has in the article (a cue beats a default; among cues, the most frequent).

Hand-written: the cues are a few dozen words, cheap to check (each looks at one or two
neighbouring tokens), and explainable; see the README for the measured alternative (spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter
from typing import NamedTuple

from reader.analysis import gazetteer
from reader.analysis.cue_words import LABEL_WORDS
from reader.analysis.gazetteer import ATTRIBUTE_NOUNS, LOCATIVES, NOT_ENTITY_ACRONYMS
from reader.analysis.name_chunks import NAMEISH_RE, Chunk, Tok, word_at
from reader.analysis.place_names import demonym, is_country, place_of
from reader.text.speedups import native_function
from reader.text.tokens import STOPWORDS

_native_hits: Callable[[str, tuple[str, ...], int], int] | None = native_function("word_hits")

TEAM_VERBS_AFTER = {"beat", "beats", "drew", "draw", "lost", "defeated", "edged", "thrashed", "crushed", "routed",
                    "trounced", "upstaged", "outclassed", "overcame", "downed", "blanked", "whipped", "hammered",
                    "clinched", "held", "snatched", "equalised", "equalized", "rallied"}
TEAM_VERBS_BEFORE = {"beat", "beating", "defeated", "defeating", "edged", "thrashed", "thrashing", "crushed",
                     "routed", "trounced", "upstaged", "hammered", "downed", "blanked", "whipped", "outclassed"}
# "win over X", "drew with X", "lost to X": a verb or noun and then a preposition.
TEAM_PAIRS = {("over", "win"), ("over", "victory"), ("over", "wins"), ("over", "triumph"), ("with", "drew"),
              ("with", "draw"), ("with", "tied"), ("to", "lost"), ("to", "losing"), ("to", "loss"),
              ("to", "defeat"), ("by", "beaten"), ("by", "defeated"), ("by", "held"), ("against", "match"),
              ("against", "game"), ("against", "play"), ("against", "draw"), ("for", "plays"), ("for", "played"),
              ("for", "playing"), ("for", "signed"), ("from", "signed"), ("against", "playing"),
              ("against", "played")}
TEAM_ROLES = {"striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "winger", "coach", "manager",
              "captain", "fullback", "sweeper", "playmaker", "pitcher", "outfielder", "infielder", "shortstop",
              "reliever", "catcher", "batsman", "bowler", "skipper", "fans", "supporters", "side", "squad",
              "team-mate", "teammate", "player", "players", "centre", "center", "lock", "prop", "hooker",
              "flanker", "scrum-half", "fly-half", "quarterback", "guard", "left-hander", "right-hander",
              "rookie", "designated", "slugger", "third", "first", "second", "starter", "closer"}
ORG_ROLES = {"chairman", "chairwoman", "president", "spokesman", "spokeswoman", "spokesperson", "chief",
             "director", "executive", "analyst", "analysts", "economist", "economists", "official", "officials",
             "secretary-general", "secretary", "head", "leader", "trader", "traders", "dealer", "dealers",
             "managing", "general", "deputy", "vice", "senior", "treasurer", "shareholders", "owner", "owners"}
_ROLE_RUN = ORG_ROLES | {"and", "executive", "officer"}      # "X chairman and chief executive Y"
ORG_NOUNS_BEFORE = {"newspaper", "daily", "weekly", "magazine", "group", "company", "firm", "club", "side", "team",
                    "party", "bank", "agency", "carrier", "airline", "insurer", "maker", "champions", "brokerage",
                    "broker", "conglomerate", "subsidiary", "outfit", "retailer", "manufacturer", "producer",
                    "exporter", "importer", "operator", "utility", "distributor", "publisher", "organisation",
                    "organization", "association", "union", "federation", "movement", "paper", "tabloid",
                    "broadsheet", "journal", "network", "channel", "broadcaster", "station", "faction", "militia",
                    "leaders", "holders", "outsiders", "opponents", "hosts", "visitors", "rivals", "giants",
                    "group's", "unit", "affiliate", "chain", "automaker", "carmaker", "lender", "bourse", "exchange"}
# Nouns before a name that a team or a person can both be ("champions Porto", "champions Aly Raisman").
SIDE_NOUNS_BEFORE = {"champions", "holders", "leaders", "outsiders", "opponents", "hosts", "visitors", "rivals",
                     "giants", "side", "team"}
ORG_PREPOSITIONS = {("in", "shares"), ("in", "stake"), ("at", "economists"), ("at", "analysts"), ("at", "analyst"),
                    ("at", "economist"), ("at", "strategist"), ("at", "dealer"), ("at", "dealers"),
                    ("at", "trader"), ("at", "traders"), ("of", "shares"), ("of", "shareholders"),
                    ("of", "subsidiary"), ("of", "unit"), ("of", "chairman"), ("of", "shareholder"),
                    ("by", "owned"), ("by", "controlled"), ("by", "published"), ("in", "stakes"),
                    ("of", "stake"), ("with", "merger"), ("to", "signed")}
PLACE_LOCATIVES = {"in", "near", "In", "Near", "outside", "Outside"}
# "residents of X", "the outskirts of X": nouns whose "of" names a place
PLACE_OF_NOUNS = frozenset({"residents", "outskirts", "suburbs", "village", "town", "townspeople"})
# "in southern …", "across northeastern …": a region of a place, never of a person or a body
COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                           "southeastern", "southwestern", "north", "south", "east", "west", "coastal", "rural"})


def _side(c: Chunk) -> str:
    """A team's type: a country's side is a place, a club an organisation."""
    return "place" if is_country(c.text) else "organization"


def _full_name(c: Chunk) -> bool:
    """Two or more words that read as a person's name, none of them a big place ("Hansa
    Rostock" is a club, "Judith Wiesner" a player)."""
    if len(c.toks) < 2 or not all(NAMEISH_RE.match(t.bare) for t in c.toks):
        return False
    for t in c.toks:
        place = place_of(t.bare)
        if place is not None and (place.kind != gazetteer.CITY or place.population >= 50_000):
            return False
    return True


class Around(NamedTuple):
    """The words around a chunk (``""`` past either end of the text): the three before it,
    nearest first, and the two after it. Read once per chunk, for all the cues below."""

    p1: str
    p2: str
    p3: str
    n1: str
    n2: str


def around(toks: list[Tok], at: int, after: int) -> Around:
    """The words around the chunk of tokens ``at`` to ``after`` (exclusive)."""
    n = len(toks)                # (word_at's, inline: asked for every chunk)
    return Around(toks[at - 1].text if 0 < at <= n else "", toks[at - 2].text if 1 < at <= n + 1 else "",
                  toks[at - 3].text if 2 < at <= n + 2 else "", toks[after].text if 0 <= after < n else "",
                  toks[after + 1].text if -1 <= after < n - 1 else "")


def team_cue(c: Chunk, toks: list[Tok], after: int, near: Around | None = None) -> str | None:
    """The type a sports cue gives a name, or None (see the module's "Teams")."""
    near = near or around(toks, c.at, after)
    prev, prev2 = near.p1, near.p2
    if prev in ("the", "The"):
        prev, prev2 = prev2, near.p3
    nxt, nxt2 = near.n1, near.n2
    cued = (nxt in TEAM_VERBS_AFTER or prev in TEAM_VERBS_BEFORE or (prev, prev2.lower()) in TEAM_PAIRS
            or (nxt in TEAM_ROLES and (nxt2[:1].isupper() or nxt in ("fans", "supporters", "side", "squad"))))
    # (the cues first: most names have none, and then whether they read as a full name is not asked)
    if not cued or _full_name(c):
        return None     # "Judith Wiesner overcame Iva Majoli": players, not sides
    return _side(c)


def org_cue(c: Chunk, toks: list[Tok], after: int, near: Around | None = None) -> bool:
    """A body: a noun for one just before ("newspaper X"), "shares in X", or a role and a
    person's name after ("X chairman Peter Munk")."""
    near = near or around(toks, c.at, after)
    return _org_cued(c, toks, after, near) and not is_country(c.text)    # (a country is no body: asked last)


def _org_cued(c: Chunk, toks: list[Tok], after: int, near: Around) -> bool:
    """:func:`org_cue`'s cues, whatever the name."""
    prev, prev2 = near.p1, near.p2
    if (prev in ORG_NOUNS_BEFORE and not (prev in SIDE_NOUNS_BEFORE and _full_name(c))) \
            or (prev, prev2.lower()) in ORG_PREPOSITIONS:
        return True
    nxt = near.n1
    if prev in ("a", "an", "another") and nxt[:1].islower() and nxt not in ATTRIBUTE_NOUNS \
            and place_of(c.text) is None and c.text not in NOT_ENTITY_ACRONYMS:
        return True     # "a Sudan Airways plane", "another Amoco official": no person is "a" someone
    if nxt not in ORG_ROLES:
        return False
    k = after + 1
    while k < min(after + 4, len(toks)) and toks[k].text in _ROLE_RUN:
        k += 1
    return k < len(toks) and toks[k].cap


PLACE_NOUNS = {"town", "city", "village", "port", "province", "region", "district", "capital", "island", "suburb",
               "area", "county", "municipality", "resort", "outskirts", "state", "republic", "enclave", "border",
               "settlement", "hamlet", "township", "valley", "river", "airport", "prefecture"}


def place_noun_before(c: Chunk, toks: list[Tok], near: Around | None = None) -> bool:
    """"the town of Quepos", "the capital Kabul", "the port city Durres": a place."""
    near = near or around(toks, c.at, c.at + len(c.toks))
    prev, prev2 = near.p1, near.p2
    if prev == "of":
        return prev2 in PLACE_NOUNS
    return prev in PLACE_NOUNS and prev in ("capital", "town", "city", "village", "port", "province", "resort",
                                            "suburb", "island", "district", "region", "state")


# Lower-case nouns for a site after its name ("Stansted airport", "the Sikhin village", "Jiangsu
# province", "the Quarry Lane bridge"): the name is the place's. Nouns a person or a body is also
# said to have ("camp", "state", "border", "area", "office") and nouns that are also verbs after a
# subject ("crossing", "road" in "road map") are left out.
_PLACE_NOUNS_AFTER = frozenset({"airport", "village", "villages", "province", "region", "island", "islands",
                                "mountains", "peninsula", "valley", "district", "prefecture", "oilfield", "airbase",
                                "checkpoint", "mosque", "stadium", "prison", "township", "suburb", "enclave",
                                "municipality", "county",
                                # roads, crossings and structures built on them ("the Quarry Lane bridge",
                                # "the Kell highway", "the Dorn tunnel", "a Varna jail", "the Oster river")
                                "bridge", "highway", "motorway", "expressway", "freeway", "bypass", "tunnel",
                                "junction", "roundabout", "canal", "river", "jail"})


def place_noun_after(c: Chunk, near: Around) -> bool:
    """"Stansted airport", "the disputed Karabakh region", "Qalandia refugee camp": a name
    followed by a lower-case noun for a site is a place."""
    if c.toks[-1].text.endswith(("'s", "’s")):
        return False
    if len(c.toks) == 1 and c.toks[0].initial:
        place = place_of(c.text)        # "Huge stadium lights": a sentence's first word may be an adjective
        if place is None or not (place.major or place.kind != gazetteer.CITY):
            return False
    nxt = near.n1
    return nxt in _PLACE_NOUNS_AFTER or (nxt == "refugee" and near.n2 in ("camp", "camps"))


# Nouns for a settlement or a division of land in an apposition after a name ("Dunmore , a small
# town …"): not "area", "state" or "capital", which a body or a person is also said to be or have.
_SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "hamlet", "suburb", "settlement", "township", "district",
                               "province", "region", "port", "island", "resort", "municipality", "county"})
_AFTER_SETTLEMENT = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def place_in_apposition(toks: list[Tok], after: int) -> bool:
    """"Dunmore , a small town some 40 km north of …", "Kell , an old mining village": a name
    followed by a comma and "a"/"an", up to three lower-case words (or a people: "an Arab
    town") and a noun for a settlement is a place. The noun must end its phrase (a comma, a
    stop word or a compass word after it), so "a town council contractor" is no cue."""
    if word_at(toks, after) != "," or word_at(toks, after + 1) not in ("a", "an"):
        return False
    for k in range(after + 2, min(after + 6, len(toks))):
        w = toks[k].text
        if w in _SETTLEMENT_NOUNS:
            nxt = word_at(toks, k + 1)
            return not nxt[:1].isalnum() or nxt.lower() in STOPWORDS or nxt.lower() in _AFTER_SETTLEMENT
        if not (w.isalpha() and (w.islower() or demonym(w))) or w in STOPWORDS:
            return False
    return False


def region(c: Chunk) -> bool:
    """A name of several words that the gazetteer knows as a country, state or region, though
    one of its words names bodies elsewhere ("West Bank")."""
    place = place_of(c.text) if len(c.toks) > 1 else None
    return place is not None and place.kind != gazetteer.CITY


def not_a_name(c: Chunk, toks: list[Tok], lower: set[str]) -> bool:
    """Capitals that name nothing: an acronym defined for a lower-case phrase ("500 megawatts
    ( MW )"), or a word in capitals that the article also writes in lower case ("NOTE", "TYPE")."""
    if len(c.toks) != 1 or not c.toks[0].acronym:
        return False
    word = c.toks[0].bare
    if word in LABEL_WORDS or (len(word) >= 4 and word.lower() in lower and place_of(word) is None):
        return True
    before = word_at(toks, c.at - 2)
    return word_at(toks, c.at - 1) == "(" and word_at(toks, c.at + 1) == ")" and before[:1].islower()


def place_after_locative(c: Chunk, toks: list[Tok], near: Around | None = None) -> bool:
    """"in Tamil Nadu", "near Turner", "into southern British Columbia": an unknown name
    after "in" or "near" (or a locative and a compass word) is a place."""
    prev = near.p1 if near is not None else word_at(toks, c.at - 1)
    if prev.lower() in COMPASS_WORDS:
        before = near.p2 if near is not None else word_at(toks, c.at - 2)
        return before.lower() in LOCATIVES and not c.toks[-1].text.endswith(("'s", "’s"))
    if c.toks[-1].text.endswith(("'s", "’s")):
        return False
    if prev == "of":
        before = near.p2 if near is not None else word_at(toks, c.at - 2)
        return before.lower() in PLACE_OF_NOUNS
    return prev in PLACE_LOCATIVES


_SPORT_WORDS = [
    "beat", "beats", "drew", "draw", "goals?", "scored", "striker", "midfielder", "defender", "goalkeeper",
    "halftime", "half-time", "innings", "wickets?", "penalty", "coach", "league", "championship", "semifinal",
    "semi-final", "quarter-final", "quarterfinal", "seeded", "unbeaten", "home run", "pitcher", "batsman",
    "bowler", "tries", "try", "relegation", "promoted", "standings", "fixture", "kickoff", "kick-off",
]
_BY_FIRST: dict[str, list[str]] = {}
for _word in _SPORT_WORDS:
    _BY_FIRST.setdefault(_word[0], []).append(_word[1:])
# \b(?:beat|beats|…)\b with the words grouped by first letter (b(?:eat|eats)|…), so that a
# word start tries some 20 letters, not 40 words; none is another's prefix up to a word's end.
# (What _sport_words counts; tests/test_entities_cues.py compares the two.)
_SPORT_RE = re.compile(r"\b(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in _BY_FIRST.items()) + r")\b")
_SCORE_RE = re.compile(r"(?<![\d.-])\d{1,3}-\d{1,3}(?![\d-])"
                       r"|^[A-Z][A-Za-z .]{0,30} \d{1,2} [A-Z][A-Za-z .]{0,30} \d{1,2}$", re.M)


# _SPORT_RE's words, each written out ("goals?": "goal" and "goals")
_SPORT_FORMS = tuple(form for word in _SPORT_WORDS
                     for form in ((word[:-2], word[:-1]) if word.endswith("s?") else (word,)))


def sports_article(text: str) -> bool:
    """Sport's words and scores: a story where a town is more often a side than a place."""
    return _sport_words(text, 4) >= 4 and _SCORE_RE.search(text) is not None


def _sport_words(text: str, enough: int) -> int:
    """How many times _SPORT_RE matches in ``text`` (counted up to ``enough``), found with
    ``str.find`` for each of its words (some six times fewer instructions than the pattern,
    tried at every character). A match is a word (or "home run") with no word character
    (\\w: alphanumeric or "_") on either side; no two overlap, so the count is the sum of
    each word's. In C when ``reader._native`` is there (``word_hits`` in reader/native/names.c:
    one pass over the text, looking only where a word starts, not one scan per word)."""
    if _native_hits is not None:
        return _native_hits(text, _SPORT_FORMS, enough)
    found = 0
    n = len(text)
    find = text.find
    for form in _SPORT_FORMS:
        size = len(form)
        at = find(form)
        while at >= 0:
            end = at + size
            if (not at or not _word_char(text[at - 1])) and (end == n or not _word_char(text[end])):
                found += 1
                if found >= enough:
                    return found
            at = find(form, at + 1)
    return found


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def sides_not_places(chunks: list[Chunk]) -> None:
    """In a sports story, a town, county or state typed a place only because the gazetteer
    knows it ("Blackburn announced", "the Dortmund trio") is a side; a country stays a place
    (a national side), and so does any town after "in", "at" or "from"."""
    for c in chunks:
        if c.type == "place" and c.weak and not c.cued and not c.own and not is_country(c.text):
            c.type = "organization"


_COUNT = itemgetter(1)


def propagate(chunks: list[Chunk]) -> None:
    """Give every weakly typed or untyped mention of a name the type its cued mentions
    agree on (the most frequent, ties to the first)."""
    votes: dict[str, dict[str, int]] = {}      # per name: the count of each type, in first-seen order
    not_side: set[tuple[str, str]] = set()     # (name, type) a cue other than a team's gave
    for c in chunks:
        if c.type in ("person", "organization", "place") and (c.cued or not c.weak) and not (c.strict or c.own):
            key = c.text.casefold()
            counted = votes.setdefault(key, {})
            counted[c.type] = counted.get(c.type, 0) + 1
            if not c.side:
                not_side.add((key, c.type))
    if not votes:
        return
    for c in chunks:
        if c.type == "skip" or c.strict or c.cued or c.own or not (c.weak or c.type is None):
            continue
        key = c.text.casefold()
        agreed = votes.get(key)
        if agreed:
            c.type = max(agreed.items(), key=_COUNT)[0]       # the first of the most frequent
            c.weak = False
            c.side = (key, c.type) not in not_side     # only "beat X": a player's name may take it back
