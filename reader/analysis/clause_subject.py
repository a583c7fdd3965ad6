"""The speaker of a quotation worked into the writer's own clause: that clause's subject.

Hand-written, like :mod:`reader.analysis.quotes`, and for the same reasons (a rule can say
why it chose a speaker, and news attribution is formulaic). In PolNeAR's annotated news
most quotations with no verb of saying next to them are still attributed, to the subject
of the clause they sit in: ``Trump mocked Rubio for “having a tough night”``, ``Cruz
questioned Trump's “New York values”``, ``Ramos believes in journalism that “takes
sides”``, ``Obama … stood beside X and described the government as “democratically
elected”``, ``Trump, who has called the pact “insanity”``. The verb there is any verb;
what identifies the speaker is the clause.

The clause is the last one opened before the quote inside its sentence: the sentence
itself, or a part after ``;``, a dash, or ``, and`` / ``, but`` / ``while`` … followed
by a new subject; or a relative clause ``X, who …`` still open at the quote (its
speaker is X). The subject is looked for at the clause's head, after leading
connectives and an opening phrase (``At one point,``, ``Horrified at the prospect …,``).

The evidence has to be strong, since a wrong speaker is worse than none:

* the subject is a pronoun (``he``, ``she``) resolved by the registry, a titled name or a
  name the article has already identified, or a description resolving to such a person
  (``the Florida senator``); a lone unknown capitalised word is not enough;
* a subject of two people (``X and Y``) or a possessive (``Trump's rivals``) names nobody;
* an organisation or place speaks only through an institutional verb (said, announced,
  called, warned, ruled …), never through any verb (``the court announced`` yes,
  ``Ohio voted`` no);
* a passive clause (``Graveney was described by one trustee as “…”``, ``the plan was
  branded “reckless”``) is not its subject's words: the named agent's after ``by``, or
  nobody's.
"""

from __future__ import annotations

import re

from reader.analysis.gazetteer import LEADING_PLACE_WORDS
from reader.analysis.speaker_lexicon import (
    ACCORDING_RE,
    FILL,
    STOP_CAPS,
    TITLES,
    VERB_RE,
    VERB_WORDS,
    is_role_word,
    role_stop,
)
from reader.analysis.speaker_phrases import NP, np_after, np_before
from reader.analysis.speaker_registry import Registry

# where a new clause may start inside a sentence: the subject follows it
_CLAUSE_BREAK_RE = re.compile(r";\s+|\s[—–]\s+|\s--\s+|,\s+(?:and|but|yet|so|while|whereas|although|though)\s+"
                              r"|\s(?:but|while|whereas)\s+|\b(?:what|[Aa]s)\s+(?=[A-Z])")
_INDEFINITE = {"One", "Another", "Some", "Several", "Two", "Three", "Many", "A", "An", "Most", "Few", "Other"}
# what opens a new clause's subject: a capitalised word, a pronoun, an article
_NEW_SUBJECT_RE = re.compile(r"(?:[A-Z]|(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|what|this|that|"
                             r"those|these|some|many|most|others)\b)")
_RELATIVE_RE = re.compile(r",\s+(?:who|whom)\s+")
_LEADS = (r"(?:(?:But|And|Yet|So|Still|Meanwhile|Also|Then|Later|However|Instead|Now|Earlier|Separately|Indeed|"
          r"(?<=\w )(?:then|now|so|yet|still|also|later|again|instead)|"
          r"Again|Similarly|Likewise|Even|Yet)\b,?\s+)*")
# an opening phrase before the subject: a preposition or subordinator, or a participle, to a comma
_OPENER = (r"(?:(?:On|In|At|During|For|From|With|Last|This|Earlier|Later|Over|Early|Late|After|Before|Since|"
           r"Despite|Following|Until|Amid|Among|Like|Unlike|As|When|While|If|Although|Though|Because|Once|"
           r"Asked|Speaking|Throughout|Within|Outside|Inside|Through|Against|Under|Without|Beyond|Unless|"
           r"Whether|By|To|Of|Given|Having|Now|Even|Back|Two|Three|One|Days|Weeks|Months|Years|Hours|Here|There|"
           r"First|Second|Third|Finally|Then|Instead|Yesterday|Today|Tonight|Afterward|Afterwards|Recently|"
           r"Previously|Meanwhile|Separately|Still|However|Similarly|Likewise|Overall|Again)\b"
           r"|Ever|Sooner|Soon|Shortly|Minutes|Moments|Hours|Later|Asked|[A-Z][a-z]+(?:ing|ed)\b)[^,;:" + FILL
           + r"]{0,160},\s+")
