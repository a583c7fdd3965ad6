"""Quotations and speakers against PolNeAR's hand-made attributions (real news, out of sample).

    python -m benchmarks.quotes_real [--data DIR] [--limit N] [--annotator metadata|first|ID] [--json]
                                     [--misses N] [--half even|odd]

The data is the PolNeAR training part (840 US election-2016 articles, seven outlets) in
``../shared/data/polnear-train`` beside the repository (``--data`` names another ``data``
folder). It is research material under other people's terms: it is read from there and
nothing of it is copied into the repository. When it is absent the benchmark says so and
exits 0.

**Text and offsets.** Each article is ``text/<id>.txt`` whole (the headline is its first line)
handed to :func:`reader.analysis.quotes.extract_quotes` as an :class:`~reader.library.model.Article`
body, so reader's offsets and the annotation's index the same string: brat offsets are
Python character offsets into the file *including* the headline line (checked: every ``T``
span's text equals ``text[start:end]``, discontinuous spans joined by a space).

**Annotator.** 16 articles were annotated by five or six annotators, the rest by one. The
default (``metadata``) takes the annotator ``metadata.tsv`` names when it names one, else the
alphabetically first annotator with a file; ``first`` always takes the alphabetically first;
an annotator id keeps only the articles that annotator did.

**Gold quotations.** Quote marks are paired in each paragraph (a line; double marks ``“ ” "
« »``, single ``‘ ’ '`` as primary quotes outside double ones, with the usual apostrophe
tests); a quote opened and not closed in its paragraph runs to the paragraph's end when the
next paragraph opens with a mark (a multi-paragraph quotation), as in reader. A quoted
stretch (the characters between the marks, edge white space left out: reader's convention)
is a gold quotation when at least half of it lies inside an attribution's ``Content`` span.
When several attributions contain it (``X said Y told him “…”``), the smallest ``Content``
span wins: its ``Source`` said the words. Quoted stretches outside every ``Content`` (scare
quotes, titles, nicknames) are not gold, so reader listing them costs precision.

**Spans.** *Exact*: same start and end. *Overlap*: the spans share a character; pairs are
matched one to one (greedily, most shared characters first).

**Speakers** (on overlap-matched quotes). The gold ``Source`` is classified: *none* (an
attribution without source), *name* (it has a capitalised word that is not a pronoun,
determiner or title: ``Spokeswoman Jane Roe``, ``the Smith campaign``), else *pronoun*
(``he``, ``they``) or *description* (``the senator``, ``officials``, and anything opening
with an indefinite word: ``a Smith campaign aide``, ``another Ohio voter``, whom reader is
right to leave unnamed).

* **strict**: only *name* sources are judged. Reader is right when its speaker's surname
  (last word, suffixes such as Jr. dropped) is one of the source's name words, or the
  source's last name word is one of the words of reader's speaker (case and possessives
  ignored). So ``Smith`` matches ``Jane Smith``; two people sharing a surname are not told
  apart (a known leniency).
* **lenient**: *name* sources as in strict; for a *pronoun* or *description* source reader is
  right when it names someone and that name's surname occurs, as a capitalised word, in the
  text before the source span, within the source's paragraph or the two before it: the
  nearest preceding mention that could be the antecedent. This approximates coreference
  without resolving it (it can accept a wrong person named nearby).

Rates, among matched quotes that have a gold source: **speaker acc** (right / judged),
**wrong** (reader names someone and is wrong, lenient rule), **null** (reader names nobody).
**Q+S F1**: end to end, a gold quotation counts when an overlapping reader quote has the
right speaker (lenient rule; for a gold quote without source, reader must name nobody);
precision over every reader quote, recall over every gold quote. The strict variant counts
pronoun and description sources as never right, so it is a lower bound.

``--misses N`` groups the speaker failures by kind (wrong, null), the gold source's
class, where the source stands (before or after the quote in its paragraph, or in an
earlier one) and reader's rule or its reason for no speaker, biggest class first, with N
examples of each printed from the corpus (nothing is written anywhere): fix classes, not
examples.

``--half even|odd`` scores only the even- or odd-numbered articles (0-based, in id order):
choose rules looking at one half, then measure them on the other (a split-half check against
overfitting to the development data).

Speed: the time spent inside ``extract_quotes`` per 1,000 words (whitespace-separated), and
the machine's core count, since the machine may be shared.
"""

