"""Deterministic synthetic documents with planted shared passages.

The prose
    A word-level Markov chain (order 2, backing off to order 1) trained on English that
    every machine running reader already has: the docstrings of Python's standard
    library (read with :mod:`ast`, nothing is imported), the language reference text of
    :mod:`pydoc_data.topics`, and the sentences of the five bundled articles, weighted up
    so that the output carries the phrases real news shares ("the Trump
    administration", "one of the", "a federal judge"). Two independently generated
    documents therefore share common short phrases, as two unrelated news articles do,
    which is exactly what an aligner must not report. The order-2 context is only used
    where it has several continuations, so the chain does not replay long stretches of
    its training text; :func:`make_case` further regenerates a host document when it
    happens to share a run of :data:`MAX_CHANCE_RUN` words with the other one.

The obfuscations
    :func:`verbatim`, :func:`light_edit` (a few insertions, deletions and substitutions
    plus punctuation and case changes, like a copy editor's) and :func:`spin` (a fraction
    of the words replaced by other vocabulary words, as article spinners do with
    synonyms, plus about 3% insertions and 3% deletions). Like a spinner, :func:`spin`
    replaces content words first and function words ("the", "of", ...) only when there
    are not enough content words.

The cases
    :func:`make_case` builds one document pair of a category from :data:`CATEGORIES`
    with the exact character spans of every planted passage in both documents;
    :func:`make_pair` builds long pairs for timing and :func:`make_library` a large
    collection with planted groups of related articles.

Everything is drawn from the ``random.Random`` passed in, so a seed reproduces the same
text on the same Python version (a different version has different docstrings).
"""

from __future__ import annotations

import ast
import functools
import json
import os
import re
import sysconfig
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import NamedTuple

# --- training text --------------------------------------------------------------------

#: How many times each bundled-article sentence counts relative to a docstring sentence.
ARTICLE_WEIGHT = 25
#: The order-2 context is used only when it has at least this many distinct successors.
MIN_BRANCHING = 3
#: Host documents may not share a run of this many words by chance (see make_case).
MAX_CHANCE_RUN = 8

_SKIP_DIRS = {
    "test", "tests", "idlelib", "lib2to3", "site-packages", "dist-packages", "turtledemo",
    "ensurepip", "tkinter", "pydoc_data", "__pycache__",
}
_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9’'.,-]*[A-Za-z0-9]|[A-Za-z0-9]|[,;:]|—")
_PARENTHETICAL_RE = re.compile(r"\s*\([^()]*\)")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CODE_HINT_RE = re.compile(
    r"[=_`{}\[\]<>/\\*#@|~^$%+\"]|>>>|::|\(\)|\b(?:e\.g|i\.e|etc|vs|cf)\b|[A-Za-z]\.[A-Za-z]"
)
_WORD_SHAPE_RE = re.compile(r"[A-Za-z][a-z’']*(?:-[A-Za-z][a-z’']*)*|[A-Z][A-Z’'-]*s?|[0-9][0-9.,]*")
PUNCT = frozenset(",;:")
END = "."
PARA = "\n\n"

FUNCTION_WORDS = frozenset(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from", "further", "had",
        "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "same", "shall", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "you", "your", "said", "says",
    ]
)


def _clean_sentences(paragraph: str) -> Iterator[list[str]]:
    """Yield the token lists of the prose-like sentences of one paragraph of text."""
    text = " ".join(line.strip() for line in paragraph.splitlines())
    text = _PARENTHETICAL_RE.sub("", text).replace("*", "").replace('"', "").replace("U.S.", "US")
    for sentence in _SENTENCE_SPLIT_RE.split(text):
        sentence = sentence.strip()
        if not sentence or not sentence[0].isupper() or not sentence.endswith("."):
            continue
        body = sentence[:-1]
        if _CODE_HINT_RE.search(body) or _TOKEN_RE.sub("", body).strip():
            continue
        tokens = _TOKEN_RE.findall(body)
        words = [t for t in tokens if t not in PUNCT and t != "—"]
        if not 6 <= len(words) <= 45 or tokens[-1] in PUNCT or tokens[0] in PUNCT:
            continue
        if not all(_WORD_SHAPE_RE.fullmatch(w) for w in words):
            continue
        yield tokens


