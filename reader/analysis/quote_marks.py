"""Quotation marks in an article: which marks open and close a quotation, and the text
with every quotation blanked out, on which sentences and attributions are then read
(:mod:`reader.analysis.quotes` does the rest).

Paragraph by paragraph (paragraphs are separated by blank lines, or by line breaks in a
text with no blank line; a markdown blockquote's ``>`` opening a line is white space, and
a line of ``>`` alone is blank):

* Double marks ``“ ”``, ``"``, ``« »`` and German ``„ “``, paired left to right. A straight mark opens or
  closes by what surrounds it; a curly one typed the wrong way round is read the same way.
  A mark of the other style (straight inside curly, or curly inside straight) opened while
  one is open is a quotation inside it.
  Doubled marks (``''…''`` in NYT feeds, ``‘‘…’’``, ````…''``) are one double mark
  (:func:`mark_view`).
* Single marks as primary quotes, outside double quotes; ``’``/``'`` between letters or
  before a digit is an apostrophe; of the possible closing marks the first after
  punctuation wins, then the first not after an *s* (``the workers’ union``).
* A quote over several paragraphs (each opens, only the last closes) is one quote in
  parts, in double marks or in single ones. An opening mark never closed (nor continued)
  is dropped, except in the text's last paragraph: a text that ends inside a quotation
  after a full sentence (a stored page cut short) keeps it as a quote to the end.
* Marks inside markup tags (``<tweet tweet-id="…">``, ``<a href='…'>``) are not quotation
  marks.

:func:`masked` blanks each quotation's text (keeping its length, so offsets hold), but
keeps the closing punctuation of a question or exclamation its attribution follows
(``“Why now?” she asked``), which does not end the writer's sentence.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.speaker_lexicon import FILL, VERB_WORDS
from reader.text.markup import TAG_RE

# a blank line, or a markdown blockquote's (">" alone) between two paragraphs of a quoted block
_PARA_RE = re.compile(r"\n[ \t]*(?:>[ \t>]*)?\n\s*")
# a markdown blockquote's marks opening a line ("> ", "> > "): white space to the quote rules
_BLOCKQUOTE_RE = re.compile(r"^[ \t]*>(?:[ \t]*>)*(?=[ \t]|$)", re.MULTILINE)
CUT_SHORT_WORDS = 3        # words a quotation left open by the text's end must hold


_OPEN_CTX = set(" \t\n([{—–-/\u00a0") | set("“”\"‘’'«»‹›")


_CLOSE_CTX = set(" \t\n.,;:!?)]}—–-/…\u00a0") | set("“”\"‘’'«»‹›")


ABBREVIATIONS = set([
    "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Inc",
    "Corp", "Co", "Ltd", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "vs", "etc", "Rev", "Adm", "Maj", "Ft", "Mt", "Cmdr", "Cdr", "Det", "Supt", "Insp", "Cpl", "Pvt", "Brig", "Spc",
])


_TAG_WORD = r"(?:(?:" + "|".join(sorted(ABBREVIATIONS)) + r"|[A-Z])\.|[^\W\d_][\w’'\-]*)"


# “Why now?” she asked / “Stop!” Officer Lee shouted / “No.” said Roe: the attribution that
# continues the sentence the quote's own punctuation seemed to end
_TAG_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:" + _TAG_WORD + r"[ \t\u00a0]+){0,6}?" + VERB_WORDS
                           + r"\b(?![ \t\u00a0]+that\b|\s*:)")


# what may follow a tag after a full stop inside the marks: a few words, then the sentence's end
_TAG_END_RE = re.compile(r"(?:[ \t]++(?:on|in|at|during|to|after|before|about|from|with|of|last|this|earlier|later|"
                         r"recently|reporters|[A-Z][\w.’'\-]*)\b[^.!?:;\n“”\"" + FILL + r"]{0,50})?\.(?:\s|$)")


_MAX_CANDIDATES = 40                # closing marks weighed for one opening single mark


_DOUBLE_MARK_RE = re.compile("[“”\"«»]")


_SINGLE_MARK_RE = re.compile("[‘’'‹›]")


_INF = float("inf")


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Paragraph spans: text between blank lines (between line breaks if none)."""
    breaks = [(m.start(), m.end()) for m in _PARA_RE.finditer(body)]
    if not breaks and "\n" in body.strip():
        breaks = [(m.start(), m.end()) for m in re.finditer(r"\n\s*", body)]
    # (white space opening the body opens no paragraph: "\nAnn Lee had an answer: …" is
    # read from "Ann", as a sentence's subject must be)
    spans, pos = [], len(body) - len(body.lstrip())
    breaks = [(a, b) for a, b in breaks if a >= pos]
    for a, b in breaks:
        if body[pos:a].strip():
            spans.append((pos, a))
        pos = b
    if body[pos:].strip():
        spans.append((pos, len(body)))
    return spans


