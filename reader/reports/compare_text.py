"""A comparison as readable text for a terminal or a pipe.

Like ``git diff --word-diff``: removed words are shown as ``[-…-]`` and added words as
``{+…+}``. On a colour terminal the brackets give way to styles that also differ
without colour: removals red and struck through, additions green and underlined.
Changes of white space alone (a line break against a space) are not marked; changes
of case alone show as ``{~The→the~}`` (on a colour terminal: B's spelling, yellow and
underlined).
"""

from __future__ import annotations

from reader.engine.compare import Comparison
from reader.engine.wordiff import DELETE, EQUAL, INSERT, case_changes
from reader.library.model import Article
from reader.reports.output import style

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import IO


def diff_markup(diff: list[tuple[int, str]], colour: bool) -> str:
    out: list[str] = []
    cased = set(case_changes(diff))
    k = 0
    while k < len(diff):
        op, text = diff[k]
        if op == DELETE and k + 1 < len(diff) and diff[k + 1][0] == INSERT and text.split() == diff[k + 1][1].split():
            out.append(text)  # white space only
            k += 2
            continue
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


def _mark(op: int, text: str, colour: bool) -> str:
    # Keep surrounding white space outside the mark so words stay separated.
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    if colour:
        marked = style(core, "31;9" if op == DELETE else "32;4", True)
    else:
        marked = f"[-{core}-]" if op == DELETE else f"{{+{core}+}}"
    return lead + marked + trail


def also_at_line(also_at: tuple[tuple[str, int, int], ...]) -> str:
    """Where the other text repeats a passage ("Also repeated in B 410–620"): a passage is
    reported once, its repeats only here."""
    places = [f"{side.upper()} {start}–{end}" for side, start, end in also_at]
    return "Also repeated in " + ", ".join(places)


def write_comparison(a: Article, b: Article, cmp: Comparison, stream: IO[str], colour: bool) -> None:
    for label, art in (("A", a), ("B", b)):
        stream.write(style(f"{label}  {art.id}", "1", colour)
                     + f" · {art.outlet_label} · {art.title} ({art.words} words)\n")
    stream.write(f"A shares {cmp.a_shared:.0%} of its words with B; " + cmp.summary() + "\n")
    for n, p in enumerate(cmp.passages, 1):
        head = (f"── Passage {n} of {len(cmp.passages)} · {p.kind} · similarity {p.similarity:.0%}"
                f" · A {p.a_start}–{p.a_end} · B {p.b_start}–{p.b_end}")
        stream.write("\n" + style(head, "1;36", colour) + "\n")
        stream.write(diff_markup(p.diff, colour).strip("\n") + "\n")
        if p.also_at:
            stream.write(also_at_line(p.also_at) + "\n")
    if not cmp.passages:
        stream.write("\nNo shared passages.\n")
