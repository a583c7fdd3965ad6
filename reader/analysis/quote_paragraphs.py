"""A quotation standing as a paragraph of its own, after a paragraph that ends by saying
who spoke: ``Carter said that … would not happen.`` / ``“That’s because …”``.

Hand-written, like :mod:`reader.analysis.quotes` (a rule can say why it chose a speaker, and
news layout is formulaic). :func:`reader.analysis.quote_context.preceding_speaker` crosses a
paragraph only after a colon; in PolNeAR's annotated news a paragraph that is nothing but a
quotation is, just as often, the words of the person whose speech the paragraph before it
reports with a verb of saying (``X said that …``, ``X continued his remarks.``). So, when

* the quotation fills its paragraph (it opens it, and nothing but the closing punctuation
  follows it there, or it runs on into the next paragraph),
* the previous paragraph's last sentence has no quotation and has a verb of saying (or
  an institutional one: ``praised``, ``blasted``),

the speaker is that sentence's closing attribution or the subject of its clause (the same
readings as the sentence-before rule), else nobody.

A quotation filling its paragraph may instead be credited by the paragraph after it, a
line of its own that is a dash and a name, with at most a short phrase after a comma
(``- President Ann Lee, tweeting after the debate.`` / ``— Dana Roe, Philadelphia.``):
the layout of quotes pulled out in a list. The name is a person the article identifies
(a titled or full name, or one it knows), never an organisation (``- Reuters.`` is a
wire's credit for the article, not a speaker).

A quotation whose next paragraph opens by saying whose words they were ("Those were the
words of …", "So said …": :func:`named_after`) takes no speaker from the text before it. A
quotation the next sentence of its paragraph gives to someone (``“…” That was how council
member Ann Lee put it.``, ``That is what Lee told …``: :func:`named_next`) is that person's.
"""

from __future__ import annotations

import re

from reader.analysis.clause_subject import INSTITUTIONAL_RE, clause_subject, final_attribution
from reader.analysis.quote_attribution import identified, speaking_subject
from reader.analysis.quote_context import named_before_verb
from reader.analysis.speaker_lexicon import FILL, VERB_RE
from reader.analysis.speaker_phrases import NP, np_after
from reader.analysis.speaker_registry import Registry

_TAIL_RE = re.compile(r"[\s.,;:!?" + FILL + r"]*")
# a credit line: a dash, a name, a short phrase after a comma at most, one line
_CREDIT_RE = re.compile(r"[ \t]*[-—–][ \t]*(?P<np>[A-Z][^,\n" + FILL + r"]{1,60}?)[ \t]*(?:,[^\n" + FILL
                        + r"]{1,80}?)?[ \t]*\.?\s*")


def credit_line(reg: Registry, q_open: int, para: tuple[int, int],
                next_para: tuple[int, int] | None) -> tuple[NP, tuple[int, int]] | None:
    """The name a credit line gives (``- Ann Lee, Philadelphia.``), in the paragraph after
    the quotation opening at ``q_open`` and filling its paragraph ``para``, when it is one the
    article identifies (:func:`reader.analysis.quote_attribution.identified`); else ``None``.
    The caller resolves it, and keeps it only when it names a person (``- Reuters.`` credits
    a wire for the article: no speaker)."""
    text = reg.text
    if next_para is None or text[para[0]:q_open].strip() or not _TAIL_RE.fullmatch(text, q_open, para[1]):
        return None
    m = _CREDIT_RE.fullmatch(text, next_para[0], next_para[1])
    if m is None:
        return None
    np = np_after(reg, m.start("np"), m.end("np"))
    if np is None or np.kind != "name" or np.end != m.end("np") or not identified(reg, np):
        return None
    return np, (m.start("np"), m.end("np"))


def paragraph_before(reg: Registry, sents: list[tuple[int, int]], si: int, q_open: int,
                     para: tuple[int, int], prev_para: tuple[int, int] | None) -> tuple[NP, tuple[int, int]] | None:
    """The speaker for a quotation opening at ``q_open`` that fills its paragraph ``para``,
    named by the last sentence of ``prev_para`` (sentence ``si - 1``); else ``None``."""
    text = reg.text
    if si == 0 or prev_para is None or text[para[0]:q_open].strip():
        return None
    if not _TAIL_RE.fullmatch(text, q_open, para[1]):
        return None
    plo, phi = sents[si - 1]
    if not prev_para[0] <= plo < prev_para[1]:
        return None
    prev = text[plo:phi].rstrip()
    if (not prev or FILL in prev or prev.endswith(":")
            or (VERB_RE.search(prev) is None and INSTITUTIONAL_RE.search(prev) is None)):   # (praised, blasted …)
        return None
    found = final_attribution(reg, plo, plo + len(prev)) or clause_subject(reg, plo, plo + len(prev))
    if found is None:                                          # Lee said on Monday that …, who …
        np = speaking_subject(reg, plo, plo + len(prev))
        found = (np, (np.start, np.end)) if np is not None else None
    return found


# a paragraph that names the speaker of the quotation before it: "Those were the words of X",
# "That was the verdict of X", "So said X"
_NAMED_AFTER_RE = re.compile(r"\s*(?:(?:Those|These|That|Such)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:words|verdict"
                             r"|view|message|reaction|assessment|warning|plea)\s+of\b|So\s+said\b)")


def named_after(text: str, paragraph: int, paras: list[tuple[int, int]]) -> bool:
    """Whether the paragraph after ``paragraph`` (a quotation's) opens by naming whose words
    they were: that quotation takes no speaker from before it."""
    nxt = paragraph + 1
    return nxt < len(paras) and _NAMED_AFTER_RE.match(text, paras[nxt][0], paras[nxt][1]) is not None


# the sentence after a quotation saying whose words they were: "That was how X described it",
# "This is what X told the council"
_NAMED_NEXT_RE = re.compile(r"[ \t]*(?:That|This)(?:\s+(?:was|is)|[’']s)\s+(?:how|what)\s+(?P<who>[^.;:!?\n"
                            + FILL + r"]{2,80}?)\s+(?P<verb>described|put|called|summed\s+up|said|told|wrote|"
                            r"termed|characteri[sz]ed)\b")


def named_next(reg: Registry, close: int | None, para_end: int) -> tuple[NP, tuple[int, int]] | None:
    """The person the sentence right after the quotation closing at ``close`` names as its
    speaker (``_NAMED_NEXT_RE``, in the same paragraph): a name the registry resolves, or None."""
    if close is None:
        return None
    m = _NAMED_NEXT_RE.match(reg.text, close + 1, para_end)
    return None if m is None else named_before_verb(reg, m)