def _prose_paragraphs(text: str) -> Iterator[str]:
    """Paragraphs of reflowed prose: code blocks, lists and headings are left out."""
    for paragraph in re.split(r"\n\s*\n", text):
        lines = paragraph.splitlines()
        if not lines or any(line[:1].isspace() for line in lines):
            continue
        if any(set(line.strip()) <= set("*=-~^#") for line in lines):
            continue
        yield paragraph


def _stdlib_docstrings() -> Iterator[str]:
    root = sysconfig.get_paths()["stdlib"]
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    tree = ast.parse(handle.read())
            except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
                continue
            for node in ast.walk(tree):
                if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                    doc = ast.get_docstring(node, clean=True)
                    if doc:
                        yield doc


def _reference_topics() -> Iterator[str]:
    try:
        from pydoc_data.topics import topics
    except ImportError:  # some distributions split pydoc_data out; docstrings suffice
        return
    for key in sorted(topics):
        yield topics[key]


def _article_bodies() -> Iterator[str]:
    from reader.library.loading import load_library

    for article in sorted(load_library().articles, key=lambda a: a.id):
        # Quotation marks and brackets are dropped so quoted sentences are usable too.
        yield re.sub(r"[“”\"()]", "", article.body)


def training_sentences() -> list[tuple[list[str], int]]:
    """Every training sentence as (tokens, weight), in a fixed order."""
    out: list[tuple[list[str], int]] = []
    for source, weight in ((_stdlib_docstrings, 1), (_reference_topics, 1), (_article_bodies, ARTICLE_WEIGHT)):
        for text in source():
            for paragraph in _prose_paragraphs(text):
                out.extend((tokens, weight) for tokens in _clean_sentences(paragraph))
    return out


# --- the generator --------------------------------------------------------------------


class ProseModel:
    """A word Markov chain that writes sentences (token lists ending in ``"."``)."""

    def __init__(self, sentences: list[tuple[list[str], int]]):
        order2: dict[tuple[str, str], list[str]] = {}
        order1: dict[str, list[str]] = {}
        counts: dict[str, int] = {}
        for tokens, weight in sentences:
            padded = ["", "", *tokens, END]
            for k in range(2, len(padded)):
                nxt = [padded[k]] * weight
                order2.setdefault((padded[k - 2], padded[k - 1]), []).extend(nxt)
                order1.setdefault(padded[k - 1], []).extend(nxt)
            for token in tokens:
                if token not in PUNCT and token != "—":
                    counts[token] = counts.get(token, 0) + weight
        self.order2 = {key: nxt for key, nxt in order2.items() if len(set(nxt)) >= MIN_BRANCHING}
        self.order1 = order1
        # Replacement vocabulary for edits: lower-case content words, each entered once per
        # occurrence so common words are drawn more often (as a thesaurus' common synonyms).
        self.content_words = [
            w for w, n in sorted(counts.items()) if w.islower() and w.isalpha() and w not in FUNCTION_WORDS
            for _ in range(min(n, 50))
        ]
        self.function_words = sorted(w for w in FUNCTION_WORDS if w in counts)

    def sentence(self, rng: Random, min_words: int = 6, max_words: int = 40) -> list[str]:
        """One sentence of ``min_words`` to ``max_words`` words, ending with ``"."``."""
        while True:
            tokens: list[str] = []
            prev2, prev1 = "", ""
            words = 0
            while words <= max_words:
                successors = self.order2.get((prev2, prev1)) or self.order1[prev1]
                token = rng.choice(successors)
                if token == END:
                    break
                tokens.append(token)
                if token not in PUNCT and token != "—":
                    words += 1
                prev2, prev1 = prev1, token
            else:
                continue
            while tokens and (tokens[-1] in PUNCT or tokens[-1] == "—"):
                tokens.pop()
            if min_words <= words <= max_words and tokens:
                return [*tokens, END]

    def sentences(self, rng: Random, n_words: int) -> list[list[str]]:
        """Sentences adding up to at least ``n_words`` words."""
        out: list[list[str]] = []
        total = 0
        while total < n_words:
            sentence = self.sentence(rng)
            out.append(sentence)
            total += count_words(sentence)
        return out