_HEAD_RE = re.compile(r"\(?" + _LEADS + r"(?:" + _OPENER + r")?")     # (a sentence in brackets: (X said …)
_REACH = 260                         # the longest subject with an appositive, in characters
_COMMA_RE = re.compile(r",\s+")
_SAID_RE = re.compile(r"\s*(?:Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Explained|Continued|Tweeted|Stated|Declared|"
                      r"Noted|Replied|Responded|Recalled|Warned)\s+(?=[A-Z])")
SAID_LEAD_RE = _SAID_RE            # Said Comey, / Stated Stone: a verb of saying opening the sentence
# As the LinkedIn chief executive, Jeff Weiner, put it: the speaker of what follows
_AS_PUT_RE = re.compile(r"\b[Aa]s\s+([^,;:" + FILL + r"]{2,80}?(?:,[^,;:" + FILL + r"]{2,80},)?)\s+"
                        r"(?:(?:has|had|have|once)\s+)?(?:put it|puts it|said|says|wrote|written|writes|noted|notes|"
                        r"told|observed|reported)\b")
# a headline's or transcript's label: Cruz: … / OK Gov Fallin: …
_LABEL_RE = re.compile(r"\s*([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}):\s")
# an organisation named by its owner: Clinton's campaign, Gowdy’s office
_OWNED_RE = re.compile(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}[’']s\s+(?:campaign|office|team|camp|"
                       r"administration|staff|spokesman|spokeswoman|spokesperson|press\s+secretary)\b(?=\s+(?:also\s+)?[a-z])")
# the attribution closing a sentence: ", said X …" or ", X said …" (a few adverbial words after)
_FINAL_RE = re.compile(r",\s+(?:(?P<verb>" + VERB_WORDS + r")\s+(?=[A-Z]|he\b|she\b|the\s)|(?P<np>[A-Za-z][^,;:" + FILL
                       + r"]{0,80}?|[Hh]e|[Ss]he)\s+(?P<verb2>" + VERB_WORDS + r")\b(?=[^,;:" + FILL + r"]{0,60}$))")
_CAPITAL_NEXT_RE = re.compile(r"\s+[A-Z]")
# a clause whose subject is what the quote describes, not who said it: "Graveney was
# described by one trustee as “…”", "the plan was branded “reckless”"
# a form of "be" and at most one word after it ("was later"): what makes the verb after it passive
PASSIVE_AUX = r"\b(?:is|was|were|are|been|being|be)\s+(?:[a-z]+\s+)?"
_PASSIVE_RE = re.compile(PASSIVE_AUX + r"(?:described|called|labell?ed|"
                         r"branded|dubbed|characteri[sz]ed|deemed|termed|denounced|critici[sz]ed|praised|hailed|"
                         r"derided|mocked|dismissed|painted|portrayed|accused|asked|questioned)\b")
_BY_RE = re.compile(r"\bby\s+")
_PASSIVE_REACH = 80     # how far before the quote the passive verb stands, in characters
_TAIL_STOPS = {"and", "but", "or", "while", "then", "before", "after", "as", "because", "which", "who", "that",
               "when", "since", "so", "to", "for", "if", "although", "though", "whereas"}
# verbs that may come before their subject after a quote (“…,” said the statement)
_INVERTED = {"said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "continued", "explained", "noted",
             "reported", "tweeted", "read", "reads", "stated", "declared", "replied", "responded", "recalled",
             "told", "warned", "insisted", "argued", "concluded", "observed", "remarked", "conceded"}
_CONTRACTED_RE = re.compile(r"(He|She)[’']s\s+(?:also\s+|now\s+|still\s+)?[a-z]+ing\b")
# an aside of any shape between a subject and its verb of saying: , national treasurer for …,
_ASIDE_TO_VERB_RE = re.compile(r",[^;:" + FILL + r"]{1,220},\s*")
_LOWER_WORD_RE = re.compile(r"(?<![\w’'.\-])[a-z][a-z’'\-]*\b")
# words after a subject that show the phrase goes on or names more than one speaker
_NOT_PREMODIFIER = {"the", "a", "an", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from",
                    "as", "that", "which", "who", "is", "was", "are", "were", "has", "had", "have", "will",
                    "would", "not", "he", "she", "they", "it", "his", "her", "their", "its", "this", "when"}
