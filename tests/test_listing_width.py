"""Human listings fit the terminal's width when it is known; piped, lines are whole."""

from __future__ import annotations

import json

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


def _articles(folder, n: int = 4) -> None:
    folder.mkdir()
    for k in range(n):  # long ids alike up to their last characters, as imports of one site are
        name = f"harbour-gazette-ferry-service-resumes-between-castmoor-and-pellow-bay-{k}.md"
        (folder / name).write_text(f"---\ntitle: Ferry service resumes, part {k}\noutlet: Harbour Gazette\n---\n"
                                   f"The ferry of Castmoor carried {400 + 37 * k} people on Monday, town {k} said.\n")


def test_ids_that_tell_the_rows_apart_are_never_cut(tmp_path):
    """The id column of `list` and `stories` was cut with "…" like the titles: four
    imports of one site all read "harbour-gazette-ferry-se…", and the id is what the
    other commands take. Titles and outlets give way; ids stay whole."""
    folder = tmp_path / "lib"
    _articles(folder)
    article_ids = sorted(a["id"] for a in json.loads(run_cli("list", str(folder), "--json").stdout))
    assert len(article_ids) == 4 and all(len(i) > 40 for i in article_ids)
    for width in ("100", "60", "30"):
        listed = run_cli("list", str(folder), COLUMNS=width, READER_CACHE_DIR=str(tmp_path / "c"))
        rows = listed.stdout.decode("utf-8").splitlines()[1:]
        assert listed.returncode == 0 and sorted(r.split()[0] for r in rows) == article_ids
        stories = run_cli("stories", str(folder), "--json", READER_CACHE_DIR=str(tmp_path / "c"))
        ids = sorted(s["id"] for s in json.loads(stories.stdout))
        shown = run_cli("stories", str(folder), COLUMNS=width, READER_CACHE_DIR=str(tmp_path / "c"))
        assert sorted(r.split()[0] for r in shown.stdout.decode("utf-8").splitlines()[1:]) == ids


def test_the_versions_note_fits_the_width(tmp_path):
    folder = tmp_path / "lib"
    _articles(folder, 1)
    (article,) = folder.iterdir()
    done = run_cli("versions", str(article), COLUMNS="30", READER_CACHE_DIR=str(tmp_path / "c"))
    lines = done.stdout.decode("utf-8").splitlines()
    assert done.returncode == 0 and "written, not fetched" in lines[-1]
    assert all(cell_width(line) <= 30 for line in lines[2:])  # (the table's rows keep the times whole)