@functools.lru_cache(maxsize=1)
def model() -> ProseModel:
    """The shared generator (built once per process: about three seconds)."""
    return ProseModel(training_sentences())


# --- tokens and text --------------------------------------------------------------------

_PIECE_RE = re.compile(r"\n\s*\n|[A-Za-z0-9][A-Za-z0-9’'.,-]*[A-Za-z0-9]|[A-Za-z0-9]|[^\sA-Za-z0-9]")


def is_word(token: str) -> bool:
    return token[:1].isalnum()


def count_words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if is_word(t))


def tokenize(text: str) -> list[str]:
    """Split prose into words, punctuation and paragraph breaks (``PARA``)."""
    return [PARA if piece.isspace() else piece for piece in _PIECE_RE.findall(text)]


def render(tokens: list[str]) -> str:
    """Join tokens back into text: punctuation hugs the word before it."""
    out: list[str] = []
    for token in tokens:
        if token == PARA:
            out.append(PARA)
        elif token in PUNCT or token == END:
            out.append(token)
        else:
            if out and out[-1] != PARA:
                out.append(" ")
            out.append(token)
    return "".join(out).strip()


def _recapitalise(tokens: list[str]) -> list[str]:
    """Upper-case the first letter of each sentence's first word."""
    out = []
    start = True
    for token in tokens:
        if start and is_word(token):
            token = token[0].upper() + token[1:]
            start = False
        elif token in (END, PARA):
            start = True
        out.append(token)
    return out


def _paragraphs(rng: Random, sentences: list[list[str]]) -> str:
    """Group sentences into news-style paragraphs of one to four sentences."""
    tokens: list[str] = []
    left_in_paragraph = rng.randint(1, 4)
    for sentence in sentences:
        if left_in_paragraph == 0:
            tokens.append(PARA)
            left_in_paragraph = rng.randint(1, 4)
        tokens.extend(sentence)
        left_in_paragraph -= 1
    return render(tokens)


def make_document(rng: Random, n_words: int) -> str:
    """About ``n_words`` words of prose in paragraphs separated by blank lines."""
    return _paragraphs(rng, model().sentences(rng, n_words))


def make_passage(rng: Random, n_words: int) -> str:
    """A source passage: whole sentences adding up to about ``n_words`` words."""
    return _paragraphs(rng, model().sentences(rng, n_words))


# --- obfuscations -----------------------------------------------------------------------


def _with_case_of(word: str, like: str) -> str:
    if len(like) > 1 and like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _other_word(rng: Random, word: str) -> str:
    """A different vocabulary word of the same sort (content or function word)."""
    pool = model().function_words if word.lower() in FUNCTION_WORDS else model().content_words
    while True:
        candidate = rng.choice(pool)
        if candidate != word.lower():
            return _with_case_of(candidate, word)


def verbatim(rng: Random, passage: str) -> str:
    return passage


def light_edit(rng: Random, passage: str) -> str:
    """A copy editor's touch: 1-3 substitutions, 0-2 insertions and deletions, and one or
    two punctuation or case changes."""
    tokens = tokenize(passage)
    words = [k for k, t in enumerate(tokens) if is_word(t)]
    for k in rng.sample(words, min(len(words), rng.randint(1, 3))):
        tokens[k] = _other_word(rng, tokens[k])
    for _ in range(rng.randint(0, 2)):
        words = [k for k, t in enumerate(tokens) if is_word(t)]
        if len(words) > 5:
            del tokens[rng.choice(words[1:])]
    for _ in range(rng.randint(0, 2)):
        words = [k for k, t in enumerate(tokens) if is_word(t)]
        tokens.insert(rng.choice(words[1:] or words), rng.choice(model().content_words))
    for _ in range(rng.randint(1, 2)):
        tokens = _punctuation_or_case_tweak(rng, tokens)
    return render(_recapitalise(tokens))


