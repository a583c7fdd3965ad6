"""What the front matter cache costs a run, by how much the cache holds.

Cases, each timed in fresh processes (``python -c``), the old and new layout interleaved,
each figure the median of ``--runs``:

    story@N      loading the bundled story (``load_library([bundled folder])``, 5
                 articles, all in the cache) when the cache also holds N entries of
                 generated front matter (N = 0, 10,000, 100,000)
    library-10k  loading a generated library of 10,000 articles, all in the cache
                 (its own 10,000 entries plus the story's)

``old`` is the v2 layout, one JSON file read whole (:class:`reader.text.cache.JsonStore`,
still in the code, put in place of the front matter cache in the child process);
``new`` the sharded one (:class:`reader.text.cache.ShardedJsonStore`, 256 shards;
``new16``, ``new4096`` with other numbers of shards, for choosing it). The old store
holds at most 50,000 entries (its limit), so old@100k is filled with 50,000: what a
user's file would hold (and the warm-up run, adding the story's entries to a full
store, halves it: old@100k holds 25,000). Timed in the child: from before importing reader to the end of
``load_library`` (the front matter parser is imported up front in both, so that the
store can be swapped); the child also checks that nothing was parsed (no PyYAML).

    python -m benchmarks.frontmatter_cache [--runs 11] [--sizes 0,10000,100000] [--layouts old,new,new16]
                                       [--no-library]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

OLD_LIMIT = 50_000

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from reader.library import frontmatter
from reader.text.cache import JsonStore
if sys.argv[1] == "old":
    frontmatter.CACHE = JsonStore("frontmatter-v2.json", decode=frontmatter._from_cache)
elif sys.argv[1] != "new":  # "new<shards>": the sharded store with another number of shards
    from reader.text.cache import ShardedJsonStore
    ShardedJsonStore.SHARDS = int(sys.argv[1][3:])
    frontmatter.CACHE = ShardedJsonStore(frontmatter.CACHE.name, decode=frontmatter._from_cache)
from reader.library.loading import load_library
spent = [0.0]
get = frontmatter.CACHE.get
def timed_get(key):
    start = time.perf_counter()
    try:
        return get(key)
    finally:
        spent[0] += time.perf_counter() - start
frontmatter.CACHE.get = timed_get
t1 = time.perf_counter()
c1 = time.process_time()
lib = load_library([sys.argv[2]])
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "total": t2 - t0, "cpu": time.process_time() - c1,
                  "cache": spent[0], "articles": len(lib.articles), "parsed": "yaml" in sys.modules}))
"""


def _entry(i: int) -> tuple[str, dict]:
    """A generated front matter block's cache key and entry, shaped as reader makes them."""
    head = (f"---\ntitle: Generated article number {i} about the council budget\n"
            f"published: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}\nsource: Example Source {i % 97}\n"
            f"authors: [Writer {i % 311}, Writer {i % 577}]\nurl: https://example.org/news/{i}\n---\n")
    key = hashlib.blake2b(head.encode("utf-8"), digest_size=16).hexdigest()
    meta = {"title": f"Generated article number {i} about the council budget",
            "published": {"$date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"},
            "source": f"Example Source {i % 97}", "authors": [f"Writer {i % 311}", f"Writer {i % 577}"],
            "url": f"https://example.org/news/{i}"}
    return key, {"meta": meta, "problems": [], "end": 7,
                 "lines": {"title": 2, "published": 3, "source": 4, "authors": 5, "url": 6}}


def fill(cache: Path, layout: str, n: int) -> None:
    """Put ``n`` generated entries in ``cache`` (the ``old`` or ``new`` layout)."""
    if layout == "old":
        path = cache / "frontmatter-v2.json"
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        for i in range(min(n, OLD_LIMIT)):
            key, entry = _entry(i)
            data[key] = entry
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return
    os.environ["READER_CACHE_DIR"] = str(cache)
    from reader.library import frontmatter
    from reader.text.cache import ShardedJsonStore

    class Store(ShardedJsonStore):
        SHARDS = int(layout[3:] or ShardedJsonStore.SHARDS)

    store = Store(frontmatter.CACHE.name)
    for i in range(n):
        store.put(*_entry(i))
    store.save()


def write_library(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = " ".join(f"Paragraph {j} of article {i} says the council met on budget matters." for j in range(8))
        (folder / f"a{i:05d}.md").write_text(
            f"---\ntitle: Library article {i}\npublished: 2025-03-{1 + i % 28:02d}\nsource: Paper {i % 40}\n"
            f"authors: [Reporter {i % 123}]\n---\n\n{body}\n", encoding="utf-8")


def run_child(layout: str, folder: Path, cache: Path) -> dict:
    env = {**os.environ, "READER_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", CHILD, layout, str(folder)], env=env, capture_output=True,
                          encoding="utf-8", timeout=600, stdin=subprocess.DEVNULL, check=True)
    return json.loads(done.stdout)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(name: str, folder: Path, caches: dict[str, Path], runs: int) -> None:
    for layout, cache in caches.items():  # warm-up: fills the story's (or library's) own entries
        run_child(layout, folder, cache)
    times: dict[str, list[float]] = {layout: [] for layout in caches}
    in_cache: dict[str, list[float]] = {layout: [] for layout in caches}
    cpu: dict[str, list[float]] = {layout: [] for layout in caches}
    parsed = False
    before = load()
    for _ in range(runs):
        for layout, cache in caches.items():
            result = run_child(layout, folder, cache)
            times[layout].append(result["total"] * 1000)
            in_cache[layout].append(result["cache"] * 1000)
            cpu[layout].append(result["cpu"] * 1000)
            parsed |= result["parsed"]
    figures = "".join(f"\n    {layout:8s} total {statistics.median(times[layout]):7.1f} ms"
                      f" (min {min(times[layout]):6.1f}),"
                      f" load_library CPU {statistics.median(cpu[layout]):7.1f},"
                      f" in cache.get {statistics.median(in_cache[layout]):6.1f}" for layout in caches)
    sizes = "  ".join(f"{layout} {_size(cache) / 1e6:.1f} MB" for layout, cache in caches.items())
    print(f"{name} ({runs} runs, medians, ms; cache {sizes}; load {before} -> {load()})"
          f"{'  PARSED!' if parsed else ''}{figures}",
          flush=True)


def _size(cache: Path) -> int:
    return sum(p.stat().st_size for p in cache.rglob("*") if p.is_file() and "frontmatter" in str(p))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--sizes", default="0,10000,100000")
    parser.add_argument("--layouts", default="old,new",
                        help="old, new (256 shards) or new<shards> (a power of two), comma-separated")
    parser.add_argument("--no-library", action="store_true")
    args = parser.parse_args()
    from reader.library.resources import bundled_articles_dir

    story = bundled_articles_dir()
    with tempfile.TemporaryDirectory(prefix="fm-bench-") as tmp:
        root = Path(tmp)
        for n in [int(x) for x in args.sizes.split(",")]:
            caches = {layout: root / f"{layout}-{n}" for layout in args.layouts.split(",")}
            for cache in caches.values():
                shutil.rmtree(cache, ignore_errors=True)
            for layout, cache in caches.items():
                cache.mkdir(exist_ok=True)
                fill(cache, layout, n)
            measure(f"story@{n}", story, caches, args.runs)
        if not args.no_library:
            folder = root / "lib10k"
            write_library(folder, 10_000)
            caches = {layout: root / f"{layout}-lib" for layout in args.layouts.split(",")}
            for cache in caches.values():
                cache.mkdir()
            measure("library-10k", folder, caches, args.runs)


if __name__ == "__main__":
    main()
