"""How fast reader compares articles and indexes a library; medians of repeated runs.

In-process
    ``compare_texts(a, b)`` on generated pairs (:func:`benchmarks.synth.make_pair`, 30%
    shared with mixed obfuscation) of 1k to 50k words each. The first call on each pair
    is reported apart ("first"), the median is of the calls after it, so the growth
    per 1,000 words shows whether the cost stays near-linear.

Repetitive text
    Near-identical sentences ("The quick brown fox jumps over the lazy dog. Item 17.",
    the number alone varying) shuffled on one side: 500, 2,000 and 20,000 sentences,
    native and Python alone, with the medians per sentence so that growth shows. The
    aligner's worst case: every window of one text nearly matches every other.

Whole process
    The 2k and 50k pairs written to files, ``reader compare A B --json`` against
    ``git diff --no-index --word-diff A B`` (output to /dev/null; git exits 1 because
    the files differ), runs interleaved, the median of each and their ratio. This
    includes starting Python and loading reader, which is what a person waits for.

Library index
    ``SeedIndex.build`` over 10,000 generated articles (:func:`make_library`, with 20%
    of them in planted groups of 2-4 sharing a passage) and ``related(i)`` for about
    200 queries, half from the planted groups, in a child process that only loads the
    texts. Memory: the index's own arrays, what a second build allocates and keeps and
    its peak while building (both by ``tracemalloc``, which numpy reports to), and the
    process's peak resident memory (``ru_maxrss``) before and after the first build.
    Planted relations found: for each grouped query, the share of its group-mates among
    the top 10 results; unplanted results are the others returned.

    python -m benchmarks.speed [--quick] [--skip-index] [--check]

The machine is small (2 cores) and shared, so every figure is a median and the machine
is described first. ``--check`` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from random import Random

from benchmarks import synth

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000)
REPEATS = {1_000: 21, 2_000: 21, 5_000: 11, 10_000: 9, 20_000: 7, 50_000: 5}
QUICK_REPEATS = {n: max(3, r // 3) for n, r in REPEATS.items()}
LIBRARY_SIZE = 10_000
TARGETS = {"2k_ms": 20.0, "50k_ms": 500.0, "git_ratio": 8.0}


def _ms(seconds: float) -> float:
    return seconds * 1000


def _median_ms(times: list[float]) -> float:
    return _ms(statistics.median(times))


# --- in-process -------------------------------------------------------------------------


NATIVE_USERS = ("reader.engine.align", "reader.text.tokens", "reader.engine.wordiff")


@contextlib.contextmanager
def pure_python():
    """Run reader's Python originals in place of reader._native (as without a compiler)."""
    import importlib

    modules = [m for m in map(importlib.import_module, NATIVE_USERS) if hasattr(m, "_native")]
    saved = [module._native for module in modules]
    for module in modules:
        module._native = None
    try:
        yield
    finally:
        for module, native in zip(modules, saved, strict=True):
            module._native = native


def native_built() -> bool:
    from reader.text.speedups import native

    return native is not None


def _time_pair(compare_texts, pair, runs: int) -> tuple[list[float], object]:
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        result = compare_texts(pair.a, pair.b)
        times.append(time.perf_counter() - started)
    return times, result


