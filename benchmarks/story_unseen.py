"""Conflicting figures and unique lines on multi-outlet stories no rule was written for:
political news of 2016 from seven outlets (PolNeAR), or Reuters news of August 1996
(CoNLL-2003), grouped into stories by shared words.

    python -m benchmarks.story_unseen [--corpus polnear|conll] [--data DIR] [--threshold 0.15]
                                      [--show] [--json]

The data is read from ``../shared/data/polnear-train`` (``metadata.tsv`` and one
``text/<filename>.txt`` per article, its first line the title) or, with ``--corpus
conll``, ``../shared/data/conll2003`` (``eng.train`` and ``eng.testa``: one token per
line, documents after ``-DOCSTART-``; the tokens are joined back into text, the first
line is the title and the ``1996-08-22`` after the dateline the date); ``--data`` points
elsewhere. The texts are copyrighted news: this module reads them where they lie, writes
each story's articles to a temporary folder only for the run, and prints ids, counts and
reader's own labels; ``--show`` also prints each conflict's values with the start of
their sentences, on the terminal, to judge them by hand. When the folder is absent it
says so and exits 0.

Stories: articles published at most ``WINDOW_DAYS`` apart whose tf-idf vectors of
content words (words of three letters or more, stop words and words of one article left
out) have a cosine of at least ``--threshold`` are linked, and each connected group of
three or more articles is a story (0.15 gives 22 stories of 3 to 11 articles; 0.12 gives
35 of 3 to 15). There is no gold: the table counts what reader claims, per story and in
all (conflicts, values, figures, and conflicts of four or more values, which are nearly
always one noun read as several quantities), for comparing two versions of reader in one
run of each; whether a conflict is true is judged by reading it (``--show``). For unique
lines it applies the test of stories-dev's labels: a line is not unique when a sentence of
another article of the story reaches a similarity of ``SIMILAR`` (difflib's ratio over
the lower-cased words, punctuation removed); ``near`` counts the lines reader lists that
fail it (``--show`` prints them too).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear-train"
DEFAULT_CONLL = ROOT.parent / "shared" / "data" / "conll2003"
WINDOW_DAYS = 3
MIN_STORY = 3
SIMILAR = 0.6
_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP_WORDS = ("the a an of to in and or for on at by with from that this is was were be been are it its as he "
               "she they we you his her their our not but have has had will would said says")
_STOP = frozenset(_STOP_WORDS.split())


def read_articles(data: Path) -> dict[str, dict[str, str]]:
    """filename → its metadata row with ``title`` and ``body`` (the text after its first line)."""
    out = {}
    with (data / "metadata.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            path = data / "text" / f"{row['filename']}.txt"
            if not path.is_file():
                continue
            title, _, body = path.read_text(encoding="utf-8").partition("\n")
            out[row["filename"]] = {**row, "title": title.strip().rstrip("."), "body": body.strip()}
    return out


def read_conll(data: Path) -> dict[str, dict[str, str]]:
    """CoNLL-2003 documents (``eng.train``, ``eng.testa``) as articles: id → title, body,
    ``publication_date`` (the first ``YYYY-MM-DD`` of the document) and ``publisher``."""
    out: dict[str, dict[str, str]] = {}
    for name in ("eng.train", "eng.testa"):
        path = data / name
        if not path.is_file():
            continue
        docs: list[list[str]] = []
        sentence: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            token = line.split(" ")[0]
            if token == "-DOCSTART-":
                docs.append([])
            elif token:
                sentence.append(token)
            elif sentence:
                if docs:
                    docs[-1].append(_detokenise(" ".join(sentence)))
                sentence = []
        for n, lines in enumerate(docs):
            dated = next((m.group(0) for line in lines[:4] if (m := _ISO_DATE.search(line))), None)
            if len(lines) < 3 or dated is None:
                continue
            out[f"{name.replace('.', '-')}-{n:04d}"] = {"title": lines[0], "body": "\n\n".join(lines[1:]),
                                                          "publication_date": dated, "publisher": "Reuters"}
    return out


_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")


def _detokenise(text: str) -> str:
    """CoNLL's space-separated tokens joined back as printed ("U.S. officials said 1,000 ...")."""
    text = re.sub(r" ([,;:!?%)]|\.(?!\d))", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    text = re.sub(r"(\d) : (\d)", r"\1:\2", text)
    return text.replace(" 's", "'s").replace(" n't", "n't").replace("`` ", "\"").replace(" ''", "\"")


def _vectors(articles: dict[str, dict[str, str]]) -> dict[str, dict[str, float]]:
    counts = {k: Counter(w for w in _WORD.findall(a["body"].lower()) if w not in _STOP and len(w) > 2)
              for k, a in articles.items()}
    df = Counter(w for c in counts.values() for w in c)
    n = len(articles)
    out = {}
    for k, c in counts.items():
        v = {w: (1 + math.log(x)) * math.log(n / df[w]) for w, x in c.items() if df[w] > 1}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[k] = {w: x / norm for w, x in v.items()}
    return out


def stories(articles: dict[str, dict[str, str]], threshold: float) -> list[list[str]]:
    """Groups of articles linked by cosine ≥ ``threshold`` within ``WINDOW_DAYS`` (module doc),
    largest first."""
    vec = _vectors(articles)
    keys = sorted(articles)
    day = {k: date.fromisoformat(articles[k]["publication_date"]) for k in keys}
    parent = {k: k for k in keys}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if abs((day[a] - day[b]).days) <= WINDOW_DAYS:
                va, vb = vec[a], vec[b]
                if sum(x * vb.get(w, 0.0) for w, x in va.items()) >= threshold:
                    parent[root(a)] = root(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[root(k)].append(k)
    return sorted((g for g in groups.values() if len(g) >= MIN_STORY), key=lambda g: (-len(g), g[0]))


def analyse(articles: dict[str, dict[str, str]], group: list[str]) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """reader's conflicts (JSON) for one story, its articles written as Markdown files; its
    unique lines, and those of them with a sentence of another article at least
    ``SIMILAR`` alike."""
    import yaml

    from reader.analysis.story import analyse_story
    from reader.library.loading import load_library

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k in group:
            a = articles[k]
            front: dict[str, Any] = {"title": a["title"], "outlet": a["publisher"], "published": a["publication_date"]}
            if a.get("author", "None") not in ("", "None", "NA"):
                front["authors"] = [a["author"]]
            path = Path(folder) / f"{k[:60]}.md"
            path.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n" + a["body"] + "\n",
                            encoding="utf-8")
            paths.append(str(path))
        loaded = load_library(paths).articles
        story = analyse_story(loaded)
        lines, near = _lines(story, loaded)
        return [c.to_json() for c in story.conflicts], lines, near


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _lines(story: Any, loaded: list[Any]) -> tuple[list[str], list[str]]:
    """The story's unique lines, and those with a sentence of another article at least
    ``SIMILAR`` alike (difflib, its quick upper bounds first)."""
    import difflib

    from reader.analysis.sentences import sentence_spans

    bodies = {a.id: a.body for a in loaded}
    sentences = {i: [_words(b[s:e]) for s, e in sentence_spans(b)] for i, b in bodies.items()}
    lines, near = [], []
    for aid, spans in story.unique_lines.items():
        for s, e in spans:
            line = bodies[aid][s:e]
            lines.append(line)
            matcher = difflib.SequenceMatcher(None, autojunk=False)
            matcher.set_seq2(_words(line))
            for other, texts in sentences.items():
                if other == aid:
                    continue
                if any(_alike(matcher, t) for t in texts):
                    near.append(line)
                    break
    return lines, near


def _alike(matcher: Any, text: str) -> bool:
    matcher.set_seq1(text)
    return (matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR
            and matcher.ratio() >= SIMILAR)


def summary(conflicts: list[dict[str, Any]], lines: list[str], near: list[str]) -> dict[str, int]:
    return {"conflicts": len(conflicts), "values": sum(len(c["values"]) for c in conflicts),
            "figures": sum(len(v["figures"]) for c in conflicts for v in c["values"]),
            "wide": sum(1 for c in conflicts if len(c["values"]) >= 4), "lines": len(lines), "near": len(near)}


def show(conflicts: list[dict[str, Any]]) -> None:
    for c in conflicts:
        print(f"    {c['quantity']}")
        for v in c["values"]:
            f = v["figures"][0]
            print(f"      {v['display']:>12}  {len(v['articles'])} art.  {f['sentence'][:110]}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", choices=("polnear", "conll"), default="polnear")
    p.add_argument("--data", type=Path, default=None)
    p.add_argument("--threshold", type=float, default=0.15)
    p.add_argument("--show", action="store_true", help="print each conflict's values and sentences (terminal only)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    conll = args.corpus == "conll"
    data = args.data or (DEFAULT_CONLL if conll else DEFAULT_DATA)
    if not (data / ("eng.train" if conll else "metadata.tsv")).is_file():
        print(f"no {args.corpus} data at {data}: nothing to measure (see the module doc)")
        return 0
    articles = read_conll(data) if conll else read_articles(data)
    groups = stories(articles, args.threshold)
    rows = []
    for n, group in enumerate(groups):
        conflicts, lines, near = analyse(articles, group)
        rows.append({"story": n, "articles": len(group), **summary(conflicts, lines, near)})
        if args.show and not args.json:
            print(f"story {n} ({len(group)} articles): {len(conflicts)} conflicts, {len(near)} unique lines "
                  f"with a sentence {SIMILAR} alike elsewhere")
            show(conflicts)
            for line in near:
                print(f"    line: {line[:120]}")
    keys = ("articles", "conflicts", "values", "figures", "wide", "lines", "near")
    total = {k: sum(r[k] for r in rows) for k in keys}
    if args.json:
        json.dump({"threshold": args.threshold, "stories": rows, "total": total}, sys.stdout, indent=1)
        print()
        return 0
    print(f"{len(groups)} stories (cosine >= {args.threshold}, within {WINDOW_DAYS} days) of {total['articles']} "
          f"articles from {len(articles)}")
    print(f"{'story':>5} {'articles':>8} {'conflicts':>9} {'values':>6} {'figures':>7} {'4+ values':>9} "
          f"{'lines':>6} {'near':>5}")
    table: list[dict[str, Any]] = [*rows, {"story": "TOTAL", **total}]
    for r in table:
        print(f"{r['story']:>5} {r['articles']:>8} {r['conflicts']:>9} {r['values']:>6} {r['figures']:>7} "
              f"{r['wide']:>9} {r['lines']:>6} {r['near']:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
