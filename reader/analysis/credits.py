"""Who an article credits for its text: wire services, datelines, republishing notices.

``find_credits(article) -> Credits`` reads the body (its opening and its closing lines)
and the front matter (outlet, bylines) for

* **wire credits**: a service (the UK's PA Media and Local Democracy Reporting Service
  among them) named in a dateline tag (``"MIAMI (AP) —"``, ``"(CBS/AP)"``,
  ``"(Reuters) -"``; a service no list names, by the initials of its tag, ``"(WSNS)"``, under
  the name the opening spells out for them, "Wisconsin State News Service":
  :func:`services_tagged`, or on its own line under a byline, "By Ann Lee" then "Sunflower State
  News Service"), a byline naming it (in the front matter, or a line opening the body:
  ``"By The Associated Press"``, ``"By CNN Wire"``), one of the last three lines
  when it reads as a credit (:func:`credit_line`: ``"— The Associated Press"``, ``"with AAP"``, ``"AFP
  contributed to this report."``, ``"The-CNN-Wire"``, a copyright line, ``"This report by
  The Canadian Press was first published …"``; not ``"Reuters could not verify
  the video."``), Reuters' trailer (``"(Reporting by …; Editing by …)"``, which names no
  agency but is Reuters' form), a newswire's republishing notice
  (``"This material may not be published, broadcast, rewritten or redistributed"``), or a
  lead-in that gives a block quote as the wire's (``"AFP reported:"`` before ``"> …"``);
* an **own credit**: the service credited is the article's outlet itself (CNN's own
  story credits ``"(CNN)"``), or the outlet is a service and nothing else ("outlet:
  Reuters", with no tag in the body), so the article is the service's own publication,
  not a carrier of it;
* the **dateline**: the place a filed report opens with (``"TOLLAND, Conn. —"``,
  ``"NEW YORK (AP):"``, ``"RIVERTON --"``, a bare ``"RIVERTON"`` line), upper-cased, state and
  credit dropped.

Plain Python; no article text is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# canonical name -> patterns (matched case-sensitively unless written with (?i))
WIRES: dict[str, tuple[str, ...]] = {
    "AP": (r"\bAP\b", r"(?i:(?<!australian )\bassociated press\b)"),
    "Reuters": (r"(?i:\breuters\b)",),
    "AFP": (r"\bAFP\b", r"(?i:\bagence france[- ]presse\b)"),
    "CNN": (r"\bCNN\b", r"(?i:\bthe-cnn-wire\b)"),
    "UPI": (r"\bUPI\b", r"(?i:\bunited press international\b)"),
    "Bloomberg": (r"(?i:\bbloomberg news\b)", r"\bBloomberg\b"),
    "dpa": (r"\bdpa\b",),
    "CP": (r"\bCP\b", r"(?i:\bthe canadian press\b)"),
    # the UK's: PA Media ("(PA)" alone: "PA" is also Pennsylvania) and the BBC-funded Local
    # Democracy Reporting Service, whose council stories local papers carry word for word
    "PA": (r"\bPA Media\b", r"(?i:\bpress association\b)", r"^PA$"),
    "LDRS": (r"(?i:\blocal democracy reporting service\b)", r"\bLDRS\b"),
    # Australia's and India's wires
    "AAP": (r"\bAAP\b", r"(?i:\baustralian associated press\b)"),
    "PTI": (r"\bPTI\b", r"(?i:\bpress trust of india\b)"),
    "IANS": (r"\bIANS\b", r"(?i:\bindo-asian news service\b)"),
    "ANI": (r"\bANI\b", r"(?i:\basian news international\b)"),
}
_WIRE_RES = {name: re.compile("|".join(pats)) for name, pats in WIRES.items()}

# "This material may not be published, broadcast, rewritten or redistributed."
NOTICE_RE = re.compile(r"(?i)may not be (?:re)?published,? broadcast,? rewritten,? or redistributed"
                       # an Indian site's: "… has not been edited by NDTV staff and is published from a syndicated feed"
                       r"|published from a syndicated feed")
# a dateline tag: "(AP)", "(CBS/AP)", "(Reuters)", "(AP/KXYZ)", "(CNN)" right before a dash or colon
_TAG_RE = re.compile(r"\(([^()\n]{1,60})\)\s*(?:[-\u2013\u2014:]|--)")
# a tag closing the dateline with no dash after it, Indian wires' style: "Guwahati, Jul 9 (PTI) Floodwaters …"
_OPENING_TAG_RE = re.compile(r"\s*(?:[A-Z][\w.'-]*[ ,]\s*){1,4}(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?"
                             r"\(([^()\n]{1,30})\)\s+(?=[A-Z\"“‘'])")
# the place a report opens with, before its tag or dash: "TOLLAND, Conn. —", "RIVERTON --", "SPRINGFIELD, ILLINOIS:",
# with the day a wire files it ("LONDON, Nov 12 (Reuters) -", "HOUSTON, Texas, Oct 3 (Reuters) -",
# "PARIS, 12 nov (AFP) -")
_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{1,40}[A-Z.])(?:,\s*(?:[A-Za-z][A-Za-z. ]{0,25}?(?:\s*\d{1,2})?"
    r"(?:,\s*[A-Za-z]{3,9}\.?\s*\d{1,2})?|\d{1,2}\s+[A-Za-z]{3,9}\.?))?\s*"
    r"(?:\([^()\n]{1,60}\)\s*)?(?:[-\u2013\u2014:]{1,2}|\n)")
# what a credit line says beside the wire's name ("contributed to this report", "Reporting by")
_CREDIT_WORDS_RE = re.compile(
    r"(?i)\b(?:contribut\w*|(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by\s+\w+\s+staff|"
    r"copyright|all\s+rights\s+reserved|wire\s+(?:services?|reports?)|(?:news\s+)?services|source|via|"
    r"with\s+files\s+from|(?:first\s+)?(?:appeared|published)\s+(?:in|on|by)|distributed\s+by|"
    r"this\s+(?:story|article|report)\s+(?:is|was|has|by))\b|©|\(c\)")
# a copyright line, which may run longer than a credit ("The-CNN-Wire ™ & © 2026 Cable News
# Network, Inc., a Warner Bros. Discovery Company. All rights reserved.")
_COPYRIGHT_RE = re.compile(r"(?i)©|\(c\)|\bcopyright\b|\ball rights reserved\b")
# Reuters' closing trailer, which names its reporters and editors and not the agency:
# "(Reporting by Anil Mehra in Ostley; Editing by Joan Pike)"
_REUTERS_TRAILER_RE = re.compile(r"\(\s*(?:Additional\s+)?(?:Reporting|Writing)\s+by\s+[^()\n]{2,300}?;\s*"
                                 r"(?:[^()\n]{0,200};\s*)?[Ee]diting\s+by\s+[^()\n]{2,200}\)")
# a byline line opening the body: "By The Associated Press", "Via The Associated Press", "By CNN Wire"
_BODY_BYLINE_RE = re.compile(r"(?im)^[ \t]*(?:by|via|from)[ \t]+(?P<who>[^\n]{2,60}?)[ \t]*$")
# the line right under a byline, where a wire's name may stand alone: "By KAREN DOYLE" then "Associated Press"
_NEXT_LINE_RE = re.compile(r"[ \t]*\n[ \t]*(?P<line>[^\n]{2,60}?)[ \t]*(?=\n|$)")
# a service no list names, on its own line under a byline: "By RHIANNON CASTELLANOS" then
# "Sunflower State News Service" (a news service, wire or agency by its own words)
_SERVICE_NAMES = r"News[ \t]+Service|Wire[ \t]+Service|Newswire|News[ \t]+Wire|News[ \t]+Agency|Press[ \t]+Service"
# ("Lone Star Wire", "Britannia Press Agency": a wire or an agency by the last word of its name)
_SERVICE_LINE_RE = re.compile(r"[ \t]*\n[ \t]*(?P<name>(?:The\s+)?(?:[A-Z][\w.&'’-]*[ \t]+){1,5}"
                              rf"(?:{_SERVICE_NAMES}|Wire|Press[ \t]+Agency|Press[ \t]+Association))"
                              r"(?:[ \t]+\([A-Z]{2,6}\))?[ \t]*(?=\n|$)")     # (its initials after it: "(GPW)")
# ... or as the byline itself: "By Carolina News Service", "By Northern Press Service"
_SERVICE_BYLINE_RE = re.compile(r"(?P<name>(?:The[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){1,5}"
                                rf"(?:{_SERVICE_NAMES}|Wire|Press[ \t]+Agency|Press[ \t]+Association))")
# a service no list names, told after the writer's name in the byline and again in a sign-off line at
# the end: "By Joel Anders, Midstate News Service" … "— Midstate News Service" (or the name alone on
# that line: "By Ann Lee, Southern Cross Press" … "Southern Cross Press")
_AFFILIATION_RE = re.compile(r"(?m)^[ \t]*(?:By|BY|by)[ \t]+[^,\n]{2,60},[ \t]*"
                             r"(?P<name>(?:The[ \t]+)?[A-Z][^\n,]{1,58}?)[ \t]*$")
_SERVICE_END_RE = re.compile(r"\b(?:Press|News|Service|Wire|Agency|Media|Newswire|Bureau|Syndicate)$")
_SIGN_OFF_RE = re.compile(r"[—–-]{1,2}[ \t]*(?P<name>(?:The[ \t]+)?[A-Z][^\n]{1,58}?)[ \t.]*")
# a service by its own words ("Mountain States News Service", "AusWire", "Atlantic Press Agency")
# (those of a service line, and an agency, an association or a one-word wire: "AusWire")
_SERVICE_WORDS_RE = re.compile(rf"{_SERVICE_NAMES}|(?:Wire|Press)[ \t]+Agency|News[ \t]*wire|[A-Z]\w*Wire|"
                               r"Press[ \t]+Association")


def signed_service(head: str, closing: list[str], outlet: str) -> list[str]:
    """The service an article credits by its writer's byline and its sign-off (comment above), when both
    name it and it is not the article's own outlet; a name of a service's own words counts from either
    alone ("By Ann Lee, Midstate News Service"; not "By Ann Lee, Staff Writer")."""
    byline = _AFFILIATION_RE.search(head)
    affiliation = byline.group("name") if byline else None
    signed = [m.group("name") for line in closing if (m := _SIGN_OFF_RE.fullmatch(line))]
    signed += [line.rstrip(" .") for line in closing      # (bare: a service's name, not "Staff Writer")
               if affiliation and line.rstrip(" .") == affiliation and _SERVICE_END_RE.search(affiliation)]
    names = [n for n in ([affiliation] if affiliation else []) + signed
             if (n == affiliation and n in signed) or _SERVICE_WORDS_RE.search(n)]
    return [n for n in dict.fromkeys(names) if not _names_outlet(n, outlet)]


# a wire's names, and what may stand beside a name alone on a credit line ("— The Associated Press")
_NAME_RE = re.compile("|".join(p for pats in WIRES.values() for p in pats))
_FILLER_RE = re.compile(r"(?i)\b(?:the|and|with|staff|wire|news|\d{4})\b")   # ("with AAP": Australian papers' credit)
# a paragraph's closing words before a block quote ("> …") that give the block as a
# wire's: "The Associated Press reported after midnight:", "AFP reported:", "According to Reuters:"
_LEAD_IN_RE = re.compile(r"(?m)^(?P<lead>[^\n>]*):[ \t]*\n(?:[ \t]*\n)*[ \t]*>")
_LEAD_WIRE_RE = re.compile(rf"(?:(?:{_NAME_RE.pattern})\W+(?:[\w,]+\W+){{0,3}}?(?i:reported|reports|wrote|writes|"
                           rf"said|says|put\s+it)|(?i:according\s+to)\s+(?:{_NAME_RE.pattern}))\b[^.!?]*$")
GENERIC_WIRE = "a newswire"   # a republishing notice that names no wire
_HEAD_CHARS = 200
_TAIL_CHARS = 400


@dataclass(frozen=True)
class Credits:
    """What one article credits (see the module doc)."""

    wires: tuple[str, ...]        # canonical wire names credited, in the order found
    own: str | None               # the wire that is the article's own outlet, if any
    dateline: str | None          # the place the body opens with, upper-cased
    evidence: tuple[str, ...]     # where each credit was found, in words

    @property
    def own_how(self) -> str:
        """How the article is its wire's own story, in words: "it credits itself", or "its
        outlet is Reuters" when only its outlet says so."""
        return f"its outlet is {self.own}" if f"{self.own}: outlet" in self.evidence else "it credits itself"

    @property
    def carried(self) -> tuple[str, ...]:
        """The wires the article carries as someone else's text (its own excluded)."""
        return tuple(w for w in self.wires if w != self.own)


