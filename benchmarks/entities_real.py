"""People, organisations and places against CoNLL-2003's English named entities (Reuters, out of sample).

    python -m benchmarks.entities_real [--data DIR] [--split testa|train] [--limit N] [--json]

The data is ``../shared/data/conll2003/eng.testa`` (development set, the default) or
``eng.train`` beside the repository (``--data`` names another ``data`` folder). It is research
material under other people's terms: read from there, never copied into the repository. When
it is absent the benchmark says so and exits 0.

**Text.** Each ``-DOCSTART-`` document is rebuilt: a sentence's tokens joined by single
spaces, one sentence per line (so ``Smith , who`` keeps CoNLL's tokenisation; the first
sentences of a story are usually its all-caps headline and a dateline, as in a feed).
Every token's character offsets are kept, and each gold entity (a run of ``B-``/``I-`` tags
of one type, IOB1 or IOB2) becomes a character span from its first token's start to its
last token's end.

**Scoring.** :func:`reader.analysis.entities.extract_entities` runs on the whole document;
every mention of a ``person``, ``organization`` or ``place`` entity is a prediction typed
``PER``, ``ORG`` or ``LOC`` (dates and figures are left out). ``MISC`` has no counterpart in
reader: ``MISC`` gold spans are not scored, and a prediction overlapping one is neither right
nor wrong (dropped). A prediction is right when a gold span has exactly its start, end and
type (**exact**). Also shown: **untyped** (exact span, any of the three types, so type
confusions are told from boundary errors) and **overlap** (same type, spans share a
character; one to one). Precision, recall and F1 overall (micro) and per type.

**Running prose.** The same scores restricted to sentences of at least 8 tokens that read as
prose: not an all-caps headline (no lower-case letter), at least a third of the word tokens
starting lower-case, and under a quarter of the tokens numbers (sports results, tables and
lists fail this). Predictions and gold spans count when they lie inside such a sentence.

Speed: time inside ``extract_entities`` per 1,000 tokens, and the machine's core count.
Errors are counted by class and by the kind of line they stand in (running prose, headline in
capitals, rows of numbers, other short lines), never printed with their text.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SUBDIR = "conll2003"
SPLITS = {"testa": "eng.testa", "train": "eng.train"}
TYPES = ("PER", "ORG", "LOC")
READER_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]                 # the NER column, e.g. I-PER, B-LOC, O


@dataclass
class Document:
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str


@dataclass
class Rebuilt:
    """A document as text, with its token offsets, gold spans and sentence spans."""

    text: str
    offsets: list[list[tuple[int, int]]]          # per sentence, per token
    gold: list[Span]
    sentences: list[tuple[int, int]]
    prose: list[bool]


def parse_conll(text: str) -> list[Document]:
    """Documents of a CoNLL-2003 file (token POS chunk NER per line; ``-DOCSTART-`` lines
    separate documents, blank lines sentences). Lines before the first ``-DOCSTART-`` form a
    document too."""
    docs: list[Document] = []
    current: Document | None = None
    sentence: Sentence | None = None
    for line in text.split("\n"):
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            current = Document()
            docs.append(current)
            sentence = None
            continue
        if not cols:
            sentence = None
            continue
        if current is None:
            current = Document()
            docs.append(current)
        if sentence is None:
            sentence = Sentence([], [])
            current.sentences.append(sentence)
        sentence.tokens.append(cols[0])
        sentence.tags.append(cols[-1])
    return [d for d in docs if d.sentences]


def entity_runs(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each entity in a sentence's tags: a ``B-``
    tag or a change of type starts a new entity (IOB1 and IOB2 alike)."""
    runs: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if tag == "O" or prefix == "B" or t != kind:
            if start is not None and kind is not None:
                runs.append((start, i, kind))
            start, kind = (i, t) if tag != "O" else (None, None)
    return runs


_NUMBER_RE = re.compile(r"^[\d.,:/%+-]+$")


