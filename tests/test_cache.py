"""The front matter cache: same results as parsing, and no YAML or markdown-it needed."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import child_env

from reader.library import frontmatter
from reader.library.loading import LoadIssue, load_file, load_library
from reader.text.cache import JsonStore

ARTICLE = """---
title: Cached title
published: 2025-11-21
authors: [Ann Example, Bo Example]
---

Body text of the cached article, long enough to have words.
"""

BROKEN = """---
title: ok
bad: [unclosed
---
Body survives.
"""

PROBE = """
import json, sys
from reader.library.loading import load_library
lib = load_library([sys.argv[1]])
print(json.dumps({"yaml": "yaml" in sys.modules, "markdown_it": "markdown_it" in sys.modules,
                  "articles": [a.metadata() for a in lib.articles], "issues": [str(i) for i in lib.issues]}))
"""


def _probe(folder, cache_dir):
    done = subprocess.run([sys.executable, "-c", PROBE, str(folder)], env=child_env(READER_CACHE_DIR=str(cache_dir)),
                          capture_output=True, encoding="utf-8", timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_second_load_uses_the_cache_and_skips_yaml(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text(BROKEN, encoding="utf-8")
    cache = tmp_path / "cache"
    first = _probe(folder, cache)
    assert first["yaml"] and first["markdown_it"]
    assert list(cache.glob("frontmatter-v*/*.txt")), "the cache shards are written at exit"
    second = _probe(folder, cache)
    assert not second["yaml"] and not second["markdown_it"]
    assert second["articles"] == first["articles"]
    assert second["issues"] == first["issues"]
    assert any(":4: front matter is not valid YAML" in i for i in second["issues"])
    a = next(x for x in second["articles"] if x["id"] == "a")
    assert a["published"] == "2025-11-21" and a["authors"] == ["Ann Example", "Bo Example"]


def test_a_corrupt_cache_file_is_ignored(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    shards = cache / frontmatter.CACHE.name
    shards.mkdir()
    for shard in range(frontmatter.CACHE.SHARDS):
        (shards / f"{shard:02x}.txt").write_text("{not json\tnot json either\n", encoding="utf-8")
    result = _probe(folder, cache)
    assert result["articles"][0]["title"] == "Cached title"
    assert result["issues"] == []


def test_cached_and_parsed_results_agree_in_process(tmp_path, monkeypatch):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(frontmatter, "CACHE", JsonStore("x.json", decode=frontmatter._from_cache))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "c"))
    issues: list[LoadIssue] = []
    parsed = load_file(path, issues)
    cached = load_file(path, issues)          # second time: from the in-memory store
    assert parsed == cached and issues == []
    assert parsed.published == "2025-11-21"


def test_values_json_cannot_hold_are_not_cached():
    assert frontmatter._encode({"a": b"bytes"}) is frontmatter._UNCACHEABLE
    assert frontmatter._encode({1: "x"}) is frontmatter._UNCACHEABLE
    assert frontmatter._encode({"$date": "x"}) is frontmatter._UNCACHEABLE
    import datetime as dt

    value = {"d": dt.date(2025, 1, 2), "t": dt.datetime(2025, 1, 2, 3, 4), "l": [1, "x", None]}
    assert frontmatter._decode(json.loads(json.dumps(frontmatter._encode(value)))) == value


def test_bundled_library_loads_the_same_with_a_warm_cache():
    assert [a.metadata() for a in load_library().articles] == [a.metadata() for a in load_library().articles]


def test_a_cached_end_line_that_does_not_match_the_text_is_a_miss_and_is_rewritten(tmp_path, monkeypatch):
    store = JsonStore("x.json", decode=frontmatter._from_cache)
    monkeypatch.setattr(frontmatter, "CACHE", store)
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "c"))
    text = ARTICLE + "\nA second paragraph.\n\nA third.\n" * 20
    parsed = frontmatter.split_front_matter(text, [])
    (key,) = store._load()
    good = dict(store._load()[key])
    assert good["end"] == 5
    for end in (0, 1, 4, 6, 20, 40, 10_000):
        store._load()[key] = {**good, "end": end}
        assert frontmatter.split_front_matter(text, []) == parsed, end     # the body is the same
        assert store._load()[key]["end"] == 5                               # and the entry healed