def wires_named(text: str) -> list[str]:
    """Canonical names of the wires ``text`` names, in the order of ``WIRES``."""
    return [name for name, rx in _WIRE_RES.items() if rx.search(text)]


def dateline(body: str) -> str | None:
    """The place ``body`` opens with as a dateline, upper-cased, or None."""
    m = _dateline_match(body)
    return m.group("place").strip(" .").upper() if m else None


def _dateline_match(body: str) -> re.Match[str] | None:
    """The dateline ``body`` opens with (its place in the group ``place``), or None."""
    m = _DATELINE_RE.match(body[:_HEAD_CHARS])
    if not m:
        return None
    place = m.group("place").strip(" .")
    words = place.split()
    # a dateline is a place in capitals, not the opening words of a capitalised headline line
    if not words or len(words) > 4 or any(len(w) < 2 and w not in ("ST", "ST.") for w in words):
        return None
    if _NOT_A_PLACE.search(place) or _RELEASE_KIND_RE.match(body, m.end()):
        return None
    return m


_LEADING_TAG_RE = re.compile(r"[^\S\n]*\([^()\n]{1,60}\)[^\S\n]*(?:[-\u2013\u2014:]|--)[^\S\n]*")


def dateline_length(text: str) -> int:
    """How many characters at the start of ``text`` are a dateline and its credit tag
    ("ACCRA, Ghana (AFP) - ", "RIVERTON — ", "(AP) — " when the place stands on the line
    before): the furniture before a report's first words; 0 when it opens with none."""
    m = _dateline_match(text)
    edge = text[m.end() - 1:m.end() + 1] if m is not None else ""
    if m is not None and edge.strip() != edge:
        end = m.end()       # (its dash set off by a space: "CTV-4 asked" opens with a name, not "CTV —")
    else:
        m = _LEADING_TAG_RE.match(text)
        if m is None:
            return 0
        end = m.end()
    return end + len(text[end:]) - len(text[end:].lstrip())


