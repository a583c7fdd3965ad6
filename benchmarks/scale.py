"""How grouping a library into stories scales, and how well it groups (issue 15, item 5).

The generated libraries (:func:`salad_library`, deterministic from a seed, built at run
time and never committed)
    Word salad: each article draws its words from a Zipf-shaped vocabulary of 30,000
    invented words and names it mentions (6-12, from a pool of 40,000 invented names,
    capitalised), in sentences and paragraphs, with dates spread over two years.
    A fifth of the articles belong to planted stories of 2-12 articles: every story has
    its own names (people, places, an organisation), topic words and a date, and its
    members are wire copies (one passage of 120-300 words shared, lightly edited, plus
    the story's names) or independent reports (no shared text: only the story's names
    and topic words, each member naming most of them and using each topic word three
    times). Nothing comes from real articles.

The real stories (``../shared/data/stories-dev``, read when present, never copied here)
    All five stories (seven articles each: six about the event, one about a related but
    different event, the ``distractor`` of each ``gold.json``) in one library, mixed with
    ``--unrelated`` (1,000) articles of generated prose (:mod:`benchmarks.synth`, which
    shares the stock phrases of news). The gold stories: each story's six event
    articles; the distractor and every generated article alone.

What is measured
    Pairwise precision, recall and F1 of the grouping against the gold (every pair of
    articles put in one story); whether every wire copy of a planted story is in one
    story; unrelated articles inside a story. Times of ``reader stories`` in a child
    process (Python start included) on the real mix cold and warm, on 10,000 and
    100,000 generated articles cold and warm (with the peak memory of the child), and of
    adding one article to the 10,000-article library: bringing the key store up to date
    in a process that holds the library (:func:`index_update`), grouping the whole
    library again from its keys there, and the whole ``reader stories`` after it (the
    file index spares reading the files that did not change; the grouping runs again).

    python -m benchmarks.scale [--sizes 10000,100000] [--unrelated 1000] [--seed 5] [--skip-real]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
STORIES_DEV = ROOT.parent / "shared" / "data" / "stories-dev"
SYLLABLES = ("ka", "lo", "mi", "ter", "san", "du", "vel", "or", "pa", "ren", "sko", "bri", "ta", "nu", "gar",
             "fe", "li", "mon", "zu", "he", "qua", "ris", "tol", "ve", "dan", "po", "ul", "bex", "cor", "ith")
FUNCTION = ("the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at",
            "said", "from", "it", "his", "her", "had", "were", "after", "their", "an", "be", "has")


@dataclass
class Generated:
    """Articles (``ids``, front matter ``meta``, ``bodies``) and the gold stories (lists
    of article ids, two or more each; every other article is alone)."""

    ids: list[str] = field(default_factory=list)
    meta: list[dict[str, str]] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    stories: list[list[str]] = field(default_factory=list)
    wires: list[list[str]] = field(default_factory=list)

    def add(self, id_: str, meta: dict[str, str], body: str) -> None:
        self.ids.append(id_)
        self.meta.append(meta)
        self.bodies.append(body)

    def write(self, folder: Path) -> list[Path]:
        """Every article as a Markdown file with front matter under ``folder``."""
        from benchmarks.synth import write_articles

        return write_articles(folder, self.ids, self.meta, self.bodies)


# --- word salad -----------------------------------------------------------------------


class Salad:
    """Invented words (Zipf-weighted) and names, drawn fast with numpy."""

    def __init__(self, rng: Random, words: int = 30_000, names: int = 40_000) -> None:
        self.np = np.random.default_rng(rng.randrange(1 << 30))
        self.words = _invented(rng, words, 2, 4)
        rng.shuffle(self.words)  # Zipf ranks in no alphabetical order
        self.names = [w.capitalize() for w in _invented(rng, names, 3, 4, exclude=set(self.words))]
        weights = 1.0 / np.arange(1, words + 1)
        self.p = weights / weights.sum()

    def sentence_words(self, n: int) -> list[str]:
        picks = self.np.choice(len(self.words), size=n, p=self.p)
        func = self.np.random(n) < 0.35
        fidx = self.np.integers(0, len(FUNCTION), n)
        return [FUNCTION[f] if is_f else self.words[w] for w, is_f, f in zip(picks, func, fidx, strict=True)]

    def text(self, n_words: int, names: Sequence[str], rng: Random) -> str:
        """``n_words`` words in sentences of 8-24 words, paragraphs of 1-3 sentences,
        with the ``names`` sprinkled in (each at least once)."""
        words = self.sentence_words(n_words)
        for k, name in enumerate(itertools.chain(names, (rng.choice(names) for _ in range(len(names))))
                                 if names else ()):
            words[rng.randrange(1, max(2, len(words)))] = name
            if k > 3 * len(names):
                break
        return _render(words, rng)

    def some_names(self, rng: Random, k: int) -> list[str]:
        return [self.names[rng.randrange(len(self.names))] + " " + self.names[rng.randrange(len(self.names))]
                if rng.random() < 0.5 else self.names[rng.randrange(len(self.names))] for _ in range(k)]


def _invented(rng: Random, n: int, lo: int, hi: int, exclude: set[str] | None = None) -> list[str]:
    out: set[str] = set()
    exclude = exclude or set()
    while len(out) < n:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi)))
        if w not in exclude and w not in FUNCTION:
            out.add(w)
    return sorted(out)


def _render(words: list[str], rng: Random) -> str:
    paragraphs, sentences, k = [], [], 0
    while k < len(words):
        n = rng.randint(8, 24)
        chunk = words[k : k + n]
        k += n
        sentences.append(chunk[0][:1].upper() + chunk[0][1:] + (" " + " ".join(chunk[1:]) if chunk[1:] else "") + ".")
        if len(sentences) >= rng.randint(1, 3):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def _edited(rng: Random, passage: str) -> str:
    """A copy editor's pass: a few words dropped or swapped, the end sometimes trimmed."""
    words = passage.split(" ")
    for _ in range(rng.randint(0, 4)):
        if len(words) > 20:
            del words[rng.randrange(len(words))]
    if rng.random() < 0.4:
        words = words[: max(40, int(len(words) * rng.uniform(0.6, 1.0)))]
    return " ".join(words)