def _ctx(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    can_open = prev in _OPEN_CTX and not nxt.isspace()
    can_close = not prev.isspace() and (nxt in _CLOSE_CTX)
    return can_open, can_close


def _double_role(text: str, i: int, lo: int, hi: int) -> str:
    c = text[i]
    can_open, can_close = _ctx(text, i, lo, hi)
    if c in "«":
        return "open"
    if c in "»":
        return "close"
    if c == "“":
        return "close" if can_close and not can_open else "open"
    if c == "”":
        return "open" if can_open and not can_close else "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _singles(text: str, lo: int, hi: int, skip: list[tuple[int, int]],
             marks: tuple[list[int], list[int]] | None = None) -> list[tuple[int, int]]:
    """Pairs (open, close) of single marks in text[lo:hi], ignoring marks inside ``skip``
    (``marks``: :func:`_single_marks` of them, when found already)."""
    opens, closes = marks if marks is not None else _single_marks(text, lo, hi, skip)
    pairs, after = [], lo - 1
    strong_opens = [x for x in opens if text[x] in "‘‹"]
    for o in opens:
        if o <= after:
            continue
        k = bisect.bisect_right(strong_opens, o)
        limit = strong_opens[k] if k < len(strong_opens) else hi
        first = bisect.bisect_right(closes, o + 1)
        pick = _pick_close(text, hi, closes[first:bisect.bisect_left(closes, limit, first)][:_MAX_CANDIDATES])
        if pick is not None and sum(ch.isalnum() for ch in text[o + 1:pick]) >= 2:
            pairs.append((o, pick))
            after = pick
    return pairs