# what a release header names after its organisation and a dash, alone on its line: "CITY OF
# CORRAN — NEWS RELEASE" (or "— STATEMENT", "— MEDIA ADVISORY", an agency's "— RECALL NOTICE")
# is a header, not a dateline
_RELEASE_KIND_RE = re.compile(r"[^\S\n]*(?:(?:NEWS|PRESS|MEDIA)[^\S\n]+RELEASE|STATEMENT|MEDIA[^\S\n]+ADVISORY|"
                              r"(?:RECALL|PUBLIC)[^\S\n]+NOTICE)"
                              r"[^\S\n]*(?:\n|$)")
# capitals a release or a live page opens with that are no place ("FOR IMMEDIATE RELEASE",
# "BREAKING", "UPDATE", "EDITOR'S NOTE")
_NOT_A_PLACE = re.compile(r"(?i)\b(?:release|immediate|breaking|update[ds]?|exclusive|analysis|opinion|"
                          r"editor['’]?s|note|correction|advisory|embargoed|statement|developing)\b")


def outlet_name(outlet: str | None) -> str:
    """The outlet's own name: what comes before any bracketed note ("Yahoo News (Reuters; ...)")."""
    return (outlet or "").split("(")[0].strip()


def credit_line(line: str) -> bool:
    """Whether a closing line credits what it names: a republishing notice, a short line
    that is the name alone ("— The Associated Press", "AFP") or says it credits ("The
    Associated Press contributed to this report.", "Reporting by …", "© 2026 Reuters").
    A short closing sentence that only mentions a wire ("Reuters could not verify the
    video.", "according to data compiled by Reuters") credits nothing."""
    if NOTICE_RE.search(line):
        return True
    if len(line.split()) > (30 if _COPYRIGHT_RE.search(line) else 12):
        return False
    rest = _NAME_RE.sub(" ", line)
    return not re.search(r"[A-Za-z]{2}", _FILLER_RE.sub(" ", rest)) or _CREDIT_WORDS_RE.search(line) is not None


