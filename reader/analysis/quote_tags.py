"""A quotation's tag with any verb: ``“…,” Hannity pressed.`` / ``“…!” beamed Ann Lee``.

Hand-written, like :mod:`reader.analysis.quotes` (a rule can say why it chose a speaker, and
news attribution is formulaic). The tag rule there knows a list of verbs of saying; in
PolNeAR's annotated news the tag after a quotation that opens its sentence uses many more
(``charged``, ``pressed``, ``started``, ``beamed``, ``answers``): in that place, a name and
almost any verb say who spoke. So the shape is required instead of the verb:

* the quotation opens its sentence (``“…,” X pressed``), or is a sentence of its own
  followed by a short one on the same line (``“Why?” X pressed.``, ``“No.” X shrugged.``);
* then, after a comma if any, a phrase the registry resolves (a name, ``he``/``she``, a
  description of a known person) and one verb in -ed or -s, or the verb then the phrase
  (``beamed Donald Hartley``), or an organisation named by its owner and a verb of saying
  (``Powell’s office said``);
* and after the verb, the sentence ends, or a comma, or a short phrase opened by a
  preposition or an adverb follows (``… charged in her now-infamous assault.``); anything
  else (``“Ted Cruz” pins were everywhere``) is not a tag.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.speaker_lexicon import FILL, VERB_WORDS
from reader.analysis.speaker_phrases import NP, np_after, np_before
from reader.analysis.speaker_registry import Registry

# a verb of saying, or a verb form after a name: past or third person (not an auxiliary or an -ss word)
_VERB_RE = re.compile(r"(?<![\w’'\-])(?:" + VERB_WORDS + r"|[a-z]{3,}(?:ed|[^s]s))\b")   # (a whole word)
_NOT_VERBS = {"was", "has", "does", "is", "his", "its", "this", "thus", "news", "less", "plus", "bus", "yes",
              "us", "as", "needs", "needed", "used", "based", "related", "limited", "united", "interested",
              "supposed", "concerned", "involved", "tired", "scared", "excited", "pleased", "dressed", "aged",
              "named", "called", "lists", "items", "points", "times", "years", "days", "others"}
_AFTER_VERB_RE = re.compile(r"\s*(?:[.,;:!?]|$)|\s+(?:on|in|at|during|to|after|before|about|from|with|of|last|"
                            r"this|earlier|later|as|while|when|over|into|onto|through|outside|inside|"
                            r"[a-z]+ly)\b")
_LEAD_RE = re.compile(r"[\s,]*")
# the short sentence after a quote that ends with its own full stop, question or exclamation mark
_NEXT_SENTENCE_RE = re.compile(r"[ \t\u00a0]++[^.!?\n" + FILL + r"]{3,120}?\.(?=\s|$)")
# an organisation named by its owner, then a verb: Powell’s office said, the Smith campaign said
_OWNED_TAG_RE = re.compile(r"((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s\s+(?:campaign|office|team|camp|"
                           r"administration|staff))\s+(?:" + VERB_WORDS + r")\b")
_PHRASE_KINDS = ("name", "pronoun", "description")


Tag = tuple[NP, tuple[int, int]]     # the phrase naming the speaker, the tag's span


def _next_sentence_end(reg: Registry, lo: int, first_stop: int) -> int:
    """Where the short sentence after a quote at ``lo`` ends: at its first full stop, or past
    abbreviations (``“Why?” Rep. Ann Lee, R-Pa., asked.``) at the end of the sentence that
    opens there, when that one is short too (the length and line of _NEXT_SENTENCE_RE)."""
    k = bisect.bisect_left(reg.sentences, (lo, -1))
    if k == len(reg.sentences):
        return first_stop
    a, b = reg.sentences[k]
    text = reg.text
    if (a < lo or text[lo:a].strip() or b <= first_stop or b - lo > 125 or text[b - 1] != "."
            or "\n" in text[lo:b] or FILL in text[lo:b]):
        return first_stop
    return b


def any_verb_tag(reg: Registry, q_open: int, q_close: int, sentence: tuple[int, int]) -> Tag | None:
    """The phrase of the tag after a quotation that opens its sentence, with the tag's
    span, when the tag has the shape above; else ``None``."""
    text = reg.text
    sent_lo, sent_hi = sentence
    if text[sent_lo:q_open].strip():
        return None
    if text[q_close] == ".":                                    # “Why?” Hannity pressed. / “No.” Roe shrugged.
        nxt = _NEXT_SENTENCE_RE.match(text, q_close + 1)
        if nxt is None:
            return None
        sent_hi = _next_sentence_end(reg, q_close + 1, nxt.end())
    elif q_close + 1 >= sent_hi or text[q_close] != FILL:
        return None
    lead = _LEAD_RE.match(text, q_close + 1, sent_hi)
    p = lead.end() if lead else q_close + 1
    hi = min(sent_hi, p + 200)
    inverted = _VERB_RE.match(text, p, hi)                       # “…!” beamed Donald Hartley
    if inverted is not None and inverted.group() not in _NOT_VERBS and text[p - 1:p].isspace():
        np = np_after(reg, inverted.end() + 1, hi)
        if np is not None and np.kind in _PHRASE_KINDS and text[inverted.end():np.start] == " ":
            return np, (p, np.end)
        return None
    owned = _OWNED_TAG_RE.match(text, p, hi)                    # “…,” Powell’s office said
    if owned is not None:
        np = NP("name", p, owned.end(1), name=owned.group(1))
        return (np, (p, owned.end())) if _AFTER_VERB_RE.match(text, owned.end(), sent_hi) else None
    for v in _VERB_RE.finditer(text, p, hi):
        if FILL in text[p:v.start()]:
            return None
        if v.group() in _NOT_VERBS:
            continue
        np = np_before(reg, p, v.start())
        if np is None or np.kind not in _PHRASE_KINDS:
            continue
        if np.start != p and text[p:np.start] not in ("The ", "the "):
            return None
        return (np, (p, v.end())) if _AFTER_VERB_RE.match(text, v.end(), sent_hi) else None
    return None
