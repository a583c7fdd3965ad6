"""The labels of the story's entities (people, organisations, places merged across articles
by :mod:`reader.analysis.entity_merge`): the **title** before a mention ("U.S. District Judge
Indira Talwani"), the **appositive** after it (", a Clinton appointee,") and, for people, a
**reference** ("the Obama judge", tied to the last person before it who holds that role).
The rules are in :mod:`reader.analysis.labels`' docstring.

Hand-written, like the entity rules it reads: the roles the entity rules found decide what a
title or a reference may end with; punctuation, a few function words and word counts decide
the rest.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.article import AnalysedArticle
from reader.analysis.label_lexicon import term_key
from reader.analysis.label_referents import WORD_RE, ArticleText, Referent
from reader.analysis.label_terms import Matchers
from reader.text.tokens import STOPWORDS

ENTITY_TYPES = ("person", "organization", "place")
MAX_APPOSITIVE_WORDS = 14
_PRE_WORD_RE = re.compile(r"[\w][\w.’'-]*")
MAX_TITLE_WORDS = 6
_APPOSITIVE_RE = re.compile(r",\s+([^,;:()\[\]“”\"—–]+?)\s*(?=[,;:()\[\]—–]|\.(?:\s|$)|$)")
_RELATIVE_RE = re.compile(r"\s+(?:who|whom|whose|which|that)\s.*$", re.S)
_APPOSITIVE_OPENERS = {"a", "an", "the", "former", "then", "now", "once", "longtime", "another", "also"}
_NOT_APPOSITIVE = {"said", "says", "told", "wrote", "added", "noted", "and", "or", "but", "who", "which", "that",
                   "according", "including", "while", "when", "where", "as", "if", "because"}


def entity_referents(articles: list[AnalysedArticle], texts: list[ArticleText], matchers: Matchers,
                      merged: list[dict] | None = None) -> list[Referent]:
    from reader.analysis.entity_merge import iter_spans, merged_entities

    index = {a.id: i for i, a in enumerate(articles)}
    records = [r for r in (merged if merged is not None else merged_entities(articles)) if r["type"] in ENTITY_TYPES]
    referents = [Referent(r["name"], r["type"], "entity") for r in records]
    owner: dict[tuple[int, int, int], int] = {}
    for k, r in enumerate(records):
        roles = [x for x in r["roles"] if isinstance(x, str)]
        for article_id, start, end in iter_spans(r):
            i = index.get(article_id)
            if i is None:
                continue
            owner[(i, start, end)] = k
            _describe(referents[k], roles, texts[i], start, end, matchers)
    for i, article in enumerate(articles):
        _references(article, texts[i], owner, referents, matchers)
    return referents


def _describe(ref: Referent, roles: list[str], text: ArticleText, start: int, end: int, matchers: Matchers) -> None:
    """The title before one mention and the appositive after it, as labels of ``ref``."""
    title = _title_start(text, start, roles)
    if title is not None:
        words = " ".join(text.body[title:start].split())
        ref.add(f"title: {words.lower()}", "title", text.use(title, end), matchers.mark(words))
    found = _appositive(text.body, end, roles)
    if found is not None:
        a, b = found
        phrase = " ".join(text.body[a:b].split())
        ref.add(f"appositive: {term_key(phrase)}", "appositive", text.use(a, b), matchers.mark(phrase))


def _title_start(text: ArticleText, start: int, roles: list[str]) -> int | None:
    """Where a title before the name starts: the words right before it (no punctuation
    between, no function word, at most six) ending in one of the entity's roles, as in
    "U.S. District Judge Indira Talwani" or "retired county surgeon Ann Lee"."""
    if not roles:
        return None
    sentence_start = text.sentence(start)[0]
    words = list(_PRE_WORD_RE.finditer(text.body, max(sentence_start, start - 120), start))
    run: list[re.Match[str]] = []
    end = start
    for w in reversed(words):
        if len(run) == MAX_TITLE_WORDS or not text.body[w.end() : end].isspace() or w.group().lower() in STOPWORDS:
            break
        run.insert(0, w)
        end = w.start()
    last_words = {role.split()[-1].lower() for role in roles if role.split()}
    while run and run[-1].group().lower() not in last_words:
        return None
    return run[0].start() if run else None


def _appositive(body: str, end: int, roles: list[str]) -> tuple[int, int] | None:
    """The span of ", PHRASE," right after a mention when PHRASE describes it."""
    found = _APPOSITIVE_RE.match(body, end, min(len(body), end + 240))
    if found is None:
        return None
    phrase = _cut_clause(_RELATIVE_RE.sub("", found.group(1)))
    words = phrase.split()
    if not words or len(words) > MAX_APPOSITIVE_WORDS or "\n" in phrase:
        return None
    first = words[0].lower()
    role_words = {w.lower() for role in roles for w in role.split()}
    closed = body[found.end(1) : found.end(1) + 1] == ","  # ", ordered the IRS (IRS) to": a verb
    participle = first.endswith("ed") and words[0].islower() and len(words) >= 3 and closed
    opener = first in _APPOSITIVE_OPENERS or participle
    if first in _NOT_APPOSITIVE or not (opener or (words[0].islower() and first in role_words)):
        return None
    if len(words) == 1 and first in _APPOSITIVE_OPENERS:
        return None
    return found.start(1), found.start(1) + len(phrase)


def _cut_clause(phrase: str) -> str:
    """The noun phrase without a participle clause after it: "a Clinton appointee serving
    on the court" -> "a Clinton appointee" (the -ing word must be the third or later)."""
    for found in re.finditer(r"\s+[a-z]+ing\b", phrase):
        if len(phrase[: found.start()].split()) >= 2 and phrase.split()[0].lower() in _APPOSITIVE_OPENERS:
            return phrase[: found.start()]
    return phrase


def _references(article: AnalysedArticle, text: ArticleText, owner: dict[tuple[int, int, int], int],
                referents: list[Referent], matchers: Matchers) -> None:
    """"the Obama judge": a definite description tied to the last person before it with that role."""
    people = sorted((s, e, ent.roles) for ent in article.entities if ent.type == "person" for s, e in ent.mentions)
    heads = {role.split()[-1].lower() for _, _, roles in people for role in roles if role.split()}
    heads = {h for h in heads if h.isalpha() and h not in STOPWORDS}
    if not heads:
        return
    pattern = re.compile(r"\b[Tt]he\s+((?:[\w’'-]+\s+){1,2})(" + "|".join(map(re.escape, sorted(heads)))
                         + r")(?![\w-])(?!\s+[A-Z])")
    starts = [p[0] for p in people]
    described = [(u.start, u.end) for r in referents for label in r.labels.values() for u in label.uses
                 if u.article == text.index and label.how == "appositive"]
    for found in pattern.finditer(text.body):
        if any(s < found.end() and found.start() < e for s, e in described):
            continue  # part of an appositive already read ("Kemp, the area's deputy mayor,")
        modifiers = found.group(1).split()
        if any(m.lower() in STOPWORDS or not WORD_RE.fullmatch(m) for m in modifiers):
            continue
        head = found.group(2).lower()
        before = bisect.bisect_left(starts, found.start())
        holder = next((p for p in reversed(people[:before])
                       if any(r.split() and r.split()[-1].lower() == head for r in p[2])), None)
        k = owner.get((text.index, holder[0], holder[1])) if holder is not None else None
        if k is None:
            continue
        phrase = " ".join(found.group().split())
        referents[k].add(f"reference: {term_key(phrase)}", "reference", text.use(found.start(), found.end()),
                         matchers.mark(phrase))