# a description, then the name between commas, then a verb: Her chief aide, Jake Roe, calls …
# (or an indefinite one: A company spokesperson, Ann Roe, declined …)
_DESCRIBED_SUBJECT_RE = re.compile(r"(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w.\-]*[’']s)\s+[a-z]"
                                   r"|(?P<a>[Aa]n?)\s+\w)[^,;:()" + FILL + r"]{1,60},\s+"
                                   r"(?P<name>[A-Z][^,;:()" + FILL + r"]{1,40}),\s+(?P<verb>[a-z][a-z’'\-]*)\b")
_NOT_AFTER_SUBJECT = {"and", "or", "of", "for", "nor", "’s", "'s", "s"}
INSTITUTIONAL_RE = re.compile(
    r"\b(?:announced|announces|called|calls|described|describes|urged|urges|dubbed|dubs|labeled|labelled|"
    r"denounced|criticized|criticised|praised|condemned|accused|accuses|blasted|slammed|rejected|dismissed|"
    r"issued|released|published|reported|reports|ruled|rules|found|concluded|argued|argues|insisted|warned|"
    r"warns|claimed|claims|stated|states|declared|promised|pledged|vowed|characterized|termed|touted|"
    r"defended|hailed|asked|asks|demanded|demands|described|referred|cited|noted|notes|predicted|predicts|"
    r"acknowledged|admitted|confirmed|denied|insists|wrote|writes|tweeted|posted|emailed|responded|replied|"
    r"countered|explained|maintained|contended|contends|alleged|alleges|called|labels|brands|branded|"
    r"decried|deplored|applauded|welcomed|promises|vows|pledges|recommended|recommends|advised|suggested|"
    r"suggests|stressed|emphasized|emphasised|added|adds|told|tells|says|said|say|charged|charges|"
    r"(?:accus|call|describ|urg|dubb|label|denounc|criticiz|criticis|prais|condemn|blast|slamm|reject|"
    r"dismiss|issu|releas|publish|report|rul|find|conclud|argu|insist|warn|claim|stat|declar|promis|pledg|"
    r"vow|characteriz|term|tout|defend|hail|ask|demand|cit|not|predict|acknowledg|admitt|confirm|deny|"
    r"writ|tweet|post|email|respond|reply|counter|explain|maintain|contend|alleg|brand|decry|deplor|applaud|"
    r"welcom|recommend|advis|suggest|stress|emphasiz|add|tell|say|charg)ing)\b")


def attributed_after(text: str, lo: int, hi: int) -> bool:
    """Whether the words after a quotation (from ``lo``, to the next quotation or ``hi``)
    attribute it: ``, the statement added``, ``, the Times reported``, ``according to …``
    (a verb of saying within its first seven words, after no conjunction; first, only a verb
    that comes before its subject: ``, said the statement``, not ``, denounced her record``): then the clause
    before the quote does not name its speaker (``… and warned of …`` does not count)."""
    fill = text.find(FILL, lo, hi)
    tail = text[lo:hi if fill < 0 else fill]
    if ACCORDING_RE.search(tail):
        return True
    for i, w in enumerate(w.strip(".;:!?") for w in tail.replace(",", " ").split()[:7]):
        if w in _TAIL_STOPS:
            return False
        if (VERB_RE.fullmatch(w) or INSTITUTIONAL_RE.fullmatch(w)) and not w.endswith("ing"):
            return i > 0 or w in _INVERTED     # “terrible,” denounced her record: the clause goes on
    return False


def final_attribution(reg: Registry, lo: int, sent_end: int) -> tuple[NP, tuple[int, int]] | None:
    """The attribution closing the sentence after a quote and more of the writer's words:
    ``“…” about inequality, said Marla Kilfoyle, executive director …`` / ``…, Kunin said.``
    (the words from ``lo``, just after the quote, to ``sent_end``; no other quote between)."""
    text = reg.text
    tail_lo = max(lo, sent_end - 2 * _REACH)
    if text.find(FILL, tail_lo, sent_end) >= 0:
        return None
    last = None
    for m in _FINAL_RE.finditer(text, tail_lo, sent_end):
        last = m
    if last is None:
        return None
    if last.group("verb"):                                     # , said X (, an attorney …).
        np = np_after(reg, last.end(), sent_end)
    else:                                                      # , X said (on Monday).
        np = np_before(reg, last.start("np"), last.start("verb2"))
        np = np if np is not None and np.start == last.start("np") else None
    if np is None or np.kind not in ("name", "pronoun"):
        return None
    return np, (last.start(), sent_end)


