"""Organisation names that mean the same body, merged within an article and across articles.

``definitions`` reads acronyms an article defines ("Immigration and Customs Enforcement
(ICE)"); ``org_key`` normalises a name ("U.S. Justice Department" and "Department of
Justice" share a key, as do "Trump administration" and "Trump-Vance administration");
``org_groups`` joins acronyms to the full names they define or whose initials they are
("IRS" = Internal Revenue Service, "DOJ" = Justice Department) and picks each group's
canonical name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.name_chunks import Chunk, Tok, tok_at, word_at


def definitions(chunks: list[Chunk], toks: list[Tok]) -> dict[str, str]:
    """Acronyms an article defines: "Immigration and Customs Enforcement (ICE)"."""
    defs: dict[str, str] = {}
    for c in chunks:
        if len(c.toks) < 2 or c.type not in ("organization", None):      # (the cheap tests first)
            continue
        after = c.at + len(c.toks)
        if word_at(toks, after) != "(":
            continue
        acr = tok_at(toks, after + 1)
        if acr is not None and acr.acronym and word_at(toks, after + 2) == ")":
            defs.setdefault(acr.bare, c.text)
            c.type = "organization"
    return defs


_US_PREFIX_RE = re.compile(r"^(?:U\.S\.|US|United States)\s+")


_DEPARTMENT_RE = re.compile(r"^(.+?) (Department|Ministry)$")
_HYPHENED_RE = re.compile(r"^(.+?)-[^ ]+ (administration|government|campaign)$")
_THE_RE = re.compile(r"\bthe\b\s*")
_SPLIT_RE = re.compile(r"[\s-]+")


def _reorder(name: str) -> str:
    """"Justice Department" → "Department of Justice", without a "U.S." prefix."""
    name = _US_PREFIX_RE.sub("", name)
    m = _DEPARTMENT_RE.match(name)
    return f"{m[2]} of {m[1]}" if m else name


@lru_cache(maxsize=4096)
def org_key(name: str) -> str:
    name = _reorder(name)
    name = _HYPHENED_RE.sub(r"\1 \2", name)
    return _THE_RE.sub("", name).casefold().strip()


def _initials(name: str) -> set[str]:
    """Acronyms a name can have: "Department of Justice" → {"DJ", "DOJ"}."""
    words = [w for w in _SPLIT_RE.split(_reorder(name)) if w and w.lower() not in ("and", "the", "&", "on", "de")]
    return {"".join(w[0] for w in words if w.lower() not in ("of", "for")).upper(),
            "".join(w[0] for w in words).upper()}


def org_groups(chunks: list[Chunk], defs: dict[str, str]) -> dict[str, tuple[str]]:
    """Group organisation names: key → (canonical name,)."""
    forms: dict[str, list[str]] = {}
    for c in chunks:
        forms.setdefault(org_key(c.text), []).append(c.text)
    parent = {k: k for k in forms}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    long_keys = [k for k in forms if " " in k]
    initials: dict[str, set[str]] = {}                  # of each long key's first name, found once
    for k in forms:
        if " " in k:
            continue
        acr = forms[k][0]
        if not acr.replace(".", "").isupper():
            continue
        target = org_key(defs[acr]) if acr in defs else None
        if target is None:
            if not initials:
                initials = {lk: _initials(forms[lk][0]) for lk in long_keys}
            matches = [lk for lk in long_keys if acr.replace(".", "") in initials[lk]]
            target = matches[0] if len(matches) == 1 else None
        if target in parent:
            parent[root(k)] = root(target)
    for k in forms:                                     # "Corveth" after "Corveth Logistics"
        target = _short_form_of(k, forms[k][0], long_keys)
        if target is not None and root(k) != root(target):
            parent[root(k)] = root(target)
    groups: dict[str, list[str]] = {}
    for k in forms:
        groups.setdefault(root(k), []).append(k)
    out: dict[str, tuple[str]] = {}
    for members in groups.values():
        texts = [t for m in members for t in forms[m]]
        full = [t for t in texts if " " in t] or [t for t in texts if not t.replace(".", "").isupper()] or texts
        plain = [t for t in full if not _US_PREFIX_RE.match(t)] or full
        best = max(set(plain), key=lambda t: (plain.count(t), -plain.index(t)))
        for m in members:
            out[m] = (best,)
    return out


def _short_form_of(key: str, text: str, long_keys: list[str]) -> str | None:
    """The one long name a one-word organisation name is the first or last word of
    ("Corveth" of "Corveth Logistics", "Rovers" of "Burnley Rovers"), or None (an acronym,
    a name of several words, or a word two long names share)."""
    if " " in key or text.replace(".", "").isupper():
        return None
    found = [lk for lk in long_keys if lk.split()[0] == key or lk.split()[-1] == key]
    return found[0] if len(found) == 1 else None
