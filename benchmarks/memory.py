"""Peak memory of reader's commands on one article at the 5 MB limit.

    python -m benchmarks.memory [--bytes N] [--seed S] [--check]

Generates a news article of about 5 MB (just under the loader's 5 MiB limit): Markdown with
front matter, paragraphs of reported prose with people, titles, organisations, places,
dates, figures and quotations with their speakers (:func:`long_article`; nothing is
committed, the text is made at run time from the seed). A second article, a copy with
every third paragraph rewritten and some dropped, is the other side of ``compare``;
``story`` runs on the long article with the five articles of the bundled story.

Each command runs as its own process (``reader quotes``, ``entities``, ``compare --json``,
``story --json``, output to /dev/null) and its peak resident memory is what ``/usr/bin/time``
reports for it (``%M``, the "Maximum resident set size" of ``time -v``). *Cold* runs with an empty analysis cache
(``READER_CACHE_DIR`` set to a new folder), *warm* again on the same folder. The target is
200 MB for every command; ``--check`` exits 1 when one is over.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
LIMIT_BYTES = 5 * 1024 * 1024 - 40_000       # just under reader.library.loading.MAX_BYTES
TARGET_MB = 200.0

FIRST = ["Maria", "James", "Aisha", "Daniel", "Sofia", "Wei", "Olga", "Carlos", "Priya", "Thomas", "Fatima",
         "Hiroshi", "Grace", "Ahmed", "Elena", "Samuel", "Leila", "Marcus", "Ingrid", "Kofi"]
LAST = ["Alvarez", "Brennan", "Chowdhury", "Dubois", "Eriksen", "Fitzgerald", "Gallagher", "Haddad", "Ibrahim",
        "Jankowski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rasmussen",
        "Sandoval", "Takahashi", "Underwood", "Vasquez", "Whitfield", "Yamamoto", "Zielinski"]
TITLES = ["Judge", "Senator", "Mayor", "Governor", "Rep.", "Dr.", "Secretary", "Commissioner"]
ROLES = ["a spokesperson for the agency", "the city's chief economist", "a former federal prosecutor",
         "an attorney for the plaintiffs", "a professor of law", "the union's president", "a local resident"]
ORGS = ["Department of Justice", "Internal Revenue Service", "Federal Reserve", "World Health Organization",
        "National Weather Service", "Environmental Protection Agency", "Supreme Court", "European Commission",
        "United Nations", "Red Cross", "Associated Press", "Treasury Department", "Harbor Authority"]
ACRONYMS = ["FBI", "NASA", "IRS", "ICE", "EPA", "WHO", "NATO", "IMF"]
PLACES = ["Chicago", "Texas", "France", "Berlin", "Nairobi", "Ohio", "Brazil", "Tokyo", "Geneva", "Seattle",
          "Mexico", "London", "Kenya", "Denver", "Lagos", "Madrid", "Canada", "Arizona"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOPICS = ["the budget", "the new rules", "the ruling", "the contract", "the investigation", "the audit",
          "the water supply", "the housing plan", "the trade talks", "the election results"]
VERBS = ["approved", "rejected", "delayed", "criticised", "defended", "reviewed", "challenged", "announced"]
SUBJECTS = ["We", "Nobody", "The court", "Our members", "The city", "Every family", "This agency", "They"]
CLAIM_VERBS = ["will not accept", "never saw", "followed", "deserve", "cannot afford", "fought for", "welcome",
               "need to see", "did not expect", "have questioned"]
CLAIM_OBJECTS = ["the numbers", "this decision", "a clear answer", "the cost", "the law", "what comes next",
                 "the new rules", "the plan", "an honest account", "the delay", "the vote", "those records"]
CLAIM_TAILS = ["", "", " at every step", " this year", " in the end", " across the region", " right now",
               " for our children", " after all this time"]


def _claim(rng: Random) -> str:
    """A quotation's words: thousands of combinations, so quotes repeat as rarely as in news."""
    return (f"{rng.choice(SUBJECTS)} {rng.choice(CLAIM_VERBS)} {rng.choice(CLAIM_OBJECTS)}"
            f"{rng.choice(CLAIM_TAILS)}")


def _person(rng: Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _figure(rng: Random) -> str:
    return rng.choice([f"{rng.randint(2, 98)} percent", f"${rng.randint(2, 900)} million",
                       f"{rng.randint(1, 40):,}.{rng.randint(1, 9)} million people", f"{rng.randint(1_000, 90_000):,}"])


def _date(rng: Random) -> str:
    return rng.choice([f"on {rng.choice(DAYS)}", f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}",
                       f"in {rng.choice(MONTHS)} {rng.randint(1995, 2025)}", "last week"])


