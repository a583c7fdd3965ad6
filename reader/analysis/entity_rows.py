"""Names in the rows of tables and lists, typed by the shape of the row around them.

Results, league tables, squads and contact lines are not sentences, so the cues of running
text (titles, "said", "the") are absent; their lines are "headline-like" to
:func:`reader.analysis.name_chunks.line_kinds`, whose names would count only when the running
text has them. The row itself says what its names are:

- ``Name ( Country )``: a competitor (a person; a club when a score or "v" follows), and the
  country in brackets a place; a name in brackets after a person is their club or team, and so
  is a name after the country in a ranked row (``3. Name ( Italy ) Team 1:52.3``);
- ``Name 73rd`` (the minute of a goal), cricket's ``c Name b Name``, ``lbw``, ``not out`` and
  bowling figures (``25-8-61-1``): people; ``3. Name`` at the head of a ranked row is a person
  unless a row of numbers follows (a league table);
- ``Team 2 Team 1``, ``Team v Team``, ``TEAM AT TEAM``, ``Team 3 1 1 1 6 4``, a cricket result's
  ``Ground : Team 199 and 426-5 ( ... ) , Team 232`` (out of the brackets): teams, which are
  organisations, except countries (national sides), which are places; in a fixture ``TEAM AT
  TOWN`` the name after "AT" is where the game is played, a place, and so is a cricket result's
  ground;
- ``-- Name , City Newsroom``: a contact line, a person and a bureau;
- a line holding nothing but a two- or three-word name: a byline.

Hand-written because the cues are few and exact (a regular expression over the row's text near
the name), and a statistical tagger trained on prose reads these rows no better. Each check looks
at a bounded window of the line (never the whole line), so a long line costs linear time.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis import gazetteer
from reader.analysis.name_chunks import NAMEISH_RE, Chunk, Tok
from reader.analysis.place_names import is_country, place_of
from reader.text.tokens import STOPWORDS

_COUNTRY_KINDS = (gazetteer.COUNTRY, gazetteer.CONTINENT)
_WINDOW = 80
_RANK_RE = re.compile(r"\n\s*\d{1,3}\s*[.)-]?\s*(?:=\s*)?$")
_IN_BRACKETS_AFTER_RE = re.compile(r"^\s*\(\s*([^()\n]{1,40}?)\s*\)")
_MINUTE_RE = re.compile(r"^\s*\d{1,3}(?:st|nd|rd|th)\b")
_BOWLING_RE = re.compile(r"^\s*\d+(?:\.\d)?-\d+-\d+-\d+")
_CRICKET_BEFORE_RE = re.compile(r"(?:^|\s)(?:c|b|st|lbw b|c &|run out \()\s*$")
_CRICKET_AFTER_RE = re.compile(r"^\s*(?:c|b|lbw|st|not out|run out|retired)\b")
_TEAM_SEP = r"(?:v|vs\.?|V|VS|AT)"
_TEAM_BEFORE_RE = re.compile(rf"(?:^|\s){_TEAM_SEP}\s*$")
_TEAM_AFTER_RE = re.compile(rf"^\s*{_TEAM_SEP}(?:\s|$)")
_SCORE_AFTER_RE = re.compile(r"^\s*\d{1,3}(?:\s*\([^()\n]*\))?\s*(?:[A-Za-z.,;]|$)")
_SCORE_BEFORE_RE = re.compile(r"(?:^|[A-Za-z.)]\s*)\d{1,3}\s*(?:\([^()\n]*\))?\s*$")
_TEAM_NEXT_RE = re.compile(r"^\s*\d{1,3}\s*(?:\([^()\n]*\)\s*)?[A-Z]")
_GOLF_RE = re.compile(r"^(?:\s+[6-8]\d){2,4}\s*(?:,|$)")
_TABLE_AFTER_RE = re.compile(r"^(?:\s+[-\d.,/]+){4,}\s*$")
_RESULT_AFTER_RE = re.compile(r"^\s*\d{1,3}(?:-\d{1,3})?\s*[;,(]|^\s*\d{2,3}-\d{1,2}\b")
_CONTACT_BEFORE_RE = re.compile(r"^\s*--\s*$")
_BUREAU_AFTER_RE = re.compile(r"^\s*(?:newsroom|bureau)\b")
_COMMA_AFTER_RE = re.compile(r"^\s*,")
_CLOSE_AFTER_RE = re.compile(r"^\s*[),/]")
_INITIAL_RE = re.compile(r"^[A-Z]\.$")
# how a line must end (white space left out) for _CRICKET_BEFORE_RE and _TEAM_BEFORE_RE to match
_CRICKET_ENDS = ("c", "b", "st", "&", "(")
_TEAM_ENDS = ("v", "vs", "vs.", "V", "VS", "AT")
_BUREAU_WORDS = ("Newsroom", "newsroom", "Bureau", "bureau", "Desk", "desk", "Editorial")
_RANKED_ROW_RE = re.compile(r"\n\s*\d{1,3}\s*[.)]")
_AVERAGE_RE = re.compile(r"\d\.\d\d\s*$")
_TOTAL_BEFORE_RE = re.compile(r"\n\s*\d{2,3}\s+(?:\S+\s+){0,6}$")
# a ranked competitor and the country in brackets just before the name: "3. Name ( Italy ) , Team"
_AFTER_COMPETITOR_RE = re.compile(r"\n\s*\d{1,3}\s*[.)]?\s*[^()\n]{2,40}\(\s*([^()\n]{2,30}?)\s*\)\s*,?\s*$")
# a side's innings in a cricket result ("Kent 244", "Kent 108-3", "Kent 199 and 426-5 (")
_INNINGS_AFTER_RE = re.compile(r"^\s*(?:\d{3}|\d{2,3}-\d|\d{2,3}(?=\s+and\s+\d))(?:-\d{1,2})?"
                               r"(?:\s+and\s+\d{1,3}(?:-\d{1,2})?)?\s*(?:[(,.;]|$)")
# the ground a result line opens with ("Hove : Kent 244 , ...", "At Hove : ...")
_GROUND_AFTER_RE = re.compile(r"^\s*:\s*(?:[A-Z][\w'.-]*\s+){1,3}\d{2,3}\b")
_GROUND_BEFORE_RE = re.compile(r"^\n\s*(?:At\s+)?$")
_TEAM_ROW_END_RE = re.compile(r"^\s*(?:,\s*)?(?:\d|[a-z]|$)")


class Rows:
    """Where the lines of ``text`` start, to cut a bounded window of a chunk's line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def around(self, start: int, end: int) -> tuple[str, str, bool]:
        """The line's text before ``start`` and after ``end`` (each at most ``_WINDOW``
        characters; ``before`` opens with a newline when it starts the line), and whether the
        line holds nothing else."""
        k = bisect.bisect_right(self.starts, start) - 1
        line_start = self.starts[k]
        line_end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text)
        cut = max(line_start, start - _WINDOW)
        before = ("\n" if cut == line_start else "") + self.text[cut:start]
        after = self.text[end:min(line_end, end + _WINDOW)]
        alone = line_end - line_start <= _WINDOW and not self.text[line_start:start].strip() \
            and not self.text[end:line_end].strip()
        return before, after, alone