def find_credits(article: Any) -> Credits:
    """The credits of ``article`` (anything with ``body``, ``outlet`` and ``authors``)."""
    body = str(article.body)
    head, tail = body[:_HEAD_CHARS], body[-_TAIL_CHARS:]
    found: list[str] = []
    evidence: list[str] = []

    def add(names: list[str], where: str) -> None:
        for n in names:
            if n not in found:
                found.append(n)
                evidence.append(f"{n}: {where}")

    for m in _TAG_RE.finditer(head):
        add(wires_named(m.group(1)) or services_tagged(m.group(1), head), "dateline tag")
    opening = _OPENING_TAG_RE.match(head)
    if opening is not None:
        add(wires_named(opening.group(1)), "dateline tag")
    for author in article.authors or ():
        add(wires_named(str(author)), "byline")
    for m in _BODY_BYLINE_RE.finditer(head):
        if credit_line(m.group("who")):                   # the wire's name alone, not "By Ann Lee, AP Staff"
            add(wires_named(m.group("who")), "byline")
        affiliation = m.group("who").rpartition(",")[2].strip().removeprefix("The ")   # "By Ann Lee, Reuters"
        if "," in m.group("who") and _NAME_RE.fullmatch(affiliation):
            add(wires_named(affiliation), "byline")
        signed = _SERVICE_BYLINE_RE.fullmatch(m.group("who"))   # "By Carolina News Service": the service signs it
        if (signed is not None and not wires_named(m.group("who"))
                and not _names_outlet(signed.group("name"), outlet_name(article.outlet) or "")):
            add([signed.group("name").removeprefix("The ")], "byline")
        service = _SERVICE_LINE_RE.match(body, m.end())     # "By Ann Lee" then "Sunflower State News Service"
        if service is not None and not _names_outlet(service.group("name"), outlet_name(article.outlet) or ""):
            add([service.group("name")], "byline")
        under = _NEXT_LINE_RE.match(body, m.end())         # "By KAREN DOYLE" then "Associated Press"
        if under is not None and credit_line(under.group("line")):
            add(wires_named(under.group("line")), "byline")
    tail_lines = [ln.strip() for ln in tail.splitlines() if ln.strip()]
    add(signed_service(head, tail_lines[-3:], outlet_name(article.outlet) or ""), "byline and sign-off")
    for line in tail_lines[-3:]:
        if credit_line(line):
            add(wires_named(line), "credit line")
    for lead in lead_ins(body):
        add(wires_named(lead), "lead-in to a quoted block")
    if tail_lines and _REUTERS_TRAILER_RE.fullmatch(tail_lines[-1]):
        add(["Reuters"], "Reuters' trailer")
    if NOTICE_RE.search(body):
        names = wires_named(tail) or [GENERIC_WIRE]
        add(names, "republishing notice")
    outlet = outlet_name(article.outlet)
    own_names = wires_named(outlet) + [n for n in found if _names_outlet(n, outlet)] if outlet else []
    own = next((n for n in found if n in own_names), None)
    if own is None and own_names and _only_a_wire(outlet):
        own = own_names[0]          # published by the wire itself ("outlet: Reuters"), tag or not
        add([own], "outlet")
    return Credits(tuple(found), own, dateline(_past_headline(body, getattr(article, "title", None))),
                   tuple(evidence))