def time_compare(sizes=SIZES, repeats=REPEATS) -> list[dict]:
    """compare_texts with reader._native and, where it is built, with the Python
    originals alone (``python_ms``); both give the same passages."""
    from reader.engine.compare import compare_texts

    warm = synth.make_pair(Random("speed-warmup"), 500)
    compare_texts(warm.a, warm.b)  # imports, first-use caches
    rows = []
    for n in sizes:
        pair = synth.make_pair(Random(f"speed-{n}"), n)
        times, result = _time_pair(compare_texts, pair, repeats[n])
        python_ms = None
        if native_built():
            with pure_python():
                python_times, python_result = _time_pair(compare_texts, pair, max(3, repeats[n] // 3))
            if python_result.to_json() != result.to_json():
                raise RuntimeError(f"{n} words: the native and Python engines disagree")
            python_ms = _median_ms(python_times[1:])
        words = (len(pair.a.split()) + len(pair.b.split())) / 2
        rows.append({
            "words": n, "actual_words": words, "first_ms": _ms(times[0]), "median_ms": _median_ms(times[1:]),
            "python_ms": python_ms, "passages": len(result.passages), "planted": len(pair.truth),
            "runs": len(times) - 1,
        })
        print(f"  compare {n} words: {rows[-1]['median_ms']:.1f} ms", file=sys.stderr)
    return rows


def compare_table(rows: list[dict]) -> str:
    out = [
        "| words per article | median ms | ms per 1k words | first call ms | Python alone, ms "
        "| passages (planted) | runs |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        python = f"{r['python_ms']:.1f}" if r["python_ms"] is not None else "–"
        out.append(
            f"| {r['words']:,} | {r['median_ms']:.1f} | {r['median_ms'] / (r['words'] / 1000):.2f} "
            f"| {r['first_ms']:.1f} | {python} | {r['passages']} ({r['planted']}) | {r['runs']} |"
        )
    return "\n".join(out)


# --- repetitive text ---------------------------------------------------------------------

REPETITIVE = (500, 2_000, 20_000)
REPETITIVE_TARGETS = {2_000: 500.0, 20_000: 5_000.0}  # ms, native


def repetitive_pair(n: int) -> tuple[str, str]:
    """n near-identical sentences, and the same sentences shuffled."""
    sentences = [f"The quick brown fox jumps over the lazy dog. Item {i}." for i in range(n)]
    shuffled = list(sentences)
    Random(f"repetitive-{n}").shuffle(shuffled)
    return " ".join(sentences), " ".join(shuffled)


def time_repetitive(sizes=REPETITIVE, quick: bool = False) -> list[dict]:
    """compare_texts on :func:`repetitive_pair`, native and Python alone (same passages)."""
    from reader.engine.compare import compare_texts

    rows = []
    for n in sizes:
        a, b = repetitive_pair(n)
        runs = 3 if quick or n >= 20_000 else 7
        times, result = _time_pair(compare_texts, _Pair(a, b), runs)
        python_ms = None
        if native_built():
            with pure_python():
                python_times, python_result = _time_pair(compare_texts, _Pair(a, b), 1 if n >= 20_000 else 3)
            if python_result.to_json() != result.to_json():
                raise RuntimeError(f"repetitive {n}: the native and Python engines disagree")
            python_ms = _median_ms(python_times[1:])
        rows.append({"sentences": n, "median_ms": _median_ms(times[1:]), "python_ms": python_ms,
                     "passages": len(result.passages), "b_shared": result.b_shared, "runs": runs})
        print(f"  repetitive {n} sentences: {rows[-1]['median_ms']:.1f} ms", file=sys.stderr)
    return rows


class _Pair:
    def __init__(self, a: str, b: str) -> None:
        self.a, self.b = a, b


def repetitive_table(rows: list[dict]) -> str:
    out = ["| sentences | median ms | ms per 1k sentences | target | Python alone, ms | passages | B shared | runs |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        python = f"{r['python_ms']:.0f}" if r["python_ms"] is not None else "–"
        target = f"≤ {REPETITIVE_TARGETS[r['sentences']]:.0f}" if r["sentences"] in REPETITIVE_TARGETS else ""
        out.append(f"| {r['sentences']:,} | {r['median_ms']:.1f} | {r['median_ms'] / (r['sentences'] / 1000):.1f} "
                   f"| {target} | {python} | {r['passages']} | {r['b_shared']:.1%} | {r['runs']} |")
    return "\n".join(out)


# --- whole process ----------------------------------------------------------------------


def reader_command() -> list[str]:
    """The installed ``reader`` script beside this Python, else ``python -m reader``."""
    script = Path(sys.executable).with_name("reader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


def _run(command: list[str], ok: tuple[int, ...], env: dict | None = None) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                          env={**os.environ, **env} if env else None)
    elapsed = time.perf_counter() - started
    if done.returncode not in ok:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return elapsed


def time_startup(runs: int) -> float:
    """Median ms of ``reader --version``: the fixed cost of starting the command."""
    return _median_ms([_run([*reader_command(), "--version"], (0,)) for _ in range(runs)])


def time_processes(runs: int, sizes=(2_000, 50_000)) -> list[dict]:
    git = shutil.which("git")
    rows = []
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        for n in sizes:
            pair = synth.make_pair(Random(f"speed-{n}"), n)
            a, b = Path(tmp, f"a{n}.txt"), Path(tmp, f"b{n}.txt")
            a.write_text(pair.a, encoding="utf-8")
            b.write_text(pair.b, encoding="utf-8")
            ours = [*reader_command(), "compare", str(a), str(b), "--json"]
            theirs = [git, "diff", "--no-index", "--word-diff", str(a), str(b)] if git else None
            pure = {"READER_PURE_PYTHON": "1"}
            reader_times, git_times, python_times = [], [], []
            _run(ours, (0,))  # warm the page cache and .pyc files
            for k in range(runs):
                reader_times.append(_run(ours, (0,)))
                if theirs:
                    git_times.append(_run(theirs, (0, 1)))
                if k % 3 == 0:  # the Python originals alone, as without a compiler: a few runs
                    python_times.append(_run(ours, (0,), env=pure))
            row = {"words": n, "reader_ms": _median_ms(reader_times), "runs": runs,
                   "git_ms": _median_ms(git_times) if git_times else None,
                   "python_ms": _median_ms(python_times)}
            row["ratio"] = row["reader_ms"] / row["git_ms"] if row["git_ms"] else None
            rows.append(row)
            print(f"  processes {n} words: reader {row['reader_ms']:.0f} ms, git {row['git_ms'] or 0:.0f} ms",
                  file=sys.stderr)
    return rows


def process_table(rows: list[dict]) -> str:
    out = [
        "| words per article | `reader compare --json` ms | `git diff --no-index --word-diff` ms | ratio "
        "| runs | Python alone (`READER_PURE_PYTHON=1`) ms |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        git = f"{r['git_ms']:.0f}" if r["git_ms"] else "git not found"
        ratio = f"{r['ratio']:.1f}×" if r["ratio"] else "–"
        out.append(f"| {r['words']:,} | {r['reader_ms']:.0f} | {git} | {ratio} | {r['runs']} | {r['python_ms']:.0f} |")
    return "\n".join(out)


# --- library index ----------------------------------------------------------------------


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def index_child(path: str) -> None:
    """Run in a fresh process: load the texts, build the index, answer the queries; then
    build it again under tracemalloc for the memory it allocates. Prints JSON."""
    import gc
    import tracemalloc

    from reader.engine.index import SeedIndex

    with open(path, encoding="utf-8") as handle:  # one JSON value a line: no big transient
        queries = json.loads(handle.readline())
        texts = [json.loads(line) for line in handle]
    SeedIndex.build(["a warm up text with a few words to index"] * 3).related(0)  # imports, caches
    gc.collect()
    before = _maxrss_mb()
    started = time.perf_counter()
    index = SeedIndex.build(texts)
    build_s = time.perf_counter() - started
    after = _maxrss_mb()
    arrays = sum(a.nbytes for a in (index.hashes, index.starts, index.docs, index.boilerplate))
    arrays += sum(s.nbytes for s in index.doc_seeds)
    times, answers = [], []
    for i in queries:
        started = time.perf_counter()
        found = index.related(i, limit=10)
        times.append(time.perf_counter() - started)
        answers.append(found)
    del index, found
    gc.collect()
    tracemalloc.start()
    index = SeedIndex.build(texts)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del index  # (alive until now: "kept" is the memory the built index holds)
    print(json.dumps({
        "build_s": build_s, "rss_before_mb": before, "rss_after_mb": after, "arrays_mb": arrays / 2**20,
        "traced_peak_mb": peak / 2**20, "traced_kept_mb": kept / 2**20,
        "query_ms": [_ms(t) for t in times], "answers": answers,
    }))


def time_index(n_articles: int, n_queries: int) -> dict:
    rng = Random("speed-library")
    started = time.perf_counter()
    library = synth.make_library(rng, n_articles)
    generate_s = time.perf_counter() - started
    grouped = sorted(k for g in library.groups for k in g)
    loners = sorted(set(range(n_articles)) - set(grouped))
    queries = rng.sample(grouped, min(n_queries // 2, len(grouped)))
    queries += rng.sample(loners, min(n_queries - len(queries), len(loners)))
    print(f"  library of {n_articles} generated in {generate_s:.0f} s; building the index", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        job = Path(tmp, "library.json")
        with open(job, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(queries) + "\n")
            handle.writelines(json.dumps(text) + "\n" for text in library.texts)
        done = subprocess.run([sys.executable, "-m", "benchmarks.speed", "--index-child", str(job)],
                              cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"index child failed: {done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    mates = {k: set(g) - {k} for g in library.groups for k in g}
    found = wanted = extra_grouped = extra_loners = 0
    planted_scores, chance_scores, missed = [], [], []
    for i, answer in zip(queries, result["answers"], strict=True):
        ids = {j for j, _ in answer}
        planted_scores += [score for j, score in answer if j in mates.get(i, ())]
        chance_scores += [score for j, score in answer if j not in mates.get(i, ())]
        if i in mates:
            found += len(mates[i] & ids)
            wanted += len(mates[i])
            extra_grouped += len(ids - mates[i])
            missed += [(i, j) for j in sorted(mates[i] - ids)]
        else:
            extra_loners += len(ids)
    n_grouped = sum(1 for i in queries if i in mates)
    result.update(
        articles=n_articles, words=sum(len(t.split()) for t in library.texts), generate_s=generate_s,
        queries=len(queries), grouped_queries=n_grouped, recall=found / wanted if wanted else None,
        extra_per_grouped_query=extra_grouped / max(n_grouped, 1),
        extra_per_loner_query=extra_loners / max(len(queries) - n_grouped, 1),
        planted_scores=planted_scores, chance_scores=chance_scores, missed=missed,
    )
    del result["answers"]
    return result


def index_table(r: dict) -> str:
    return "\n".join([
        "| measure | result |",
        "|---|---:|",
        f"| articles (words) | {r['articles']:,} ({r['words']:,}) |",
        f"| build time | {r['build_s']:.2f} s |",
        f"| `related(i)` median over {r['queries']} queries | {statistics.median(r['query_ms']):.2f} ms |",
        f"| `related(i)` 90th percentile | {statistics.quantiles(r['query_ms'], n=10)[-1]:.2f} ms |",
        f"| index size: arrays / all it allocates and keeps (tracemalloc) | {r['arrays_mb']:.1f} MB / "
        f"{r['traced_kept_mb']:.1f} MB |",
        f"| peak memory while building (tracemalloc) | {r['traced_peak_mb']:.1f} MB |",
        f"| process peak RSS before → after build (texts loaded) | {r['rss_before_mb']:.0f} → "
        f"{r['rss_after_mb']:.0f} MB |",
        f"| planted relations found in top 10 ({r['grouped_queries']} grouped queries) | {r['recall']:.1%} |",
        f"| unplanted results per grouped / ungrouped query | {r['extra_per_grouped_query']:.2f} / "
        f"{r['extra_per_loner_query']:.2f} |",
        f"| containment score of planted results: median (min) | {_quantile(r['planted_scores'], 0.5)} "
        f"({_quantile(r['planted_scores'], 0)}) |",
        f"| containment score of unplanted results: median (max) | {_quantile(r['chance_scores'], 0.5)} "
        f"({_quantile(r['chance_scores'], 1)}) |",
    ] + ([f"\nPlanted relations missed (query, mate), first 5: {r['missed'][:5]}"] if r["missed"] else []))


def _quantile(values: list[float], q: float) -> str:
    if not values:
        return "–"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))]:.3f}"


# --- the report -------------------------------------------------------------------------


def readme_table(compare_rows, process_rows, index) -> str:
    by_words = {r["words"]: r for r in compare_rows}
    lines = ["| measure | median | target |", "|---|---:|---:|"]
    for n, target in ((2_000, TARGETS["2k_ms"]), (50_000, TARGETS["50k_ms"])):
        if n in by_words:
            lines.append(f"| compare two {n:,}-word articles (in process) | {by_words[n]['median_ms']:.1f} ms "
                         f"| ≤ {target:.0f} ms |")
    for r in process_rows:
        if r["ratio"]:
            target = f"≤ {TARGETS['git_ratio']:.0f}×" if r["words"] == 50_000 else ""
            lines.append(f"| `reader compare --json` vs `git diff --word-diff`, {r['words']:,} words | "
                         f"{r['reader_ms']:.0f} vs {r['git_ms']:.0f} ms ({r['ratio']:.1f}×) | {target} |")
    if index:
        lines += [
            f"| index {index['articles']:,} articles: build | {index['build_s']:.1f} s | |",
            f"| index: `related(i)` | {statistics.median(index['query_ms']):.2f} ms | |",
            f"| index: memory kept / peak while building | {index['traced_kept_mb']:.0f} / "
            f"{index['traced_peak_mb']:.0f} MB | |",
            f"| index: planted relations found | {index['recall']:.1%} | |",
        ]
    return "\n".join(lines)


def misses(compare_rows, process_rows, repetitive_rows=()) -> list[str]:
    out = []
    for r in repetitive_rows:
        target = REPETITIVE_TARGETS.get(r["sentences"])
        if target is not None and r["median_ms"] > target:
            out.append(f"repetitive {r['sentences']} sentences {r['median_ms']:.0f} ms > {target:.0f} ms")
    by_words = {r["words"]: r for r in compare_rows}
    for n, key in ((2_000, "2k_ms"), (50_000, "50k_ms")):
        if n in by_words and by_words[n]["median_ms"] > TARGETS[key]:
            out.append(f"{n}-word compare {by_words[n]['median_ms']:.0f} ms > {TARGETS[key]:.0f} ms")
    for r in process_rows:
        if r["words"] == 50_000 and r["ratio"] and r["ratio"] > TARGETS["git_ratio"]:
            out.append(f"reader is {r['ratio']:.1f}× git diff on {r['words']} words")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and queries")
    parser.add_argument("--skip-index", action="store_true", help="leave out the library index")
    parser.add_argument("--articles", type=int, default=LIBRARY_SIZE, help="library size for the index")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--index-child", metavar="JOB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.index_child:
        index_child(args.index_child)
        return 0

    git = "no git"
    if shutil.which("git"):
        git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
    try:
        import numpy
        numpy_version = numpy.__version__
    except ImportError:
        numpy_version = "none"
    print("# reader speed benchmark\n")
    print(f"{os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()} "
          f"({platform.python_implementation()}), numpy {numpy_version}, {git}, {platform.platform()}, "
          f"reader._native {'built' if native_built() else 'NOT built (Python alone)'}. All figures are medians.\n")
    synth.model()
    compare_rows = time_compare(repeats=QUICK_REPEATS if args.quick else REPEATS)
    print("## compare_texts in process\n")
    print(compare_table(compare_rows))
    repetitive_rows = time_repetitive(quick=args.quick)
    print("\n## Repetitive text: near-identical sentences, shuffled on one side\n")
    print(repetitive_table(repetitive_rows))
    process_rows = time_processes(runs=5 if args.quick else 21)
    print("\n## Whole process: reader vs git diff\n")
    print(process_table(process_rows))
    startup_ms = time_startup(5 if args.quick else 11)
    print(f"\n`reader --version` alone (starting Python and reader) takes {startup_ms:.0f} ms.")
    index = None
    if not args.skip_index:
        index = time_index(args.articles, n_queries=100 if args.quick else 200)
        print(f"\n## Library index ({index['articles']:,} generated articles, "
              f"generated in {index['generate_s']:.0f} s)\n")
        print(index_table(index))
    print("\n## Summary for the README\n")
    print(readme_table(compare_rows, process_rows, index))
    missed = misses(compare_rows, process_rows, repetitive_rows)
    if missed:
        print("\nmissed targets: " + "; ".join(missed), file=sys.stderr)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