def passive_lead(text: str, lo: int, q_open: int) -> re.Match[str] | None:
    """The passive verb the quote at ``q_open`` follows in its clause ("was described by
    one trustee as", "was later called"), within ``_PASSIVE_REACH`` characters and no
    clause break between; None when there is none."""
    passive = _PASSIVE_RE.search(text, max(lo, q_open - _PASSIVE_REACH), q_open)
    if passive is None or _CLAUSE_BREAK_RE.search(text, passive.end(), q_open):
        return None
    return passive


def clause_subject(reg: Registry, sent_lo: int, q_open: int) -> tuple[NP, tuple[int, int]] | None:
    """The subject of the clause the quote at ``q_open`` is worked into, with the span of the
    attribution (subject to quote), when it names a person or, through an institutional
    verb, an organisation; else ``None``."""
    text = reg.text
    said = _SAID_RE.match(text, sent_lo, q_open)                 # Said Comey, “…” / Stated Stone: “…”
    if said is not None:
        np = np_after(reg, said.end(), q_open)
        return _checked(reg, np, "said") if np is not None else None
    label = _LABEL_RE.match(text, sent_lo, q_open)               # Cruz: Trump Would Put … ‘…’
    if label is not None:
        np = np_before(reg, sent_lo, label.end(1))
        if np is not None and np.start == label.start(1) and np.kind == "name":
            return _checked(reg, np, "said")
    lo = _clause_start(text, sent_lo, q_open)
    passive = passive_lead(text, lo, q_open)
    if passive is not None:                                    # X was described by Y as “…”: Y's words, or nobody's
        agent = _BY_RE.search(text, passive.end(), q_open)
        np = np_after(reg, agent.end(), q_open) if agent is not None else None
        return _checked(reg, np, "said") if np is not None and np.kind == "name" else None
    rel = None
    for m in _RELATIVE_RE.finditer(text, lo, q_open):
        if "," not in text[m.end():q_open]:
            rel = m
    if rel is not None:                                        # Trump, who has called it “…”
        np = np_before(reg, lo, rel.start())
        return _checked(reg, np, text[rel.end():q_open])
    as_put = None
    for m in _AS_PUT_RE.finditer(text, max(sent_lo, lo - 3), q_open):   # As X put it, “…” (the clause opens at X)
        as_put = m
    if as_put is not None:
        np = np_before(reg, as_put.start(1), as_put.end(1))
        found = None                                           # (As the columnist Ann Roe had written, “…”)
        if np is not None and text[as_put.start(1):np.start] in ("", "the ", "The "):
            found = _checked(reg, np, "said") or (_resolved(reg, np, "said") if _lone_name(np) else None)
        if found is not None or as_put.start() >= lo:
            return found                                       # (else the clause after "As" as before)
    head = _HEAD_RE.match(text, lo, q_open)
    starts = [head.end() if head else lo]
    commas = (m.end() for m in _COMMA_RE.finditer(text, starts[0], min(q_open, starts[0] + _REACH)))
    starts.extend(c for c, _ in zip(commas, range(3), strict=False))   # On Tuesday, even as …, Mr. Ackman wrote
    for start in starts:
        if start < q_open and FILL not in text[start:q_open][:1]:
            found = _subject_at(reg, start, q_open)
            if found is not None:
                return found
    return None