# a service no list names, credited by its initials in a dateline tag: "LAKEPORT, Wis. (WSNS) —",
# "NEW YORK (WABC) --"; not a tag of what the text is ("(UPDATED)", "(VIDEO)")
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_NOT_SERVICES = frozenset({"UPDATE", "LIVE", "VIDEO", "PHOTO", "PHOTOS", "WATCH", "AUDIO", "MAP", "UPDATED", "NEW"})
_NAME_RUN_RE = re.compile(r"(?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+")


def services_tagged(tag: str, head: str) -> list[str]:
    """The services a dateline tag credits by initials that no wire of ``WIRES`` has
    ("(WSNS)"): each by the name the article's opening spells out for those initials
    ("By Megan Krueger, Wisconsin State News Service"), else by its initials."""
    out = []
    for part in re.split(r"\s*[/,]\s*", tag.strip()):
        if _ACRONYM_RE.fullmatch(part) and part not in _NOT_SERVICES:
            spelled = [m.group(0) for m in _NAME_RUN_RE.finditer(head) if _initials(m.group(0)) == part]
            out.append(spelled[0] if spelled else part)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _names_outlet(service: str, outlet: str) -> bool:
    """Whether ``service`` (a name or initials a dateline tag gave) is the outlet itself:
    "KXYZ" of "KXYZ News 4", "WSNS" or "Wisconsin State News Service" of that service."""
    if service == outlet or service in outlet.split():
        return True
    return _ACRONYM_RE.fullmatch(service) is not None and _initials(outlet) == service


