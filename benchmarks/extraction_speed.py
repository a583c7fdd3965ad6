"""How long the extractors take per 1,000 words: quotes, entities, figures and dates of one article.

    python -m benchmarks.extraction_speed [--repeats N] [--long-words N] [--data DIR] [--profile]

Times :func:`reader.analysis.extraction.extract` (everything one analysed article finds:
dates, sentences, paragraphs, figures, quotes with speakers, entities) on each bundled
article and on a generated long article (:func:`benchmarks.memory.long_article`, cut to
about ``--long-words`` words), in process, median of ``--repeats`` runs after one warm-up
(which also reads the place table). Each extractor is timed on its own too, in the order
``extract`` runs them, so the table shows where the time goes.

Real news: when the PolNeAR training part is in ``../shared/data/polnear-train`` beside the
repository (``--data`` names another ``data`` folder, as for :mod:`benchmarks.quotes_real`),
one more row times a fixed sample of its articles (every 4th by file name, 210 of 840),
all of them per run: their total time over their total words. It is research material under
other people's terms: read from there, never printed or copied. When it is absent the
benchmark says so and times the rest.

Times are this process's CPU time (``time.process_time``): the machine is small and shared,
and wall time there counts the waits for a core. The same run also times a reference:
plain tokenisation (:func:`reader.text.tokens.tokenize`, what every comparison does first).
Its ratio says how far the extractors are from a floor that moves with the machine.
The target is 5 ms per 1,000 words for the whole extraction. ``--profile`` prints the
cProfile of the extraction of all the texts, by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks.memory import long_article
from reader.analysis.dates import find_dates
from reader.analysis.entities import extract_entities
from reader.analysis.extraction import extract
from reader.analysis.figures import extract_figures
from reader.analysis.quote_marks import paragraphs
from reader.analysis.quotes import extract_quotes
from reader.analysis.sentences import sentence_spans
from reader.text.tokens import tokenize, word_count

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
POLNEAR = "polnear-train"
SAMPLE_EVERY = 4            # the real-news sample: every 4th article by file name
TARGET_MS = 5.0


def texts(long_words: int) -> dict[str, str]:
    """The bundled articles' bodies and a generated long article of about ``long_words`` words."""
    from reader.library.loading import load_library

    library = load_library([ROOT / "articles"])
    out = {a.id: a.body for a in library.articles}
    body = long_article(long_words * 7, seed="speed").split("\n---\n\n", 1)[1]
    out[f"generated ({word_count(body):,} words)"] = body
    return out


def real_news(data: Path) -> list[str] | None:
    """The real-news sample's texts (every ``SAMPLE_EVERY``-th PolNeAR article by file name),
    or None when the data is not there."""
    folder = data / POLNEAR / "text"
    if not folder.is_dir():
        return None
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[::SAMPLE_EVERY]]


def run_all(steps: list[Callable[[], object]]) -> None:
    for step in steps:
        step()


def median_ms(run: Callable[[], object], repeats: int) -> float:
    run()
    times = []
    for _ in range(repeats):
        began = time.process_time()
        run()
        times.append(time.process_time() - began)
    return statistics.median(times) * 1000


def stages(body: str) -> dict[str, Callable[[], object]]:
    """``extract``'s steps, each with what it is handed there (found once, outside the timing)."""
    dates, sentences, paras = find_dates(body), sentence_spans(body), paragraphs(body)
    figures = extract_figures(body, dates=dates, sentences=sentences)
    return {
        "dates": lambda: find_dates(body),
        "sentences": lambda: sentence_spans(body),
        "paragraphs": lambda: paragraphs(body),
        "figures": lambda: extract_figures(body, dates=dates, sentences=sentences),
        "quotes": lambda: extract_quotes(body, paras=paras),
        "entities": lambda: extract_entities(body, dates=dates, figures=figures, sentences=sentences),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--long-words", type=int, default=10_000)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"CPU time, median of {args.repeats} runs; ms per 1,000 words\n")
    bodies = texts(args.long_words)
    news = real_news(args.data)
    names = list(stages(""))
    head = f"{'text':<28} {'words':>7} {'extract':>8} {'tokenize':>9} {'ratio':>6}  "
    print(head + " ".join(f"{n:>10}" for n in names))
    total_words = 0
    total = {"extract": 0.0, "tokenize": 0.0}
    for name, body in bodies.items():
        words = word_count(body)
        per = 1000 / words
        extract_ms = median_ms(lambda b=body: extract(b), args.repeats)
        token_ms = median_ms(lambda b=body: tokenize(b), args.repeats)
        parts = [median_ms(step, args.repeats) * per for step in stages(body).values()]
        print(f"{name:<28} {words:7,} {extract_ms * per:8.1f} {token_ms * per:9.2f} {extract_ms / token_ms:5.0f}x  "
              + " ".join(f"{p:10.1f}" for p in parts))
        if not name.startswith("generated"):
            total_words += words
            total["extract"] += extract_ms
            total["tokenize"] += token_ms
    if news is None:
        print(f"{'real news':<28} PolNeAR data not found at {args.data / POLNEAR}; not timed")
    else:
        words = sum(map(word_count, news))
        per = 1000 / words
        name = f"real news ({len(news)} articles)"
        extract_ms = median_ms(lambda: [extract(b) for b in news], args.repeats)
        token_ms = median_ms(lambda: [tokenize(b) for b in news], args.repeats)
        steps = [stages(b) for b in news]
        parts = [median_ms(partial(run_all, [each[step] for each in steps]), args.repeats) * per for step in names]
        print(f"{name:<28} {words:7,} {extract_ms * per:8.1f} {token_ms * per:9.2f} {extract_ms / token_ms:5.0f}x  "
              + " ".join(f"{p:10.1f}" for p in parts))
    per = 1000 / total_words
    print(f"\nbundled story, all five: {total['extract'] * per:.1f} ms per 1,000 words "
          f"(plain tokenisation {total['tokenize'] * per:.2f}); target {TARGET_MS:.0f}")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: [extract(b) for b in [*bodies.values(), *(news or [])]])
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