def _single_marks(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Offsets of the single marks in text[lo:hi] that can open and that can close a quote
    (apostrophes and marks inside ``skip`` left out)."""
    opens, closes = [], []
    skip = sorted(skip)
    for m in _SINGLE_MARK_RE.finditer(text, lo, hi):
        i = m.start()
        c = text[i]                                             # (the match: one mark)
        if skip:
            k = bisect.bisect_right(skip, (i, _INF)) - 1
            if k >= 0 and skip[k][0] <= i <= skip[k][1]:
                continue
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if (prev.isalnum() and nxt.isalnum()) or (c in "’'" and not prev.isalnum() and nxt.isdigit()):
            continue                                            # an apostrophe
        # (_ctx's answers, from the neighbours already read)
        can_open = prev in _OPEN_CTX and not nxt.isspace()
        can_close = not prev.isspace() and nxt in _CLOSE_CTX
        if (c in "‘‹" and not nxt.isspace()) or (c == "'" and can_open):
            opens.append(i)
        if (c in "’›" and not prev.isspace()) or (c == "'" and can_close):
            closes.append(i)
    return opens, closes


def _pick_close(text: str, hi: int, cands: list[int]) -> int | None:
    """Of the possible closing marks, the first after punctuation or a nested quote's
    closing double mark (``'… "Get back inside,"' he said``), or before punctuation, else
    the first not after an *s* (``the workers’ union``), else the first."""
    strong = [c for c in cands if text[c - 1] in ".,!?;:…—-”\"»" or c + 1 >= hi or text[c + 1] in ".,;:!?)]}—–…”\"»"]
    weak = [c for c in cands if text[c - 1] not in "sS"]
    found = strong or weak or cands
    return found[0] if found else None


def _trim(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1].isspace():
        b -= 1
    return a, b


_TWIN_RE = re.compile(r"(?<!['‘’`])(?:''|‘‘|’’|``)'?(?!['‘’`])")


def _without_markup(body: str) -> str:
    """``body`` with the quote marks inside markup tags (attribute values) made spaces, and
    a markdown blockquote's ``>`` opening a line too (the quoted block's own sentences, with
    their attributions, are read as any others)."""
    if ">" in body:
        body = _BLOCKQUOTE_RE.sub(lambda m: " " * len(m.group()), body)
    if "<" not in body:
        return body
    chars: list[str] | None = None
    for m in TAG_RE.finditer(body):
        for i in range(m.start(), m.end()):
            if body[i] in "\"'“”‘’":
                chars = chars or list(body)
                chars[i] = " "
    return body if chars is None else "".join(chars)


def mark_view(body: str) -> str:
    """``body`` with doubled marks read as one double mark, same length: ``''…''`` (a
    typewriter convention, as in NYT feeds), ``‘‘…’’`` and ````…''``. An opening pair
    becomes a space and ``“`` (the quote starts after the pair), a closing one ``”`` and
    a space (it ends before the pair); a third mark (``'''Title,'''``) is a single quote
    inside. A pair between two spaces, or between two letters, is left alone. Marks inside
    markup tags (``<tweet tweet-id="…">``) are no quotation marks: they become spaces."""
    body = _without_markup(body)
    if "„" in body:                        # German „…“: an opening mark like “ (its closing “ read by context)
        body = body.replace("„", "“")
    if "''" not in body and "‘‘" not in body and "’’" not in body and "``" not in body:
        return body
    chars = list(body)
    for m in _TWIN_RE.finditer(body):
        i, j = m.start(), m.end()
        prev = body[i - 1] if i else " "
        nxt = body[j] if j < len(body) else " "
        opens = (prev.isspace() or prev in _OPEN_CTX) and not nxt.isspace()
        closes = not prev.isspace() and (nxt in _CLOSE_CTX or nxt.isspace())
        if opens == closes or (prev.isalnum() and nxt.isalnum()):
            continue
        third = j - i == 3
        if opens:
            chars[i:j] = [" ", "“"] + (["‘"] if third else [])
        else:
            chars[i:j] = (["’"] if third else []) + ["”", " "]
    return "".join(chars)


def find_marks(body: str, paras: list[tuple[int, int]]) -> list[dict]:
    """Raw quotation parts: dicts with open, close (None: runs on), start, end, para, chain.
    ``body`` is the article body as read by :func:`mark_view`."""
    marks = _DoubleMarks(body, paras)
    for pi in range(len(paras)):
        marks.paragraph(pi)
    doubles = [p for p in marks.parts if p["end"] > p["start"] and any(c.isalnum() for c in body[p["start"]:p["end"]])]
    for p in doubles:
        inner_hi = p["close"] if p["close"] is not None else paras[p["para"]][1]
        p["nested"] = [_trim(body, a + 1, b) for a, b in _singles(body, p["open"] + 1, inner_hi, [])]
    singles, dropped = _single_quotes(body, paras, doubles)
    out = [p for p in doubles if id(p) not in dropped] + singles
    out.sort(key=lambda p: p["open"])
    return out


class _DoubleMarks:
    """Double marks paired paragraph by paragraph. A quote running over paragraphs (each
    opens, only the last closes) is a *chain*: its open parts wait in ``chain`` until
    the paragraph that closes it, and are dropped if none does."""

    def __init__(self, body: str, paras: list[tuple[int, int]]) -> None:
        self.body, self.paras = body, paras
        self.parts: list[dict] = []
        self.chain: list[dict] = []          # run-on parts waiting for the paragraph that closes them
        self.chain_id = 0

    def paragraph(self, pi: int) -> None:
        body, (lo, hi) = self.body, self.paras[pi]
        lead = lo if not body[lo].isspace() else lo + len(body[lo:hi]) - len(body[lo:hi].lstrip())
        if self.chain and body[lead] not in "“\"«":
            self.chain = []
        pending, inner = None, 0
        for m in _DOUBLE_MARK_RE.finditer(body, lo, hi):
            i = m.start()
            role = _double_role(body, i, lo, hi)
            if pending is None:
                if role != "close":
                    pending = i
            elif inner or (role == "open" and (_in_single(body, pending, i) or _other_style(body, pending, i))):
                inner += 1 if role == "open" else -1            # “… ‘… “three deep” …’ …”: inside the quote
            elif role == "open":                                # the pending mark never closed
                if self.chain and pending == lead:
                    self.chain = []
                pending = i
            else:
                self._close(pi, pending, i, lead)
                pending = None
        if pending is not None:
            self._run_on(pi, pending, lead)

    def _close(self, pi: int, pending: int, i: int, lead: int) -> None:
        """A quote from ``pending`` to ``i``: a chain's last part when it opens the paragraph."""
        s, e = _trim(self.body, pending + 1, i)
        linked = bool(self.chain) and pending == lead
        self.parts.extend(self.chain if linked else [])
        self.parts.append({"open": pending, "close": i, "start": s, "end": e, "para": pi,
                           "chain": self.chain_id if linked else None, "part": len(self.chain) if linked else 0})
        self.chain = []
        self.chain_id += 1

    def _run_on(self, pi: int, pending: int, lead: int) -> None:
        """An opening mark left open at the paragraph's end: part of a chain when the next
        paragraph opens with a mark (and this one continues the chain, if any)."""
        body, paras, hi = self.body, self.paras, self.paras[pi][1]
        nxt = paras[pi + 1] if pi + 1 < len(paras) else None
        runs_on = nxt is not None and body[nxt[0]:nxt[1]].lstrip()[:1] in ("“", "\"", "«")
        if runs_on and (not self.chain or pending == lead):
            s, e = _trim(body, pending + 1, hi)
            if not self.chain:
                self.chain_id += 1
            self.chain.append({"open": pending, "close": None, "start": s, "end": e, "para": pi,
                               "chain": self.chain_id, "part": len(self.chain)})
        elif nxt is None and (not self.chain or pending == lead) and self._cut_short(pending, hi):
            self._close_at_end(pi, pending, hi, lead)
        else:
            self.chain = []

    def _cut_short(self, pending: int, hi: int) -> bool:
        """The text ends inside a quotation (a stored page cut after a quoted sentence, or
        a closing mark forgotten in the last paragraph): an opening mark that can only
        open, a letter or digit right after it, then at least three words ending a
        sentence, and nothing after."""
        body = self.body
        if _double_role(body, pending, pending, hi) != "open":
            return False
        inner = body[pending + 1:hi].rstrip()
        if not inner[:1].isalnum():
            return False                                        # markup or a stray mark: "> …
        return inner[-1:] in (".", "!", "?", "…") and len(inner.split()) >= CUT_SHORT_WORDS

    def _close_at_end(self, pi: int, pending: int, hi: int, lead: int) -> None:
        """A quote left open by the text's end: one to the paragraph's end, or the last
        part of the chain it continues."""
        s, e = _trim(self.body, pending + 1, hi)
        linked = bool(self.chain) and pending == lead
        if linked:
            self.parts.extend(self.chain)
        elif not self.chain:
            self.chain_id += 1
        self.parts.append({"open": pending, "close": None, "start": s, "end": e, "para": pi,
                           "chain": self.chain_id if linked else None, "part": len(self.chain) if linked else 0})
        self.chain = []
        self.chain_id += 1


