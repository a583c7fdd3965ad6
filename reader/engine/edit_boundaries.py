"""Where a lone addition or removal sits when the words allow more than one place.

"… branches. A retired teacher … could study. A spokesperson …" against the same text
without the sentence about the teacher: the word diff may keep the first "A" and add
"retired teacher … study. A", or add "A retired teacher … study." and keep the second
"A". Both rebuild the texts; only the second shows a whole sentence added (and lets
:mod:`reader.engine.moves` find it, word for word, elsewhere). :func:`slide_to_sentences`
moves each lone change (an addition or removal between two kept runs) to the place, among
those the words allow, where it starts a sentence or a paragraph; where none does, it
stays. diff-match-patch's ``diff_cleanupSemanticLossless`` does the same on characters;
here it is done on words, before the word diff is spelt out in characters, so the C and
the Python paths share it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.engine.wordiff import DELETE, EQUAL, INSERT
from reader.text.tokens import Tokens

_SENTENCE_ENDS = ".!?…"


def _score(t: Tokens, k: int) -> int:
    """How good a place token k is for a change to start: 2 at a paragraph, 1 at a
    sentence, else 0."""
    if k <= 0 or k >= len(t):
        return 2
    gap = t.text[t.ends[k - 1] : t.starts[k]]
    if "\n" in gap:
        return 2
    return 1 if any(c in gap for c in _SENTENCE_ENDS) else 0


def _best_shift(t: Tokens, start: int, n: int, before: int, after: int) -> int:
    """The shift (negative: left) of the change of tokens start..start+n-1, within the
    ``before`` and ``after`` kept words around it, that starts it best (0 when no place
    is better)."""
    norms = t.norms
    options = [0]
    d = 1
    while d <= min(before, n) and norms[start - d] == norms[start + n - d]:
        options.append(-d)
        d += 1
    d = 1
    while d <= min(after, n) and norms[start + d - 1] == norms[start + n + d - 1]:
        options.append(d)
        d += 1
    return max(options, key=lambda s: (_score(t, start + s), -abs(s)))


def slide_to_sentences(ops: Sequence[tuple[int, int]], ta: Tokens, a_first: int,
                       tb: Tokens, b_first: int) -> list[tuple[int, int]]:
    """``ops`` (word counts: EQUAL, DELETE, INSERT) with each lone change moved to a
    sentence start where the words allow it (see the module's docstring)."""
    out = [tuple(o) for o in ops]
    i, j = a_first, b_first  # where each side is before op k
    for k, (op, n) in enumerate(out):
        lone = (op != EQUAL and 0 < k < len(out) - 1 and out[k - 1][0] == EQUAL and out[k + 1][0] == EQUAL)
        if lone:
            t, start = (ta, i) if op == DELETE else (tb, j)
            shift = _best_shift(t, start, n, out[k - 1][1], out[k + 1][1])
            if shift:
                out[k - 1] = (EQUAL, out[k - 1][1] + shift)
                out[k + 1] = (EQUAL, out[k + 1][1] - shift)
                i, j = i + shift, j + shift  # the kept run before it moved the change's start
        if op != INSERT:
            i += out[k][1]
        if op != DELETE:
            j += out[k][1]
    return [(op, n) for op, n in out if n]