def _past_headline(body: str, title: str | None) -> str:
    """``body`` after its first line when that line repeats the title (pages that print the
    headline above the dateline: "Ferry loses power off Merrisford" then "LONDON, Nov 12
    (Reuters) -")."""
    first, _, rest = body.lstrip().partition("\n")
    if title and rest and " ".join(first.split()).casefold() == " ".join(str(title).split()).casefold():
        return rest
    return body


def lead_ins(body: str) -> list[str]:
    """The lead-ins that give a block quote of ``body`` as a wire's words ("AFP reported:"
    before "> Police put the crowd at 8,000 …"): its last sentence names the wire as the one
    that reported, wrote or said it, or says "according to" it. A sentence that only
    mentions a wire ("Reuters could not verify the video.") is no lead-in."""
    out = []
    for m in _LEAD_IN_RE.finditer(body):
        last = re.split(r"(?<=[.!?])\s+", m.group("lead").strip())[-1]
        if _LEAD_WIRE_RE.search(last):
            out.append(last)
    return out


_OUTLET_FILLER_RE = re.compile(r"(?i)\b(?:the|news|agency|wire|service|\.com|com)\b|[.\s-]")


def _only_a_wire(outlet: str) -> bool:
    """Whether an outlet's name is a wire's and nothing else ("Reuters", "AP News", "The
    Associated Press", "Bloomberg"; not "CNN Philippines" or "Yahoo News")."""
    return not re.search(r"[A-Za-z]", _OUTLET_FILLER_RE.sub("", _NAME_RE.sub("", outlet)))