from __future__ import annotations

import argparse
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
SUBDIR = "polnear-train"

# --- brat standoff --------------------------------------------------------------------

_T_RE = re.compile(r"^(T\d+)\t([\w-]+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_RE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass
class Annotation:
    """The parts of one brat file this benchmark uses."""

    spans: dict[str, tuple[str, list[tuple[int, int]]]] = field(default_factory=dict)   # id -> (type, parts)
    events: list[dict[str, list[str]]] = field(default_factory=list)                     # role -> span ids


def parse_ann(text: str) -> Annotation:
    """``T`` and ``E`` lines of a brat ``.ann`` file. A span's text may run over several lines
    (it keeps the text's line breaks); only the offsets are read, so those lines are skipped."""
    ann = Annotation()
    for line in text.split("\n"):
        m = _T_RE.match(line)
        if m:
            parts = [(int(a), int(b)) for a, b in (p.split() for p in m.group(3).split(";"))]
            ann.spans[m.group(1)] = (m.group(2), parts)
            continue
        m = _E_RE.match(line)
        if m:
            roles: dict[str, list[str]] = {}
            for arg in m.group(2).split():
                if ":" in arg:
                    role, ref = arg.split(":", 1)
                    roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
            ann.events.append(roles)
    return ann


# --- quote marks ----------------------------------------------------------------------

_DOUBLE = set("“”\"«»")
_OPEN_BEFORE = set(" \t\n([{—–-/\u00a0")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Each non-blank line, as (start, end)."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _opens(text: str, i: int, width: int, lo: int, hi: int) -> bool:
    """Whether the mark at ``i`` (``width`` characters) opens a quote, by its shape or context."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    if text[i] in "“«‘":
        return not (after.isspace() and before not in _OPEN_BEFORE)
    if text[i] in "”»’":
        return False
    return (before in _OPEN_BEFORE or before in _DOUBLE or before in "‘’'") and not after.isspace()


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isalnum() and after.isalnum()) or (after.isdigit() and not before.isalnum())


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(offset, width) of the double marks in a paragraph; two ASCII apostrophes (``''``, a
    typewriter convention in some feeds) count as one double mark."""
    marks, i = [], lo
    while i < hi:
        if text[i] in _DOUBLE:
            marks.append((i, 1))
        elif text.startswith("''", i) and not text.startswith("'''", i):
            marks.append((i, 2))
            i += 1
        i += 1
    return marks


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """Spans between paired quote marks (edge white space left out), in text order."""
    paras = paragraph_spans(text)
    out: list[tuple[int, int]] = []
    for k, (lo, hi) in enumerate(paras):
        doubles: list[tuple[int, int]] = []
        taken: set[int] = set()
        open_at: tuple[int, int] | None = None
        for i, width in _double_marks(text, lo, hi):
            taken.update(range(i, i + width))
            if open_at is None:
                if _opens(text, i, width, lo, hi):
                    open_at = (i, width)
            elif not _opens(text, i, width, lo, hi) or text[i] not in "“«":
                doubles.append((open_at[0] + open_at[1], i))
                open_at = None
        if open_at is not None and k + 1 < len(paras):
            nxt = paras[k + 1][0]
            if text[nxt] in "“\"«" or text.startswith("''", nxt):
                doubles.append((open_at[0] + open_at[1], hi))
        singles: list[tuple[int, int]] = []
        single_open: int | None = None
        for i in range(lo, hi):
            if text[i] not in "‘’'" or i in taken or any(a <= i < b for a, b in doubles):
                continue
            if _is_apostrophe(text, i, lo, hi):
                continue
            if single_open is None:
                if text[i] != "’" and _opens(text, i, 1, lo, hi):
                    single_open = i
            elif not _opens(text, i, 1, lo, hi) and (text[i - 1] not in "sS" or text[i - 2:i - 1] in set(".,!?")):
                singles.append((single_open + 1, i))
                single_open = None
        for a, b in sorted(doubles + singles):
            a, b = _trim(text, a, b)
            if b > a:
                out.append((a, b))
    return out


# --- gold -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    source: tuple[tuple[int, int], ...]      # the Source span(s); () when the attribution has none
    source_text: str


def _covered(span: tuple[int, int], parts: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in parts)


def gold_quotes(text: str, ann: Annotation) -> list[GoldQuote]:
    """Direct quotations: quoted stretches at least half inside a ``Content`` span, each
    with the ``Source`` of the smallest such ``Content``."""
    contents = []
    for ev in ann.events:
        parts = [p for ref in ev.get("Content", []) if ref in ann.spans for p in ann.spans[ref][1]]
        if not parts:
            continue
        source = tuple(p for ref in ev.get("Source", []) if ref in ann.spans for p in ann.spans[ref][1])
        contents.append((sum(b - a for a, b in parts), parts, source))
    out = []
    for a, b in quoted_stretches(text):
        best = None
        for size, parts, source in contents:
            if _covered((a, b), parts) * 2 >= b - a and (best is None or size < best[0]):
                best = (size, source)
        if best is not None:
            src = best[1]
            out.append(GoldQuote(a, b, src, " ".join(text[s:e] for s, e in src)))
    return out


# --- speakers -------------------------------------------------------------------------

PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "his", "its", "their", "who",
            "which", "that", "me", "us", "one", "someone", "this", "these", "those", "himself", "herself",
            "themselves", "everyone", "anyone", "nobody", "some", "many", "others", "both", "all"}
