"""A quotation printed twice in one article is one speaker's words both times: a headline or
a standfirst lifts a line from a quote the body attributes ("'It sounded like a train':
slide flattens homes" … "“It sounded like a train,” said Ann Roe"), a pull-quote or a later
paragraph repeats part of it. The headline copy has no attribution of its own, so it went
unattributed while the body copy named its speaker.

The rule: an unattributed quotation (no speaker, no unidentified description) opening the
article's first paragraph (its headline) of at least ``_MIN_WORDS`` words whose words open
another quotation of the same article that has a speaker, takes that speaker, when every
such quotation names the same one (how ``repeated``). Words are compared without case and
punctuation, so a headline's single quotes and a dropped comma still match. Only the
headline, and only a quote's opening: a speaker who repeats someone's words inside their
own quote ("… and then he asked me, how big is that wall?") is not who first said them,
and a headline lifting words from inside a quote is often the writer's irony (on real news,
PolNeAR: three of six such headline copies were credited wrongly). And only a headline
that opens with the quote: one with a label of its own before it ("Rivals' reaction: 'Is
that all?'", "Network chief: '…'") attributes it itself, to a group or a description the
annotators then count as its source, not the body's speaker. Hand-written: a comparison of the
article's own quotations, no wording of any kind is looked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

_HEADLINE_INDENT = 3     # characters a headline may open with before its quotation mark
_MIN_WORDS = 4      # fewer: a phrase anyone may repeat ("a freight train"), no one's line
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


class _Quoted(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def speaker_description(self) -> str | None: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def open_mark(self) -> int: ...


Q = TypeVar("Q", bound=_Quoted)


def credit_repeats(quotes: Sequence[Q], with_speaker: Callable[[Q, Q, str], Q]) -> list[Q]:
    """``quotes`` with each unattributed repeat of an attributed quotation given that
    quotation's speaker (``with_speaker(quote, source, "repeated")``), as the module says."""
    keyed = [(_words(q.text), q) for q in quotes]
    attributed = [(f" {w} ", q) for w, q in keyed if q.speaker]
    out: list[Q] = []
    for w, q in keyed:
        if (q.speaker or q.speaker_description or q.paragraph > 0 or not attributed
                or w.count(" ") + 1 < _MIN_WORDS or not opens_paragraph(q)):
            out.append(q)
            continue
        sources = [src for text, src in attributed if src is not q and text.startswith(f" {w} ")]
        speakers = {src.speaker for src in sources}
        out.append(with_speaker(q, sources[0], "repeated") if len(speakers) == 1 else q)
    return out


def opens_paragraph(q: _Quoted) -> bool:
    """Whether the quotation opens the headline: its opening mark is the first character of
    the text (the first paragraph's, white space aside)."""
    return q.open_mark <= _HEADLINE_INDENT


def _words(text: str) -> str:
    """The words of ``text``, lower case, joined by single spaces."""
    return " ".join(m.group().lower().replace("’", "'") for m in _WORD_RE.finditer(text))
