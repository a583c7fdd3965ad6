"""Labels: the words each outlet uses for the people, groups, places and events of a story,
side by side, each with the sentence it stands in.

A *referent* is what several words name; its *labels* are those words. Referents come
from two places:

- **Entities** (people, organisations, places merged across articles by
  :mod:`reader.analysis.entity_merge`). Their labels are the descriptions the text puts
  on a mention: a **title** before the name ("U.S. District Judge Indira Talwani": the
  title must be one of the roles the entity rules found), an **appositive** after it
  (", a Clinton appointee", ", appointed to the bench by President Barack Obama,": a
  phrase between commas that starts with an article, a participle or one of the
  person's role words, cut before a relative or -ing clause, at most 14 words) and, for people, a
  **reference**: "the Obama judge" is a definite noun phrase with one or two modifiers
  before one of the article's role nouns (judge, president, ...), tied to the last person
  mentioned before it who holds that role.
- **Noun phrases around one head** ("undocumented immigrants", "illegal migrants",
  "lawful migrants"): a modifier before a plural noun. Heads are grouped when the label
  lexicon lists them together (``heads`` of an entry: immigrant, migrant, alien ...) or
  when one ends with the other (migrants, immigrants); any other plural noun naming
  people by its ending (-ants, -ents, -ists, -ians, -ees, -ers, -ors) is a head too, shown
  only when the outlets that use it do not all use the same words. Words the lexicon
  lists are found as phrases as well ("activist judges").

The lexicon (:mod:`reader.analysis.label_lexicon`) marks the labels it lists with its note;
reader never judges a word beyond that. An entity is shown when it has two different
labels or more; a group when its articles differ in the words they use, or the lexicon
lists one of them. Nothing here knows any story's words: they come from the articles
and the lexicon.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from reader.analysis.article import AnalysedArticle
from reader.analysis.label_lexicon import Lexicon, Mark, singular, term_key
from reader.text.tokens import STOPWORDS

ENTITY_TYPES = ("person", "organization", "place")
MAX_APPOSITIVE_WORDS = 14
EVIDENCE_PER_LABEL = 3  # sentences kept per label and article (``count`` has them all)
_WORD_RE = re.compile(r"[^\W\d_][\w’']*(?:-[\w’']+)*")
_PRE_WORD_RE = re.compile(r"[\w][\w.’'-]*")
MAX_TITLE_WORDS = 6
_APPOSITIVE_RE = re.compile(r",\s+([^,;:()\[\]“”\"—–]+?)\s*(?=[,;:()\[\]—–]|\.(?:\s|$)|$)")
_RELATIVE_RE = re.compile(r"\s+(?:who|whom|whose|which|that)\s.*$", re.S)
_APPOSITIVE_OPENERS = {"a", "an", "the", "former", "then", "now", "once", "longtime", "another", "also"}
_NOT_APPOSITIVE = {"said", "says", "told", "wrote", "added", "noted", "and", "or", "but", "who", "which", "that",
                   "according", "including", "while", "when", "where", "as", "if", "because"}
_QUANTIFIERS = {"certain", "many", "several", "numerous", "various", "multiple", "other", "another", "such", "two",
                "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "millions",
                "dozens", "scores", "fewer", "less", "least", "much", "enough", "like", "including", "among", "any",
                "every", "all", "both", "either", "neither", "whose", "against"}
_AGENT_RE = re.compile(r"[a-z][a-z-]{3,}(?:ants|ents|ists|ians|ees|ers|ors)$")
_NOT_AGENTS = {"others", "orders", "numbers", "papers", "matters", "letters", "centers", "borders", "powers",
               "quarters", "headquarters", "waters", "answers", "offers", "layers", "chapters", "documents",
               "comments", "ones", "years", "hours", "errors", "sectors", "factors", "records", "events"}


@dataclass(frozen=True, slots=True)
class Use:
    """One place an article uses a label."""

    article: int
    start: int
    end: int
    sentence: tuple[int, int]
    quoted: bool


@dataclass
class Label:
    key: str                     # what makes two uses one label (lower case, singular head)
    how: str                     # title, appositive, reference, phrase
    uses: list[Use] = field(default_factory=list)
    mark: Mark | None = None     # what the lexicon says of it


@dataclass
class Referent:
    name: str
    kind: str                    # person, organization, place, group
    basis: str                   # entity, head (noun phrases around one head), lexicon
    labels: dict[str, Label] = field(default_factory=dict)
    _seen: set[tuple[str, int, int]] = field(default_factory=set, repr=False, compare=False)

    def add(self, key: str, how: str, use: Use, mark: Mark | None) -> None:
        """``use`` as a use of label ``key``, unless that label has a use at the same
        place already (a set of those, not a look through the label's uses: a label of
        a long article has thousands)."""
        label = self.labels.setdefault(key, Label(key, how, [], mark))
        if (key, use.article, use.start) not in self._seen:
            self._seen.add((key, use.article, use.start))
            label.uses.append(use)

    def articles(self) -> list[int]:
        return sorted({u.article for label in self.labels.values() for u in label.uses})

    def marked(self) -> bool:
        return any(label.mark is not None for label in self.labels.values())


class _Text:
    """One article's body with its sentences, quotations and entity mentions at hand."""

    def __init__(self, index: int, article: AnalysedArticle) -> None:
        self.index = index
        self.body = article.body
        self.sentences = sorted(article.sentences) or [(0, len(self.body))]
        self.starts = [s for s, _ in self.sentences]
        quotes = sorted((q.start, q.end) for q in article.quotes)
        self.quote_starts = [s for s, _ in quotes]
        self.quote_reach = list(accumulate((e for _, e in quotes), max))  # furthest end of the quotes so far

    def sentence(self, pos: int) -> tuple[int, int]:
        k = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return self.sentences[k]

    def use(self, start: int, end: int) -> Use:
        """The use of body[start:end]: quoted when inside a quotation (one that starts at
        or before ``start`` and ends at or after ``end``: the furthest end of those that
        start there or before, found by bisection)."""
        k = bisect.bisect_right(self.quote_starts, start)
        quoted = k > 0 and self.quote_reach[k - 1] >= end
        return Use(self.index, start, end, self.sentence(start), quoted)