def is_prose(tokens: Sequence[str]) -> bool:
    """At least 8 tokens, some lower case, a third of the words lower-case initial, under a
    quarter numbers."""
    if len(tokens) < 8:
        return False
    words = [t for t in tokens if t[0].isalpha()]
    if not words or not any(c.islower() for t in words for c in t):
        return False
    lower = sum(1 for t in words if t[0].islower())
    numbers = sum(1 for t in tokens if _NUMBER_RE.match(t) and any(c.isdigit() for c in t))
    return lower * 3 >= len(words) and numbers * 4 < len(tokens)


def rebuild(doc: Document) -> Rebuilt:
    """The document's text (tokens joined by spaces, one sentence a line) with offsets."""
    parts: list[str] = []
    pos = 0
    offsets: list[list[tuple[int, int]]] = []
    sentences: list[tuple[int, int]] = []
    gold: list[Span] = []
    for s in doc.sentences:
        if parts:
            parts.append("\n")
            pos += 1
        first = pos
        toks: list[tuple[int, int]] = []
        for k, tok in enumerate(s.tokens):
            if k:
                parts.append(" ")
                pos += 1
            toks.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
        offsets.append(toks)
        sentences.append((first, pos))
        gold.extend(Span(toks[a][0], toks[b - 1][1], t) for a, b, t in entity_runs(s.tags))
    return Rebuilt("".join(parts), offsets, gold, sentences, [is_prose(s.tokens) for s in doc.sentences])


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def predictions(entities: Iterable[Any]) -> list[Span]:
    """Reader's person/organization/place mentions as typed spans (duplicates once)."""
    out = {Span(s, e, READER_TYPES[ent.type]) for ent in entities if ent.type in READER_TYPES
           for s, e in ent.mentions}
    return sorted(out, key=lambda sp: (sp.start, sp.end, sp.type))


COUNT_KEYS = ("gold", "pred", "exact", "untyped_p", "untyped_r", "overlap")


def _empty() -> dict[str, dict[str, int]]:
    return {t: dict.fromkeys(COUNT_KEYS, 0) for t in (*TYPES, "all")}


def score(gold: Sequence[Span], pred: Sequence[Span]) -> dict[str, dict[str, int]]:
    """Counts per type and ``all``. MISC gold spans are not scored and predictions that
    overlap one are dropped. ``untyped_p`` counts predictions (by their type) whose span is a
    gold span of any type, ``untyped_r`` gold spans (by their type) predicted with any type."""
    misc = [g for g in gold if g.type == "MISC"]
    scored = [g for g in gold if g.type in TYPES]
    kept = [p for p in pred if not any(_overlaps(p, m) for m in misc)]
    c = _empty()
    exact = {(g.start, g.end, g.type) for g in scored}
    spans = {(g.start, g.end) for g in scored}
    found = {(p.start, p.end) for p in kept}
    for g in scored:
        c[g.type]["gold"] += 1
        c[g.type]["untyped_r"] += (g.start, g.end) in found
    for p in kept:
        c[p.type]["pred"] += 1
        c[p.type]["exact"] += (p.start, p.end, p.type) in exact
        c[p.type]["untyped_p"] += (p.start, p.end) in spans
    used: set[int] = set()
    for p in kept:
        for j, g in enumerate(scored):
            if j not in used and g.type == p.type and _overlaps(p, g):
                used.add(j)
                c[p.type]["overlap"] += 1
                break
    for k in COUNT_KEYS:
        c["all"][k] = sum(c[t][k] for t in TYPES)
    return c


def inside(spans: Sequence[Span], regions: Sequence[tuple[int, int]]) -> list[Span]:
    """The spans that lie within one of ``regions``."""
    return [s for s in spans if any(a <= s.start and s.end <= b for a, b in regions)]


def add(total: dict[str, dict[str, int]], counts: dict[str, dict[str, int]]) -> None:
    for t, row in counts.items():
        for k, v in row.items():
            total[t][k] += v