def _subject_at(reg: Registry, start: int, q_open: int) -> tuple[NP, tuple[int, int]] | None:
    """The subject opening the clause at ``start`` and the verb after it (past an
    appositive or a parenthesis: ``X, who …, mocked`` / ``X (R-Ohio) called``)."""
    text = reg.text
    described = _DESCRIBED_SUBJECT_RE.match(text, start, q_open)   # Her chief aide, Jake Roe, calls …
    if described is not None and described.group("a"):         # A company spokesperson, Ann Roe, declined
        np = np_after(reg, described.start("name"), described.end("name"))
        if np is not None and np.kind == "name" and np.end == described.end("name") and " " in np.name:
            return _checked(reg, np, text[np.end:q_open])
    elif described is not None:
        np = np_before(reg, start, described.start("verb"))
        if np is not None and np.kind == "name" and np.start == start:
            return _checked(reg, np, text[np.end:q_open])
    owned = _OWNED_RE.match(text, start, q_open)                # Clinton's campaign took …
    if owned is not None:
        return _resolved(reg, NP("name", start, owned.end(), name=owned.group()), text[owned.end():q_open])
    contracted = _CONTRACTED_RE.match(text, start, q_open)     # He’s predicting he will do “…”
    if contracted is not None:
        return _resolved(reg, NP("pronoun", start, contracted.end(1), name=contracted.group(1)), "said")
    aside = False
    modifier = False                                           # a name opening the role words before the subject
    named: NP | None = None                                    # the name before an appositive, once past it
    for w in _LOWER_WORD_RE.finditer(text, start, min(q_open, start + _REACH)):
        np = np_before(reg, start, w.start())
        lead = text[start:np.start] if np is not None else ""
        if np is not None and (not lead or lead in ("The ", "the ") or (np.title and lead[0].islower()
                                                                          and _premodifiers(lead))):
            if w.group() == "of" and _CAPITAL_NEXT_RE.match(text, w.end()):
                continue                                       # Chancellor Angela Merkel of Germany condemned
            if w.group() in _NOT_AFTER_SUBJECT or (modifier and not _role_named(np)):
                return None                                    # (past a modifier, a name after a role word only)
            if np.kind == "name" and _topic_label(text, w, q_open):
                return None                                    # Ashby Cross crash: ‘…’ (a headline's topic)
            found = _checked(reg, np, text[np.end:q_open])
            if found is None and _modifies(reg, np, start, w.start()):
                modifier = True                                # The Slate technology columnist Ann Roe wrote
                continue
            return found
        so_far = text[start:w.start()]
        if (named is not None and named.kind != "description" and VERB_RE.fullmatch(w.group())
                and _ASIDE_TO_VERB_RE.fullmatch(text, named.end, w.start())):
            return _checked(reg, named, text[named.end:q_open])   # X, national treasurer for …, called
        if aside or _still_subject(so_far) or _premodifiers(so_far.removeprefix("The ") if modifier else so_far):
            continue
        m = _UP_TO_ASIDE_RE.match(so_far)
        if m is None or not m.group(1).strip() or not _still_subject(m.group(1)):
            return None
        aside = True
        named = np_before(reg, start, start + m.end(1))
    return None


# one to three lower-case words, then a colon or nothing, up to the quote: a headline's topic
# when none of them is shaped like a verb (``Ashby Cross crash: ‘…’``, ``Lake Tarn fish kill ‘…’``)
_TOPIC_WORDS_RE = re.compile(r"([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})\s*:?\s*")
# verbs with no verb's ending that :func:`role_stop` does not know already (``Lee felt ‘…’``,
# ``Lee and Roe fear ‘…’``): a clause, never a topic; nouns that are also verbs (``cut``, ``split``) are taken as verbs
_BARE_VERBS = frozenset({
    "am", "back", "began", "bid", "bought", "broke", "built", "call", "cast", "cost", "cut", "did", "do",
    "drew", "fear", "fell", "felt", "flew", "get", "go", "got", "grew", "hail", "heard", "hid", "hope", "hurt",
    "laid", "meant", "need", "never", "now", "put", "quit", "rang", "read", "rose", "sat", "say", "see", "set",
    "shall", "shook", "shut", "slam", "sold", "spent", "split", "spread", "still", "stood", "stuck", "swept",
    "swore", "threw", "tore", "understood", "urge", "vow", "want", "warn", "woke"})


def _topic_label(text: str, w: re.Match[str], q_open: int) -> bool:
    """Whether the words after a name, with at most a colon between them and the quote,
    are a headline's topic (``Ashby Cross crash: ‘the carriage just folded’``, ``Lake Tarn
    fish kill ‘far worse than thought’``): content words only, none a verb of saying
    (``Lee warns: ‘…’``), shaped like a verb (``responds``, ``answered``, ``calling``), a
    verb with no verb's ending (``thought``, ``took``), an auxiliary or a function word
    (``thought that ‘…’``): a name with a clause's verb after it is still its subject."""
    m = _TOPIC_WORDS_RE.fullmatch(text, w.start(), q_open)
    if m is None:
        return False
    return not any(VERB_RE.fullmatch(word) or word.endswith(("s", "ed", "ing")) or word in _BARE_VERBS
                   or role_stop(word) for word in m.group(1).split())