def _team(c: Chunk) -> str:
    """A team's type: a country's side is a place (CoNLL and the wires say "England beat
    Pakistan"), a club an organisation."""
    place = place_of(c.text)
    return "place" if place is not None and place.kind in _COUNTRY_KINDS else "organization"


def _personlike(c: Chunk) -> bool:
    names = [t.bare for t in c.toks]
    return all(NAMEISH_RE.match(n) or n in ("de", "van", "der", "da", "von", "den", "le", "la") for n in names) \
        and not any(n in _BUREAU_WORDS for n in names)


def row_type(c: Chunk, before: str, after: str, alone: bool) -> str | None:
    """The type a row's shape gives chunk ``c`` (``before`` / ``after``: its line's text
    near it), or None when the row says nothing; ``venue`` is a place only this mention is
    (the town a fixture is played at, elsewhere in the article a side)."""
    # Every pattern on ``after`` opens with white space and one character of a known few (a
    # digit, a bracket, a comma, or the first letter of a cricket, team or bureau word): that
    # character is looked at first, and in running text ("said", "'s", ".") no pattern is tried.
    rest = after.lstrip()
    a0 = rest[:1]
    digit = a0.isdecimal()                          # what \d matches: Unicode's decimal digits
    spaced = a0 != "" and after[:1] != a0           # white space before it (_GOLF_RE, _TABLE_AFTER_RE)
    table = spaced and (digit or a0 in ("-", ".", ",", "/"))
    if c.toks[-1].bare in _BUREAU_WORDS or (a0 in ("n", "b") and _BUREAU_AFTER_RE.match(after)):
        return "organization" if c.toks[-1].bare in _BUREAU_WORDS else "place"
    if a0 == "," and _CONTACT_BEFORE_RE.search(before) and _personlike(c) and _COMMA_AFTER_RE.match(after):
        return "person"
    tail = before.rstrip()[-3:]         # the $-anchored patterns below need the line to end so
    if tail.endswith("(") and a0 in (")", ",", "/") and _CLOSE_AFTER_RE.match(after):
        return _bracketed(c, before)
    if len(c.toks) > 1 and _INITIAL_RE.match(c.toks[0].text) and _personlike(c):
        return "person"     # an initialled name: "N. Lenham 145"
    if digit and (_MINUTE_RE.match(after) or _BOWLING_RE.match(after)
                  or (spaced and _GOLF_RE.match(after) and _personlike(c))):
        return "person"
    if (tail.endswith(_CRICKET_ENDS) and _CRICKET_BEFORE_RE.search(before)) or (
            a0 in ("c", "b", "l", "s", "n", "r") and _CRICKET_AFTER_RE.match(after)):
        return "person" if _personlike(c) else None
    if tail.endswith((")", ",")) and _competitors_team(before, after):
        return "organization"
    if a0 == ":" and _GROUND_BEFORE_RE.match(before) and _GROUND_AFTER_RE.match(after) \
            and (len(c.toks) > 1 or place_of(c.text) is not None):     # not a label: "Bowling :"
        return "place"
    if digit and tail.endswith((":", ",")) and _INNINGS_AFTER_RE.match(after) and _outside_brackets(before):
        return _team(c)
    bracket = _IN_BRACKETS_AFTER_RE.match(after) if a0 == "(" else None
    if bracket:
        return _competitor(c, before, after[bracket.end():])
    if tail.endswith(_TEAM_ENDS) and _TEAM_BEFORE_RE.search(before):
        return "venue" if tail.endswith("AT") else _team(c)     # "TORONTO AT CHICAGO": where they play
    if a0 in ("v", "V", "A") and _TEAM_AFTER_RE.match(after):
        return _team(c)
    tabled = table and _TABLE_AFTER_RE.match(after) is not None
    if (tail[-1:].isdecimal() or tail[-1:] in (".", ")", "-", "=")) and _RANK_RE.search(before) and not tabled:
        return _place_or(c, "person")
    if tabled:
        return _table_row(c, before, after)
    if digit and _score_row(before, after):
        return _team(c)
    if digit and _RESULT_AFTER_RE.match(after) and not _personlike(c):
        return _team(c)
    if alone and 2 <= len(c.toks) <= 3 and _personlike(c) and place_of(c.text) is None:
        return "person"      # a byline
    return None