def find_labels(articles: list[AnalysedArticle], lexicon: Lexicon, records: list[dict] | None = None
                ) -> list[Referent]:
    """The referents of the story that have labels worth setting side by side, lexicon
    marks first, then those most articles name. ``records``: the articles' merged
    entities (:func:`reader.analysis.entity_merge.merged_entities`), made when not given."""
    texts = [_Text(i, a) for i, a in enumerate(articles)]
    matchers = _Matchers(lexicon)
    referents = _entity_referents(articles, texts, matchers, records) + _group_referents(texts, lexicon, matchers)
    kept = [r for r in referents if _worth_showing(r)]
    for r in kept:
        r._seen.clear()  # (what ``add`` looked up: not needed once the labels are found)
    kept.sort(key=lambda r: (not r.marked(), -len(r.articles()), -len(r.labels), _first(r)))
    return kept


def _first(r: Referent) -> tuple[int, int]:
    return min((u.article, u.start) for label in r.labels.values() for u in label.uses)


def _worth_showing(r: Referent) -> bool:
    if not r.labels:
        return False
    if r.basis == "entity":
        return len(r.labels) >= 2 or r.marked()
    if r.marked():
        return True
    by_article: dict[int, set[str]] = {}
    for key, label in r.labels.items():
        for u in label.uses:
            by_article.setdefault(u.article, set()).add(key)
    return len(by_article) >= 2 and len({frozenset(keys) for keys in by_article.values()}) >= 2


