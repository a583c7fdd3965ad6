"""How ``reader story`` copes with one wire story carried by many sites (issue 11, item 6).

The library (:func:`make_wire_library`, deterministic from a seed)
    An invented wire text of about 600 words (:mod:`benchmarks.synth` prose) under a
    dateline and an ``(AP)`` tag, carried by ``copies`` sites, each lightly edited here
    and there, many trimmed from the end, some with a local line or two of their own, on
    dates that differ; plus ``unrelated`` articles of 250-900 words that share nothing
    with it beyond the stock phrases any two news texts share. Nothing in it comes from
    real articles.

What is measured
    ``reader story FILES --json`` in a child process (Python start included) on the
    200 + 300 library, with a fresh cache folder (``cold``: every article analysed) and
    again with that cache filled (``warm``), the median of ``--repeats`` runs each; and
    from the JSON of one run: how many of the copies are *in the family* (in a
    provenance family with other copies), how many are related to another copy at all
    (a pair with passages), how many unrelated articles are wrongly joined to it, the
    pairs aligned. As a reference measured in the same run, so the figures can be read
    against the machine's load: ``reader story`` on the five bundled articles.

    python -m benchmarks.story_scale [--copies 200] [--unrelated 300] [--repeats 3] [--seed 11]

The machine has 2 cores shared with other work; every time is a median and the core
count and load are printed first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import Any

from benchmarks import synth

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 10.0
PLACES = ("RIVERTON", "LAKE MILLS", "EAST HAVEN", "PORT ALDER")


@dataclass
class WireLibrary:
    """Generated articles: ``ids[k]`` with front matter ``meta[k]`` and ``bodies[k]``;
    ``family`` lists the ids of the wire copies."""

    ids: list[str]
    meta: list[dict[str, str]]
    bodies: list[str]
    family: list[str]

    def write(self, folder: Path) -> list[Path]:
        """Every article as a Markdown file with front matter under ``folder``."""
        from benchmarks.synth import write_articles

        return write_articles(folder, self.ids, self.meta, self.bodies)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _copy(rng: Random, paragraphs: list[str]) -> str:
    """One site's copy: a few paragraphs edited, often trimmed from the end, sometimes a
    local line before or after, sometimes the wire's credit line at the foot."""
    kept = list(paragraphs)
    if rng.random() < 0.6:
        kept = kept[: max(3, round(len(kept) * rng.uniform(0.4, 1.0)))]
    for k in rng.sample(range(len(kept)), min(len(kept), rng.randint(0, 3))):
        kept[k] = synth.light_edit(rng, kept[k])
    if rng.random() < 0.4:
        local = synth.make_passage(rng, rng.randint(20, 60))
        kept.insert(rng.choice((1, len(kept))), local)
    if rng.random() < 0.3:
        kept.append("The Associated Press contributed to this report.")
    return "\n\n".join(kept)


def make_wire_library(seed: int = 11, copies: int = 200, unrelated: int = 300, words: int = 600) -> WireLibrary:
    """The library described in the module doc."""
    rng = Random(seed)
    place = rng.choice(PLACES)
    wire = _paragraphs(synth.make_document(rng, words))
    wire[0] = f"{place} (AP) \u2014 {wire[0]}"
    ids, meta, bodies, family = [], [], [], []
    for k in range(copies):
        id_ = f"wire-{k:03d}"
        ids.append(id_)
        family.append(id_)
        meta.append({"title": f"Wire story as carried by site {k}", "outlet": f"Site {k}",
                     "published": f"2024-03-{rng.randint(1, 3):02d}"})
        bodies.append(_copy(rng, wire))
    for k in range(unrelated):
        ids.append(f"other-{k:03d}")
        meta.append({"title": f"Unrelated story {k}", "outlet": f"Paper {k % 37}",
                     "published": f"2024-03-{rng.randint(1, 28):02d}"})
        bodies.append(synth.make_document(rng, rng.randint(250, 900)))
    order = list(range(len(ids)))
    rng.shuffle(order)
    return WireLibrary([ids[k] for k in order], [meta[k] for k in order], [bodies[k] for k in order], family)


def family_figures(result: dict[str, Any], family: list[str]) -> dict[str, int]:
    """From ``reader story --json``: copies in a provenance family with another copy,
    copies in a pair with passages with another copy, unrelated articles joined to a
    copy (by a pair with passages or a family), the families, the aligned pairs."""
    wire = set(family)
    in_family: set[str] = set()
    joined: set[str] = set()
    for fam in result["provenance"]["families"]:
        members = set(fam["members"])
        if len(members & wire) >= 2:
            in_family |= members & wire
        if members & wire:
            joined |= members - wire
    related: set[str] = set()
    for p in result["pairs"]:
        ends = {p["a"], p["b"]}
        if p.get("passages") and len(ends & wire) == 2:
            related |= ends
        elif p.get("passages") and ends & wire:
            joined |= ends - wire
    return {"copies": len(wire), "in_family": len(in_family), "related_to_a_copy": len(related),
            "unrelated_joined": len(joined), "families": len(result["provenance"]["families"]),
            "aligned_pairs": result["matrix"]["aligned_pairs"]}


def run_story(paths: list[str], cache: str) -> tuple[float, dict[str, Any] | None, str]:
    env = os.environ | {"READER_CACHE_DIR": cache}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "reader", "story", *paths, "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        return seconds, None, (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    return seconds, json.loads(proc.stdout), ""


def _bundled_paths() -> list[str]:
    from reader.library.resources import bundled_articles_dir

    return sorted(str(p) for p in Path(bundled_articles_dir()).glob("*.md"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--unrelated", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)

    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"story_scale: {os.cpu_count()} cores, load {load}, Python {sys.version.split()[0]}")
    lib = make_wire_library(args.seed, args.copies, args.unrelated)
    cold: list[float] = []
    warm: list[float] = []
    reference: list[float] = []
    result: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="story-scale-") as tmp:
        folder = Path(tmp) / "library"
        folder.mkdir()
        paths = [str(p) for p in lib.write(folder)]
        bundled = _bundled_paths()
        for r in range(args.repeats):
            cache = str(Path(tmp) / f"cache-{r}")
            seconds, result, error = run_story(paths, cache)
            if result is None:
                print(f"reader story failed: {error}")
                return 1
            cold.append(seconds)
            warm.append(run_story(paths, cache)[0])
            reference.append(run_story(bundled, str(Path(tmp) / f"cache-ref-{r}"))[0])
    assert result is not None
    figures = family_figures(result, lib.family)
    print(f"library: {args.copies} copies of one ~600-word wire text + {args.unrelated} unrelated articles "
          f"(seed {args.seed})")
    print(f"  copies in the family        {figures['in_family']} / {figures['copies']}")
    print(f"  copies related to a copy    {figures['related_to_a_copy']} / {figures['copies']}")
    print(f"  unrelated joined to it      {figures['unrelated_joined']}")
    print(f"  families, aligned pairs     {figures['families']}, {figures['aligned_pairs']}")
    print(f"reader story --json, median of {args.repeats} (Python start included)")
    print(f"  cold cache                  {statistics.median(cold):6.2f} s   (target <= {TARGET_SECONDS:.0f} s)")
    print(f"  warm cache                  {statistics.median(warm):6.2f} s")
    print(f"  reference: bundled story    {statistics.median(reference):6.2f} s   (5 articles, cold cache)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
