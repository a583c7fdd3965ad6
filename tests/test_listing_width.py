"""Human listings fit the terminal's width when it is known; piped, lines are whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_engine_cases import run_cli

from reader.text.cells import cell_width, wrap


@given(st.text(alphabet=st.sampled_from("ab 記事 ,.“”"), max_size=200), st.integers(min_value=12, max_value=120),
       st.integers(min_value=0, max_value=6))
def test_wrap_fits_and_keeps_every_word(text, cells, indent):
    lines = wrap(text, cells, " " * indent)
    assert all(cell_width(line) <= max(cells, 8 + indent) for line in lines)
    if all(cell_width(w) <= cells - indent - 1 for w in text.split()):
        assert " ".join(line.strip() for line in lines).split() == text.split()


def test_quotes_and_entities_fit_columns_and_stay_whole_when_piped(tmp_path):
    for command in ("quotes", "entities"):
        narrow = run_cli(command, COLUMNS="60", READER_CACHE_DIR=str(tmp_path / command))
        assert narrow.returncode == 0
        assert all(cell_width(line) <= 60 for line in narrow.stdout.decode("utf-8").splitlines())
    piped = run_cli("quotes", COLUMNS="", READER_CACHE_DIR=str(tmp_path / "piped"))
    assert any(cell_width(line) > 100 for line in piped.stdout.decode("utf-8").splitlines())
