"""The kinds of an article's lines that matter to name finding (``line_kinds``):
page-furniture lines ("Advertisement", "Share this", a copyright line), skipped, and
headline-like lines (a heading, a line in capitals, a short line of capitalised words with
no closing mark), where names count only when the running text has them too.

Hand-written: one pattern of furniture lines (with a cheap pre-test, as most lines are
running text) and the share of capitalised words on a line.
"""

from __future__ import annotations

import re

from reader.text.tokens import STOPWORDS

_FURNITURE_RE = re.compile(
    r"^\s*(?:advertisement|ad|sponsored|leave a reply|leave a comment|share this.*|sign up.*|subscribe.*"
    r"|click here.*|read more.*|related:?.*|watch:.*|sources?|photo:.*|image:.*|credit:.*|video:.*"
    r"|.*©.*|copyright .*|.*all rights reserved.*|your email address will not be published.*|[\w-]*-wire"
    r"|\d{1,2}:\d{2}|<[^>]+>.*|screen capture/.*|all content created by .*)\s*$", re.IGNORECASE)
_LINE_RE = re.compile(r"[^\n]+")
_LINE_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


# How _FURNITURE_RE's alternatives that open with a word or a mark begin (same flags).
_FURNITURE_START_RE = re.compile(
    r"ad|sponsored|leave a |share this|sign up|subscribe|click here|read more|related|watch:|source|photo:"
    r"|image:|credit:|video:|copyright |your email|<|screen capture/|all content created by ", re.IGNORECASE)


def _may_be_furniture(line: str) -> bool:
    """A cheap test that ``_FURNITURE_RE.match(line)`` (``line`` stripped, one line) can
    succeed: its whole-line alternatives are at most 15 characters ("leave a comment") or one
    run with no white space (``[\\w-]*-wire``); the others open as _FURNITURE_START_RE
    says, or hold "©" or "all rights reserved" (whose r, v, e and d match only their two
    ASCII cases). Most lines of running text pass none of these, and the pattern (with
    its ``.*`` parts, case-insensitive) is not tried on them."""
    return (len(line) <= 15 or _SPACE_RE.search(line) is None or "©" in line
            or _FURNITURE_START_RE.match(line) is not None or _RVED_RE.search(line) is not None)


_SPACE_RE = re.compile(r"\s")
_RVED_RE = re.compile(r"[vV](?<=[rR][vV])[eE][dD]")      # "rved" in any case, looked for at each v (rarer than r)


def line_kinds(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    skip, strict = [], []
    for m in _LINE_RE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        if _may_be_furniture(line) and _FURNITURE_RE.match(line):
            skip.append(m.span())
            continue
        if line.startswith("#") or line.isupper():
            strict.append(m.span())
            continue
        if line.rstrip("*_ ").endswith((".", "!", "?", "”", '"', "’", ":", "…", ")")):
            continue                                            # running text (most lines): no headline
        words = _LINE_WORD_RE.findall(line)
        content = [w for w in words if w.lower() not in STOPWORDS]
        caps = sum(1 for w in content if w[0].isupper())
        if len(words) <= 3 or (len(words) < 30 and content and caps >= max(2, 0.6 * len(content))):
            strict.append(m.span())
    return skip, strict