def _other_style(body: str, a: int, b: int) -> bool:
    """The marks at ``a`` and ``b`` are of two styles, straight and typographic: the one
    opened second is a quotation inside the first ("… about “Equal Justice” anymore.),
    not a sign that the first was never closed."""
    return (body[a] == '"') != (body[b] == '"')


def _in_single(body: str, a: int, b: int) -> bool:
    """Whether a curly single quote opened after ``a`` is still open at ``b`` (a double mark
    there is a quote three deep, not a new quotation)."""
    k = body.rfind("‘", a + 1, b)
    if k < 0:
        return False
    return not any(not (body[j - 1:j].isalnum() and body[j + 1:j + 2].isalnum())   # a closing ’, no apostrophe
                   for j in _positions(body, "’", k, b))


def _positions(body: str, ch: str, a: int, b: int) -> list[int]:
    out, j = [], body.find(ch, a, b)
    while j >= 0:
        out.append(j)
        j = body.find(ch, j + 1, b)
    return out


def _single_quotes(body: str, paras: list[tuple[int, int]], doubles: list[dict]) -> tuple[list[dict], set[int]]:
    """Quotes in single marks outside double quotes, and the ids of the double quotes
    nested in them (British style: ‘… “…” …’), which stop being quotes of their own. A
    quote over several paragraphs (each opens, only the last closes: ``Ms Hume said:
    'Corridor care is not care. ¶ 'I have met nurses … ¶ 'By next winter, I want it
    gone.'``) is one quote in parts, as with double marks."""
    by_para: dict[int, list[dict]] = {}
    for p in doubles:
        by_para.setdefault(p["para"], []).append(p)
    dropped: set[int] = set()
    singles: list[dict] = []
    chain: list[dict] = []                  # run-on parts waiting for the paragraph that closes them
    for pi, (lo, hi) in enumerate(paras):
        here = by_para.get(pi, [])                             # in text order, never overlapping
        spans = [(p["open"], p["close"] if p["close"] is not None else hi) for p in here]
        opens = [x for x, _ in spans]
        found: list[dict] = []
        marks = _single_marks(body, lo, hi, spans)
        for a, b in _singles(body, lo, hi, spans, marks):
            first, last = bisect.bisect_left(opens, a), bisect.bisect_left(opens, b)
            inside = here[first:last]
            if (first and spans[first - 1][1] > a) or any(p["close"] is None or p["close"] > b for p in inside):
                continue                                        # would cross a double quote
            dropped.update(id(p) for p in inside)
            s, e = _trim(body, a + 1, b)
            found.append({"open": a, "close": b, "start": s, "end": e, "para": pi, "chain": None, "part": 0,
                          "nested": [(p["start"], p["end"]) for p in inside]})
        lead = lo + len(body[lo:hi]) - len(body[lo:hi].lstrip())
        if chain and found and found[0]["open"] == lead:       # the paragraph that closes the chain
            found[0].update(chain=chain[0]["chain"], part=len(chain))
            singles.extend(chain)
            chain = []
        left = _left_open(body, marks, hi, found[-1]["close"] if found else lo - 1)
        if left is None or (chain and left != lead) or not _opens_single(body, paras, pi + 1):
            chain = []
        else:
            s, e = _trim(body, left + 1, hi)
            chain.append({"open": left, "close": None, "start": s, "end": e, "para": pi, "part": len(chain),
                          "chain": chain[0]["chain"] if chain else _SINGLE_CHAINS + left, "nested": []})
        singles.extend(found)
    return singles, dropped


