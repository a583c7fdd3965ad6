"""Direct quotations in an article: where they are, what kind, and who said them.

Hand-written rules, not a model: measured on the bundled story, textacy's quotation
extractor crashed on two of the five articles and attributed 6 of 13 full quotes
correctly, and BBC's citron has a non-commercial model licence. News attribution is
formulaic enough for a few dozen explicit rules, which can also say *why* they chose a
speaker (``Quote.how``). Every offset indexes ``Article.body``, and ``text`` is exactly
``body[start:end]``: the words between the marks, edge white space left out.

Finding quotes, one paragraph at a time (paragraphs are separated by blank lines, or by line breaks in a
text with no blank line; the marks are read in :mod:`reader.analysis.quote_marks`, the rest here):

* Double marks ``“ ”``, ``"`` and ``« »``, paired left to right. A straight mark opens or
  closes by what surrounds it; a curly one typed the wrong way round is read the same way.
  Doubled marks (``''…''`` in NYT feeds, ``‘‘…’’``, ````…''``) are one double mark
  (:func:`mark_view`); the quote's text is still the words between the pairs.
* A quote inside a quote (``“… ‘personally and directly engaged’ …”``) is part of the outer
  one (listed in ``nested``), never a quote of its own.
* Single marks as primary quotes (``Trump says ‘we will win’``), outside double quotes; a
  double quote inside them is nested (British style). ``’``/``'`` between letters (IRS’s,
  weren’t) or before a digit (’90s) is an apostrophe; of the possible closing marks the
  first after punctuation wins, then the first not after an *s* (``the workers’ union``).
* A quote over several paragraphs (each opens, only the last closes) and a quote split by
  its attribution (``“…,” Chen said, “…”``) give one part per span, sharing ``group`` and
  the speaker. An opening mark never closed (nor continued) is dropped.
* Marks inside markup tags (``<tweet tweet-id="…">``, ``<a href='…'>``) are not quotation marks.
* Quotation marks around a name (``during “Operation Midway Blitz.”``: up to six
  capitalised words inside the writer's sentence) are not a quotation.

``kind``: ``full`` for a statement standing as its own sentence or clause (it starts a
sentence, or follows a colon, a speech verb, or a speech verb and a comma, and it ends the
statement); ``partial`` for a fragment worked into the writer's own sentence.

Attribution, within the quote's sentence (the text with every quote blanked out, so words
inside a quote never name its speaker), first rule that names someone wins (``how``):

``after``      right after the closing mark: ``“…,” Chen said`` / ``said Mark Fleming, an
               attorney …`` / ``wrote Kollar-Kotelly, a …`` / ``the Obama judge continued`` /
               ``according to X`` / ``as Cruz said``;
``before``     the nearest speech verb earlier in the sentence whose subject names someone
               (past an aside, a relative ``who`` or as ``X’s office``: :mod:`reader.analysis.verb_subject`),
``sentence``   introducing the quote (``Chen said: “…”``, ``X told reporters, “…”``) or not
               (``She said the IRS never offered a “…”``); when the verb's subject is a
               relative pronoun (``a ruling … that called it “…”``) the sentence's own
               subject, if it is a person;
``participle`` ``X attacked Y, saying “…”`` / ``calling it “…”`` / ``with X telling reporters
               “…”`` / ``X issued a statement saying “…”``: the name right before the participle,
               else the speaker of a speech verb just before it (``said X, adding``), else the
               subject opening the sentence (a pronoun, a titled or known name; nobody after
               ``After X spoke, …`` or for ``X and Y``); a speech verb before the participle
               names the speaker only through these rules;
``colon``      ``X had a blunt answer: “…”``: the subject opening the sentence, as above;
``according``  ``according to X`` anywhere in the sentence;
``aside``      a parenthetical ``, she said,`` after the quote;
``final``      ``“…” about inequality, said Marla Kilfoyle, a …`` / ``…, Kunin said.``: the
               attribution closing the sentence, with no other quote after this one;
``tag``        ``“…,” Hannity pressed.`` / ``“…!” beamed X``: a tag with any verb after a quote
               opening its sentence (:mod:`reader.analysis.quote_tags`);
``headline``   a headline in title case: ``Ann Lee Calls the Plan ‘Reckless’`` / ``Rivals Are
               ‘Unfit,’ Ann Lee Says`` (a label's quote in capitals, ``Ann Lee: Rival's ‘Hateful
               Rhetoric’``, is the label's speaker's, not a name);
``clause``     ``Trump mocked Rubio for “…”``: the subject of the clause the quote is worked
               into, whatever its verb (:mod:`reader.analysis.clause_subject`); never when
               the words after the quote attribute it (``…,” the statement added``);
``split``, ``continued``  the other parts of the same quotation;
``list``       ``called it “a,” “b” and “c”``: quotes listed together in one sentence share
               the speaker of one of them;
``follow-on``  a quote with no attribution of its own (no words after it in its sentence, no unidentified
               speaker), in the same sentence as a quote by a known speaker, or a full one in the sentence
               after (same or next paragraph), when nobody else becomes a clause's subject or speaks in
               between (:mod:`reader.analysis.quote_context`);
``preceding``  a full quote opening its sentence, whose previous sentence has no quote and
               says its subject spoke (``X agreed. “…”``; across a paragraph ``X declared:``,
               or, for a quote filling its paragraph, a verb of saying in the paragraph's
               last sentence: :mod:`reader.analysis.quote_paragraphs`);
``credit``     a full quote filling its paragraph, credited by the next paragraph, a dash and a person's name
               (``- Ann Lee, Philadelphia.``); ``named-after``: ``“…” That was how Ann Lee put it.`` (the next
               sentence): :mod:`reader.analysis.quote_paragraphs`.
Names, pronouns and descriptions are resolved by :mod:`reader.analysis.speaker_registry` (a name is shown as
the article spells it: "Salim al-Harthy", :func:`reader.analysis.speaker_words.as_written`); a speaker a pronoun
gave is dropped when the quotation calls them by their given name (:mod:`reader.analysis.quote_self_names`).
No rule invents a speaker: ``None`` is an answer, and ``no_speaker`` says why: ``unidentified`` (an attribution
names someone the article does not identify: ``said a senior official``, ``the statement added``, a pronoun
with no person it can stand for; the phrase is kept in ``speaker_description``), ``so-called`` (a term in
scare quotes) or ``not found``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from reader.analysis.clause_subject import INSTITUTIONAL_RE
from reader.analysis.quote_attribution import SO_CALLED_END_RE, Attribution, attribute
from reader.analysis.quote_context import (
    about_speaker,
    colon_lead_in,
    has_own_tail,
    other_speaker_between,
    preceding_speaker,
)
from reader.analysis.quote_marks import ABBREVIATIONS, find_marks, mark_view, masked, paragraphs
from reader.analysis.quote_paragraphs import credit_line, named_after, named_next, paragraph_before
from reader.analysis.quote_repeats import credit_repeats
from reader.analysis.quote_self_names import self_named
from reader.analysis.quoted_titles import is_name, names_a_work
from reader.analysis.sentence_joins import join_clock_times
from reader.analysis.speaker_lexicon import ACCORDING_RE, FILL, VERB_RE, WINDOW
from reader.analysis.speaker_registry import Registry
from reader.analysis.speaker_words import as_written
from reader.text.speedups import native_function

# patterns compiled once (re's own cache costs a look-up at every call)
_LAST_WORD_RE = re.compile(r"(?<![\w’'-])(\w+)\s*([,:]?)$")
_COMMA_GAP_RE = re.compile(r"\s*,\s*")

KINDS = ("full", "partial")
# why a quotation has no speaker: its attribution names someone the article does not identify
# ("a senior official", "the statement"; the phrase is in ``speaker_description``), it is a
# so-called term, or nothing in or before its sentence says who spoke
NO_SPEAKER_REASONS = ("unidentified", "so-called", "not found")
# the participle (group 2) and up to eight words before the quote; group 1: a comma before it
# (grouped by first letter: a word start tries some 20 letters, not 48 words; none is
# another's prefix up to a word's end, so the order does not matter)
# Trump issued a statement saying “…”: the statement's author is the clause's subject
# the officer shouted “get down” before firing: words shouted are full only when they end the sentence
_MANNER_VERBS = {"shouted", "shouts", "yelled", "yells", "screamed", "chanted", "whispered"}
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”’')\]]*(\s+|$)")
_INITIALS_RE = re.compile(r"(?:[A-Za-z]\.)*[A-Z]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
_ALL_BYTES = bytes(range(256))
_NOT_UPPER = bytes(b for b in _ALL_BYTES if not 65 <= b <= 90)      # every byte but A-Z
_NOT_LOWER = bytes(b for b in _ALL_BYTES if not 97 <= b <= 122)     # every byte but a-z
_HEADLINE_LABEL_RE = re.compile(r"\s*([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}):\s")


@dataclass(frozen=True)
class Quote:
    """One quotation (or one part of a quotation split by attribution or paragraphs)."""

    text: str
    start: int
    end: int
    kind: str
    paragraph: int
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_kind: str | None = None          # person | organization
    attribution_start: int | None = None
    attribution_end: int | None = None
    how: str | None = None                   # which rule found the speaker
    group: int = 0                           # parts of one quotation share a group
    part: int = 0
    nested: tuple[tuple[int, int], ...] = ()
    open_mark: int = 0                       # offsets of the marks (close: None when it runs on)
    close_mark: int | None = None
    speaker_description: str | None = None   # with no speaker: the unidentified phrase the attribution uses
    no_speaker: str | None = None            # with no speaker: why (NO_SPEAKER_REASONS)

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "speaker": self.speaker, "speaker_role": self.speaker_role, "speaker_kind": self.speaker_kind,
                "attribution": None if self.attribution_start is None else
                {"start": self.attribution_start, "end": self.attribution_end, "how": self.how},
                "paragraph": self.paragraph, "group": self.group, "part": self.part,
                "nested": [list(span) for span in self.nested],
                "speaker_description": self.speaker_description, "no_speaker": self.no_speaker}


# a label before a quote: at the sentence's start, or after a headline and a dash
# what a tag's verb is about, to the end of its sentence: the people named there are not speaking
_SAID_OF_RE = re.compile(r"\s+(?:of|about)\s+[^.!?;:" + FILL + r"]{1,80}[.!?]")

_OPENS_NEXT = FILL + "“‘\"'(«"     # what may open the next sentence, besides a capital or a digit
_FROZEN_ABBREV = frozenset(ABBREVIATIONS)
_native_sentences: Callable[[str, list[tuple[int, int]], frozenset[str], str], list[tuple[int, int]]] | None = (
    native_function("quote_sentences"))


def sentences(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of the masked text (abbreviations such as U.S. and Jr. do not end one).
    In C when ``reader._native`` is there (``quote_sentences``, reader/native/quotes.c)."""
    spans = (_native_sentences(text, paras, _FROZEN_ABBREV, _OPENS_NEXT) if _native_sentences is not None
             else python_sentences(text, paras))
    return join_clock_times(text, spans)            # (3 a.m. | Thursday: one sentence)