def _outside_brackets(before: str) -> bool:
    """No bracket left open in ``before`` (a cricket result's players are in brackets)."""
    return before.count("(") <= before.count(")")


def _competitors_team(before: str, after: str) -> bool:
    """``3. Name ( Italy ) Team 5 seconds behind``, ``( Italy ) , Team , 1:52.3``: in a ranked
    row, a name after the competitor's country and before a time (or the line's end) is the
    team the competitor rides or drives for."""
    m = _AFTER_COMPETITOR_RE.search(before)
    return m is not None and place_of(m.group(1)) is not None and _TEAM_ROW_END_RE.match(after) is not None


def _score_row(before: str, after: str) -> bool:
    """``Team 2 Team 1``: a score after the name, and a score before it or a team after it."""
    if not _SCORE_AFTER_RE.match(after):
        return False
    return bool(_SCORE_BEFORE_RE.search(before) or _TEAM_NEXT_RE.match(after))


def _table_row(c: Chunk, before: str, after: str) -> str:
    """A name followed by a row of numbers: a team (a league table), or a person when the row
    reads as a player's (a total before the name, as golf writes it; an average at its end)."""
    if _personlike(c) and (_AVERAGE_RE.search(after) or (len(c.toks) > 1 and _TOTAL_BEFORE_RE.search(before))):
        return "person"
    return _team(c)


def _place_or(c: Chunk, other: str) -> str:
    place = place_of(c.text)
    return "place" if place is not None and place.kind in _COUNTRY_KINDS else other


def _bracketed(c: Chunk, before: str) -> str | None:
    """A name in brackets: a place the gazetteer knows, else (after a person) a club or team."""
    place = place_of(c.text)
    after_name = re.search(r"[A-Za-z]\s*\(\s*$", before) is not None
    if place is not None and (place.kind != gazetteer.CITY or not after_name):
        return "place"
    if not after_name:
        return None
    words = re.findall(r"[A-Za-z]+", before[-40:])
    if words and is_country(words[-1]) and _personlike(c) and len(c.toks) > 1:
        return "person"     # "France ( Laurent Gane , ...": a country's team, its members
    return "organization"   # "Frank de Boer ( Ajax )": a player's club