def _date(rng: Random, base: int, spread: int) -> str:
    import datetime as dt

    return dt.date.fromordinal(base + rng.randint(0, spread)).isoformat()


def salad_library(n: int, seed: int = 5, story_share: float = 0.2, words: tuple[int, int] = (250, 700)) -> Generated:
    """``n`` generated articles, about ``story_share`` of them in planted stories."""
    import datetime as dt

    rng = Random(seed)
    salad = Salad(rng)
    out = Generated()
    start = dt.date(2024, 1, 1).toordinal()
    k = 0
    in_stories = int(n * story_share)
    while k < in_stories:
        size = min(rng.randint(2, 12), max(2, in_stories - k))
        k += _planted_story(out, salad, rng, size, start, len(out.stories))
    while len(out.ids) < n:
        i = len(out.ids)
        body = salad.text(rng.randint(*words), salad.some_names(rng, rng.randint(6, 12)), rng)
        out.add(f"a{i:06d}", {"title": f"Unrelated report {i}", "outlet": f"Paper {i % 97}",
                              "published": _date(rng, start, 730)}, body)
    return out


def _planted_story(out: Generated, salad: Salad, rng: Random, size: int, start: int, number: int) -> int:
    names = salad.some_names(rng, rng.randint(5, 9))
    topic = [salad.words[rng.randrange(2000, len(salad.words))] for _ in range(6)]
    day = start + rng.randint(0, 720)
    wire = _render(salad.sentence_words(rng.randint(120, 300)) + names + topic, rng) if rng.random() < 0.6 else None
    members, copies = [], []
    for m in range(size):
        id_ = f"p{number:05d}-{m:02d}"
        own = rng.sample(names, max(3, int(len(names) * 0.75))) + topic * 3
        body = salad.text(rng.randint(200, 500), own, rng)
        if wire is not None and m < max(2, size // 2):
            body = _edited(rng, wire) + "\n\n" + body
            copies.append(id_)
        out.add(id_, {"title": f"Planted story {number} report {m}", "outlet": f"Outlet {m}",
                      "published": _date(rng, day, 3)}, body)
        members.append(id_)
    out.stories.append(members)
    if len(copies) > 1:
        out.wires.append(copies)
    return size


# --- scoring --------------------------------------------------------------------------


def pair_set(clusters: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
    return {(a, b) for c in clusters for a, b in itertools.combinations(sorted(c), 2)}


def pairwise(found: Iterable[Sequence[str]], gold: Iterable[Sequence[str]]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of ``found`` clusters against ``gold``."""
    f, g = pair_set(found), pair_set(gold)
    tp = len(f & g)
    p = tp / len(f) if f else 1.0
    r = tp / len(g) if g else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "found_pairs": len(f), "gold_pairs": len(g)}


def wire_split(found: Iterable[Sequence[str]], wires: Iterable[Sequence[str]]) -> int:
    """Wire stories whose copies are not all in one found story."""
    where = {a: k for k, c in enumerate(found) for a in c}
    return sum(1 for w in wires if len({where.get(a, a) for a in w}) > 1)


def intruders(found: Iterable[Sequence[str]], gold: Iterable[Sequence[str]]) -> int:
    """Articles of no gold story that were put in a story with others."""
    storied = {a for c in gold for a in c}
    return sum(1 for c in found if len(c) > 1 for a in c if a not in storied)


# --- running reader -------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stories: list[dict]
    cpu: float = 0.0         # user + system seconds of the reader process (not its pool's workers)


def run_stories(folder: Path, cache: Path, extra_env: dict[str, str] | None = None) -> Run:
    """``reader stories FOLDER --json`` in a child process: wall time, the peak resident
    memory of its largest process (ru_maxrss: the main process or a pool worker), the
    stories."""
    env = dict(os.environ, READER_CACHE_DIR=str(cache), READER_LIBRARY_DIR=str(cache / "no-library"),
               **(extra_env or {}))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "reader", "stories", "--json", str(folder)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode != 0:
        raise SystemExit(f"reader stories failed ({proc.returncode}): {err.decode()[-2000:]}")
    return Run(seconds, after.ru_maxrss / 1024, json.loads(out), cpu)


INDEX_UPDATE = """
import json, statistics, sys, time
from reader.library.loading import load_library
from reader.analysis.grouping import candidate_pairs, group
from reader.analysis.story_groups import keys_of, update_index
articles = load_library([sys.argv[1]]).articles
start = time.perf_counter()
update_index(articles)
index = time.perf_counter() - start
keys = keys_of(articles)
times = []
for _ in range(3):
    start = time.perf_counter()
    group(keys, candidate_pairs(keys))
    times.append(time.perf_counter() - start)
print(json.dumps([index, statistics.median(times)]))
"""


def index_update(folder: Path, cache: Path) -> tuple[float, float]:
    """Seconds to bring the key store up to date with ``folder`` in a process that has
    the library loaded already (as the TUI has, or ``reader import``): the store read,
    every body hashed, the new ones keyed, a journal written; and to group the whole
    library again from its keys (the self-join and the grouping, median of three)."""
    env = dict(os.environ, READER_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", INDEX_UPDATE, str(folder)], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True)
    index, regroup = json.loads(done.stdout)
    return round(float(index), 2), round(float(regroup), 2)


def found_clusters(stories: list[dict], prefix: str = "") -> list[list[str]]:
    return [[prefix + a for a in s["articles"]] for s in stories]


def scale_case(n: int, seed: int, folder: Path, cache: Path) -> dict[str, object]:
    """Cold and warm ``reader stories`` on ``n`` generated articles, quality on the
    planted stories, and (for 10,000 or fewer) the time after adding one article."""
    lib = salad_library(n, seed)
    target = folder / f"lib{n}"
    lib.write(target)
    cold = run_stories(target, cache)
    warm = run_stories(target, cache)
    found = found_clusters(warm.stories)
    result: dict[str, object] = {
        "articles": n, "cold_s": round(cold.seconds, 2), "warm_s": round(warm.seconds, 2),
        "cold_cpu_s": round(cold.cpu, 1), "warm_cpu_s": round(warm.cpu, 1),
        "peak_mb": round(max(cold.peak_mb, warm.peak_mb)), "stories_found": len(warm.stories),
        "quality": pairwise(found, lib.stories), "wires_split": wire_split(found, lib.wires),
        "wires": len(lib.wires), "intruders": intruders(found, lib.stories)}
    if n <= 10_000:
        extra = Salad(Random(seed + 1)).text(400, ["Newcomer Person", "Elsewhere"], Random(seed + 2))
        (target / "added.md").write_text(f"---\ntitle: Added\n---\n{extra}", encoding="utf-8")
        result["add_one_index_s"], result["regroup_s"] = index_update(target, cache)
        added = run_stories(target, cache)
        result["add_one_stories_s"] = round(added.seconds, 2)
    return result


def real_case(unrelated: int, seed: int, folder: Path, cache: Path) -> dict[str, object] | None:
    """The five real stories of ``STORIES_DEV`` with ``unrelated`` generated articles."""
    if not STORIES_DEV.is_dir():
        print(f"{STORIES_DEV} is not here: the real-story figures are skipped")
        return None
    from benchmarks import synth

    gold: list[list[str]] = []
    target = folder / "real"
    for story in sorted(p for p in STORIES_DEV.iterdir() if (p / "gold.json").is_file()):
        distractor = json.loads((story / "gold.json").read_text(encoding="utf-8"))["distractor"]
        members = []
        for f in sorted(story.glob("[0-9][0-9]-*.md")):
            link = target / f"{story.name[:12]}-{f.name}"
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(f)  # the texts stay where they are: linked, never copied
            if f.stem != distractor:
                members.append(link.stem)
        gold.append(members)
    rng = Random(seed)
    for k in range(unrelated):
        (target / f"u{k:04d}.md").write_text(f"---\ntitle: Generated {k}\n---\n"
                                            f"{synth.make_document(rng, rng.randint(250, 900))}", encoding="utf-8")
    cold = run_stories(target, cache)
    warm = run_stories(target, cache)
    found = found_clusters(warm.stories)
    return {"articles": sum(len(g) + 1 for g in gold) + unrelated, "cold_s": round(cold.seconds, 2),
            "warm_s": round(warm.seconds, 2), "cold_cpu_s": round(cold.cpu, 1), "warm_cpu_s": round(warm.cpu, 1),
            "quality": pairwise(found, gold),
            "intruders": intruders(found, gold),
            "distractors_joined": sum(1 for s in found if len(s) > 1 for a in s
                                      if not a.startswith("u") and not any(a in g for g in gold))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="generated library sizes, comma-separated")
    parser.add_argument("--unrelated", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--skip-real", action="store_true")
    args = parser.parse_args(argv)
    print(f"cores: {os.cpu_count()}, load: {os.getloadavg()[0]:.2f} (times are wall clock; cpu: user + system)")
    with tempfile.TemporaryDirectory(prefix="reader-scale-") as tmp:
        folder = Path(tmp)
        if not args.skip_real:
            print("real stories:", json.dumps(real_case(args.unrelated, args.seed, folder, folder / "cache-real")))
        for n in (int(x) for x in args.sizes.split(",") if x):
            print(f"{n} generated:", json.dumps(scale_case(n, args.seed, folder, folder / f"cache-{n}")), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