_UP_TO_ASIDE_RE = re.compile(r"([^,(]*)[,(]")          # the words before an appositive's comma or a parenthesis
_PLAIN_WORD_RE = re.compile(r"[^\W\d_][\w\-]*")          # a word: a letter, then word characters and hyphens


def _premodifiers(head: str) -> bool:
    """Whether the words so far may be role words before a name (``Democratic presidential
    candidate`` Bernie Sanders is …): at most six words, no function word; the subject is
    then taken only when the registry reads them and the name as one phrase."""
    ws = head.split()
    return (len(ws) <= 6 and all(map(_PLAIN_WORD_RE.fullmatch, ws))
            and not any(w.lower() in _NOT_PREMODIFIER for w in ws))


def _modifies(reg: Registry, np: NP, start: int, w_start: int) -> bool:
    """Whether the name ``np``, which alone identifies nobody (``Slate``, ``Minnesota``),
    may be the first of the role words before the subject's name (``The Slate technology
    columnist Ann Roe``): it opens the clause (after ``The``, if any), a lower-case word
    follows it directly, and the words so far may be premodifiers."""
    lead = reg.text[start:np.start]
    return (np.kind == "name" and lead in ("", "The ") and not reg.text[np.end:w_start].strip()
            and _premodifiers(reg.text[np.start:w_start]))


def _lone_name(np: NP) -> bool:
    """One capitalised word that is neither a title, an opening word nor a possessive
    (``Vulture`` in ``As Vulture put it``): a speaker there, where the phrase says so."""
    return (np.kind == "name" and " " not in np.name and np.name not in TITLES and np.name not in STOP_CAPS
            and not np.name.endswith(("’", "'", "’s", "'s")))


def _role_named(np: NP) -> bool:
    """A name right after a role word (``columnist`` Ann Roe): the subject past its premodifiers."""
    role = np.role.split()
    return (np.kind == "name" and bool(role) and is_role_word(role[-1])
            and not np.name.endswith(("’", "'", "’s", "'s")))


def _still_subject(head: str) -> bool:
    """Whether the words so far can still open a subject (``The``, ``Former``): capitalised."""
    return all(w[:1].isupper() for w in head.split())


def _clause_start(text: str, sent_lo: int, q_open: int) -> int:
    """Where the last clause opened before the quote starts (the sentence's start if none)."""
    lo = sent_lo
    for m in _CLAUSE_BREAK_RE.finditer(text, sent_lo, q_open):
        if FILL not in m.group() and _NEW_SUBJECT_RE.match(text, m.end(), q_open):
            lo = m.end()
    return lo


def _full_name(name: str) -> bool:
    """A name of two to four capitalised words, none of them a title (``Bernie Sanders``):
    a person even where the article never titles them; not a place's name opening with a
    place word (``Lake Merrow fish kill ‘…’``: a headline's topic, nobody's words)."""
    ws = name.split()
    return (2 <= len(ws) <= 4 and all(w[:1].isupper() and w not in TITLES for w in ws)
            and ws[0] not in LEADING_PLACE_WORDS)


def _checked(reg: Registry, np: NP | None, between: str) -> tuple[NP, tuple[int, int]] | None:
    """``np`` when it identifies its speaker strongly enough (see the module's rules)."""
    if np is None or reg.text[np.end:np.end + 2] in ("’s", "'s"):
        return None
    first = reg.text[np.start:np.end].split(" ", 1)[0]
    if first in _INDEFINITE or (np.kind == "name" and all(w in TITLES for w in np.name.split())):
        return None                                             # One source / Republican …
    if np.kind == "name" and not (np.title or reg.find(np.name) or _full_name(np.name) or np.name in reg.full_named):
        return None
    return _resolved(reg, np, between)


def _resolved(reg: Registry, np: NP, between: str) -> tuple[NP, tuple[int, int]] | None:
    """``np`` when the registry resolves it to a person, or to an organisation speaking
    through an institutional verb (in ``between``, the words from it to the quote)."""
    speaker, _, kind = reg.resolve(np, np.start)
    if speaker is None:
        return None
    if kind != "person" and not INSTITUTIONAL_RE.search(between):
        return None
    return np, (np.start, np.end)
