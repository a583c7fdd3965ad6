"""The probe behind tests/test_regex_backtracking.py, run as a child process so that a
pattern that never returns can be stopped and named: every regular expression a module of
``reader`` compiles at import is searched in hostile strings of two sizes, and each one's
worst time at each size is printed. No tests of its own.

The strings are the shapes that make a backtracking matcher try exponentially many splits:
runs of capitalised or lower-case words with no ending the pattern wants ("from Raleigh was
in critical condition …" under IGNORECASE split "Raleigh" into letters), runs of spaces,
hyphens, initials, numbers, quotation marks and brackets.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

SIZES = (16, 48)
_WORDS = ["Raleigh", "was", "in", "critical", "condition", "on", "Saturday", "night", "a", "hospital", "spokeswoman"]


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(module.name, pattern) for each distinct pattern the modules of ``reader`` hold."""
    import reader

    seen: set[tuple[str, int]] = set()
    out = []
    for info in sorted(pkgutil.walk_packages(reader.__path__, "reader."), key=lambda m: m.name):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if not isinstance(value, re.Pattern) or not isinstance(value.pattern, str):
                continue
            if (value.pattern, value.flags) not in seen:
                seen.add((value.pattern, value.flags))
                out.append((f"{info.name}.{name}", value))
    for value in _used_inline():
        if (value.pattern, value.flags) not in seen:
            seen.add((value.pattern, value.flags))
            out.append((f"(inline) {value.pattern[:40]!r}", value))
    return out


SAMPLE = [
    ("wire", "CORROW, Ore. (AP) \u2014 A fire at the Corrow grain elevator killed two workers and injured "
             "five others on Tuesday, officials said. The blaze began at about 4:15 p.m. PDT and burned for "
             "three hours. \u201cWe lost two of our own,\u201d said Fire Chief Dana Pell, 52. A 61-year-old "
             "worker from Corrow was in critical condition, a hospital spokeswoman said."),
    ("paper", "Three workers died and four were hurt when the Corrow elevator caught fire shortly before "
              "4 p.m. Tuesday, the county said. About 120 residents within half a mile (800 meters) were "
              "told to leave. The elevator, which opened in 1968, employs 40 people and holds $2.5 million "
              "of grain, or about 30 percent of the county's harvest, Pell told the Gazette on Wednesday."),
]


def _used_inline() -> list[re.Pattern[str]]:
    """The patterns ``re`` compiled from calls in functions (``re.search(r"…", text)``) while
    reader analysed a small invented story, from the module's cache of compiled patterns."""
    import reader
    from reader.analysis.story import analyse_story
    from reader.library.model import Article

    analyse_story([Article(id=name, title=name, body=body) for name, body in SAMPLE])
    cached = [*getattr(re, "_cache", {}).values(), *getattr(re, "_cache2", {}).values()]
    source = "\n".join(path.read_text(encoding="utf-8") for path in Path(reader.__file__).parent.rglob("*.py"))
    # (the cache holds the libraries' patterns too: only those written in reader's own source)
    return [p for p in cached if isinstance(p, re.Pattern) and isinstance(p.pattern, str) and p.pattern in source]


def shapes(n: int) -> list[str]:
    """Hostile strings of about ``n`` words each (module doc)."""
    names = " ".join(["Aaron", "Bell", "Cory", "Dale", "Evan", "Ford"] * n)
    return [
        "A 61-year-old spectator from " + " ".join(_WORDS * (n // len(_WORDS) + 1)) + " ;",
        "from " + " ".join(["Raleigh"] * n) + " x",
        names + " ;", names.lower() + " ;", names.upper() + " ;",
        " ".join(["word"] * (4 * n)) + " !",
        "-".join(["a"] * (4 * n)) + "!",
        " ".join(["A."] * (2 * n)) + " x",
        ", ".join(["1,000"] * n) + " x",
        " ".join(["12"] * (3 * n)) + " x",
        "\u201c" * (3 * n) + "x",
        "'s " * (3 * n) + "x",
        " \u2014 ".join(["Aaa Bbb"] * n) + " x",
        "\n".join(["Aaa Bbb"] * n) + " x",
        " ".join(["and"] * (3 * n)) + " x",
        "(" * n + "x" + ")" * (n - 1),
        " ".join(["Mr."] * (2 * n)) + " x",
        "$1.2 million " * n + "x",
        " ".join(["O'Neill-Smith"] * n) + " x",
        "  " * (4 * n) + "x",
        "\t \u00a0" * (2 * n) + "x",
    ]


def worst(pattern: re.Pattern[str], texts: list[str], repeats: int = 3, enough: float = -1.0) -> float:
    """The longest one search of ``pattern`` in ``texts`` takes, in seconds: for each text
    the best of ``repeats`` searches (the least disturbed by other work on the machine), or
    the first search to take at most ``enough`` seconds, where the verdict is the same for any
    shorter one (see :func:`main`)."""
    longest = 0.0
    for text in texts:
        best = float("inf")
        for _ in range(repeats):
            began = time.perf_counter()
            pattern.search(text)
            best = min(best, time.perf_counter() - began)
            if float(f"{best:.6f}") <= enough:  # (as printed: the test reads six decimals)
                break
        longest = max(longest, best)
    return longest


def main(argv: list[str]) -> None:
    """Print each pattern's worst times at the two sizes. Given ``MOST_GROWTH FLOOR`` (the
    test's), a search in the larger texts is not repeated once it took at most ``MOST_GROWTH``
    times the smaller texts' worst (or ``FLOOR``): the test's verdict, growth above that, could
    only come from a text whose best of all its searches is above it, and such a text's time is
    still the best of all of them, so the test finds the same patterns too slow, by the same
    figures."""
    most_growth, floor = (float(argv[0]), float(argv[1])) if argv else (None, 0.0)
    small, large = SIZES
    texts = {n: shapes(n) for n in SIZES}
    for name, pattern in patterns():
        print(f"start {name}", flush=True)
        little = f"{worst(pattern, texts[small]):.6f}"
        enough = -1.0 if most_growth is None else most_growth * max(float(little), floor)
        print(f"times {name} {little} {worst(pattern, texts[large], enough=enough):.6f}", flush=True)
    print("end", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