def _div(a: int, b: int) -> float | None:
    return a / b if b else None


def prf(c: dict[str, int], key: str = "exact") -> dict[str, float | None]:
    """Precision, recall, F1 of ``key`` (exact, overlap, or untyped: untyped_p over untyped_r)."""
    hit_p, hit_r = (c["untyped_p"], c["untyped_r"]) if key == "untyped" else (c[key], c[key])
    p, r = _div(hit_p, c["pred"]), _div(hit_r, c["gold"])
    f1 = None if p is None or r is None else (2 * p * r / (p + r) if p + r else 0.0)
    return {"precision": p, "recall": r, "f1": f1}


def evaluate(path: Path, limit: int | None = None) -> dict[str, Any]:
    from reader.analysis.entities import extract_entities
    from reader.library.model import Article

    docs = parse_conll(path.read_text(encoding="utf-8"))
    docs = docs[:limit] if limit else docs
    total, prose = _empty(), _empty()
    seconds = 0.0
    tokens = prose_sentences = sentences = 0
    crashes: list[dict[str, str]] = []
    errors: list[dict[str, Any]] = []
    for n, doc in enumerate(docs):
        rebuilt = rebuild(doc)
        tokens += sum(len(s.tokens) for s in doc.sentences)
        sentences += len(doc.sentences)
        prose_sentences += sum(rebuilt.prose)
        article = Article(id=f"doc{n}", body=rebuilt.text, title="", words=len(rebuilt.text.split()))
        started = time.perf_counter()
        try:
            ents = extract_entities(article)
        except Exception as exc:      # a crash is a finding: score the document as finding nothing
            ents = []
            crashes.append({"document": str(n), "error": f"{type(exc).__name__}: {exc}"[:200]})
        seconds += time.perf_counter() - started
        pred = predictions(ents)
        add(total, score(rebuilt.gold, pred))
        regions = [r for r, ok in zip(rebuilt.sentences, rebuilt.prose, strict=True) if ok]
        add(prose, score(inside(rebuilt.gold, regions), inside(pred, regions)))
        errors.extend({"document": n, "where": line_kind(rebuilt, e["start"]), **e}
                      for e in error_classes(rebuilt.gold, pred))
    classes: dict[str, int] = {}
    wheres: dict[str, int] = {}
    for e in errors:
        classes[e["class"]] = classes.get(e["class"], 0) + 1
        wheres[e["where"]] = wheres.get(e["where"], 0) + 1
    return {"data": str(path), "documents": len(docs), "sentences": sentences, "prose_sentences": prose_sentences,
            "tokens": tokens, "seconds": seconds, "cores": os.cpu_count(), "crashes": crashes,
            "counts": total, "prose_counts": prose,
            "metrics": {t: {k: prf(total[t], k) for k in ("exact", "untyped", "overlap")} for t in total},
            "prose_metrics": {t: {k: prf(prose[t], k) for k in ("exact", "untyped", "overlap")} for t in prose},
            "error_classes": dict(sorted(classes.items(), key=lambda kv: -kv[1])),
            "errors_where": dict(sorted(wheres.items(), key=lambda kv: -kv[1]))}


def line_kind(rebuilt: Rebuilt, offset: int) -> str:
    """The kind of sentence ``offset`` lies in: ``prose``, ``headline`` (no lower-case letter),
    ``rows`` (a quarter or more of its tokens numbers) or ``short`` (other non-prose lines)."""
    k = max(bisect.bisect_right([a for a, _ in rebuilt.sentences], offset) - 1, 0)
    if rebuilt.prose[k]:
        return "prose"
    a, b = rebuilt.sentences[k]
    line = rebuilt.text[a:b]
    if not any(ch.islower() for ch in line):
        return "headline"
    tokens = line.split()
    numbers = sum(1 for t in tokens if _NUMBER_RE.match(t) and any(ch.isdigit() for ch in t))
    return "rows" if numbers * 4 >= len(tokens) else "short"