def _punctuation_or_case_tweak(rng: Random, tokens: list[str]) -> list[str]:
    tokens = list(tokens)
    commas = [k for k, t in enumerate(tokens) if t == ","]
    words = [k for k, t in enumerate(tokens) if is_word(t)]
    inner = [k for k in words[1:-1] if tokens[k + 1] not in PUNCT and tokens[k + 1] != END]
    choice = rng.randrange(3)
    if choice == 0 and commas:
        del tokens[rng.choice(commas)]
    elif choice == 1 and inner:
        tokens.insert(rng.choice(inner) + 1, ",")
    else:
        k = rng.choice(words)
        word = tokens[k]
        tokens[k] = word.lower() if word[:1].isupper() else word[:1].upper() + word[1:]
    return tokens


def spin(rng: Random, passage: str, p: float, indel: float = 0.03) -> str:
    """Replace a fraction ``p`` of the words with other words of the vocabulary (content
    words first, keeping capitalisation), then insert and delete about ``indel`` of the
    words each."""
    tokens = tokenize(passage)
    words = [k for k, t in enumerate(tokens) if is_word(t)]
    content = [k for k in words if tokens[k].lower() not in FUNCTION_WORDS]
    function = [k for k in words if tokens[k].lower() in FUNCTION_WORDS]
    rng.shuffle(content)
    rng.shuffle(function)
    for k in (content + function)[: round(p * len(words))]:
        tokens[k] = _other_word(rng, tokens[k])
    out: list[str] = []
    for token in tokens:
        if is_word(token):
            if rng.random() < indel:
                out.append(rng.choice(model().content_words))
            if rng.random() < indel and len(out) > 1:
                continue
        out.append(token)
    return render(_recapitalise(out))


#: Category name -> how its suspicious-side passages are made from the source passage.
OBFUSCATIONS = {
    "verbatim": verbatim,
    "light_edit": light_edit,
    "spin10": functools.partial(spin, p=0.10),
    "spin20": functools.partial(spin, p=0.20),
    "spin25": functools.partial(spin, p=0.25),
    "spin30": functools.partial(spin, p=0.30),
}
#: Every category make_case knows: the obfuscations plus three structural ones.
CATEGORIES = (*OBFUSCATIONS, "reorder", "single", "unrelated")
MIXED = ("verbatim", "light_edit", "spin10", "spin20")


# --- cases ------------------------------------------------------------------------------

Span = tuple[int, int, int, int]


class Case(NamedTuple):
    """A document pair and the planted passages: (a_start, a_end, b_start, b_end) each."""

    a: str
    b: str
    truth: list[Span]


@dataclass
class _Unit:
    text: str
    passage: int | None = None  # index into the passages, None for host text
    para_after: bool = False  # host text: a paragraph ends after this sentence


def _host_units(rng: Random, n_words: int) -> list[_Unit]:
    units = []
    left = rng.randint(1, 4)
    for sentence in model().sentences(rng, n_words):
        left -= 1
        units.append(_Unit(render(sentence), para_after=left == 0))
        if left == 0:
            left = rng.randint(1, 4)
    return units