class _Matchers:
    """The lexicon's terms as patterns (plurals too), and its verdict on a label."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.terms = lexicon.terms()
        longest_first = sorted(self.terms.values(), key=lambda m: -len(m.term))
        alternatives = "|".join(r"\s+".join(re.escape(w.lower()) for w in m.term.split()) for m in longest_first)
        self.any_term = re.compile(r"(?<![\w-])(?:" + (alternatives or "(?!)") + r")(?:s|es)?(?![\w-])")

    def found(self, text: str, inner: bool = False) -> list[tuple[int, int, Mark]]:
        """Every listed term in ``text``: one scan of the lower-cased text (a case-blind
        pattern was ten times slower), or of the text itself, case-blind, when lower
        case changes its length. A long text is lower-cased and scanned a stretch at a
        time (:meth:`_stretches`), never whole: ``str.lower`` of a 5 MB article took
        60 MB for a moment, and its result 10 MB more."""
        spans = self._spans(text)
        out = []
        for start, end in spans:
            surface = text[start:end]
            mark = self.terms.get(term_key(surface)) or (None if inner else self.mark(surface))
            if mark is not None:
                out.append((start, end, mark))
        return out

    def _spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for a, b in self._stretches(text):
            lower = text[a:b].lower()
            if len(lower) != b - a:  # (lower case changes a length: the whole text, case-blind)
                return [m.span() for m in re.compile(self.any_term.pattern, re.I).finditer(text)]
            spans += ((m.start() + a, m.end() + a) for m in self.any_term.finditer(lower))
        return spans

    def _stretches(self, text: str) -> list[tuple[int, int]]:
        """``text`` cut, about every ``_STRETCH`` characters, before a comma: no term
        holds one (else the text is not cut), so no match runs across it, and what
        either side needs around a match is the same as in the whole text (a comma is no
        word character, no hyphen, and ends the one context lower case reads, a final
        sigma's, being neither a letter nor a character that lower case looks through)."""
        if len(text) <= _STRETCH or "," in self.any_term.pattern:
            return [(0, len(text))]
        out = []
        start = 0
        while start < len(text):
            cut = text.find(",", start + _STRETCH)
            cut = len(text) if cut < 0 else cut
            out.append((start, cut))
            start = cut
        return out

    def mark(self, text: str) -> Mark | None:
        """The lexicon entry listing the label (itself, or a listed phrase inside it)."""
        found = self.terms.get(term_key(text))
        if found is not None:
            return found
        hits = [m for _, _, m in self.found(text, inner=True)]
        return max(hits, key=lambda m: len(m.term)) if hits else None


_STRETCH = 1 << 16


# --- entities ---------------------------------------------------------------------------


def _entity_referents(articles: list[AnalysedArticle], texts: list[_Text], matchers: _Matchers,
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


def _describe(ref: Referent, roles: list[str], text: _Text, start: int, end: int, matchers: _Matchers) -> None:
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


def _title_start(text: _Text, start: int, roles: list[str]) -> int | None:
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


def _references(article: AnalysedArticle, text: _Text, owner: dict[tuple[int, int, int], int],
                referents: list[Referent], matchers: _Matchers) -> None:
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
        if any(m.lower() in STOPWORDS or not _WORD_RE.fullmatch(m) for m in modifiers):
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


# --- noun phrases around one head -----------------------------------------------------


def _group_referents(texts: list[_Text], lexicon: Lexicon, matchers: _Matchers) -> list[Referent]:
    listed = lexicon.heads()
    found: list[tuple[str, str, Use, str]] = []  # (head, key, use, surface text)
    for text in texts:
        found += _head_phrases(text, listed)
    family = _families({h for h, _, _, _ in found}, listed)
    groups: dict[str, Referent] = {}
    taken: dict[int, list[tuple[int, int]]] = {}
    for head, key, use, surface in found:
        name = family[head]
        ref = groups.setdefault(name, Referent(name, "group", "head"))
        ref.add(key, "phrase", use, matchers.mark(surface))
        taken.setdefault(use.article, []).append((use.start, use.end))
    for text in texts:
        _lexicon_phrases(text, matchers, groups, taken)
    return list(groups.values())


def _head_phrases(text: _Text, listed: dict[str, str]) -> list[tuple[str, str, Use, str]]:
    """(head, label key, use, text) of each "modifier head" phrase (or a listed head alone),
    the words of the body as ``_WORD_RE.finditer`` reads them. Only the words that can be
    a head are visited (:func:`_head_words`, where a step per word in Python took 0.25 s
    for 1,000 articles), with the word before and the one after found around each (a
    list of all of them held a match object per word: 80 MB for a 5 MB article)."""
    out = []
    body = text.body
    for w in _head_words(body, listed):
        word = w.group()
        if not (word.endswith("s") or word in listed) or not word.islower() or "-" in word:
            continue
        head = singular(word)
        plural = head != word
        if head not in listed and not (plural and _agent_noun(word)):
            continue
        after = _WORD_RE.search(body, w.end())
        if body[w.end() : w.end() + 1] == "-" or (not plural and _noun_follows(body, w, after)):
            continue  # "immigrant-rights", "immigrant taxpayers": a modifier, not the head
        start = w.start()
        before = _word_before(body, start)
        if before is not None and _modifies(body, before, w):
            start = before.start()
        elif head not in listed:
            continue  # a bare plural counts only for heads the lexicon lists
        surface = body[start : w.end()]
        out.append((head, term_key(surface), text.use(start, w.end()), surface))
    return out


# What ``_WORD_RE.finditer`` reads as a word: a run of word characters (``[\w’']``, runs
# joined by single hyphens) from its first letter to the run's end.
_RUN_CHAR_RE = re.compile(r"[\w’']")
_LETTER_RE = re.compile(r"[^\W\d_]")
_AGENT_ENDINGS = ("ants", "ents", "ists", "ians", "ees", "ers", "ors")  # (what _AGENT_RE ends with)


def _head_words(body: str, listed: dict[str, str]) -> list[re.Match[str]]:
    """The words of ``_WORD_RE.finditer(body)``, in order, that can pass the first tests
    of :func:`_head_phrases`: those ending as an agent noun does, or being a head listed
    or a plural of one (:func:`_head_forms`), as matches of ``_WORD_RE``. Their ends are
    found in the body read backwards (:func:`_ends_backwards`: a pattern that starts with
    letters to look for is searched for quickly; one that must look before every
    character, as a word's start must, took 0.12 s over 1,000 articles), a stretch of
    ``_STRETCH`` characters at a time (cut at a space: no word runs across one)."""
    pattern = _ends_backwards(tuple(sorted(listed)))
    found = []
    start, n = 0, len(body)
    while start < n:
        cut = body.find(" ", start + _STRETCH)
        cut = n if cut < 0 else cut
        for m in pattern.finditer(body[start:cut][::-1]):
            end, run = cut - m.start(), cut - m.end()
            if _RUN_CHAR_RE.match(body, end) or (body[end : end + 1] == "-" and _RUN_CHAR_RE.match(body, end + 1)):
                continue  # not where a run of word characters ends
            letter = _LETTER_RE.search(body, run, end)
            word = _WORD_RE.match(body, letter.start()) if letter is not None else None
            if word is not None:
                found.append(word)
        start = cut
    found.sort(key=lambda w: w.start())
    return found


def _head_forms(listed: tuple[str, ...]) -> set[str]:
    """The listed heads and every word whose :func:`singular` is one of them."""
    forms = set(listed)
    for h in listed:
        forms.update(w for w in (h + "s", h + "es", h[:-1] + "ies") if singular(w) == h)
    return forms


@functools.lru_cache(maxsize=8)
def _ends_backwards(listed: tuple[str, ...]) -> re.Pattern[str]:
    """In a text read backwards, the end of a word that ends in an agent noun's ending or
    as one of :func:`_head_forms` does, and the rest of its run of word characters."""
    ends = sorted({*_AGENT_ENDINGS, *_head_forms(listed)}, key=lambda e: (-len(e), e))
    return re.compile("(?:" + "|".join(re.escape(e[::-1]) for e in ends) + r")[\w’']*(?:-[\w’']+)*")


def _word_before(body: str, start: int) -> re.Match[str] | None:
    """The word (of ``_WORD_RE.finditer``) that ends where the blank space before
    ``start`` begins; None when there is no blank space or no word ends there (then no
    word before ``start`` can modify the one at it)."""
    end = start
    while end > 0 and body[end - 1].isspace():
        end -= 1
    if end == start or end == 0 or not _RUN_CHAR_RE.match(body, end - 1):
        return None
    i = end - 1  # back to the start of the run of word characters that ends there
    while True:
        if i > 0 and _RUN_CHAR_RE.match(body, i - 1):
            i -= 1
        elif i > 1 and body[i - 1] == "-" and _RUN_CHAR_RE.match(body, i - 2):
            i -= 2
        else:
            break
    letter = _LETTER_RE.search(body, i, end)
    return _WORD_RE.match(body, letter.start()) if letter is not None else None


def _agent_noun(word: str) -> bool:
    """A plural whose ending names people (migrants, residents, activists, taxpayers)."""
    return bool(_AGENT_RE.fullmatch(word)) and not word.endswith("ments") and word not in _NOT_AGENTS


def _modifies(body: str, before: re.Match[str], word: re.Match[str]) -> bool:
    """``before`` is a modifier of ``word``: a lower-case content word right before it."""
    m = before.group()
    return (body[before.end() : word.start()].isspace() and (m.islower() or m[1:].islower())
            and m.lower() not in STOPWORDS and m.lower() not in _QUANTIFIERS and not m.endswith(("’s", "'s"))
            and len(m) > 2)


def _noun_follows(body: str, word: re.Match[str], nxt: re.Match[str] | None) -> bool:
    if nxt is None:
        return False
    return body[word.end() : nxt.start()].isspace() and nxt.group().islower() and nxt.group() not in STOPWORDS


def _families(heads: set[str], listed: dict[str, str]) -> dict[str, str]:
    """Each head's group name: the lexicon's group, or the heads it is joined with (one
    ending in the other: migrant, immigrant) as "immigrants / migrants"."""
    parent = {h: h for h in heads}

    def root(h: str) -> str:
        while parent[h] != h:
            h = parent[h]
        return h

    ordered = sorted(heads, key=len)
    for i, short in enumerate(ordered):
        for long in ordered[i + 1 :]:
            if len(short) >= 6 and long.endswith(short):
                parent[root(long)] = root(short)
    members: dict[str, list[str]] = {}
    for h in heads:
        members.setdefault(root(h), []).append(h)
    out: dict[str, str] = {}
    for group in members.values():
        named = next((listed[h] for h in sorted(group) if h in listed), None)
        name = named or " / ".join(sorted(f"{h}s" for h in group))
        out.update((h, name) for h in group)
    return out


def _lexicon_phrases(text: _Text, matchers: _Matchers, groups: dict[str, Referent],
                     taken: dict[int, list[tuple[int, int]]]) -> None:
    """Listed phrases not found as a "modifier head" phrase ("activist judges"), in their
    entry's group."""
    spans = taken.setdefault(text.index, [])
    for start, end, mark in matchers.found(text.body):
        if any(s < end and start < e for s, e in spans):
            continue
        spans.append((start, end))
        ref = groups.setdefault(mark.entry.group, Referent(mark.entry.group, "group", "lexicon"))
        surface = " ".join(text.body[start:end].split())
        ref.add(term_key(surface), "phrase", text.use(start, end), mark)


# --- JSON -----------------------------------------------------------------------------


def labels_json(referents: list[Referent], articles: list[AnalysedArticle]) -> list[dict]:
    """``labels`` of ``reader story --json`` (fields in the README)."""
    return list(iter_labels_json(referents, articles))


def iter_labels_json(referents: list[Referent], articles: list[AnalysedArticle]) -> Iterator[dict]:
    """The items of :func:`labels_json`, each made when it is read."""
    return (_referent_json(r, articles) for r in referents)


def _referent_json(r: Referent, articles: list[AnalysedArticle]) -> dict:
    # per label, its uses by article (looked up for each article and label, the uses of a
    # label that 1,000 articles use took a million steps)
    uses_in: list[dict[int, list[Use]]] = []
    for label in r.labels.values():
        grouped: dict[int, list[Use]] = {}
        for u in label.uses:
            grouped.setdefault(u.article, []).append(u)
        uses_in.append(grouped)
    by_article = []
    for i in r.articles():
        a = articles[i]
        labels = []
        for label, grouped in zip(r.labels.values(), uses_in, strict=True):
            uses = grouped.get(i)
            if uses:
                labels.append(_label_json(label, uses, a.body))
        by_article.append({"article": a.id, "outlet": a.outlet, "labels": labels})
    return {"referent": r.name, "kind": r.kind, "basis": r.basis,
            "articles": [articles[i].id for i in r.articles()],
            "distinct_labels": len(r.labels), "by_article": by_article}


def _label_json(label: Label, uses: list[Use], body: str) -> dict:
    first = uses[0]
    return {"text": " ".join(body[first.start : first.end].split()), "key": label.key, "how": label.how,
            "count": len(uses), "quoted": all(u.quoted for u in uses),
            "lexicon": label.mark.to_json() if label.mark is not None else None,
            "evidence": [{"start": u.start, "end": u.end, "quoted": u.quoted,
                          "sentence": " ".join(body[u.sentence[0] : u.sentence[1]].split())}
                         for u in uses[:EVIDENCE_PER_LABEL]]}