def _competitor(c: Chunk, before: str, rest: str) -> str | None:
    """``Name ( X )``: a country is a place; a score or "v" after the brackets makes Name a
    club; otherwise a name that reads as a person's is a competitor."""
    place = place_of(c.text)
    if place is not None and place.kind in _COUNTRY_KINDS:
        return "place"
    person = _personlike(c) and len(c.toks) > 1
    # (not a set's score: "( Russia ) 6 - 3 6-4" after a player beaten in tennis)
    score = re.match(r"^\s*\d{1,2}(?:\s|$)", rest) and not re.match(r"^\s*\d{1,3}\s+\d{1,3}\b|^\s*\d\s*-\s*\d",
                                                                   rest)
    if score and not _RANKED_ROW_RE.search(before):
        return "organization"
    if (_TEAM_AFTER_RE.match(rest) or _TEAM_BEFORE_RE.search(before)) and not person:
        return "organization"
    if _personlike(c) or re.match(r"^(?:[A-Z]\.\s*)+[A-Z]", c.text):
        return "person"
    return None


def _headline_words(c: Chunk, lower: set[str]) -> bool:
    """Words in capitals that read as a headline's, not a name in a row: more than three, or
    one the article writes in lower case or a function word ("IF YOU CAN AFFORD IT")."""
    # (the text in capitals first: needed for every word to be, and most names are not)
    if not c.text.isupper() or not all(t.text.isupper() for t in c.toks):
        return False
    return len(c.toks) > 3 or any(t.bare.lower() in lower or t.bare.lower() in STOPWORDS for t in c.toks)


def type_rows(chunks: list[Chunk], toks: list[Tok], text: str, lower: set[str]) -> None:
    """Type the chunks of table and list rows (lines ``line_kinds`` found headline-like, and
    untyped names of running text), keeping those the row types as running-text names
    (``lower``: the words the article writes in lower case)."""
    rows = Rows(text)
    for c in chunks:
        if c.type == "skip" or not (c.strict or c.type is None or c.weak) or _headline_words(c, lower):
            continue
        before, after, alone = rows.around(c.start, c.end)
        found = row_type(c, before, after, alone)
        if found == "venue":        # the side's other mentions give it no type and take none
            found, c.own = "place", True
        if found is not None:
            c.type, c.strict, c.role = found, False, None
    _lists_of_people(chunks, toks)


def _lists_of_people(chunks: list[Chunk], toks: list[Tok]) -> None:
    """A name listed in a row with a person ("Stephen Field , Paul Lawrie , Ian Pyman", also
    after a country in brackets: "Jose Rivero ( Spain ) , Robert Karlsson") that reads as a
    person's name is one too (both ways along the list); so are two full names listed side by
    side that no cue typed and no place has ("Lena Varga , Tom Ruel , Haas")."""
    _full_names_listed(chunks, toks)
    order = [*range(1, len(chunks)), *range(len(chunks) - 2, -1, -1)]
    for i in order:
        c = chunks[i]
        if c.strict and _personlike(c) and c.type != "skip" and any(
                _listed(toks, a, b) for a, b in _neighbours(chunks, i, toks)):
            c.type, c.strict, c.role = "person", False, None


def _full_names_listed(chunks: list[Chunk], toks: list[Tok]) -> None:
    """Type as people the untyped names of a headline-like line (a squad, a list of players)
    that read as full names, listed with commas next to another such name."""
    full = [c.strict and c.type is None and 2 <= len(c.toks) <= 3 and _personlike(c) and place_of(c.text) is None
            for c in chunks]
    for i in range(len(chunks) - 1):
        a, b = chunks[i], chunks[i + 1]
        if full[i] and full[i + 1] and _between(toks, a, b) == [","] and "\n" not in toks[0].src[a.start:b.end]:
            for c in (a, b):
                c.type, c.strict, c.weak, c.role = "person", False, True, None


def _neighbours(chunks: list[Chunk], i: int, toks: list[Tok]) -> list[tuple[Chunk, Chunk]]:
    """(earlier, later) pairs of chunk ``i`` and a person listed next to it."""
    c, out = chunks[i], []
    if i > 0:
        prev = chunks[i - 1]
        if prev.type == "place" and i > 1 and _between(toks, chunks[i - 2], prev) == ["("] \
                and _between(toks, prev, c) == [")", ","]:
            prev = chunks[i - 2]
            out.append((prev, prev))     # listed after a bracket: nothing more to check
        out.append((prev, c))
    if i + 1 < len(chunks):
        out.append((c, chunks[i + 1]))
    return [(a, b) for a, b in out if (b if a is c else a).type == "person" and not (b if a is c else a).strict]


def _between(toks: list[Tok], lo: Chunk, hi: Chunk) -> list[str]:
    return [t.text for t in toks[lo.at + len(lo.toks):hi.at]]


def _listed(toks: list[Tok], lo: Chunk, hi: Chunk) -> bool:
    if lo is hi:
        return True
    return _between(toks, lo, hi) in ([","], ["/"], ["and"]) and "\n" not in toks[0].src[lo.start:hi.end]