def error_classes(gold: Sequence[Span], pred: Sequence[Span]) -> list[dict[str, Any]]:
    """Each scored miss and false prediction, classed: ``wrong type X->Y`` (same span),
    ``boundary`` (same type, overlapping), ``missed X``, ``spurious Y``."""
    misc = [g for g in gold if g.type == "MISC"]
    scored = [g for g in gold if g.type in TYPES]
    kept = [p for p in pred if not any(_overlaps(p, m) for m in misc)]
    exact = {(p.start, p.end, p.type) for p in kept}
    out: list[dict[str, Any]] = []
    for g in scored:
        if (g.start, g.end, g.type) in exact:
            continue
        same_span = [p for p in kept if (p.start, p.end) == (g.start, g.end)]
        near = [p for p in kept if p.type == g.type and _overlaps(p, g)]
        if same_span:
            cls = f"wrong type {g.type}->{same_span[0].type}"
        elif near:
            cls = f"boundary {g.type}"
        else:
            cls = f"missed {g.type}"
        out.append({"class": cls, "start": g.start, "end": g.end})
    golds = {(g.start, g.end, g.type) for g in scored}
    for p in kept:
        if (p.start, p.end, p.type) not in golds and not any(_overlaps(p, g) for g in scored):
            out.append({"class": f"spurious {p.type}", "start": p.start, "end": p.end})
    return out


def _fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:.3f}"


def table(counts: dict[str, dict[str, int]]) -> str:
    """One row per type and overall: counts and exact / untyped / overlap P R F1 (under 110 columns)."""
    head = (f"{'type':<7} {'gold':>6} {'found':>6}  {'exact P':>7} {'R':>5} {'F1':>5}  "
            f"{'untyped P':>9} {'R':>5} {'F1':>5}  {'overlap P':>9} {'R':>5} {'F1':>5}")
    out = [head]
    for t in (*TYPES, "all"):
        c = counts[t]
        e, u, o = prf(c), prf(c, "untyped"), prf(c, "overlap")
        out.append(f"{t:<7} {c['gold']:>6} {c['pred']:>6}  {_fmt(e['precision']):>7} {_fmt(e['recall'])} "
                   f"{_fmt(e['f1'])}  {_fmt(u['precision']):>9} {_fmt(u['recall'])} {_fmt(u['f1'])}  "
                   f"{_fmt(o['precision']):>9} {_fmt(o['recall'])} {_fmt(o['f1'])}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--split", choices=sorted(SPLITS), default="testa", help="testa (default) or train")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    path = args.data / SUBDIR / SPLITS[args.split]
    if not path.is_file():
        print(f"CoNLL-2003 data not found at {path}; nothing to measure (see /work/shared/data/README.md).")
        return 0
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as cache:
        os.environ["READER_CACHE_DIR"] = cache
        result = evaluate(path, args.limit)
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"### CoNLL-2003 {args.split}: all sentences\n")
    print(table(result["counts"]))
    print(f"\n### Running prose ({result['prose_sentences']} of {result['sentences']} sentences)\n")
    print(table(result["prose_counts"]))
    per_k = 1000 * result["seconds"] / result["tokens"] if result["tokens"] else 0.0
    print(f"\n{result['documents']} documents, {result['tokens']:,} tokens; {len(result['crashes'])} crashes "
          "(scored as finding nothing).")
    print(f"extract_entities: {result['seconds']:.1f} s, {per_k * 1000:.1f} ms per 1,000 tokens "
          f"on {result['cores']} cores.")
    top = ", ".join(f"{k}: {v}" for k, v in list(result["error_classes"].items())[:10])
    print(f"Errors by class: {top}")
    print("Errors by kind of line: " + ", ".join(f"{k}: {v}" for k, v in result["errors_where"].items()))
    for c in result["crashes"]:
        print(f"  crash in document {c['document']}: {c['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