def python_sentences(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sentences`` in Python."""
    out = []
    for lo, hi in paras:
        start = lo
        # (searched in place, to hi: the pattern's $ matches there as at the end of a copy)
        for m in _SENTENCE_END_RE.finditer(text, lo, hi):
            at, end = m.span()
            nxt = text[end] if end < hi else ""
            if end < hi and not (nxt.isupper() or nxt.isdigit() or nxt in _OPENS_NEXT):
                continue
            if text[at] == "." and _abbreviation(text[max(start, at - 40):at + 1]):
                continue
            out.append((start, at + len(m.group().rstrip())))
            start = end
        if start < hi and text[start:hi].strip():
            out.append((start, hi))
    return out


def _abbreviation(before: str) -> bool:
    """Whether the word ending ``before`` (at a full stop) is an abbreviation or initials: the
    last run of non-space characters, its closing . ! ? … left out (all but one, if that is all)."""
    run = before.rsplit(None, 1)[-1]
    w = run[:max(1, len(run.rstrip(".!?…")))]
    return w in ABBREVIATIONS or _INITIALS_RE.fullmatch(w) is not None


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> int:
    k = bisect.bisect_right(sents, (pos, float("inf"))) - 1
    return max(0, k if k >= 0 and pos < sents[k][1] else min(k + 1, len(sents) - 1))


def extract_quotes(article: Any, paras: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Every direct quotation in ``article`` (anything with a ``body``, or a string), in text
    order. ``paras``, when given, are the body's :func:`paragraphs`, found already."""
    body = article.body if hasattr(article, "body") else str(article)
    paras = paragraphs(body) if paras is None else paras
    view = mark_view(body)
    raw = find_marks(view, paras)
    if not raw:
        return []                                  # no quotation: no speaker to look for
    text = masked(view, raw, paras)
    sents = sentences(text, paras)
    reg = Registry(text, sents)
    shouting = _in_capitals(body)                  # every quote would look like a name in capitals
    kept: list[tuple[dict, Attribution, str, int]] = []
    group_of: dict[object, int] = {}
    for p in raw:
        si = _sentence_of(sents, p["open"])
        close = p["close"] if p["close"] is not None else paras[p["para"]][1] - 1
        att = attribute(reg, p["open"], close, sents[si])
        inner = body[p["start"]:p["end"]]
        prefix = text[max(sents[si][0], p["open"] - WINDOW):p["open"]].rstrip()
        after = text[close + 1:min(sents[si][1], close + WINDOW)].strip() if p["close"] is not None else ""
        kind = _kind(prefix, inner, after, att.how in ("after", "according", "tag"), p["part"] > 0)
        if (kind == "partial" and att.how not in ("after", "according", "tag", "headline") and not shouting
                and is_name(inner)
                and not _labelled(text, sents[si][0], att)):
            continue
        if not shouting and names_a_work(prefix, inner):
            continue                               # on ABC's “This Week,”: a show, said by nobody
        key = p["chain"] if p["chain"] is not None else ("solo", p["open"])
        group_of.setdefault(key, len(group_of))
        kept.append((p, att, kind, si))
    quotes: list[Quote] = []
    for p, att, kind, _ in kept:
        gid = group_of[p["chain"] if p["chain"] is not None else ("solo", p["open"])]
        quotes.append(Quote(body[p["start"]:p["end"]], p["start"], p["end"], kind, p["para"], att.speaker,
                            att.role, att.kind, att.start, att.end, att.how, gid, p["part"],
                            tuple(p.get("nested", ())), p["open"], p["close"], att.described))
    quotes = _link_splits(quotes, text)
    quotes = credit_repeats(_share_and_follow(quotes, [k[3] for k in kept], reg, (sents, paras)), _with_speaker)
    out = [q if q.speaker else replace(q, no_speaker=_no_speaker(q, text)) for q in self_named(quotes, text)]
    return [replace(q, speaker=as_written(q.speaker, body)) if q.speaker else q for q in out]


def _no_speaker(q: Quote, text: str) -> str:
    """Why ``q`` has no speaker (one of NO_SPEAKER_REASONS)."""
    if q.speaker_description:
        return "unidentified"
    return "so-called" if SO_CALLED_END_RE.search(text[max(0, q.open_mark - 40):q.open_mark]) else "not found"


def _in_capitals(body: str) -> bool:
    """Whether the article is written in capitals (nine in ten of its cased letters)."""
    upper = lower = ascii_chars = 0
    for at in range(0, len(body), 1 << 20):                    # counted a byte at a time, in C, a MB at once
        ascii_bytes = body[at:at + (1 << 20)].encode("ascii", "ignore")
        upper += len(ascii_bytes.translate(None, _NOT_UPPER))
        lower += len(ascii_bytes.translate(None, _NOT_LOWER))
        ascii_chars += len(ascii_bytes)
    if upper + len(body) - ascii_chars <= 9 * lower:           # not even if every other letter were a capital
        return False
    other = "".join(_NON_ASCII_RE.findall(body))
    return upper + sum(map(str.isupper, other)) > 9 * (lower + sum(map(str.islower, other)))


def _kind(prefix: str, inner: str, after: str, attributed_after: bool, continued: bool) -> str:
    # (the only match there can be ends the prefix: looked for in its last characters first;
    # the lookbehind sees those before, so none is found there that the whole would not give)
    last = _LAST_WORD_RE.search(prefix, max(0, len(prefix) - 60)) or (
        _LAST_WORD_RE.search(prefix) if len(prefix) > 60 else None)
    after_verb = (last is not None and VERB_RE.fullmatch(last.group(1)) is not None
                  and last.group(1) not in _MANNER_VERBS)
    starts = (not prefix or prefix[-1] == ":" or continued or after_verb
              or (prefix[-1] in ",—" and VERB_RE.search(prefix[-80:]) is not None))
    ends = inner[-1:] in ".,!?…—–:;-" or not after or after[0] in ".!?;…" + FILL or attributed_after
    return "full" if (starts and ends) or after_verb else "partial"


def _labelled(text: str, sent_lo: int, att: Attribution) -> bool:
    """Whether the quote's speaker is the label opening its sentence (a headline's ``Ann
    Lee: Rival's 'Hateful Rhetoric' Hurts Party``): words in capitals quoted there are the
    labelled speaker's, not a name."""
    label = _HEADLINE_LABEL_RE.match(text, sent_lo)
    return label is not None and att.speaker is not None and att.start == label.start(1)


def _link_splits(quotes: list[Quote], text: str) -> list[Quote]:
    """“…,” Chen said, “…”: the part after the attribution joins the first part's group."""
    out = list(quotes)
    size: dict[int, int] = {}
    for q in out:
        size[q.group] = size.get(q.group, 0) + 1
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (a.how == "after" and a.attribution_end is not None and a.paragraph == b.paragraph and b.part == 0
                and a.group != b.group and _COMMA_GAP_RE.fullmatch(text[a.attribution_end:b.open_mark])):
            shift, old = size[a.group], b.group
            for j in range(k, len(out)):
                if out[j].group != old:
                    break
                how = out[j].how if out[j].speaker or j > k else "split"
                out[j] = replace(out[j], group=a.group, part=out[j].part + shift, kind=a.kind, how=how)
            size[a.group] += size.pop(old)
    return out


def _share_and_follow(quotes: list[Quote], sent_idx: list[int], reg: Registry,
                      layout: tuple[list[tuple[int, int]], list[tuple[int, int]]]) -> list[Quote]:
    """Parts of one quotation share its speaker; then a full quotation with no speaker takes
    the previous quotation's (``follow-on``) or the one the sentence before names
    (``preceding``): :mod:`reader.analysis.quote_context`."""
    by_group: dict[int, list[int]] = {}
    for k, q in enumerate(quotes):
        by_group.setdefault(q.group, []).append(k)
    for ks in by_group.values():                                # parts share one speaker
        src = next((quotes[k] for k in ks if quotes[k].speaker), None)
        if src is None:
            continue
        for k in ks:
            if quotes[k].speaker is None:
                quotes[k] = _with_speaker(quotes[k], src, "continued")
    sents, paras = layout
    for k in range(1, len(quotes)):                            # called it “a” and “b”: one speaker
        q, prev = quotes[k], quotes[k - 1]
        if not q.speaker and prev.speaker and q.group != prev.group and _listed(reg.text, prev, q):
            for j in by_group[q.group]:
                quotes[j] = _with_speaker(quotes[j], prev, "list")
    for k in range(len(quotes) - 2, -1, -1):                   # “a,” “b” and “c,” X said
        q, nxt = quotes[k], quotes[k + 1]
        if not q.speaker and nxt.speaker and q.group != nxt.group and _listed(reg.text, q, nxt):
            for j in by_group[q.group]:
                quotes[j] = _with_speaker(quotes[j], nxt, "list")
    for k in range(len(quotes) - 2, -1, -1):                   # “a” was to be a “b,” said X
        q, nxt = quotes[k], quotes[k + 1]
        if (not q.speaker and not q.speaker_description and nxt.speaker and nxt.how in ("after", "final")
                and sent_idx[k] == sent_idx[k + 1] and q.group != nxt.group
                and _writer_between(reg, q, nxt)):
            for j in by_group[q.group]:
                quotes[j] = _with_speaker(quotes[j], nxt, "final")
    for k in range(len(quotes)):
        q = quotes[k]
        same_sentence = k > 0 and sent_idx[k] == sent_idx[k - 1]
        opens = _OPENS_SENTENCE_RE.fullmatch(reg.text, sents[sent_idx[k]][0], q.open_mark) is not None
        opens = opens or (k > 0 and _verbless_lead(reg, sents[sent_idx[k]][0], q.open_mark))
        if (q.speaker or (q.kind != "full" and not same_sentence and not opens) or q.part or q.speaker_description
                or (has_own_tail(reg.text, q.close_mark, sents[sent_idx[k]][1])
                    and not _plain_tail(reg.text, q.close_mark, sents[sent_idx[k]][1]))):
            continue
        if named_after(reg.text, q.paragraph, paras):
            continue                    # “…” / Those were the words of X: not the speaker before
        told = named_next(reg, q.close_mark, paras[q.paragraph][1])  # “…” That was how X put it.
        src = _follow_on(quotes, k, sent_idx, reg, sents) if k and told is None else None
        how = "follow-on"
        if src is None:
            found = (told or preceding_speaker(reg, sents, sent_idx[k], q.open_mark, paras)
                     or paragraph_before(reg, sents, sent_idx[k], q.open_mark, paras[q.paragraph],
                                         paras[q.paragraph - 1] if q.paragraph else None))
            how = "named-after" if told else "preceding"
            speaker, role, kind = reg.resolve(found[0], found[1][0]) if found else (None, None, None)
            if speaker is None and len(by_group[q.group]) == 1:   # “…” / - Ann Lee, Philadelphia.
                found = credit_line(reg, q.open_mark, paras[q.paragraph],
                                    paras[q.paragraph + 1] if q.paragraph + 1 < len(paras) else None)
                how = "credit"
                speaker, role, kind = reg.resolve(found[0], found[1][0]) if found else (None, None, None)
                if kind != "person":                            # (- Reuters.: the wire's credit)
                    speaker = None
            if found is None or speaker is None:
                continue
            src = replace(q, speaker=speaker, speaker_role=role, speaker_kind=kind,
                          attribution_start=found[1][0], attribution_end=found[1][1])
        for j in by_group[q.group]:
            quotes[j] = _with_speaker(quotes[j], src, how)
    return quotes


# a quotation that opens its sentence, after a conjunction at most: But “…”
_OPENS_SENTENCE_RE = re.compile(r"\s*(?:(?:But|And|Yet|Still|So|Or|Now|Then)\b,?\s*)?")
_LIST_GAP_RE = re.compile(r"[ \t]*(?:,|;|—|–)?[ \t]*(?:(?:and|or|as well as|and then|but also|nor|to)[ \t]*)?")


_VERBISH_RE = re.compile(r"[a-z]+ed|is|was|are|were|has|have|had|will|would|can|could|according|per|told")
_LEAD_CAPS = {"For", "In", "On", "At", "As", "And", "But", "So", "Still", "Yet", "Now", "Then", "With", "To"}
# the writer's aside after a quotation: a relative clause on a thing or a place (, which …, where …)
# or a dash and a participle (- increasing his …): it names no speaker, whatever its words
_ASIDE_TAIL_RE = re.compile(r"[ \t]*+(?:(?:,[ \t]*+)?(?:which|where)\b|[-—–][ \t]*+(?P<ing>[a-z]{2,}ing)\b)[^" + FILL
                            + r"\n]{0,160}?[.;]")
_SAYING_ING_RE = re.compile(r"(?:saying|adding|noting|telling|asking|writing|explaining|arguing|insisting|"
                            r"warning|calling|replying|responding|claiming|tweeting|posting|stating)$")
_PLAIN_TAIL_RE = re.compile(r"[ \t,]*[a-z][a-z’'\- ,]{0,80}[.;]")
_PEOPLE_WORDS_RE = re.compile(r"\b(?:he|she|they|who|we|i|it|according)\b")


def _plain_tail(text: str, close: int | None, sent_end: int) -> bool:
    """Whether the words after a quotation that opens its sentence only finish the writer's
    phrase (“… the overtime rule” and other pocketbook issues.): lower-case words to the
    sentence's end, no pronoun, no verb of saying; they attribute the quote to nobody."""
    if close is None:
        return False
    end = sent_end
    while end > close + 1 and text[end - 1].isspace():
        end -= 1
    m = _PLAIN_TAIL_RE.match(text, close + 1, end)
    if m is None or m.end() != end:
        m = _ASIDE_TAIL_RE.match(text, close + 1, end)      # “…,” which votes in June. / “…” - winning …
        if m is None or m.end() != end or _SAYING_ING_RE.match(m.group("ing") or ""):
            return False
        return not (VERB_RE.search(m.group()) or INSTITUTIONAL_RE.search(m.group()))
    tail = m.group()
    return not (_PEOPLE_WORDS_RE.search(tail) or VERB_RE.search(tail) or INSTITUTIONAL_RE.search(tail))


def _writer_between(reg: Registry, q: Quote, nxt: Quote) -> bool:
    """Whether the words between two quotes of one sentence are the writer's own, with no
    verb of saying and no capitalised word (``“…” was to be a “…,” said X``): the
    attribution closing the sentence is then both quotes'."""
    if q.close_mark is None:
        return False
    between = reg.text[q.close_mark + 1:nxt.open_mark]
    if len(between) > 160 or VERB_RE.search(between) or ACCORDING_RE.search(between):
        return False
    return not any(w[:1].isupper() for w in between.split())


def _verbless_lead(reg: Registry, lo: int, q_open: int) -> bool:
    """Whether the words opening a sentence before its quote only frame it, with no verb
    and nobody named (``For working families, on the other hand, “…”``): the quote then
    goes on from the quotation before, as one opening its sentence would."""
    lead = reg.text[lo:q_open]
    if not lead.rstrip().endswith(",") or len(lead) > 80 or FILL in lead:
        return False
    ws = lead.replace(",", " ").split()
    return (0 < len(ws) <= 10 and not any(_VERBISH_RE.fullmatch(w.lower()) or VERB_RE.fullmatch(w) for w in ws)
            and not any(reg.find(w.rstrip("’'s")) for w in ws if w[:1].isupper() and w not in _LEAD_CAPS))


def _listed(text: str, prev: Quote, q: Quote) -> bool:
    """Whether ``q`` follows ``prev`` in one list of quoted words (“a,” “b” and “c”)."""
    if (prev.close_mark is None or q.open_mark - prev.close_mark > 30 or q.paragraph != prev.paragraph
            or prev.text[-1:] in ".?!…"):                      # “… unhinged.” “So Donald …”: a new sentence
        return False
    return _LIST_GAP_RE.fullmatch(text, prev.close_mark + 1, q.open_mark) is not None


def _tag_between(prev: Quote, q: Quote, sents: list[tuple[int, int]]) -> bool:
    """Whether the only sentence between ``prev`` and ``q`` is ``prev``'s own tag (“Why?”
    Hannity pressed. “…”): the tag is a sentence of its own after a question."""
    end = prev.attribution_end
    if end is None or prev.close_mark is None or end <= prev.close_mark:
        return False
    return _sentence_of(sents, end - 1) + 1 == _sentence_of(sents, q.open_mark)


def _follow_on(quotes: list[Quote], k: int, sent_idx: list[int], reg: Registry,
               sents: list[tuple[int, int]]) -> Quote | None:
    """The quotation before quote ``k`` when quote ``k`` continues its speaker's words."""
    q, prev = quotes[k], quotes[k - 1]
    if not prev.speaker or q.group == prev.group or prev.how == "noun":
        return None                 # (Lee's claim that it was “…”: words recalled, no one speaking on)
    if (sent_idx[k] not in (sent_idx[k - 1], sent_idx[k - 1] + 1) and not _tag_between(prev, q, sents)
            and not (q.kind == "full" and q.paragraph - prev.paragraph <= 2
                     and about_speaker(reg, prev.speaker, sents[sent_idx[k - 1] + 1:sent_idx[k]]))):
        return None
    if colon_lead_in(reg.text, sents[sent_idx[k]][0], q.open_mark) and sent_idx[k] != sent_idx[k - 1]:
        return None                 # (a report … offered this verdict: “…”: its own, unnamed speaker)
    gap_lo = max(prev.close_mark or prev.end, prev.attribution_end or 0)
    topic = _SAID_OF_RE.match(reg.text, gap_lo, q.open_mark) if prev.attribution_end == gap_lo else None
    gap_lo = topic.end() if topic else gap_lo                 # “…,” Crane said of Johnson and Weld. “…”
    return None if other_speaker_between(reg, prev.speaker, gap_lo, q.open_mark) else prev


def _with_speaker(q: Quote, src: Quote, how: str) -> Quote:
    """``q`` with ``src``'s speaker (and the attribution span, for ``preceding``)."""
    q = replace(q, speaker=src.speaker, speaker_role=src.speaker_role, speaker_kind=src.speaker_kind,
                how=q.how or how)
    if how in ("preceding", "credit", "named-after"):
        q = replace(q, attribution_start=src.attribution_start, attribution_end=src.attribution_end)
    return q
