"""The analysed article and its cache: one tokenisation per article, cached extractions
equal to fresh ones, and a cache entry that does not fit is a miss, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import analysis_cache, extraction
from reader.analysis.article import AnalysedArticle, analyse
from reader.analysis.entities import extract_entities
from reader.analysis.figures import extract_figures
from reader.analysis.quotes import extract_quotes
from reader.library.loading import load_library
from reader.library.model import Article
from reader.text.tokens import tokenize, word_count

BODY = ("Judge Ann Chen ruled on Friday that the IRS broke the law. “The agency acted unlawfully,” "
        "Chen wrote in a 94-page ruling.\n\nMore than 47,000 taxpayers were affected, the Internal "
        "Revenue Service said.")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    return tmp_path


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"analysis-v{extraction.ANALYSIS_VERSION}/*.jsonl"))


def _sections(text: str) -> dict[str, list]:
    """An entry's records by section (its counts line, then its sections' lines)."""
    head, *lines = [json.loads(line) for line in text.splitlines()]
    rows = iter(row for line in lines for row in line)
    return {name: [next(rows) for _ in range(n)] for name, n in head["counts"].items()}


def _entry(sections: dict[str, list], counts: dict[str, int] | None = None) -> str:
    counts = counts or {name: len(rows) for name, rows in sections.items()}
    lines = [json.dumps({"counts": counts})] + [json.dumps(rows) for rows in sections.values() if rows]
    return "\n".join(lines) + "\n"


def _calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = analysis_cache.extract
    monkeypatch.setattr(analysis_cache, "extract", lambda body: seen.append(body) or real(body))
    return seen


def test_the_extraction_equals_each_extractor_run_alone() -> None:
    for article in load_library(None).articles:
        found = extraction.extract(article.body)
        assert found.quotes == extract_quotes(article)
        assert found.entities == extract_entities(article)
        assert found.figures == extract_figures(article)


def test_a_cache_hit_returns_equal_results_without_extracting(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _calls(monkeypatch)
    first = analyse(Article(id="a", body=BODY, title="a"))
    assert len(_entries(cache)) == 1 and len(calls) == 1
    second = analyse(Article(id="b", body=BODY, title="b"))
    assert len(calls) == 1                                   # read back, not extracted again
    assert second.found == first.found == extraction.extract(BODY)
    assert second.quotes and second.entities and second.figures and second.dates


def test_a_corrupt_or_wrong_shaped_entry_is_a_miss_and_is_rewritten(cache: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = analyse(Article(id="a", body=BODY, title="a")).found
    (entry,) = _entries(cache)
    written = entry.read_text(encoding="utf-8")
    good = _sections(written)
    assert all(good[name] for name in analysis_cache.SECTIONS)     # every section tried below has records
    counts = {name: len(rows) for name, rows in good.items()}
    broken: list[str] = [
        "{not json", "[]", "null", "", written.split("\n", 1)[0] + "\n",                     # no records
        _entry(good, {**counts, "extra": 1}), _entry(good, {**counts, "quotes": -1}),
        _entry(good, {**counts, "quotes": counts["quotes"] + 1}),                                # one short
        _entry(good, {**counts, "quotes": counts["quotes"] - 1}),                                # one more
        _entry({**good, "quotes": "x"}),                                                         # no list
        _entry({**good, "figures": [row[:-1] for row in good["figures"]]}),                     # a field short
        _entry({**good, "sentences": [[0, len(BODY) + 5]]}),                                    # outside the body
        _entry({**good, "sentences": [[-1, 5]]}), _entry({**good, "sentences": [[0, 5, 9]]}),  # not a span
        _entry({**good, "sentences": [[0]]}), _entry({**good, "sentences": [5]}),
        _entry({**good, "sentences": [[0, 5.0]]}), _entry({**good, "sentences": [[False, 5]]}),
        _entry({**good, "sentences": [[0, None]]}), _entry({**good, "paragraphs": [["0", 5]]}),
        _entry({**good, "dates": [[True, 1, "x", "x", "x", None]]}),                            # a bool as offset
        _entry({**good, "entities": [[*row[:-1], [{"value": 1}]] for row in good["entities"]]}),
        written + "[]\n",                                                                        # a line too many
        "[" * 100_000 + "]" * 100_000,                                                          # nested too deep
        written.split("\n", 1)[0] + "\n" + "[" * 100_000 + "]" * 100_000 + "\n",                 # a deep record line
    ]
    calls = _calls(monkeypatch)
    for n, text in enumerate(broken, 1):
        entry.write_text(text, encoding="utf-8")
        assert analyse(Article(id="a", body=BODY, title="a")).found == fresh
        assert len(calls) == n
        assert entry.read_text(encoding="utf-8") == written                 # rewritten


def test_a_span_backwards_inside_the_body_is_read_as_it_is(cache: Path) -> None:
    lines = [json.dumps({"counts": {name: int(name == "sentences") for name in analysis_cache.SECTIONS}}),
             json.dumps([[9, 4]])]
    assert analysis_cache.decode([line + "\n" for line in lines], 20).sentences == [(9, 4)]


def test_a_long_entry_is_written_and_read_a_line_at_a_time(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sections longer than a line are cut into lines of ROWS_PER_LINE records and read back equal."""
    monkeypatch.setattr(analysis_cache, "ROWS_PER_LINE", 2)
    body = "\n\n".join([BODY] * 7)
    fresh = analyse(Article(id="a", body=body, title="a")).found
    (entry,) = _entries(cache)
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert all(len(json.loads(line)) <= 2 for line in lines[1:])
    assert len(lines) - 1 == sum((len(getattr(fresh, name)) + 1) // 2 for name in analysis_cache.SECTIONS)
    calls = _calls(monkeypatch)
    assert analyse(Article(id="b", body=body, title="b")).found == fresh and not calls


def test_a_fresh_extraction_shares_equal_strings(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Equal to the extraction, with one object per distinct string (a fresh one holds one
    per field), as when read back from the cache, with or without a cache folder."""
    body = "\n\n".join([BODY] * 3)
    for folder in (True, False):
        if not folder:
            monkeypatch.setattr(analysis_cache, "cache_dir", lambda: None)
        text = body if folder else body + " "
        for found in (analyse(Article(id="a", body=text, title="a")).found,        # fresh
                      analyse(Article(id="b", body=text, title="b")).found):       # again (read back, with a folder)
            assert found == extraction.extract(text)
            strings = [v for name in ("quotes", "entities", "figures", "dates") for r in getattr(found, name)
                       for v in vars(r).values() if isinstance(v, str)]
            assert len(strings) > len(set(strings))                    # some repeat ...
            assert len({id(v) for v in strings}) == len(set(strings))  # ... as one object each
    assert len(_entries(cache)) == 1


def test_a_version_bump_invalidates(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analyse(Article(id="a", body=BODY, title="a"))
    calls = _calls(monkeypatch)
    monkeypatch.setattr(extraction, "ANALYSIS_VERSION", extraction.ANALYSIS_VERSION + 1)
    analyse(Article(id="a", body=BODY, title="a"))
    assert len(calls) == 1
    assert len(_entries(cache)) == 1


def test_no_cache_folder_still_analyses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis_cache, "cache_dir", lambda: None)
    assert analyse(Article(id="a", body=BODY, title="a")).found == extraction.extract(BODY)


def test_an_analysed_article_is_returned_as_it_is() -> None:
    done = analyse(Article(id="a", body=BODY, title="a"))
    assert analyse(done) is done
    assert isinstance(done, AnalysedArticle) and done.id == "a" and done.body == BODY


def test_words_and_tokens_of_a_span_equal_splitting_the_slice() -> None:
    for article in load_library(None).articles:
        art = analyse(article)
        assert art.word_count == word_count(art.body)
        spans = art.sentences + [(q.start, q.end) for q in art.quotes] + [(0, 3), (5, 5), (1, len(art.body) - 1)]
        for s, e in spans:
            assert art.words_in(s, e) == word_count(art.body[s:e])
            got, want = art.tokens_of(s, e), tokenize(art.body[s:e])
            assert art.norms_of(s, e) == want.norms
            assert (got.text, list(got.starts), list(got.ends), got.norms) == (
                want.text, list(want.starts), list(want.ends), want.norms)


def test_the_story_splits_each_body_into_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Index, comparisons, provenance, quote matching and unique lines all read the
    analysed article's tokens (diff pieces of reworded pairs are split on their own)."""
    from reader.analysis import article as article_module
    from reader.analysis.story import analyse_story
    from reader.engine import compare, index
    from reader.text import tokens as tokens_module

    articles = load_library(None).articles
    bodies = {a.body for a in articles}
    split: list[str] = []

    def counting(text: str) -> object:
        if text in bodies:
            split.append(text)
        return tokens_module.tokenize(text)

    for module in (article_module, compare, index):
        monkeypatch.setattr(module, "tokenize", counting)
    counted: list[str] = []
    real_count = article_module.word_count
    monkeypatch.setattr(article_module, "word_count", lambda text: counted.append(text) or real_count(text))
    analyse_story(articles)
    assert sorted(split) == sorted(bodies)
    assert counted == []


# --- entries written by the pool's workers; the folder tidied once ----------------------


def test_many_bodies_are_written_by_the_workers_and_read_back_equal(cache: Path) -> None:
    from reader.analysis import pool

    bodies = [f"{BODY}\n\nThe county counted {k + 12} bridges on May {k % 27 + 1}, 2024."
              for k in range(pool.POOL_MIN + 9)]
    fresh = analysis_cache.cached_extractions(bodies + bodies[:3])  # (three bodies twice: extracted once)
    assert len(_entries(cache)) == len(bodies)
    assert fresh == [extraction.extract(b) for b in bodies + bodies[:3]]
    assert analysis_cache.cached_extractions(bodies) == fresh[: len(bodies)]


def test_the_folder_is_scanned_once_for_leftovers_whatever_the_number_of_entries(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    folder = cache / f"analysis-v{extraction.ANALYSIS_VERSION}"
    folder.mkdir()
    stale = folder / ".ab12.jsonl.x1y2z3w4.tmp"     # what a killed write left, an hour ago and more
    young = folder / ".cd34.jsonl.q1r2s3t4.tmp"     # a write in progress
    other = folder / ".ab12.jsonl.notours.tmp"      # not of the pattern
    for path in (stale, young, other):
        path.write_text("{")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    scans: list[object] = []
    real = os.scandir
    monkeypatch.setattr(analysis_cache.os, "scandir", lambda p: scans.append(p) or real(p))
    monkeypatch.setattr(analysis_cache, "_tidied", set())
    for k in range(5):
        analysis_cache.cached_extraction(f"{BODY} {k}")
    assert len(scans) == 1 + 2  # the folder, then once for each leftover's name: not once per entry
    assert not stale.exists() and young.exists() and other.exists()
