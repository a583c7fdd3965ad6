"""A comparison as readable text for a terminal or a pipe.

Like ``git diff --word-diff``: removed words are shown as ``[-…-]`` and added words as
``{+…+}``. On a colour terminal the brackets give way to styles that also differ
without colour: removals red and struck through, additions green and underlined.
Changes of white space or typography alone (a line break against a space, curly
against straight quotes, a hyphen against a space: :mod:`reader.engine.change_kinds`)
are not marked; changes of case alone show as ``{~The→the~}`` (on a colour terminal:
B's spelling, yellow and underlined). Words moved from elsewhere in the other text (see
:mod:`reader.engine.moves`) show as ``[<…<]`` where they were removed and ``{>…>}``
where they were added (on a colour terminal: cyan, struck through or underlined), each
passage followed by a line saying where the moved words are on the other side. A
passage both texts carry as a quotation (:mod:`reader.analysis.quoted_passages`) is
said to be one, under its heading.
"""

from __future__ import annotations

from itertools import pairwise

from reader.engine.change_kinds import case_changes, without_style_changes
from reader.engine.compare import Comparison, Passage
from reader.engine.wordiff import DELETE, EQUAL, INSERT
from reader.library.model import Article
from reader.reports.fit import fit_text
from reader.reports.output import style

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import IO


QUOTATION_NOTE = "A quotation both carry: both quote the speaker, which is not evidence that one copied the other."


def diff_markup(diff: list[tuple[int, str]], colour: bool,
                moved: tuple[tuple[int, int], ...] = ()) -> str:
    """The diff as text; ``moved`` holds diff-relative character spans (in the order the
    diff's items are written, both sides together) of moved words."""
    if moved:
        diff = _split_moved(diff, moved)
    diff = without_style_changes(diff, "a")  # white space or typography only: A's text, unmarked
    out: list[str] = []
    cased = set(case_changes(diff))
    k = 0
    while k < len(diff):
        op, text = diff[k]
        if k in cased:  # case only: B's spelling, marked as such
            new = diff[k + 1][1]
            out.append(style(new, "33;4", True) if colour else f"{{~{text}→{new}~}}")
            k += 2
            continue
        if op == EQUAL:
            out.append(text)
        else:
            out.append(_mark(op, text, colour))
        k += 1
    return "".join(out)


MOVED_DELETE, MOVED_INSERT = -2, 2  # diff ops of moved words, only inside this module


def _split_moved(diff: list[tuple[int, str]], moved: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """``diff`` with the moved stretches (offsets into the diff's concatenated text) as
    items of their own, of op ``MOVED_DELETE`` or ``MOVED_INSERT``."""
    out: list[tuple[int, str]] = []
    pos = 0
    for op, text in diff:
        cuts = sorted({0, len(text), *(x - pos for s, e in moved for x in (s, e) if pos < x < pos + len(text))})
        for s, e in pairwise(cuts):
            piece = text[s:e]
            inside = op != EQUAL and any(ms <= pos + s and pos + e <= me for ms, me in moved)
            out.append((op * 2 if inside else op, piece))
        pos += len(text)
    return out


def _moved_spans(p: Passage) -> tuple[tuple[int, int], ...]:
    """Where ``p``'s moved words are in its diff's text (both sides written in turn)."""
    spans = []
    pos, a_pos, b_pos = 0, p.a_start, p.b_start
    for op, text in p.diff:
        here = a_pos if op == DELETE else b_pos
        if op != EQUAL:
            for a_s, a_e, b_s, b_e in p.moved:
                s, e = (a_s, a_e) if op == DELETE else (b_s, b_e)
                lo, hi = max(s, here), min(e, here + len(text))
                if lo < hi:
                    spans.append((pos + lo - here, pos + hi - here))
        if op != INSERT:
            a_pos += len(text)
        if op != DELETE:
            b_pos += len(text)
        pos += len(text)
    return tuple(spans)


def moved_line(p: Passage) -> str:
    """Where each moved stretch of ``p`` is on the other side ("Moved: A 92–188 → B 198–294")."""
    return "Moved: " + ", ".join(f"A {a_s}–{a_e} → B {b_s}–{b_e}" for a_s, a_e, b_s, b_e in p.moved)


def _mark(op: int, text: str, colour: bool) -> str:
    # Keep surrounding white space outside the mark so words stay separated.
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    if colour:
        sgr = {DELETE: "31;9", INSERT: "32;4", MOVED_DELETE: "36;9", MOVED_INSERT: "36;4"}[op]
        marked = style(core, sgr, True)
    else:
        marked = {DELETE: f"[-{core}-]", INSERT: f"{{+{core}+}}", MOVED_DELETE: f"[<{core}<]",
                  MOVED_INSERT: f"{{>{core}>}}"}[op]
    return lead + marked + trail


def also_at_line(also_at: tuple[tuple[str, int, int], ...]) -> str:
    """Where the other text repeats a passage ("Also repeated in B 410–620"): a passage is
    reported once, its repeats only here."""
    places = [f"{side.upper()} {start}–{end}" for side, start, end in also_at]
    return "Also repeated in " + ", ".join(places)


def write_comparison(a: Article, b: Article, cmp: Comparison, stream: IO[str], colour: bool,
                     width: int | None = None) -> None:
    """The comparison as text, each line wrapped to ``width`` cells when it is given."""
    def write(text: str) -> None:
        stream.write(fit_text(text, width) + "\n")

    for label, art in (("A", a), ("B", b)):
        write(style(f"{label}  {art.id}", "1", colour) + f" · {art.outlet_label} · {art.title} ({art.words} words)")
    write(f"A shares {cmp.a_shared:.0%} of its words with B; " + cmp.summary())
    for n, p in enumerate(cmp.passages, 1):
        head = (f"── Passage {n} of {len(cmp.passages)} · {p.kind} · similarity {p.similarity:.0%}"
                f" · A {p.a_start}–{p.a_end} · B {p.b_start}–{p.b_end}")
        write("\n" + style(head, "1;36", colour))
        if p.quotation:
            write(QUOTATION_NOTE)
        write(diff_markup(p.diff, colour, _moved_spans(p)).strip("\n"))
        if p.moved:
            write(moved_line(p))
        if p.also_at:
            write(also_at_line(p.also_at))
    if not cmp.passages:
        write("\nNo shared passages.")