_SINGLE_CHAINS = 1 << 40        # (ids of single-mark chains: apart from the double marks' counter)


def _left_open(body: str, marks: tuple[list[int], list[int]], hi: int, after: int) -> int | None:
    """Of a paragraph's single ``marks`` (opening, closing; it ends at ``hi``), one after
    ``after`` that opens a quote no mark closes."""
    opens, closes = marks
    left = [o for o in opens if o > after and not any(c > o for c in closes)]
    return left[0] if left and any(ch.isalnum() for ch in body[left[0]:hi]) else None


def _opens_single(body: str, paras: list[tuple[int, int]], pi: int) -> bool:
    """Whether paragraph ``pi`` opens with a single quotation mark (not "'90s")."""
    if pi >= len(paras):
        return False
    text = body[paras[pi][0]:paras[pi][1]].lstrip()
    return text[:1] in ("'", "‘") and text[1:2].isalpha()


def masked(body: str, raw: list[dict], paras: list[tuple[int, int]]) -> str:
    """The body with every quotation (marks included) replaced by FILL characters; the
    closing mark becomes a full stop when the quote ends a sentence inside its marks
    (not a question or exclamation that its attribution follows: :func:`_tagged_question`)."""
    pieces: list[str] = []
    at = 0                        # the body cut around the quotes (they never overlap, raw is in order)
    for p in raw:
        hi = p["close"] if p["close"] is not None else paras[p["para"]][1] - 1
        if p["open"] < at:
            return _masked_by_character(body, raw, paras)
        pieces += (body[at:p["open"]], FILL * (hi - p["open"]))
        stop = (p["close"] is not None and body[p["start"]:p["end"]][-1:] in (".", "!", "?", "…")
                and not _tagged_question(body, p, paras[p["para"]][0]))
        pieces.append("." if stop else FILL)
        at = hi + 1
    pieces.append(body[at:])
    return "".join(pieces)


def _masked_by_character(body: str, raw: list[dict], paras: list[tuple[int, int]]) -> str:
    """:func:`masked` for quotes that overlap, one character at a time (a later quote's
    characters replace an earlier one's)."""
    chars = list(body)
    for p in raw:
        hi = p["close"] if p["close"] is not None else paras[p["para"]][1] - 1
        chars[p["open"]:hi + 1] = FILL * (hi + 1 - p["open"])
        if (p["close"] is not None and body[p["start"]:p["end"]][-1:] in (".", "!", "?", "…")
                and not _tagged_question(body, p, paras[p["para"]][0])):
            chars[p["close"]] = "."
    return "".join(chars)


def _tagged_question(body: str, p: dict, para_lo: int) -> bool:
    """“Why now?” Ann Lee asked: a question or exclamation opening its sentence and
    followed by its attribution, which continues the sentence; also a statement whose
    full stop is inside the marks when all that follows is a short attribution ending the
    sentence (“… missing.” Trump said.). A full stop followed by more does end it:
    “We won.” Roe said: “…” is Roe's next quote."""
    last = body[p["end"] - 1]
    tag = _TAG_AFTER_RE.match(body, p["close"] + 1) if last in "?!." else None
    if tag is None or (last == "." and not _TAG_END_RE.match(body, tag.end())):
        return False
    lo = max(para_lo, p["open"] - 200)
    before = body[lo:p["open"]].rstrip().rstrip("”\"’'")
    return (not before and lo == para_lo) or (bool(before) and before[-1] in ".!?…:")
