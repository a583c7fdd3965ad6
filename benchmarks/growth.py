"""Work that grows faster than the input on hostile articles (README "Bad input").

For each hostile *shape* (:data:`SHAPES`, texts generated here, nothing from real
articles) an article of about n, 2n and 4n KB is built, with a lightly edited copy
(:func:`edited`: a few numbers and words changed), and three real entry points run on
it in this process:

``extract``
    :func:`reader.analysis.extraction.extract` of the article (every extractor once);
``compare``
    :func:`reader.engine.compare.compare_texts` of the article and its copy;
``story``
    :func:`reader.analysis.story.analyse_story` of the two, loaded through
    :func:`reader.library.loading.load_library` from Markdown files in a temporary
    folder, with an empty analysis cache (every article extracted).

Each run is made in a forked child (so caches warmed by one run never help the next and
the peak memory is the run's own): CPU seconds (``time.process_time``, the median of 3
runs below :data:`SMALL_KB`, 1 run above) and the peak resident memory the run added
(``VmHWM`` after, less ``VmRSS`` before, the peak reset first through
``/proc/self/clear_refs``; on other systems ``ru_maxrss``, coarser). The growth exponent
is ``log2(t(4n) / t(2n))``: 1 for linear work, 2 for quadratic (``2n/n``: the same
from n to 2n, for work capped somewhere between 2n and 4n); rows with either above
:data:`FLAG` are flagged (times under :data:`FLOOR` s are too short to judge and show
``-``). A single run is noisy on a loaded machine: profile a flagged row before
believing it (``--shape``, ``--step``, ``--kb``).

    python -m benchmarks.growth [--quick] [--shape NAME ...] [--step extract|compare|story] [--kb N]

``--quick`` (n = 16 KB, one run each) takes under 40 s; the full run (n = 64 KB) about
2 minutes. The machine's cores and load are printed first: the exponent is a ratio of
two times measured a moment apart, so it reads through the load better than a time.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from random import Random

FLAG = 1.3
FLOOR = 0.05
SMALL_KB = 40

WORDS = ("the", "council", "said", "residents", "were", "told", "that", "water", "supply", "would",
         "return", "after", "repairs", "on", "main", "road", "near", "bridge", "officials", "reported",
         "damage", "to", "homes", "and", "shops", "in", "district", "while", "crews", "worked")
SYLLABLES = ("ka", "lo", "mer", "ton", "vi", "dra", "sel", "bru", "nan", "qua", "rin", "dex", "pol",
             "hav", "ster", "gal", "mun", "cor", "lith", "wen", "bar", "fel", "tor", "ish")
KINDS = ("Council", "Agency", "Institute", "Company", "Hospital", "University", "Bank", "Party")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def _name(rng: Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _fill(n: int, piece: Callable[[int], str], sep: str = " ") -> str:
    """``piece(0) + sep + piece(1) + ...`` up to ``n`` characters."""
    out: list[str] = []
    size = k = 0
    while size < n:
        s = piece(k)
        out.append(s)
        size += len(s) + len(sep)
        k += 1
    return sep.join(out)


def no_full_stop(n: int, rng: Random) -> str:
    """One sentence, no full stop, figures and times all along."""
    def piece(k: int) -> str:
        return rng.choice((f"{rng.randint(2, 900)} homes were damaged",
                           f"about {rng.randint(2, 90)} minutes after the crash",
                           f"at {rng.randint(1, 12)} a.m. crews arrived with {rng.randint(2, 60)} trucks",
                           f"{rng.randint(2, 99)} percent of {rng.randint(100, 9000)} residents",
                           f"{rng.randint(2, 40)} people were hurt and")) + ","
    return "Officials said " + _fill(n, piece)


def quotes_mixed(n: int, rng: Random) -> str:
    """Balanced, nested, unbalanced quotes with 'said X' attributions, paragraph after paragraph."""
    def piece(k: int) -> str:
        name = f"{_name(rng)} {_name(rng, 3)}"
        return rng.choice((
            f"\u201cThe water will be back by {rng.choice(MONTHS)},\u201d said {name}, a council engineer.",
            f"\u201cWe heard him shout \u2018get out now\u2019 and we ran,\u201d {name} said.",
            f"\u201cNobody told us anything about the repairs, {name} said of the delay.",
            f"{name} said \"crews worked all night\" and \"the bridge held\" on Tuesday.",
            f"\"It was \"the worst\" flood,\u201d according to {name}.",
            f"\u201c\u201c\u201c{name} said.\u201d"))
    return _fill(n, piece, "\n\n")


def quote_never_closed(n: int, rng: Random) -> str:
    """A quote opened at the start and never closed, then many attributions."""
    def piece(k: int) -> str:
        return f"the road was closed, {_name(rng)} {_name(rng)} said, and {rng.choice(WORDS)} {rng.choice(WORDS)}."
    return "\u201c" + _fill(n, piece)


def names_distinct(n: int, rng: Random) -> str:
    """Thousands of distinct people, organisations and places."""
    def piece(k: int) -> str:
        return (f"{_name(rng)} {_name(rng, 3)} of the {_name(rng)} {rng.choice(KINDS)} met "
                f"{_name(rng)} {_name(rng)} in {_name(rng, 3)}.")
    return _fill(n, piece)


def name_repeated(n: int, rng: Random) -> str:
    """One name again and again."""
    return _fill(n, lambda k: "Marta Velikova said." if k % 3 else
                 "Velikova of the Harbour Council met Marta Velikova.")


def dates_datelines(n: int, rng: Random) -> str:
    """Dates everywhere, a dateline on every paragraph."""
    def piece(k: int) -> str:
        place = _name(rng).upper()
        return (f"{place}, {rng.choice(MONTHS)} {rng.randint(1, 28)} (AP) \u2014 On {rng.choice(MONTHS)} "
                f"{rng.randint(1, 28)}, {rng.randint(1990, 2030)}, and again on {rng.randint(1, 28)} "
                f"{rng.choice(MONTHS)} and Tuesday, the council met.")
    return _fill(n, piece, "\n\n")


def one_word_paragraphs(n: int, rng: Random) -> str:
    return _fill(n, lambda k: rng.choice(WORDS).capitalize(), "\n\n")


def one_paragraph(n: int, rng: Random) -> str:
    """One huge paragraph of ordinary sentences."""
    def piece(k: int) -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
        return " ".join(words).capitalize() + f" on {rng.randint(1, 28)} {rng.choice(MONTHS)}."
    return _fill(n, piece)


def identical_sentences(n: int, rng: Random) -> str:
    return _fill(n, lambda k: "The council said 12 homes were damaged near the bridge on Tuesday.")


def number_table(n: int, rng: Random) -> str:
    """A table-like list of numbers, one row a line."""
    def piece(k: int) -> str:
        return (f"{_name(rng)} | {rng.randint(1, 99999):,} | {rng.randint(1, 99)}% | "
                f"${rng.randint(1, 999)}.{rng.randint(0, 99):02d} million | {rng.randint(1, 500)} km")
    return _fill(n, piece, "\n")


def same_word(n: int, rng: Random) -> str:
    return _fill(n, lambda k: "buffalo")


def long_words(n: int, rng: Random) -> str:
    return _fill(n, lambda k: "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(300, 3000))))


def bidi_controls(n: int, rng: Random) -> str:
    """Ordinary sentences with bidi, zero-width and control characters all through."""
    marks = ("\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200f", "\u0007", "\u00ad", "\ufeff", "\u2028")

    def piece(k: int) -> str:
        words = [rng.choice(WORDS) + rng.choice(marks) for _ in range(rng.randint(5, 12))]
        return " ".join(words).capitalize() + f" {rng.randint(2, 90)} homes."
    return _fill(n, piece)


SHAPES: dict[str, Callable[[int, Random], str]] = {
    "no_full_stop": no_full_stop, "quotes_mixed": quotes_mixed, "quote_never_closed": quote_never_closed,
    "names_distinct": names_distinct, "name_repeated": name_repeated, "dates_datelines": dates_datelines,
    "one_word_paragraphs": one_word_paragraphs, "one_paragraph": one_paragraph,
    "identical_sentences": identical_sentences, "number_table": number_table, "same_word": same_word,
    "long_words": long_words, "bidi_controls": bidi_controls,
}
STEPS = ("extract", "compare", "story")


def edited(text: str, seed: int = 7) -> str:
    """A light edit of ``text``: about one word in 40 changed (a number made another, a
    word swapped for another), at least a few whatever the shape."""
    rng = Random(seed)
    words = list(re.finditer(r"\S+", text))
    every = max(1, min(40, len(words) // 8))
    out: list[str] = []
    last = 0
    for k, m in enumerate(words):
        if k % every != every // 2:
            continue
        word = m.group()
        new = re.sub(r"\d", lambda d: str((int(d.group()) + 3) % 10), word) if any(c.isdigit() for c in word) \
            else rng.choice(WORDS) + word[min(len(word), 7):]
        out.append(text[last:m.start()])
        out.append(new)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _run(step: str, a: str, b: str, folder: Path) -> None:
    if step == "extract":
        from reader.analysis.extraction import extract

        extract(a)
    elif step == "compare":
        from reader.engine.compare import compare_texts

        compare_texts(a, b)
    else:
        from reader.analysis.story import analyse_story
        from reader.library.loading import load_library

        paths: list[Path] = []
        for name, body in (("one", a), ("two", b)):
            path = folder / f"{name}.md"
            path.write_text(f"---\ntitle: \"{name}\"\npublished: \"2024-03-0{len(paths) + 1}\"\n---\n{body}",
                            encoding="utf-8")
            paths.append(path)
        analyse_story(load_library([str(p) for p in paths]).articles)


def _status(key: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _measure(step: str, a: str, b: str) -> tuple[float, int]:
    """CPU seconds and the peak memory added by one run of ``step``, in a forked child."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run once, send (seconds, bytes), leave without clean-up
        try:
            os.close(read)
            with tempfile.TemporaryDirectory(prefix="growth-") as tmp:
                os.environ["READER_CACHE_DIR"] = str(Path(tmp) / "cache")
                try:
                    with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
                        f.write("5")
                except OSError:
                    pass
                import resource

                base = _status("VmRSS")
                base_max = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
                started = time.process_time()
                _run(step, a, b, Path(tmp))
                seconds = time.process_time() - started
                peak = _status("VmHWM")
                grown = peak - base if peak is not None and base is not None else \
                    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - base_max
            os.write(write, pickle.dumps((seconds, grown)))
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as f:
        data = f.read()
    os.waitpid(pid, 0)
    if not data:
        raise RuntimeError(f"{step} failed in its child process")
    return pickle.loads(data)