_NOT_NAME = PRONOUNS | {
    "the", "a", "an", "our", "my", "your", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with",
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "rev", "prof", "president", "senator", "sens", "reps",
    "governor", "secretary", "spokesman", "spokeswoman", "spokesperson", "judge", "former", "presidential",
    "candidate", "democratic", "republican", "gop", "democrat", "democrats", "republicans", "mayor", "chairman",
    "chairwoman", "speaker", "leader", "attorney", "general", "representative", "congressman",
    "congresswoman", "vice", "nominee", "sources", "officials", "aides", "aide", "adviser", "advisers",
    "supporters", "voters", "critics", "analysts", "experts", "polls", "poll", "reports", "report", "jr", "sr",
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_INDEFINITE = {"a", "an", "another", "one", "some", "several", "two", "three"}
_WORD_RE = re.compile(r"[^\W\d_][\w’'.-]*")


def _norm(word: str) -> str:
    w = word.replace("’", "'").casefold().strip(".-'")
    return re.sub(r"'s$", "", w)


def name_words(source: str) -> list[str]:
    """Normalised name words of a gold Source: capitalised words that are not pronouns,
    determiners or titles (an empty list means a pronoun or a description)."""
    return [_norm(w) for w in _WORD_RE.findall(source)
            if w[0].isupper() and _norm(w) and _norm(w) not in _NOT_NAME]


def source_class(source: str) -> str:
    """none, name, pronoun or description."""
    if not source.strip():
        return "none"
    first = _WORD_RE.search(source)
    if first and _norm(first.group(0)) in _INDEFINITE:      # "a campaign spokesman", "another Ohio voter"
        return "description"
    if name_words(source):
        return "name"
    words = [_norm(w) for w in _WORD_RE.findall(source)]
    return "pronoun" if words and all(w in PRONOUNS for w in words) else "description"


def speaker_words(speaker: str) -> list[str]:
    """Normalised words of reader's speaker, suffixes and titles dropped."""
    words = [_norm(w) for w in _WORD_RE.findall(speaker)]
    return [w for w in words if w and w not in _SUFFIXES and w not in {"mr", "mrs", "ms", "dr"}]


def surname(speaker: str) -> str | None:
    words = speaker_words(speaker)
    return words[-1] if words else None


def strict_match(speaker: str | None, source: str) -> bool:
    """Reader's speaker names the gold Source (a name): surname or last name word shared."""
    if not speaker:
        return False
    src = name_words(source)
    mine = speaker_words(speaker)
    if not src or not mine:
        return False
    return mine[-1] in src or src[-1] in mine


def lenient_match(speaker: str | None, source: str, text: str, source_start: int,
                  paras: Sequence[tuple[int, int]]) -> bool:
    """As :func:`strict_match` for a name; for a pronoun or description, reader's surname
    occurs capitalised before the source within its paragraph or the two before."""
    cls = source_class(source)
    if cls == "name":
        return strict_match(speaker, source)
    if not speaker or cls == "none":
        return False
    last = surname(speaker)
    if not last:
        return False
    k = max((i for i, (a, _) in enumerate(paras) if a <= source_start), default=0)
    lo = paras[max(0, k - 2)][0] if paras else 0
    words = (m.group(0) for m in _WORD_RE.finditer(text, lo, source_start))
    return any(w[0].isupper() and _norm(w) == last for w in words)


# --- matching and scoring -------------------------------------------------------------


def match_spans(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]],
                exact: bool) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs: identical spans, or overlapping spans
    paired greedily by shared characters (ties: text order)."""
    if exact:
        where = {g: j for j, g in enumerate(gold)}
        return [(i, where[p]) for i, p in enumerate(pred) if p in where]
    cands = []
    for i, (a, b) in enumerate(pred):
        for j, (c, d) in enumerate(gold):
            shared = min(b, d) - max(a, c)
            if shared > 0:
                cands.append((-shared, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(cands):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


COUNT_KEYS = ("articles", "words", "gold", "pred", "exact", "overlap", "judged_strict", "right_strict",
              "with_source", "right_lenient", "wrong", "null", "qs_strict", "qs_lenient", "pred_named")


def score_article(text: str, gold: Sequence[GoldQuote], predicted: Sequence[Any]) -> dict[str, Any]:
    """Counts for one article; ``predicted`` are reader Quotes (start, end, speaker)."""
    paras = paragraph_spans(text)
    pspans = [(q.start, q.end) for q in predicted]
    gspans = [(g.start, g.end) for g in gold]
    exact = match_spans(pspans, gspans, exact=True)
    overlap = match_spans(pspans, gspans, exact=False)
    c = dict.fromkeys(COUNT_KEYS, 0)
    c.update(articles=1, words=len(text.split()), gold=len(gold), pred=len(predicted), exact=len(exact),
             overlap=len(overlap), pred_named=sum(1 for q in predicted if q.speaker))
    failures: list[dict[str, Any]] = []
    for i, j in overlap:
        q, g = predicted[i], gold[j]
        cls = source_class(g.source_text)
        if cls == "none":
            ok = not q.speaker
            c["qs_strict"] += ok
            c["qs_lenient"] += ok
            continue
        c["with_source"] += 1
        strict = cls == "name" and strict_match(q.speaker, g.source_text)
        if cls == "name":
            c["judged_strict"] += 1
            c["right_strict"] += strict
        lenient = lenient_match(q.speaker, g.source_text, text, g.source[0][0], paras)
        c["right_lenient"] += lenient
        c["qs_strict"] += strict
        c["qs_lenient"] += lenient
        where = {"quote": [g.start, g.end], "source": [g.source[0][0], g.source[-1][1]], "source_class": cls,
                 "how": q.how, "speaker": q.speaker, "no_speaker": getattr(q, "no_speaker", None)}
        if not q.speaker:
            c["null"] += 1
            failures.append({"kind": "null", **where})
        elif not lenient:
            c["wrong"] += 1
            failures.append({"kind": "wrong", **where})
    matched_g = {j for _, j in overlap}
    matched_p = {i for i, _ in overlap}
    missed = [[g.start, g.end] for j, g in enumerate(gold) if j not in matched_g]
    extra = [[q.start, q.end] for i, q in enumerate(predicted) if i not in matched_p]
    return {"counts": c, "failures": failures, "missed": missed, "extra": extra}


def _div(a: float, b: float) -> float | None:
    return a / b if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def metrics(c: dict[str, int]) -> dict[str, float | None]:
    """Rates from summed counts."""
    ep, er = _div(c["exact"], c["pred"]), _div(c["exact"], c["gold"])
    op, orr = _div(c["overlap"], c["pred"]), _div(c["overlap"], c["gold"])
    return {
        "exact_p": ep, "exact_r": er, "exact_f1": _f1(ep, er),
        "overlap_p": op, "overlap_r": orr, "overlap_f1": _f1(op, orr),
        "speaker_strict": _div(c["right_strict"], c["judged_strict"]),
        "speaker_lenient": _div(c["right_lenient"], c["with_source"]),
        "wrong_rate": _div(c["wrong"], c["with_source"]),
        "null_rate": _div(c["null"], c["with_source"]),
        "qs_strict_f1": _f1(_div(c["qs_strict"], c["pred"]), _div(c["qs_strict"], c["gold"])),
        "qs_lenient_f1": _f1(_div(c["qs_lenient"], c["pred"]), _div(c["qs_lenient"], c["gold"])),
    }


def add(total: dict[str, int], counts: dict[str, int]) -> None:
    for k in COUNT_KEYS:
        total[k] = total.get(k, 0) + counts[k]


# --- data -----------------------------------------------------------------------------


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """metadata.tsv rows by filename."""
    lines = path.read_text(encoding="utf-8").split("\n")
    head = lines[0].split("\t")
    rows = {}
    for line in lines[1:]:
        if line.strip():
            row = dict(zip(head, line.split("\t"), strict=False))
            rows[row["filename"]] = row
    return rows


def pick_annotator(available: Iterable[str], listed: str | None, policy: str) -> str | None:
    """The annotator whose file is scored: ``metadata`` (the one metadata.tsv names when it
    names exactly one with a file, else the alphabetically first), ``first``, or an id."""
    have = sorted(available)
    if not have:
        return None
    if policy == "first":
        return have[0]
    if policy == "metadata":
        names = [n for n in (listed or "").split("|") if n]
        return names[0] if len(names) == 1 and names[0] in have else have[0]
    return policy if policy in have else None


def articles(root: Path, policy: str, limit: int | None, half: str | None = None) -> list[tuple[str, str, Path]]:
    """(article id, annotator, .ann path), sorted by id; ``half`` keeps the even-numbered
    (0, 2, 4, ... in that order) or the odd-numbered ones, for a split-half check."""
    meta = read_metadata(root / "metadata.tsv")
    by_id: dict[str, dict[str, Path]] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        art, annotator = p.stem.rsplit("_", 1)
        by_id.setdefault(art, {})[annotator] = p
    out = []
    for art in sorted(by_id):
        if not (root / "text" / f"{art}.txt").exists():
            continue
        who = pick_annotator(by_id[art], meta.get(art, {}).get("annotators"), policy)
        if who is not None:
            out.append((art, who, by_id[art][who]))
    if half is not None:
        out = out[{"even": 0, "odd": 1}[half]::2]
    return out[:limit] if limit else out


def evaluate(root: Path, policy: str = "metadata", limit: int | None = None,
             half: str | None = None) -> dict[str, Any]:
    from reader.analysis.quotes import extract_quotes
    from reader.library.model import Article

    meta = read_metadata(root / "metadata.tsv")
    total: dict[str, int] = dict.fromkeys(COUNT_KEYS, 0)
    outlets: dict[str, dict[str, int]] = {}
    classes: dict[str, int] = {}
    multi = 0
    per_article = {}
    seconds = 0.0
    crashes: list[dict[str, str]] = []
    for art, who, ann_path in articles(root, policy, limit, half):
        text = (root / "text" / f"{art}.txt").read_text(encoding="utf-8")
        ann = parse_ann(ann_path.read_text(encoding="utf-8"))
        gold = gold_quotes(text, ann)
        outlet = meta.get(art, {}).get("publisher") or art.split("_", 1)[0]
        multi += "|" in meta.get(art, {}).get("annotators", "")
        article = Article(id=art, body=text, title=text.split("\n", 1)[0], outlet=outlet,
                          words=len(text.split()))
        started = time.perf_counter()
        try:
            quotes = extract_quotes(article)
        except Exception as exc:      # a crash is a finding: score the article as finding nothing
            quotes = []
            crashes.append({"article": art, "error": f"{type(exc).__name__}: {exc}"[:200]})
        seconds += time.perf_counter() - started
        result = score_article(text, gold, quotes)
        for g in gold:
            cls = source_class(g.source_text)
            classes[cls] = classes.get(cls, 0) + 1
        add(total, result["counts"])
        add(outlets.setdefault(outlet, dict.fromkeys(COUNT_KEYS, 0)), result["counts"])
        per_article[art] = {"annotator": who, **result}
    return {"data": str(root), "annotator_policy": policy, "multi_annotated_articles": multi,
            "seconds": seconds, "crashes": crashes, "cores": os.cpu_count(), "gold_source_classes": classes,
            "overall": {"counts": total, "metrics": metrics(total)},
            "outlets": {o: {"counts": c, "metrics": metrics(c)} for o, c in sorted(outlets.items())},
            "articles": per_article}


# --- output ---------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:.3f}"


def table(result: dict[str, Any]) -> str:
    """Two tables under 110 columns: spans, then speakers, one row per outlet and overall."""
    rows = [*result["outlets"].items(), ("overall", result["overall"])]
    out = [f"{'outlet':<12} {'art':>4} {'gold':>5} {'found':>5}  {'ex P':>5} {'ex R':>5} {'ex F1':>5}  "
           f"{'ov P':>5} {'ov R':>5} {'ov F1':>5}"]
    for name, r in rows:
        c, m = r["counts"], r["metrics"]
        out.append(f"{name:<12} {c['articles']:>4} {c['gold']:>5} {c['pred']:>5}  {_fmt(m['exact_p'])} "
                   f"{_fmt(m['exact_r'])} {_fmt(m['exact_f1'])}  {_fmt(m['overlap_p'])} {_fmt(m['overlap_r'])} "
                   f"{_fmt(m['overlap_f1'])}")
    out.append("")
    out.append(f"{'outlet':<12} {'match':>5} {'named':>5} {'strict':>6} {'w/src':>5} {'lenient':>7} "
               f"{'wrong':>5} {'null':>5}  {'Q+S F1 strict':>13} {'Q+S F1 lenient':>14}")
    for name, r in rows:
        c, m = r["counts"], r["metrics"]
        out.append(f"{name:<12} {c['overlap']:>5} {c['judged_strict']:>5} {_fmt(m['speaker_strict']):>6} "
                   f"{c['with_source']:>5} {_fmt(m['speaker_lenient']):>7} {_fmt(m['wrong_rate'])} "
                   f"{_fmt(m['null_rate'])}  {_fmt(m['qs_strict_f1']):>13} {_fmt(m['qs_lenient_f1']):>14}")
    return "\n".join(out)


def summary(result: dict[str, Any]) -> str:
    c = result["overall"]["counts"]
    per_k = 1000 * result["seconds"] / c["words"] if c["words"] else 0.0
    classes = ", ".join(f"{k} {v}" for k, v in sorted(result["gold_source_classes"].items()))
    fails: dict[str, int] = {}
    for art in result["articles"].values():
        for f in art["failures"]:
            key = f"{f['kind']} ({f['source_class']}, rule {f['how']})"
            fails[key] = fails.get(key, 0) + 1
    top = ", ".join(f"{k}: {v}" for k, v in sorted(fails.items(), key=lambda kv: -kv[1])[:8])
    return (f"{c['articles']} articles ({result['multi_annotated_articles']} multi-annotated; annotator "
            f"policy '{result['annotator_policy']}'), {c['words']:,} words. Gold sources: {classes}.\n"
            f"extract_quotes: {result['seconds']:.1f} s, {per_k * 1000:.1f} ms per 1,000 words "
            f"on {result['cores']} cores.\n"
            "Columns: match = overlap-matched quotes; named = of those with a name source (strict);\n"
            "w/src = with any source (lenient, wrong, null rates).\n"
            f"Speaker failures (kind, gold source, reader's rule): {top}\n"
            f"extract_quotes crashed on {len(result['crashes'])} articles (scored as finding nothing)"
            + "".join(f"\n  {c['article']}: {c['error']}" for c in result["crashes"]))


def miss_class(text: str, failure: dict[str, Any]) -> str:
    """A failure's class: kind, gold source class, where the source is (before or after the
    quote in its paragraph, or in an earlier paragraph), and reader's rule or reason."""
    paras = paragraph_spans(text)
    (qa, _), (sa, _) = failure["quote"], failure["source"]
    qp = max((i for i, (a, _) in enumerate(paras) if a <= qa), default=0)
    sp = max((i for i, (a, _) in enumerate(paras) if a <= sa), default=0)
    where = ("earlier paragraph" if sp < qp else "later paragraph" if sp > qp
             else "before, same paragraph" if sa < qa else "after, same paragraph")
    rule = failure["how"] or failure.get("no_speaker") or "-"
    return f"{failure['kind']} | {failure['source_class']} | {where} | {rule}"