def _sentence(rng: Random) -> str:
    """One sentence of reported news prose, picked from a few common shapes."""
    shape = rng.randrange(8)
    who, org, place = _person(rng), rng.choice(ORGS), rng.choice(PLACES)
    if shape == 0:
        return f"{rng.choice(TITLES)} {who} {rng.choice(VERBS)} {rng.choice(TOPICS)} {_date(rng)} in {place}."
    if shape == 1:
        return f"“{_claim(rng)},” said {who}, {rng.choice(ROLES)}."
    if shape == 2:
        return f"The {org} said {_date(rng)} that {rng.choice(TOPICS)} would cost {_figure(rng)}."
    if shape == 3:
        return (f"{who} told reporters in {place} that the {rng.choice(ACRONYMS)} had “{_claim(rng).lower()}” "
                f"and that about {_figure(rng)} were affected.")
    if shape == 4:
        return f"Officials in {place} have {rng.choice(VERBS)} {rng.choice(TOPICS)}, according to the {org}."
    if shape == 5:
        return f"“{_claim(rng)}. {_claim(rng)},” {who} wrote in a statement {_date(rng)}."
    if shape == 6:
        return f"Spending rose by {_figure(rng)} {_date(rng)}, while {place} reported {_figure(rng)} in new cases."
    return f"Critics, including {who} of the {org}, say {rng.choice(TOPICS)} was {rng.choice(VERBS)} too quickly."


def long_article(target_bytes: int = LIMIT_BYTES, seed: str = "m", title: str = "A long generated report") -> str:
    """A Markdown article with front matter of about ``target_bytes`` UTF-8 bytes (never more)."""
    rng = Random(seed)
    parts = [f"---\ntitle: {title}\noutlet: Generated News\nauthors:\n  - {_person(rng)}\n---\n\n"]
    size = len(parts[0].encode("utf-8"))
    while True:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5))) + "\n\n"
        grown = size + len(para.encode("utf-8"))
        if grown > target_bytes:
            break
        parts.append(para)
        size = grown
    return "".join(parts)


def reworked_copy(text: str, seed: str = "copy") -> str:
    """The other side of a comparison: every third paragraph rewritten, one in ten dropped."""
    rng = Random(seed)
    head, _, body = text.partition("\n---\n\n")
    out = []
    for k, para in enumerate(body.split("\n\n")):
        if k % 10 == 9:
            continue
        out.append(" ".join(_sentence(rng) for _ in range(3)) if k % 3 == 2 else para)
    return head.replace("A long generated report", "A reworked copy") + "\n---\n\n" + "\n\n".join(out)


def run_peak(args: list[str], env: dict[str, str], folder: Path, python: str) -> tuple[float, float, int]:
    """Peak RSS in MB, wall seconds and exit status of one ``reader`` process, measured by
    ``/usr/bin/time`` (a small process of its own: a child forked from this one, which holds
    the generated texts, would count this process's memory in its peak)."""
    report = folder / "time.txt"
    began = time.perf_counter()
    status = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(report), python, "-m", "reader", *args],
                            env=env, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - began
    lines = report.read_text(encoding="utf-8").split()
    return int(lines[-1]) / 1024, seconds, status


def commands(a: Path, b: Path) -> dict[str, list[str]]:
    return {"quotes": ["quotes", str(a)], "entities": ["entities", str(a)],
            "compare": ["compare", str(a), str(b), "--json"],
            "story": ["story", str(a), str(ROOT / "articles"), "--json"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bytes", type=int, default=LIMIT_BYTES, help="size of the generated article")
    parser.add_argument("--seed", default="m")
    parser.add_argument("--check", action="store_true", help=f"exit 1 when a command peaks over {TARGET_MB:.0f} MB")
    parser.add_argument("--only", nargs="*", help="commands to run (default: all)")
    parser.add_argument("--python", default=sys.executable,
                        help="the Python whose installed reader runs the commands (another venv, to compare)")
    args = parser.parse_args(argv)
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"reader run by {args.python}")
    over = False
    with tempfile.TemporaryDirectory(prefix="reader-memory-") as tmp:
        folder = Path(tmp)
        text = long_article(args.bytes, args.seed)
        a, b = folder / "long.md", folder / "long-copy.md"
        a.write_text(text, encoding="utf-8")
        b.write_text(reworked_copy(text), encoding="utf-8")
        print(f"article: {a.stat().st_size:,} bytes, {len(text.split()):,} words; copy: {b.stat().st_size:,} bytes\n")
        print(f"{'command':<10} {'cold MB':>8} {'warm MB':>8} {'cold s':>7} {'warm s':>7}")
        for name, cmd in commands(a, b).items():
            if args.only and name not in args.only:
                continue
            env = dict(os.environ, READER_CACHE_DIR=str(folder / f"cache-{name}"), COLUMNS="100")
            cold = run_peak(cmd, env, folder, args.python)
            warm = run_peak(cmd, env, folder, args.python)
            failed = [r[2] for r in (cold, warm) if r[2] != 0]
            print(f"{name:<10} {cold[0]:8.0f} {warm[0]:8.0f} {cold[1]:7.1f} {warm[1]:7.1f}"
                  + (f"   exit status {failed}" if failed else ""))
            over |= max(cold[0], warm[0]) > TARGET_MB or bool(failed)
    print(f"\ntarget: at most {TARGET_MB:.0f} MB per command")
    return 1 if args.check and over else 0


if __name__ == "__main__":
    sys.exit(main())
