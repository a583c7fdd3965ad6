"""Where an article says its text comes from another outlet: "This story was originally
published by Prairie Watch and is republished under a Creative Commons license", "first
reported by the Metro Ledger", "told the Pinecrest Gazette", "according to the Herald", or
introduces a quotation of its words: "Here is what the resort has put out so far:" (an
institution named by its kind, "the resort" for Pellan Ridge Resort, only there).

When two articles of a story share text and one of them credits the other's outlet in
this way (and not the other way round), the credit says who took the text from whom:
:meth:`reader.analysis.pair_relation.PairEvidence._outlet_credit` draws the link from
it, ahead of dates (a republisher may print its copy the day before the original's
update). Only an outlet that another article of the story has counts, under its own
name (:func:`reader.analysis.own_reporting.name_forms`: "Metro Ledger", a call sign);
an outlet whose name is only generic words ("Daily News") or a wire's is never matched
here (wires are :mod:`reader.analysis.credits`' to read).

Hand-written: the credit phrases are a short closed list of how news says where a text
came from, which regular expressions find exactly.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Protocol

from reader.analysis.own_reporting import distinct_name, name_forms

# phrases that give the outlet named right after them as the text's source: a
# republication's notice (strong), or a report's credit for facts or words (weak)
_REPUBLISHED = (r"(?:(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:by|in|on|at)"
                r"|(?:republished|reprinted|reproduced|adapted|syndicated)\s+(?:with\s+permission\s+)?(?:from|by))")
_REPORTED = (r"(?:(?:originally|first)\s+reported\s+(?:by|in|on)|(?:first\s+)?reported\s+by|obtained\s+by"
             # ("based on reporting by the Port Ashby Pilot", "citing reporting from")
             r"|(?:based\s+on\s+|citing\s+)?reporting\s+(?:by|from|in)"
             r"|according\s+to|told|(?:shared|provided)\s+with)")
# ... and right before them ("the Metro Ledger first reported", "Prairie Watch reported", "as
# KTVB reported on Thursday:", "as the Sentinel put it:")
_AFTER = (r"(?:(?:first\s+)?reported|reports|wrote|writes|put\s+it|was\s+(?:the\s+)?first\s+to\s+report|has\s+learned"
          # ... or its account: "The Tribune's account of the night had", "the Ledger's report says"
          r"|['’]s\s+(?:account|report|reporting|story|coverage|article|write-?up))")


@dataclass(frozen=True)
class OutletCredit:
    """How a text credits an outlet: its words, where they stand, and whether they say
    the whole text is the outlet's (``republished``: "originally published by …") or
    only that a fact or a quotation is ("told the Gazette", "the Ledger first reported")."""

    words: str
    start: int
    end: int
    republished: bool


# a paper's title word, by which a text names the paper short with "the" before it: "the
# Tribune" for the Corran Tribune (never the town alone, nor the title word without "the")
_TITLE_WORDS = frozenset(("Tribune", "Herald", "Gazette", "Ledger", "Sentinel", "Courier", "Chronicle",
                          "Journal", "Examiner", "Inquirer", "Observer", "Dispatch", "Register", "Bulletin"))


# an institution's kind, by which a text names an institution that publishes short, with "the"
# before it: "the district" for the Orrin Falls Unified School District, "the water district",
# "the sheriff's office" (only in an introduction of its words, :func:`_introductions`:
# "the district" alone is too common a phrase to credit anything)
_KIND_WORDS = frozenset(("District", "Resort", "Council", "Department", "Office", "Police", "Service", "Authority",
                         "Agency", "University", "College", "School", "Hospital", "Company", "Club", "Union",
                         "Ministry", "Commission", "Board", "Railroad", "Railway", "Airport", "Port", "Museum",
                         "Zoo", "Utility", "Association", "Federation", "Church", "Foundation", "Institute",
                         "County", "Sheriff", "Bank", "Center", "Centre"))
# how a text names a fire service by its kind ("the fire department", "the fire and rescue
# service"): "the fire" alone is the story's fire, never the service
_FIRE_KINDS = r"(?:department|service|brigade|district|rescue|and\s+rescue(?:\s+service)?|authority)"
# a sentence that says the outlet put the words out: "Here is what the resort has put out so far:"
_PUT_OUT = re.compile(r"\b(?:put\s+out|sent|posted|released|issued|published|shared|e-?mailed)\b", re.IGNORECASE)
# a block in quotation marks or a block quote next (looked at where it starts: a copy of
# the rest of the text at every colon made a text of 20,000 introductions take 17 s)
_QUOTED_NEXT_RE = re.compile(r"\s*[>\"“]")
_SENTENCE_REACH = 2000          # characters a colon sentence is looked back over (a text with no "?" was
#                                 searched back to its start at every colon: 20,000 colons, 16 s)
_SHORT_LEAD = 4                 # words of a colon sentence that points back to the one before it
# a colon ending its line, or one an opening quotation mark follows on its line ("The union says: “…”"),
# which introduces only after a verb of saying whose subject is no one's possessive
_LINE_COLON = re.compile(r":[ \t]*(?=\n|$|[“\"])")
_SAYS_INLINE = re.compile(r"(?!.*['’]s\b).*\b(?:says|said|writes|wrote|states|stated|adds|added)[ \t]*$")


def _named(outlet: str | None) -> list[tuple[str, str]]:
    """Patterns for each way a text may write the outlet's distinct name
    (:func:`reader.analysis.own_reporting.name_forms`), "the" before it allowed, and a
    paper's "the" and title word alone ("the Tribune"); none when the outlet has no
    distinct name. Each with the words a text must hold for it to match (a text that does
    not hold them is not searched)."""
    name = distinct_name(outlet)
    if name is None:
        return []
    found = [(form, rf"(?:the\s+)?{re.escape(form)}(?![\w-])") for form in name_forms(name)]
    last = name.split()[-1]
    if len(name.split()) > 1 and last in _TITLE_WORDS:
        found.append((last, rf"(?i:the)\s+{last}(?![\w-])"))
    return found


def _kind(outlet: str | None) -> list[str]:
    """Patterns for the institution's kind with "the" and at most one word before it
    ("the district", "the water district", "the sheriff's office"), one for each word of
    the outlet's distinct name of two words or more that is a kind (:data:`_KIND_WORDS`),
    and "the fire department" (or service, brigade …) for a name with "Fire" in it."""
    name = distinct_name(outlet)
    words = name.split() if name else []
    kinds = [w for w in words if w in _KIND_WORDS] if len(words) > 1 else []
    found = [rf"(?i:the\s+(?:[\w'’]+\s+)?{kind})(?![\w-])" for kind in dict.fromkeys(kinds)]
    if len(words) > 1 and "Fire" in words:          # a fire service by its kind ("the fire department")
        found.append(rf"(?i:the\s+fire\s+{_FIRE_KINDS})(?![\w-])")
    return found


def _introductions(text: str) -> list[tuple[int, int]]:
    """The sentences that introduce a quotation of another text: a sentence ending its
    line with a colon, or with a colon a quotation opens after on its line ("The union
    says: “…”"), before a block in quotation marks or a block quote ("From the
    county's update:", "Here is the sheriff's office's statement, word for word:"), or
    one that says the words were put out or sent ("the district sent us at lunchtime:"); a
    colon sentence of ``_SHORT_LEAD`` words or fewer with the sentence before it on its line
    when that one says the words were put out ("St. Adelind put out a statement at 6. The
    key part:")."""
    found = []
    for m in _LINE_COLON.finditer(text):
        lo = max(0, m.start() - _SENTENCE_REACH)
        start = max(lo - 1, *(text.rfind(c, lo, m.start()) for c in ".!?\n")) + 1
        if len(text[start:m.start()].split()) <= _SHORT_LEAD and text[start - 1:start] in ".!?":
            floor = max(0, start - 200)                                    # ("… put out a statement at 6.
            before = max(text.rfind("\n", floor, start) + 1, floor)
            if _PUT_OUT.search(text, before, start):                       # The key part:")
                start = before
        if text[m.end():m.end() + 1] not in ("", "\n") and not _SAYS_INLINE.match(text, start, m.start()):
            continue                    # (inline: only "X says:", no possessive: "the district's head, in a note:")
        if _QUOTED_NEXT_RE.match(text, m.end()) or _PUT_OUT.search(text, start, m.start()):
            found.append((start, m.end()))
    return found


@functools.lru_cache(maxsize=4096)
def _credit_patterns(named: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For one way of writing an outlet's name (a pattern of :func:`_named`): its
    republication notice, its credit before the name and its credit after it, compiled
    once, and only for a text that holds the name (a story of hundreds of outlets, few of
    them named, outgrew the ``re`` module's own cache and spent its time compiling)."""
    return (re.compile(rf"(?i:\b{_REPUBLISHED})\s+{named}"), re.compile(rf"(?i:\b{_REPORTED})\s+{named}"),
            re.compile(rf"(?<![\w-]){named}\s*(?i:{_AFTER})\b"))


# a release's masthead line after the outlet's name: the body of it that issued the text
# ("City of Port Ansel — Department of Public Works: Harmon Field roof failure")
_ISSUER_WORD = r"(?:[A-Z][\w'’.&-]*|of|and|for|the)"
_MASTHEAD_RE = re.compile(rf"[ \t]*[—–|-][ \t]*({_ISSUER_WORD}(?:[ \t]+{_ISSUER_WORD}){{0,7}})[ \t]*(?::|$)")
# a body named "KIND of W…" is told "the w… kind" ("Department of Public Works": "the public
# works department"; "Office of Emergency Management": "the emergency management office")
_KIND_OF_RE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+((?:[A-Z][\w'’-]*\s*){1,3})")
_FIRST_LINE_RE = re.compile(r"\s*([^\n]*)")     # a text's first line, read without copying the text


def masthead_issuer(body: str, outlet: str | None) -> str | None:
    """The body of the outlet named in its text's first line after the outlet's own name and
    a dash, when a kind word is in it ("Department of Public Works" of "City of Port Ansel —
    Department of Public Works: …"): who in the outlet put the text out, a name another text
    may introduce its words by. None for any other first line."""
    name = distinct_name(outlet)
    line = _FIRST_LINE_RE.match(body)               # (asked for every pair of a family)
    first = line.group(1) if line else ""
    if name is None or not first.startswith(name):
        return None
    found = _MASTHEAD_RE.match(first, len(name))
    issuer = found.group(1).strip() if found else ""
    return issuer if issuer[:1].isupper() and any(w in _KIND_WORDS for w in issuer.split()) else None


def _issuer_names(issuer: str | None) -> list[str]:
    """Patterns for a masthead's issuer (:func:`masthead_issuer`): its name, "the" before it
    allowed, and each "KIND of W…" in it told the other way round ("the public works
    department")."""
    if issuer is None:
        return []
    found = [rf"(?:(?i:the)\s+)?{re.escape(issuer)}"]
    for kind, what in _KIND_OF_RE.findall(issuer):
        if kind in _KIND_WORDS:
            found.append(r"(?i:the\s+" + r"\s+".join(re.escape(w) for w in what.split()) + rf"\s+{kind})")
    return found


@functools.lru_cache(maxsize=4096)
def _introduction_names(outlet: str | None, issuer: str | None = None) -> tuple[re.Pattern[str], ...]:
    """The outlet's names and kinds an introduction of a quotation may give (:func:`_introduced`),
    and those of the body of it its masthead names (:func:`masthead_issuer`)."""
    names = [n for _, n in _named(outlet)] + [n for _, n in _leading_names(outlet)] + _kind(outlet)
    return tuple(re.compile(rf"(?<![\w-]){named}(?![\w-])") for named in names + _issuer_names(issuer))


def credited_outlet(text: str, outlet: str | None, issuer: str | None = None) -> OutletCredit | None:
    """How ``text`` credits ``outlet`` as where it got its text or its facts (a
    republication notice first), or None (also when the outlet has no distinct name).
    ``issuer``: the body of the outlet its text's masthead names (:func:`masthead_issuer`),
    by which an introduction of a quotation may credit it too."""
    found = None
    for held, named in _named(outlet):
        if held not in text:
            continue                    # (the name is not there: no pattern of it can match)
        republishing, before, after = _credit_patterns(named)
        republished = republishing.search(text)
        if republished:
            return OutletCredit(" ".join(republished.group(0).split()), *republished.span(), True)
        found = found or before.search(text) or after.search(text)
    return _credit(found) if found else _introduced(text, outlet, issuer)


class Published(Protocol):
    """A text and the outlet that put it out."""

    @property
    def body(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...


def credited_source(copy: Published, source: Published) -> OutletCredit | None:
    """How ``copy`` credits ``source``'s outlet (:func:`credited_outlet`), or the body of
    it ``source``'s masthead names (:func:`masthead_issuer`)."""
    return credited_outlet(copy.body, source.outlet, masthead_issuer(source.body, source.outlet))


def _credit(found: re.Match[str]) -> OutletCredit:
    return OutletCredit(" ".join(found.group(0).split()), *found.span(), False)


def _introduced(text: str, outlet: str | None, issuer: str | None = None) -> OutletCredit | None:
    """An introduction of a quotation (:func:`_introductions`) that names the outlet, in
    full, by a paper's title word or by its institution's kind (:func:`_kind`), or the body
    of it its masthead names (``issuer``)."""
    introductions = _introductions(text)
    names = _introduction_names(outlet, issuer) if introductions else ()
    for start, end in introductions if names else ():
        if any(n.search(text, start, end) for n in names):
            words = text[start:end]
            lead = len(words) - len(words.lstrip())
            return OutletCredit(" ".join(words.split()), start + lead, end, False)
    return None


# a release or a statement the outlet put out: "the railroad said in a news release", "said
# in a statement", "according to a news release from", "in a statement released by"
_RELEASE_WORDS = r"(?:(?:news|press|media)\s+release|release|statement|news\s+conference\s+statement)"
_RELEASED_AFTER = rf"(?:said|says|announced|confirmed|wrote)\s+(?:\w+\s+)?in\s+an?\s+(?:\w+\s+)?{_RELEASE_WORDS}"
_RELEASED_BEFORE = (rf"(?:according\s+to\s+an?\s+{_RELEASE_WORDS}\s+(?:from|by)|in\s+an?\s+{_RELEASE_WORDS}"
                    r"\s+(?:from|by|released\s+by|issued\s+by))")


# its statement by the possessive ("Harlow Foods' statement says", "Harlow's own release reads")
_RELEASED_OWNED = (rf"(?:['’]s?\s+(?:own\s+|official\s+|written\s+|latest\s+)?{_RELEASE_WORDS}"
                   rf"|\s+(?:put\s+out|issued|released|published|posted)\s+an?\s+(?:\w+\s+)?{_RELEASE_WORDS})\b")


@functools.lru_cache(maxsize=4096)
def _release_patterns(named: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For one way of writing an outlet's name: its release credited after the name, before
    it and by the possessive (:func:`released_by`), compiled once (see :func:`_credit_patterns`)."""
    return (re.compile(rf"(?<![\w-]){named}(?:,\s+[^,]{{1,60}},)?\s+(?i:{_RELEASED_AFTER})\b"),
            re.compile(rf"(?i:\b{_RELEASED_BEFORE})\s+{named}"),
            re.compile(rf"(?<![\w-]){named}(?i:{_RELEASED_OWNED})"))


# words that make an outlet a news publication, whose name's first words name its town
# ("Riverton Herald" is not "Riverton"): no leading name is read for one
_NEWS_WORDS = frozenset({"news", "daily", "times", "post", "online", "tv", "radio", "channel", "blog", "press",
                         "media", "network", "magazine", "weekly", "review", "report", "today", "wire", "live",
                         "star", "mail", "globe", "standard", "echo", "mercury", "telegraph", "sun", "express"})


# words that open many institutions' names and name none of them alone ("City of Corran")
_GENERIC_LEADS = frozenset({"City", "County", "State", "Town", "Village", "North", "South", "East", "West", "New",
                            "Great", "Royal", "National", "United", "General", "Central", "First", "Saint"})


@functools.lru_cache(maxsize=4096)
def _leading_names(outlet: str | None) -> tuple[tuple[str, str], ...]:
    """The first words of an institution's or a company's distinct name, up to a kind word
    or a generic one ("Maraval" of "Maraval Energy", "St. Adelind" of "St. Adelind
    Regional Medical Center"): how a text names it short when it tells the statement the
    institution put out ("Maraval's own statement says", "St. Adelind put out a statement").
    None for a news publication (its first words are its town's name) or a name of one word."""
    name = distinct_name(outlet)
    words = name.split() if name else []
    if len(words) < 2 or any(w.lower().strip(".,") in _NEWS_WORDS or w in _TITLE_WORDS for w in words):
        return ()
    out = []
    for k in range(1, len(words)):
        last = words[k - 1]
        if last in _KIND_WORDS or not last[:1].isupper() or last in _GENERIC_LEADS:
            break                       # (a kind word, "of" or a generic word ends the short name)
        if last[1:].isalpha() and last[1:].islower():
            form = " ".join(words[:k])  # (not after an abbreviation alone: "St." is no name)
            out.append((form, re.escape(form)))
    return tuple(out)


def released_by(text: str, outlet: str | None) -> OutletCredit | None:
    """How ``text`` credits a release or a statement ``outlet`` put out ("the Allegheny &
    Western Railroad said in a news release", "according to a statement from Harlow
    Foods", "Harlow's own statement says"), or None: an article of that outlet is the
    release the text tells."""
    named = _named(outlet)
    for held, pattern in named + list(_leading_names(outlet)):
        if held not in text:
            continue                    # (the name is not there: no pattern of it can match)
        after, before, owned = _release_patterns(pattern)
        found = owned.search(text) if (held, pattern) not in named else (
            after.search(text) or before.search(text) or owned.search(text))
        if found:
            return OutletCredit(" ".join(found.group(0).split()), *found.span(), False)
    return None