def _warm() -> None:
    """Imports and lexicons loaded once here, before the children fork."""
    text = "MARTA (AP) \u2014 \u201cThe bridge held,\u201d said Marta Velikova on 3 May. 12 homes were hit."
    for step in STEPS:
        with tempfile.TemporaryDirectory(prefix="growth-warm-") as tmp:
            os.environ["READER_CACHE_DIR"] = str(Path(tmp) / "cache")
            _run(step, text, edited(text), Path(tmp))


def exponent(t2: float, t4: float) -> float | None:
    """``log2(t4 / t2)``, or None when the times are too short to judge."""
    if t4 < FLOOR or t2 <= 0:
        return None
    return math.log2(t4 / t2)


def measure_shape(shape: str, step: str, kb: int, repeats: int) -> list[tuple[int, float, int]]:
    """``(size in characters, median CPU seconds, peak bytes)`` at n, 2n, 4n KB."""
    rows = []
    for scale in (1, 2, 4):
        a = SHAPES[shape](kb * scale * 1024, Random(f"{shape}-{scale}"))
        b = edited(a)
        runs = [_measure(step, a, b) for _ in range(repeats if kb * scale < SMALL_KB else 1)]
        rows.append((len(a), statistics.median(r[0] for r in runs), max(r[1] for r in runs)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="n = 16 KB, one run each (under 40 s)")
    parser.add_argument("--kb", type=int, default=None, help="n in KB (default 64, 16 with --quick)")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    parser.add_argument("--step", action="append", choices=STEPS, help="only these steps")
    args = parser.parse_args(argv)
    kb = args.kb or (16 if args.quick else 64)
    repeats = 1 if args.quick else 3
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"growth: {os.cpu_count()} cores, load {load}, Python {sys.version.split()[0]}, n = {kb} KB, "
          f"CPU seconds (median of {repeats} below {SMALL_KB} KB), peak = memory added at 4n")
    _warm()
    started = time.perf_counter()
    flagged = []
    print(f"{'shape':<20} {'step':<8} {'n KB':>5} {'t(n)':>7} {'t(2n)':>7} {'t(4n)':>7} {'peak MB':>8} "
          f"{'exp':>5} {'2n/n':>5}")
    for shape in args.shape or SHAPES:
        for step in args.step or STEPS:
            rows = measure_shape(shape, step, kb, repeats)
            exp, first = exponent(rows[1][1], rows[2][1]), exponent(rows[0][1], rows[1][1])
            flag = any(e is not None and e > FLAG for e in (exp, first))
            if flag:
                flagged.append(f"{shape}/{step}")
            shown = " ".join("    -" if e is None else f"{e:5.2f}" for e in (exp, first))
            print(f"{shape:<20} {step:<8} {rows[0][0] // 1024:>5} " + " ".join(f"{r[1]:7.3f}" for r in rows)
                  + f" {rows[2][2] / 2**20:8.1f} {shown}{'  <-- grows faster than the input' if flag else ''}",
                  flush=True)
    print(f"flagged (exponent > {FLAG}): {', '.join(flagged) or 'none'}; "
          f"{time.perf_counter() - started:.0f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
