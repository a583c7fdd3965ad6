"""The gazetteer's index (``gazetteer._Table``): a name is found by bisecting an index of
some of the table's lines and searching one stretch, and that finds exactly what a plain
dict of the table's names finds, wherever the stretches are cut."""

from __future__ import annotations

import gzip

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import gazetteer

_NAME = st.text(alphabet="ABCabc é-.'\u00e9\u0142", min_size=1, max_size=8).map(str.strip).filter(bool)


def _write(path, names: dict[str, int], header: str = "# a test table\n") -> None:
    rows = "".join(f"{n}\tcity\t{p}\n" for n, p in sorted(names.items(), key=lambda kv: kv[0].encode()))
    path.write_bytes(gzip.compress((header + rows).encode()))


@settings(max_examples=60, deadline=None)
@given(names=st.dictionaries(_NAME, st.integers(0, 10**7), min_size=1, max_size=60),
       others=st.lists(_NAME, max_size=20), step=st.sampled_from([1, 7, 30, 1024]))
def test_the_index_finds_every_name_and_nothing_else(tmp_path_factory, names, others, step):
    path = tmp_path_factory.mktemp("gaz") / "places.tsv.gz"
    _write(path, names)
    saved = gazetteer.DATA_FILE, gazetteer._STEP
    gazetteer.DATA_FILE, gazetteer._STEP = path, step
    gazetteer._table.cache_clear()
    try:
        table = gazetteer._table()
        assert table.heads[0] == min(n.encode() for n in names)          # the first line is always kept
        for name in [*names, *others, "", "The " + next(iter(names)), next(iter(names)) + "\tcity"]:
            want = f"city\t{names[name]}".encode() if name in names else None
            assert gazetteer._find(table, name.encode()) == want, name
    finally:
        gazetteer.DATA_FILE, gazetteer._STEP = saved
        gazetteer._table.cache_clear()
        gazetteer._place.cache_clear()


def test_a_line_without_population_or_tab_is_found_as_the_bisection_found_it(table_file):
    table_file.write_bytes(gzip.compress(b"# h\nAlpha\nBeta\tcity\nGamma\tcity\t7\n"))
    table = gazetteer._table()
    assert gazetteer._find(table, b"Alpha") is None                  # a name with no tab: no row
    assert gazetteer._find(table, b"Beta") == b"city"
    assert gazetteer.lookup("Beta") is None and gazetteer.lookup("Gamma") == gazetteer.Place("Gamma", "city", 7)


def test_a_table_of_only_a_header_knows_no_place(table_file):
    table_file.write_bytes(gzip.compress(b"# only a header\n"))
    assert gazetteer._table().heads == [] and gazetteer.lookup("Paris") is None


def test_the_shipped_tables_index_is_small():
    table = gazetteer._table()
    assert 0 < len(table.heads) <= len(table.blob) // gazetteer._STEP + 1
    assert gazetteer._find(table, table.heads[-1]) is not None       # the last kept line is found too