def misses(root: Path, result: dict[str, Any], examples: int) -> str:
    """Speaker failures grouped by :func:`miss_class`, biggest first, with up to ``examples``
    of each: the quote's paragraph (and the source's, when earlier), printed from the corpus
    and never stored. For development: classes to fix, not single examples."""
    groups: dict[str, list[str]] = {}
    for art, data in result["articles"].items():
        text = (root / "text" / f"{art}.txt").read_text(encoding="utf-8")
        paras = paragraph_spans(text)
        for f in data["failures"]:
            lo = min(f["quote"][0], f["source"][0])
            hi = max(f["quote"][1], f["source"][1])
            a = max((p for p in paras if p[0] <= lo), default=(0, 0))[0]
            b = min((p for p in paras if p[1] >= hi), default=(0, len(text)))[1]
            snippet = text[a:b].replace("\n", " ")
            snippet = snippet if len(snippet) <= 400 else snippet[:150] + " … " + snippet[-250:]
            groups.setdefault(miss_class(text, f), []).append(
                f"  {art}: source {text[f['source'][0]:f['source'][1]]!r}, reader {f['speaker']!r}\n    {snippet}")
    out = []
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        out.append(f"{len(rows):5d}  {key}")
        out.extend(rows[:examples])
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles (by id)")
    parser.add_argument("--annotator", default="metadata",
                        help="metadata (default), first, or an annotator id (only that annotator's articles)")
    parser.add_argument("--half", choices=("even", "odd"), default=None,
                        help="only the even- or odd-numbered articles (by id order): choose rules on one "
                             "half, measure them on the other")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--misses", type=int, metavar="N", default=None,
                        help="print the speaker failures by class, with N examples of each (development)")
    args = parser.parse_args(argv)
    root = args.data / SUBDIR
    if not (root / "text").is_dir() or not (root / "attributions").is_dir():
        print(f"PolNeAR data not found at {root}; nothing to measure (see /work/shared/data/README.md).")
        return 0
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as cache:
        os.environ["READER_CACHE_DIR"] = cache
        result = evaluate(root, args.annotator, args.limit, args.half)
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    print(table(result))
    print()
    print(summary(result))
    if args.misses is not None:
        print()
        print(misses(root, result, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
