"""``show`` and ``compare --text`` fit the terminal's width when it is known
(:mod:`reader.reports.fit`); piped, their lines are whole."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from test_engine_cases import run_cli

from reader.reports.fit import fit_text, visible_width, wrap_line
from reader.reports.output import style
from reader.text.cells import cell_width

SGR = re.compile(r"\x1b\[[0-9;]*m")
words = st.text(alphabet=st.sampled_from("ab記事,.“”-"), min_size=0, max_size=30)


@given(st.lists(st.tuples(words, st.booleans()), max_size=40), st.integers(min_value=1, max_value=60))
def test_wrapped_lines_fit_keep_every_character_and_close_their_styles(parts, cells):
    line = " ".join(style(word, "31;9", True) if styled and word else word for word, styled in parts)
    lines = wrap_line(line, cells)
    assert all(visible_width(out) <= max(cells, 8) for out in lines)
    plain = [SGR.sub("", out) for out in lines]
    assert "".join(plain).replace(" ", "") == SGR.sub("", line).replace(" ", "")   # nothing cut
    for out in lines:                                  # each line stands alone: no style left open
        opened = SGR.findall(out)
        assert not opened or opened[-1] == "\x1b[0m"


def test_unknown_width_leaves_the_text_as_it_is():
    text = "a " * 500 + "\n\n" + "b" * 300
    assert fit_text(text, None) == text


def test_show_and_compare_text_fit_columns_and_stay_whole_when_piped(tmp_path):
    for command in (["show", "cnn"], ["compare", "cnn", "house-addresses", "--text"]):
        narrow = run_cli(*command, COLUMNS="40", READER_CACHE_DIR=str(tmp_path / "n"))
        assert narrow.returncode == 0, narrow.stderr
        text = narrow.stdout.decode("utf-8")
        assert all(cell_width(line) <= 40 for line in text.splitlines())
        piped = run_cli(*command, COLUMNS="", READER_CACHE_DIR=str(tmp_path / "p"))
        assert piped.stdout.decode("utf-8").split() == text.split()          # the same words, only rewrapped
        assert any(cell_width(line) > 200 for line in piped.stdout.decode("utf-8").splitlines())
