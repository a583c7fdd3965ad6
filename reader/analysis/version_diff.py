"""What changed between the stored versions of one article (see
:mod:`reader.library.versions`): words changed, headline changes, and the word diff of
any two versions, for ``reader versions`` and the TUI's versions screen.

The diff is taken over the words of headline and body (diff-match-patch on word ids,
like the engine's word diff); words are compared as written, apart from Unicode form
and quote or dash style, so a change of case counts as a change.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reader.engine.wordiff import DELETE, EQUAL, INSERT, dmp_ops, merge_ops

__all__ = ["DELETE", "EQUAL", "INSERT", "Change", "change", "headline_changed", "side_by_side", "version_rows",
           "version_text"]
from reader.text.tokens import Tokens, tokenize, word_count

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.library.versions import Version

_SAME_FORMS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                             "\u2013": "-", "\u2014": "-", "\u2212": "-"})


@dataclass(frozen=True)
class Change:
    """Words removed and added between two texts; ``changed`` counts a replaced word once."""

    removed: int
    added: int
    changed: int


def version_text(version: Version) -> str:
    """The text two versions are compared on: headline, blank line, body."""
    return f"{version.title}\n\n{version.body.strip()}" if version.title else version.body.strip()


def _same_form(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text).translate(_SAME_FORMS)


def _words(text: str) -> list[str]:
    """The words of ``text`` as compared (whole text normalised once: fast on long ones)."""
    t = tokenize(_same_form(text))
    return [t.text[s:e] for s, e in zip(t.starts, t.ends, strict=True)]


def _token_words(tokens: Tokens) -> list[str]:
    return [_same_form(tokens.surface(k)) for k in range(len(tokens))]


def _word_ops(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    table: dict[str, int] = {}
    ids = lambda words: [table.setdefault(w, len(table)) for w in words]  # noqa: E731
    return merge_ops(dmp_ops(ids(a), ids(b)))


def change(a: str, b: str) -> Change:
    """How many words changed from ``a`` to ``b``."""
    return _change(_words(a), _words(b))


def _change(a: list[str], b: list[str]) -> Change:
    removed = added = changed = 0
    run_del = run_ins = 0
    for op, n in [*_word_ops(a, b), (EQUAL, 0)]:
        if op == DELETE:
            run_del += n
        elif op == INSERT:
            run_ins += n
        else:
            removed, added, changed = removed + run_del, added + run_ins, changed + max(run_del, run_ins)
            run_del = run_ins = 0
    return Change(removed, added, changed)


def side_by_side(a: str, b: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Both texts cut into (op, text) runs that join back to them exactly: A's runs are
    EQUAL or DELETE (only in A), B's EQUAL or INSERT (only in B)."""
    ta, tb = tokenize(a), tokenize(b)
    a_runs: list[tuple[int, str]] = []
    b_runs: list[tuple[int, str]] = []
    i = j = 0
    for op, n in _word_ops(_token_words(ta), _token_words(tb)):
        if op in (EQUAL, DELETE):
            _run(a_runs, ta, i, i + n, EQUAL if op == EQUAL else DELETE)
            i += n
        if op in (EQUAL, INSERT):
            _run(b_runs, tb, j, j + n, EQUAL if op == EQUAL else INSERT)
            j += n
    return _closed(a_runs, a), _closed(b_runs, b)


def _run(out: list[tuple[int, str]], t: Tokens, first: int, end: int, op: int) -> None:
    """Tokens ``first``..``end`` as one run, with the text from the end of the text
    already given up to their start kept as unchanged."""
    given = sum(len(text) for _, text in out)
    if end <= first:
        return
    start = t.starts[first]
    if start > given:
        _add(out, EQUAL, t.text[given:start])
    _add(out, op, t.text[start : t.ends[end - 1]])


def _add(out: list[tuple[int, str]], op: int, text: str) -> None:
    if out and out[-1][0] == op:
        out[-1] = (op, out[-1][1] + text)
    else:
        out.append((op, text))


def _closed(runs: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """The runs with what follows the last word kept as unchanged text."""
    given = sum(len(t) for _, t in runs)
    if given < len(text):
        _add(runs, EQUAL, text[given:])
    return runs


def headline_changed(before: Version, after: Version) -> bool:
    norm = lambda s: " ".join(unicodedata.normalize("NFKC", s).translate(_SAME_FORMS).split())  # noqa: E731
    return norm(before.title) != norm(after.title)


def version_rows(versions: list[Version]) -> list[dict]:
    """One JSON-ready row per version, each compared with the one before it."""
    rows = []
    previous: Version | None = None
    previous_words: list[str] = []
    for version in versions:
        words = _words(version_text(version))
        row: dict = {"version": version.number, "fetched": version.fetched,
                     "fetched_from": "name" if version.fetched_known else "file time",
                     "title": version.title or None, "path": str(version.path),
                     "words": word_count(version.body)}
        if previous is None:
            row |= {"words_changed": None, "words_added": None, "words_removed": None, "headline_changed": False}
        else:
            c = _change(previous_words, words)
            row |= {"words_changed": c.changed, "words_added": c.added, "words_removed": c.removed,
                    "headline_changed": headline_changed(previous, version)}
        rows.append(row)
        previous, previous_words = version, words
    return rows