def _assemble(rng: Random, host: list[_Unit], passages: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Insert the passages, in the order given, at random sentence boundaries of the
    host; return the text and each passage's (start, end)."""
    slots = sorted(rng.sample(range(len(host) + 1), len(passages))) if len(passages) <= len(host) + 1 \
        else sorted(rng.choices(range(len(host) + 1), k=len(passages)))
    units: list[_Unit] = []
    taken = 0
    for k in range(len(host) + 1):
        while taken < len(passages) and slots[taken] == k:
            units.append(_Unit(passages[taken], passage=taken))
            taken += 1
        if k < len(host):
            units.append(host[k])
    parts: list[str] = []
    spans: list[tuple[int, int]] = [(0, 0)] * len(passages)
    length = 0
    for k, unit in enumerate(units):
        if k:
            prev = units[k - 1]
            if prev.passage is None and unit.passage is None:
                sep = PARA if prev.para_after else " "
            else:
                sep = PARA if rng.random() < 0.6 else " "
            parts.append(sep)
            length += len(sep)
        if unit.passage is not None:
            spans[unit.passage] = (length, length + len(unit.text))
        parts.append(unit.text)
        length += len(unit.text)
    return "".join(parts), spans


def _quoted(rng: Random, sentence: str) -> tuple[str, int, int]:
    """The sentence as a quotation with attribution, and its span inside."""
    speaker = rng.choice(["the judge", "a spokesperson", "the official", "one lawyer", "the senator"])
    if rng.random() < 0.5:
        before = f"{speaker[0].upper()}{speaker[1:]} said: “"
        return before + sentence + "”", len(before), len(before) + len(sentence)
    text = f"“{sentence[:-1]},” {speaker} said."
    return text, 1, 1 + len(sentence) - 1


def _word_runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9’']+", text)]
    return {tuple(words[k : k + n]) for k in range(len(words) - n + 1)}


def chance_overlap(a: str, b: str, n: int = MAX_CHANCE_RUN) -> bool:
    """Whether two texts share a run of ``n`` words (ignoring case and punctuation)."""
    return bool(_word_runs(a, n) & _word_runs(b, n))


def _independent_hosts(rng: Random, words_a: int, words_b: int, extra: list[str]) -> tuple[list[_Unit], list[_Unit]]:
    """Two host texts that share no run of MAX_CHANCE_RUN words with each other or with
    the planted passages, so every long match in a case is a planted one."""
    host_a = _host_units(rng, words_a)
    text_a = " ".join(u.text for u in host_a)
    planted = " ".join(extra)
    while True:
        host_b = _host_units(rng, words_b)
        text_b = " ".join(u.text for u in host_b)
        if not chance_overlap(text_a, text_b) and not chance_overlap(planted, text_a + " " + text_b):
            return host_a, host_b
        host_a = _host_units(rng, words_a)
        text_a = " ".join(u.text for u in host_a)


def make_case(
    rng: Random,
    kind: str,
    *,
    n_passages: int | None = None,
    host_words: tuple[int, int] = (400, 1500),
    passage_words: tuple[int, int] = (40, 250),
) -> Case:
    """One document pair of category ``kind`` (see :data:`CATEGORIES`).

    Document A holds the source passages, document B their obfuscated copies, each in
    its own independently generated host text. ``single`` plants one sentence of 12-30
    words (half the time quoted with attribution in B); ``reorder`` plants 2-4 verbatim
    passages in a shuffled order; ``unrelated`` plants nothing.
    """
    if kind not in CATEGORIES:
        raise ValueError(f"unknown category {kind!r}; known: {', '.join(CATEGORIES)}")
    if kind == "unrelated":
        count = 0
    elif kind == "single":
        count = 1
    elif kind == "reorder":
        count = n_passages or rng.randint(2, 4)
    else:
        count = n_passages or rng.randint(1, 4)

    quote_span = None
    if kind == "single":
        sources = [render(model().sentence(rng, min_words=12, max_words=30))]
        copies = list(sources)
        if rng.random() < 0.5:
            copies[0], *quote_span = _quoted(rng, sources[0])
    else:
        sources = [make_passage(rng, rng.randint(*passage_words)) for _ in range(count)]
        obfuscate = OBFUSCATIONS.get(kind, verbatim)
        copies = [obfuscate(rng, s) for s in sources]

    order = list(range(count))
    if kind == "reorder":
        while order == sorted(order):
            rng.shuffle(order)

    host_a, host_b = _independent_hosts(rng, rng.randint(*host_words), rng.randint(*host_words), sources + copies)
    a, spans_a = _assemble(rng, host_a, sources)
    b, spans_b = _assemble(rng, host_b, [copies[k] for k in order])
    b_of = {k: spans_b[pos] for pos, k in enumerate(order)}
    truth = []
    for k in range(count):
        b_start, b_end = b_of[k]
        if quote_span:
            b_start, b_end = b_start + quote_span[0], b_start + quote_span[1]
        truth.append((*spans_a[k], b_start, b_end))
    return Case(a, b, truth)


def make_pair(rng: Random, n_words: int, shared_fraction: float = 0.3) -> Case:
    """Two documents of about ``n_words`` words each, sharing passages of 40-250 words
    (mixed obfuscation: verbatim, light edits, 10% and 20% spin) that make up about
    ``shared_fraction`` of each. Built for timing: hosts are not checked for chance
    overlap."""
    shared = int(n_words * shared_fraction)
    sources: list[str] = []
    while sum(len(s.split()) for s in sources) < shared:
        sources.append(make_passage(rng, rng.randint(40, 250)))
    copies = [OBFUSCATIONS[rng.choice(MIXED)](rng, s) for s in sources]
    host_words = max(n_words - shared, 50)
    a, spans_a = _assemble(rng, _host_units(rng, host_words), sources)
    b, spans_b = _assemble(rng, _host_units(rng, host_words), copies)
    return Case(a, b, [(*sa, *sb) for sa, sb in zip(spans_a, spans_b, strict=True)])


@dataclass
class Library:
    """Generated articles; each group lists articles that share a planted passage."""

    texts: list[str]
    groups: list[list[int]]

    def related_pairs(self) -> set[tuple[int, int]]:
        """Every ordered pair (i, j), i != j, of articles in the same group."""
        return {(i, j) for g in self.groups for i in g for j in g if i != j}


def make_library(
    rng: Random,
    n_articles: int,
    words: tuple[int, int] = (200, 1200),
    grouped_fraction: float = 0.2,
) -> Library:
    """``n_articles`` articles of ``words`` words; about ``grouped_fraction`` of them are
    in groups of 2-4 that share one passage of 50-150 words (the first member has it
    verbatim, the others with mixed obfuscation). Everything else is unrelated."""
    order = list(range(n_articles))
    rng.shuffle(order)
    groups: list[list[int]] = []
    budget = int(n_articles * grouped_fraction)
    while budget >= 2 and order:
        size = min(rng.randint(2, 4), budget, len(order))
        if size < 2:
            break
        groups.append(sorted(order[:size]))
        del order[:size]
        budget -= size
    planted: dict[int, str] = {}
    for group in groups:
        source = make_passage(rng, rng.randint(50, 150))
        for rank, member in enumerate(group):
            planted[member] = source if rank == 0 else OBFUSCATIONS[rng.choice(MIXED)](rng, source)
    texts = []
    for k in range(n_articles):
        host = _host_units(rng, rng.randint(*words))
        passages = [planted[k]] if k in planted else []
        texts.append(_assemble(rng, host, passages)[0])
    return Library(texts, groups)


if __name__ == "__main__":  # a quick look at the output
    import sys

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    demo = make_case(Random(seed), sys.argv[2] if len(sys.argv) > 2 else "spin20")
    for a_start, a_end, b_start, b_end in demo.truth:
        print("A:", demo.a[a_start:a_end], "\nB:", demo.b[b_start:b_end], "\n")
    print("--- A ---\n" + demo.a[:1500])


def write_articles(folder: Path, ids: Sequence[str], meta: Sequence[dict[str, str]],
                   bodies: Sequence[str]) -> list[Path]:
    """Each article as ``folder/ID.md``, Markdown with its metadata as front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for id_, fields, body in zip(ids, meta, bodies, strict=True):
        head = "".join(f"{k}: {json.dumps(v)}\n" for k, v in fields.items())
        path = folder / f"{id_}.md"
        path.write_text(f"---\n{head}---\n{body}", encoding="utf-8")
        paths.append(path)
    return paths
