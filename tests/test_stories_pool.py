"""Per-article extraction in a process pool gives exactly what one process gives (issue 15,
item 3). Generated texts with names, dates and quotes: none is real news."""

from __future__ import annotations

import random

from benchmarks.scale import Salad
from reader.analysis import pool
from reader.analysis.article import analyse, analyse_all
from reader.analysis.extraction import extract, extract_all


def bodies(n: int) -> list[str]:
    salad, rng = Salad(random.Random(7)), random.Random(8)
    out = []
    for k in range(n):
        text = salad.text(120, [f"Dorla Venning{k % 7}", "Pell County", "Marrowgate"], rng)
        out.append(f'{text}\n"We will rebuild the {k} bridges by March 3, 2025," Dorla Venning said on Monday.\n')
    return out


def test_extraction_in_the_pool_equals_one_process():
    texts = bodies(pool.POOL_MIN + 12)
    assert pool.workers() < 2 or len(texts) > pool.POOL_MIN  # (the pool is used on this machine)
    assert extract_all(texts) == [extract(t) for t in texts]


def test_analyse_all_equals_analysing_one_by_one(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    from types import SimpleNamespace

    articles = [SimpleNamespace(id=f"a{k}", body=b, outlet=None, authors=(), published=None)
                for k, b in enumerate(bodies(pool.POOL_MIN + 5) * 2)]  # each body twice: extracted once
    together = analyse_all(articles)
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "other"))
    alone = [analyse(a) for a in articles]
    assert [a.found for a in together] == [a.found for a in alone]
    assert [a.article.id for a in together] == [a.id for a in articles]


def test_workers_follow_the_environment(monkeypatch):
    monkeypatch.setenv("READER_WORKERS", "1")
    assert pool.workers() == 1
    assert pool.map_articles(len, ["ab", "c"] * 40) == [2, 1] * 40


def test_mapping_runs_the_block_while_the_workers_work_and_gives_what_map_gives():
    items = ["ab", "c", "def"] * 30
    with pool.mapping(len, items) as pending:
        assert pending.pooled == (pool.workers() > 1)
        assert pending() == [len(x) for x in items]
        assert pending() == [len(x) for x in items]  # (asked again: the same list)


def test_leaving_mapping_on_an_error_cancels_and_raises():
    import pytest

    with pytest.raises(KeyError), pool.mapping(len, ["ab"] * 200):
        raise KeyError("stop")


def test_a_story_aligned_while_the_pool_extracts_equals_one_made_in_one_process(tmp_path, monkeypatch):
    from reader.analysis.story import analyse_story, story_json
    from reader.library.model import Article

    texts = bodies(pool.POOL_MIN + 4)
    wire = texts[0]
    articles = [Article(id=f"a{k}", body=(wire if k % 3 == 0 else "") + "\n\n" + t, title=f"A{k}")
                for k, t in enumerate(texts)]
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "pooled"))
    pooled = story_json(analyse_story(articles))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "alone"))
    monkeypatch.setenv("READER_WORKERS", "1")
    assert story_json(analyse_story(articles)) == pooled


CAPTURED_STDERR = """
import sys, threading
from reader.analysis import pool

class Capture:                      # what Textual puts in sys.stderr while an app runs
    def write(self, text): return len(text)
    def flush(self): pass
    def fileno(self): return -1

sys.stderr = Capture()
stop = threading.Event()
threading.Thread(target=stop.wait, daemon=True).start()   # threads running: not fork
assert pool._start_method(__import__("multiprocessing").get_all_start_methods()) != "fork"
print(pool.map_articles(abs, list(range(-60, 0)), pool_min=10) == list(range(60, 0, -1)))
stop.set()
"""


def test_a_pool_starts_while_stderr_is_a_capture_with_no_file(tmp_path):
    """Under Textual, sys.stderr's fileno() is -1, and multiprocessing's resource tracker
    (forkserver and spawn pools) was started with it: "bad value(s) in fds_to_keep", and
    the story list of ``reader`` on a library of more than 50 imports crashed."""
    import subprocess
    import sys

    from conftest import child_env

    if pool.workers() < 2:
        import pytest

        pytest.skip("one core: no pool")
    done = subprocess.run([sys.executable, "-c", CAPTURED_STDERR], cwd=tmp_path, capture_output=True, text=True,
                          env=child_env(READER_WORKERS="2"), timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr[-2000:]
