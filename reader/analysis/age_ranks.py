"""The youngest's and the oldest's ages told by rank, not by span: a list of ages ("The
residents were women aged 81, 88 and 93") and a superlative ("The oldest of the three, Ada
Voss, was 94", "The youngest victim was a 19-year-old student", "the oldest, 94,").

:mod:`reader.analysis.age_spans` reads a span ("ranged in age from 19 to 91") as the ages of
the youngest and the oldest; a list of ages was bare numbers, compared with nothing, and a
superlative's age was the age of no one: "aged 81, 88 and 93" and "The oldest … was 94"
agreed. Here a list of three or more ages after "aged" (or "ages") gives its least the
youngest's key and its greatest the oldest's, and an age told as the predicate or the
apposition of "the oldest"/"the youngest" (a noun, an "of" phrase and a name in apposition
between at most) is keyed so too (``(AGE_KEY, "the oldest")``, as age_spans keys them). Two
ages in a list are not read ("aged 5 and 11" may be two children of a group told apart).

Hand-written: the fixed phrasings of a list of ages and of a superlative's predicate, read
by regular expressions over each figure's sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.ages import AGE_KEY, MAX_AGE, as_age
from reader.analysis.figure_uses import FigureUse, Key

YOUNGEST = "the youngest"
OLDEST = "the oldest"
# the words before a list's first age: "women aged ", "with ages of "
_LIST_BEFORE = re.compile(r"\b(?:aged|ages(?:\s+of)?)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r",\s*|,?\s+and\s+")
_LIST_END = re.compile(r",?\s+and\s+$")
# "The oldest of the three women who died, Ada Voss, was ", "the youngest victim was a ", "The oldest, "
_RANK_BEFORE = re.compile(r"\b[Tt]he\s+(?P<rank>oldest|youngest)\b(?:\s+[a-z-]+)?(?:\s+of\s+[^.;:,]{1,60})?"
                          r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},)?"
                          r"(?:\s+(?:was|is)\s+(?:aged\s+|an?\s+)?|,\s+(?:an?\s+)?)$")
_BARE_END = re.compile(r"(?:[,.;](?!\d)|\s+and\b|\s*$)")
_YEAR_OLD = re.compile(r"\d{1,3}-year-old\b")


def age_ranks(uses: list[FigureUse], keys: list[Key]) -> tuple[list[FigureUse], list[Key]]:
    """``uses`` and ``keys`` with the ages told by rank (module doc) keyed as the youngest's
    or the oldest's; the rest as they were."""
    out_uses, out_keys = list(uses), list(keys)
    for n, u in enumerate(uses):
        rank = _ranked(u)
        if rank is not None and _unkeyed(u, keys[n]):
            out_uses[n], out_keys[n] = replace(u, figure=as_age(u.figure)), (AGE_KEY, rank)
    for run in _lists(uses):
        values = [uses[n].figure.value for n in run]
        low, high = min(values), max(values)
        for n in run:
            if _unkeyed(uses[n], keys[n]) and uses[n].figure.value in (low, high) and low < high:
                rank = YOUNGEST if uses[n].figure.value == low else OLDEST
                out_uses[n], out_keys[n] = replace(uses[n], figure=as_age(uses[n].figure)), (AGE_KEY, rank)
    return out_uses, out_keys


def _unkeyed(u: FigureUse, key: Key) -> bool:
    """Whether ``u`` has no key of its own: none, or one of a noun it inherited from a count
    before it ("The four hikers were aged 19, 23 and 40": no count of hikers)."""
    return key is None or key == (AGE_KEY, None) or u.figure.counts_inferred


def _bare(u: FigureUse) -> bool:
    f = u.figure
    return (isinstance(f.value, int) and 0 < f.value <= MAX_AGE and f.high is None and not f.qualifier
            and u.sentence[f.number_start - f.sentence_start:f.number_end - f.sentence_start].isdigit()
            and f.number_end == f.end)


def _ranked(u: FigureUse) -> str | None:
    """OLDEST or YOUNGEST when ``u`` is an age told of "the oldest"/"the youngest", else None."""
    f, at = u.figure, u.figure.start - u.figure.sentence_start
    if at <= 0:
        return None
    m = _RANK_BEFORE.search(u.sentence, max(0, at - 140), at)
    if m is None:
        return None
    year_old = _YEAR_OLD.match(u.sentence, at)
    if year_old is None and not (_bare(u) and _BARE_END.match(u.sentence, f.end - f.sentence_start)):
        return None
    if year_old is None and m.group().rstrip().endswith((" a", " an")):
        return None
    return OLDEST if m["rank"] == "oldest" else YOUNGEST


def _lists(uses: list[FigureUse]) -> list[list[int]]:
    """Runs of three or more bare numbers listed after "aged" in one sentence of one article."""
    runs: list[list[int]] = []
    run: list[int] = []
    for n, u in enumerate(uses):
        prev = uses[n - 1] if run else None
        if (prev is not None and _bare(u) and prev.article == u.article and prev.figure.sentence_start ==
                u.figure.sentence_start and _LIST_GAP.fullmatch(u.sentence, prev.figure.end - u.figure.sentence_start,
                                                                u.figure.start - u.figure.sentence_start)):
            run.append(n)
            continue
        if len(run) >= 3 and _LIST_END.search(uses[run[-2]].sentence, 0, _gap_end(uses, run)):
            runs.append(run)
        at = u.figure.start - u.figure.sentence_start
        run = [n] if _bare(u) and _LIST_BEFORE.search(u.sentence, max(0, at - 12), at) else []
    if len(run) >= 3 and _LIST_END.search(uses[run[-2]].sentence, 0, _gap_end(uses, run)):
        runs.append(run)
    return runs


def _gap_end(uses: list[FigureUse], run: list[int]) -> int:
    """Where the gap before the run's last number ends, in its sentence."""
    last = uses[run[-1]].figure
    return last.start - last.sentence_start
